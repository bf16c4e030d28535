import { describe, expect, it } from 'vitest';
import { checkReplyText, checkMoveOutput, type CheckCode } from '../../../electron/core/chat/checks/index.js';

/**
 * Kinds of bad reply the lists missed and their good near-misses (round 4 of the reply checks):
 * each kind in several wordings, never one sentence, with the everyday uses of the same words.
 */
const lists = (text: string): CheckCode[] => checkReplyText(text, { vote: false });

function refuses(cases: readonly (readonly [string, CheckCode])[]): void {
  for (const [text, code] of cases) expect(lists(text), text).toContain(code);
}
function passes(texts: readonly string[]): void {
  for (const text of texts) expect(checkReplyText(text), text).toEqual([]);
}

describe('a reply cut off mid-sentence is no prose', () => {
  it('refuses a sentence that stops on the infinitive mark, a subjunction or a conjunction', () => {
    refuses([
      ['Jeg hører at du har hatt mange tunge uker, og at det har vært vanskelig å', 'nonsense'],
      ['Du vil gjerne ha en jobb, men du er redd for at', 'nonsense'],
      ['Det du forteller, viser at du bryr deg om familien din og', 'nonsense'],
      ['Hva tenker du om det? Du nevnte at du var redd for at', 'nonsense'],
      ['Kanskje. Når fordi hvis.', 'nonsense'],
      ['Du kjente deg sliten etter møtet, fordi', 'nonsense'],
      ['Så fint å høre at du', 'nonsense'],
      ['Du blir lei deg når de ikke svarer, og du lurer på om de', 'nonsense'],
    ]);
  });

  it('lets sentences end on a preposition, an article for a noun, a comparison, a quoted word or an ordinal', () => {
    passes([
      'Hva er du mest redd for?',
      'Hvem har du lyst til å snakke med?',
      'Du har ikke en plan ennå, men du vil gjerne lage en.',
      'Det er mye å tenke på.',
      'Du sa at det ordet du bruker mest om deg selv, er «men».',
      'Hva drømmer du om?',
      'Kanskje betyr jobben mer for deg enn det ser ut som.',
      'Hver 14. dag sender du meldekortet, og det har du fått god rutine på.',
    ]);
  });
});

describe('English mixed into a Norwegian reply', () => {
  it('refuses a reply that switches into English words outside quotes', () => {
    refuses([
      ['Det høres ut som du feeler deg helt exhausted, really.', 'not_norwegian'],
      ['Du har hatt en tøff uke, men honestly, du er doing great.', 'not_norwegian'],
      ['Så du er frustrated og confused over at ingen lytter.', 'not_norwegian'],
    ]);
  });

  it("lets the person's own English words in quotes, one loanword and names through", () => {
    passes([
      'Du føler deg «stuck», og det er slitsomt.',
      'Du sa at det var "awkward" og litt "cringe" på jobben.',
      'Du liker å game om kvelden, og det er der du slapper av.',
      'Du har lyst til å jobbe med marketing, og du lurer på hvordan du kommer i gang.',
    ]);
  });
});

describe('advice in the speaker’s opinion, with the verb first', () => {
  it('refuses "synes jeg at du skal" after a fronted word, and "…, så det bør du"', () => {
    refuses([
      ['Derfor mener jeg at du bør takke ja til kurset.', 'advice_without_permission'],
      ['Da synes jeg du skal ringe sjefen i morgen.', 'advice_without_permission'],
      ['Nå tror jeg egentlig du må søke om hjelp.', 'advice_without_permission'],
      ['Du har sovet dårlig lenge, og det bør du gjøre noe med.', 'advice_without_permission'],
      ['Dette er viktig, så da burde du prioritere det.', 'advice_without_permission'],
    ]);
  });

  it('lets a forecast of what the person will manage, and questions of their own view, through', () => {
    passes([
      'Hva tror du at du trenger for å klare det?',
      'Du har fått til mye, og det kan du være stolt av.',
      'Du tenker at hvis du vil ha lappen, så må du spare.',
      'Moren din mener at du burde ta deg en jobb, og det kjenner du deg ikke igjen i.',
    ]);
    expect(lists('Da tror jeg du skal klare det også.')).not.toContain('advice_without_permission');
  });
});

