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
  /**
   * The languages the browser asks for (navigator.languages). In the browser
   * host they, not the machine's LANG, say which language a person who has not
   * chosen one reads: the browser is theirs, the server's locale may not be.
   */
  browserLanguages?: readonly string[];
  /** The crash-recovery journal; absent = none (boot then never offers a recovery). */
  journal?: Journal;
}
