import { inflateRawSync } from 'node:zlib';

/**
 * A zip's central directory, read without inflating anything: the names,
 * sizes and places of its entries. The reader checks these against the limits
 * (limits.ts) before SheetJS inflates an .xlsx or .ods, and detects the format
 * from the names. A small parser of our own rather than a dependency: it reads
 * three fixed records (APPNOTE.TXT 4.3.12, 4.3.14–16) and nothing else.
 */

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflate; anything else SheetJS cannot read either. */
  method: number;
  /** General purpose flags; bit 0 = encrypted. */
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export type ZipDirectoryResult =
  | { ok: true; entries: ZipEntry[] }
  | { ok: false; problem: 'no-directory' | 'damaged' | 'too-many-entries'; detail: string };

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;

const nameDecoder = new TextDecoder('utf-8');

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Reads a little-endian 64-bit size as a number; sizes past 2^53 are damage anyway. */
function uint64(data: DataView, offset: number): number {
  return data.getUint32(offset, true) + data.getUint32(offset + 4, true) * 0x1_0000_0000;
}

/** The End Of Central Directory record: searched backwards past a possible comment. */
function findEndOfDirectory(data: DataView): number {
  const last = data.byteLength - EOCD_SIZE;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let offset = last; offset >= first; offset--) {
    if (data.getUint32(offset, true) === EOCD_SIGNATURE) return offset;
  }
  return -1;
}

interface DirectoryPlace {
  count: number;
  size: number;
  offset: number;
}

function directoryPlace(data: DataView, eocd: number): DirectoryPlace | string {
  let count = data.getUint16(eocd + 10, true);
  let size = data.getUint32(eocd + 12, true);
  let offset = data.getUint32(eocd + 16, true);
  const zip64 = count === 0xffff || size === 0xffffffff || offset === 0xffffffff;
  if (zip64) {
    const locator = eocd - 20;
    if (locator < 0 || data.getUint32(locator, true) !== ZIP64_LOCATOR_SIGNATURE)
      return 'zip64 locator missing';
    const record = uint64(data, locator + 8);
    if (record + 56 > data.byteLength || data.getUint32(record, true) !== ZIP64_EOCD_SIGNATURE)
      return 'zip64 end record missing';
    count = uint64(data, record + 32);
    size = uint64(data, record + 40);
    offset = uint64(data, record + 48);
  }
  if (offset + size > data.byteLength) return 'central directory past the end of the file';
  return { count, size, offset };
}

/** Zip64 extra field (0x0001): the 64-bit values of whichever fields were 0xFFFFFFFF, in order. */
function applyZip64Extra(data: DataView, start: number, end: number, entry: ZipEntry): void {
  for (let at = start; at + 4 <= end;) {
    const id = data.getUint16(at, true);
    const length = data.getUint16(at + 2, true);
    if (id === 0x0001) {
      let field = at + 4;
      const fieldEnd = Math.min(at + 4 + length, end);
      const take = (): number | null => {
        if (field + 8 > fieldEnd) return null;
        const value = uint64(data, field);
        field += 8;
        return value;
      };
      if (entry.uncompressedSize === 0xffffffff) entry.uncompressedSize = take() ?? Infinity;
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = take() ?? Infinity;
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = take() ?? Infinity;
      return;
    }
    at += 4 + length;
  }
}

export function readZipDirectory(bytes: Uint8Array, maxEntries: number): ZipDirectoryResult {
  if (bytes.byteLength < EOCD_SIZE)
    return { ok: false, problem: 'no-directory', detail: 'shorter than a zip end record' };
  const data = view(bytes);
  const eocd = findEndOfDirectory(data);
  if (eocd < 0) return { ok: false, problem: 'no-directory', detail: 'no zip end record' };
  const place = directoryPlace(data, eocd);
  if (typeof place === 'string') return { ok: false, problem: 'damaged', detail: place };
  if (place.count > maxEntries)
    return { ok: false, problem: 'too-many-entries', detail: `${place.count} entries` };

  const entries: ZipEntry[] = [];
  const end = place.offset + place.size;
  let at = place.offset;
  for (let index = 0; index < place.count; index++) {
    if (at + 46 > end || data.getUint32(at, true) !== CENTRAL_SIGNATURE)
      return { ok: false, problem: 'damaged', detail: `central entry ${index} is broken` };
    const nameLength = data.getUint16(at + 28, true);
    const extraLength = data.getUint16(at + 30, true);
    const commentLength = data.getUint16(at + 32, true);
    const nameStart = at + 46;
    if (nameStart + nameLength + extraLength + commentLength > end)
      return {
        ok: false,
        problem: 'damaged',
        detail: `central entry ${index} runs past the directory`,
      };
    const entry: ZipEntry = {
      name: nameDecoder.decode(bytes.subarray(nameStart, nameStart + nameLength)),
      method: data.getUint16(at + 10, true),
      flags: data.getUint16(at + 8, true),
      compressedSize: data.getUint32(at + 20, true),
      uncompressedSize: data.getUint32(at + 24, true),
      localHeaderOffset: data.getUint32(at + 42, true),
    };
    applyZip64Extra(data, nameStart + nameLength, nameStart + nameLength + extraLength, entry);
    entries.push(entry);
    at = nameStart + nameLength + extraLength + commentLength;
  }
  return { ok: true, entries };
}

/** Where an entry's compressed bytes are, from its local header; null when they are not in the file. */
function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const data = view(bytes);
  const local = entry.localHeaderOffset;
  if (local + 30 > bytes.byteLength || data.getUint32(local, true) !== LOCAL_SIGNATURE) return null;
  const start = local + 30 + data.getUint16(local + 26, true) + data.getUint16(local + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.byteLength) return null;
  return bytes.subarray(start, end);
}

export type EntryContent =
  | { ok: true; content: Uint8Array }
  | { ok: false; problem: 'damaged' | 'larger-than-declared' | 'encrypted' };

/**
 * An entry's bytes, never more than `maxBytes` of output: inflating stops at
 * the limit, so an entry that lies about its size cannot grow past it.
 */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry, maxBytes: number): EntryContent {
  if (entry.flags & 1) return { ok: false, problem: 'encrypted' };
  const compressed = entryData(bytes, entry);
  if (!compressed) return { ok: false, problem: 'damaged' };
  if (entry.method === 0) {
    return compressed.byteLength > maxBytes
      ? { ok: false, problem: 'larger-than-declared' }
      : { ok: true, content: compressed };
  }
  if (entry.method !== 8) return { ok: false, problem: 'damaged' };
  try {
    // maxOutputLength makes zlib stop with a RangeError rather than allocate more.
    const content = inflateRawSync(compressed, { maxOutputLength: Math.max(1, maxBytes) });
    return content.byteLength > maxBytes
      ? { ok: false, problem: 'larger-than-declared' }
      : { ok: true, content };
  } catch (error) {
    const tooLarge =
      error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE';
    return { ok: false, problem: tooLarge ? 'larger-than-declared' : 'damaged' };
  }
}

export function findZipEntry(entries: readonly ZipEntry[], name: string): ZipEntry | undefined {
  return entries.find((entry) => entry.name === name);
}
