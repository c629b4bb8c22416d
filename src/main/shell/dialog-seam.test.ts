import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createScriptedDialogs } from './dialog-seam';

let dir: string;
let answers: string;
const openWorkspace = { purpose: 'workspace', defaultFolder: '/w' } as const;
const saveWorkspace = {
  purpose: 'workspace',
  suggestedName: 'x.northstar',
  defaultFolder: '/w',
} as const;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nss-dialogs-'));
  answers = join(dir, 'answers.json');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('scripted dialogs (the e2e seam)', () => {
  it('answers open and save dialogs from the queue in order, consuming it', async () => {
    await writeFile(answers, JSON.stringify([{ path: '/w/a.northstar' }, null, { path: '/w/b' }]));
    const dialogs = createScriptedDialogs(answers);
    expect(await dialogs.chooseOpenPath(openWorkspace)).toBe('/w/a.northstar');
    expect(await dialogs.chooseSavePath(saveWorkspace)).toBeNull();
    expect(JSON.parse(await readFile(answers, 'utf8'))).toEqual([{ path: '/w/b' }]);
    expect(await dialogs.chooseSavePath(saveWorkspace)).toBe('/w/b');
  });

  it('fails loudly when a test forgot to queue an answer', async () => {
    await writeFile(answers, '[]');
    await expect(createScriptedDialogs(answers).chooseOpenPath(openWorkspace)).rejects.toThrow(
      /no answer queued for the open dialog \(workspace\)/,
    );
  });

  it('refuses a malformed queue', async () => {
    await writeFile(answers, JSON.stringify([{ file: '/w/a' }]));
    await expect(createScriptedDialogs(answers).chooseOpenPath(openWorkspace)).rejects.toThrow(
      /not a list/,
    );
  });

  it('serves two dialogs opened at once from distinct answers', async () => {
    await writeFile(answers, JSON.stringify([{ path: '/1' }, { path: '/2' }]));
    const dialogs = createScriptedDialogs(answers);
    const both = await Promise.all([
      dialogs.chooseOpenPath(openWorkspace),
      dialogs.chooseOpenPath(openWorkspace),
    ]);
    expect(both).toEqual(['/1', '/2']);
  });

  it('answers the dialog of every purpose, and refuses an answer meant for another', async () => {
    await writeFile(
      answers,
      JSON.stringify([
        { path: '/in/kpi-2026.xlsx', purpose: 'import' },
        { path: '/out/matrix.xlsx', purpose: 'export' },
        { path: '/w/plan.northstar', purpose: 'workspace' },
      ]),
    );
    const dialogs = createScriptedDialogs(answers);
    expect(await dialogs.chooseOpenPath({ purpose: 'import', defaultFolder: '/in' })).toBe(
      '/in/kpi-2026.xlsx',
    );
    expect(
      await dialogs.chooseSavePath({
        purpose: 'export',
        suggestedName: 'matrix.xlsx',
        defaultFolder: '/out',
      }),
    ).toBe('/out/matrix.xlsx');
    await expect(dialogs.chooseOpenPath({ purpose: 'import', defaultFolder: '/' })).rejects.toThrow(
      /answer is for a workspace dialog, but the app showed the open dialog for import/,
    );
  });
});
