import { describe, expect, it } from 'vitest';
import { assessRisk, isCrisis } from '../../../electron/core/chat/safety/index.js';

/**
 * Suicidal thoughts said plainly (round 18, lexicon/suicidePlain.ts): each meaning said many ways
 * (verb, word order, modal, negation, tense, dialect, chat spelling, English), with everyday uses
 * of the same words beside it. Rules and concepts alone (`model: null`): the classifier is not
 * retrained here, and these meanings must not hang on its vote.
 */
const rulesOnly = (text: string) => assessRisk(text, { model: null });
const raised = (text: string) => {
  const a = rulesOnly(text);
  expect(isCrisis(a), text).toBe(true);
  expect(a.categories, text).toContain('suicide');
};
const acute = (text: string) => {
  raised(text);
  expect(rulesOnly(text).level, text).toBe('acute');
};
const calm = (text: string) => expect(rulesOnly(text).level, text).toBe('none');

describe('killing oneself said with a bare "meg"', () => {
  it('any modal, tense or dialect with the speaker as subject is acute', () => {
    for (const text of [
      'jeg vil drepe meg',
      'eg har lyst til å drepa meg',
      'æ ska drep mæ',
      'jeg kommer til å drepe meg snart',
      'jeg burde bare drepe meg',
      'jeg tenker hele tiden på å drepe meg',
      'jeg prøvde å drepe meg for to år siden',
      'e har bestemt mæ for å drep mæ',
      'jeg skulle ønske jeg turte å drepe meg',
      'orker ikke mer, jeg dreper meg',
    ])
      acute(text);
  });

  it('someone else as the killer, a joke, a game or training is not read as suicide', () => {
    const a = rulesOnly('jeg tror han kommer til å drepe meg');
    expect(a.categories).not.toContain('suicide');
    calm('jeg drepte meg av latter haha');
    calm('jeg dreper meg på trening hver dag');
    calm('jeg kommer til å drepe meg i fifa i kveld');
    calm('mamma dreper meg hvis jeg kommer sent');
  });
});

describe('negation run onto the verb in chat spelling', () => {
  it('"giddekke", "orkekke", "vikke", "ekke" read as the verb and "ikke"', () => {
    for (const text of [
      'giddekke å leve lenger',
      "gidder'kke leve mer",
      'orkekke leve mer',
      'vikke leve lenger',
      'e vikke leve',
      'villekke leve',
      'livet ekke verdt å leve',
      'eg vikke leva meir',
    ])
      acute(text);
  });

  it('the same spelling about school, work or a place stays calm', () => {
    calm('giddekke jobbe i dag');
    calm('ekke sikker på det');
    calm('vikke gå på skolen i morgen');
    calm('skakke dit i helga');
  });
});

describe("the old and formal verbs for taking one's life", () => {
  it('"ta meg av dage", "gjøre det av med meg", "gjøre kål på meg selv" are acute', () => {
    for (const text of [
      'tenker på å ta meg av dage',
      'vil ta meg av dage',
      'skal ta meg av dage i kveld',
      'har lyst til å ta meg av dage',
      'jeg skal gjøre det av med meg selv',
      'vil gjøre det av med meg',
      'har lyst til å gjøre kål på meg selv',
      'eg vil gjere det av med meg sjølv',
    ])
      acute(text);
  });

  it('the same words about a dog, a pizza or a tiring week stay calm', () => {
    calm('må ta meg av hunden i helga');
    calm('jeg gjorde kål på pizzaen');
    calm('treninga gjør kål på meg');
    calm('jeg gjør det av med sjokoladen før mamma kommer');
  });
});

describe('being dead as what ought to be, or never having been born', () => {
  it('ought to, should have, never born: acute', () => {
    for (const text of [
      'jeg burde dø',
      'jeg burde bare dø',
      'jeg burde vært død for lenge siden',
      'egentlig skulle jeg vært død',
      'burde aldri blitt født',
      'eg burde vore daud',
      'i should be dead',
      'jeg skulle aldri ha blitt født',
    ])
      acute(text);
  });

  it('a plant, a phone, a game or a wish about a decade stays calm', () => {
    calm('planten burde vært død for lenge siden');
    calm('mobilen burde vært død, den er så gammel');
    calm('spillet burde aldri blitt laget');
    calm('jeg burde ha vært født på 80-tallet');
    calm('jeg skulle ha vært der');
    calm('hjertet hamret og jeg trodde jeg skulle dø, men det var bare angst');
    calm('vi trodde vi skulle dø av latter');
  });
});

