import { useCallback, useEffect, useRef, useState } from 'react';
import type { FolderListing, HostApi } from '../../../shared/ipc/contract';
import type { FileAccess, FilePurpose } from '../../../shared/files/purposes';
import type { Text } from '../../ui/ui-store';

export type Listed = Extract<FolderListing, { ok: true }>;

/** Why a folder is not shown, as the dialog says it. */
export function folderProblem(listing: Extract<FolderListing, { ok: false }>): Text {
  const params = { path: listing.folder };
  switch (listing.error.reason) {
    case 'not-allowed':
      return { key: 'ui:dialogs.path.outside', params };
    case 'not-found':
    case 'permission-denied':
    case 'not-a-folder':
      return { key: `ui:dialogs.path.problem.${listing.error.reason}`, params };
    default:
      return { key: 'ui:dialogs.path.problem.other', params };
  }
}

export interface FolderView {
  /** The folder on screen; null until the first listing arrives. */
  listing: Listed | null;
  loading: boolean;
  /** Why the last folder asked for is not shown (the previous one stays). */
  problem: Text | null;
  setProblem(problem: Text | null): void;
  /** Show this folder; resolves with the host's answer, whether it could be shown or not. */
  go(folder: string | null): Promise<FolderListing | null>;
  /** Ask the host what a path is without showing it (a typed path: folder or file?). */
  probe(path: string): Promise<FolderListing | null>;
}

/**
 * The folder the browser host's file dialog shows, read through the host
 * (the renderer never touches the disk). A slow answer that arrives after a
 * newer request is dropped, so a fast double-click never shows the wrong folder.
 */
export function useFolder(
  host: HostApi,
  purpose: FilePurpose,
  access: FileAccess,
  initialFolder: string | null,
): FolderView {
  const [listing, setListing] = useState<Listed | null>(null);
  const [loading, setLoading] = useState(true);
  const [problem, setProblem] = useState<Text | null>(null);
  const latest = useRef(0);

  const probe = useCallback(
    async (folder: string | null): Promise<FolderListing | null> => {
      try {
        return await host.invoke('file:list-folder', { folder, purpose, access });
      } catch (error) {
        setProblem({
          key: 'ui:errors.unexpected',
          params: { detail: error instanceof Error ? error.message : String(error) },
        });
        return null;
      }
    },
    [host, purpose, access],
  );

  const go = useCallback(
    async (folder: string | null): Promise<FolderListing | null> => {
      const request = ++latest.current;
      setLoading(true);
      const answer = await probe(folder);
      if (request !== latest.current) return answer;
      setLoading(false);
      if (answer?.ok) {
        setListing(answer);
        setProblem(null);
      } else if (answer) {
        setProblem(folderProblem(answer));
      }
      return answer;
    },
    [probe],
  );

  useEffect(() => {
    void (async () => {
      const first = await go(initialFolder);
      // The suggested folder may not exist yet (nothing saved so far): start where the host says.
      if (first && !first.ok && initialFolder !== null) await go(null);
    })();
  }, [go, initialFolder]);

  return { listing, loading, problem, setProblem, go, probe };
}
