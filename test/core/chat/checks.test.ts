import { describe, expect, it } from 'vitest';
import {
  checkMoveOutput,
  checkReplyText,
  detectLanguage,
  isNorwegian,
  regenerationHint,
  type CheckCode,
  type CheckContext,
} from '../../../electron/core/chat/checks/index.js';
import {
  REPLY_CLASSES,
  ReplyModel,
  replyFeatures,
  type ReplyModelData,
} from '../../../electron/core/chat/checks/replyModel.js';
import { draftReadsAsProse } from '../../../electron/core/chat/checks/prose.js';
import { REPORTING_VERBS } from '../../../electron/core/chat/checks/text.js';
import type { Move } from '../../../electron/core/chat/mi/index.js';
import replyModelData from '../../../resources/mi/reply-model.json' with { type: 'json' };
import { readReplyCorpus } from '../../../scripts/chat/reply-corpus.js';
import { u } from '../../../electron/core/chat/checks/text.js';

function codes(
  move: Pick<Move, 'kind' | 'variant'>,
  text: string,
  opts: Partial<Omit<CheckContext, 'move'>> & { sources?: string[]; outMove?: string } = {},
): CheckCode[] {
  const result = checkMoveOutput(
    { move: opts.outMove ?? move.kind, text, sources: opts.sources ?? [] },
    { move, adviceAllowed: opts.adviceAllowed ?? false, passageIds: opts.passageIds ?? [] },
  );
  expect(result.ok).toBe(result.failures.length === 0);
  return result.failures.map((f) => f.code);
}

const SIMPLE = { kind: 'simple_reflection', variant: 'plain' } as const;
const COMPLEX = { kind: 'complex_reflection', variant: 'meaning' } as const;
const OPEN = { kind: 'open_question', variant: 'evoke' } as const;
const INFO = { kind: 'provide_information', variant: 'grounded' } as const;

describe('the text realises the chosen move', () => {
  it('passes good Norwegian MI replies', () => {
    expect(codes(SIMPLE, 'Du vil gjerne ha en jobb der du kan være ute.')).toEqual([]);
    expect(codes(COMPLEX, 'Det høres ut som du er lei av å stå på stedet hvil, og at du egentlig vil videre.')).toEqual(
      [],
    );
    expect(codes(OPEN, 'Hva ville vært det beste med å få en deltidsjobb?')).toEqual([]);
    expect(codes(OPEN, 'Hvis du fikk det til, hvordan ville en vanlig uke sett ut?')).toEqual([]);
    expect(
      codes({ kind: 'open_question', variant: 'explore' }, 'Fortell litt mer om hvordan uka di har vært.'),
    ).toEqual([]);
    expect(
      codes({ kind: 'affirmation', variant: 'plain' }, 'Du har stått på hele uka, selv om det var tungt.'),
    ).toEqual([]);
  });

  it('a reflection is not a question: no question mark, no interrogative opening', () => {
    expect(codes(SIMPLE, 'Du vil gjerne ha en jobb?')).toContain('reflection_is_question');
    expect(codes(COMPLEX, 'Hva er det som gjør dette vanskelig for deg.')).toContain('reflection_is_question');
    expect(codes(COMPLEX, 'Er du redd for å bli avvist igjen.')).toContain('reflection_is_question');
    expect(
      codes(
        { kind: 'summary', variant: 'collecting' },
        'Du har fortalt om jobb og skole, og du vil gjerne komme i gang. Stemmer det?',
      ),
    ).toContain('reflection_is_question');
  });

  it('an open question is open: no yes/no openings', () => {
    for (const q of [
      'Er du klar for å søke?',
      'Har du tenkt på hva du vil?',
      'Vil du prøve arbeidstrening?',
      'Kan du fortelle mer?',
      'Tror du at det går?',
    ]) {
      expect(codes(OPEN, q), q).toContain('question_not_open');
    }
    expect(codes(OPEN, 'Du har tenkt mye på dette.')).toContain('question_missing');
    expect(codes(OPEN, 'Hva vil du? Hvordan kan du få det til?')).toContain('multiple_questions');
  });

  it('a ruler has a 0–10 scale, a permission request asks for permission, an offer names the plan', () => {
    expect(
      codes(
        { kind: 'readiness_ruler', variant: 'importance' },
        'På en skala fra 0 til 10, hvor viktig er det for deg å få jobb?',
      ),
    ).toEqual([]);
    expect(
      codes({ kind: 'readiness_ruler', variant: 'importance' }, 'Hvor viktig er det for deg å få jobb, egentlig?'),
    ).toContain('ruler_missing_scale');
    expect(codes({ kind: 'ask_permission', variant: 'plain' }, 'Er det greit at jeg forteller litt om AFT?')).toEqual(
      [],
    );
    expect(codes({ kind: 'ask_permission', variant: 'plain' }, 'Hva tenker du om AFT?')).toContain(
      'permission_missing',
    );
    expect(
      codes({ kind: 'plan_next_step', variant: 'offer_plan' }, 'Vil du at jeg skriver det ned et sted?'),
    ).toContain('plan_missing');
  });

  it('the move must be the chosen one', () => {
    expect(codes(SIMPLE, 'Du vil gjerne ha en jobb.', { outMove: 'complex_reflection' })).toContain('move_mismatch');
    expect(
      checkMoveOutput({ text: 'x' }, { move: SIMPLE, adviceAllowed: false, passageIds: [] }).failures[0]?.code,
    ).toBe('invalid_output');
  });
});

