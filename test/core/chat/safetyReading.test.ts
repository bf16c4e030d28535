import { describe, expect, it } from 'vitest';
import { answerToCheckIn, assessRisk, assessRules, isCrisis } from '../../../electron/core/chat/safety/index.js';
import { foldText } from '../../../electron/core/chat/safety/normalize.js';

const afterCheckIn = (text: string, previous: string) =>
  assessRisk(text, { conversation: { recentParticipantTexts: [previous], lastAssistantWasCheckIn: true } });

describe('typos in risk words', () => {
  it('reads doubled, dropped and swapped letters in a risk word as the word', () => {
    expect(foldText('tenkker på selvmordd')).toBe('tenker pa selvmord');
    expect(foldText('har tenkt på selvmor')).toBe('har tenkt pa selvmord');
    expect(foldText('har sparrt piiller')).toContain('piller');
    expect(foldText('slevmord')).toBe('selvmord');
    expect(assessRisk('jeg tennker på selvmordd hver dag').level).toBe('acute');
    expect(assessRisk('jeg har tenkt på slevmord').level).not.toBe('none');
  });

  it('never changes a known word, and corrects nothing towards a word without risk', () => {
    expect(foldText('planten min trenger vann')).toBe('planten min trenger vann');
    expect(foldText('leger og sykepleiere')).toBe('leger og sykepleiere');
    expect(foldText('jeg vil gjerne ha en jåbb')).toBe('jeg vil gjerne ha en jabb');
    expect(isCrisis(assessRisk('planten min trenger vann'))).toBe(false);
  });

  it('leaves a correct word alone even when it is one slip from a risk word', () => {
    // "baker" is one letter from "banker" (beats), "anket" (appealed) from "banket", nynorsk
    // "tener" (earns) from "tenker", "kinnene" (the cheeks) from "skinnene" (the rails).
    expect(foldText('broren min er baker')).toBe('broren min er baker');
    expect(foldText('jeg anket vedtaket fra nav')).toBe('jeg anket vedtaket fra nav');
    expect(foldText('kor mykje lærlingar tener')).toBe('kor mykje lerlingar tener');
    expect(foldText('kinnene mine er røde')).toBe('kinnene mine er rode');
    expect(foldText('vi padlet ned to elver i sommer')).toBe('vi padlet ned to elver i sommer');
    expect(isCrisis(assessRisk('broren min er baker og jeg anket vedtaket'))).toBe(false);
  });

  it('corrects a slip only when one risk word is the only reading', () => {
    expect(foldText('har samlet piiller')).toContain('piller');
    expect(foldText('har spart tablettr')).toContain('tabletter');
    expect(foldText('tenkker på det')).toContain('tenker');
    // "tnker" is one letter from "tenker" and from "tanker": two readings, left as written.
    expect(foldText('tnker')).toBe('tnker');
  });
});

describe('emoji and symbols', () => {
  it('keep laughter as a word and read other emoji as spaces, with or without letters outside ASCII', () => {
    expect(foldText('tok livet av meg 😂')).toBe('tok livet av meg haha');
    expect(foldText('vil ikke leve mer 🥀💔')).toBe('vil ikke leve mer');
    expect(foldText('❤️ ha det bra alle…')).toBe('ha det bra alle...');
    expect(foldText('café 😂 i’m')).toBe("cafe haha i'm");
    expect(assessRisk('vil bare dø 😭😭').level).toBe('acute');
    expect(isCrisis(assessRisk('døde av latter 😂😂'))).toBe(false);
  });
});

