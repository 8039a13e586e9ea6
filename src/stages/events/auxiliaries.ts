// The auxiliary verbs the events stage's clause, participle and obligation rules share
// (lexicon/event-auxiliaries.txt), and the forms of "be" its passive rules share, read once per process
// on first use.
import { lexiconSet } from '../../knowledge/word-set.js';

export const auxiliaries = lexiconSet('event-auxiliaries.txt');

/** Forms of "be" (lexicon/event-be-forms.txt): with a participle they make a passive. */
export const beForms = lexiconSet('event-be-forms.txt');
