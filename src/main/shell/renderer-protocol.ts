import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { CustomScheme } from 'electron';
import { contentTypeOf } from '../host/content-types';
import { CONTENT_SECURITY_POLICY } from '../host/csp';
import { RENDERER_HOST, RENDERER_SCHEME } from './renderer-location';

/**
 * The app:// scheme that serves the built renderer instead of file://.
 *
 * The request → response logic lives here, on the standard `Request` and
 * `Response` of Node 24, with only a type import from electron: it is
 * unit-tested against real files in a temp folder. The shell entry registers
 * the scheme before `ready` and hands this handler to ONE `protocol.handle`
 * after it; that registration only runs inside Electron (not available on the
 * build machines, so not exercised there).
 *
 * What it serves: regular files inside `rendererDir` (out/renderer), nothing
 * else, on host `renderer` only, for GET and HEAD. Everything else answers 404
 * without saying why: other hosts, the folder itself, subfolders, missing
 * files, and any path that could mean something else on some file system:
 * `.`/`..` segments (also percent-encoded), encoded `/`, backslashes, NUL and
 * control characters, `:` (Windows drives and alternate data streams),
 * names ending in a dot or a space (Windows drops them), empty segments. A
 * file whose real path (symlinks resolved) leaves the real folder is refused
 * too. Chromium canonicalises URLs of a standard scheme before they get here
 * (dots resolved, `\` read as `/`); the checks do not rely on that.
 *
 * HTML responses carry the Content-Security-Policy header (host/csp.ts) on top
 * of the page's <meta>: with a scheme of our own the header finally applies,
 * which it never did for file://.
 */

/**
 * Standard: a real origin (`app://renderer`), relative URLs, and web storage
 * (IndexedDB holds the crash-recovery journal). Secure: a secure context,
 * like https. supportFetchAPI: fetch() of the app's own files (cross-origin
 * pages still cannot read them: no corsEnabled, no CORS headers). codeCache:
 * V8 caches the compiled bundle between starts. No bypassCSP, no service
 * workers, no streaming.
 */
export const RENDERER_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: RENDERER_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

export type RendererRequestHandler = (request: Request) => Promise<Response>;

export function createRendererRequestHandler(rendererDir: string): RendererRequestHandler {
  const root = path.resolve(rendererDir);
  let realRoot: Promise<string> | null = null;
  const realRootOnce = () => {
    realRoot ??= realpath(root).catch((error: unknown) => {
      // Not built yet, say: try again on the next request.
      realRoot = null;
      throw error;
    });
    return realRoot;
  };

  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return plain(405, 'Method not allowed', { Allow: 'GET, HEAD' });
    }
    const segments = servedSegments(request.url);
    if (!segments) return notFound();
    const file = await realFileInside(root, realRootOnce, segments);
    if (!file) return notFound();

    let body: Uint8Array;
    try {
      body = await readFile(file);
    } catch {
      return notFound();
    }
    const contentType = contentTypeOf(file);
    const headers: Record<string, string> = {
      'Content-Type': contentType,
      'Content-Length': String(body.byteLength),
      'X-Content-Type-Options': 'nosniff',
    };
    if (contentType.startsWith('text/html')) {
      headers['Content-Security-Policy'] = CONTENT_SECURITY_POLICY;
    }
    return new Response(request.method === 'HEAD' ? null : toArrayBuffer(body), {
      status: 200,
      headers,
    });
  };
}

/** The decoded path segments of a URL we serve, or null for anything we refuse. */
export function servedSegments(rawUrl: string): string[] | null {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return null;
  }
  if (
    url.protocol !== `${RENDERER_SCHEME}:` ||
    url.host !== RENDERER_HOST ||
    url.username !== '' ||
    url.password !== ''
  ) {
    return null;
  }
  // Whatever the parser made of them, backslashes never reach a file name.
  if (!url.pathname.startsWith('/') || url.pathname.includes('\\')) return null;
  const segments: string[] = [];
  for (const raw of url.pathname.slice(1).split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (!isPlainName(segment)) return null;
    segments.push(segment);
  }
  return segments;
}

function isPlainName(segment: string): boolean {
  if (segment === '' || segment === '.' || segment === '..') return false;
  if (segment.endsWith('.') || segment.endsWith(' ')) return false;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
  return !/[/\\:\u0000-\u001f\u007f]/.test(segment);
}

async function realFileInside(
  root: string,
  realRoot: () => Promise<string>,
  segments: string[],
): Promise<string | null> {
  const candidate = path.join(root, ...segments);
  if (!isStrictlyInside(candidate, root)) return null;
  try {
    const [realDir, realFile] = await Promise.all([realRoot(), realpath(candidate)]);
    if (!isStrictlyInside(realFile, realDir)) return null;
    // Regular files only: not a folder, a FIFO, a device.
    return (await stat(realFile)).isFile() ? realFile : null;
  } catch {
    return null;
  }
}

function isStrictlyInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative !== '' && relative.split(path.sep)[0] !== '..' && !path.isAbsolute(relative);
}

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

function notFound(): Response {
  return plain(404, 'Not found');
}

function plain(status: number, text: string, extra: Record<string, string> = {}): Response {
  return new Response(text, {
    status,
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'X-Content-Type-Options': 'nosniff',
      ...extra,
    },
  });
}