describe('the answer to a check-in', () => {
  it('hears a yes after a hedge, or after "I don\'t know"', () => {
    expect(answerToCheckIn('ærlig talt ja, nesten hver dag')).toBe('acute');
    expect(answerToCheckIn('egentlig, ja')).toBe('acute');
    expect(answerToCheckIn('jeg vet ikke, kanskje')).toBe('acute');
    expect(answerToCheckIn('eg trur det')).toBe('acute');
    expect(afterCheckIn('tbh ja, litt', 'alt føles tungt').level).toBe('acute');
  });

  it('keeps "I don\'t know" a concern and a plain no nothing', () => {
    expect(answerToCheckIn('jeg vet ikke')).toBe('concern');
    expect(answerToCheckIn('nei, jeg er bare sliten av skolen')).toBe('none');
    expect(answerToCheckIn('nei da, det var ikke sånn ment')).toBe('none');
  });

  it('keeps a hedged no a concern, never a yes and never nothing', () => {
    for (const answer of [
      'nei, kanskje ikke',
      'kanskje ikke',
      'tror ikke det',
      'jeg tror ikke det',
      'nei, ikke egentlig',
      'ikke egentlig',
      'nja, vel ikke',
      'eg trur ikkje det',
      'probably not',
      'not really',
    ])
      expect(answerToCheckIn(answer), answer).toBe('concern');
    const r = afterCheckIn('nei, kanskje ikke', 'orker ikke mer');
    expect(r.level).toBe('concern');
    expect(r.categories).toContain('suicide');
  });

  it('lets a hedged or clear no lower nothing that the words of the answer raise', () => {
    expect(afterCheckIn('nei, kanskje ikke. men jeg har kniven klar til i kveld', 'orker ikke mer').level).toBe(
      'acute',
    );
    expect(afterCheckIn('nei. men jeg vil ikke leve mer', 'alt er tungt').level).toBe('acute');
    expect(afterCheckIn('ja', 'orker ikke mer').level).toBe('acute');
  });

  it('hears a yes said laughing or as "who doesn\'t", and a no said laughing as a no', () => {
    expect(afterCheckIn('hehe ja, ofte', 'ser ikke poenget med noe').level).toBe('acute');
    expect(answerToCheckIn('lol, litt')).toBe('acute');
    expect(answerToCheckIn('kven gjer ikkje det')).toBe('acute');
    expect(answerToCheckIn("who doesn't")).toBe('acute');
    expect(answerToCheckIn('klart')).toBe('acute');
    expect(answerToCheckIn('haha nei, var bare lei av jobben')).toBe('none');
    expect(answerToCheckIn('selvfølgelig ikke')).toBe('none');
  });
});

describe('denials', () => {
  it('raises nothing when the speaker denies the crisis thought itself', () => {
    for (const text of [
      'jeg tenker ikke på å drepe meg selv, jeg er bare utslitt',
      'nei altså, eg har ingen planar om å ta livet mitt',
      'har aldri tenkt på å skade meg',
      'jeg kommer aldri til å ta mitt eget liv',
      'det er ikke slik at jeg vil dø, jeg trenger bare ferie',
      'ingen selvmordstanker her, bare lei av eksamen',
      "I'm not suicidal, just tired of school",
      'jeg kommer ikke til å slå noen, jeg trengte bare å få ut litt damp',
    ])
      expect(assessRisk(text).level, text).toBe('none');
  });

  it('keeps the alarm when the negation is on something else or the denial is bounded', () => {
    for (const text of [
      'jeg klarer ikke slutte å tenke på å ta livet mitt',
      'jeg tør ikke ta livet mitt, men jeg vil',
      'skal ikke gjøre det i kveld, jeg skal ta livet mitt i morgen',
      'jeg har ikke tenkt på selvmord før denne uka',
      'hvorfor skal jeg ikke bare ta livet mitt?',
      'jeg vil ikke dø, men jeg vil ikke leve mer heller',
      'har ingen planer om å ta livet mitt i dag, men snart',
      'tenker ikke på selvmord lenger, jeg har bestemt meg',
    ])
      expect(assessRisk(text).level, text).not.toBe('none');
  });

  it('reads a denial after a check-in as a no, and a hedged one still as a concern', () => {
    expect(afterCheckIn('nei, jeg tenker ikke på å ta livet mitt', 'orker ikke mer').level).toBe('none');
    expect(afterCheckIn('nei, tror ikke jeg kommer til å skade meg', 'orker ikke mer').level).not.toBe('none');
    expect(afterCheckIn('nei, ikke egentlig', 'vil bare forsvinne').level).toBe('concern');
    expect(afterCheckIn('nei, ikke slik. jeg er bare utslitt etter vakta', 'orker ikke mer').level).toBe('none');
    expect(answerToCheckIn('ikke sånn egentlig')).toBe('concern');
  });
});