describe('length and language', () => {
  it('keeps replies within the bounds of the move', () => {
    expect(codes(SIMPLE, 'Ja.')).toContain('too_short');
    expect(
      codes(SIMPLE, `Du har mye å tenke på. ${'Det er mange ting som spiller inn for deg nå. '.repeat(8)}`),
    ).toContain('too_long');
  });

  it('wants Norwegian', () => {
    expect(codes(SIMPLE, 'You really want to get a job where you can be outside.')).toContain('not_norwegian');
    expect(codes(SIMPLE, 'Du vill verkligen ha ett jobb och det är inte konstigt.')).toContain('not_norwegian');
    expect(codes(SIMPLE, 'xq zzv brrk plo nnt wess')).toContain('not_norwegian');
    expect(detectLanguage('Eg høyrer at du ikkje veit kva du vil vere.')).toBe('nn');
    expect(detectLanguage('Hvad tænker du om det, og hvad vil du gerne efter skolen?')).toBe('da');
    expect(isNorwegian('Du vil gjerne ha en jobb.')).toBe(true);
    expect(isNorwegian('Du vil, [NAVN_1].')).toBe(true);
  });

  it('tells Danish from Norwegian by the words the two do not share', () => {
    expect(detectLanguage('Jeg kan godt mærke, at det har været en hård tid.')).toBe('da');
    expect(detectLanguage('Det lyder som om du har det rigtig hårdt lige nu.')).toBe('da');
    expect(isNorwegian('Det lyder som en god plan for uka.')).toBe(true);
    expect(isNorwegian('Jeg kan godt forstå at du er sliten av det.')).toBe(true);
  });

  it('takes a short Norwegian reply without function words as Norwegian, and short English as English', () => {
    for (const text of ['Sterkt gjort.', 'Kjempebra innsats i dag.', 'Angsten tar mye plass.', 'Hver dag teller.'])
      expect(checkReplyText(text), text).toEqual([]);
    for (const text of ['I understand.', 'Take care.', 'Great job today!', 'Sounds tough.'])
      expect(checkReplyText(text), text).toContain('not_norwegian');
  });
});

describe('no advice without permission', () => {
  it('flags advice markers in moves that give no advice', () => {
    for (const t of [
      'Du bør søke flere jobber.',
      'Du må komme deg opp om morgenen.',
      'Du burde ringe NAV.',
      'Prøv å legge deg tidligere.',
      'Jeg anbefaler at du tar kurset.',
      'Hva med å søke på Rema?',
    ]) {
      const move = t.endsWith('?') ? OPEN : SIMPLE;
      expect(codes(move, t), t).toContain('advice_without_permission');
    }
  });

  it("lets a reflection echo the participant's own need", () => {
    expect(codes(COMPLEX, 'Du kjenner at du må få orden på døgnrytmen, og det betyr mye for deg.')).toEqual([]);
    expect(codes(SIMPLE, 'Du skal sende to søknader i morgen.')).toEqual([]);
  });

  it('gives information only after a request or a yes', () => {
    const text = 'AFT står for arbeidsforberedende trening, og tiltaket skal hjelpe deg å prøve ut arbeid.';
    expect(codes(INFO, text, { sources: ['kb:aft#1'], passageIds: ['kb:aft#1'] })).toContain(
      'information_without_permission',
    );
    expect(codes(INFO, text, { sources: ['kb:aft#1'], passageIds: ['kb:aft#1'], adviceAllowed: true })).toEqual([]);
    expect(
      codes(INFO, `${text} Hva tenker du om det?`, {
        sources: ['kb:aft#1'],
        passageIds: ['kb:aft#1'],
        adviceAllowed: true,
      }),
    ).toContain('question_in_information');
  });
});

