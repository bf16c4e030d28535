import { describe, expect, it } from 'vitest';
import { resolveSpans } from '../../../electron/core/scrub/resolver.js';
import { CHUNK, PATH_SETTINGS, Scrubber, defaultScrubber } from '../../../electron/core/scrub/scrubber.js';
import type { Span } from '../../../electron/core/scrub/types.js';
import { PseudonymVault } from '../../../electron/core/scrub/vault.js';
import { seededRng } from './ids.js';

const chat = new Scrubber({ path: 'chat' });
const note = new Scrubber({ path: 'note' });
const scrub = (text: string, s: Scrubber = chat): string => s.scrub(text, { vault: new PseudonymVault() }).text;

describe('names in lower-case chat without punctuation', () => {
  it.each([
    ['jeg snakket med thi nguyen i går', 'jeg snakket med [NAVN_1] i går'],
    ['sjefen min heter fatima yusuf', 'sjefen min heter [NAVN_1]'],
    ['hei det er meg, elias, fra tiltaket', 'hei det er meg, [NAVN_1], fra tiltaket'],
    ['ring jonas hvis jeg ikke svarer', 'ring [NAVN_1] hvis jeg ikke svarer'],
    ['fatima yusuf på lageret sa at jeg kunne gå', '[NAVN_1] på lageret sa at jeg kunne gå'],
    ['jeg og mona var på kino', 'jeg og [NAVN_1] var på kino'],
    ['kollegaen min dmytro snakker ikke norsk', 'kollegaen min [NAVN_1] snakker ikke norsk'],
    ['sivakumar og priya jobber på hotellet', '[NAVN_1] og [NAVN_2] jobber på hotellet'],
  ])('removes every part of the name in "%s"', (text, expected) => {
    expect(scrub(text)).toBe(expected);
  });

  it('lets a name take its neighbours: a surname after a given name, also one that is a word', () => {
    expect(scrub('snakka med kari berg i dag')).toBe('snakka med [NAVN_1] i dag');
    expect(scrub('møtte per hansen på bussen')).toBe('møtte [NAVN_1] på bussen');
    expect(scrub('naboen bakken klager hele tiden')).toBe('naboen [NAVN_1] klager hele tiden');
  });

  it('takes names of other origins by their shape when the lists do not have them', () => {
    // A Polish surname ending in -a right after a given name (it looks like a Norwegian word form).
    expect(scrub('snakka med magdalena zielinska i går')).toBe('snakka med [NAVN_1] i går');
    // A surname ending no Norwegian word has, on its own and with an unlisted given name before it.
    expect(scrub('kan du spørre petrović om vakta')).toBe('kan du spørre [NAVN_1] om vakta');
    expect(scrub('jeg ringte abrahaley petrović i går')).toBe('jeg ringte [NAVN_1] i går');
    // After a relation, a word never seen that is no Norwegian word form.
    expect(scrub('kjæresten min zekarias har fått jobb')).toBe('kjæresten min [NAVN_1] har fått jobb');
  });

  it('does not take verbs and nouns after a relation for names', () => {
    for (const text of [
      'sjefen min digga ideen min',
      'naboen grilla hele kvelden',
      'mamma screenshotta meldinga',
      'pappa insisterte på å kjøre',
      'vi kjøpte en ny kjøkkenbenk',
    ]) {
      expect(scrub(text), text).toBe(text);
    }
  });

  it('keeps ordinary lower-case words that are also names', () => {
    for (const text of [
      'per time tjener jeg 180 kr',
      'liv og helse er viktig',
      'mine venner er snille',
      'vi skal grille hvis det blir sol',
      'jeg gleder meg til mai',
      'han var sur i dag',
      'vi fisket i ei elv i nord',
      'jeg jobber i en hage om sommeren',
    ]) {
      expect(scrub(text), text).toBe(text);
    }
  });

  it('reads a word in -a after an auxiliary as the verb it is, and still takes the name after a cue', () => {
    for (const text of ['det har kosta meg mye krefter', 'du har kjempa lenge, og det har kosta']) {
      expect(scrub(text), text).toBe(text);
    }
    expect(scrub('jeg har snakka med kosta i dag')).toBe('jeg har snakka med [NAVN_1] i dag');
  });
});

