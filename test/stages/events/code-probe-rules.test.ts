// Rules of the code-probe round (test/stages/events/code-probes.txt, half a): verbs and patterns the
// dictionary lacked, the passive whose subject is what the pattern names, and a frame whose addressees are
// joined by "and"; and (fourth wave) rules that act on a construction or a class of words rather than one
// verb and its object. Sentences written for these tests, with invented countries.
import { describe, expect, it } from 'vitest';
import { findEvents } from '../../../src/stages/events/index.js';
import { tagged } from './doc.js';

const actors: [string, string][] = [
  ['Velor', 'VEL'],
  ['Ostland', 'OST'],
  ['Marvia', 'MRV'],
];
const run = (text: string) =>
  findEvents(tagged(text, { actors }), { anchor: null, options: {} }, { keepActorless: true });
const first = (text: string) => {
  const [event] = run(text);
  return `${event?.type} ${event?.cameo}`;
};

describe('the code-probe round', () => {
  it.each([
    ['Velor broke off diplomatic ties with Ostland on Monday.', 'SANCTION 161'],
    ['Velor has broken off negotiations with Ostland.', 'SANCTION 164'],
    ['The bank suspended loans to Ostland last year.', 'SANCTION 1621'],
    ['Velor ended the state of emergency in the north.', 'RETREAT 0814'],
    ['Velor allowed inspectors into its nuclear plants.', 'RETREAT 0862'],
    ['Velor permitted aid convoys to cross into Ostland.', 'RETREAT 0863'],
    ['Velor let monitors into the disputed province.', 'RETREAT 086'],
    ['Velor accepted the deployment of foreign troops on its soil.', 'RETREAT 0861'],
    ['Hundreds of rebels surrendered to the army of Velor.', 'RETREAT 0874'],
    ['The militia handed over its weapons to Velor.', 'RETREAT 0873'],
    ['Velor scaled back its military operations in Ostland.', 'RETREAT 087'],
    ['Velor violated the truce with Ostland.', 'ASSAULT 196'],
    ['Velor imposed a blockade on the ports of Ostland.', 'COERCE 191'],
    ['Velor revoked the accreditation of two Ostland reporters.', 'COERCE 172'],
    ['Velor declared martial law on Sunday.', 'COERCE 1724'],
    ['Velor expelled foreign aid agencies from the region.', 'SANCTION 1663'],
    ['Velor granted the minority the right to vote.', 'CONCEDE 0833'],
    ['A bomber blew himself up outside a Velor police station.', 'ASSAULT 1831'],
    ['The militia destroyed homes in a village in Ostland.', 'ASSAULT 1712'],
    ['Velor used nerve gas against the rebels.', 'ASSAULT 2041'],
    ['Velor dropped chlorine gas on the town.', 'ASSAULT 2041'],
    ['Ostland detonated a nuclear bomb in the desert.', 'ASSAULT 2042'],
    ['Dock workers in Velor are striking for better pay.', 'PROTEST 143'],
    ['Students barricaded the university in Velor.', 'PROTEST 144'],
    ['Velor and Ostland launched a joint venture to build a port.', 'COOPERATE 061'],
    ['Velor made concessions to Ostland on fishing rights.', 'CONCEDE 080'],
    ['Protesters set fire to a tax office in Velor.', 'PROTEST 145'],
    ['Velor called for an end to the violence in Ostland.', 'REQUEST 025'],
    ['Velor sued Ostland at the world court.', 'ACCUSE 115'],
    ['Velor summoned the Ostland ambassador over the incident.', 'ACCUSE 114'],
    ["Velor turned down Ostland's offer of a loan.", 'REJECT 120'],
    ['Velor massed troops on the border with Ostland.', 'MOBILIZE 154'],
    ['Velor played host to the president of Ostland.', 'CONSULT 043'],
    ['Velor eased its blockade of the ports of Ostland.', 'RETREAT 0872'],
    ['Velor forces captured the city of Kessel in Ostland.', 'COERCE 192'],
    ['Velor sent medical supplies to Ostland.', 'AID 073'],
    ['Velor and Ostland vowed to strengthen cooperation.', 'AGREE 031'],
    ['Velor lifted its sanctions on Ostland.', 'RETREAT 085'],
    ['The Velor foreign ministry slammed the decision of Ostland.', 'ACCUSE 111'],
    ['Velor troops fired on demonstrators in the capital.', 'ASSAULT 175'],
    ['Velor guards beat a prisoner to death.', 'ASSAULT 1823'],
    ['The leader of Velor spoke by phone with the president of Ostland.', 'CONSULT 041'],
    ['Velor handed over intelligence to Ostland.', 'COOPERATE 064'],
    ['Velor revoked the visas of two Ostland diplomats.', 'COERCE 172'],
    ['Velor and Ostland signed a gas agreement.', 'SUPPORT 057'],
  ])('codes what the dictionary lacked: %s', (text, expected) => {
    expect(first(text)).toBe(expected);
  });

  it.each([
    ['Three aid workers were freed by their kidnappers in Ostland.', 'RETREAT 084'],
    ['An oil agreement was signed by Velor and Ostland.', 'SUPPORT 057'],
    ['Aid to Ostland was suspended by Velor.', 'SANCTION 162'],
    ['Several inspectors were expelled from Ostland.', 'SANCTION 1662'],
  ])('matches the object a pattern names in the subject of a passive: %s', (text, expected) => {
    expect(first(text)).toBe(expected);
  });

  it.each([
    'Velor urged Ostland and Marvia to show restraint.',
    'Velor urged Ostland and Marvia to settle their dispute.',
  ])('reads the addressees of a frame joined by "and" as addressees: %s', (text) => {
    const [event] = run(text);
    expect(event?.type).toBe('REQUEST');
    expect(event?.source?.code).toBe('VEL');
  });

  it.each([
    'Let me be clear about this.',
    'The senator declared victory on Tuesday night.',
    'The ruling party declared the winner of the vote.',
    'A truck slammed into a wall in the capital.',
  ])('records no event for a bare verb or an election result: %s', (text) => {
    expect(run(text).filter((e) => e.type !== 'REJECT')).toEqual([]);
  });
});