describe('blame by comparison with others, doubted will, the maker of the mess, the habit', () => {
  it('refuses the person measured against others who manage', () => {
    refuses([
      ['Broren din klarte fagbrevet, så da kan du også.', 'confrontation'],
      ['Vennene dine har jobb alle sammen, så det burde vel du også få til.', 'confrontation'],
      ['Mange unge har det tøft, men de møter opp likevel, så det må du også.', 'confrontation'],
      ['De fleste i klassen leverte oppgaven. Hvorfor kan ikke du?', 'confrontation'],
      ['Hvorfor kan du ikke bare være mer som kusinen din?', 'confrontation'],
    ]);
  });

  it('lets others’ struggle, the person’s own comparison and rights questions through', () => {
    passes([
      'Andre på din alder synes også det er vanskelig å finne jobb.',
      'Vennene dine har fått jobb, og du lurer på når det blir din tur.',
      'Du ser at søsteren din fikk det til, og du tenker at du kanskje kan klare det også.',
      'Hvorfor skulle du ikke ha lov til å ta en pause?',
    ]);
  });

  it('refuses a counterfactual that doubts the person’s will', () => {
    refuses([
      ['Om du egentlig ønsket å bli ferdig, hadde du levert oppgavene.', 'confrontation'],
      ['Hvis du faktisk brydde deg om plassen, ville du ha møtt opp.', 'confrontation'],
      ['Dersom du ville ha lappen, måtte du ha øvd mer.', 'confrontation'],
    ]);
    passes([
      'Hvis du virkelig vil, kan vi se på det sammen neste gang.',
      'Om du kunne velge fritt, hva ville du gjort?',
    ]);
  });

  it('refuses the person named as the maker of the mess, not of something good', () => {
    refuses([
      ['Dette kaoset har du jo laget selv.', 'confrontation'],
      ['Det er du som har skapt problemene med sjefen.', 'confrontation'],
      ['Du har selv satt deg i denne knipa.', 'confrontation'],
    ]);
    passes([
      'Det er du som har skapt de nye rutinene, og de ser ut til å hjelpe.',
      'Du føler at du har laget mye trøbbel for familien din.',
    ]);
  });

  it("refuses someone's annoyance put down to the person's habit, said after the act", () => {
    refuses([
      ['Ikke rart at læreren ble irritert, når du glemte bøkene hver gang.', 'confrontation'],
      ['Kjæresten din ble sur fordi du svarte for sent gang på gang.', 'confrontation'],
    ]);
    passes(['Det er ikke rart at du ble lei, når sjefen endret vaktene hele tiden.']);
  });
});

describe('sarcasm and advice asked or named in still other words', () => {
  it('refuses praise said in irony after a lapse told as one more time, and set phrases of sarcasm', () => {
    refuses([
      ['Du droppet avtalen igjen. Glimrende.', 'confrontation'],
      ['Så du kom ikke på jobb i dag heller, som vanlig. Godt jobbet.', 'confrontation'],
      ['Du har ikke søkt på noe denne uka. Det var da noe nytt.', 'confrontation'],
      ['Ja, sikkert, du skal begynne på mandag.', 'confrontation'],
    ]);
  });

  it('lets meant praise, sympathy and surprise through', () => {
    passes([
      'Du møtte opp igjen i dag. Imponerende.',
      'Du klarte å stå opp tidlig igjen. Bra jobba!',
      'Stakkars deg, det høres vondt ut.',
      'Det må ha vært en overraskelse å få ja så fort.',
      'Du sov dårlig igjen i natt, og nå er du sliten.',
    ]);
  });

  it('refuses an idea put as a question, the best named with an adverb, and an act named the right one', () => {
    refuses([
      ['Kunne det være en tanke å snakke med rådgiveren?', 'advice_without_permission'],
      ['Ville det vært en god idé å skrive en liste?', 'advice_without_permission'],
      ['Det lureste er nok å vente med å si opp.', 'advice_without_permission'],
      ['Å ta kontakt med fastlegen er helt klart det beste.', 'advice_without_permission'],
    ]);
  });

  it('lets an open question about ideas, an act named hard and past wisdom through', () => {
    passes([
      'Hva kunne vært en god idé for deg nå?',
      'Å be om hjelp er ikke alltid lett.',
      'Det var smart av deg å ringe dem.',
      'Det var lurt å ta med seg en venn på møtet, sier du.',
    ]);
  });

  it('knows a deadline with a date or said of what it is for as a claim', () => {
    refuses([
      ['Søknadsfristen for høsten er 23. april.', 'unsupported_claim'],
      ['Fristen for å melde seg på er 12 dager.', 'unsupported_claim'],
    ]);
  });
});

