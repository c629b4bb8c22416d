import { build } from 'esbuild';

/**
 * Tests only: a TypeScript entry bundled into one plain `.mjs`, so that a
 * child process the test spawns (the crash loop, a save as another user)
 * starts as bare `node`, without a TypeScript loader: ~0.4 s to its first
 * line instead of ~1.3 s with `node --import tsx`. esbuild is declared in
 * package.json for this (the same version tsx and vite use).
 */
export async function bundleForNode(entry: string, outfile: string): Promise<string> {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    logLevel: 'silent',
  });
  return outfile;
}
