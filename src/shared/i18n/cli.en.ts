import type { Messages } from './messages';
import type { cliZhCN } from './cli.zh-CN';

export const cliEn: Messages<typeof cliZhCN> = {
  usage: [
    'North Star Studio · command line',
    '',
    'Usage: npm run cli -- <command> [arguments]',
    '',
    'Commands:',
    '  info FILE                              Summary: name, cycle, company, format version, counts, North Star',
    '  validate FILE                          Check that the file opens; if not, say why and list the problems',
    '  new FILE --name NAME [--locale zh-CN|en]  Create an empty workspace (never overwrites a file)',
    '  upgrade FILE                           Rewrite an older format version as the current one (backup in FILE.bak)',
    '  import FILE [--sheet SHEET] [--json] [--encoding ENCODING]',
    "                                         Read last year's KPI sheet (xlsx/xls/ods/csv/txt): the metrics found and what happened to each row; writes nothing",
    '  help                                   Show this help',
    '',
    'Options:',
    '  --locale zh-CN|en                      Output language; defaults to LC_ALL / LANG',
    '',
    'Exit codes: 0 success; 1 problem with the file; 2 usage error',
  ].join('\n'),
  usageError: {
    'unknown-verb': 'Unknown command “{{verb}}”.',
    'missing-verb': 'Name a command.',
    'missing-file': 'The file path is missing.',
    'missing-name': 'A new workspace needs a name: --name NAME.',
    'bad-locale': 'Unsupported language “{{locale}}”: use zh-CN or en.',
    'bad-option': 'Invalid arguments: {{detail}}',
    'extra-arguments': 'Unexpected arguments: {{args}}',
    'bad-encoding': 'Unsupported encoding “{{encoding}}”: use one of {{choices}}.',
    'option-not-for-verb': '{{option}} belongs to the import command, not to {{verb}}.',
    hint: 'Run help for usage.',
  },
  info: {
    /** Between a label and its value. */
    separator: ': ',
    name: 'Name',
    cycle: 'Cycle',
    company: 'Company',
    formatVersion: 'Format version',
    migrated: '{{from}} (current is {{current}}; upgraded on save)',
    metrics: 'Metrics',
    people: 'People',
    departments: 'Departments',
    northStar: 'North Star',
    target: 'Target',
    noTarget: 'not set',
    blank: '(blank)',
  },
  validate: {
    valid: 'Valid: {{file}}',
    migrated:
      'The file is format version {{from}}; opening upgrades it to version {{current}} in memory and leaves the file unchanged.',
    invalid: 'Invalid: {{file}}',
    problems: 'Problems:',
  },
  new: {
    created: 'Created workspace “{{name}}”: {{file}}',
    exists: 'The file already exists and was not overwritten: {{file}}',
    northStarName: 'North Star Metric',
  },
  upgrade: {
    alreadyCurrent: 'Already at the current format version {{version}}; nothing was written.',
    upgraded: 'Upgraded format version {{from}} to {{to}}: {{file}}',
    backup: 'The previous file was kept as {{backup}}.',
  },
  import: {
    found: '{{file}}: sheet “{{sheet}}”, {{layout}}, header in rows {{from}}–{{to}}.',
    counts: '{{metrics}} metrics found; {{skipped}} rows skipped; {{warned}} rows with a warning.',
    skippedRow: '  Row {{row}}: skipped, {{reason}}',
    warnedRow: '  Row {{row}}: imported, but {{reason}}',
    failed: 'Cannot import “{{name}}”.',
    notFound: 'No such file: {{file}}',
    unknownSheet: 'The file has no sheet named “{{sheet}}”.',
  },
  launcher: {
    noElectron:
      'The Electron binary that the desktop app needs is not installed, so North Star Studio opens in your browser instead; for the desktop app, install it with {{install}} (in mainland China, set {{mirror}} first; see the README).',
  },
};
