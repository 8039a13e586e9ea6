// The auxiliary verbs the events stage's clause, participle and obligation rules share
// (lexicon/event-auxiliaries.txt), read once per process on first use.
import { lexiconSet } from '../../knowledge/word-set.js';

export const auxiliaries = lexiconSet('event-auxiliaries.txt');
