// Subtypes for mentions, from the compiled gazetteer and two hand-written lists:
//   GPE    a LOC that the gazetteer knows as a country or a place of a country ("China", "Pyongyang")
//   NORP   a MISC that names a country's people or adjective ("Chinese", "Russian")
//   MEDIA  an ORG that is a news agency or broadcaster (lexicon/news-media.txt, Phoenix media actors)
//   VESSEL a name after a ship prefix ("USS Annapolis"; lexicon/vessel-prefixes.txt), typed MISC
import { readListResource } from '../../resources.js';
import { gazetteer } from './gazetteer.js';
import type { EntityType } from './labels.js';

let media: Set<string> | undefined;
let vesselPrefixes: Set<string> | undefined;

/** The mention's words, lowercased and joined as gazetteer phrases are. */
const phraseOf = (words: readonly string[]) => words.map((w) => w.toLowerCase()).join(' ');

export function classify(type: EntityType, words: readonly string[]): { type: EntityType; subtype?: string } {
  vesselPrefixes ??= new Set(readListResource('lexicon', 'vessel-prefixes.txt'));
  if (words.length > 1 && vesselPrefixes.has(words[0])) return { type: 'MISC', subtype: 'VESSEL' };
  const phrase = phraseOf(words);
  const categories = gazetteer().phrases.get(phrase) ?? [];
  const place = categories.includes('COUNTRY') || categories.includes('PLACE');
  if (type === 'LOC' && place) return { type, subtype: 'GPE' };
  if (type === 'MISC' && place) return { type, subtype: 'NORP' };
  if (type === 'ORG') {
    media ??= new Set(readListResource('lexicon', 'news-media.txt').map((n) => n.toLowerCase()));
    if (categories.includes('MEDIA') || media.has(words.join(' ').toLowerCase()))
      return { type, subtype: 'MEDIA' };
  }
  return { type };
}