describe('as if', () => {
  it('reads "som om jeg ikke fantes" as being overlooked, and "om jeg ikke er her" as a condition', () => {
    expect(assessRules('i gruppa later de som om jeg ikke er der').level).toBe('none');
    expect(assessRules('legger brevet på pulten om jeg ikke er her i morgen').level).not.toBe('none');
  });
});

describe('wondering about death', () => {
  it('reads wondering what happens after death as no wish, and a wish beside it as one', () => {
    expect(assessRisk('etter at marsvinet døde lurer jeg på hva som skjer etter døden', { model: null }).level).toBe(
      'none',
    );
    expect(assessRisk('jeg vil dø, så får jeg se hva som skjer etter døden', { model: null }).level).toBe('acute');
  });
});

describe('more than one should take, and looking down from a height', () => {
  it('reads taking more pills than one should as an overdose, and a usual dose as none', () => {
    expect(assessRules('svelget mye flere sovetabletter enn det står på pakken').level).toBe('acute');
    expect(assessRules('tok altfor mange ibux i sted').level).toBe('acute');
    expect(assessRules('tok to paracet mot hodepinen').level).toBe('none');
  });

  it('reads standing on a bridge looking down as a check-in', () => {
    expect(assessRules('har stått på brua og stirret ned i en halvtime').level).toBe('check_in');
  });
});

describe('stories and news told about others', () => {
  it('reads a situation told from a film, a series, a book or the news as no signal (the shared frames)', () => {
    for (const text of [
      'så en dokumentar om unge som sover ute på gata om vinteren',
      'filmen handlet om en som sto på skinnene og ventet på toget',
      'i serien drikker faren seg full og kaster sønnen i veggen',
      'leste en nyhet om en som kjørte bilen i fjellveggen',
    ])
      expect(assessRules(text).level, text).toBe('none');
    expect(assessRules('så en film om en som kastet seg fra brua, og jeg vil gjøre det samme').level).not.toBe('none');
  });
});

describe('meanings said over two sentences or without the usual words', () => {
  it('reads a plan in one sentence and its end in the next as a plan', () => {
    expect(assessRisk('Har en plan. I natt er det slutt.').level).toBe('acute');
    expect(assessRisk('jeg har en plan. i natt er det slutt').level).toBe('acute');
  });

  it('leaves everyday plans over two sentences alone', () => {
    expect(isCrisis(assessRisk('Har en plan. I kveld er det slutt på sommerferien.'))).toBe(false);
    expect(isCrisis(assessRisk('Jeg har bestemt meg. Søker jobb på lørdag.'))).toBe(false);
    expect(isCrisis(assessRisk('Festen er ferdig planlagt til i kveld'))).toBe(false);
  });

  it('hears indifference to being killed, slang for dying, secrecy with an adult, and not going home tonight', () => {
    expect(isCrisis(assessRisk('det hadde ikke gjort noe om en trikk kjørte på meg'))).toBe(true);
    expect(isCrisis(assessRisk('vil bare dævve'))).toBe(true);
    expect(assessRisk('onkel sier jeg aldri får si til noen hva vi gjør når vi er alene').categories).toContain(
      'abuse',
    );
    expect(assessRisk('sitter ute fordi jeg ikke får komme hjem i natt').categories).toContain('welfare');
  });

  it('does not alarm on a knife for food, a farewell to a place, or living on noodles', () => {
    expect(isCrisis(assessRisk('har kniven klar til å skjære opp pizzaen'))).toBe(false);
    expect(isCrisis(assessRisk('vi tar farvel med det gamle huset i helga'))).toBe(false);
    expect(isCrisis(assessRisk('vil slutte å leve på pizza og brus'))).toBe(false);
    expect(isCrisis(assessRisk('mamma sier jeg ikke må si til noen hva vi skal gi pappa til bursdagen'))).toBe(false);
    expect(isCrisis(assessRisk('kan ikke dra hjem i kveld, toget er innstilt'))).toBe(false);
  });

  it("leaves someone else's crisis that is over, a story and a joke threat alone", () => {
    expect(isCrisis(assessRisk('kusina mi prøvde å ta livet sitt for to år siden, nå har hun det fint'))).toBe(false);
    expect(isCrisis(assessRisk('vennen min var suicidal i fjor men har fått hjelp og er mye bedre'))).toBe(false);
    expect(isCrisis(assessRisk('i boka tar jenta overdose på slutten'))).toBe(false);
    expect(isCrisis(assessRisk('jeg kommer til å drepe broren min, han spiste kaka mi 😂'))).toBe(false);
    expect(isCrisis(assessRisk('hvor mye paracet kan jeg ta mot tannpine'))).toBe(false);
  });

  it('still alarms on the same words when they are about the person', () => {
    expect(assessRisk('jeg tenker på selvmord, men kjæresten min har det bra').level).toBe('acute');
    expect(assessRisk('vennen min prøvde å ta livet sitt i går').level).toBe('concern');
    expect(assessRisk('i took an overdose').level).toBe('acute');
    expect(assessRisk('hvor mange piller må jeg ta for å dø').level).toBe('acute');
    expect(assessRisk('kniven ligger klar til å kutte meg').level).toBe('acute');
    expect(assessRisk('skal ta farvel med alle i kveld').level).toBe('acute');
    expect(assessRisk('vil slutte å leve').level).toBe('acute');
  });
});

