import { describe, expect, it } from 'vitest';
import { assessRisk } from '../../../electron/core/chat/safety/index.js';

const level = (text: string) => assessRisk(text).level;

describe('what "not living" is about: a way of living, a small pleasure', () => {
  it('reads not wanting to live like someone else, or without a small pleasure, as no risk', () => {
    for (const text of [
      'Jeg vil ikke leve sånn som søsteren min, hun jobber hele tiden',
      'jeg vil ikke leve slik som de gamle naboene våre',
      'vil ikke leve som pappa, han har aldri hatt fri',
      'Jeg orker ikke leve uten kaffen min om morgenen',
      'gidder ikke leve uten wifi altså',
      'kan ikke leve uten mobilen min',
    ])
      expect(level(text), text).toBe('none');
  });

  it('keeps not wanting to live like this, like now, or without a person', () => {
    for (const text of [
      'jeg vil ikke leve sånn lenger',
      'jeg vil ikke leve som dette',
      'orker ikke leve sånn som nå',
      'jeg vil ikke leve uten ham',
      'jeg vil ikke leve sånn som jeg gjør nå',
      'jeg vil ikke leve lenger',
    ])
      expect(level(text), text).not.toBe('none');
  });
});

describe('a farewell to a habit or a thing', () => {
  it('reads saying goodbye to a habit, a substance or a routine as no risk', () => {
    for (const text of [
      'nå tar jeg farvel med snusen for godt',
      'Sier ha det til de dårlige vanene mine fra nyttår',
      'tar farvel med døgnrytmen fra ferien og begynner på jobb',
    ])
      expect(level(text), text).toBe('none');
  });

  it('keeps a farewell to people, to everyone or to life', () => {
    for (const text of ['tar farvel med alle i kveld', 'sier farvel til familien min nå', 'jeg tar farvel med livet'])
      expect(level(text), text).not.toBe('none');
  });
});

describe('the word suicide in figures and research', () => {
  it('reads a rate, a share or a study of suicide as no risk', () => {
    for (const text of [
      'Visste du at selvmordsraten har gått ned i Norge?',
      'vi lærte at andelen selvmord er høyere blant unge menn',
      'Jeg leste en studie om selvmord blant bønder',
    ])
      expect(level(text), text).toBe('none');
  });

  it('keeps the speaker’s own thoughts next to the figures', () => {
    expect(level('jeg leste om selvmordsraten, og jeg tenker selv på selvmord hver dag')).not.toBe('none');
  });
});

describe('an idiom of living is taken out before the layers read', () => {
  it('keeps what the rest of the message says', () => {
    expect(level('kan ikke leve uten kaffe, og egentlig vil jeg bare dø')).toBe('acute');
    expect(level('jeg klarer ikke leve uten musikk, men jeg vil ikke leve lenger heller')).not.toBe('none');
  });
});

describe('disclosures said without the usual words', () => {
  it('asks when keeping oneself alive is something one may not manage', () => {
    for (const text of [
      'jeg aner ikke hvor lenge jeg orker å holde meg selv i live',
      'det eneste jeg gjør er å holde meg i live fra dag til dag',
      "I'm barely keeping myself alive right now",
    ])
      expect(level(text), text).not.toBe('none');
    for (const text of [
      'Kaffe er det eneste som holder meg i live gjennom eksamen',
      'i spillet må du holde deg i live så lenge som mulig, jeg holdt meg i live i tjue minutter',
    ])
      expect(level(text), text).toBe('none');
  });

  it('asks when goodbyes are already said to the people one cares about', () => {
    for (const text of ['har skrevet farvel til dem jeg er glad i', 'eg har sagt ha det til dei eg held av'])
      expect(level(text), text).not.toBe('none');
    expect(level('har sagt ha det til de jeg er glad i, for jeg flytter til Tromsø i morgen')).toBe('none');
  });

  it('tells the counselor when an adult or a stranger wants to meet the speaker alone', () => {
    for (const text of [
      'en mye eldre mann på nettet vil treffe meg alene',
      'ein framand fyr på snap vil at eg skal møte han aleine',
      'some older guy keeps asking to meet me alone',
    ])
      expect(level(text), text).not.toBe('none');
    for (const text of [
      'en eldre kollega skal treffe meg alene for å lære meg kassa',
      'jeg skal møte sjefen alene for å snakke om lønn',
    ])
      expect(level(text), text).toBe('none');
  });
});

