// Nouns that name a day and stand as time adverbs ("said Monday that …", "met yesterday"): the day names
// and the few time-adverb nouns (lexicon/day-names.txt, lexicon/time-adverb-nouns.txt), read once.
import { lexiconSet } from './word-set.js';

const dayNames = lexiconSet('day-names.txt');
const timeAdverbNouns = lexiconSet('time-adverb-nouns.txt');

export const isTimeNoun = (word: string): boolean => dayNames().has(word) || timeAdverbNouns().has(word);
