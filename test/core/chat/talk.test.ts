import { describe, expect, it } from 'vitest';
import { classifyTalk, TALK_CLASSES, type TalkClass } from '../../../electron/core/chat/talk/index.js';
import { assessRisk } from '../../../electron/core/chat/safety/index.js';
import evalSet from './talk-eval.json' with { type: 'json' };

interface Item {
  id: string;
  text: string;
  talk: string;
  subtype?: string;
  heldOut?: boolean;
}
const items = evalSet.items as Item[];

function accuracy(subset: Item[]): Record<TalkClass, number> {
  const out = {} as Record<TalkClass, number>;
  for (const cls of TALK_CLASSES) {
    const of = subset.filter((i) => i.talk === cls);
    out[cls] = of.filter((i) => classifyTalk(i.text).talk === cls).length / of.length;
  }
  return out;
}

describe('talk classification examples', () => {
  it('follows the examples in the issue', () => {
    expect(classifyTalk('jeg vil ikke søke på den jobben')).toMatchObject({ talk: 'sustain' });
    expect(classifyTalk('jeg vil prøve')).toMatchObject({ talk: 'change', subtype: 'desire' });
    expect(classifyTalk('jeg skal søke på to jobber i morgen')).toMatchObject({
      talk: 'change',
      subtype: 'commitment',
    });
    expect(classifyTalk('jeg har sendt en søknad')).toMatchObject({ talk: 'change', subtype: 'taking_steps' });
    expect(classifyTalk('hva er AFT?')).toMatchObject({ talk: 'question' });
  });

  it('hears a plan for a step towards work or school as commitment, and a wish for a trade in nynorsk', () => {
    expect(classifyTalk('har en plan for å ta fagbrev til våren')).toMatchObject({
      talk: 'change',
      subtype: 'commitment',
    });
    expect(classifyTalk('planlegger å flytte til Bergen')).toMatchObject({ talk: 'neutral' });
    expect(classifyTalk('NAV har en plan for å kutte i tiltakene')).toMatchObject({ talk: 'neutral' });
    expect(classifyTalk('eg vil gjerne bli røyrleggjar')).toMatchObject({ talk: 'change', subtype: 'desire' });
    expect(classifyTalk('har en plan for å ta livet mitt', { riskFired: true }).talk).not.toBe('change');
  });

  it('handles negation on every kind of change talk', () => {
    expect(classifyTalk('jeg klarer ikke å stå opp om morgenen')).toMatchObject({
      talk: 'sustain',
      subtype: 'ability',
    });
    expect(classifyTalk('jeg har ikke sendt noen søknader')).toMatchObject({
      talk: 'sustain',
      subtype: 'taking_steps',
    });
    expect(classifyTalk('jeg kommer ikke til å ta den jobben')).toMatchObject({
      talk: 'sustain',
      subtype: 'commitment',
    });
    expect(classifyTalk('jeg trenger ikke jobb nå')).toMatchObject({ talk: 'sustain', subtype: 'need' });
    expect(classifyTalk('jeg er ikke klar for jobb ennå')).toMatchObject({ talk: 'sustain' });
    // Not wanting the status quo is change talk.
    expect(classifyTalk('jeg vil ikke sitte hjemme resten av livet')).toMatchObject({ talk: 'change' });
    expect(classifyTalk('jeg kan ikke fortsette sånn som nå')).toMatchObject({ talk: 'change', subtype: 'need' });
  });

  it('lets the last clause decide and marks ambivalence', () => {
    const r = classifyTalk('jeg vil, men jeg klarer det ikke');
    expect(r).toMatchObject({ talk: 'sustain', ambivalent: true });
    expect(classifyTalk('det er vanskelig, men jeg vil prøve')).toMatchObject({ talk: 'change', ambivalent: true });
  });

  it('reads nynorsk, chat spelling and English', () => {
    expect(classifyTalk('eg vil gjerne jobbe med dyr')).toMatchObject({ talk: 'change', subtype: 'desire' });
    expect(classifyTalk('eg orkar ikkje skule')).toMatchObject({ talk: 'sustain' });
    expect(classifyTalk('kva er lønnstilskot?')).toMatchObject({ talk: 'question' });
    expect(classifyTalk('jeg har sokt paa to jobber')).toMatchObject({ talk: 'change', subtype: 'taking_steps' });
    expect(classifyTalk('I will send the application tonight')).toMatchObject({
      talk: 'change',
      subtype: 'commitment',
    });
    expect(classifyTalk("I don't want to work")).toMatchObject({ talk: 'sustain' });
  });

  it('keeps everyday talk and rhetorical questions apart from requests for information', () => {
    expect(classifyTalk('jeg bor i Drammen').talk).toBe('neutral');
    expect(classifyTalk('jeg skal på kino i kveld').talk).toBe('neutral');
    expect(classifyTalk('hvorfor skal jeg gidde å søke når ingen svarer?').talk).toBe('sustain');
    expect(classifyTalk('må jeg møte opp hver dag?').talk).toBe('question');
    expect(classifyTalk('').talk).toBe('neutral');
  });

  it('hears a question asked in the last clause, and a request for help after a complaint', () => {
    expect(classifyTalk('fikk avslag på bostøtte igjen, hva kan jeg gjøre nå?').talk).toBe('question');
    expect(classifyTalk('sliter med å forstå skjemaet, veit du hva de mener?').talk).toBe('question');
    expect(classifyTalk('orker ikke mer av timelistene, kan du hjelpe meg å sette dem opp?').talk).toBe('question');
    expect(classifyTalk('gidder ikke å søke, hva er vitsen?').talk).toBe('sustain');
  });

  it('hears not daring as sustain talk, in either word order', () => {
    expect(classifyTalk('har ringt dem en gang, men nå tør jeg ikke ringe igjen').talk).toBe('sustain');
    expect(classifyTalk('jeg tør ikke å sende den').talk).toBe('sustain');
  });

  it('hears a mood about family, friends, body or games as neutral, and about work or school as sustain', () => {
    expect(classifyTalk('broren min er så irriterende, jeg blir helt sur').talk).toBe('neutral');
    expect(classifyTalk('jeg er så lei av å ha vondt i kroppen hele tiden').talk).toBe('neutral');
    expect(classifyTalk('tapte tre kamper på rad i fifa, jeg gir opp').talk).toBe('neutral');
    expect(classifyTalk('jeg er så lei av skolen').talk).toBe('sustain');
    expect(classifyTalk('mamma maser om at jeg må søke jobb').talk).toBe('sustain');
  });

  it('hears having been somewhere for a step as taking steps, and a state that has lasted as none', () => {
    expect(classifyTalk('har vært på intervju hos Kiwi i dag')).toMatchObject({
      talk: 'change',
      subtype: 'taking_steps',
    });
    expect(classifyTalk('jeg har vært på arbeidstrening i to år uten at noe skjer').talk).not.toBe('change');
    expect(classifyTalk('søvnen min har vært elendig').talk).not.toBe('change');
  });

  it('hears self-reliance, not caring and a meaningless target as sustain talk', () => {
    expect(classifyTalk('trenger ikke hjelp fra nav, jeg klarer meg alene').talk).toBe('sustain');
    expect(classifyTalk('driter i jobben, ærlig talt').talk).toBe('sustain');
    expect(classifyTalk('kurset er helt meningsløst').talk).toBe('sustain');
  });

  it('hears a wish in a relative clause as no wish, and not wanting to stay as one is as change', () => {
    expect(classifyTalk('jeg gjør hva jeg vil i helgene').talk).toBe('neutral');
    expect(classifyTalk('vil ikke lenger være sånn som sover bort hele dagen').talk).toBe('change');
  });

  it("counts the participant's own goal words as the target", () => {
    expect(classifyTalk('jeg vil ta truckførerbevis').talk).toBe('neutral');
    expect(classifyTalk('jeg vil ta truckførerbevis', { targetTerms: ['truckførerbevis'] })).toMatchObject({
      talk: 'change',
      subtype: 'desire',
    });
  });

  it('gives a confidence between 0 and 1', () => {
    for (const i of items.slice(0, 40)) {
      const c = classifyTalk(i.text).confidence;
      expect(c).toBeGreaterThan(0);
      expect(c).toBeLessThanOrEqual(1);
    }
  });
});

