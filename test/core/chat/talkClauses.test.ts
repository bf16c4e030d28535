import { describe, expect, it } from 'vitest';
import { classifyTalk, type TalkClass } from '../../../electron/core/chat/talk/index.js';

/** Each kind with its hard negatives: everyday uses of the same words and shapes. */
function expectTalk(cases: [string, TalkClass][]): void {
  for (const [text, talk] of cases) expect({ text, talk: classifyTalk(text).talk }).toEqual({ text, talk });
}
function expectAnswers(cases: [string, string, TalkClass][]): void {
  for (const [asked, text, talk] of cases)
    expect({ asked, text, talk: classifyTalk(text, { asked }).talk }).toEqual({ asked, text, talk });
}

describe('talk classification at clause level', () => {
  it('lets the main clause carry past a concession, fronted or trailing', () => {
    expectTalk([
      ['selv om jeg er nervøs, vil jeg gjerne søke på lageret', 'change'],
      ['jeg skal fullføre vg2, selv om jeg ikke tror det blir lett', 'change'],
      ['samtidig som det er tungt, så ser jeg fram til å begynne på kurset', 'change'],
      ['jeg vil gjerne ta fagbrev, men jeg tør ikke ringe bedriftene', 'sustain'],
    ]);
  });

  it('reads a comma with a new first-person subject as a new clause', () => {
    expectTalk([
      ['broren min sluttet på videregående, jeg skal fullføre', 'change'],
      ['venninna mi har fått jobb på Kiwi, jeg har ikke søkt noe sted', 'sustain'],
      ['alle sier jeg burde søke, jeg vil bare være hjemme en stund', 'sustain'],
      ['tapte igjen i fortnite, jeg gir opp', 'neutral'],
    ]);
  });

  it('hears a barrier after a wish as sustain talk, but not a narrowing or a report', () => {
    expectTalk([
      ['jeg vil gjerne jobbe i butikk, men knærne mine tåler ikke å stå hele dagen', 'sustain'],
      ['har lyst på jobb, men det finnes ingen bedrifter der jeg bor', 'sustain'],
      ['jeg vil søke jobb, men ikke på lager', 'change'],
      ['har sendt to søknader, men har ikke hørt noe', 'change'],
    ]);
  });

  it('hears care for family as competing with the target only when the target is named', () => {
    expectTalk([
      ['jeg ville begynt på AFT, men må ta meg av lillesøsteren min etter skolen', 'sustain'],
      ['må hjelpe bestemor hver formiddag, så jobb går ikke nå', 'sustain'],
      ['kan ikke ta morgenvakter, har ansvaret for broren min', 'sustain'],
      ['må hente søsteren min på skolen kl 14', 'neutral'],
      ['må følge mamma til legen i morgen', 'neutral'],
      ['må passe på å sende søknaden før fredag', 'change'],
    ]);
  });

  it('hears getting a job or an offer as a step, and not getting one as a report', () => {
    expectTalk([
      ['fikk tilbud om sommerjobb på Rema', 'change'],
      ['fekk lærlingplass hos ein elektrikar', 'change'],
      ['var lei meg fordi jeg ikke fikk plassen', 'neutral'],
    ]);
  });

  it('hears liking the target as change, not how a day went, a friend’s opinion or a game', () => {
    expectTalk([
      ['jeg trives godt på arbeidstreningen', 'change'],
      ['det er slitsomt på praksis, men det er bra for meg', 'change'],
      ['kollegaene på lageret er greie', 'change'],
      ['kompisen min sier det er greit på lageret', 'neutral'],
      ['kampen gikk bra i går', 'neutral'],
      ['bussturen til intervjuet gikk fint', 'neutral'],
      ['sjefen på forrige jobb var grei', 'neutral'],
      ['jeg trives best hjemme', 'sustain'],
    ]);
  });

  it('hears quitting a hobby or a moan about weather, food or phone as neutral', () => {
    expectTalk([
      ['sluttet på håndballen i fjor, gadd ikke mer', 'neutral'],
      ['er så lei av regnet', 'neutral'],
      ['gir opp den telefonen snart', 'neutral'],
      ['sluttet på skolen i fjor', 'sustain'],
      ['jeg er så lei av skolen', 'sustain'],
    ]);
  });

  it('hears dialect negation, lost motivation, unpaid labour and "not my thing" as sustain talk', () => {
    expectTalk([
      ['æ hakke lyst te å gå på skolen', 'sustain'],
      ['har mista all motivasjon for jobbsøkinga', 'sustain'],
      ['tiltaket er bare gratis arbeidskraft', 'sustain'],
      ['jobbing is not my thing', 'sustain'],
      ['jeg er ikke noe jobbmenneske', 'sustain'],
      ['jeg er ikke et morgenmenneske', 'neutral'],
      ['mista mobilen i vasken', 'neutral'],
    ]);
  });

  it('hears being fed up with lacking, a purpose and a need to find something as change talk', () => {
    expectTalk([
      ['er drittlei av å ikke ha egen lønn', 'change'],
      ['sluttet på fotballen for å satse på skolen', 'change'],
      ['jeg må finne meg noe snart', 'change'],
      ['jeg trenger noe å gjøre om dagene', 'change'],
      ['må finne noe å spise', 'neutral'],
      ['er lei av å ikke vinne i fifa', 'neutral'],
      ['jeg klarer ikke å sitte inne lenger, må ut i arbeid', 'change'],
      ['kan ikke være hjemme i morgen, skal til tannlegen', 'neutral'],
    ]);
  });
});

