import { lstat } from 'node:fs/promises';
import path from 'node:path';
import type { TFunction } from 'i18next';
import { createI18n } from '../../shared/i18n';
import { northStarOf } from '../../shared/metrics/tree';
import { createWorkspace } from '../../shared/workspace/create';
import { CURRENT_VERSION } from '../../shared/workspace/format';
import { workspaceSchema } from '../../shared/workspace/schema';
import type { Locale, Workspace } from '../../shared/workspace/schema';
import { readWorkspaceFile, saveWorkspaceFile } from '../services/workspace-files';
import { parseCommandLine } from './args';
import type { Command } from './args';
import { readFailureMessage } from '../../shared/i18n/import-read-text';
import { importFile, importJson, importReport } from './import-command';
import { describeOpenError, describeSaveError } from './messages';
import type { Described } from './messages';

export const EXIT_OK = 0;
export const EXIT_FILE_PROBLEM = 1;
export const EXIT_USAGE = 2;

export interface CliIo {
  env: Record<string, string | undefined>;
  out(line: string): void;
  err(line: string): void;
}

interface Context {
  t: TFunction;
  locale: Locale;
  io: CliIo;
}

/** The whole CLI as a function of argv: index.ts only wires it to the process. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandLine(argv, io.env);
  const t = createI18n(parsed.locale).t;
  if (!parsed.ok) {
    io.err(t(`cli:usageError.${parsed.error.key}`, parsed.error.values ?? {}));
    io.err(t('cli:usageError.hint'));
    return EXIT_USAGE;
  }
  return runCommand(parsed.command, { t, locale: parsed.locale, io });
}

function runCommand(command: Command, ctx: Context): Promise<number> {
  switch (command.verb) {
    case 'help':
      ctx.io.out(ctx.t('cli:usage'));
      return Promise.resolve(EXIT_OK);
    case 'info':
      return info(command.file, ctx);
    case 'validate':
      return validate(command.file, ctx);
    case 'new':
      return create(command.file, command.name, ctx);
    case 'upgrade':
      return upgrade(command.file, ctx);
    case 'import':
      return importSheet(command, ctx);
  }
}

async function importSheet(
  command: Extract<Command, { verb: 'import' }>,
  ctx: Context,
): Promise<number> {
  const outcome = await importFile(command);
  if (!outcome.ok) {
    const { failure } = outcome;
    ctx.io.err(ctx.t('cli:import.failed', { name: path.basename(command.file) }));
    if (failure.reason === 'not-found')
      ctx.io.err(ctx.t('cli:import.notFound', { file: command.file }));
    else if (failure.reason === 'unknown-sheet')
      ctx.io.err(ctx.t('cli:import.unknownSheet', { sheet: failure.sheet ?? '' }));
    else {
      const message = readFailureMessage(failure);
      ctx.io.err(ctx.t(message.key, message.params ?? {}));
    }
    return EXIT_FILE_PROBLEM;
  }
  if (command.json) ctx.io.out(JSON.stringify(importJson(outcome.analysis), null, 2));
  else for (const line of importReport(outcome.analysis, ctx.t)) ctx.io.out(line);
  return EXIT_OK;
}

async function info(file: string, ctx: Context): Promise<number> {
  const opened = await readWorkspaceFile(file);
  if (!opened.ok) return reportOpenFailure(file, describeOpenError(ctx.t, opened.error), ctx);
  const workspace = asWorkspace(opened.workspace);
  const { t } = ctx;
  const northStar = northStarOf(workspace);
  const blank = (value: string) => value.trim() || t('cli:info.blank');
  const version =
    opened.fromVersion < CURRENT_VERSION
      ? t('cli:info.migrated', { from: opened.fromVersion, current: CURRENT_VERSION })
      : String(opened.fromVersion);
  const target =
    northStar.target === null
      ? t('cli:info.noTarget')
      : [String(northStar.target), northStar.definition.unit].filter(Boolean).join(' ');
  const rows: [string, string][] = [
    ['name', blank(workspace.meta.name)],
    ['cycle', blank(workspace.meta.cycle)],
    ['company', blank(workspace.meta.company)],
    ['formatVersion', version],
    ['metrics', String(workspace.metrics.length)],
    ['people', String(workspace.people.length)],
    ['departments', String(workspace.departments.length)],
    ['northStar', blank(northStar.name)],
    ['target', target],
  ];
  const separator = t('cli:info.separator');
  for (const [key, value] of rows) ctx.io.out(`${t(`cli:info.${key}`)}${separator}${value}`);
  return EXIT_OK;
}

async function validate(file: string, ctx: Context): Promise<number> {
  const opened = await readWorkspaceFile(file);
  if (!opened.ok) {
    const described = describeOpenError(ctx.t, opened.error);
    ctx.io.err(ctx.t('cli:validate.invalid', { file }));
    ctx.io.err(described.message);
    printDetails(described, ctx);
    return EXIT_FILE_PROBLEM;
  }
  ctx.io.out(ctx.t('cli:validate.valid', { file }));
  if (opened.fromVersion < CURRENT_VERSION)
    ctx.io.out(
      ctx.t('cli:validate.migrated', { from: opened.fromVersion, current: CURRENT_VERSION }),
    );
  return EXIT_OK;
}

async function create(file: string, name: string, ctx: Context): Promise<number> {
  if (await exists(file)) {
    ctx.io.err(ctx.t('cli:new.exists', { file }));
    return EXIT_FILE_PROBLEM;
  }
  const workspace = createWorkspace({
    name,
    locale: ctx.locale,
    northStarName: ctx.t('cli:new.northStarName'),
  });
  const saved = await saveWorkspaceFile({
    path: file,
    workspace,
    expected: null,
    overwrite: false,
  });
  if (!saved.ok) {
    // Someone created the file between our check and the write: still refuse.
    if (saved.error.reason === 'changed-on-disk') {
      ctx.io.err(ctx.t('cli:new.exists', { file }));
      return EXIT_FILE_PROBLEM;
    }
    return reportSaveFailure(describeSaveError(ctx.t, saved.error), ctx);
  }
  ctx.io.out(ctx.t('cli:new.created', { name, file }));
  return EXIT_OK;
}

async function upgrade(file: string, ctx: Context): Promise<number> {
  const opened = await readWorkspaceFile(file);
  if (!opened.ok) return reportOpenFailure(file, describeOpenError(ctx.t, opened.error), ctx);
  if (opened.fromVersion >= CURRENT_VERSION) {
    ctx.io.out(ctx.t('cli:upgrade.alreadyCurrent', { version: opened.fromVersion }));
    return EXIT_OK;
  }
  // expected = what we read: if anything touched the file meanwhile, refuse rather than clobber.
  const saved = await saveWorkspaceFile({
    path: file,
    workspace: opened.workspace,
    expected: opened.revision,
    overwrite: false,
  });
  if (!saved.ok) return reportSaveFailure(describeSaveError(ctx.t, saved.error), ctx);
  ctx.io.out(
    ctx.t('cli:upgrade.upgraded', { from: opened.fromVersion, to: CURRENT_VERSION, file }),
  );
  ctx.io.out(ctx.t('cli:upgrade.backup', { backup: `${file}.bak` }));
  return EXIT_OK;
}

function reportOpenFailure(file: string, described: Described, ctx: Context): number {
  ctx.io.err(ctx.t('errors:open.title', { name: path.basename(file) }));
  ctx.io.err(described.message);
  printDetails(described, ctx);
  return EXIT_FILE_PROBLEM;
}

function reportSaveFailure(described: Described, ctx: Context): number {
  ctx.io.err(ctx.t('errors:save.title'));
  ctx.io.err(described.message);
  printDetails(described, ctx);
  return EXIT_FILE_PROBLEM;
}

function printDetails(described: Described, ctx: Context): void {
  if (described.details.length === 0) return;
  ctx.io.err(ctx.t('cli:validate.problems'));
  for (const detail of described.details) ctx.io.err(`  - ${detail}`);
}

/** The host validated it already; parsing again gives the static type without a cast. */
function asWorkspace(value: unknown): Workspace {
  return workspaceSchema.parse(value);
}

async function exists(file: string): Promise<boolean> {
  try {
    // lstat: a dangling symlink is still something we must not replace.
    await lstat(file);
    return true;
  } catch {
    // Unreachable (no permission, a file as a folder): the save reports the real reason.
    return false;
  }
}
