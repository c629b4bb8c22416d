/**
 * The owner row of a box: the owner's name, then how many collaborators
 * share the metric ("王磊 +2"); the inspector lists them by name. One
 * function for the box (MetricNode.tsx) and for its size (layout.ts), so
 * that the row is never wider than the box was made for.
 */
export function collaboratorsSuffix(count: number): string {
  return count > 0 ? ` +${count}` : '';
}

/** The row as box-size.ts measures it; null = the one-line placeholder ("No owner yet"). */
export function ownerLine(ownerName: string | null, collaborators: number): string | null {
  return ownerName === null ? null : ownerName + collaboratorsSuffix(collaborators);
}
