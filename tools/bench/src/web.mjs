#!/usr/bin/env node
// `npm run bench:web`: time from navigation to a laid-out, interactive graph in headless Chromium, for the
// demo enterprise view and one domain view. Needs the app running (`npm start`, AUTH_MODE=local until
// sign-in lands): WEB_URL (default http://localhost:3000), RUNS (default 5), CHROMIUM_PATH.
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';

const base = process.env.WEB_URL ?? 'http://localhost:3000';
const runs = Number(process.env.RUNS ?? 5);
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const views = [
  { name: 'enterprise (demo)', path: '/enterprise' },
  { name: 'domain powertrain, full design', path: '/domains/powertrain?mode=design' },
  { name: 'domain powertrain, Assembly Lines', path: '/domains/powertrain' },
];

const cpu = cpus();
const browserVersion = execFileSync(executablePath, ['--version'], { encoding: 'utf8' }).trim();
console.log(
  `Machine: ${cpu.length} x ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node.js ${process.version}, ${browserVersion}`,
);
console.log(
  `Web app: ${base}; ${runs} runs per view, each in a fresh browser context (cold cache); the first run is reported apart.\n`,
);

const browser = await chromium.launch({ executablePath, args: ['--enable-unsafe-swiftshader'] });
try {
  for (const view of views) {
    const times = [];
    let shown = '';
    for (let i = 0; i < runs + 1; i++) {
      const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
      const page = await context.newPage();
      const t0 = Date.now();
      await page.goto(base + view.path);
      const graph = page.getByTestId('graph');
      await graph.and(page.locator('[data-layout=done]')).waitFor({ timeout: 60_000 });
      // interactive: a tap on the canvas reaches the app's handler
      await page.mouse.click(5, 5);
      const ms = Date.now() - t0;
      shown = `${await graph.getAttribute('data-node-count')} nodes, ${await graph.getAttribute('data-edge-count')} edges`;
      if (i > 0) times.push(ms);
      else console.log(`${view.name.padEnd(36)} first run ${ms} ms`);
      await context.close();
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)];
    console.log(
      `${view.name.padEnd(36)} ${shown}: median ${median} ms, min ${times[0]} ms, max ${times.at(-1)} ms`,
    );
  }
} finally {
  await browser.close();
}