describe('wishes, demands and threats said in other words (lead probe 4 kinds)', () => {
  it('asks when disappearing is called the best thing, or an illness is wished for to die of', () => {
    for (const text of [
      'det letteste hadde vært å bare forsvinne',
      'jeg tenker at det beste er å forsvinne, helt',
      'skulle ønske jeg kunne få en svulst så jeg slapp alt',
    ])
      expect(level(text), text).not.toBe('none');
    expect(level('det beste er å forsvinne fra sosiale medier en stund')).toBe('none');
    expect(level('jeg håper virkelig ikke at jeg får kreft som bestefar')).toBe('none');
  });

  it('tells the counselor of money demanded under threat of spreading pictures of the speaker', () => {
    for (const text of [
      'en fyr krever 2000 kroner, ellers sprer han video av meg',
      'hun sier hun deler bildene av meg hvis jeg ikke vippser henne',
    ])
      expect(level(text), text).not.toBe('none');
    expect(level('fotografen vil dele bildene av meg fra bryllupet på nettsiden sin')).toBe('none');
  });

  it('tells the counselor when an adult man demands "niceness" bound to nights or a threat', () => {
    expect(level('onkelen min sier jeg må være grei med ham når vi er alene')).not.toBe('none');
    expect(level('pappa sier jeg må være snill mot ham når han har hatt en lang dag')).toBe('none');
  });

  it('reads thinking of death after someone close died as grief, not a crisis of the speaker', () => {
    expect(level('Jeg tenker mye på døden for tiden, siden farmor gikk bort i høst')).toBe('none');
    expect(level('etter at pappa døde vil jeg bare dø selv')).toBe('acute');
  });
});

describe('plans, means and acts told in a few words (lead probe 5 kinds)', () => {
  it('asks when waking up is too much, or where and when "it" will be done is known', () => {
    for (const text of [
      'klarer ikke å våkne til en dag til',
      'orker ikke våkne opp mer',
      'jeg vet når jeg skal gjøre det',
    ])
      expect(level(text), text).not.toBe('none');
    for (const text of [
      'orker ikke å våkne tidlig på mandag',
      'jeg vet hvor jeg skal gjøre det, på lesesalen med oppgaven',
    ])
      expect(level(text), text).toBe('none');
  });

  it('asks when passwords or keys are handed on for afterwards', () => {
    expect(level('har lagt igjen kodene til kontoene mine så mamma har dem etterpå')).not.toBe('none');
    expect(level('ga nøklene til naboen så hun har dem når jeg er på ferie')).toBe('none');
  });

  it('takes a looked-up height, a large amount or a poison asked about, and the rest of the pills taken', () => {
    for (const text of [
      'har googla hvor høyt det er fra taket på blokka',
      'er det dødelig å ta 30 paracet',
      'kan man dø av å drikke klorin',
      'svelget resten av tablettene i skuffen i natt',
    ])
      expect(level(text), text).toBe(text.startsWith('har googla') ? 'check_in' : 'acute');
    for (const text of [
      'vi sjekket hvor høy brua er i fysikktimen',
      'er det farlig å ta 10 mg melatonin',
      'kan katten dø av å spise sjokolade',
      'tok resten av antibiotikakuren slik legen sa',
    ])
      expect(level(text), text).toBe('none');
  });

  it('takes "I said no but he went on" as abuse, not a nagging friend', () => {
    expect(level('eg sa nei fleire gonger men han heldt fram')).toBe('acute');
    expect(level('jeg sa nei til festen men han fortsatte å mase')).toBe('none');
  });
});

describe('a reason to live questioned, and everyday slips nobody minds (lead probe 6 kinds)', () => {
  it('asks when the reason to live is questioned with words in between', () => {
    for (const text of ['kvifor skal eg eigentleg leve', 'hvorfor skulle jeg liksom leve'])
      expect(level(text), text).toBe('check_in');
    expect(level('hvorfor skal jeg leve på knekkebrød hele uka')).toBe('none');
  });

  it('reads nobody minding an everyday slip as no crisis, and nobody caring if one is gone as one', () => {
    expect(assessRisk('ingen bryr seg om jeg er litt sent ute til timen', { model: null }).level).toBe('none');
    expect(assessRisk('ingen merker om jeg skulker til timen', { model: null }).level).toBe('none');
    expect(level('ingen hadde brydd seg om jeg var borte for alltid')).not.toBe('none');
  });

  it('reads a means that does not help as no hopelessness about life', () => {
    expect(assessRisk('ingenting blir bedre av å sitte og vente på svar', { model: null }).level).toBe('none');
    expect(level('ingenting blir bedre, jeg gir opp livet')).not.toBe('none');
  });
});