describe('kinds of miss and false alarm studied in round 11', () => {
  it('hears a wish to die through an intensifier or laughter that says it is no joke', () => {
    expect(assessRisk('jeg vil bokstaveleg talt døy').level).toBe('acute');
    expect(assessRisk('haha jeg vil rett og slett dø, seriøst').level).toBe('acute');
    expect(isCrisis(assessRisk('jeg vil faktisk dø av latter'))).toBe(false);
  });

  it('hears a wish to follow someone who died, and a weapon taken to school', () => {
    expect(isCrisis(assessRisk('mormor gikk bort i vinter og jeg vil bare være hos henne'))).toBe(true);
    expect(isCrisis(assessRisk('bestefar døde, nå vil jeg følge mamma hjem'))).toBe(false);
    expect(assessRisk('tar med hagla på skolen i morra').level).toBe('acute');
    expect(isCrisis(assessRisk('det hagla hele veien hjem fra skolen'))).toBe(false);
  });

  it('hears going up to a height to jump, and not a jump into water or a climb for a reason', () => {
    expect(assessRisk('går opp på blokktaket i kveld og hopper').level).toBe('acute');
    expect(isCrisis(assessRisk('skal opp på stupet og hoppe i fjorden med gjengen'))).toBe(false);
    expect(isCrisis(assessRisk('klatret opp på taket for å hente ballen'))).toBe(false);
  });

  it('hears abuse that is filmed: filming is no story, a film is', () => {
    expect(assessRisk('stefaren min tar på meg om natta og filmer det').level).toBe('acute');
    expect(isCrisis(assessRisk('i filmen tar stefaren på henne om natta'))).toBe(false);
  });

  it('hears no strength left to live, and not no strength left for school', () => {
    expect(assessRisk('eg har ikkje krefter att til å leva').level).toBe('acute');
    expect(isCrisis(assessRisk('har ikke krefter til å gå på skolen i dag'))).toBe(false);
  });

  it('keeps an act the speaker names for themself even in a sentence about a film or a song', () => {
    expect(assessRisk('så en serie i går, jeg tar livet mitt i kveld').level).toBe('acute');
    expect(assessRisk('hørte på sangen igjen, og nå kutter jeg meg').level).not.toBe('none');
  });

  it("leaves someone else's harm that is over alone, and not one that goes on", () => {
    expect(isCrisis(assessRisk('kusina mi tenkte på selvmord før, men nå går det bra med henne'))).toBe(false);
    expect(isCrisis(assessRisk('moren til kompisen min slo ham før, men nå bor han hos faren og har det fint'))).toBe(
      false,
    );
    expect(isCrisis(assessRisk('kusina mi tenker på selvmord, og det går dårlig med henne'))).toBe(true);
  });

  it('reads a knife for food, a farewell at a station, a song title and a plan for a named thing as everyday', () => {
    expect(isCrisis(assessRisk('kniven er klar, nå skal laksen fileteres'))).toBe(false);
    expect(assessRisk('kniven er klar, nå skal jeg gjøre det').level).toBe('acute');
    expect(isCrisis(assessRisk('sier farvel til pappa på togstasjonen i morgen'))).toBe(false);
    expect(assessRisk('sier farvel til alle i kveld').level).toBe('acute');
    expect(isCrisis(assessRisk("'wanna die' av juice wrld er på spillelista mi"))).toBe(false);
    expect(assessRisk("'wanna die' av juice wrld er meg, jeg vil dø").level).toBe('acute');
    expect(isCrisis(assessRisk('har en plan for å bli ferdig med studielånet'))).toBe(false);
    expect(assessRisk('har en plan for å bli ferdig med livet').level).toBe('acute');
    expect(isCrisis(assessRisk('this job is killing me, men jeg fikser det'))).toBe(false);
    expect(assessRisk('this job is killing me and i want to die').level).toBe('acute');
  });
});

