import type { IncomingMessage } from 'node:http';
import { isChannel, type HostHandlers } from '../../shared/ipc/contract';
import { BadArgsError, dispatch } from '../host/dispatch';

/**
 * `POST /api/<channel>`: the contract over HTTP. The JSON body is the argument
 * object; the answer is `{ result }` on success and `{ error }` otherwise, with
 * the status telling the kind of failure. Handler exceptions are logged here
 * and reach the client only as `internal`: a stack trace is not for the page.
 */

/** Big enough for a very large workspace or an imported workbook sent as JSON. */
export const MAX_BODY_BYTES = 80 * 1024 * 1024;

export interface ApiResponse {
  status: number;
  body: { result: unknown } | { error: string; detail?: string };
}

class BodyTooLargeError extends Error {}

async function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) throw new BodyTooLargeError();
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > limit) throw new BodyTooLargeError();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

export async function handleApiCall(
  request: IncomingMessage,
  rawChannel: string,
  handlers: HostHandlers,
  log: (message: string, error?: unknown) => void,
  maxBodyBytes: number = MAX_BODY_BYTES,
): Promise<ApiResponse> {
  let channel: string;
  try {
    channel = decodeURIComponent(rawChannel);
  } catch {
    return { status: 404, body: { error: 'unknown-channel' } };
  }
  if (!isChannel(channel)) return { status: 404, body: { error: 'unknown-channel' } };

  let body: Buffer;
  try {
    body = await readBody(request, maxBodyBytes);
  } catch (error) {
    if (error instanceof BodyTooLargeError) return { status: 413, body: { error: 'too-large' } };
    throw error;
  }

  let args: unknown;
  try {
    // An empty body is the natural way to call a channel without arguments.
    args = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
  } catch {
    return { status: 400, body: { error: 'bad-json' } };
  }

  try {
    return { status: 200, body: { result: await dispatch(handlers, channel, args) } };
  } catch (error) {
    if (error instanceof BadArgsError) {
      return { status: 400, body: { error: 'bad-args', detail: error.detail } };
    }
    log(`browser host: ${channel} failed`, error);
    return { status: 500, body: { error: 'internal' } };
  }
}