describe('fed up with life itself', () => {
  it('"fått nok av", "drittlei av" life or living asks directly', () => {
    for (const text of [
      'fått nok av livet',
      'jeg har fått nok av å leve',
      'drittlei av livet',
      'er så kei av livet',
      'skikkelig lei av å leve',
      'lutlei av å eksistere',
      'fått nok av livet i dag',
      "i'm sick and tired of living",
    ])
      raised(text);
  });

  it('a life as a student or in a place, or a habit, stays calm', () => {
    calm('fått nok av livet som student, nå vil jeg jobbe');
    calm('fått nok av livet på landet');
    calm('drittlei av livet i byen, vil flytte');
    calm('er lei av livet som arbeidsløs, vil ha en jobb');
  });
});

describe('not wanting any more, said as the whole clause', () => {
  it('"vil ikke mer", "vil ikkje lenger" ask directly', () => {
    for (const text of [
      'vil ikke mer',
      'jeg vil ikke mer nå',
      'jeg vil ikke lenger',
      'eg vil ikkje meir',
      'vil ikkje lenger, alt er for tungt',
      'vil ikke mer, jeg er så sliten',
      'æ vil itj mer',
      'vikke mer',
    ])
      raised(text);
  });

  it('at the table, or about a job, stays calm', () => {
    calm('vil ikke mer mat, takk');
    calm('jeg vil ikke mer pizza');
    calm('jeg vil ikke mer, er mett');
    calm('jeg vil ikke lenger jobbe der');
    calm('etter fire timer med lekser gidder jeg ikke mer');
  });
});

describe('hanging asked or told in other words', () => {
  it('an impersonal question and an attempt with a time are acute', () => {
    for (const text of ['hvordan henger man seg', 'hvordan henger en seg?', 'prøvde å henge meg i helga']) acute(text);
  });

  it('joining a trip stays calm', () => {
    calm('henger man seg på turen?');
    calm('henger en seg på bussen til byen');
  });
});

describe('everyday twins of plain suicidal words', () => {
  it('done for good with a person or a habit, a way of living, hope for a bus', () => {
    calm('jeg er ferdig med ham, for godt');
    calm('nå er jeg ferdig med snusen for godt');
    calm('hva er vitsen med å leve sunt?');
    calm('ingen vits i å leve billig hvis man ikke sparer');
  });

  it('no future in a named place or undertaking, waking at a time, the last message today', () => {
    calm('alt er meningsløst på den jobben');
    calm('ser ingen fremtid i den butikken, vil finne noe annet');
    calm('vil ikke våkne klokka seks i morgen');
    calm('dette er siste melding fra meg i dag, må legge meg');
    calm('har tauet klart til båten');
  });

  it('the same meanings about life itself still raise', () => {
    raised('alt er meningsløst i livet mitt');
    raised('ser ingen fremtid for meg i denne verden');
    raised('jeg er ferdig med livet, for godt');
    raised('hva er vitsen med å leve');
    raised('vil ikke våkne i morgen');
  });
});

describe('dialect and nynorsk words for "not" and "wish"', () => {
  it('"itte" and "ynskje" read as "ikke" and "ønske"', () => {
    for (const text of [
      'e vil itte leve',
      'vil itte leve lenger',
      'æ orke itte å leve mer',
      'har itte lyst å leve',
      'eg ynskjer eg var død',
      'eg ynskjer å døy',
      'ynskjer meg død',
      'eg har ynskt å døy lenge',
    ])
      raised(text);
  });

  it('the same words about things stay calm', () => {
    calm('eg ynskjer meg ein ny sykkel til jul');
    calm('vil itte på skolen i dag');
    calm('itte no, kanskje seinare');
  });
});

describe('not bearing to wake up again', () => {
  it('again, one more time, to a new day: asks directly', () => {
    for (const text of [
      'orker ikke å våkne flere ganger',
      'orker ikkje å vakne ein gong til',
      'gidder ikke å våkne til en ny dag',
      'klarer ikke å våkne opp igjen til dette',
      'orker ikke våkne mer',
      'tor itte å våkne igjen',
      'makter ikke å våkne en gang til',
      'æ orke ikkje å vakne att',
    ])
      raised(text);
  });

  it('an early alarm or snoozing stays calm', () => {
    calm('orker ikke å våkne så tidlig');
    calm('klarer ikke å våkne igjen etter at jeg har slumret alarmen');
    calm('orker ikke å våkne klokka seks');
  });
});

describe('death or suicide as the only way out', () => {
  it('either word order, any wording of "way out": acute', () => {
    for (const text of [
      'selvmord er eneste utvei',
      'selvmord virker som den eneste løsningen',
      'døden er min eneste utvei',
      'eneste utvei er å ta livet mitt',
      'den einaste utvegen er å døy',
      'suicide is the only way out',
      'eneste løsning for meg er å dø',
      'death is the only option',
    ])
      acute(text);
  });

  it('a job, quitting, or a talk about prevention stays calm', () => {
    calm('den eneste løsningen er å søke jobb');
    calm('selvmord er aldri den eneste utveien, sa foredragsholderen');
    calm('i spillet er den eneste utveien å dø og starte på nytt');
  });
});

