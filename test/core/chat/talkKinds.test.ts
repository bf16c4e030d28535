import { describe, expect, it } from 'vitest';
import { classifyTalk, type TalkClass } from '../../../electron/core/chat/talk/index.js';

/** Each kind of talk with its hard negatives: everyday uses of the same words. */
function expectTalk(cases: [string, TalkClass][]): void {
  for (const [text, talk] of cases) expect({ text, talk: classifyTalk(text).talk }).toEqual({ text, talk });
}

describe('talk classification by kind', () => {
  it('hears pessimism about what a step brings as sustain talk, but not about a headache pill', () => {
    expectTalk([
      ['tror ikke kurset hjelper meg noe', 'sustain'],
      ['det lønner seg ikke å ta den jobben', 'sustain'],
      ['blir sikkert ikke noe av den praksisplassen heller', 'sustain'],
      ['hodepinetablettene hjelper ikke', 'neutral'],
      ['jeg tror det hjelper å gå tur', 'neutral'],
    ]);
  });

  it('hears "not my thing", "not the type" and "too late" as sustain talk about oneself only', () => {
    expectTalk([
      ['lager er ikke min greie', 'sustain'],
      ['er ikke typen som sitter stille på skolen', 'sustain'],
      ['det er for seint for meg å ta fagbrev', 'sustain'],
      ['er ikke flink nok til å jobbe i butikk', 'sustain'],
      ['typen min er ikke hjemme', 'neutral'],
      ['kom for sent på bussen i dag', 'neutral'],
      ['han er ikke god nok i fotball', 'neutral'],
    ]);
  });

  it('hears no intention and putting a step off as sustain talk', () => {
    expectTalk([
      ['får heller søke til neste år', 'sustain'],
      ['har ingen planer om å søke noe nå', 'sustain'],
      ['nei, har ikke tenkt å møte opp der', 'sustain'],
      ['har ingen planer i helga', 'neutral'],
      ['heller vann i kjelen', 'neutral'],
    ]);
  });

  it('hears not giving up and a step easier than feared as change talk', () => {
    expectTalk([
      ['jeg gir meg ikke før jeg har fått lærlingplass', 'change'],
      ['å ringe arbeidsgiveren var ikke så skummelt som jeg trodde', 'change'],
      ['jeg gir meg for i dag, snakkes', 'neutral'],
      ['festen var ikke så ille som jeg trodde', 'neutral'],
    ]);
  });

  it('hears cutting down on a habit as change talk, and failing to as sustain', () => {
    expectTalk([
      ['har kutta ned på snusen', 'change'],
      ['skal slutte med energidrikk', 'change'],
      ['klarer ikke å slutte med snus', 'sustain'],
      ['kutter løk til middagen', 'neutral'],
    ]);
  });

  it("hears someone else's plan and a modal in a wh-clause as no commitment", () => {
    expectTalk([
      ['broren min skal søke på elektro', 'neutral'],
      ['vet ikke hva jeg skal svare', 'neutral'],
      ['jeg skal søke på elektro', 'change'],
      ['ringte dem i går om plassen', 'change'],
      ['de ringte meg i går', 'neutral'],
    ]);
  });

  it('hears a question with the verb first, and "har det bra" or "tror jeg skal" as statements', () => {
    expectTalk([
      ['finnes det sommerjobber for 16-åringer?', 'question'],
      ['går det an å ta fagbrev som voksen', 'question'],
      ['hvorfor må jeg sende meldekort?', 'question'],
      ['har det bra i dag', 'neutral'],
      ['tror jeg skal ringe dem i morgen', 'change'],
    ]);
  });

  it('hears "why should I … when …" and "what is the point" as sustain talk, and an echoed word as no question', () => {
    expectTalk([
      ['hvorfor skulle jeg søke når de aldri svarer?', 'sustain'],
      ['hva er vitsen med det kurset?', 'sustain'],
      ['Truck? ja, det kunne jeg tenke meg', 'change'],
      ['Jobb? vet ikke', 'neutral'],
    ]);
  });

  it('hears a feeling played down as neutral, sleep as rest as no routine, and past success as ability', () => {
    expectTalk([
      ['nei, er bare trøtt i dag', 'neutral'],
      ['kurset er bare tull', 'sustain'],
      ['vil sove lenge i morgen', 'neutral'],
      ['klarte å møte opp på praksis hver dag', 'change'],
      ['klarte ikke å sove i natt', 'neutral'],
      ['klarte endelig nivå 40', 'neutral'],
      ['eg tenkjer å melde meg på kurset', 'change'],
      ['tenker å kjøpe ny sykkel', 'neutral'],
    ]);
  });

  it('hears hopeless forecasts, "it can wait" and "no point at all" about the target as sustain talk', () => {
    expectTalk([
      ['eg har null tru på at eg får lærlingplass', 'sustain'],
      ['det går ikke an å få lærlingplass her', 'sustain'],
      ['jobben kan vente til etter sommeren', 'sustain'],
      ['det er for stressende med to jobber', 'sustain'],
      ['ingen vil ha en som meg på jobb', 'sustain'],
      ['føler ikke at jeg trenger å søke', 'sustain'],
      ['jeg har null tro på den filmen', 'neutral'],
      ['du kan vente i gangen', 'neutral'],
      ['går det an å ta fagbrev?', 'question'],
    ]);
  });

  it('weighs a comparison by the side passed over, and a negative rhetorical question for the status quo', () => {
    expectTalk([
      ['det er bedre å ha jobb enn å sitte hjemme', 'change'],
      ['det er bedre å game enn å gå på skolen', 'sustain'],
      ['Er det ikke bare enklere å bli hjemme?', 'sustain'],
      ['hva skal jeg med fagbrev når jeg kan jobbe svart', 'sustain'],
      ['jeg liker pizza bedre enn taco', 'neutral'],
      ['er det ikke bedre å søke nå?', 'question'],
      ['hva skal jeg ha på meg til intervjuet?', 'question'],
      ['kan NAV dekke busskortet?', 'question'],
    ]);
  });

  it('hears a place got, homework done, a goal set and wanting to get better as change talk', () => {
    expectTalk([
      ['har fått plass på lagerkurset', 'change'],
      ['gjorde leksene i går', 'change'],
      ['mitt mål er å fullføre vg2', 'change'],
      ['vil bli flinkere til å møte presis', 'change'],
      ['har det som skal til for å bli rørlegger', 'change'],
      ['eg har lyst te å bli frisør', 'change'],
      ['jeg ringer dem i morgen', 'change'],
      ['har fått nye sko', 'neutral'],
      ['vi gjorde det slutt', 'neutral'],
      ['jeg har ikke gjort leksene', 'neutral'],
      ['målet var stygt', 'neutral'],
      ['jeg ringer mamma i morgen', 'neutral'],
    ]);
  });

  it('hears school long ago, a weekday and "for sent" as no step', () => {
    expectTalk([
      ['jeg gikk på barneskolen her før', 'neutral'],
      ['det var vel på onsdag', 'neutral'],
      ['jeg er redd for hva sjefen sier når jeg kommer for sent igjen', 'neutral'],
      ['jeg var på intervju i går', 'change'],
      ['I sent my CV today', 'change'],
    ]);
  });
});