describe('talk classification of word-order, folding and status-quo kinds', () => {
  it('hears inverted word order, not wanting to be seen idle, and wanting to stay home', () => {
    expectTalk([
      ['på mandag gleder jeg meg til å starte i praksis', 'change'],
      ['dit drar jeg ikke tilbake, den skolen var forferdelig', 'sustain'],
      ['vil ikke at nabo-ungene skal se meg sitte hjemme hver dag', 'change'],
      ['jeg vil helst være hjemme til jul', 'sustain'],
      ['jeg vil bare være hjemme i kveld', 'neutral'],
      ['blir liggende på sofaen hele helga', 'neutral'],
    ]);
  });

  it('hears a clash of appointments as logistics, and not able to come to work as sustain', () => {
    expectTalk([
      ['har frisørtime på onsdag, så kan ikke komme da', 'neutral'],
      ['rekker ikke møtet på praksis på fredag', 'neutral'],
      ['kan ikke komme i morgen, har time hos tannlegen', 'neutral'],
      ['jeg kan ikke komme på jobb lenger', 'sustain'],
    ]);
  });
});

describe('talk classification of an answer read against the question', () => {
  it('hears yes and no to a question about a step as change and sustain talk', () => {
    expectAnswers([
      ['Kunne du tenke deg å prøve en praksisplass?', 'ja, det kan jeg', 'change'],
      ['Har du lyst til å begynne på skolen igjen?', 'jo, egentlig', 'change'],
      ['Har du ringt arbeidsgiveren?', 'nei, ikke ennå', 'sustain'],
      ['Er du klar for å søke på sommerjobber?', 'nja, vet ikke', 'neutral'],
      ['Ville du likt å jobbe ute?', 'nei, helst ikke', 'sustain'],
      ['Do you want to apply for the course?', 'yeah', 'change'],
    ]);
  });

  it('leaves yes and no to logistics and everyday questions neutral', () => {
    expectAnswers([
      ['Passer det å møtes på fredag?', 'ja, det går fint', 'neutral'],
      ['Har du hatt en fin helg?', 'ja, ganske', 'neutral'],
      ['Har du sovet godt i natt?', 'nei, ikke egentlig', 'neutral'],
      ['Har du hørt noe fra Rema?', 'nei, ingenting', 'neutral'],
      ['Har du spørsmål om tiltakspenger?', 'nei takk', 'neutral'],
    ]);
  });

  it('hears a reason given to a question about reasons in the direction it asks', () => {
    expectAnswers([
      ['Hva ville vært bedre hvis du hadde jobb?', 'kunne kjøpt egen bil', 'change'],
      ['Hvorfor 7 og ikke 3?', 'fordi jeg er lei av å sitte og vente', 'change'],
      ['Hva er neste steg for deg?', 'sende cv til bemanningsbyrået', 'change'],
      ['Er det noe som er fint med slik det er nå?', 'kan sove så lenge jeg vil', 'sustain'],
      ['Hva gjør det vanskelig å søke?', 'at jeg ikke har noen erfaring', 'sustain'],
      ['Hvordan var helga?', 'var hos pappa', 'neutral'],
      ['Hva ville vært bedre hvis du hadde jobb?', 'vet ikke', 'neutral'],
    ]);
  });

  it('keeps an answer with its own cue, and a message with no question before it', () => {
    expectAnswers([
      ['Har du sendt søknaden?', 'ja, og jeg har ringt dem også', 'change'],
      ['Hvordan går det med deg?', 'ja, jeg har ikke lyst til å søke', 'sustain'],
      ['Fint at du kom i dag.', 'ja', 'neutral'],
    ]);
  });
});
