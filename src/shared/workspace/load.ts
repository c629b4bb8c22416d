import { CURRENT_VERSION, MAX_WORKSPACE_BYTES, WORKSPACE_FORMAT } from './format';
import { findViolations, type InvariantViolation } from './invariants';
import { migrate } from './migrations';
import { workspaceSchema, type Workspace } from './schema';

/**
 * Why a text is not a workspace we can open. Each reason maps to its own
 * message in the user's language (i18n key `loadError.<reason>`).
 */
export type LoadError =
  | { reason: 'empty' }
  | { reason: 'too-large'; bytes: number }
  | { reason: 'truncated' }
  | { reason: 'not-json'; detail: string }
  | { reason: 'not-workspace' }
  | { reason: 'too-new'; version: number }
  | { reason: 'unsupported-version'; version: number }
  | { reason: 'invalid'; problems: string[] }
  | { reason: 'broken-tree'; violations: InvariantViolation[] };

export type LoadResult =
  | { ok: true; workspace: Workspace; fromVersion: number; migrations: string[] }
  | { ok: false; error: LoadError };

const fail = (error: LoadError): LoadResult => ({ ok: false, error });

/** Parse → check the envelope → refuse too-new → migrate → validate → check invariants. */
export function loadWorkspace(input: string): LoadResult {
  // A file saved by an editor that writes a UTF-8 byte order mark (Windows
  // Notepad, some mail clients) would otherwise fail JSON.parse and, because it
  // still looks like ours, be reported as truncated.
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.trim() === '') return fail({ reason: 'empty' });
  if (text.length > MAX_WORKSPACE_BYTES) return fail({ reason: 'too-large', bytes: text.length });

  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    // A file cut off mid-write (a copy interrupted, a USB stick pulled) parses
    // fine up to its end: tell that apart from a file that is not JSON at all.
    const trimmed = text.trimStart();
    const looksLikeOurs = trimmed.startsWith('{') && trimmed.includes(WORKSPACE_FORMAT);
    if (looksLikeOurs) return fail({ reason: 'truncated' });
    return fail({ reason: 'not-json', detail: error instanceof Error ? error.message : '' });
  }
  return loadWorkspaceValue(raw);
}

export function loadWorkspaceValue(raw: unknown): LoadResult {
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
  if (fromVersion > CURRENT_VERSION) return fail({ reason: 'too-new', version: fromVersion });
  if (!isRecord(body)) return fail({ reason: 'not-workspace' });

  const migrated = migrate(body, fromVersion);
  if (!migrated.ok) return fail({ reason: 'unsupported-version', version: migrated.version });

  const parsed = workspaceSchema.safeParse(migrated.workspace);
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
