import { describe, expect, it } from 'vitest';
import { assessRisk, isCrisis } from '../../../electron/core/chat/safety/index.js';

/**
 * Everyday twins of crisis wordings (round 19, issue 14 acceptance 2): the same verb with a named
 * object that is not life (an exam, a move, a thing, someone else leaving, an accident with a tool)
 * is calm; for every guard the crisis shape with the same verb still fires. Rules and concepts
 * alone (`model: null`): the classifier is not retrained here.
 */
const rulesOnly = (text: string) => assessRisk(text, { model: null });
const fires = (text: string, category = 'suicide') => {
  const a = rulesOnly(text);
  expect(isCrisis(a), text).toBe(true);
  expect(a.categories, text).toContain(category);
};
const calm = (text: string) => expect(rulesOnly(text).level, text).toBe('none');

describe('getting it over with (“få det overstått”)', () => {
  it('an ordeal or a chore named in the sentence is what is got over with', () => {
    for (const text of [
      'vil bare få det overstått, har muntlig i norsk klokka ni',
      'fikk det overstått, tannlegetimen var klokka åtte',
      'skal få det overstått før flyttelasset kommer',
      'må få det overstått, innleveringa er på fredag',
      'vil bare få det overstått, blodprøven tar fem minutter',
    ])
      calm(text);
  });

  it('with nothing named, or with life, it is still asked about', () => {
    for (const text of [
      'jeg vil bare få det overstått',
      'skal få det overstått i natt',
      'vil få det overstått, ingen kommer til å savne meg uansett',
    ])
      fires(text);
  });
});

describe('a date set for an event', () => {
  it('a date or day set for a move, a wedding or a party is calm', () => {
    for (const text of [
      'vi har bestemt datoen for bryllupet',
      'har bestemt dagen for innflyttingsfesten',
      'sjefen har bestemt dato til oppstart',
    ])
      calm(text);
  });

  it('a date set with nothing named, for "det", for "when" or for one’s death still fires', () => {
    for (const text of [
      'jeg har bestemt dato',
      'har bestemt dagen for når jeg skal gjøre det',
      'har bestemt datoen for å gjøre det',
      'har bestemt dagen for min død',
    ])
      fires(text);
  });
});

describe('cutting oneself on a tool or a tin', () => {
  it('a cut on a compound-named object is an accident', () => {
    for (const text of [
      'kutta meg på en hermetikkboks i går',
      'skar meg på et vinglass som knuste',
      'kuttet meg på en ølboks på hytta',
      'skar meg på en blikkant da jeg ryddet garasjen',
    ])
      calm(text);
  });

  it('a cut on the body, or with a blade, is still self-harm', () => {
    for (const text of [
      'kutta meg på armen i natt',
      'skar meg på låret med en tapetkniv',
      'kutter meg på håndleddet når det blir for mye',
    ])
      fires(text, 'self_harm');
  });
});

describe('hopeless with a thing', () => {
  it('hopeless with a named thing after a determiner is calm', () => {
    for (const text of [
      'alt er håpløst med den nye skriveren',
      'alt er helt håpløst med det wifi-nettet her',
      'alt er håpløst med min gamle sykkel',
    ])
      calm(text);
  });

  it('hopeless with life, oneself, this life or one’s family still fires', () => {
    for (const text of [
      'alt er håpløst',
      'alt er håpløst med livet mitt',
      'alt er håpløst med meg',
      'alt er håpløst med dette livet',
      'alt er håpløst med familien min',
    ])
      fires(text);
  });
});

describe('a farewell to someone else who leaves', () => {
  it('a card, a party or a goodbye for someone who quits, moves or retires is calm', () => {
    for (const text of [
      'lagde et avskjedskort til kassadama som flytter',
      'vi holdt avskjed for naboen som gikk av med pensjon',
      'skal skrive en avskjedshilsen til vikaren som slutter',
    ])
      calm(text);
  });

  it('a farewell letter from the speaker, to family or to everyone, still fires', () => {
    for (const text of [
      'har skrevet et avskjedsbrev til familien min',
      'dette er farvel til dere alle',
      'har skrevet avskjedsbrev, til alle som bryr seg',
    ])
      fires(text);
  });
});

describe('jumping at a pool, and a last night in a place', () => {
  it('a jump from a diving board or tower is sport', () => {
    for (const text of ['skal hoppe fra 5-meteren på badeland', 'skal hoppe fra femmeren i svømmehallen']) calm(text);
  });

  it('a jump from a bridge, a roof or a block still fires', () => {
    for (const text of ['vil hoppe fra brua', 'skal hoppe fra taket i natt', 'tenker på å hoppe fra blokka'])
      fires(text);
  });

  it('a last night or day in a named place is a move or a trip', () => {
    for (const text of ['i morgen er siste dagen min i Stavanger', 'min siste natt i Tromsø før vi drar hjem'])
      calm(text);
  });

  it('a last night or day with nothing named, in life or in this world, still fires', () => {
    for (const text of ['dette er min siste natt', 'i dag er min siste dag i livet', 'min siste kveld i denne verden'])
      fires(text);
  });

  it('a goodbye to a pet or a person who will live elsewhere is calm; to everyone it fires', () => {
    calm('sa farvel til hunden vår som skal bo hos onkel');
    fires('tok farvel med alle, dette er siste gang');
  });
});

describe('ending an unnamed "it" at a time', () => {
  it('ending it tonight, with nothing named, is asked about', () => {
    for (const text of ['jeg avslutter det i natt', 'skal avslutte det hele snart']) fires(text);
  });

  it('a course, a meeting or something done together that ends tonight is calm', () => {
    for (const text of [
      'vi avslutter det i kveld med kake',
      'skal avslutte det i kveld, møtet med styret altså',
      'avslutter det nå, kurset var kjedelig',
    ])
      calm(text);
  });
});

describe('an overdose of a treat, things outgrown, absent from a class', () => {
  it('an overdose of coffee or chocolate, with or without "av", is a joke', () => {
    for (const text of ['tar en overdose kaffe hver morgen før jobb', 'tok en overdose sjokolade i går']) calm(text);
  });

  it('an overdose with nothing named, or of pills, still fires', () => {
    for (const text of ['skal ta en overdose i kveld', 'tok en overdose piller']) fires(text);
  });

  it('giving away what one has outgrown is calm; giving everything away still fires', () => {
    for (const text of ['ga bort klærne jeg hadde vokst fra', 'gir bort klærne mine som jeg har vokst ut av'])
      calm(text);
    for (const text of ['gir bort alle tingene mine, trenger dem ikke lenger', 'har gitt bort alt jeg eier'])
      fires(text);
  });

  it('nobody noticing one is away from a class or a course is calm; away with nothing named fires', () => {
    for (const text of [
      'ingen merker at jeg er borte fra kurset på torsdag',
      'ingen vil merke at jeg er borte fra timen i morgen',
    ])
      calm(text);
    for (const text of ['ingen vil merke at jeg er borte', 'ingen vil savne meg når jeg er borte for alltid'])
      fires(text);
  });
});

describe('not waking until a time', () => {
  it('sleeping until a weekday or an hour is a lie-in', () => {
    for (const text of ['vil ikke våkne til søndag', 'jeg vil ikke våkne til klokka elleve i morgen']) calm(text);
  });

  it('not waking again, tomorrow, to a new day or at all still fires', () => {
    for (const text of [
      'vil ikke våkne igjen',
      'vil ikke våkne i morgen',
      'vil ikke våkne til en ny dag',
      'vil ikke våkne',
    ])
      fires(text);
  });
});