describe('every factual claim is backed by a cited passage', () => {
  const allowed = { adviceAllowed: true, passageIds: ['kb:aft#1', 'kb:aft#2'] };

  it('information cites at least one of the passages given, and only those', () => {
    const text = 'AFT står for arbeidsforberedende trening.';
    expect(codes(INFO, text, allowed)).toContain('missing_source');
    expect(codes(INFO, text, { ...allowed, sources: ['kb:lonn#9'] })).toContain('unknown_source');
    expect(codes(INFO, text, { ...allowed, sources: ['kb:aft#2'] })).toEqual([]);
  });

  it('moves that cite nothing may not claim facts or carry sources', () => {
    expect(codes(COMPLEX, 'Tiltakspenger er 285 kroner dagen, så det lønner seg for deg.')).toContain(
      'unsupported_claim',
    );
    expect(codes(COMPLEX, 'Du har rett til oppfølging, og det er viktig for deg.')).toContain('unsupported_claim');
    expect(codes(SIMPLE, 'Du vil gjerne ha en jobb.', { sources: ['kb:aft#1'], passageIds: ['kb:aft#1'] })).toContain(
      'unexpected_source',
    );
  });

  it('"I don\'t know" cites nothing and points to the counselor', () => {
    const noKnowledge = { kind: 'provide_information', variant: 'no_knowledge' } as const;
    expect(
      codes(noKnowledge, 'Det vet jeg ikke sikkert. Veilederen din kan svare på det.', { adviceAllowed: true }),
    ).toEqual([]);
    expect(codes(noKnowledge, 'Det vet jeg ikke sikkert, men det ordner seg nok.', { adviceAllowed: true })).toContain(
      'no_referral',
    );
  });
});

