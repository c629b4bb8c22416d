import { saveWorkspaceFile } from './workspace-files';
import type { SaveRequest } from './workspace-files';

/**
 * Child process of workspace-save.test.ts, for tests only: reads one
 * SaveRequest as JSON on stdin, saves it, and prints `{ uid, result }` as
 * JSON. The test bundles it and runs it as an unprivileged user when it runs
 * as root (root may write into any folder, so a read-only folder proves
 * nothing there).
 */

const chunks: Buffer[] = [];
for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
const request = JSON.parse(Buffer.concat(chunks).toString('utf8')) as SaveRequest;
const result = await saveWorkspaceFile(request);
process.stdout.write(JSON.stringify({ uid: process.getuid?.() ?? null, result }) + '\n');
