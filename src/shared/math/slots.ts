/**
 * A persistent array: setting an element gives a new array that shares all
 * but one chunk (32 elements) and the chunk index with the old one. It is what
 * lets an incremental roll-up return a new result without copying the other
 * thousands of entries (a Map copy per edit would make one edit cost O(n)),
 * while the previous result stays valid for whoever still holds it (undo, a
 * React selector comparing references).
 *
 * Keys are small integers ("slots"); `Interner` hands them out per id.
 */

const CHUNK_BITS = 5;
const CHUNK_SIZE = 1 << CHUNK_BITS;
const CHUNK_MASK = CHUNK_SIZE - 1;

export class SlotArray<T> {
  private constructor(private readonly chunks: readonly (readonly (T | undefined)[])[]) {}

  static empty<T>(): SlotArray<T> {
    return new SlotArray<T>([]);
  }

  /** Slots 0…n−1 from an array, in one pass (a full build). */
  static from<T>(values: readonly T[]): SlotArray<T> {
    const chunks: T[][] = [];
    for (let i = 0; i < values.length; i += CHUNK_SIZE)
      chunks.push(values.slice(i, i + CHUNK_SIZE));
    return new SlotArray<T>(chunks);
  }

  get(slot: number): T | undefined {
    return this.chunks[slot >>> CHUNK_BITS]?.[slot & CHUNK_MASK];
  }

  /** A batch of sets; each touched chunk is copied once however often it is set. */
  edit(): SlotArrayEditor<T> {
    return new SlotArrayEditor<T>(this.chunks, (chunks) => new SlotArray<T>(chunks));
  }
}

export class SlotArrayEditor<T> {
  private readonly chunks: (readonly (T | undefined)[])[];
  private readonly copied = new Set<number>();

  constructor(
    chunks: readonly (readonly (T | undefined)[])[],
    private readonly build: (chunks: readonly (readonly (T | undefined)[])[]) => SlotArray<T>,
  ) {
    this.chunks = [...chunks];
  }

  get(slot: number): T | undefined {
    return this.chunks[slot >>> CHUNK_BITS]?.[slot & CHUNK_MASK];
  }

  set(slot: number, value: T | undefined): void {
    const index = slot >>> CHUNK_BITS;
    while (this.chunks.length <= index) {
      this.copied.add(this.chunks.length);
      this.chunks.push(new Array<T | undefined>(CHUNK_SIZE).fill(undefined));
    }
    if (!this.copied.has(index)) {
      const chunk = [...(this.chunks[index] as (T | undefined)[])];
      // A chunk from `from` may be short; a set beyond its end must not leave holes.
      while (chunk.length < CHUNK_SIZE) chunk.push(undefined);
      this.chunks[index] = chunk;
      this.copied.add(index);
    }
    (this.chunks[index] as (T | undefined)[])[slot & CHUNK_MASK] = value;
  }

  done(): SlotArray<T> {
    return this.build(this.chunks);
  }
}

/**
 * Id → slot, append-only, shared by every state derived from one full
 * build. Sharing is safe because a slot is never reused: a state that
 * predates an id simply has nothing in its slot.
 */
export class Interner {
  private readonly slots = new Map<string, number>();
  private readonly ids: string[] = [];

  slotOf(id: string): number {
    let slot = this.slots.get(id);
    if (slot === undefined) {
      slot = this.ids.length;
      this.slots.set(id, slot);
      this.ids.push(id);
    }
    return slot;
  }

  /** The slot of an id, without minting one. */
  find(id: string): number | undefined {
    return this.slots.get(id);
  }

  get size(): number {
    return this.ids.length;
  }
}