describe('orders joined on, types and diagnoses, common knowledge, speaker labels, short neighbours', () => {
  it('refuses an order joined on after a comma, not a past with its subject left out', () => {
    refuses([
      ['Det går over, så bare hold ut litt til.', 'advice_without_permission'],
      ['Du har ventet lenge nok, og nå meld deg på kurset.', 'advice_without_permission'],
    ]);
    passes([
      'Du var sliten, og sov hele dagen.',
      'Du gikk ut, og kom hjem sent.',
      'Du var lei, så kom du hjem tidlig.',
      'Du har mye på hjertet, så fortell gjerne mer.',
    ]);
  });

  it('refuses a person put among a type, and a diagnosis vouched for', () => {
    refuses([
      ['Narkomane som deg trenger streng oppfølging.', 'labelling'],
      ['Du har ADHD, det ser jeg med en gang.', 'labelling'],
      ['Du er deprimert, det er helt opplagt.', 'labelling'],
    ]);
    passes(['Mange unge som deg synes det er vanskelig å be om hjelp.', 'Du er sliten, det hører jeg.']);
  });

  it('knows common knowledge claimed as a claim', () => {
    refuses([
      ['Alle vet jo at søvn er viktigere enn trening.', 'unsupported_claim'],
      ['Det er et faktum at arbeidsgivere sjekker Facebook.', 'unsupported_claim'],
    ]);
    passes(['Du vet at du har gjort ditt beste.']);
  });

  it("refuses a speaker's label opening the reply, not a colon inside it", () => {
    refuses([
      ['Assistent: Det høres tøft ut.', 'template_token'],
      ['Veileder: Hva tenker du om det?', 'template_token'],
    ]);
    passes(['Det du sa i sted, var viktig: du vil klare deg selv.']);
  });

  it("knows a short reply in the neighbour's words, not a short Norwegian one", () => {
    refuses([
      ['Hvad vil du gerne?', 'not_norwegian'],
      ['Hur känns det?', 'not_norwegian'],
    ]);
    passes(['Det kan hende.', 'Det lyder som en god plan.', 'Kun hvis du vil.']);
  });
});

describe('moralising', () => {
  it('refuses a rule of conduct for anyone and conduct named a vice', () => {
    refuses([
      ['Man skal ikke si sånt til faren sin.', 'confrontation'],
      ['En bør alltid takke for hjelpen man får.', 'confrontation'],
      ['Slik snakker man ikke til folk som vil hjelpe.', 'confrontation'],
      ['Det er ganske uansvarlig å bruke opp hele lønna på en helg.', 'confrontation'],
      ['Det er utakknemlig å klage på tiltaket.', 'confrontation'],
    ]);
  });

  it('lets normalising, reassurance and empathy with the same words through', () => {
    passes([
      'Det er ikke egoistisk å tenke på seg selv av og til.',
      'Man må ikke ha alt på plass for å begynne.',
      'Man skal ikke undervurdere hvor slitsomt det er å vente på svar.',
      'Det er ikke rart å bli sliten av alt dette.',
    ]);
  });
});

describe('facts from the help lines and the knowledge base, cited in the text', () => {
  it('lets the numbers of the help lines the app shows through', () => {
    passes([
      'Kirkens SOS kan du ringe hele døgnet på 22 40 00 40.',
      'Alarmtelefonen for barn og unge har nummeret 116 111.',
      'Hvis du vil snakke med noen i natt, er Mental Helse sin hjelpetelefon 116 123 åpen.',
    ]);
    expect(lists('Ring Hjelpetelefonen på 116 123, du bør snakke med noen.')).toContain('advice_without_permission');
  });

  it('lets a cited fact found in the knowledge base through', () => {
    passes([
      'Du kan klage på vedtaket, og fristen er som regel seks uker (Kilde: nav.no).',
      'Ifølge kunnskapsbasen sender du meldekort hver 14. dag når du får tiltakspenger.',
    ]);
  });

  it('refuses a cited figure, paragraph or topic the knowledge base does not hold, and uncited law', () => {
    refuses([
      ['Ifølge nav.no får du 75 % av lønna i tre år når du mister jobben.', 'unsupported_claim'],
      ['Etter arbeidsmiljøloven § 12-99 kan du ikke miste plassen (Kilde: lovdata.no).', 'unsupported_claim'],
      ['Klagefristen er ti dager. Kilde: nav.no.', 'unsupported_claim'],
      ['Ungdom under 25 har rett på gratis båtførerbevis, ifølge nav.no.', 'unsupported_claim'],
      ['Klagefristen er seks uker, ifølge loven.', 'unsupported_claim'],
    ]);
  });

  it('keeps a passage cited in the turn the only grounding of a generated move', () => {
    const text = 'Ifølge nav.no er klagefristen seks uker for dagpenger.';
    expect(checkReplyText(text)).toEqual([]);
    const result = checkMoveOutput(
      { move: 'complex_reflection', text, sources: [] },
      { move: { kind: 'complex_reflection', variant: 'meaning' }, adviceAllowed: false, passageIds: [] },
    );
    expect(result.failures.map((f) => f.code)).toContain('unsupported_claim');
  });
});

