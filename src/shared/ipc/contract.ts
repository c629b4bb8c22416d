import { z } from 'zod';
import { localeSchema } from '../workspace/schema';
import { CHANNEL_NAMES, MENU_COMMANDS, type ChannelName, type MenuCommand } from './channels';

export { isChannel, isMenuCommand, MENU_COMMANDS, type MenuCommand } from './channels';

/**
 * The one contract between the renderer and a host (Electron main, or the
 * browser host). Every channel is `'domain:verb'` with an argument schema and a
 * result schema. The preload bridge, the Electron registration loop and the
 * browser host's HTTP routes are all derived from this table; nothing else may
 * cross the boundary.
 *
 * Arguments are always an object, so every call has the same shape over IPC
 * and HTTP. Failures a user can cause come back as `{ ok: false, error }`
 * results with a reason the renderer translates; exceptions mean a bug.
 */

const path = z.string().min(1).max(4096);

export const revisionSchema = z.object({
  mtimeMs: z.number(),
  size: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type Revision = z.infer<typeof revisionSchema>;

/** Why a file could not be read or written, apart from its content. */
export const fileErrorSchema = z.discriminatedUnion('reason', [
  z.object({ reason: z.literal('not-found') }),
  z.object({ reason: z.literal('permission-denied') }),
  z.object({ reason: z.literal('is-directory') }),
  z.object({ reason: z.literal('not-allowed') }),
  z.object({ reason: z.literal('disk-full') }),
  z.object({ reason: z.literal('io-error'), detail: z.string() }),
]);

/** Mirrors LoadError in workspace/load.ts, for the wire. */
export const loadErrorSchema = z.discriminatedUnion('reason', [
  z.object({ reason: z.literal('empty') }),
  z.object({ reason: z.literal('too-large'), bytes: z.number() }),
  z.object({ reason: z.literal('truncated') }),
  z.object({ reason: z.literal('not-json'), detail: z.string() }),
  z.object({ reason: z.literal('not-workspace') }),
  z.object({ reason: z.literal('too-new'), version: z.number() }),
  z.object({ reason: z.literal('unsupported-version'), version: z.number() }),
  z.object({ reason: z.literal('invalid'), problems: z.array(z.string()) }),
  z.object({
    reason: z.literal('broken-tree'),
    violations: z.array(z.object({ rule: z.string(), id: z.string() })),
  }),
]);

export const openErrorSchema = z.union([fileErrorSchema, loadErrorSchema]);
export type OpenError = z.infer<typeof openErrorSchema>;

export const openResultSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    /** null for an untitled document (the sample, a new workspace). */
    path: path.nullable(),
    /** Already validated and migrated by the host; the renderer validates again. */
    workspace: z.unknown(),
    revision: revisionSchema.nullable(),
    /** Schema version the file was written in; lower than current = migrated in memory. */
    fromVersion: z.number().int(),
  }),
  z.object({ ok: z.literal(false), path: path.nullable(), error: openErrorSchema }),
]);
export type OpenResult = z.infer<typeof openResultSchema>;

export const saveErrorSchema = z.union([
  fileErrorSchema,
  z.object({ reason: z.literal('changed-on-disk') }),
  z.object({ reason: z.literal('invalid-workspace'), problems: z.array(z.string()) }),
]);
export type SaveError = z.infer<typeof saveErrorSchema>;

export const saveResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), path, revision: revisionSchema }),
  z.object({ ok: z.literal(false), error: saveErrorSchema }),
]);
export type SaveResult = z.infer<typeof saveResultSchema>;

export const recentEntrySchema = z.object({
  path,
  name: z.string(),
  openedAt: z.string(),
  exists: z.boolean(),
});
export type RecentEntry = z.infer<typeof recentEntrySchema>;

export const settingsSchema = z.object({
  /** null = follow the operating system's language. */
  locale: localeSchema.nullable(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const appInfoSchema = z.object({
  host: z.enum(['electron', 'browser']),
  version: z.string(),
  platform: z.string(),
  /** The OS language as the host sees it (BCP 47). */
  osLocale: z.string(),
  /** false in the browser host: the renderer asks for paths with its own dialog. */
  nativeDialogs: z.boolean(),
  /** Where new workspaces are suggested to go. */
  defaultFolder: z.string(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

const noArgs = z.object({}).strict();

export const contract = {
  'app:info': { args: noArgs, result: appInfoSchema },
  'settings:get': { args: noArgs, result: settingsSchema },
  'settings:set': { args: settingsSchema.partial().strict(), result: settingsSchema },
  'workspace:open-sample': {
    args: z.object({ locale: localeSchema }).strict(),
    result: openResultSchema,
  },
  'workspace:choose-open': { args: noArgs, result: z.object({ path }).nullable() },
  'workspace:choose-save': {
    args: z.object({ suggestedName: z.string().max(255) }).strict(),
    result: z.object({ path }).nullable(),
  },
  'workspace:open': { args: z.object({ path }).strict(), result: openResultSchema },
  'workspace:save': {
    args: z
      .object({
        path,
        workspace: z.unknown(),
        /** The revision this document was loaded from; null = a new file is expected. */
        expected: revisionSchema.nullable(),
        /** The user confirmed overwriting a file that changed on disk. */
        overwrite: z.boolean(),
      })
      .strict(),
    result: saveResultSchema,
  },
  'recent:list': { args: noArgs, result: z.array(recentEntrySchema) },
  'recent:remove': { args: z.object({ path }).strict(), result: z.array(recentEntrySchema) },
} as const;

export const menuCommandSchema = z.enum(MENU_COMMANDS);

export type Contract = typeof contract;
export type Channel = keyof Contract;
export const CHANNELS: readonly Channel[] = CHANNEL_NAMES;

// The table and the name list must hold exactly the same channels.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameChannels: Same<Channel, ChannelName> = true;
void sameChannels;
export type ArgsOf<C extends Channel> = z.input<Contract[C]['args']>;
export type ResultOf<C extends Channel> = z.output<Contract[C]['result']>;

/** What a host implements: one async function per channel. */
export type HostHandlers = {
  [C in Channel]: (args: z.output<Contract[C]['args']>) => Promise<ResultOf<C>>;
};

/** What the renderer sees as `window.api`, in both hosts. */
export interface HostApi {
  invoke<C extends Channel>(channel: C, args: ArgsOf<C>): Promise<ResultOf<C>>;
  /** Subscribe to menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
