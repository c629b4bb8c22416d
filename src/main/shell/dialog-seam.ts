import { readFile, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import type { Dialogs } from '../services/handlers';

/**
 * THE test seam (the only thing e2e tests may replace): when the environment
 * variable NSS_E2E_DIALOG_ANSWERS names a JSON file holding a queue of answers,
 * `[{ "path": "/tmp/x.northstar" } | null, ...]`, each open or save dialog takes
 * the first answer (null = the user cancelled) and writes the rest back,
 * instead of showing a native dialog. An empty queue is an error, so a test
 * that forgot to queue an answer fails loudly instead of hanging on a dialog.
 * Plain Node, so it is unit-tested without Electron.
 */
export const DIALOG_ANSWERS_ENV = 'NSS_E2E_DIALOG_ANSWERS';

const answersSchema = z.array(
  z
    .object({ path: z.string().min(1) })
    .strict()
    .nullable(),
);

export function createScriptedDialogs(answersFile: string): Dialogs {
  // One read-modify-write at a time, even if the renderer opens two dialogs at once.
  let queue: Promise<unknown> = Promise.resolve();

  function take(kind: 'open' | 'save'): Promise<string | null> {
    const next = queue.then(async () => {
      const parsed = answersSchema.safeParse(JSON.parse(await readFile(answersFile, 'utf8')));
      if (!parsed.success) {
        throw new Error(`${DIALOG_ANSWERS_ENV}: ${answersFile} is not a list of {path} or null`);
      }
      const [answer, ...rest] = parsed.data;
      if (answer === undefined) {
        throw new Error(`${DIALOG_ANSWERS_ENV}: no answer queued for the ${kind} dialog`);
      }
      await writeFile(answersFile, JSON.stringify(rest));
      return answer === null ? null : answer.path;
    });
    queue = next.catch(() => undefined);
    return next;
  }

  return {
    chooseOpenPath: () => take('open'),
    chooseSavePath: () => take('save'),
  };
}
