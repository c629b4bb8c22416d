import type { z } from 'zod';
import { CURRENT_VERSION, MAX_WORKSPACE_BYTES, WORKSPACE_FORMAT } from './format';
import { findViolations, type InvariantViolation } from './invariants';
import { findJsonSyntaxError, positionOf } from './json-syntax';
import { MIGRATIONS, migrate, type MigrationStep } from './migrations';
import { workspaceSchema, type Workspace } from './schema';

/**
 * Why a text is not a workspace we can open. Each reason maps to its own
 * message in the user's language (i18n key `loadError.<reason>`).
 */
export type LoadError =
  | { reason: 'empty' }
  | { reason: 'too-large'; bytes: number }
  | { reason: 'truncated' }
  /**
   * Where the text stops being JSON, and nothing of the text itself: the
   * message may be shown, logged or pasted anywhere (a file that is not ours
   * may be /etc/passwd).
   */
  | { reason: 'not-json'; line: number; column: number }
  /** The bytes are not UTF-8 text (set by the host, which decodes the file). */
  | { reason: 'not-utf8' }
  | { reason: 'not-workspace' }
  | { reason: 'too-new'; version: number }
  | { reason: 'unsupported-version'; version: number }
  | { reason: 'invalid'; problems: string[] }
  | { reason: 'broken-tree'; violations: InvariantViolation[] };

export type LoadResult =
  | { ok: true; workspace: Workspace; fromVersion: number; migrations: string[] }
  | { ok: false; error: LoadError };

const fail = (error: LoadError): LoadResult => ({ ok: false, error });

/**
 * The schema versions a build understands: the one it writes, the steps that
 * lead to it, and the schema of that version. The app uses `CURRENT_FORMAT`;
 * tests pass a test-only later version (e.g. a v2 whose step adds a field) to
 * check that what today's build writes — files, journal entries — still
 * arrives, migrated, in the next one.
 */
export interface WorkspaceFormat {
  version: number;
  migrations: readonly MigrationStep[];
  schema: z.ZodType<Workspace>;
}

export const CURRENT_FORMAT: WorkspaceFormat = {
  version: CURRENT_VERSION,
  migrations: MIGRATIONS,
  schema: workspaceSchema,
};

/** Parse → check the envelope → refuse too-new → migrate → validate → check invariants. */
export function loadWorkspace(input: string, format: WorkspaceFormat = CURRENT_FORMAT): LoadResult {
  // A file saved by an editor that writes a UTF-8 byte order mark (Windows
  // Notepad, some mail clients) would otherwise fail JSON.parse and, because it
  // still looks like ours, be reported as truncated.
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.trim() === '') return fail({ reason: 'empty' });
  if (text.length > MAX_WORKSPACE_BYTES) return fail({ reason: 'too-large', bytes: text.length });

  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    // A file cut off mid-write (a copy interrupted, a USB stick pulled) parses
    // fine up to its end: tell that apart from a file that is not JSON at all.
    const trimmed = text.trimStart();
    const looksLikeOurs = trimmed.startsWith('{') && trimmed.includes(WORKSPACE_FORMAT);
    if (looksLikeOurs) return fail({ reason: 'truncated' });
    // JSON.parse's message quotes the text: only the position goes on. The
    // scanner and JSON.parse accept the same texts; should they ever disagree,
    // the end of the text is the honest place to point at.
    const at = findJsonSyntaxError(text) ?? positionOf(text, text.length);
    return fail({ reason: 'not-json', line: at.line, column: at.column });
  }
  return loadWorkspaceValue(raw, format);
}

/**
 * The same pipeline for a value already parsed: an envelope `{ format,
 * version, workspace }` (a file, a journal entry with the version it was
 * written in) or a bare v0 document.
 */
export function loadWorkspaceValue(
  raw: unknown,
  format: WorkspaceFormat = CURRENT_FORMAT,
): LoadResult {
  if (!isRecord(raw)) return fail({ reason: 'not-workspace' });

  let fromVersion: number;
  let body: unknown;
  if (raw.format === WORKSPACE_FORMAT) {
    if (typeof raw.version !== 'number' || !Number.isInteger(raw.version) || raw.version < 1)
      return fail({ reason: 'not-workspace' });
    fromVersion = raw.version;
    body = raw.workspace;
  } else if (raw.format === undefined && isRecord(raw.meta) && Array.isArray(raw.metrics)) {
    fromVersion = 0; // the bare document, see migrations.ts
    body = raw;
  } else {
    return fail({ reason: 'not-workspace' });
  }
  if (fromVersion > format.version) return fail({ reason: 'too-new', version: fromVersion });
  if (!isRecord(body)) return fail({ reason: 'not-workspace' });

  const migrated = migrate(body, fromVersion, format.migrations, format.version);
  if (!migrated.ok) return fail({ reason: 'unsupported-version', version: migrated.version });

  const parsed = format.schema.safeParse(migrated.workspace);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .slice(0, 10)
      .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    return fail({ reason: 'invalid', problems });
  }
  const violations = findViolations(parsed.data);
  if (violations.length > 0) return fail({ reason: 'broken-tree', violations });
  return { ok: true, workspace: parsed.data, fromVersion, migrations: migrated.applied };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
