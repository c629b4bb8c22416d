import type { z } from 'zod';
import { metricSchema } from '../workspace/schema';

/**
 * What a caller may say about a metric's fields, checked before it reaches the
 * document. The types are built from the schema's `shape`, not from `Metric`:
 * `Metric` is inferred from a loose object, and `Omit<>` over its index
 * signature keeps nothing else, so `{ target: 'two' }` used to type-check.
 */

/**
 * Fields a plain edit may change. Structure (`id`, `parentId`) changes only
 * through move and delete. Strict: an unknown key is a typo or a stale caller,
 * never a field to keep (unknown fields a file brings along stay in the
 * metric; a patch just cannot add new ones).
 */
export const metricPatchSchema = metricSchema.omit({ id: true, parentId: true }).partial().strict();
export type MetricPatch = z.infer<typeof metricPatchSchema>;

/**
 * The fields of a metric being created: a name, an id if the caller chose one
 * (an import, or a transaction that must be replayable), anything else at its
 * empty value unless given. The parent is said separately.
 */
export const newMetricFieldsSchema = metricSchema
  .omit({ parentId: true })
  .partial()
  .required({ name: true })
  .strict();
export type NewMetricFields = z.infer<typeof newMetricFieldsSchema>;

/**
 * The patch as validated data, or null when any field is wrong. An explicit
 * `undefined` is refused too: spread into a metric it would become a missing
 * field, and the saved file would no longer load.
 */
export function checkPatch(patch: unknown): MetricPatch | null {
  if (hasUndefinedValue(patch)) return null;
  const parsed = metricPatchSchema.safeParse(patch);
  return parsed.success ? parsed.data : null;
}

export function checkNewMetricFields(fields: unknown): NewMetricFields | null {
  if (hasUndefinedValue(fields)) return null;
  const parsed = newMetricFieldsSchema.safeParse(fields);
  return parsed.success ? parsed.data : null;
}

function hasUndefinedValue(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.values(value).some((field) => field === undefined)
  );
}