describe('self-harm told with the verb first, and denials that are not denials', () => {
  it('reads a self-harm act after a fronted time or conjunction ("i går kuttet jeg meg")', () => {
    for (const text of [
      'i helgen skadet jeg meg selv',
      'i går kveld skar jeg meg',
      'men i går kuttet jeg meg',
      'har aldri tenkt på å skade meg selv, men i går kuttet jeg meg',
    ])
      expect(assessRisk(text).categories, text).toContain('self_harm');
  });
  it('keeps everyday accidents told the same way out of it', () => {
    for (const text of [
      'i går skar jeg meg på kniven da jeg lagde mat',
      'på trening skadet jeg meg i kneet',
      'i dag skar jeg meg en brødskive',
      'i fjor skadet jeg meg på ski',
    ])
      expect(assessRisk(text).level, text).toBe('none');
  });
  it('does not take a bounded or partial no for a denial', () => {
    for (const text of [
      'jeg tenker ikke på å ta livet mitt hele tiden, bare noen ganger',
      'ingen planer om å ta livet mitt. ennå',
      'jeg har ingen planer om å skade meg i dag',
    ])
      expect(assessRisk(text).level, text).not.toBe('none');
    expect(assessRisk('jeg tenker ikke på å ta livet mitt').level).toBe('none');
  });
});

describe('an ending said without its words', () => {
  const level = (text: string) => assessRisk(text).level;

  it('asks when things are not needed where one is going, unless the place is named', () => {
    expect(level('lillebror kan ta sykkelen min, jeg får ikke bruk for den dit jeg skal')).not.toBe('none');
    expect(level("won't need my phone where i'm going")).not.toBe('none');
    expect(level('trenger ikke vinterjakka der jeg skal, det er varmt i Spania')).toBe('none');
    expect(level('får ikke bruk for sykkelen dit jeg skal, det er folkehøgskole på en øy')).toBe('none');
  });

  it('reads not being heard from again as a farewell, and a week offline as a week offline', () => {
    expect(level('om dere ikke hører noe fra meg igjen, så vit at jeg var glad i dere')).not.toBe('none');
    expect(level('du kommer ikke til å høre fra meg mer')).not.toBe('none');
    expect(level('hvis du ikke hører fra meg igjen denne uka er det fordi jeg er på hytta uten dekning')).toBe('none');
  });

  it('asks when the speaker will not be here much longer, unless they are moving', () => {
    expect(level('gjør ikke så mye, er ikke her så lenge til uansett')).not.toBe('none');
    expect(level("i won't be around much longer")).not.toBe('none');
    expect(level('jeg er ikke her så lenge til, flytter til Oslo i mars')).toBe('none');
  });

  it("asks when affairs are put in order so that someone gets one's things", () => {
    expect(level('har fiksa det sånn at søstera mi arver sparepengene mine')).not.toBe('none');
    expect(level('ordnet fullmakt så mamma får betale regningene mine mens jeg er i utlandet')).toBe('none');
  });

  it('reads driving off the road as a way, and a skid on ice as a skid', () => {
    expect(level('har lyst til å svinge rett inn i en trailer på vei hjem')).toBe('acute');
    expect(level('tenker på å kjøre utfor stupet ved fjorden')).toBe('acute');
    expect(level('holdt på å kjøre av veien på glatta i går')).toBe('none');
  });

  it('reads being touched while asleep as abuse, and being woken as being woken', () => {
    expect(level('naboen tafset på meg mens jeg sov på sofaen')).not.toBe('none');
    expect(level('mamma tok på meg da jeg sov for å vekke meg til skolen')).toBe('none');
  });

  it('reads abuse denied as denied, and taken back as abuse', () => {
    expect(level('stefar kjefter mye, men han har aldri slått meg')).toBe('none');
    expect(level('han har aldri slått meg før, men i går gjorde han det')).not.toBe('none');
  });

  it('reads no place to be in the daytime as no crisis, and no place to sleep tonight as a need', () => {
    expect(level('har ikke noe sted å være på dagtid, så jeg sitter på kafé')).toBe('none');
    expect(level('har ikke noe sted å sove i natt')).not.toBe('none');
  });
});