describe('talk classification on the labelled evaluation set', () => {
  it('has at least 150 varied utterances with every class and change-talk subtype', () => {
    expect(items.length).toBeGreaterThanOrEqual(150);
    for (const cls of TALK_CLASSES) expect(items.filter((i) => i.talk === cls).length, cls).toBeGreaterThanOrEqual(20);
    for (const sub of ['desire', 'ability', 'reasons', 'need', 'commitment', 'activation', 'taking_steps']) {
      expect(items.filter((i) => i.subtype === sub).length, sub).toBeGreaterThanOrEqual(8);
    }
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
  });

  it('classifies each class with at least 90 % accuracy', () => {
    const acc = accuracy(items);
    for (const cls of TALK_CLASSES) expect(acc[cls], cls).toBeGreaterThanOrEqual(0.9);
  });
});

describe('talk classification with risk', () => {
  // Written for this test (not from the corpus): messages whose shape is a commitment or a plan.
  const risky = [
    'Jeg har bestemt meg, på fredag skal jeg avslutte livet mitt.',
    'Nå har jeg endelig en plan, jeg skal ta en overdose i helga.',
    'Eg skal gjere det i kveld, eg har samla tablettar.',
    'I am going to end it tomorrow, I have decided.',
  ];

  it('never labels a message change talk when a risk layer fired', () => {
    for (const text of risky) {
      const risk = assessRisk(text);
      expect(risk.level, text).not.toBe('none');
      expect(classifyTalk(text, { riskFired: true }).talk, text).not.toBe('change');
    }
  });

  it('leaves everyday commitments as change talk', () => {
    expect(assessRisk('Jeg skal sende søknaden på fredag.').level).toBe('none');
    expect(classifyTalk('Jeg skal sende søknaden på fredag.', { riskFired: false }).talk).toBe('change');
  });
});
