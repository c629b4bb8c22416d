import { writeSync } from 'node:fs';
import type { Revision } from '../../src/shared/ipc/contract';
import type { Workspace } from '../../src/shared/workspace/schema';
import { makeWorkspace } from '../../src/main/services/test-helpers';
import { saveWorkspaceFile } from '../../src/main/services/workspace-files';

/**
 * Child process of atomic-save.crash.test.ts: saves one file over and over
 * until it is killed. Usage: node save-loop.mjs TARGET FIRST_COUNTER METRICS DESCRIPTION_LENGTH
 *
 * Prints `start N` before and `done N` after each save, synchronously, so that
 * whatever the parent read before the kill really happened before it.
 */
const [target, firstArg, metricsArg, lengthArg] = process.argv.slice(2);
if (!target || !firstArg || !metricsArg || !lengthArg)
  throw new Error('usage: TARGET FIRST_COUNTER METRICS DESCRIPTION_LENGTH');

const log = (line: string) => writeSync(1, line + '\n');

const base = makeWorkspace('doc-0', Number(metricsArg), Number(lengthArg));
// Two documents of different sizes: a torn write mixing them could not parse.
const variants: Workspace[] = [
  base,
  {
    ...base,
    metrics: base.metrics.map((m) => ({
      ...m,
      definition: { ...m.definition, description: `${m.definition.description}（修订稿）` },
    })),
  },
];

let expected: Revision | null = null;
for (let n = Number(firstArg); ; n++) {
  const variant = variants[n % 2] as Workspace;
  const workspace = { ...variant, meta: { ...variant.meta, name: `doc-${n}` } };
  log(`start ${n}`);
  // The first save after a crash cannot know what is on disk: overwrite, as
  // the app does after the user confirms; later saves use the revision chain.
  const result = await saveWorkspaceFile({
    path: target,
    workspace,
    expected,
    overwrite: expected === null,
  });
  if (!result.ok) {
    log(`error ${JSON.stringify(result.error)}`);
    process.exit(3);
  }
  expected = result.revision;
  log(`done ${n}`);
}
