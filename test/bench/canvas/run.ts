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
import { measureEditCost } from './edit-cost';
import type { FrameReport } from './probe';

/**
 * `npm run bench:canvas`: the metric canvas at ten times a real workshop
 * (2,500 metrics) in Chromium, next to bare React Flow drawing the same tree
 * in the same run: mount, panning the whole tree, panning at reading zoom,
 * dragging a box at reading zoom; and, in Node, one edit at 2,000 metrics
 * against the same at 200 (edit-cost.ts). Prints medians and the ratios;
 * asserts nothing. Its last line is machine-readable:
 * `canvas-bench: mount 0.85x, pan-all 1.60x, pan-read 1.00x, drag 0.95x, edit-2000/200 1.40x`.
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
  drag: FrameReport;
  /** How far the dragged box followed the pointer (screen px): a drag that did nothing would show ~0. */
  dragMoved: number;
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
/**
 * A point of the window on the bare pane (no box under it), nearest the
 * centre: a drag that starts there pans in both modes, where a drag on a box
 * would move the box (both modes' boxes are draggable).
 */
function emptyPoint(page: Page): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ({ width, height }) => {
      const candidates: Array<{ x: number; y: number }> = [];
      for (let y = 40; y < height - 40; y += 20)
        for (let x = 40; x < width - 40; x += 20) candidates.push({ x, y });
      const cx = width / 2;
      const cy = height / 2;
      candidates.sort((a, b) => Math.hypot(a.x - cx, a.y - cy) - Math.hypot(b.x - cx, b.y - cy));
      const found = candidates.find(({ x, y }) =>
        document.elementFromPoint(x, y)?.classList.contains('react-flow__pane'),
      );
      if (!found) throw new Error('no empty point on the pane');
      return found;
    },
    { width: VIEWPORT.width, height: VIEWPORT.height },
  );
}

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
    const from = await emptyPoint(page);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + stepX, from.y + stepY, { steps: 10 });
    await page.mouse.up();
    await sleep(50);
  }
  await sleep(300);
  return readView(page);
}

const countNodes = (page: Page) => page.locator('.react-flow__node').count();

/**
 * Hold the mouse down at `from` and move it for PAN_MS round a circle through
 * `from`, counting frames in the page; the circle lies on the side of `from`
 * nearer the middle of the window.
 */
async function circle(
  page: Page,
  from: { x: number; y: number },
  radius: number,
): Promise<FrameReport> {
  const side = from.x > VIEWPORT.width / 2 ? -1 : 1;
  const centre = { x: from.x + side * radius, y: from.y };
  const start = side === -1 ? 0 : Math.PI;
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  // Past both modes' drag thresholds before the clock starts.
  await page.mouse.move(from.x, from.y + 6, { steps: 3 });
  await page.mouse.move(from.x, from.y);
  await page.evaluate(() => window.canvasBench.startFrames());
  const began = Date.now();
  for (let elapsed = 0; elapsed < PAN_MS; elapsed = Date.now() - began) {
    const angle = start + (elapsed / PAN_MS) * 2 * Math.PI;
    await page.mouse.move(centre.x + radius * Math.cos(angle), centre.y + radius * Math.sin(angle));
    await sleep(8);
  }
  return page.evaluate(() => window.canvasBench.stopFrames());
}

/** Drag the pane round a 250 px circle. */
async function pan(page: Page): Promise<FrameReport> {
  const report = await circle(page, await emptyPoint(page), 250);
  await page.mouse.up();
  return report;
}

/** The box nearest the centre of the window, by its id, and where it is. */
function boxNearCentre(page: Page): Promise<{ id: string; x: number; y: number }> {
  return page.evaluate(
    ({ width, height }) => {
      let best: { id: string; x: number; y: number; d: number } | null = null;
      for (const node of document.querySelectorAll<HTMLElement>('.react-flow__node')) {
        const r = node.getBoundingClientRect();
        // A third of the way down: clear of our boxes' grow handle at the foot.
        const x = r.left + r.width / 2;
        const y = r.top + r.height / 3;
        const d = Math.hypot(x - width / 2, y - height / 2);
        if (!best || d < best.d) best = { id: node.dataset.id ?? '', x, y, d };
      }
      if (!best) throw new Error('no box on screen');
      return best;
    },
    { width: VIEWPORT.width, height: VIEWPORT.height },
  );
}

