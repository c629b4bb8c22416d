import { MIN_CONFIDENCE, suggestField } from '../columns/suggest-field';
import type { FieldOf } from './header';

/**
 * suggestField, remembered per text for one analysis: header detection,
 * sheet scoring, layout and row checks all ask about the same few texts, and
 * a synonym scan per call would make a 20,000-row sheet slow. Suggestions
 * below MIN_CONFIDENCE count as none, as they do for suggestMapping.
 */
export function createFieldOf(): FieldOf {
  const cache = new Map<string, ReturnType<FieldOf>>();
  return (text) => {
    let found = cache.get(text);
    if (found === undefined) {
      const suggestion = text === '' ? null : suggestField(text);
      found = suggestion && suggestion.confidence >= MIN_CONFIDENCE ? suggestion : null;
      cache.set(text, found);
    }
    return found;
  };
}
