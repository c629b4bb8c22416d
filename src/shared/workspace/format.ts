/** The envelope every workspace file carries: `{ format, version, workspace }`. */
export const WORKSPACE_FORMAT = 'north-star-studio/workspace';
export const CURRENT_VERSION = 2;
/** File extension, without the dot. JSON text inside, so a file can be diffed and mailed. */
export const WORKSPACE_EXTENSION = 'northstar';

/** Refuse to parse anything larger: a workshop file is kilobytes; 64 MiB is a wrong file. */
export const MAX_WORKSPACE_BYTES = 64 * 1024 * 1024;
