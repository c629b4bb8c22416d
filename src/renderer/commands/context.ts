import type { HostApi } from '../../shared/ipc/contract';
import type { DocumentStore } from '../document/document-store';
import type { Journal } from '../journal/journal';
import type { UiStore } from '../ui/ui-store';

/**
 * What a command needs: the host, the two stores, a clock. Commands are plain
 * async functions over this, callable from a button, a shortcut or a menu
 * alike, and from unit tests with a fake host.
 */
export interface StudioContext {
  host: HostApi;
  documents: DocumentStore;
  ui: UiStore;
  now(): Date;
  /** The crash-recovery journal; absent = none (boot then never offers a recovery). */
  journal?: Journal;
}
