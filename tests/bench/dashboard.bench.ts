/**
 * The dashboard at agency scale, end to end: 5,000 accounts over 1,000 logins and a year of history, checked
 * against the simulator by a `tether serve` process, with the dashboard open in Chromium. Figures (not pass/fail)
 * for issue #13: bytes pushed per check round per tab against the size of what changed, server memory during a
 * round, first paint of the list, keystroke-to-paint in the search, the longest task during a round, and the
 * renderer bundle (gzip). The data folder is seeded directly and the serve process keeps its tokens in memory
 * (dashboard/seed-agency.ts, dashboard/bench-serve.ts). DASH_APP_DIR points it at another checkout of Tether, built
 * (to measure a baseline). Results: tests/bench/RESULTS.md. Run alone (needs a build):
 *   npx electron-vite build && npx vitest bench --run -c vitest.bench.config.mts tests/bench/dashboard.bench.ts
 */
import { bench, describe } from 'vitest';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadavg } from 'node:os';
import { chromium, type Page } from '@playwright/test';
import { startSimulator } from '../../main/simulator';
import { diffView } from '../../main/core/accounts/accounts-feed';
import type { AccountView } from '../../shared/domain/account-view';
import { agencyWorld } from './dashboard/agency-world';
import { seedAgency } from './dashboard/seed-agency';
import { benchClient, sampleMax, startServeProcess } from './dashboard/serve-process';
import { installProbes, percentile, type PageFigures } from './dashboard/page-probes';

const APP_DIR = resolve(process.env.DASH_APP_DIR ?? resolve(__dirname, '../..'));
const MB = 1024 * 1024;
const FIRST_PAINT_LOADS = Number(process.env.DASH_FIRST_PAINT_LOADS ?? 9);
const log = (line: string) => console.log(`[dashboard bench] ${line}`);

/** The bytes of JSON it takes to say what changed between two lists: the changed fields of each account, with its id. */
function changedBytes(before: readonly AccountView[], after: readonly AccountView[]): number {
  const old = new Map(before.map((a) => [a.id, a]));
  let bytes = 0;
  for (const view of after) {
    const prev = old.get(view.id);
    const patch = prev ? diffView(prev, view) : view;
    if (patch) bytes += Buffer.byteLength(JSON.stringify(patch));
  }
  return bytes;
}

/** The renderer's JavaScript and CSS, gzipped: all of it (charts included), and what the page loads at startup. */
function bundleGzipBytes(): { all: number; startup: number } {
  const dir = join(APP_DIR, 'out/renderer/assets');
  const html = readFileSync(join(APP_DIR, 'out/renderer/index.html'), 'utf8');
  let all = 0;
  let startup = 0;
  for (const file of readdirSync(dir).filter((f) => /\.(js|css)$/.test(f))) {
    const bytes = gzipSync(readFileSync(join(dir, file)), { level: 9 }).length;
    all += bytes;
    if (html.includes(`assets/${file}`)) startup += bytes;
  }
  return { all, startup };
}

/** Waits for the probes to see the first account row painted; its time after navigation start. */
async function firstRowPaint(page: Page): Promise<number> {
  await page.waitForFunction(() => ((window as unknown as { __bench: PageFigures }).__bench.firstRowPaintMs ?? -1) > 0, null, { timeout: 120_000 });
  return page.evaluate(() => (window as unknown as { __bench: PageFigures }).__bench.firstRowPaintMs ?? NaN);
}

function chromiumPath(): string | undefined {
  return process.env.TETHER_CHROMIUM ?? '/usr/bin/chromium';
}

