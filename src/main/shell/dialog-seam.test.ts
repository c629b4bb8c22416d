import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createScriptedDialogs } from './dialog-seam';

let dir: string;
let answers: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nss-dialogs-'));
  answers = join(dir, 'answers.json');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('scripted dialogs (the e2e seam)', () => {
  it('answers open and save dialogs from the queue in order, consuming it', async () => {
    await writeFile(answers, JSON.stringify([{ path: '/w/a.northstar' }, null, { path: '/w/b' }]));
    const dialogs = createScriptedDialogs(answers);
    expect(await dialogs.chooseOpenPath('/w')).toBe('/w/a.northstar');
    expect(await dialogs.chooseSavePath('x.northstar', '/w')).toBeNull();
    expect(JSON.parse(await readFile(answers, 'utf8'))).toEqual([{ path: '/w/b' }]);
    expect(await dialogs.chooseSavePath('x.northstar', '/w')).toBe('/w/b');
  });

  it('fails loudly when a test forgot to queue an answer', async () => {
    await writeFile(answers, '[]');
    await expect(createScriptedDialogs(answers).chooseOpenPath('/w')).rejects.toThrow(
      /no answer queued for the open dialog/,
    );
  });

  it('refuses a malformed queue', async () => {
    await writeFile(answers, JSON.stringify([{ file: '/w/a' }]));
    await expect(createScriptedDialogs(answers).chooseOpenPath('/w')).rejects.toThrow(/not a list/);
  });

  it('serves two dialogs opened at once from distinct answers', async () => {
    await writeFile(answers, JSON.stringify([{ path: '/1' }, { path: '/2' }]));
    const dialogs = createScriptedDialogs(answers);
    const both = await Promise.all([dialogs.chooseOpenPath('/'), dialogs.chooseOpenPath('/')]);
    expect(both).toEqual(['/1', '/2']);
  });
});