describe('places, organisations and brands are not people', () => {
  it.each([
    'Jeg bor i Førde og har vært i Norge og Sverige.',
    'Vi dro til Los Angeles i fjor.',
    'Jakka er fra Ralph Lauren.',
    'jeg bor i førde og har vært i sverige',
    'kjøpte en genser fra ralph lauren',
    'jeg har søkt jobb hos elkjøp og på rema 1000',
  ])('keeps "%s"', (text) => {
    expect(scrub(text)).toBe(text);
  });

  it('still takes a place name as a person when a cue says so', () => {
    expect(scrub('Hun heter Lund.')).toBe('Hun heter [NAVN_1].');
  });
});

describe('the threshold per path', () => {
  it('is explicit: the note editor is stricter than the chat', () => {
    expect(PATH_SETTINGS.chat.lowercaseNames).toBe(true);
    expect(PATH_SETTINGS.note.lowercaseNames).toBe(false);
    expect(PATH_SETTINGS.note.personThreshold).toBeGreaterThan(PATH_SETTINGS.chat.personThreshold);
    expect(defaultScrubber('note').path).toBe('note');
    expect(defaultScrubber().path).toBe('chat');
  });

  it('masks an uncued lower-case name in chat, but only marks cued ones in notes', () => {
    expect(scrub('abdirahman kommer ikke i dag', chat)).toBe('[NAVN_1] kommer ikke i dag');
    expect(scrub('abdirahman kommer ikke i dag', note)).toBe('abdirahman kommer ikke i dag');
    expect(scrub('han heter abdirahman', note)).toBe('han heter [NAVN_1]');
    // Capitalised names are found on both paths.
    expect(scrub('Jeg snakket med Abdirahman Warsame.', note)).toBe('Jeg snakket med [NAVN_1].');
  });
});

describe('span resolution and long texts', () => {
  const naive = (candidates: readonly Span[]): Span[] => {
    const rank = [
      'PERSON',
      'NATIONAL_ID',
      'PHONE',
      'EMAIL',
      'ADDRESS',
      'BANK_ACCOUNT',
      'IBAN',
      'DATE_OF_BIRTH',
      'ORG_NUMBER',
      'CAR_REG',
    ];
    const ranked = candidates
      .filter((s) => s.end > s.start)
      .sort(
        (a, b) =>
          b.confidence - a.confidence ||
          b.end - b.start - (a.end - a.start) ||
          a.start - b.start ||
          rank.indexOf(a.type) - rank.indexOf(b.type),
      );
    const accepted: Span[] = [];
    for (const s of ranked) if (!accepted.some((x) => x.start < s.end && s.start < x.end)) accepted.push(s);
    return accepted.sort((a, b) => a.start - b.start);
  };

  it('resolves overlapping spans exactly as ranking all of them against each other would', () => {
    const rng = seededRng(7);
    const types = ['PERSON', 'PHONE', 'ADDRESS', 'NATIONAL_ID'] as const;
    for (let round = 0; round < 300; round++) {
      const spans: Span[] = [];
      const n = 1 + Math.floor(rng() * 25);
      for (let i = 0; i < n; i++) {
        const start = Math.floor(rng() * 200);
        spans.push({
          start,
          end: start + Math.floor(rng() * 30),
          type: types[Math.floor(rng() * types.length)] ?? 'PERSON',
          confidence: Math.round(rng() * 4) / 4,
        });
      }
      expect(resolveSpans(spans)).toEqual(naive(spans));
    }
  });

  it('finds everything in a text much longer than one piece, also where the pieces meet', () => {
    const lines: string[] = [];
    for (let i = 0; lines.join('\n').length < CHUNK * 5; i++)
      lines.push(
        `Linje ${i}: jeg snakket med Kari Nordmann og ringte 912 34 ${String(100 + (i % 900)).padStart(3, '0')} etterpå.`,
      );
    const text = lines.join('\n');
    const spans = chat.detect(text, {});
    expect(spans.filter((s) => s.type === 'PERSON')).toHaveLength(lines.length);
    expect(spans.filter((s) => s.type === 'PHONE')).toHaveLength(lines.length);
    // One line with no line breaks at all: cut after a sentence, nothing lost either.
    const oneLine = lines.join(' ');
    const inOne = chat.detect(oneLine, {});
    expect(inOne.filter((s) => s.type === 'PHONE')).toHaveLength(lines.length);
    expect(inOne.filter((s) => s.type === 'PERSON')).toHaveLength(lines.length);
  });
});
