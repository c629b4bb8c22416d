#!/usr/bin/env node
import { runCli } from './run';

/** Entry point: `npm run cli -- <verb> ...`. All logic lives in run.ts. */

const code = await runCli(process.argv.slice(2), {
  env: process.env,
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
});
// exitCode, not exit(): let stdout drain when it is a pipe.
process.exitCode = code;
