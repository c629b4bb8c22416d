import './bench.css';
import { installProbe } from './probe';

/**
 * The canvas benchmark page (run by run.ts): `?mode=bare` draws the tree with
 * bare React Flow, `?mode=studio` with our MetricCanvas. Each mode is its own
 * chunk, so a mode loads only its own code and CSS.
 */
const bench = installProbe();
const mode = new URLSearchParams(location.search).get('mode');
const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');

const load = mode === 'studio' ? import('./studio') : import('./bare');
void load.then(({ mount }) => mount(container, bench));
