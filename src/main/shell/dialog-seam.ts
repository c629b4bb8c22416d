import { readFile, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { FILE_PURPOSES, type FilePurpose } from '../../shared/files/purposes';
import type { Dialogs } from '../services/handlers';

/**
 * THE test seam (the only thing e2e tests may replace): when the environment
 * variable NSS_E2E_DIALOG_ANSWERS names a JSON file holding a queue of answers,
 * `[{ "path": "/tmp/x.northstar", "purpose": "workspace" } | null, ...]`, each
 * open or save dialog, whatever its purpose (workspace, import, export), takes
 * the first answer (null = the user cancelled) and writes the rest back,
 * instead of showing a native dialog. An answer that names a purpose is for a
 * dialog of that purpose only: a test that expected the import dialog fails
 * when the app showed the workspace one. An empty queue is an error, so a test
 * that forgot to queue an answer fails loudly instead of hanging on a dialog.
 * Plain Node, so it is unit-tested without Electron.
 */
export const DIALOG_ANSWERS_ENV = 'NSS_E2E_DIALOG_ANSWERS';

const answersSchema = z.array(
  z
    .object({ path: z.string().min(1), purpose: z.enum(FILE_PURPOSES).optional() })
    .strict()
    .nullable(),
);

export function createScriptedDialogs(answersFile: string): Dialogs {
  // One read-modify-write at a time, even if the renderer opens two dialogs at once.
  let queue: Promise<unknown> = Promise.resolve();

  function take(kind: 'open' | 'save', purpose: FilePurpose): Promise<string | null> {
    const next = queue.then(async () => {
      const parsed = answersSchema.safeParse(JSON.parse(await readFile(answersFile, 'utf8')));
      if (!parsed.success) {
        throw new Error(`${DIALOG_ANSWERS_ENV}: ${answersFile} is not a list of {path} or null`);
      }
      const [answer, ...rest] = parsed.data;
      if (answer === undefined) {
        throw new Error(
          `${DIALOG_ANSWERS_ENV}: no answer queued for the ${kind} dialog (${purpose})`,
        );
      }
      if (answer !== null && answer.purpose !== undefined && answer.purpose !== purpose) {
        throw new Error(
          `${DIALOG_ANSWERS_ENV}: the answer is for a ${answer.purpose} dialog, but the app showed the ${kind} dialog for ${purpose}`,
        );
      }
      await writeFile(answersFile, JSON.stringify(rest));
      return answer === null ? null : answer.path;
    });
    queue = next.catch(() => undefined);
    return next;
  }

  return {
    chooseOpenPath: ({ purpose }) => take('open', purpose),
    chooseSavePath: ({ purpose }) => take('save', purpose),
  };
}
