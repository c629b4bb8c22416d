import { createReadStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { cachedLayout, NODE_WIDTH } from '../../../src/renderer/canvas/layout';
import { buildBigWorkspace } from '../big-workspace';
import type { FrameReport } from './probe';

/**
 * `npm run bench:canvas`: the metric canvas at ten times a real workshop
 * (2,500 metrics) in Chromium, next to bare React Flow drawing the same tree
 * in the same run. Prints medians and the ratio ours / bare; asserts nothing.
 * See docs/benchmarks.md.
 */

const RUNS = Number(process.env.NSS_BENCH_RUNS ?? 5);
const PAN_MS = 2_000;
const VIEWPORT = { width: 1440, height: 900 };
const MODES = ['bare', 'studio'] as const;
type Mode = (typeof MODES)[number];

interface Sample {
  /** What the mode's own fitView showed at mount. */
  mountZoom: number;
  mountNodes: number;
  mountMs: number;
  renderMs: number;
  fitZoom: number;
  fitNodes: number;
  fitPan: FrameReport;
  closeZoom: number;
  closeNodes: number;
  closePan: FrameReport;
}

const root = resolve(import.meta.dirname);
/** The middle of the laid-out tree (the canvas's layout), in canvas coordinates. */
const TREE_CENTRE = centreOf(cachedLayout(buildBigWorkspace()).values());

function centreOf(placed: Iterable<{ x: number; y: number; height: number }>): {
  x: number;
  y: number;
} {
  let [left, right, top, bottom] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const { x, y, height } of placed) {
    [left, right] = [Math.min(left, x), Math.max(right, x + NODE_WIDTH)];
    [top, bottom] = [Math.min(top, y), Math.max(bottom, y + height)];
  }
  return { x: (left + right) / 2, y: (top + bottom) / 2 };
}

async function buildPage(outDir: string): Promise<void> {
  await build({
    root,
    configFile: false,
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, reportCompressedSize: false },
  });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** A static server for the built page, on loopback only. */
function serve(dir: string): Promise<Server> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const file = normalize(join(dir, path === '/' ? 'index.html' : decodeURIComponent(path)));
    if (!file.startsWith(dir + sep)) {
      response.writeHead(403).end();
      return;
    }
    stat(file).then(
      (info) => {
        if (!info.isFile()) throw new Error('not a file');
        response.writeHead(200, {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        });
        createReadStream(file).pipe(response);
      },
      () => response.writeHead(404).end(),
    );
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

interface View {
  x: number;
  y: number;
  zoom: number;
}

/** The viewport React Flow applied, read from its transform. */
function readView(page: Page): Promise<View> {
  return page.evaluate(() => {
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
    const m = new DOMMatrix(viewport ? getComputedStyle(viewport).transform : 'none');
    return { x: m.e, y: m.f, zoom: m.a };
  });
}

/**
 * Bring both modes to the same view by hand, as a user would: wheel at the
 * centre of the screen to `zoom`, then drag until `flowPoint` sits at the
 * centre. Our canvas's fitView does not fit 2,500 boxes (see docs/benchmarks.md),
 * so neither mode's own fit is trusted for the picture.
 */
async function goTo(page: Page, zoom: number, flowPoint: { x: number; y: number }): Promise<View> {
  const cx = VIEWPORT.width / 2;
  const cy = VIEWPORT.height / 2;
  await page.mouse.move(cx, cy);
  for (let i = 0, view = await readView(page); i < 60; i++, view = await readView(page)) {
    const steps = Math.log2(zoom / view.zoom) / 0.002; // d3-zoom: 0.002 per wheel pixel
    if (Math.abs(steps) < 2) break;
    await page.mouse.wheel(0, -Math.max(-300, Math.min(300, steps)));
    await sleep(80);
  }
  for (let i = 0; i < 20; i++) {
    const view = await readView(page);
    const dx = cx - (flowPoint.x * view.zoom + view.x);
    const dy = cy - (flowPoint.y * view.zoom + view.y);
    if (Math.abs(dx) < 1 && Math.abs(dy) < 1) break;
    const stepX = Math.max(-300, Math.min(300, dx));
    const stepY = Math.max(-300, Math.min(300, dy));
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    await page.mouse.move(cx + stepX, cy + stepY, { steps: 10 });
    await page.mouse.up();
    await sleep(50);
  }
  await sleep(300);
  return readView(page);
}

const countNodes = (page: Page) => page.locator('.react-flow__node').count();

