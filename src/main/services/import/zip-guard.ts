import type { ReadFailure } from '../../../shared/import/types';
import { MAX_EXPANSION_RATIO, MAX_UNCOMPRESSED_BYTES, MIN_BYTES_FOR_RATIO_CHECK } from './limits';
import { readZipEntry, type ZipEntry } from './zip-directory';

/**
 * Refuses a zip before SheetJS inflates it: encrypted entries, a declared
 * expansion past the limits, or an entry that inflates to more than it
 * declares (a bomb that lies in its directory). The last check inflates each
 * entry once with node:zlib, stopping at the declared size; that costs a few
 * milliseconds for a real workbook (native inflate of a few MB) and bounds
 * what SheetJS will later inflate to what the directory promised.
 */
export function checkZipExpansion(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
): ReadFailure | null {
  let declared = 0;
  for (const entry of entries) {
    if (entry.flags & 1) return { reason: 'password-protected' };
    declared += entry.uncompressedSize;
  }
  if (!Number.isFinite(declared) || declared > MAX_UNCOMPRESSED_BYTES)
    return { reason: 'expands-too-much' };
  if (declared > MIN_BYTES_FOR_RATIO_CHECK && declared / bytes.byteLength > MAX_EXPANSION_RATIO)
    return { reason: 'expands-too-much' };

  for (const entry of entries) {
    if (entry.name.endsWith('/') && entry.compressedSize === 0) continue; // a folder
    const content = readZipEntry(bytes, entry, entry.uncompressedSize);
    if (content.ok) continue;
    if (content.problem === 'larger-than-declared') return { reason: 'expands-too-much' };
    if (content.problem === 'encrypted') return { reason: 'password-protected' };
    return { reason: 'damaged', detail: `zip entry ${entry.name} cannot be read` };
  }
  return null;
}