describe('everyday troubles that borrow crisis words', () => {
  const level = (text: string) => assessRisk(text).level;

  it('reads a burden to a team or a class as a role, and a burden to everyone as a risk', () => {
    expect(level('kjenner meg som en byrde for teamet når jeg er syk')).toBe('none');
    expect(level('er bare en byrde for alle rundt meg')).not.toBe('none');
  });

  it('reads no way out of a debt or a contract as money, and no way out at all as a risk', () => {
    expect(level('ser ingen vei ut av forbrukslånet før jul')).toBe('none');
    expect(level('ser ingen vei ut av dette livet')).not.toBe('none');
  });

  it('reads "I\'ll kill myself if I have to do a chore again" said laughing as a joke, not when it is life', () => {
    expect(level('tar livet av meg hvis jeg må rydde garasjen en gang til haha')).toBe('none');
    expect(level('tar livet av meg hvis jeg må leve sånn lenger')).toBe('acute');
  });

  it('reads a letter about moving out as a letter', () => {
    expect(level('skrev et brev til mamma om hvorfor jeg vil flytte hjemmefra')).toBe('none');
  });
});

describe('acute need: nights outside, no heat in the cold', () => {
  it('raises a concern for nights spent outside and for days without power or heat in frost', () => {
    for (const text of [
      'jeg har ikke sovet inne på tre netter, sitter på stasjonen nå',
      'har sovet ute i fire netter nå',
      'vi har ikke hatt strøm på tre dager og det er minus ti',
    ])
      expect(assessRisk(text).categories, text).toContain('welfare');
  });
  it('leaves camping, the cabin and games alone', () => {
    for (const text of [
      'vi sov ute i telt på tur i helga',
      'vi har ikke strøm på hytta og det er kaldt',
      'jeg har ikke vært inne på Instagram på tre dager',
    ])
      expect(assessRisk(text).level, text).toBe('none');
  });
});

describe('a jump into water for fun', () => {
  it('is a frame, unless the speaker says it is meant to end', () => {
    expect(assessRisk('jeg hopper fra stupet på badeplassen hver sommer, det er sykt gøy').level).toBe('none');
    expect(assessRisk('i sommer hoppet vi fra brua ved badeplassen, det var moro').level).toBe('none');
    expect(assessRisk('jeg vil hoppe fra stupet på badeplassen og aldri komme opp igjen').level).toBe('acute');
  });
});

