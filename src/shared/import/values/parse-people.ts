/**
 * The people (or departments) in an owner or collaborator cell: "张三、李四",
 * "张三 李四", "HR/Finance", "Alice & Bob", "人力资源部和财务部".
 *
 * Whitespace splits only next to a CJK character: "张三 李四" is two people,
 * "John Smith" is one. 和 / 及 split only when each side has two characters
 * or more, so a given name like 王和平 stays whole.
 */
import { isPlaceholder } from './placeholder';
import { normaliseText } from './normalise-text';

const LIST_SEPARATORS = /[、,;/|\n]+|\s+(?:and|&)\s+|&/i;
const CJK = String.raw`\p{Script=Han}`;
const SPACE_BETWEEN_CJK = new RegExp(String.raw`(?<=${CJK})\s+|\s+(?=${CJK})`, 'u');
const JOINING_WORD = /以及|及|和/;
/** "张三、李四等" — 等 (and others) closes a list; it names nobody. */
const AND_OTHERS = /(?:等人|等)$/;

export function splitPeople(text: string): string[] {
  const normal = normaliseText(text);
  if (normal === '' || isPlaceholder(normal)) return [];
  const people = new Set<string>();
  for (const piece of normal.split(LIST_SEPARATORS)) {
    for (const part of piece.split(SPACE_BETWEEN_CJK)) {
      for (const name of splitOnJoiningWords(part.trim().replace(AND_OTHERS, '').trim())) {
        if (name !== '' && !isPlaceholder(name)) people.add(name);
      }
    }
  }
  return [...people];
}

function splitOnJoiningWords(part: string): string[] {
  const pieces = part.split(JOINING_WORD).map((piece) => piece.trim());
  return pieces.length > 1 && pieces.every((piece) => [...piece].length >= 2) ? pieces : [part];
}
