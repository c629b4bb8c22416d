import { createStore } from 'zustand/vanilla';
import type { AppInfo, RecentEntry } from '../../shared/ipc/contract';
import type { FilePurpose } from '../../shared/files/purposes';
import type { BranchCopy } from '../../shared/metrics/copy-branch';
import type { Locale } from '../../shared/workspace/schema';

/**
 * UI state: what is selected, which dialog is up, what toasts are showing, the
 * language. Kept apart from the document so that none of it reaches the file
 * or the undo history. Free of DOM: focus and dialogs are requests that the
 * components carry out.
 */

/** Text to show, kept as a translation key so that a language switch re-renders it. */
export interface Text {
  key: string;
  params?: Record<string, string | number>;
}

export interface Choice<Id extends string = string> {
  id: Id;
  label: Text;
  /** The button Enter presses. */
  primary?: boolean;
  /** Styled as destructive (delete, overwrite, discard). */
  danger?: boolean;
}

export interface ChoiceDialog<Id extends string = string> {
  kind: 'choice';
  tone: 'error' | 'warning' | 'question';
  title: Text;
  lines: Text[];
  choices: Choice<Id>[];
  /** What Escape (and closing) answers. */
  cancel: Id;
}

export interface PathDialog {
  kind: 'path';
  /** What the file is for: which files the dialog lists and may pick. */
  purpose: FilePurpose;
  mode: 'open' | 'save-as';
  initialPath: string;
  /** Offered as one-click choices in the Open dialog. */
  recent: RecentEntry[];
}

/** The split wizard (dialogs/split-wizard/) on one metric; it answers 'created' or null. */
export interface SplitDialog {
  kind: 'split';
  parentId: string;
}

export type DialogSpec = ChoiceDialog | PathDialog | SplitDialog;

export type DialogRequest =
  | { id: number; spec: ChoiceDialog; resolve: (choice: string) => void }
  | { id: number; spec: PathDialog; resolve: (path: string | null) => void }
  | { id: number; spec: SplitDialog; resolve: (result: string | null) => void };

export interface Toast {
  id: number;
  tone: 'info' | 'error';
  text: Text;
}

export type FocusTarget = 'metric-name' | 'canvas';
/** 'asking': start-up waits for the user's answer (crash recovery) before showing a document. */
export type AppState = 'loading' | 'asking' | 'ready' | 'failed';
/**
 * The crash-recovery journal and the document on screen: 'written' = the
 * unsaved changes as they are now are backed up on this machine.
 */
export type BackupState = 'none' | 'pending' | 'written' | 'failed';

export interface UiState {
  appState: AppState;
  /** Why the app could not start (no host); shown instead of the workspace. */
  bootFailure: string | null;
  appInfo: AppInfo | null;
  locale: Locale;
  selectedId: string | null;
  /** Dialogs wait in line; the first one is showing. */
  dialogs: DialogRequest[];
  toasts: Toast[];
  /** A request for a component to take the keyboard focus; the nonce makes a repeat count. */
  focusRequest: { target: FocusTarget; nonce: number } | null;
  /** A save is on its way: a second Ctrl+S must not start another. */
  saving: boolean;
  backup: BackupState;
  /**
   * The branch Ctrl+C copied (commands/branch-commands.ts). It outlives a
   * document switch, so a branch can be pasted into another workspace.
   */
  clipboard: BranchCopy | null;
  /** The people and departments panel left of the canvas (people-panel/). */
  peoplePanelOpen: boolean;
}

export interface UiActions {
  setAppState(state: AppState, failure?: string): void;
  setAppInfo(info: AppInfo): void;
  setLocale(locale: Locale): void;
  select(id: string | null): void;
  askChoice<Id extends string>(spec: ChoiceDialog<Id>): Promise<Id>;
  askPath(spec: PathDialog): Promise<string | null>;
  /** Resolves 'created' once the wizard made the split, null when it was cancelled. */
  askSplit(spec: SplitDialog): Promise<string | null>;
  /** Answer the dialog that is showing. */
  answer(id: number, value: string | null): void;
  toast(text: Text, tone?: Toast['tone']): void;
  dismissToast(id: number): void;
  requestFocus(target: FocusTarget): void;
  /** The component that took the focus says so, so a later mount does not take it again. */
  clearFocusRequest(): void;
  setSaving(saving: boolean): void;
  setBackup(backup: BackupState): void;
  setClipboard(copy: BranchCopy | null): void;
  togglePeoplePanel(): void;
}

export type UiStore = ReturnType<typeof createUiStore>;

export function createUiStore() {
  let nextId = 1;
  return createStore<UiState & UiActions>()((set, get) => {
    const enqueue = (request: DialogRequest) =>
      set((state) => ({ dialogs: [...state.dialogs, request] }));

    return {
      appState: 'loading',
      bootFailure: null,
      appInfo: null,
      locale: 'zh-CN',
      selectedId: null,
      dialogs: [],
      toasts: [],
      focusRequest: null,
      saving: false,
      backup: 'none',
      clipboard: null,
      peoplePanelOpen: false,

      setAppState: (appState, failure) => set({ appState, bootFailure: failure ?? null }),
      setAppInfo: (appInfo) => set({ appInfo }),
      setLocale: (locale) => set({ locale }),
      select: (selectedId) => set({ selectedId }),

      askChoice: <Id extends string>(spec: ChoiceDialog<Id>) =>
        new Promise<Id>((resolve) => {
          enqueue({
            id: nextId++,
            spec: spec as ChoiceDialog,
            // Answers come from this spec's own buttons, so the id is one of Id.
            resolve: (choice: string) => resolve(choice as Id),
          });
        }),

      askPath: (spec) =>
        new Promise<string | null>((resolve) => {
          enqueue({ id: nextId++, spec, resolve });
        }),

      askSplit: (spec) =>
        new Promise<string | null>((resolve) => {
          enqueue({ id: nextId++, spec, resolve });
        }),

      answer: (id, value) => {
        const request = get().dialogs.find((d) => d.id === id);
        if (!request) return;
        set((state) => ({ dialogs: state.dialogs.filter((d) => d.id !== id) }));
        if (request.spec.kind === 'choice') {
          (request.resolve as (choice: string) => void)(value ?? request.spec.cancel);
        } else {
          // A path, or the split wizard's answer: both are a string or null.
          (request.resolve as (value: string | null) => void)(value);
        }
      },

      toast: (text, tone = 'info') =>
        set((state) => ({ toasts: [...state.toasts, { id: nextId++, tone, text }].slice(-4) })),
      dismissToast: (id) => set((state) => ({ toasts: state.toasts.filter((t) => t.id !== id) })),

      requestFocus: (target) => set({ focusRequest: { target, nonce: nextId++ } }),
      clearFocusRequest: () => set({ focusRequest: null }),
      setSaving: (saving) => set({ saving }),
      setBackup: (backup) => set({ backup }),
      setClipboard: (clipboard) => set({ clipboard }),
      togglePeoplePanel: () => set((state) => ({ peoplePanelOpen: !state.peoplePanelOpen })),
    };
  });
}

export const uiStore = createUiStore();