describe('never confront, label or warn', () => {
  it('flags labels, confrontation and warnings', () => {
    expect(codes(COMPLEX, 'Du er bare lat, og det vet du selv.')).toContain('labelling');
    expect(codes(COMPLEX, 'Det er ditt eget ansvar at du ikke har jobb.')).toContain('confrontation');
    expect(codes(COMPLEX, 'Ærlig talt, du tar ikke dette på alvor.')).toContain('confrontation');
    expect(codes(COMPLEX, 'Hvis du ikke møter opp, mister du pengene dine.')).toContain('warning');
    expect(codes(COMPLEX, 'Du risikerer å miste plassen på tiltaket.')).toContain('warning');
  });

  it('knows the same acts said in other words', () => {
    const cases: [string, CheckCode][] = [
      ['Det lureste du kan gjøre nå, er å ringe dem før helgen.', 'advice_without_permission'],
      ['Gå inn på nav.no og meld deg som arbeidssøker.', 'advice_without_permission'],
      ['Jeg synes du burde takke ja til praksisplassen.', 'advice_without_permission'],
      ['Det hadde vært smart av deg å begynne på kurset.', 'advice_without_permission'],
      ['Du kan bare takke deg selv for at det ble sånn.', 'confrontation'],
      ['Det er ikke rart du sliter, når du aldri står opp.', 'confrontation'],
      ['Slutt med bortforklaringene og gjør noe.', 'confrontation'],
      ['Du prøver jo ikke engang.', 'confrontation'],
      ['Om du ikke leverer meldekortet, blir utbetalingen stanset.', 'warning'],
      ['Skulker du mer, blir du kastet ut av tiltaket.', 'warning'],
      ['Uten aktivitet får du ingen penger fra kommunen.', 'warning'],
      ['Etter folketrygdloven har du krav på dette.', 'unsupported_claim'],
      ['Tiltakspengene er på omtrent 1,5 ganger grunnbeløpet.', 'unsupported_claim'],
      ['Tre av fire som går på tiltaket, får jobb etterpå.', 'unsupported_claim'],
      ['Arbeidsgiveren kan ikke si deg opp i prøvetiden uten grunn.', 'unsupported_claim'],
    ];
    for (const [text, code] of cases) expect(codes(COMPLEX, text), text).toContain(code);
  });

  it("lets a reflection carry the person's own words, comfort and autonomy", () => {
    for (const text of [
      'Du sier at sjefen ba deg ta deg sammen, og at det såret deg.',
      'Du er redd for å miste plassen hvis du sier ifra.',
      'Du opplevde at andre ga deg skylden for noe du ikke kunne gjøre noe med.',
      'Det er ikke din skyld at bedriften la ned.',
      'Du gjorde ingen feil da du sa ifra.',
      'Det er du som vet hva som passer for deg.',
      'Ta den tiden du trenger.',
      'Samtidig er det ting som gjør det krevende, og det tar du på alvor.',
      'Du har fått mange gode råd fra familien, og nå vil du finne din egen vei.',
    ])
      expect(codes(COMPLEX, text), text).toEqual([]);
  });

  it('knows advice, blame, labels, warnings and claims in still other words', () => {
    const cases: [string, CheckCode][] = [
      ['Hvis jeg var deg, ville jeg søkt på lageret i morgen.', 'advice_without_permission'],
      ['Løsningen er å melde seg på et kurs.', 'advice_without_permission'],
      ['Burde du ikke heller fullføre skolen?', 'advice_without_permission'],
      ['Du skal ringe arbeidsgiveren så fort som mulig.', 'advice_without_permission'],
      ['Det var ganske egoistisk av deg å bare bli hjemme.', 'confrontation'],
      ['Så vanskelig er det jo ikke å sende en søknad.', 'confrontation'],
      ['Du er en pessimist, og det hindrer deg.', 'labelling'],
      ['Dette kan koste deg lærlingplassen.', 'warning'],
      ['Nesten alle som fullfører kurset, får jobb.', 'unsupported_claim'],
      ['Rundt 12 000 i måneden er vanlig lønn for lærlinger.', 'unsupported_claim'],
    ];
    for (const [text, code] of cases) {
      expect(codes(COMPLEX, text), text).toContain(code);
      expect(checkReplyText(text), text).toContain(code);
    }
  });

  it("lets others' words, the past and harmless risky words through", () => {
    for (const text of [
      'Sjefen din sa at du må skjerpe deg, og det satt i lenge.',
      'Moren din mener du burde ta utdanning, og du er ikke sikker.',
      'Du mistet lærlingplassen i fjor, og nå vil du prøve igjen.',
      'Du fikk skylda for noe som ikke var ditt ansvar.',
      'Du har lært av feilene, og det merkes på hvordan du snakker om dem.',
      'Du tar helsa di på alvor nå.',
      'Du er redd for at stønaden skal stoppe hvis du begynner å jobbe.',
      'Du har fått mange råd, og ingen av dem har passet helt.',
    ])
      expect(codes(COMPLEX, text), text).toEqual([]);
    expect(codes(OPEN, 'Hva mener du selv at du bør prioritere?')).toEqual([]);
  });

  it('knows hedged advice, blame by cleft or consequence, rhetorical questions, types and diagnoses', () => {
    const cases: [string, CheckCode][] = [
      ['Kanskje du kunne snakket med rådgiveren om det?', 'advice_without_permission'],
      ['Du skulle heller ringt dem før fristen.', 'advice_without_permission'],
      ['Det var jo du som valgte å slutte på skolen.', 'confrontation'],
      ['Du takket nei, så nå må du ta konsekvensene.', 'confrontation'],
      ['Hvorfor sier du at du vil trene når du aldri går ut?', 'confrontation'],
      ['Du virker som en typisk sofasliter.', 'labelling'],
      ['Du er egentlig en ganske doven person.', 'labelling'],
      ['Du er kanskje litt deprimert.', 'labelling'],
      ['Det har jeg hørt mange ganger før, og jeg tror ikke noe på det.', 'confrontation'],
    ];
    for (const [text, code] of cases) expect(checkReplyText(text, { vote: false }), text).toContain(code);
  });

  it('knows warnings of loss without a condition, shares of people, answer times and benefit rules', () => {
    const cases: [string, CheckCode][] = [
      ['Én time for sent til, og så er tiltaksplassen borte.', 'warning'],
      ['Uten meldekort blir det ingen utbetaling denne gangen.', 'warning'],
      ['Hver fjerde elev slutter før skolen er fullført.', 'unsupported_claim'],
      ['De fleste som tar fagbrev, får fast jobb etterpå.', 'unsupported_claim'],
      ['Lånekassen behandler søknaden innen fire uker.', 'unsupported_claim'],
      ['Foreldrepengene varer i 49 uker.', 'unsupported_claim'],
      ['Støtten gis i opptil tre år.', 'unsupported_claim'],
    ];
    for (const [text, code] of cases) expect(checkReplyText(text, { vote: false }), text).toContain(code);
  });

  it('lets circumstances, empathy, wishes, rhythms and requests for leave to suggest through', () => {
    for (const text of [
      'Du må jobbe hver helg, og det tærer på kreftene.',
      'Du må møte på lageret klokka seks, og det er tungt når du sover lite.',
      'Du skulle hatt mer hjelp den gangen.',
      'Du kunne godt tenkt deg å jobbe ute.',
      'Du har møte med veilederen hver andre uke.',
      'Kan jeg komme med en idé, eller vil du finne ut av det selv først?',
      'Er det greit at jeg deler et forslag?',
      'Det er du som bestemmer hva som skjer videre.',
      'Hvordan har du det når du ikke får sove?',
      'Du kunne ha gitt opp, men du valgte å fortsette.',
      'Kanskje du skulle ønske at noen hadde spurt deg tidligere.',
      'Nå som kurset er ferdig, er stresset borte.',
      'Du virker som en ekte kjempe i dette.',
    ])
      expect(checkReplyText(text, { vote: false }), text).toEqual([]);
    // Asking leave while giving the advice is advice; a changed "må" with a rhythm is too.
    expect(checkReplyText('Er det greit at jeg gir deg et råd: søk bredt?', { vote: false })).toContain(
      'advice_without_permission',
    );
    expect(checkReplyText('Du må begynne å trene hver dag.', { vote: false })).toContain('advice_without_permission');
    expect(checkReplyText('Du må søke på flere jobber, og det er viktig.', { vote: false })).toContain(
      'advice_without_permission',
    );
  });

  it('reads every reporting verb of the one list in the lists, the checks by meaning and the vote', () => {
    for (const verb of REPORTING_VERBS) {
      // The person's own "burde" and "må", reflected after the verb, are not advice.
      expect(checkReplyText(`Du ${verb} at du burde ha sagt ifra tidligere.`, { vote: false }), verb).toEqual([]);
      expect(checkReplyText(`Faren din ${verb} du må flytte hjemmefra.`, { vote: false }), verb).toEqual([]);
      expect(replyFeatures(`Du ${verb} at det går bra.`), verb).toContain('k:REPORT');
    }
    // Without a reporting verb the same words advise.
    expect(checkReplyText('Du burde ha sagt ifra tidligere.', { vote: false })).toContain('advice_without_permission');
    expect(checkReplyText('Nå må du flytte hjemmefra.', { vote: false })).toContain('advice_without_permission');
  });

  it('reads nynorsk replies as their bokmål twins', () => {
    expect(codes(COMPLEX, 'Viss du ikkje kjem på kurset, mistar du stønaden.')).toContain('warning');
    expect(codes(COMPLEX, 'Eg synest du skal seie ja til plassen.')).toContain('advice_without_permission');
    expect(codes(COMPLEX, 'Du er redd for at pengane skal bli borte viss du byrjar å jobbe.')).toEqual([]);
    expect(codes(COMPLEX, 'Det er ikkje di skuld at kurset vart avlyst.')).toEqual([]);
  });

  it('reads the act of every clause: a bad act in a later sentence, after a colon or said warmly', () => {
    const cases: [string, CheckCode][] = [
      ['Takk for at du sier det. Derfor bør du ta kontakt med skolen.', 'advice_without_permission'],
      ['Det er lett å skjønne. Jeg sier det fordi jeg vil deg vel: nå får du ta ansvar.', 'confrontation'],
      ['Jeg skjønner. Da vil jeg si at du egentlig burde søke om permisjon.', 'advice_without_permission'],
      ['Du har slitt lenge. Et lite grep kan være at du skriver ned tre ting hver kveld.', 'advice_without_permission'],
      ['Du vil ha mer ro. Da foreslår jeg at du skrur av mobilen om kvelden.', 'advice_without_permission'],
      ['Du har stått på. Men kutt ned på spillingen om natta.', 'advice_without_permission'],
      ['Du savner venner. Du ville nok hatt godt av en fritidsaktivitet.', 'advice_without_permission'],
      ['Det forstår jeg. Men ærlig, det er jo du selv som har droppet timene.', 'confrontation'],
      ['Du sier at ingen hører på deg. Det er ikke sant, og det vet du.', 'confrontation'],
      ['Du har hatt det tøft. Men for å være helt ærlig: du gir opp for lett.', 'confrontation'],
      ['Det du forteller, er typisk for folk som mangler struktur.', 'labelling'],
      ['Greit nok. Men til slutt står du uten utdanning hvis dette fortsetter.', 'warning'],
      ['Mange tenker sånn. Undersøkelser har funnet at fire av ti ombestemmer seg.', 'unsupported_claim'],
      ['Det kjenner jeg igjen. De fleste sjefer bruker bare to minutter på en CV.', 'unsupported_claim'],
      ['Jeg synes ikke du skal gi deg nå.', 'advice_without_permission'],
      ['Det ville vært dumt å si nei til det tilbudet.', 'advice_without_permission'],
      ['Bare husk at førsteinntrykket er alt på et jobbintervju.', 'advice_without_permission'],
      ['Du er flink, men du mangler disiplin.', 'confrontation'],
      ['Takk for at du sier det, for det viser at du ikke tar ansvar.', 'confrontation'],
      ['Sånn jeg ser det, har du deg selv å skylde.', 'confrontation'],
      ['Når skal du slutte å utsette alt?', 'confrontation'],
      ['La meg være tydelig: du må møte hver dag.', 'confrontation'],
      ['Det er jo ganske typisk for din generasjon å gi opp så fort.', 'labelling'],
      ['Det er fint at du vil ta fri, men da går du glipp av sjansen til fast jobb.', 'warning'],
      ['Du trenger minst 16 timer i uka for å få dagpenger.', 'unsupported_claim'],
      ['Det er forståelig. Men nå er det viktig at du kommer i gang med søknadene.', 'advice_without_permission'],
      ['Det eneste som hjelper, er å komme seg ut av huset.', 'advice_without_permission'],
      ['Tenk på fremtiden din, for dette kan fort gå galt.', 'warning'],
      ['Hvis dette skjer igjen, kan det bli slutt på samarbeidet.', 'warning'],
      ['Du snakker mye om planer, men gjør lite.', 'confrontation'],
      ['Det du kaller stress, er egentlig bare dårlig planlegging.', 'confrontation'],
      ['Jeg tror vi begge vet at dette handler om at du ikke vil.', 'confrontation'],
      ['Du er den typen som trenger faste rammer.', 'labelling'],
      ['Jeg kan fortelle deg at nesten alle arbeidsgivere sjekker Facebook-profilen din.', 'unsupported_claim'],
      ['Du overreagerer litt nå.', 'confrontation'],
      ['Du har en tendens til å skylde på andre.', 'confrontation'],
      ['Mange i din situasjon ville vært takknemlige for en sånn sjanse.', 'confrontation'],
      ['Du virker ikke særlig motivert.', 'labelling'],
      ['Du får bare bite tennene sammen.', 'advice_without_permission'],
      ['Det er best for alle om du stiller på møtet.', 'advice_without_permission'],
      ['Hvis du takker nei, sier NAV at du ikke er aktiv arbeidssøker.', 'warning'],
      ['Med den holdningen kommer du ingen vei.', 'warning'],
      ['Ungdom som jobber deltid ved siden av skolen, klarer seg bedre senere.', 'unsupported_claim'],
    ];
    for (const [text, code] of cases) expect(checkReplyText(text, { vote: false }), text).toContain(code);
  });

  it("lets others' advice, epistemic and permissive modals, invitations and autonomy through", () => {
    for (const text of [
      'Læreren har sagt at du bør levere oppgavene i tide, og det stresser deg.',
      'Jeg hører at du må velge linje før jul, og at det føles stort.',
      'Du må ha hatt en lang dag. Da må du gjerne fortelle litt om den.',
      'Nå må du selv bestemme hva som passer for deg.',
      'Ta gjerne med deg det du har lyst til å snakke om.',
      'Det var du som tok det første steget, og det har betydd noe.',
      'Det er du som vet hvordan det kjennes å stå i dette.',
      'Lønn frister, men tanken på kveldsskift skremmer deg.',
      'Moren din sa at du burde ta deg sammen, og det gjorde vondt.',
      'Når du tenker på det, hva kjennes viktigst?',
      'Det er ikke så rart at du er utslitt når du må passe småsøsken hver ettermiddag.',
      'Du lurer på om du har krav på hjelp til reisen, og det har ingen forklart deg.',
      'Du har hørt at NAV kan stanse pengene, og det uroer deg.',
      'Hvordan vet du når det er på tide å ta en pause?',
      'Så du må velge mellom fagbrev og studier, og begge deler frister.',
      'Det viser at du bryr deg.',
      'Tenk gjerne litt på det til neste gang.',
      'Se for deg at det har gått et år. Hva har endret seg?',
      'Du vil ikke gå glipp av bursdagen til søsteren din.',
      'Det er du som kjenner deg selv best.',
      'Hvis du ikke vil, trenger du ikke svare på det.',
      'Du vil slippe å havne tilbake der du var.',
      'Du har en tendens til å være hard mot deg selv, sier du.',
      'Du får bare en sjanse til å gjøre førsteinntrykket, tenker du.',
      'Du er redd for at sjefen skal si deg opp.',
      'Det er ditt ansvar, sier du, og du vil ikke skylde på andre.',
      'Det høres ut som en av de tingene du må få på plass er søvnen, hvis jeg har forstått deg.',
    ])
      expect(checkReplyText(text, { vote: false }), text).toEqual([]);
    // Named as the cause, the person's omission still blames; a number is still claimed in a question.
    expect(checkReplyText('Ikke rart at du er lei, når du aldri gjør noe med det.', { vote: false })).toContain(
      'confrontation',
    );
    expect(checkReplyText('Du lurer på om du får 300 kroner dagen.', { vote: false })).toContain('unsupported_claim');
    expect(checkReplyText('Det er ditt ansvar, sier jeg.', { vote: false })).toContain('confrontation');
  });

  it("refuses a prompt's scaffolding: tags in capitals and heading marks, not tekstvask's placeholders", () => {
    expect(checkReplyText('Det høres tungt ut. [OPPSUMMERING] [SPØRSMÅL]')).toContain('template_token');
    expect(checkReplyText('## Veileder: Hva tenker du om det?')).toContain('template_token');
    expect(checkReplyText('Hva sa [NAVN_1] da du fortalte det?')).toEqual([]);
  });

  it('asks a trained vote as well, which can only add a failure', () => {
    for (const text of [
      'Du blir sparket hvis du kommer for sent en gang til.',
      'Du bør søke flere jobber.',
      'Du er bare lat, og det vet du selv.',
      'Du har lyst til å prøve, men noe holder deg igjen.',
      'Hva ville vært et godt første steg for deg?',
    ]) {
      const listsOnly = checkReplyText(text, { vote: false });
      expect(checkReplyText(text), text).toEqual(expect.arrayContaining(listsOnly));
    }
    // The vote names the act it reads, with the code the lists use for it.
    const vote = new ReplyModel({
      format: 'inkludmi-reply-lr',
      version: 1,
      classes: [...REPLY_CLASSES],
      threshold: 0.5,
      bias: [2, 0, 0, 0, 0, 0],
      weights: { 'w:sparket': [0, 0, 0, 0, 30, 0], 'k:YOU': [0, 0, 0, 0, 0, 0] },
      trainedOn: { sentences: 0, families: 0 },
    });
    expect(vote.failure('Sjefen vil sparket deg.')).toBe('warning');
    expect(vote.failure('Du har lyst til å prøve.')).toBeNull();
  });

  it('ships a vote that refuses most bad replies of its corpus and at most 1 % of the good', () => {
    const shipped = new ReplyModel(replyModelData as ReplyModelData);
    const corpus = readReplyCorpus();
    const good = corpus.filter((s) => s.label === 'ok');
    const bad = corpus.filter((s) => s.label !== 'ok');
    expect(good.filter((s) => shipped.failure(s.text) !== null).length).toBeLessThanOrEqual(0.01 * good.length);
    expect(bad.filter((s) => shipped.failure(s.text) !== null).length).toBeGreaterThanOrEqual(0.5 * bad.length);
  });

  it('keeps the exemptions of the lists for the vote: asked-for information may advise, cited claims pass', () => {
    const text = 'Det kan være lurt å ta kontakt med NAV-kontoret, og AFT varer vanligvis i opptil ett år.';
    const asked = { adviceAllowed: true, sources: ['kb:aft#1'], passageIds: ['kb:aft#1'] };
    expect(codes(INFO, text, asked)).toEqual([]);
    expect(codes(COMPLEX, text)).toEqual(expect.arrayContaining(['advice_without_permission', 'unsupported_claim']));
  });

  it('refuses a string of known words without a verb as word salad, but waits for the verb in a draft', () => {
    expect(checkReplyText('Vindu sykkel gjennom kanskje fjell gul tallerken.', { vote: false })).toContain('nonsense');
    for (const text of [
      'Det å bli tatt på alvor betyr mye for deg.',
      'Du mista kontakten med kollegaene da du slutta.',
      'Både lettelse og sorg på samme tid, med andre ord, kjenner du på.',
    ])
      expect(checkReplyText(text, { vote: false }), text).toEqual([]);
    expect(draftReadsAsProse('Den nye jobben på lageret i sentrum', false)).toBe('yes');
  });

  it('reads repeated words as a stutter only when they repeat more than once', () => {
    expect(codes(COMPLEX, 'Det det er viktig at at du får hvile.')).toContain('repetition');
    expect(codes(COMPLEX, 'Du har hatt en veldig veldig lang uke.')).toEqual([]);
  });

  it('gives a Norwegian regeneration hint from the failures, without quoting the text', () => {
    const result = checkMoveOutput(
      { move: 'simple_reflection', text: 'Du bør søke jobb?', sources: [] },
      { move: SIMPLE, adviceAllowed: false, passageIds: [] },
    );
    const hint = regenerationHint(result.failures);
    expect(hint).toMatch(/ikke et spørsmål/);
    expect(hint).toMatch(/Ikke gi råd/);
    for (const f of result.failures) expect(f.detail).not.toMatch(/søke jobb/);
  });
});