describe('the fourth wave of code probes', () => {
  it.each([
    ['Velor urged Ostland to resolve the quarrel through talks.', 'REQUEST 027'],
    ['Velor asked Marvia to mediate between the two parties.', 'REQUEST 028'],
    ['Velor asked Ostland to send food aid to the refugees.', 'REQUEST 023'],
    ['Velor has urged Ostland to withdraw its troops.', 'REQUEST 025'],
    ['Velor demanded that Ostland withdraw its troops.', 'REQUEST 105'],
    ['Velor demanded that Ostland settle the quarrel.', 'REQUEST 107'],
    ['Velor offered to mediate between Ostland and Marvia.', 'AGREE 039'],
  ])('codes an appeal to act as an appeal (02), a demand as a demand (10): %s', (text, expected) => {
    expect(first(text)).toBe(expected);
  });

  it.each([
    ['Velor announced its intention to send tanks to Ostland.', 'AGREE 033'],
    ['Velor expressed its willingness to withdraw its troops from Ostland.', 'AGREE 035'],
    ["Velor's threat to annex the border province alarmed Ostland.", 'THREATEN 132'],
    ['Ostland has no intention of withdrawing its troops.', 'REJECT 124'],
  ])('reads a noun of intent or threat before an infinitive as its verb would be: %s', (text, expected) => {
    expect(first(text)).toBe(expected);
  });

  it.each([
    ['Velor ordered the foreign peacekeepers to leave within a month.', 'SANCTION 1661'],
    ['Ostland has ordered international monitors to leave the province.', 'SANCTION 1662'],
    ['Velor ordered the aid workers to leave the camps.', 'SANCTION 1663'],
    ['Velor ordered two Ostland journalists to leave the country.', 'COERCE 174'],
    ['The militia drove the farmers from their villages in Ostland.', 'ASSAULT 201'],
    ['Thousands of people have been driven from their homes by the army of Velor.', 'ASSAULT 201'],
    ['Velor forces are forcing families from their land.', 'ASSAULT 201'],
  ])('reads an order to leave and driving people from their homes as expulsions: %s', (text, expected) => {
    expect(first(text)).toBe(expected);
  });

  it.each([
    ['Velor asked for a meeting with the leaders of Ostland.', 'REQUEST 026'],
    ['Velor pressed for negotiations with Ostland over the border.', 'REQUEST 106'],
    ['Velor called for a ban on rallies in Ostland.', 'REQUEST 020'],
  ])('codes an event noun a verb asks for as the request of that event: %s', (text, expected) => {
    expect(first(text)).toBe(expected);
  });

  it('reads no request in a verb that organises the event ("called a meeting")', () => {
    expect(first('Velor called a meeting with Ostland on Monday.')).not.toMatch(/^REQUEST/);
  });

  it.each([
    ['The expulsion of two Ostland diplomats by Velor was announced on Monday.', 'SANCTION 166'],
    ['The withdrawal of Velor troops from Ostland began on Sunday.', 'RETREAT 0874'],
    ['The deportation of migrants from Velor resumed this week.', 'COERCE 174'],
  ])("reads an event noun's complement with its verb's patterns: %s", (text, expected) => {
    expect(first(text)).toBe(expected);
  });

  it.each([
    ['Students occupied the ministry in Velor to protest the cuts.', 'PROTEST 144'],
    ['Taxi drivers blockaded the airport of Velor in protest against the new law.', 'PROTEST 144'],
    ['Velor troops occupied the border town of Kessel in Ostland.', 'COERCE 192'],
  ])('reads an obstruction done to protest as a protest: %s', (text, expected) => {
    expect(first(text)).toBe(expected);
  });
});
