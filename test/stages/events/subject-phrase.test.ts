// A verb whose own subject names no actor gets no source borrowed from an actor further back; through
// the whole default pipeline, since the rule reads the syntax stage's chunk tags.
import { describe, expect, it } from 'vitest';
import { plainArticle } from '../../../src/ingest/plain.js';
import { buildPipeline } from '../../../src/pipeline/runner.js';
import { DEFAULT_STAGES } from '../../../src/pipeline/stages.js';

const pipeline = buildPipeline(DEFAULT_STAGES);
const eventsOf = (text: string) => pipeline.run(plainArticle(text, { format: 'text' })).events ?? [];
const codesOf = (text: string, trigger: string) => {
  const event = eventsOf(text).find((e) => e.trigger.text === trigger);
  expect(event, `an event on "${trigger}"`).toBeDefined();
  return event?.source?.codes ?? (event?.source ? [event.source.code] : []);
};

describe('a subject that names no actor', () => {
  it('leaves the source unknown instead of taking an earlier actor', () => {
    const text =
      'President Emmanuel Macron said on Friday he would not sign the law, a day after police arrested British fans in Paris.';
    const arrest = eventsOf(text).find((e) => e.trigger.text === 'arrested');
    expect(arrest, 'an event on "arrested"').toBeDefined();
    expect(arrest?.source).toBeNull();
    expect(arrest?.target?.code).toBe('GBR');
  });

  it('gives an event noun after a preposition no source from the clause', () => {
    const text = 'The Red Cross said dozens of people were hurt in protests across Chile on Sunday.';
    const protest = eventsOf(text).find((e) => e.trigger.text === 'protests');
    expect(protest, 'an event on "protests"').toBeDefined();
    expect(protest?.source?.code ?? '').not.toMatch(/^NGO|^IGO|^IRC/);
  });

  it('takes in the subject’s possessor and prepositional phrases', () => {
    expect(codesOf("Ankara's district council has denied the request of Greece.", 'denied')).toEqual([
      'TURGOV',
    ]);
    expect(
      codesOf('Thousands of Nigerians from across the country protested in Lagos.', 'protested'),
    ).toEqual(['NGACVL']);
  });

  it('does not judge infinitives nor bare participles', () => {
    // the infinitive's subject is the clause's, not "a committee" (after an event, "reached a deal to
    // share …", the infinitive is that event's content: infinitive-content.test.ts)
    expect(
      codesOf('Israel and Jordan formed a committee to share intelligence with Egypt.', 'share'),
    ).toEqual(['ISR', 'JOR']);
    // "a dinner hosted by …": the noun before a bare participle is not its subject
    expect(codesOf('Obama attended a dinner hosted by the Japanese ambassador.', 'hosted')).toEqual([
      'JPNGOV',
    ]);
  });

  it('reads a bare participle after a noun as done to that noun, by the country it happens in', () => {
    const held = eventsOf('Palestinian prisoners held in Israeli jails went on hunger strike.').find(
      (e) => e.trigger.text === 'held',
    );
    expect(held?.target?.code).toBe('PSECVL');
    expect(held?.source?.code.slice(0, 3)).toBe('ISR');
    const detained = eventsOf('Two Afghan journalists detained in Iran were freed on Friday.').find(
      (e) => e.trigger.text === 'detained',
    );
    expect(detained?.target?.code.slice(0, 3)).toBe('AFG');
    expect(detained?.source?.code).toBe('IRN');
    // an active past with its object is no participle: "diplomats held talks"
    expect(codesOf('Moroccan diplomats held talks with Obama.', 'held')).toEqual(['MARGOV']);
  });

  it('records no attack by someone who died', () => {
    const events = eventsOf(
      'Former Liberian President Charles Taylor died at his home in Monrovia on Monday.',
    );
    expect(events.filter((e) => e.trigger.text === 'died')).toEqual([]);
  });

  it('finds the subject of a reported passive inside the report, not the speaker', () => {
    const text = 'Amnesty International said 22 Kenyan protesters were killed on Tuesday.';
    const killed = eventsOf(text).find((e) => e.trigger.text === 'killed');
    expect(killed, 'an event on "killed"').toBeDefined();
    expect(killed?.source).toBeNull();
    expect(killed?.target?.code).toBe('KENOPP');
  });

  it('never takes a possessive determiner as the subject of a verb', () => {
    const text =
      'Alexei Navalny died in prison. His widow, Ada Kell, has accused President Vladimir Putin.';
    const accused = eventsOf(text).find((e) => e.trigger.text === 'accused');
    expect(accused?.target?.code).toBe('RUSGOV');
    expect(accused?.source?.code ?? '').not.toMatch(/^RUS/);
  });

  it('reads past a bare participle to the noun it describes, and codes nothing when that noun is no actor', () => {
    const events = eventsOf('Prisoners held in Israeli jails went on hunger strike.');
    // the jails neither protest nor hold themselves
    expect(events.filter((e) => e.source?.code.startsWith('ISR') && e.trigger.text === 'went')).toEqual([]);
    expect(events.filter((e) => e.trigger.text === 'held')).toEqual([]);
  });
});
