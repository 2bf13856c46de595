/**
 * What Chromium keeps of an address, which the sign-in callbacks rely on (serve-sign-in.ts, loopback-listener.ts):
 * a page shown at an address with a code in it lands in History, Sessions and ukm_db; a 303 away from it still
 * leaves it in History and ukm_db (the redirect chain); a 204 No Content answer, a navigation that never commits,
 * leaves nothing. It also shows that the profile search of the sign-in tests finds what is there.
 */
import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import { secretsInProfile } from './browser-profile';

type Answer = '200' | '303' | '204';

/** A page with a form whose POST is redirected, as a network's consent page is, to a callback with a code in it. */
function startNetwork(code: string, answer: Answer): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const noStore = { 'Cache-Control': 'no-store' };
    if (path === '/')
      return res.writeHead(200, { ...noStore, 'Content-Type': 'text/html' }).end('<form method="post" action="/authorize"><button>Authorize</button></form>');
    if (path === '/authorize') return res.writeHead(302, { ...noStore, Location: `/callback?state=S&code=${code}` }).end();
    if (path === '/callback') {
      if (answer === '204') return res.writeHead(204, noStore).end();
      if (answer === '303') return res.writeHead(303, { ...noStore, Location: '/done' }).end();
      return res.writeHead(200, { ...noStore, 'Content-Type': 'text/html' }).end('<p>Signed in</p>');
    }
    return res.writeHead(200, { ...noStore, 'Content-Type': 'text/html' }).end('<p>Done</p>');
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}/` })),
  );
}

async function filesHoldingTheCode(answer: Answer, launchOptions: object): Promise<string[]> {
  const code = `CODE${answer}x${Math.random().toString(36).slice(2)}${Date.now()}`;
  const { server, url } = await startNetwork(code, answer);
  const profile = mkdtempSync(join(tmpdir(), 'tether-e2e-chromium-'));
  try {
    const context = await chromium.launchPersistentContext(profile, { ...launchOptions, headless: true });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url);
    await page.getByRole('button', { name: 'Authorize' }).click();
    await page.waitForTimeout(1_000);
    await context.close();
    return secretsInProfile(profile, [code]).map((hit) => hit.file.replace(/_\d+$/, '').replace(/\\/g, '/'));
  } finally {
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

test('Chromium records an address shown with a code, and its redirect chain, but not one answered 204', async ({ launchOptions }) => {
  const shown = await filesHoldingTheCode('200', launchOptions);
  expect(shown).toEqual(expect.arrayContaining(['Default/History', 'segmentation_platform/ukm_db']));
  expect(shown.some((file) => file.startsWith('Default/Sessions/'))).toBe(true);
  const redirected = await filesHoldingTheCode('303', launchOptions);
  expect(redirected).toEqual(expect.arrayContaining(['Default/History']));
  expect(await filesHoldingTheCode('204', launchOptions)).toEqual([]);
});
