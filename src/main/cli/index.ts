#!/usr/bin/env node
import { runCli } from './run';

/** Entry point: `npm run cli -- <verb> ...`. All logic lives in run.ts. */

// i18next prints an advertisement to stdout on first init, which would corrupt
// output a script parses. createI18n does not pass `showSupportNotice: false`
// yet; this is the switch i18next itself honours.
process.env.I18NEXT_NO_SUPPORT_NOTICE ??= '1';

const code = await runCli(process.argv.slice(2), {
  env: process.env,
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
});
// exitCode, not exit(): let stdout drain when it is a pipe.
process.exitCode = code;
