import { parseArgs } from 'node:util';
import { resolveLocale } from '../../shared/i18n';
import { LOCALES } from '../../shared/workspace/schema';
import type { Locale } from '../../shared/workspace/schema';
import { TEXT_ENCODINGS, type TextEncoding } from '../../shared/import/types';

export const VERBS = ['info', 'validate', 'new', 'upgrade', 'import', 'help'] as const;
export type Verb = (typeof VERBS)[number];

export type Command =
  | { verb: 'help' }
  | { verb: 'info' | 'validate' | 'upgrade'; file: string }
  | { verb: 'new'; file: string; name: string }
  /** Last year's KPI sheet read and analysed; nothing is written. */
  | { verb: 'import'; file: string; sheet?: string; json: boolean; encoding?: TextEncoding };

/** A usage error, as a key of `cli:usageError` plus its values. */
export interface UsageError {
  key: string;
  values?: Record<string, string>;
}

export type Parsed = { locale: Locale } & (
  { ok: true; command: Command } | { ok: false; error: UsageError }
);

/**
 * LC_ALL overrides LC_MESSAGES overrides LANG, as in every POSIX tool; any
 * Chinese locale (zh_CN.UTF-8, zh_TW) gets the Chinese text.
 */
export function localeFromEnv(env: Record<string, string | undefined>): Locale {
  return resolveLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}

export function parseCommandLine(
  argv: readonly string[],
  env: Record<string, string | undefined>,
): Parsed {
  let values: {
    name?: string;
    locale?: string;
    help?: boolean;
    sheet?: string;
    json?: boolean;
    encoding?: string;
  };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      options: {
        name: { type: 'string' },
        locale: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        sheet: { type: 'string' },
        json: { type: 'boolean' },
        encoding: { type: 'string' },
      },
      allowPositionals: true,
      strict: true,
    }));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      locale: localeFromEnv(env),
      error: { key: 'bad-option', values: { detail } },
    };
  }

  const envLocale = localeFromEnv(env);
  if (values.locale !== undefined && !isLocale(values.locale))
    return {
      ok: false,
      locale: envLocale,
      error: { key: 'bad-locale', values: { locale: values.locale } },
    };
  const locale = values.locale ?? envLocale;
  const fail = (key: string, extra?: Record<string, string>): Parsed => ({
    ok: false,
    locale,
    error: extra ? { key, values: extra } : { key },
  });

  const [verb, file, ...rest] = positionals;
  if (values.help || verb === 'help') return { ok: true, locale, command: { verb: 'help' } };
  if (verb === undefined) return fail('missing-verb');
  if (!isVerb(verb)) return fail('unknown-verb', { verb });
  if (file === undefined) return fail('missing-file');
  if (rest.length > 0) return fail('extra-arguments', { args: rest.join(' ') });
  const importOnly = (['sheet', 'json', 'encoding'] as const).filter(
    (o) => values[o] !== undefined,
  );
  if (verb !== 'import' && importOnly.length > 0)
    return fail('option-not-for-verb', { option: `--${importOnly[0]}`, verb });
  if (verb === 'new') {
    const name = values.name?.trim();
    if (!name) return fail('missing-name');
    return { ok: true, locale, command: { verb, file, name } };
  }
  if (verb === 'import') {
    const encoding = values.encoding?.toLowerCase();
    if (encoding !== undefined && !isEncoding(encoding))
      return fail('bad-encoding', { encoding, choices: TEXT_ENCODINGS.join(', ') });
    return {
      ok: true,
      locale,
      command: {
        verb,
        file,
        json: values.json ?? false,
        ...(values.sheet !== undefined ? { sheet: values.sheet } : {}),
        ...(encoding !== undefined ? { encoding } : {}),
      },
    };
  }
  return { ok: true, locale, command: { verb, file } };
}

function isEncoding(value: string): value is TextEncoding {
  return (TEXT_ENCODINGS as readonly string[]).includes(value);
}

function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

function isVerb(value: string): value is Exclude<Verb, 'help'> {
  return (VERBS as readonly string[]).includes(value) && value !== 'help';
}
