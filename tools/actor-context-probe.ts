// Does the sentence around an actor change its code where it should not? Codes every actor text of the
// PLOVER gold's dev part three ways: in its own sentence, in a neutral one ("X said on Monday that the
// talks would go on.") and alone, and lists the actors whose codes differ, with the gold code. A code the
// own sentence changes is right only where the sentence says something the phrase leaves out (the noun
// after a bare demonym, the country of a phrase naming none, "in" before a capital); anything else is
// context leaking into the code. Dev part only: the held-out part is never read here.
// Run: npx tsx tools/actor-context-probe.ts [PLOVER_GSR_CAMEO.txt]
import { resolve } from 'node:path';
import { codeActor } from '../src/knowledge/actor-coder.js';
import { goldCountry, goldSector } from '../src/knowledge/actor-eval.js';
import { knowledgeBase } from '../src/knowledge/knowledge-base.js';
import { readPloverGoldActors } from '../src/knowledge/plover-gold.js';

const gold = resolve(process.argv[2] ?? '/work/shared/data/events/plover/PLOVER_GSR_CAMEO.txt');
const kb = knowledgeBase();
const actors = readPloverGoldActors(gold).filter((a) => a.part === 'dev');
let differ = 0;
let ownRight = 0;
let neutralRight = 0;
for (const a of actors) {
  const own = codeActor(a.text, kb, { context: a.context });
  const neutral = codeActor(a.text, kb, { context: `${a.text} said on Monday that the talks would go on.` });
  const alone = codeActor(a.text, kb);
  const codes = [own, neutral, alone].map((c) => c?.code ?? '');
  if (codes[0] === codes[1] && codes[1] === codes[2]) continue;
  differ++;
  const right = (c: typeof own) =>
    (c?.country ?? '') === goldCountry(a.country) &&
    (a.sector === '***' || (c?.sector ?? '') === goldSector(a.sector));
  if (right(own)) ownRight++;
  if (right(neutral)) neutralRight++;
  const g = `${goldCountry(a.country)}${a.sector === '***' ? '***' : goldSector(a.sector)}`;
  console.log(
    [a.text, `gold ${g}`, `own ${codes[0]}`, `neutral ${codes[1]}`, `alone ${codes[2]}`].join('\t'),
  );
}
console.log(
  `${differ} of ${actors.length} dev actors coded differently in their own sentence; right (country and sector) in their own sentence ${ownRight}, in the neutral one ${neutralRight}`,
);
