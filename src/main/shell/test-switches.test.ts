import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIALOG_ANSWERS_ENV } from './dialog-seam';
import { DATA_DIR_ENV, ignoredSwitchWarning, readTestSwitches } from './test-switches';

const both = {
  [DIALOG_ANSWERS_ENV]: '/tmp/nss-e2e/answers.json',
  [DATA_DIR_ENV]: '/tmp/nss-e2e/data',
  NSS_WORKSPACE_DIR: '/tmp/nss-e2e/workspaces',
};

describe('test switches', () => {
  it('are honoured in an unpackaged build (the e2e fixture)', () => {
    expect(readTestSwitches(both, false)).toEqual({
      dialogAnswersFile: '/tmp/nss-e2e/answers.json',
      dataDir: '/tmp/nss-e2e/data',
      ignored: [],
    });
  });

  it('are ignored in a packaged app, and each ignored one is named for the warning', () => {
    expect(readTestSwitches(both, true)).toEqual({
      dialogAnswersFile: null,
      dataDir: null,
      ignored: [DIALOG_ANSWERS_ENV, DATA_DIR_ENV],
    });
    expect(ignoredSwitchWarning(DATA_DIR_ENV)).toBe(
      'NSS_DATA_DIR is ignored: test switches work only in an unpackaged build',
    );
  });

  it('treat an empty value as unset, packaged or not, without a warning', () => {
    const empty = { [DIALOG_ANSWERS_ENV]: '', [DATA_DIR_ENV]: '' };
    for (const isPackaged of [false, true]) {
      expect(readTestSwitches(empty, isPackaged)).toEqual({
        dialogAnswersFile: null,
        dataDir: null,
        ignored: [],
      });
    }
    expect(readTestSwitches({}, true).ignored).toEqual([]);
  });

  it('make a relative data folder absolute, as app.setPath requires', () => {
    expect(readTestSwitches({ [DATA_DIR_ENV]: 'tmp/data' }, false).dataDir).toBe(
      path.resolve('tmp/data'),
    );
  });
});
