import { describe, expect, it, vi } from 'vitest';
import { asNext, NEXT_VERSION, TEST_FORMAT_NEXT } from '../../../test/unit/fixtures/format-next';
import { deepFreeze, smallWorkspace } from '../../../test/unit/fixtures/workspaces';
import { openErrorMessage } from '../i18n/error-text';
import { createI18n } from '../i18n';
import { CURRENT_VERSION, MAX_WORKSPACE_BYTES, WORKSPACE_FORMAT } from './format';
import { loadWorkspace, loadWorkspaceValue, type LoadError, type LoadResult } from './load';
import { migrate } from './migrations';
import type * as Migrations from './migrations';
import { serializeWorkspace } from './serialize';

// Wrapped, not replaced: every test runs the real pipeline except the one that
// needs a migration step to be missing, which no shipped version lacks.
vi.mock('./migrations', async (importOriginal) => {
  const actual = await importOriginal<typeof Migrations>();
  return { ...actual, migrate: vi.fn(actual.migrate) };
});

const validText = () => serializeWorkspace(smallWorkspace());

/** The envelope of a valid file as a plain value, ready to be damaged. */
function validEnvelope(): { format: string; version: number; workspace: Record<string, unknown> } {
  return JSON.parse(validText()) as ReturnType<typeof validEnvelope>;
}

function errorOf(result: LoadResult): LoadError {
  if (result.ok) throw new Error('expected the load to fail, but it succeeded');
  return result.error;
}