describe('word boundaries of the check patterns (u)', () => {
  /** The two-sided Unicode boundary every `\b` stood for before the one-sided forms. */
  const full = (re: RegExp) =>
    new RegExp(
      re.source.replaceAll(
        String.raw`\b`,
        String.raw`(?:(?<![\p{L}\p{N}_])(?=[\p{L}\p{N}_])|(?<=[\p{L}\p{N}_])(?![\p{L}\p{N}_]))`,
      ),
      re.flags.includes('u') ? re.flags : `${re.flags}u`,
    );
  const patterns = [
    /\bmå\b/i,
    /\b(?:du|deg|din)\b/i,
    /\b(?:ikke\s+)?gå\b/i,
    /\b(?:skyld(?:a|en)?|feil)\b/i,
    /\bdu\s+(?:\p{L}+\s+)?heller\b/iu,
    /\b\d+\s+kr\b/i,
    /\b(?!ta\b)(?:gå|ta|ring)\s+\p{L}+\b/iu,
    /(?:^|\s)\b(?:-\d+|å)\b/u,
    /\b(?:\s*ja|nei)\b/i,
    /\p{L}*lov\b|\b\p{L}+\b/iu,
  ];
  const texts = [
    'Du må gå nå.',
    'måten du gjør det på',
    'dust og dumme deg',
    'det er ikke gå-avstand, ikke gå dit',
    'skylda er ikke din, feilen heller ikke',
    'skyldfølelse og feilfri',
    'du kunne heller, du kanskje heller',
    'det koster 120 kr i måneden, 7kr',
    'ta deg tid, gå inn på nav.no, ring dem',
    'temperaturen er -5 og å gå er fint, å',
    ' ja eller nei, nja, neida',
    'folketrygdloven og lov om sosiale tjenester, lovlig',
    'Ærlig talt, øl og åker. Æ Ø Å _x_ 3 4',
  ];
  it('match exactly where the two-sided Unicode boundary matches', () => {
    for (const re of patterns) {
      const fast = u(re);
      const slow = full(re);
      for (const text of texts) {
        const all = (r: RegExp) =>
          [...text.matchAll(new RegExp(r.source, `${r.flags}g`))].map((m) => `${m.index}:${m[0]}`);
        expect(all(fast), `${re.source} on "${text}"`).toEqual(all(slow));
      }
    }
  });
  it('knows Norwegian letters where the built-in \\b does not', () => {
    expect(u(/\bmå\b/i).test('du må')).toBe(true);
    expect(/\bmå\b/i.test('du må')).toBe(false);
    expect(u(/\bmå\b/i).test('måte')).toBe(false);
  });
});