/** Drag the pane for PAN_MS along a circle around the centre, counting frames in the page. */
async function pan(page: Page): Promise<FrameReport> {
  const cx = VIEWPORT.width / 2;
  const cy = VIEWPORT.height / 2;
  const radius = 250;
  await page.mouse.move(cx + radius, cy);
  await page.mouse.down();
  await page.evaluate(() => window.canvasBench.startFrames());
  const start = Date.now();
  for (let elapsed = 0; elapsed < PAN_MS; elapsed = Date.now() - start) {
    const angle = (elapsed / PAN_MS) * 2 * Math.PI;
    await page.mouse.move(cx + radius * Math.cos(angle), cy + radius * Math.sin(angle));
    await sleep(8);
  }
  const report = await page.evaluate(() => window.canvasBench.stopFrames());
  await page.mouse.up();
  return report;
}

async function measure(page: Page, url: string): Promise<Sample> {
  await page.goto(url);
  await page.waitForFunction(() => window.canvasBench?.settled === true, undefined, {
    timeout: 60_000,
  });
  const { paintedAt, renderStartedAt } = await page.evaluate(() => window.canvasBench);
  if (paintedAt === null || renderStartedAt === null) throw new Error('page reported no times');
  const mountView = await readView(page);
  const mountNodes = await countNodes(page);
  // Zoomed out to the app's minZoom (0.1), where the whole tree fits the window.
  const fit = await goTo(page, 0.1, TREE_CENTRE);
  const fitNodes = await countNodes(page);
  const fitPan = await pan(page);
  // Reading size (1.0), on the same spot.
  const close = await goTo(page, 1, TREE_CENTRE);
  const closeNodes = await countNodes(page);
  const closePan = await pan(page);
  return {
    mountZoom: mountView.zoom,
    mountNodes,
    mountMs: paintedAt,
    renderMs: paintedAt - renderStartedAt,
    fitZoom: fit.zoom,
    fitNodes,
    fitPan,
    closeZoom: close.zoom,
    closeNodes,
    closePan,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

const fps = (report: FrameReport) => (report.ms > 0 ? (report.frames / report.ms) * 1000 : 0);

async function main(): Promise<void> {
  const outDir = await mkdtemp(join(tmpdir(), 'nss-canvas-bench-'));
  const browser = await chromium.launch({
    executablePath: process.env.NSS_CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
  let server: Server | undefined;
  try {
    await buildPage(outDir);
    server = await serve(outDir);
    const { port } = server.address() as AddressInfo;
    const samples: Record<Mode, Sample[]> = { bare: [], studio: [] };
    for (let run = 0; run < RUNS; run++) {
      // Interleaved, and the order swaps each run: drift in the machine hits both modes.
      const order = run % 2 ? [...MODES].reverse() : MODES;
      for (const mode of order) {
        const context = await browser.newContext({ viewport: VIEWPORT });
        const page = await context.newPage();
        const sample = await measure(page, `http://127.0.0.1:${port}/index.html?mode=${mode}`);
        await context.close();
        samples[mode].push(sample);
        console.log(
          `run ${run + 1}/${RUNS} ${mode.padEnd(6)} mount ${sample.mountMs.toFixed(0)} ms, ` +
            `render ${sample.renderMs.toFixed(0)} ms, ` +
            `own fit (zoom ${sample.mountZoom.toFixed(2)}, ${sample.mountNodes} nodes), ` +
            `fit (zoom ${sample.fitZoom.toFixed(2)}, ${sample.fitNodes} nodes) ${fps(sample.fitPan).toFixed(1)} fps, ` +
            `close (zoom ${sample.closeZoom.toFixed(2)}, ${sample.closeNodes} nodes) ${fps(sample.closePan).toFixed(1)} fps`,
        );
      }
    }
    const rows: Array<[string, (s: Sample) => number, number]> = [
      ['Mount: navigation → nodes painted (ms)', (s) => s.mountMs, 0],
      ['Render: React render → nodes painted (ms)', (s) => s.renderMs, 0],
      ['Pan, whole tree in view (fps)', (s) => fps(s.fitPan), 1],
      ['Pan, whole tree: longest frame (ms)', (s) => s.fitPan.longestFrameMs, 0],
      ['Pan at zoom 1.0 (fps)', (s) => fps(s.closePan), 1],
      ['Pan at zoom 1.0: longest frame (ms)', (s) => s.closePan.longestFrameMs, 0],
    ];
    console.log(`\nCanvas, 2,500 metrics, ${RUNS} runs per mode, medians:\n`);
    console.log('| What | Bare React Flow | Ours | Ratio (ours / bare) |');
    console.log('|---|---|---|---|');
    for (const [label, pick, digits] of rows) {
      const bare = median(samples.bare.map(pick));
      const ours = median(samples.studio.map(pick));
      const ratio = bare > 0 ? (ours / bare).toFixed(2) : '–';
      console.log(`| ${label} | ${bare.toFixed(digits)} | ${ours.toFixed(digits)} | ${ratio}× |`);
    }
  } finally {
    server?.close();
    await browser.close();
    await rm(outDir, { recursive: true, force: true });
  }
}

await main();