describe('leaving the world, wanting to be in heaven', () => {
  it('leaving the world with the speaker as subject is acute', () => {
    for (const text of [
      'jeg er klar for å forlate denne verden',
      'jeg vil forlate jorda',
      'vil forlate denne verden i kveld',
      'i want to leave this world',
      'eg skal forlata denne verda',
      'jeg forlater denne verden snart',
      'tenker på å forlate denne verden',
      "i'm leaving this world tonight",
      'vil bare vekk fra livet',
      'jeg vil bort fra denne verden',
      'eg vil ut av livet no',
    ])
      acute(text);
  });

  it('wanting to be in heaven or with the dead there asks directly', () => {
    for (const text of [
      'vil til himmelen nå',
      'vil være sammen med bestemor i himmelen',
      'lengter til himmelen',
      'skal være med pappa i himmelen snart',
      'i want to go to heaven now',
      'vil bare vere hos morfar i himmelen',
      'har lyst til å komme til himmelen nå',
      'ønsker å være i himmelen med mamma',
    ])
      raised(text);
  });

  it('astronauts, a platform, the sky, or the dead spoken of stay calm', () => {
    calm('astronautene skal forlate jorda i morgen');
    calm('jeg vil forlate Facebook');
    calm('vil se dragen fly til himmelen');
    calm('ballongen skal til himmelen');
    calm('jeg tror bestemor er i himmelen');
    calm('i minecraft vil jeg forlate verden og lage en ny');
    calm('han må ut av livet mitt');
    calm('vil bort fra livet i byen en stund');
    calm('vil vekk fra livet som student i sommer');
  });
});

describe('better or rather dead, soon dead, the will to live lost', () => {
  it('better or rather dead with the speaker as subject is acute', () => {
    for (const text of [
      'bedre død enn levende',
      'vil heller være død',
      'helst død',
      "i'd rather be dead",
      'better off dead',
      'jeg er bedre død',
      'eg vil heller vere daud',
      'hadde heller vært død',
    ])
      acute(text);
  });

  it('soon dead asks directly; the will to live lost is acute', () => {
    for (const text of ['snart er jeg død', 'jeg er snart død', 'snart e æ daud', 'eg er straks daud']) raised(text);
    for (const text of [
      'mistet lysten til å leve',
      'mistet livslysten',
      'har ingen livsgnist igjen',
      'lost my will to live',
      'eg har mista livslysta',
      'null livslyst',
      'har ikke noe vilje til å leve',
      'mister livsgnisten mer for hver dag',
    ])
      acute(text);
  });

  it('an old slogan, a film, hunger, boredom or the will to live come back stay calm', () => {
    calm('bedre død enn rød');
    calm('han er heller død enn levende i filmen');
    calm('jeg er snart død av sult');
    calm('snart er jeg død av kjedsomhet');
    calm('mistet livslysten en periode, men nå har jeg fått den tilbake');
    calm('mistet lysten til å spise');
  });
});

describe('not managing to go on, and whether one can die of self-harm', () => {
  it('"klarer ikke å fortsette" as the whole clause asks directly', () => {
    for (const text of [
      'jeg klarer ikke å fortsette',
      'orker ikkje å halde fram',
      'klarer ikke å holde ut',
      'makter ikke å fortsette',
      'jeg orker ikke å leve videre',
      'eg klarar ikkje å halde ut meir',
      'klarer ikke fortsette, alt er mørkt',
      'orker ikke å fortsette lenger',
    ])
      raised(text);
  });

  it('a question whether one dies of cutting, hanging or swallowing is acute', () => {
    for (const text of [
      'kan man dø av å kutte seg',
      'kan en dø av å skjære seg i armen',
      'kan jeg dø av å svelge alle pillene',
      'dør man av å henge seg i et belte',
      'kan du dø av å ta for mange paracet',
      'kan ein døy av å kutte seg djupt',
      'can you die from cutting',
      'vil jeg dø av å ta alle tablettene',
    ])
      acute(text);
  });

  it('a course, a person, liquorice or a dive stay calm', () => {
    calm('klarer ikke å fortsette på studiet');
    calm('klarer ikke å fortsette med dette kurset');
    calm('orker ikke holde ut med ham');
    calm('kan man dø av å spise lakris');
    calm('kan man dø av å hoppe i vannet fra stupet');
  });
});