describe('offers to tell, reproach by consequence, and a report the reply turns against', () => {
  const reasons = (text: string) => checkReplyText(text);
  it('accepts an offer to tell what a measure is, and refuses the claim itself', () => {
    expect(reasons('Er det greit for deg at jeg forteller litt om hva lønnstilskudd er?')).toEqual([]);
    expect(reasons('Kan jeg fortelle litt om hva tiltakspenger er?')).toEqual([]);
    expect(reasons('Lønnstilskudd er en støtte arbeidsgiveren får.')).toContain('unsupported_claim');
    expect(reasons('Du lurer på hvor lenge AAP varer, og det er tre år.')).toContain('unsupported_claim');
  });
  it('refuses blame by consequence and by what the person should have done', () => {
    expect(reasons('Det er du som har valgt å ikke gå på møtene, så du får ta konsekvensene.')).not.toEqual([]);
    expect(reasons('Hvis du bare hadde møtt opp, hadde du fått plassen.')).not.toEqual([]);
    expect(reasons('Hvis du hadde fått mer støtte, hadde du kanskje klart det lettere.')).toEqual([]);
  });
  it('ends a reflected report where the reply turns against it with "men"', () => {
    expect(reasons('Du sier du vil jobbe, men du gjør jo ingenting for å få det til.')).not.toEqual([]);
    expect(reasons('Du sier at du vil jobbe, men at det er vanskelig å komme i gang.')).toEqual([]);
    expect(reasons('Du sier du er lei, men du kom hit likevel i dag.')).toEqual([]);
  });
});
