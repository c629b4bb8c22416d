import { CURRENT_VERSION, WORKSPACE_FORMAT } from './format';
import type { Workspace } from './schema';

/**
 * The exact text written to disk. Two-space JSON with a final newline: readable
 * in a text editor and stable, so that saving an unchanged document yields the
 * same bytes.
 */
export function serializeWorkspace(workspace: Workspace): string {
  const envelope = { format: WORKSPACE_FORMAT, version: CURRENT_VERSION, workspace };
  return JSON.stringify(envelope, null, 2) + '\n';
}
