import { createHash } from 'node:crypto';
import { open, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type {
  OpenError,
  OpenResult,
  Revision,
  SaveError,
  SaveResult,
} from '../../shared/ipc/contract';
import { MAX_WORKSPACE_BYTES } from '../../shared/workspace/format';
import { loadWorkspace, loadWorkspaceValue } from '../../shared/workspace/load';
import type { LoadError } from '../../shared/workspace/load';
import { serializeWorkspace } from '../../shared/workspace/serialize';
import { cleanupStaleTemps, writeFileAtomic } from './atomic-write';
import { codeOf, toFileError } from './fs-errors';
import { createPathQueue } from './path-queue';

/**
 * Workspace files on disk. Opening never writes: a damaged or too-new file
 * keeps its bytes, so the user (or the next app version) can still rescue it.
 * Saving validates first, refuses to clobber a file that changed since it was
 * read, keeps the previous bytes as `<file>.bak`, and replaces atomically.
 */

const saves = createPathQueue();

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export async function readWorkspaceFile(filePath: string): Promise<OpenResult> {
  const fail = (error: OpenError): OpenResult => ({ ok: false, path: filePath, error });
  let bytes: Uint8Array;
  let mtimeMs: number;
  try {
    // stat before open: opening a FIFO or device would block or read forever.
    const info = await stat(filePath);
    if (info.isDirectory()) return fail({ reason: 'is-directory' });
    if (!info.isFile()) return fail({ reason: 'io-error', detail: 'not a regular file' });
    if (info.size > MAX_WORKSPACE_BYTES) return fail({ reason: 'too-large', bytes: info.size });
    const handle = await open(filePath, 'r');
    try {
      // The revision must describe exactly the bytes read, so stat the open handle.
      mtimeMs = (await handle.stat()).mtimeMs;
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    return fail(toFileError(error));
  }
  if (bytes.length > MAX_WORKSPACE_BYTES) return fail({ reason: 'too-large', bytes: bytes.length });

  const loaded = loadText(bytes);
  if (!loaded.ok) return fail(loaded.error);
  return {
    ok: true,
    path: filePath,
    workspace: loaded.workspace,
    revision: { mtimeMs, size: bytes.length, sha256: sha256(bytes) },
    fromVersion: loaded.fromVersion,
  };
}

/**
 * Decode strictly: a document whose bytes are not UTF-8 would load with
 * replacement characters and the next save would silently destroy the
 * original text. A file cut mid-character still reports `truncated`.
 */
function loadText(bytes: Uint8Array): ReturnType<typeof loadWorkspace> {
  try {
    // TextDecoder drops a leading BOM (ignoreBOM defaults to false).
    return loadWorkspace(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    const lenient = loadWorkspace(new TextDecoder('utf-8').decode(bytes));
    if (!lenient.ok) return lenient;
    return { ok: false, error: { reason: 'not-utf8' } };
  }
}

export interface SaveRequest {
  path: string;
  /** The document as the renderer holds it; validated here before anything is written. */
  workspace: unknown;
  /** The revision the document was read from; null when the caller expects a new file. */
  expected: Revision | null;
  /** The user confirmed replacing a file that changed on disk. */
  overwrite: boolean;
}

export function saveWorkspaceFile(request: SaveRequest): Promise<SaveResult> {
  const fail = (error: SaveError): SaveResult => ({ ok: false, error });
  const loaded = loadWorkspaceValue(request.workspace);
  if (!loaded.ok)
    return Promise.resolve(
      fail({ reason: 'invalid-workspace', problems: describeLoadError(loaded.error) }),
    );
  const bytes = new TextEncoder().encode(serializeWorkspace(loaded.workspace));

  return saves.run(request.path, async () => {
    try {
      // Sweep what a crashed save left, even when this save turns out to write nothing.
      const folder = path.dirname(request.path);
      await cleanupStaleTemps(folder, path.basename(request.path));
      await cleanupStaleTemps(folder, `${path.basename(request.path)}.bak`);
      const current = await readIfExists(request.path);
      if (current !== null && !request.overwrite) {
        // expected === null means "I am creating this file": an unrelated file
        // already sitting there is not ours to replace without asking.
        const changed =
          request.expected === null
            ? !sameBytes(current, bytes)
            : sha256(current) !== request.expected.sha256;
        if (changed) return fail({ reason: 'changed-on-disk' });
      }
      // Saving unchanged bytes would only churn the backup and the mtime.
      if (current === null || !sameBytes(current, bytes)) {
        if (current !== null) await writeFileAtomic(`${request.path}.bak`, current);
        await writeFileAtomic(request.path, bytes);
      }
      const info = await stat(request.path);
      return {
        ok: true,
        path: request.path,
        revision: { mtimeMs: info.mtimeMs, size: bytes.length, sha256: sha256(bytes) },
      };
    } catch (error) {
      return fail(toFileError(error));
    }
  });
}

/** The revision of the file as it is on disk now. Throws fs errors (ENOENT for a missing file). */
export async function revisionOf(filePath: string): Promise<Revision> {
  const handle = await open(filePath, 'r');
  try {
    const mtimeMs = (await handle.stat()).mtimeMs;
    const bytes = await handle.readFile();
    return { mtimeMs, size: bytes.length, sha256: sha256(bytes) };
  } finally {
    await handle.close();
  }
}

async function readIfExists(filePath: string): Promise<Uint8Array | null> {
  try {
    return await readFile(filePath);
  } catch (error) {
    // Gone since it was opened: saving recreates it, nothing to protect.
    if (codeOf(error) === 'ENOENT') return null;
    throw error;
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.compare(a, b) === 0;
}

/** One line per problem, for the save error the user reads. */
export function describeLoadError(error: LoadError): string[] {
  switch (error.reason) {
    case 'invalid':
      return error.problems;
    case 'broken-tree':
      return error.violations.map((v) => (v.id ? `${v.rule}: ${v.id}` : v.rule));
    default:
      return [error.reason];
  }
}
