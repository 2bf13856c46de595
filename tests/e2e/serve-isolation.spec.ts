/**
 * `tether serve` against the other pages and servers on 127.0.0.1, in Chromium, with serve as a real process (the
 * built bin): a page on another port can neither crash it (issue 17: a planted `tether_key=%E0%A4%A` cookie used to
 * end the process) nor learn its key (a cookie would reach every port of 127.0.0.1). After a restart, a tab on the
 * old link says where the new one is.
 */
import { test, expect, type Page } from '@playwright/test';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnTether, type TetherProcess } from '../fixtures/cli/tether-process';

const LINK = /(http:\/\/127\.0\.0\.1:(\d+)\/#key=([A-Za-z0-9_-]+))/;

interface Serve {
  readonly process: TetherProcess;
  readonly link: string;
  readonly port: number;
  readonly key: string;
}

async function startServe(dataDir: string, port = 0): Promise<Serve> {
  const child = spawnTether(['serve', '--data-dir', dataDir, '--port', String(port)]);
  const [, link = '', p = '', key = ''] = await child.waitFor(LINK);
  return { process: child, link, port: Number(p), key };
}

async function stopServe(serve: Serve): Promise<void> {
  if (serve.process.alive()) serve.process.child.kill('SIGTERM');
  await serve.process.exited;
}

/** Another local web server, as a developer's tools or a malicious local page would run, recording what reaches it. */
function hostilePage(servePort: number): Promise<{ server: Server; port: number; seen: IncomingHttpHeaders[]; urls: string[] }> {
  const seen: IncomingHttpHeaders[] = [];
  const urls: string[] = [];
  const target = `http://127.0.0.1:${servePort}`;
  const html = `<!doctype html><title>elsewhere</title><body><script>
    document.cookie = 'tether_key=%E0%A4%A; path=/';
    document.cookie = 'x=%; path=/';
    const results = {};
    const probes = [
      fetch('${target}/session', { credentials: 'include' }).then(r => 'status ' + r.status, e => 'blocked'),
      fetch('${target}/accounts-snapshot', { credentials: 'include', mode: 'no-cors' }).then(r => 'opaque ' + r.type, e => 'blocked'),
      new Promise(done => { const ws = new WebSocket('ws://127.0.0.1:${servePort}/ws'); ws.onopen = () => done('open'); ws.onerror = () => done('refused'); }),
      new Promise(done => { const img = new Image(); img.onload = img.onerror = () => done('img'); img.src = '${target}/?planted'; }),
    ];
    Promise.all(probes).then(r => { document.title = 'done'; document.body.dataset.results = JSON.stringify(r); });
  </script></body>`;
  const server = createServer((req, res) => {
    seen.push(req.headers);
    urls.push(req.url ?? '');
    res.writeHead(200, { 'Content-Type': 'text/html' }).end(html);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, port: (server.address() as { port: number }).port, seen, urls })));
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createNetServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

const accountsList = (page: Page) => page.getByRole('list', { name: 'Accounts' });

let dataDir: string;
test.beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'tether-e2e-isolation-'));
});
test.afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

test('a page on another 127.0.0.1 port can neither crash serve nor learn its key', async ({ page, context }) => {
  const serve = await startServe(dataDir);
  const hostile = await hostilePage(serve.port);
  try {
    await page.goto(serve.link);
    await expect(page.getByRole('heading', { name: 'No accounts yet' })).toBeVisible();

    const elsewhere = await context.newPage();
    await elsewhere.goto(`http://127.0.0.1:${hostile.port}/`);
    await expect(elsewhere).toHaveTitle('done', { timeout: 15_000 });
    const results = JSON.parse((await elsewhere.locator('body').getAttribute('data-results')) ?? '[]') as string[];
    // The cross-origin read is blocked by CORS, the socket by the missing key and Origin; nothing was learned.
    expect(results[0]).toBe('blocked');
    expect(results[2]).toBe('refused');
    // The planted cookie reached serve with those requests, and serve is still up and answering.
    await elsewhere.reload();
    await expect(elsewhere).toHaveTitle('done', { timeout: 15_000 });
    expect(serve.process.alive()).toBe(true);
    const session = await fetch(`http://127.0.0.1:${serve.port}/session`, { headers: { Authorization: `Bearer ${serve.key}` } });
    expect(session.status).toBe(204);

    // Nothing that reached the other server carries the key: not a cookie, not a header, not an address.
    expect(hostile.seen.length).toBeGreaterThan(0);
    for (const [i, headers] of hostile.seen.entries()) {
      expect(JSON.stringify(headers), `request ${i} to the other server`).not.toContain(serve.key);
      expect(hostile.urls[i]).not.toContain(serve.key);
    }
    // And the browser holds no cookie with it for any port.
    for (const cookie of await context.cookies()) expect(cookie.value).not.toContain(serve.key);

    // The dashboard tab still works.
    await page.reload();
    await expect(page.getByRole('heading', { name: 'No accounts yet' })).toBeVisible();
    expect(serve.process.stderr()).not.toContain(serve.key);
  } finally {
    hostile.server.close();
    await stopServe(serve);
  }
});

test('after a restart the old link stops working, the open tab says where the new one is, and the new link works', async ({ page }) => {
  const port = await freePort();
  const first = await startServe(dataDir, port);
  await page.goto(first.link);
  await expect(page.getByRole('heading', { name: 'No accounts yet' })).toBeVisible();
  await stopServe(first);

  const second = await startServe(dataDir, port);
  try {
    expect(second.key).not.toBe(first.key);
    // The open tab reconnects, is refused, and says why instead of retrying for ever.
    await expect(page.getByRole('heading', { name: 'This link is from an earlier start of Tether' })).toBeVisible({ timeout: 15_000 });
    await page.reload();
    await expect(page.getByRole('heading', { name: 'This link is from an earlier start of Tether' })).toBeVisible();
    await page.goto(second.link);
    await expect(page.getByRole('heading', { name: 'No accounts yet' })).toBeVisible();
    await expect(accountsList(page)).toHaveCount(0);
  } finally {
    await stopServe(second);
  }
});