/** Drag a box with the mouse round a 150 px circle; the box should follow the pointer. */
async function dragBox(page: Page): Promise<{ report: FrameReport; moved: number }> {
  const box = await boxNearCentre(page);
  const where = (id: string) =>
    page.evaluate((nodeId) => {
      const r = document
        .querySelector(`.react-flow__node[data-id="${nodeId}"]`)
        ?.getBoundingClientRect();
      return r ? { x: r.left, y: r.top } : null;
    }, id);
  const before = await where(box.id);
  const radius = 150;
  const report = await circle(page, box, radius);
  // Across the circle from where it was picked up, the box should be a diameter away.
  const side = box.x > VIEWPORT.width / 2 ? -1 : 1;
  await page.mouse.move(box.x + side * 2 * radius, box.y, { steps: 5 });
  const during = await where(box.id);
  // Let go where it was picked up (Escape first: ours then cancels the gesture).
  await page.mouse.move(box.x, box.y, { steps: 5 });
  await page.keyboard.press('Escape');
  await page.mouse.up();
  const moved = before && during ? Math.hypot(during.x - before.x, during.y - before.y) : 0;
  return { report, moved };
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
  // Same spot and zoom: a box dragged with the mouse.
  await goTo(page, 1, TREE_CENTRE);
  const drag = await dragBox(page);
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
    drag: drag.report,
    dragMoved: drag.moved,
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
            `close (zoom ${sample.closeZoom.toFixed(2)}, ${sample.closeNodes} nodes) ${fps(sample.closePan).toFixed(1)} fps, ` +
            `drag ${fps(sample.drag).toFixed(1)} fps (box moved ${sample.dragMoved.toFixed(0)} px)`,
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
      ['Drag a box at zoom 1.0 (fps)', (s) => fps(s.drag), 1],
      ['Drag a box at zoom 1.0: longest frame (ms)', (s) => s.drag.longestFrameMs, 0],
    ];
    console.log(`\nCanvas, 2,500 metrics, ${RUNS} runs per mode, medians:\n`);
    console.log('| What | Bare React Flow | Ours | Ratio (ours / bare) |');
    console.log('|---|---|---|---|');
    const ratios = new Map<string, number>();
    for (const [label, pick, digits] of rows) {
      const bare = median(samples.bare.map(pick));
      const ours = median(samples.studio.map(pick));
      ratios.set(label, bare > 0 ? ours / bare : NaN);
      const ratio = bare > 0 ? (ours / bare).toFixed(2) : '–';
      console.log(`| ${label} | ${bare.toFixed(digits)} | ${ours.toFixed(digits)} | ${ratio}× |`);
    }

    // One edit at 2,000 metrics against 200, in this process (edit-cost.ts).
    const edits = measureEditCost([200, 2_000]);
    const [small, large] = [edits.get(200)!, edits.get(2_000)!];
    console.log('\nOne target edit (Node, median of 15 batches of 200 edits):\n');
    console.log('| What | 200 metrics | 2,000 metrics | Ratio (2,000 / 200) |');
    console.log('|---|---|---|---|');
    for (const [label, pick] of [
      ['Roll-up, gaps and layout (ms)', (c: typeof small) => c.mathAndLayoutMs],
      ['… and the canvas nodes and edges, to-flow (ms)', (c: typeof small) => c.withCanvasMs],
    ] as const)
      console.log(
        `| ${label} | ${pick(small).toFixed(3)} | ${pick(large).toFixed(3)} | ${(pick(large) / pick(small)).toFixed(2)}× |`,
      );

    const x = (value: number | undefined) => `${(value ?? NaN).toFixed(2)}x`;
    console.log(
      `canvas-bench: mount ${x(ratios.get(rows[0]![0]))}, ` +
        `pan-all ${x(ratios.get(rows[2]![0]))}, ` +
        `pan-read ${x(ratios.get(rows[4]![0]))}, ` +
        `drag ${x(ratios.get(rows[6]![0]))}, ` +
        `edit-2000/200 ${x(large.mathAndLayoutMs / small.mathAndLayoutMs)}`,
    );
  } finally {
    server?.close();
    await browser.close();
    await rm(outDir, { recursive: true, force: true });
  }
}

await main();