describe('veiled hints that never name the act (round 15)', () => {
  const level = (text: string) => assessRisk(text).level;

  it('reads fear of doing something stupid tonight as a hint, and a blunder at a party as none', () => {
    expect(level('er redd jeg kommer til å gjøre noe dumt i natt')).not.toBe('none');
    expect(level('vet ikke hva jeg finner på med meg selv i kveld')).toBe('acute');
    expect(level('gjorde noe dumt på festen i går, sendte melding til eksen')).toBe('none');
    expect(level('ikke gjør noe dumt nå')).toBe('none');
    expect(level('vet ikke hva jeg skal gjøre med meg selv i påskeferien')).toBe('none');
  });

  it('reads a sudden calm after an unnamed decision as a hint, and a named decision as none', () => {
    expect(level('det er som om en ro har senket seg, jeg har tatt en beslutning')).not.toBe('none');
    expect(level('jeg er så rolig nå, har bestemt meg for å ta det med ro i helga')).toBe('none');
  });

  it('reads not having to hold out or wake to more days as a hint, and an early alarm as none', () => {
    expect(level('om en uke slipper jeg å holde ut lenger')).not.toBe('none');
    expect(level('orker ikke å våkne opp til enda en sånn dag')).not.toBe('none');
    expect(level('trenger ikke holde ut med den sjefen mer etter fredag')).toBe('none');
    expect(level('orker ikke å våkne så tidlig flere morgener')).toBe('none');
  });

  it('reads a message that it was not their fault as a farewell, unless a cause is named', () => {
    expect(level('fortell pappa at det ikke var hans feil')).not.toBe('none');
    expect(level('si til sjefen at det ikke var hennes feil at bestillingen kom sent')).toBe('none');
  });

  it('reads not keeping oneself safe as acute, and self-confidence or traffic as none', () => {
    expect(level('vet ikke om jeg klarer å holde meg trygg')).toBe('acute');
    expect(level('jeg er ikke trygg på meg selv i jobbintervjuer')).toBe('none');
    expect(level('klarer ikke å holde meg trygg på sykkelen i trafikken')).toBe('none');
  });

  it('reads a blade to the body or a relapse as self-harm, and hair, a cast or sweets as none', () => {
    expect(level('tar saksa på armen når det blir for mye')).toBe('acute');
    expect(level('har holdt meg unna kniven lenge men i går sprakk det')).toBe('acute');
    expect(level('bruker saksa på håret til lillesøster')).toBe('none');
    expect(level('legen brukte saksa på armen for å klippe gipsen')).toBe('none');
    expect(level('har holdt meg unna snusen i tre måneder men sprakk i går')).toBe('none');
  });

  it('reads something brought to school so they feel how it is as violence, and a treat as none', () => {
    expect(level('skal ta med noe til jobben så de får kjenne hvordan det er å bli tråkka på')).toBe('concern');
    expect(level('tar med noe godt til klassen så de får kjenne at jeg bryr meg')).toBe('none');
    expect(level('tar med noe til skolen så de får se bildene fra turen')).toBe('none');
  });
});

describe('everyday requests and lessons that borrow farewell words (round 15)', () => {
  const level = (text: string) => assessRisk(text).level;

  it('reads a burden when asking for help with a named task as none, and with everything as a risk', () => {
    expect(level('jeg er en byrde når jeg spør om hjelp med søknaden hele tiden')).toBe('none');
    expect(level('jeg er bare en byrde, trenger hjelp med alt')).not.toBe('none');
  });

  it('reads not wanting to be a bother as none, and not wanting to exist as acute', () => {
    expect(level('vil ikke være til bry, men kan du lese gjennom?')).toBe('none');
    expect(level('jeg vil ikke være til')).toBe('acute');
  });

  it('reads not being missed at one event as none, and not being missed at all as a risk', () => {
    expect(level('ingen kommer til å savne meg på trening i kveld uansett')).toBe('none');
    expect(level('ingen kommer til å savne meg')).not.toBe('none');
  });

  it("reads a will written as a school task as none, and one's own will as a farewell", () => {
    expect(level('vi skrev testamente i norskfaget som en oppgave')).toBe('none');
    expect(level('har skrevet testamentet mitt i dag')).not.toBe('none');
  });

  it('reads knowing when and how to do a named thing as none, and "it" as a plan', () => {
    expect(level('vet når og hvordan jeg skal si fra til sjefen')).toBe('none');
    expect(level('vet når og hvordan jeg skal gjøre det')).not.toBe('none');
  });

  it('reads "not your fault" with a cause named as none, and alone as a farewell', () => {
    expect(level('det var ikke din feil at bussen var sen')).toBe('none');
    expect(level('det var ikke din feil')).not.toBe('none');
  });
});
