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