describe('loadWorkspace refuses, with a reason the user can act on', () => {
  it('empty: nothing or only whitespace', () => {
    for (const text of ['', '   ', '\n\t\r\n', '\uFEFF'])
      expect(errorOf(loadWorkspace(text))).toEqual({ reason: 'empty' });
  });

  it('too-large: longer than MAX_WORKSPACE_BYTES, refused before parsing', () => {
    const huge = 'x'.repeat(MAX_WORKSPACE_BYTES + 1);
    expect(errorOf(loadWorkspace(huge))).toEqual({
      reason: 'too-large',
      bytes: MAX_WORKSPACE_BYTES + 1,
    });
    // At the limit it is parsed (and fails as what it is).
    expect(errorOf(loadWorkspace(huge.slice(1))).reason).toBe('not-json');
  });

  it('truncated: our file cut off anywhere (copy interrupted, stick pulled)', () => {
    const text = validText();
    for (let cut = 60; cut < text.length - 2; cut += Math.floor(text.length / 17)) {
      expect(errorOf(loadWorkspace(text.slice(0, cut))), `cut at ${cut}`).toEqual({
        reason: 'truncated',
      });
    }
  });

  it('not-json: text that is not JSON and not ours, with where it goes wrong', () => {
    const cases: [string, number, number][] = [
      ['hello', 1, 1],
      ['<?xml version="1.0"?><a/>', 1, 1],
      ['{ "a": ', 1, 8],
      ['PK\u0003\u0004', 1, 1],
      ['{\n  "name": "x",\n  "rows": [1, 2,, 3]\n}', 3, 17],
    ];
    for (const [text, line, column] of cases)
      expect(errorOf(loadWorkspace(text)), text).toEqual({ reason: 'not-json', line, column });
  });

  it('not-json: nothing of the file reaches the error or the message (/etc/passwd)', () => {
    const passwd = [
      'root:x:0:0:root:/root:/bin/bash',
      'daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin',
      'facilitator:x:1000:1000:Wang Lei,,,:/home/facilitator:/bin/bash',
    ].join('\n');
    const error = errorOf(loadWorkspace(passwd));
    expect(error).toEqual({ reason: 'not-json', line: 1, column: 1 });
    const texts = [JSON.stringify(error)];
    for (const locale of ['zh-CN', 'en'] as const) {
      const { key, params } = openErrorMessage(error);
      texts.push(createI18n(locale).t(key, params));
    }
    // Every piece of the file of three characters or more, and every field.
    const pieces = passwd.split(/[:\n,/]+/).filter((piece) => piece.length >= 3);
    for (const text of texts)
      for (const piece of [...pieces, 'root:x'])
        expect(text, `"${piece}" leaked`).not.toContain(piece);
  });

  it('not-workspace: valid JSON of another shape', () => {
    const envelope = validEnvelope();
    const texts = [
      '[]',
      '42',
      'null',
      '"north-star-studio/workspace"',
      '{}',
      JSON.stringify({ format: 'excalidraw', version: 2, elements: [] }),
      JSON.stringify({ ...envelope, version: '1' }),
      JSON.stringify({ ...envelope, version: 0 }),
      JSON.stringify({ ...envelope, version: 1.5 }),
      JSON.stringify({ ...envelope, workspace: [] }),
      JSON.stringify({ ...envelope, workspace: null }),
      JSON.stringify({ meta: {}, metrics: 'not a list' }),
    ];
    for (const text of texts)
      expect(errorOf(loadWorkspace(text)), text).toEqual({ reason: 'not-workspace' });
  });

  it('too-new: a version above ours, refused before its content is even looked at', () => {
    const next = CURRENT_VERSION + 1;
    const text = JSON.stringify({ format: WORKSPACE_FORMAT, version: next, workspace: {} });
    expect(errorOf(loadWorkspace(text))).toEqual({ reason: 'too-new', version: next });
    const far = JSON.stringify({ ...validEnvelope(), version: 99 });
    expect(errorOf(loadWorkspace(far))).toEqual({ reason: 'too-new', version: 99 });
  });

  it('unsupported-version: a migration step is missing', () => {
    vi.mocked(migrate).mockReturnValueOnce({ ok: false, reason: 'missing-step', version: 0 });
    const bare = JSON.stringify({ meta: smallWorkspace().meta, metrics: smallWorkspace().metrics });
    expect(errorOf(loadWorkspace(bare))).toEqual({ reason: 'unsupported-version', version: 0 });
  });

  it('invalid: lists the problems by path, readably, at most ten', () => {
    const envelope = validEnvelope();
    const metrics = envelope.workspace.metrics as Record<string, unknown>[];
    (metrics[1] as Record<string, unknown>).target = 'lots';
    (metrics[2] as Record<string, unknown>).layer = 'galaxy';
    delete (envelope.workspace.meta as Record<string, unknown>).name;
    const error = errorOf(loadWorkspace(JSON.stringify(envelope)));
    expect(error.reason).toBe('invalid');
    if (error.reason !== 'invalid') return;
    expect(error.problems).toHaveLength(3);
    expect(error.problems.some((p) => p.startsWith('metrics.1.target: '))).toBe(true);
    expect(error.problems.some((p) => p.startsWith('metrics.2.layer: '))).toBe(true);
    expect(error.problems.some((p) => p.startsWith('meta.name: '))).toBe(true);
    for (const problem of error.problems) expect(problem).toMatch(/^[\w.]+: \S/);

    for (const metric of metrics) metric.weight = 500;
    const many = errorOf(loadWorkspace(JSON.stringify(envelope)));
    if (many.reason === 'invalid') expect(many.problems).toHaveLength(10);
    else expect.unreachable(`expected invalid, got ${many.reason}`);
  });

  it('invalid: a workspace without any metric', () => {
    const envelope = validEnvelope();
    envelope.workspace.metrics = [];
    const error = errorOf(loadWorkspace(JSON.stringify(envelope)));
    expect(error.reason).toBe('invalid');
    if (error.reason === 'invalid') expect(error.problems[0]).toMatch(/^metrics: /);
  });

  it('broken-tree: schema-valid but two North Stars and a dangling parent', () => {
    const envelope = validEnvelope();
    const metrics = envelope.workspace.metrics as Record<string, unknown>[];
    (metrics[1] as Record<string, unknown>).parentId = null;
    (metrics[2] as Record<string, unknown>).parentId = 'm_gone';
    const error = errorOf(loadWorkspace(JSON.stringify(envelope)));
    expect(error).toEqual({
      reason: 'broken-tree',
      violations: [
        { rule: 'several-north-stars', id: 'm_sales' },
        { rule: 'missing-parent', id: 'm_east' },
      ],
    });
  });
});

