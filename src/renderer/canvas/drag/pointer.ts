/** Where a mouse or touch event happened, in screen (client) coordinates. */
export function clientPoint(event: MouseEvent | TouchEvent): { x: number; y: number } {
  if ('clientX' in event) return { x: event.clientX, y: event.clientY };
  const touch = event.changedTouches[0] ?? event.touches[0];
  return touch ? { x: touch.clientX, y: touch.clientY } : { x: Number.NaN, y: Number.NaN };
}
