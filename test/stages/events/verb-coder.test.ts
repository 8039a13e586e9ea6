import { describe, expect, it } from 'vitest';
import { codeSentence } from '../../../src/stages/events/code-sentence.js';

const code = (sentence: string) => codeSentence(sentence.match(/[\w'-]+|[^\s\w]/g) ?? []);

describe('verb coder', () => {
  it('picks the most specific pattern of the verb', () => {
    expect(code('The two navies held joint exercises.').map((e) => e.cameo)).toEqual(['150']);
    expect(code('The ministers held talks with officials.').map((e) => e.type)).toEqual(['CONSULT']);
  });
  it('reads a strike aimed at someone or named by its weapon as an attack, not a labour strike', () => {
    expect(code('The allies launched strikes against the rebels.').map((e) => e.cameo)).toEqual(['190']);
    expect(code('The army launched air strikes on the town.').map((e) => e.cameo)).toEqual(['195']);
    expect(code('The dockers launched a strike on Monday.').map((e) => e.cameo)).toEqual(['143']);
    expect(code('The allies launched strikes on the rebels.').map((e) => e.cameo)).toEqual(['190']);
    expect(code('Teachers launched a strike against the government.').map((e) => e.cameo)).toEqual(['143']);
  });
  it('knows the -ing form of a verb ending in -ee ("guaranteeing", "disagreeing")', () => {
    expect(code('Iran is disagreeing with Russia.').map((e) => e.cameo)).toEqual(['110']);
  });
  it('codes no request when a reporter asks an official for comment', () => {
    expect(code('The agency asked the ministry for comment on Friday.')).toEqual([]);
    expect(code('The paper asked the embassy for further details.')).toEqual([]);
  });
  it('reads giving, providing or supplying weapons or aid as aid (07x), not material cooperation', () => {
    expect(code('Spain gave the rebels old rifles and missiles.').map((e) => e.cameo)).toEqual(['072']);
    expect(code('The donors provided emergency aid to the islands.').map((e) => e.cameo)).toEqual(['073']);
    expect(code('Norway supplied tanks to its ally.').map((e) => e.cameo)).toEqual(['072']);
    expect(code('Canada gave the flood victims assistance.').map((e) => e.type)).toEqual(['AID']);
    expect(code('The candidate gave away a rifle at the fair.')).toEqual([]);
  });
  it('codes sanctions and embargoes as sanctions (163) in the passive too', () => {
    expect(code('Harsh sanctions were imposed on the junta.').map((e) => e.type)).toEqual(['SANCTION']);
    expect(code('An embargo has been imposed on the regime.').map((e) => e.cameo)).toEqual(['163']);
    expect(code('The bloc imposed an embargo on the country.').map((e) => e.cameo)).toEqual(['163']);
    expect(code('The allies tightened sanctions on the regime.').map((e) => e.cameo)).toEqual(['163']);
    expect(code('A curfew was imposed on the town.').map((e) => e.cameo)).toEqual(['1723']);
  });
  it('codes arresting journalists or protesters as an arrest (173), not violent repression', () => {
    expect(code('Soldiers arrested a journalist at the checkpoint.').map((e) => e.type)).toEqual(['COERCE']);
    expect(code('The police arrested twelve protesters.').map((e) => e.cameo)).toEqual(['173']);
  });
  it('codes discussing with a partner or by phone as a consultation, not bare discussing', () => {
    expect(code('The two ministers discussed the dispute by phone.').map((e) => e.cameo)).toEqual(['041']);
    expect(code('The envoy discussed the plan with his counterpart.').map((e) => e.cameo)).toEqual(['040']);
    expect(code('The author discussed his book on television.')).toEqual([]);
    expect(code('The council consulted the elders.').map((e) => e.type)).toEqual(['CONSULT']);
    expect(code('Officials expect a long winter.')).toEqual([]);
  });
  it('codes signing a trade or defence agreement as signing a formal agreement (057), not an intent', () => {
    expect(code('The neighbours signed a trade agreement in March.').map((e) => e.type)).toEqual(['SUPPORT']);
    expect(code('Both navies signed a military pact.').map((e) => e.cameo)).toEqual(['057']);
  });
  it('codes a noun two light verbs share once, by the nearer verb', () => {
    const words = 'The coalition began conducting air strikes near the dam .'.split(' ');
    expect(codeSentence(words).map((e) => [e.cameo, words[e.head]])).toEqual([['195', 'conducting']]);
  });
  it('reads the bare verbs "want", "seek" and "vote" as no event, their patterns as before', () => {
    expect(code('Most farmers want cheaper seed.')).toEqual([]);
    expect(code('The rebels want aid from the donors.').map((e) => e.type)).toEqual(['REQUEST']);
    expect(code('The militia wants more rifles.').map((e) => e.cameo)).toEqual(['0232']);
    expect(code('The mayor is seeking a third term.')).toEqual([]);
    expect(code('Half the farmers will vote for the mayor.')).toEqual([]);
    expect(code('The dissidents sought asylum in the embassy.').map((e) => e.cameo)).toEqual(['020']);
  });
  it('reads everyday bare verbs (introduce, decide, celebrate, boost, influence …) as no event, their patterns as before', () => {
    expect(code('The governor introduced the senator at the rally.')).toEqual([]);
    expect(code('The senator celebrated with supporters in Ohio.')).toEqual([]);
    expect(code('The fund is boosting three candidates.')).toEqual([]);
    expect(code('The ruling was influenced by donations.')).toEqual([]);
    expect(code('The mayor is determined to end the strike.').map((e) => e.cameo)).not.toContain('030');
    expect(code('The agency escalated its criticism of the mayor.')).toEqual([]);
    // the verb after "decided to" is coded as itself
    expect(code('The cabinet decided to withdraw the troops.').map((e) => e.type)).toEqual(['RETREAT']);
  });
  it('reads targeting banks or companies as sanctions, targeting voters as no event, other targets as attacks', () => {
    expect(code('The ministry targeted the banks of the regime.').map((e) => e.cameo)).toEqual(['163']);
    expect(code('The campaign will target young voters.')).toEqual([]);
    expect(code('The jets targeted a convoy near the border.').map((e) => e.type)).toEqual(['ASSAULT']);
  });
  it('reads releasing a poll, an ad or a video as publishing, not a release of people', () => {
    expect(code('A survey released on Friday shows a tie.')).toEqual([]);
    expect(code('The party released an ad attacking the mayor.').map((e) => e.cameo)).not.toContain('084');
    expect(code('The guerrillas released two prisoners.').map((e) => e.cameo)).toEqual(['0841']);
  });
  it('reads insisting that something is so as a statement, insisting on something as a demand', () => {
    expect(code('The mayor insisted that the budget is balanced.')).toEqual([]);
    expect(code('The union insisted on a pay rise.').map((e) => e.type)).toEqual(['REQUEST']);
    expect(code('The envoy pushed back against the proposal.').map((e) => e.type)).toEqual(['REJECT']);
  });
  it('reads an electoral contest as no fight', () => {
    expect(code('The governor beat her rival in the Ohio primary.')).toEqual([]);
    expect(code('The senator captured most delegates.')).toEqual([]);
    expect(code('Two mayors are battling for second place.')).toEqual([]);
    expect(code('The militia captured the airport.').map((e) => e.type)).toEqual(['COERCE']);
    // the electoral patterns apply to the verbs' whole blocks: a real attack on "the United States" stays
    expect(code('The militants devastated bases of the United States.').map((e) => e.type)).toEqual([
      'ASSAULT',
    ]);
  });
  it('reads nouns as nouns without part-of-speech tags', () => {
    expect(code('The attack was condemned.').map((e) => e.type)).not.toContain('ASSAULT');
  });
  it('uses part-of-speech tags when the syntax stage gave them', () => {
    const words = ['They', 'attack', 'the', 'base'];
    expect(codeSentence(words, ['PRP', 'VBP', 'DT', 'NN']).map((e) => e.type)).toEqual(['ASSAULT']);
    expect(codeSentence(['the', 'deal', 'collapsed'], ['DT', 'NN', 'VBD']).map((e) => e.type)).not.toContain(
      'SUPPORT',
    );
    // an event noun names its event: "fierce fighting with the rebels"
    expect(
      codeSentence(['fierce', 'fighting', 'with', 'rebels'], ['JJ', 'NN', 'IN', 'NNS']).map((e) => e.type),
    ).toEqual(['ASSAULT']);
  });
  it('codes mediating as mediation (045) and negotiating as negotiation (046), not a concession', () => {
    expect(code('Norway mediated the truce.').map((e) => e.cameo)).toEqual(['045']);
    expect(code('The unions negotiate every year.').map((e) => e.cameo)).toEqual(['046']);
    expect(code('Norway mediated between the two sides.').map((e) => e.cameo)).toEqual(['045']);
  });
  it('codes going only with a destination, flying to a place as a visit, and fundraising as nothing', () => {
    expect(code('The senator went after his rival.')).toEqual([]);
    expect(code('There is one week to go before the vote.')).toEqual([]);
    expect(code('The minister went to Paris.').map((e) => e.cameo)).toEqual(['040']);
    expect(code('The president flew to Tokyo.').map((e) => e.cameo)).toEqual(['042']);
    expect(code('The party raised money in Ohio.')).toEqual([]);
  });
  it('codes no event for bare struggling, ruling or issuing; what is issued or ruled on still counts', () => {
    expect(code('The small campaign struggled for weeks.')).toEqual([]);
    expect(code('The judges will rule on the appeal.')).toEqual([]);
    expect(code('The kings ruled the island.')).toEqual([]);
    expect(code('The embassy issued visas to the students.')).toEqual([]);
    expect(code('The general issued an ultimatum to the rebels.').map((e) => e.cameo)).toEqual(['139']);
    expect(code('The minister ruled out talks with the rebels.').map((e) => e.cameo)).toEqual(['125']);
  });
  it('codes sharing expertise as cooperation and sharing intelligence as 064, the bare verb as nothing', () => {
    expect(code('The two navies shared expertise.').map((e) => e.cameo)).toEqual(['060']);
    expect(code('The agencies shared intelligence.').map((e) => e.cameo)).toEqual(['064']);
    expect(code('The two candidates shared the stage.')).toEqual([]);
  });
  it('codes joining something as nothing, being joined by others as a meeting, joining a coalition as support', () => {
    expect(code('The governor joined the race.')).toEqual([]);
    expect(code('The ships will be joined later by two frigates.').map((e) => e.cameo)).toEqual(['036']);
    expect(code('The mayor was joined by her deputies.').map((e) => e.cameo)).toEqual(['040']);
    expect(code('Chile joined the coalition.').map((e) => e.cameo)).toEqual(['050']);
  });
  it('reads considering something as weighing an option (014, no event), save a considered threat', () => {
    expect(code('Voters consider the senator honest.')).toEqual([]);
    expect(code('Japan is considering sanctions against Iran.').map((e) => e.type)).toEqual(['THREATEN']);
  });
  it('reads studying a plan as weighing it (014, a statement: no event), studying an incident as an inquiry', () => {
    expect(code('Russia studied the peace plan.')).toEqual([]);
    expect(code('Police studied the incident.').map((e) => e.cameo)).toEqual(['090']);
  });
  it('tells a labour or hunger strike and a cyber attack from an armed attack', () => {
    expect(code('Teachers went on strike in Lima.').map((e) => e.cameo)).toEqual(['143']);
    const tagged = codeSentence(
      ['prisoners', 'began', 'a', 'general', 'strike'],
      ['NNS', 'VBD', 'DT', 'JJ', 'NN'],
    );
    expect(tagged.map((e) => e.type)).toEqual(['PROTEST']);
    expect(code('The detainees are on a hunger strike.').map((e) => e.cameo)).toEqual(['142']);
    expect(code('The ministry was hit by a cyber attack.').map((e) => [e.type, e.mode])).toEqual([
      ['COERCE', 'cyber'],
    ]);
    expect(code('Rebels hit the convoy with rockets.').map((e) => e.type)).toEqual(['ASSAULT']);
  });
  it('codes a conviction or a sentence as SANCTION/convict, not an arrest', () => {
    expect(code('A court convicted the mayor of fraud.').map((e) => [e.cameo, e.type, e.mode])).toEqual([
      ['116', 'SANCTION', 'convict'],
    ]);
    expect(code('The judge found the minister guilty.').map((e) => e.type)).toEqual(['SANCTION']);
    expect(code('The general was convicted of crimes against humanity.').map((e) => e.cameo)).toEqual([
      '116',
    ]);
    expect(code('Police arrested the mayor.').map((e) => e.type)).toEqual(['COERCE']);
  });
  it('reads facing and thinking as no meeting, but keeps what is faced', () => {
    expect(code('The senator thinks the minister will resign.').map((e) => e.type)).not.toContain('CONSULT');
    expect(code('The mayor faces a difficult election.').map((e) => e.type)).toEqual([]);
    expect(code('The minister faced criticism from the unions.').map((e) => [e.type, e.reversed])).toEqual([
      ['ACCUSE', true],
    ]);
  });
  it('reads pulling out as a withdrawal, not a visit', () => {
    expect(code('The army pulled out of the town.').map((e) => e.type)).toEqual(['RETREAT']);
    expect(code('Iran pulled out of the treaty.').map((e) => e.type)).toEqual(['SANCTION']);
  });
  it('codes a refusal as REJECT and "will not" as a refusal', () => {
    expect(code('Syria refused to withdraw its troops.').map((e) => e.type)).toEqual(['REJECT']);
    expect(code('Syria will not accept more refugees.').map((e) => [e.type, e.negated])).toEqual([
      ['REJECT', false],
    ]);
  });
  it('does not code statements, and codes the content of what was said', () => {
    expect(code('The minister said the weather was mild.')).toEqual([]);
    expect(code('The rebels said they will release the hostages.').map((e) => [e.type, e.modality])).toEqual([
      ['AGREE', 'intended'],
    ]);
  });
  it('prefers, among equally long patterns, the one whose words lie nearer the verb', () => {
    // "issue … ultimatum" (139) rather than "issue … attack" (111) from the later clause
    expect(code('Peru issued an ultimatum to Ecuador to halt attacks.').map((e) => e.cameo)[0]).toBe('139');
  });
  it('reads a participle after a determiner as an adjective', () => {
    const words = ['the', 'alleged', 'abuses', 'by', 'police'];
    // the participle is no trigger; the noun it modifies states an event of its own
    const events = codeSentence(words, ['DT', 'VBN', 'NNS', 'IN', 'NNS']);
    expect(events.map((e) => [e.start, e.nominal])).toEqual([[2, true]]);
  });
  it('codes concessions, admissions and restrictions from the CAMEO codebook', () => {
    const first = (s: string) => code(s).map((e) => [e.type, e.cameo])[0];
    expect(first('The union called off its strike.')).toEqual(['CONCEDE', '082']);
    expect(first('The court cancelled the restrictions on broadcasts.')).toEqual(['CONCEDE', '081']);
    expect(first('The government received observers from the OSCE.')).toEqual(['RETREAT', '0862']);
    expect(first('The governor resigned.')).toEqual(['RETREAT', '0831']);
    expect(first('Police prevented the demonstration.')).toEqual(['COERCE', '1721']);
    expect(first('The army strengthened its forces in the north.')).toEqual(['MOBILIZE', '154']);
    expect(first('Youths threw stones at the police.')).toEqual(['PROTEST', '145']);
    expect(first('Kenya reopened the border crossing.')).toEqual(['RETREAT', '086']);
    expect(first('The navy conducted drills.')).toEqual(['MOBILIZE', '150']);
    expect(first('The rebels issued a statement on the attack.')).toBeUndefined();
  });
  it('lets an outer frame govern an inner plan, and reads a vow of violence as a threat', () => {
    expect(code('The rebels must be willing to negotiate.').map((e) => [e.type, e.modality])).toEqual([
      ['REQUEST', 'demanded'],
    ]);
    expect(code('The militia swore to fight until the end.').map((e) => e.type)).toEqual(['THREATEN']);
    expect(code('The parties agreed to postpone the march.').map((e) => e.type)).not.toContain('THREATEN');
  });
  it('reads a noun after a name as a verb only when the name opens its noun phrase', () => {
    const subject = ['Cairo', 'urged', 'that', 'Israel', 'ease', 'restrictions'];
    const tags = ['NNP', 'VBD', 'IN', 'NNP', 'NN', 'NNS'];
    expect(codeSentence(subject, tags).map((e) => e.head)).toContain(4);
    const modifier = ['two', 'American', 'aid', 'groups', 'arrived'];
    expect(codeSentence(modifier, ['CD', 'NNP', 'NN', 'NNS', 'VBD']).map((e) => e.head)).not.toContain(2);
  });
  it('reads a progressive tagged as an adjective as a verb', () => {
    const words = ['Workers', 'are', 'demanding', 'higher', 'pay'];
    expect(codeSentence(words, ['NNS', 'VBP', 'JJ', 'JJR', 'NN']).map((e) => e.type)).toEqual(['REQUEST']);
  });
  it('reads a participle between a verb and a noun as an adjective', () => {
    const words = ['Chad', 'extradited', 'suspected', 'militants'];
    expect(codeSentence(words, ['NNP', 'VBD', 'VBN', 'NNS']).map((e) => e.cameo)).toEqual(['063']);
    // after an auxiliary it is the verb: "has imposed sanctions"
    const imposed = ['Chad', 'has', 'imposed', 'sanctions'];
    expect(codeSentence(imposed, ['NNP', 'VBZ', 'VBN', 'NNS']).map((e) => e.type)).toEqual(['SANCTION']);
  });
  it('reads a conditional sanction as a threat', () => {
    expect(code('The union may halt mediation if the talks fail.').map((e) => e.type)[0]).toBe('THREATEN');
  });
  it('reads a participle opening the sentence before a noun as an adjective', () => {
    const words = ['Newly', 'appointed', 'minister', 'Ali', 'refused', 'the', 'plan'];
    expect(codeSentence(words, ['RB', 'VBN', 'NN', 'NNP', 'VBD', 'DT', 'NN']).map((e) => e.type)).toEqual([
      'REJECT',
    ]);
  });
  it('does not let a pattern reach into a that-clause', () => {
    // "demanded … security" would be an appeal for security (0212): the security forces belong to the clause
    const s = 'Poland demanded an admission by Moscow that security forces killed officers.';
    expect(code(s).map((e) => e.type)).toContain('REQUEST');
  });
  it('codes no event for presenting a show, taking over as speaker, moderating, or "going to" + verb', () => {
    const tagged = (words: string, tags: string) =>
      codeSentence(words.split(' '), tags.split(' ')).map((e) => e.cameo);
    expect(tagged('she hosts a weekly talk show', 'PRP VBZ DT JJ NN NN')).toEqual([]);
    expect(tagged('Lima will host a summit', 'NNP MD VB DT NN')).not.toEqual([]);
    expect(tagged('he is taking over as chairman', 'PRP VBZ VBG RP IN NN')).toEqual([]);
    expect(tagged('rebels took over the town', 'NNS VBD RP DT NN')).toEqual(['171']);
    expect(tagged('she moderated a panel', 'PRP VBD DT NN')).toEqual([]);
    expect(tagged('I was going to stay', 'PRP VBD VBG TO VB')).toEqual([]);
    expect(tagged('he was going to Lima', 'PRP VBD VBG TO NNP')).toEqual(['040']);
  });
  it('matches a multi-word synonym as the whole phrase, not by its head word alone', () => {
    // &PKO's "peacekeeping force": "forces" alone is the military (062), not peacekeepers (0334)
    expect(code('Russia sent forces to Syria.').map((e) => e.cameo)).toEqual(['062']);
    const pko = codeSentence(
      ['Ghana', 'sent', 'a', 'peacekeeping', 'force'],
      ['NNP', 'VBD', 'DT', 'NN', 'NN'],
    );
    expect(pko.map((e) => e.cameo)).toEqual(['0334']);
  });
  it('reads "called X Y" and "what it called" as naming, not a phone call', () => {
    const tagged = (pairs: string) => {
      const [words, tags] = [0, 1].map((i) => pairs.split(' ').map((p) => p.split('/')[i]));
      return codeSentence(words, tags).map((e) => e.cameo);
    };
    expect(tagged('Xi/NNP called/VBD their/PRP$ ties/NNS the/DT best/JJS ever/RB')).toEqual([]);
    expect(tagged('Iran/NNP called/VBD the/DT United/NNP States/NNPS a/DT threat/NN')).toEqual([]);
    expect(tagged('Seoul/NNP condemned/VBD what/WP it/PRP called/VBD provocations/NNS')).toEqual(['111']);
    expect(tagged("he/PRP called/VBD the/DT absence/NN of/IN a/DT timeline/NN “/`` absurd/JJ ”/''")).toEqual(
      [],
    );
    expect(
      tagged("principles/NNS they/PRP called/VBD the/DT “/`` Spirit/NNP of/IN Camp/NNP David/NNP ”/''"),
    ).toEqual([]);
    expect(tagged('Putin/NNP called/VBD Xi/NNP ./.')).toEqual(['041']);
    expect(tagged('Putin/NNP called/VBD Xi/NNP last/JJ week/NN')).toEqual(['041']);
    expect(tagged('Putin/NNP called/VBD his/PRP$ counterpart/NN Xi/NNP Jinping/NNP')).toEqual(['041']);
  });
  it('reads a quotation after the object, a possessive second phrase and a participle as naming too', () => {
    const tagged = (pairs: string) => {
      const [words, tags] = [0, 1].map((i) => pairs.split(' ').map((p) => p.split('/')[i]));
      return codeSentence(words, tags).map((e) => e.cameo);
    };
    expect(tagged("she/PRP called/VBD both/DT Kell/NNP and/CC Lint/NNP “/`` crazy/JJ ”/''")).toEqual([]);
    expect(
      tagged('he/PRP called/VBD the/DT proposed/VBN credit/NN of/IN the/DT senator/NN “/`` a/DT handout/NN'),
    ).toEqual([]);
    expect(tagged('she/PRP calls/VBZ Ohio/NNP her/PRP$ home/NN state/NN')).toEqual([]);
    expect(tagged('a/DT dinner/NN called/VBN Pies/NNP and/CC Politics/NNP')).toEqual([]);
    expect(tagged('the/DT so/RB called/VBN reformers/NNS')).toEqual([]);
    // a particle or a finite verb before the quotation: the quotation is no name of the object
    expect(tagged("Putin/NNP called/VBD on/IN Xi/NNP to/TO “/`` act/VB ”/''")).not.toEqual([]);
    expect(tagged("Putin/NNP called/VBD Xi/NNP and/CC said/VBD “/`` thanks/NNS ”/''")).toEqual(['041']);
  });
  it('reads the bare verb "claim" as a statement, its patterns as before', () => {
    expect(code('China claims Taiwan as its territory.')).toEqual([]);
    expect(code('Iraq claimed damages from Kuwait.').map((e) => e.cameo)).toEqual(['1031']);
  });
  it('reads "demonstrate" with a direct object as showing, not protesting', () => {
    const drills = codeSentence(
      ['the', 'drills', 'demonstrated', 'its', 'resolve'],
      ['DT', 'NNS', 'VBD', 'PRP$', 'NN'],
    );
    expect(drills).toEqual([]);
    const protest = codeSentence(
      ['students', 'demonstrated', 'outside', 'the', 'embassy'],
      ['NNS', 'VBD', 'IN', 'DT', 'NN'],
    );
    expect(protest.map((e) => e.type)).toEqual(['PROTEST']);
  });
  it('reads going home as no visit', () => {
    expect(code('The delegates went home.')).toEqual([]);
    expect(code('The delegates went to Beijing.').map((e) => e.cameo)).toEqual(['040']);
  });
  it('codes an appeal by its pattern as REQUEST, not the bare verbs of the appeal block', () => {
    expect(code('The senator called for the resignation of the minister.').map((e) => e.type)).toEqual([
      'REQUEST',
    ]);
    expect(code('The party called on the government to resign.').map((e) => e.type)).toContain('REQUEST');
    expect(code('The senator asked about the budget.')).toEqual([]);
    expect(code('The mayor hopes the governor will help.').map((e) => e.type)).not.toContain('REQUEST');
  });
  it('reads a lone preposition of a pattern as the particle right after the verb', () => {
    // "(FOR)": "called for" is an appeal; "for" further on belongs to another phrase
    expect(code('The leader calls the plan for a wall useless.').map((e) => e.cameo)).not.toContain('020');
    expect(code('The senator called Wednesday for a new vote.').map((e) => e.cameo)).toContain('020');
  });
  it('reads calling someone out as criticism', () => {
    expect(code('The senator called out his rival.').map((e) => e.cameo)).toEqual(['111']);
  });
  it('reads a word tagged as a past verb as no noun of a pattern ("won" the verb is no currency)', () => {
    const words = ['the', 'governor', 'sought', 'votes', 'won', 'by', 'his', 'rival'];
    const tags = ['DT', 'NN', 'VBD', 'NNS', 'VBN', 'IN', 'PRP$', 'NN'];
    expect(codeSentence(words, tags).map((e) => e.cameo)).not.toContain('0231');
    const money = ['the', 'governor', 'sought', 'billions', 'of', 'won'];
    expect(codeSentence(money, ['DT', 'NN', 'VBD', 'NNS', 'IN', 'NN']).map((e) => e.cameo)).toContain('0231');
  });
});