describe('loadWorkspace accepts', () => {
  it('the current version unchanged, with no migrations', () => {
    const result = loadWorkspace(validText());
    expect(result).toEqual({
      ok: true,
      workspace: smallWorkspace(),
      fromVersion: CURRENT_VERSION,
      migrations: [],
    });
  });

  it('a file with a UTF-8 byte order mark (saved by Notepad)', () => {
    const result = loadWorkspace('\uFEFF' + validText());
    expect(result.ok).toBe(true);
  });

  it('a bare version-0 document, migrated in memory', () => {
    const { meta, metrics } = smallWorkspace();
    const ownerless = metrics.map((m) => ({ ...m, ownerId: null, collaboratorIds: [] }));
    const result = loadWorkspace(JSON.stringify({ meta, metrics: ownerless }));
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.fromVersion).toBe(0);
    expect(result.migrations).toEqual(['bare-document-to-v1', 'departments-and-relations']);
    expect(result.workspace.people).toEqual([]);
    expect(result.workspace.candidatePool).toEqual({ candidates: [], decision: null });
    expect(result.workspace.metrics).toEqual(ownerless);

    // What a bare document does carry is kept, not replaced by the empty default.
    const { people, departments, positions } = smallWorkspace();
    const full = loadWorkspace(JSON.stringify({ meta, metrics, people, departments, positions }));
    if (!full.ok) throw new Error(JSON.stringify(full.error));
    expect(full.workspace.people).toEqual(people);
  });

  it('a value without modifying it (opening never writes, not even in memory)', () => {
    const raw = deepFreeze(validEnvelope());
    expect(loadWorkspaceValue(raw).ok).toBe(true);
    const { meta, metrics, people, departments, positions } = smallWorkspace();
    const bare = deepFreeze({ meta, metrics, people, departments, positions });
    expect(loadWorkspaceValue(bare).ok).toBe(true);
  });
});

describe('a later format version (test-only, the one after today’s)', () => {
  it('opens what today’s build writes, through its migration step', () => {
    const result = loadWorkspace(validText(), TEST_FORMAT_NEXT);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.fromVersion).toBe(CURRENT_VERSION);
    expect(result.migrations).toEqual(['test-next-planning-cycle-and-confidence']);
    const next = asNext(result.workspace);
    expect(next.meta.planningCycle).toBe(smallWorkspace().meta.cycle);
    expect(next.meta).not.toHaveProperty('cycle');
    expect(next.metrics.every((m) => m.confidence === null)).toBe(true);
  });

  it('a bare v0 document goes through every step', () => {
    const { meta, metrics, people, departments, positions } = smallWorkspace();
    const bare = { meta, metrics, people, departments, positions };
    const result = loadWorkspaceValue(bare, TEST_FORMAT_NEXT);
    expect(result.ok && result.migrations).toEqual([
      'bare-document-to-v1',
      'departments-and-relations',
      'test-next-planning-cycle-and-confidence',
    ]);
  });

  it('today’s build refuses the next version’s document as too new', () => {
    const next = { ...validEnvelope(), version: NEXT_VERSION };
    expect(errorOf(loadWorkspaceValue(next))).toEqual({ reason: 'too-new', version: NEXT_VERSION });
    // Not migrated: the next version's shape is expected, and today's has `cycle`.
    expect(loadWorkspaceValue(next, TEST_FORMAT_NEXT).ok).toBe(false);
  });
});

describe('round trip', () => {
  it('serialize → load → serialize gives the same bytes', () => {
    const first = validText();
    const loaded = loadWorkspace(first);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
    expect(serializeWorkspace(loaded.workspace)).toBe(first);
  });

  it('keeps fields this version does not know, at every level', () => {
    const envelope = validEnvelope();
    const ws = envelope.workspace as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- a deliberately untyped document, damaged by hand
    ws.pluginData = { heatmap: [1, 2, 3] };
    ws.meta.colour = 'teal';
    ws.metrics[0].confidence = 0.8;
    ws.metrics[0].definition.owner_note = '口径以财务为准';
    ws.metrics[0].baseline.source = 'BI';
    ws.positions[0].duties[0].priority = 'high';
    ws.candidatePool.votingRounds = 2;
    ws.signOff.signatures = ['王磊'];
    const text = JSON.stringify(envelope, null, 2) + '\n';

    const loaded = loadWorkspace(text);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
    const again = serializeWorkspace(loaded.workspace);
    expect(JSON.parse(again)).toEqual(envelope);
    // Unknown fields were appended after the known ones in this text, so even
    // the bytes survive.
    expect(again).toBe(text);
  });

  it('a "__proto__" key in the file does not reach any prototype', () => {
    const text = validText().replace(
      '"meta": {',
      '"__proto__": { "polluted": true },\n    "meta": {',
    );
    const loaded = loadWorkspace(text);
    expect(loaded.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (loaded.ok) expect(Object.getPrototypeOf(loaded.workspace)).toBe(Object.prototype);
  });
});