describe('measuring the person against peers who have managed', () => {
  it('refuses a comparison with peers of the same age who are further along', () => {
    refuses([
      ['De fleste på din alder har allerede fullført videregående.', 'confrontation'],
      ['Klassekameratene dine er for lengst i jobb.', 'confrontation'],
      ['Jevnaldrende har ofte tatt lappen og flyttet hjemmefra, mens du fortsatt bor hjemme.', 'confrontation'],
      ['Søsknene dine har klart seg fint, så hvorfor skulle ikke du?', 'confrontation'],
    ]);
  });

  it('lets peers who feel the same normalise, and the person’s own comparison be reflected', () => {
    passes([
      'Mange på din alder synes det er vanskelig å vite hva de vil.',
      'Du ser at vennene dine har fått jobb, og det gjør deg stresset.',
      'Du legger merke til at andre har kommet lenger, og det tynger deg.',
      'Det høres ut som du sammenligner deg mye med vennene dine for tiden.',
    ]);
  });
});

describe('round 5: how a small model fails, and good replies that look risky', () => {
  it('refuses a sentence said again with small changes, and a phrase looping across sentences', () => {
    refuses([
      ['Du er lei. Du er så lei. Du er veldig lei.', 'repetition'],
      [
        'Det er helt forståelig at du er lei. Det er helt forståelig at du vil bort. Det er helt forståelig at du gir opp.',
        'repetition',
      ],
      ['Hva vil du? Hva vil du egentlig? Hva vil du nå?', 'repetition'],
      ['Det går bra. Det går nok bra. Det går bra med deg.', 'repetition'],
      ['Du vil videre, og du vil videre nå, og du vil videre med livet.', 'repetition'],
    ]);
  });

  it('lets a summary list the person’s own sentences with the same frame', () => {
    passes([
      'Du forteller at du burde spise bedre, at du burde sove mer og at du burde ringe bestemor oftere.',
      'Du sier at du må betale husleia, at du må få orden på meldekortet og at du må finne en jobb.',
      'Du vil ha ro. Du vil ha trygghet. Og du vil ha noen å snakke med.',
      'Det er tøft. Det er virkelig tøft, og du står i det likevel.',
    ]);
  });

  it('refuses a main clause without a verb before its subordinate clause, and a subject with an infinitive', () => {
    refuses([
      ['Bok rød onsdag fordi døren synger vann.', 'nonsense'],
      ['Jakke kald morgen når katten leser veien.', 'nonsense'],
      ['Det er fint at du snakke meg om jobben.', 'nonsense'],
      ['Hun sa at hun forstå deg godt.', 'nonsense'],
      ['Du var sliten etter jobben hvis kanskje.', 'nonsense'],
    ]);
  });

  it('lets a fronted time with its main clause, and real subordinate clauses, through', () => {
    passes([
      'Mandag morgen når du står opp, er det ofte tyngst.',
      'Neste uke på jobben når du begynner, kan det bli mye nytt.',
      'Det står respekt av at du spurte om hjelp.',
      'Du jobber mens de andre sover, og det sliter på deg.',
      'Du kjenner deg sliten fordi du har jobbet mye.',
      'Du forteller at du lenge har ønsket deg en jobb med dyr.',
      'Vi kan snakke om det i dag, og det er helt greit hvis ikke.',
      'Du vil gjerne ha mer hjelp, hvis mulig.',
    ]);
  });

  it('refuses a reply cut off without a closing mark, or on an empty list item', () => {
    refuses([
      ['Du har lyst til å prøve, men på den andre siden er du', 'nonsense'],
      ['Noen ting du har nevnt: 1. Familien 2. Jobben 3. Hva du', 'nonsense'],
      ['Det du sa om skolen:\n- du savner vennene\n- du er lei av leksene\n-', 'nonsense'],
      ['Det viktigste for deg nå:\n1. Å få sove\n2.', 'nonsense'],
    ]);
  });

  it('lets a question without its question mark, and a reply ending on a content word, through', () => {
    passes([
      'Hva tenker du om det',
      'Du har lyst til å prøve noe nytt',
      'Det høres ut som du har det tøft nå',
      'Du er glad i moren din',
    ]);
  });

  it('refuses markup, JSON and bold labels left in the reply', () => {
    refuses([
      ['<b>Du har hatt en lang dag.</b>', 'template_token'],
      ['<div class="svar">Du er sliten.</div>', 'template_token'],
      ['{"tekst": "Du er sliten."}', 'template_token'],
      ['```\nDu er sliten.\n```', 'template_token'],
      ['**Oppsummering:** Du vil ha jobb, men du er redd.', 'template_token'],
      ['**Spørsmål**: Hva vil du helst?', 'template_token'],
    ]);
  });

  it('lets guillemets, a lone asterisk and a "<" in a comparison through', () => {
    passes([
      'Du sa at det var «helt krise» på jobben.',
      'Du har lyst til å *prøve*, selv om du er usikker.',
      'Du fikk mindre enn 3 < 4 timer søvn, sier du, og det merkes.',
    ]);
  });

  it('refuses a whole English sentence inside a Norwegian reply', () => {
    refuses([
      ['Du har jobbet hardt. That is something to be proud of.', 'not_norwegian'],
      ['I can see that you care. Hva betyr det for deg?', 'not_norwegian'],
      ['Hva tenker du nå? How do you feel about it?', 'not_norwegian'],
    ]);
  });

  it('refuses a reply in the participant’s own voice', () => {
    refuses([
      ['Jeg er så lei av alt, og jeg orker ikke mer skole.', 'wrong_speaker'],
      ['Nei, jeg vil ikke snakke om faren min nå.', 'wrong_speaker'],
      ['Ja, jeg har søkt. Men jeg har ikke fått svar ennå.', 'wrong_speaker'],
      ['Eg veit ikkje kva eg skal gjere med meg sjølv.', 'wrong_speaker'],
      ['Mamma maser hele tiden. Faren min skjønner ingenting.', 'wrong_speaker'],
    ]);
  });

  it('lets the counselor speak of themself to ask, offer and listen', () => {
    passes([
      'Er det greit at jeg forteller litt om AAP?',
      'Jeg har noen tanker om det. Vil du høre dem?',
      'Eg høyrer at det har vore tungt.',
      'Jeg hører deg, og jeg er her.',
      'Fortell meg mer om det.',
      'Her er tankene mine om det, så kan vi se om de passer.',
    ]);
  });

  it('lets the knowledge base be named as the one who says it, and a sentence going on from it', () => {
    passes([
      'I kunnskapsbasen står det at du sender meldekort hver 14. dag.',
      'Du sender meldekort hver 14. dag, står det i kunnskapsbasen.',
      'Klagefristen står i vedtaket, ifølge kunnskapsbasen. For dagpenger er den seks uker fra du fikk vedtaket.',
    ]);
  });

  it('refuses a figure the knowledge base is said to hold but does not', () => {
    refuses([
      ['Kunnskapsbasen sier at klagefristen er ti dager.', 'unsupported_claim'],
      ['Klagefristen er ti dager, står det i kunnskapsbasen.', 'unsupported_claim'],
      [
        'Ifølge kunnskapsbasen er klagefristen seks uker. Nav betaler alltid 5000 kroner i tillegg.',
        'unsupported_claim',
      ],
    ]);
  });

  it('reads a word before a subject pronoun as no imperative', () => {
    passes([
      'Før jeg sier mer: Vil du høre hvordan det fungerer?',
      'Før du bestemmer deg, kan vi se på hva som er viktig for deg?',
    ]);
    refuses([['Før dagboka hver kveld, så ser du fremgangen.', 'advice_without_permission']]);
  });

  it('refuses a lapse given as the reason, peers with the same start, excuses judged and time running out', () => {
    refuses([
      ['Du mistet plassen. Du glemte jo avtalene hele tiden, så det er ikke rart.', 'confrontation'],
      ['Vennene dine har klart seg med samme bakgrunn, så det handler om deg.', 'confrontation'],
      ['Det er bare en bortforklaring.', 'confrontation'],
      ['Det der tror jeg ikke noe på.', 'confrontation'],
      ['Du er ung, men du har ingen tid å miste.', 'warning'],
      ['Å jobbe svart er ulovlig, og det vet du.', 'unsupported_claim'],
    ]);
  });

  it('lets "no wonder" understand an inner state, an apology and a reported worry through', () => {
    passes([
      'Det er ikke rart at du har mistet motet etter så mange avslag.',
      'Det er ikke rart du drar i to retninger.',
      'Du trenger ikke be om unnskyldning.',
      'Du er redd for at det er ulovlig å jobbe mens du får AAP.',
      'Du har ikke dårlig tid i dag.',
    ]);
  });
});