async function measure(): Promise<void> {
  const sim = await startSimulator({ world: agencyWorld(), seed: 1234 });
  const seeded = await seedAgency(sim);
  const accountCount = seeded.accounts;
  log(`connected ${seeded.logins} logins, ${accountCount} accounts in ${seeded.connectMs.toFixed(0)} ms`);
  log(`history: ${seeded.historyEvents} events and ${seeded.historyRollups} daily rollups (a year) in ${seeded.historyMs.toFixed(0)} ms`);

  const serve = await startServeProcess(APP_DIR, seeded.dataDir, sim.url, seeded.secrets);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
  try {
    const client = await benchClient(serve.url);
    // The startup sweep, then one more, so the round measured below starts from a settled state.
    await client.invoke('accounts:check', {});
    log(`server memory after a settled round, no tab open: ${(serve.rss() / MB).toFixed(0)} MB`);

    // First paint: cold loads (a new browser context each, so nothing is cached), after one page has started the
    // browser itself. One load swings by a hundred ms or more on two shared cores, so the median is the figure.
    const warmUp = await browser.newPage();
    await warmUp.goto('data:text/html,<p>warm-up</p>');
    await warmUp.close();
    const paints: number[] = [];
    for (let i = 0; i < FIRST_PAINT_LOADS; i += 1) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const cold = await context.newPage();
      await cold.addInitScript(installProbes);
      await cold.goto(serve.url);
      paints.push(await firstRowPaint(cold));
      await context.close();
    }

    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.addInitScript(installProbes);
    let pushed = 0;
    page.on('websocket', (ws) => ws.on('framereceived', (frame) => (pushed += Buffer.byteLength(frame.payload))));
    await page.goto(serve.url);
    await firstRowPaint(page);
    const figures = () => page.evaluate(() => (window as unknown as { __bench: PageFigures }).__bench);
    const domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);

    const search = page.getByRole('searchbox');
    for (const query of ['client page 12', 'xbrand_1', 'manager']) {
      await search.click();
      await page.keyboard.type(query, { delay: 60 });
      for (let i = 0; i < query.length; i += 1) await page.keyboard.press('Backspace', { delay: 30 });
    }
    const keys = (await figures()).keyLatenciesMs;

    const before = (await client.invoke('accounts:list')) as AccountView[];
    const roundStart = await page.evaluate(() => performance.now());
    pushed = 0;
    const stopSampling = sampleMax(() => serve.rss());
    const started = Date.now();
    await page.getByRole('button', { name: 'Check all now' }).click();
    await page.waitForFunction(() => !(document.querySelector('.check-all button') as HTMLButtonElement | null)?.disabled, null, { timeout: 600_000 });
    await page.waitForTimeout(1500);
    const roundMs = Date.now() - started;
    const peakRss = stopSampling();
    const pushedInRound = pushed;
    const after = (await client.invoke('accounts:list')) as AccountView[];
    const changed = changedBytes(before, after);
    const longTasks = (await figures()).longTasks.filter((t) => t.start >= roundStart);
    const longest = longTasks.reduce((m, t) => Math.max(m, t.duration), 0);
    const busy = longTasks.reduce((m, t) => m + t.duration, 0);
    client.close();

    log(`app: ${APP_DIR}`);
    log(`accounts: ${accountCount}; DOM elements with the list painted: ${domNodes}`);
    log(
      `check round: ${roundMs} ms; pushed to the tab: ${(pushedInRound / 1024).toFixed(0)} kB; what changed: ${(changed / 1024).toFixed(0)} kB; ratio ${(pushedInRound / Math.max(1, changed)).toFixed(2)}× (target ≤ 2×)`,
    );
    log(`server memory (RSS) peak during the round with a tab open: ${(peakRss / MB).toFixed(0)} MB (target < 300 MB)`);
    log(
      `first paint of the list over ${paints.length} cold loads: median ${percentile(paints, 50).toFixed(0)} ms, slowest ${Math.max(...paints).toFixed(0)} ms, fastest ${Math.min(...paints).toFixed(0)} ms, first ${paints[0]?.toFixed(0)} ms, after navigation start (target < 500 ms); load average ${loadavg()[0]?.toFixed(1)}`,
    );
    log(
      `keystroke to paint in the search: p50 ${percentile(keys, 50).toFixed(1)} ms, p99 ${percentile(keys, 99).toFixed(1)} ms over ${keys.length} keys (target p99 < 50 ms)`,
    );
    log(`long tasks during the round: ${longTasks.length}, longest ${longest.toFixed(0)} ms, ${busy.toFixed(0)} ms in all (target: none > 100 ms)`);
    const bundle = bundleGzipBytes();
    log(
      `renderer bundle, gzip: ${(bundle.all / 1024).toFixed(1)} kB in all, charts included (target < 250 kB); ${(bundle.startup / 1024).toFixed(1)} kB loaded at startup`,
    );
  } finally {
    await browser.close();
    await serve.stop();
    await sim.close();
    rmSync(seeded.dataDir, { recursive: true, force: true });
  }
}

describe('the dashboard at agency scale', () => {
  bench('5,000 accounts: open the dashboard, search, and one check round', measure, { iterations: 1, warmupIterations: 0, time: 0, warmupTime: 0 });
});
