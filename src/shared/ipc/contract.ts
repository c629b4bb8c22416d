import { z } from 'zod';
import { FILE_PURPOSES, OPEN_PURPOSES, SAVE_PURPOSES } from '../files/purposes';
import { localeSchema, workspaceSchema } from '../workspace/schema';
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
  // Position only: never text from the file (it may not be ours to show).
  z.object({
    reason: z.literal('not-json'),
    line: z.number().int().min(1),
    column: z.number().int().min(1),
  }),
  z.object({ reason: z.literal('not-utf8') }),
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
    /** Already validated and migrated by the host; the renderer checks the invariants again. */
    workspace: workspaceSchema,
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

/** One row of a folder as the browser host's file dialog shows it. */
export const folderEntrySchema = z.object({
  name: z.string().min(1).max(1024),
  kind: z.enum(['folder', 'file']),
  /** Files only: bytes and last change, for the user to tell two versions apart. */
  size: z.number().int().min(0).nullable(),
  modifiedMs: z.number().nullable(),
});
export type FolderEntry = z.infer<typeof folderEntrySchema>;

/** Where the file dialog offers to jump: home, the allowed roots, folders of recent files. */
export const placeSchema = z.object({
  kind: z.enum(['home', 'root', 'workspaces', 'recent']),
  path,
});
export type Place = z.infer<typeof placeSchema>;

export const folderErrorSchema = z.union([
  fileErrorSchema,
  z.object({ reason: z.literal('not-a-folder') }),
]);
export type FolderError = z.infer<typeof folderErrorSchema>;

export const folderListingSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    folder: path,
    /** null at the top of an allowed root: the dialog cannot go further up. */
    parent: path.nullable(),
    /** Sub-folders first, then the files this purpose may use; hidden entries left out. */
    entries: z.array(folderEntrySchema),
    /** More entries than a dialog should show; the rest are left out. */
    truncated: z.boolean(),
    places: z.array(placeSchema),
    separator: z.enum(['/', '\\']),
  }),
  z.object({ ok: z.literal(false), folder: z.string(), error: folderErrorSchema }),
]);
export type FolderListing = z.infer<typeof folderListingSchema>;

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
  /** A native Open dialog for this purpose (Electron); null = cancelled, or no native dialogs. */
  'file:choose-open': {
    args: z.object({ purpose: z.enum(OPEN_PURPOSES) }).strict(),
    result: z.object({ path }).nullable(),
  },
  /** A native Save dialog; `format` picks one of the purpose's extensions (an export as .pdf). */
  'file:choose-save': {
    args: z
      .object({
        purpose: z.enum(SAVE_PURPOSES),
        suggestedName: z.string().max(255),
        format: z.string().max(20).optional(),
      })
      .strict(),
    result: z.object({ path }).nullable(),
  },
  /**
   * The browser host's own file dialog: a folder's sub-folders and the files
   * this purpose may use. folder null = where the dialog starts. Only under the
   * allowed roots; Electron answers not-allowed (it has native dialogs).
   */
  'file:list-folder': {
    args: z
      .object({
        folder: path.nullable(),
        purpose: z.enum(FILE_PURPOSES),
        access: z.enum(['open', 'save']),
      })
      .strict(),
    result: folderListingSchema,
  },
  'workspace:open': { args: z.object({ path }).strict(), result: openResultSchema },
  'workspace:save': {
    args: z
      .object({
        path,
        workspace: workspaceSchema,
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
  /**
   * Subscribe to "open this workspace file" (Electron: the app or a second
   * instance was started with a .northstar path, already allowed for the
   * services); returns the unsubscribe function. Never fires in the browser host.
   */
  onOpenFileRequest(listener: (path: string) => void): () => void;
}
