import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkMoveOutput, MI_INCONSISTENT } from '../../../electron/core/chat/checks/index.js';
import {
  defaultPhraseLibrary,
  loadPhraseLibrary,
  locatePhraseLibrary,
  MOVE_KINDS,
  MOVE_VARIANTS,
  paraphraseForReflection,
  parsePhraseLibrary,
  reflectionSlots,
  renderFallback,
  slotsOf,
  type FallbackSlots,
  type MoveKind,
  type PhraseLibrary,
} from '../../../electron/core/chat/mi/index.js';
import { classifyTalk, TALK_CLASSES } from '../../../electron/core/chat/talk/index.js';

const library = defaultPhraseLibrary();
const PASSAGE = 'kb:aft#1';
const FULL: FallbackSlots = {
  goal: 'få en deltidsjobb',
  step: 'sende to søknader i morgen',
  topic: 'AFT',
  passage_excerpt: 'AFT står for arbeidsforberedende trening. Tiltaket skal hjelpe deg å prøve ut arbeid.',
  statement_paraphrase: 'du har vært hjemme i et år nå',
  change_talk_paraphrase: 'du vil egentlig gjerne ha en jobb',
  sustain_paraphrase: 'du orker ikke å søke jobber',
};

function only(kind: MoveKind, id: string): PhraseLibrary {
  const template = library.templates[kind].find((t) => t.id === id);
  if (!template) throw new Error(id);
  return { ...library, templates: { ...library.templates, [kind]: [template] } };
}

describe('MI phrase library', () => {
  it('is found in resources/mi and validates', () => {
    expect(locatePhraseLibrary()).toBe(path.resolve('resources/mi/phrases.nb.json'));
    expect(loadPhraseLibrary(locatePhraseLibrary()).language).toBe('nb');
  });

  it('has several variants per move and a slot-free template for every variant (grounded information excepted)', () => {
    for (const kind of MOVE_KINDS) {
      expect(library.templates[kind].length, kind).toBeGreaterThanOrEqual(3);
      for (const variant of MOVE_VARIANTS[kind]) {
        const of = library.templates[kind].filter((t) => t.variant === variant);
        expect(of.length, `${kind}:${variant}`).toBeGreaterThanOrEqual(1);
        if (!(kind === 'provide_information' && variant === 'grounded')) {
          expect(
            of.some((t) => slotsOf(t.text).length === 0),
            `${kind}:${variant} slot-free`,
          ).toBe(true);
        }
      }
    }
    const ids = MOVE_KINDS.flatMap((k) => library.templates[k].map((t) => t.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('rejects a broken library: unknown variant or slot', () => {
    const raw = JSON.parse(fs.readFileSync(locatePhraseLibrary(), 'utf8')) as {
      templates: Record<string, { variant: string; text: string }[]>;
    };
    const badVariant = structuredClone(raw);
    (badVariant.templates['affirmation'] as { variant: string }[])[0]!.variant = 'lecture';
    expect(() => parsePhraseLibrary(badVariant)).toThrow(/unknown variant/);
    const badSlot = structuredClone(raw);
    (badSlot.templates['affirmation'] as { text: string }[])[0]!.text = 'Du har {name}.';
    expect(() => parsePhraseLibrary(badSlot)).toThrow(/unknown slot/);
  });
});

describe('renderFallback', () => {
  it('every template passes the checks for its own move, with and without slots', () => {
    for (const kind of MOVE_KINDS) {
      for (const t of library.templates[kind]) {
        const slotSets = slotsOf(t.text).length > 0 ? [FULL] : [FULL, {}];
        for (const slots of slotSets) {
          const r = renderFallback({ kind, variant: t.variant as never }, slots, () => 0, {
            sources: [PASSAGE],
            library: only(kind, t.id),
          });
          expect(r.templateId).toBe(t.id);
          expect(r.text).not.toMatch(/[{}]/);
          const check = checkMoveOutput(
            { move: r.move, text: r.text, sources: r.sources },
            {
              move: { kind, variant: r.variant as never },
              adviceAllowed: kind === 'provide_information',
              passageIds: [PASSAGE],
            },
          );
          expect(check.failures, `${t.id}: ${r.text}`).toEqual([]);
        }
      }
    }
  });

  it('always answers for every move and variant, whatever the random draw and talk class', () => {
    for (const kind of MOVE_KINDS) {
      for (const variant of MOVE_VARIANTS[kind]) {
        for (const rng of [0, 0.3, 0.6, 0.99]) {
          for (const talk of TALK_CLASSES) {
            const r = renderFallback({ kind, variant: variant as never }, {}, () => rng, { talk });
            const check = checkMoveOutput(
              { move: r.move, text: r.text, sources: r.sources },
              {
                move: { kind, variant: r.variant as never },
                adviceAllowed: kind === 'provide_information',
                passageIds: [],
              },
            );
            expect(check.failures, `${kind}:${variant}: ${r.text}`).toEqual([]);
          }
        }
      }
    }
  });

  it('passes over a template whose filled-in words read as advice or a warning, when asked to check', () => {
    // The participant's own words, turned into "du …", can sound like the assistant advising.
    const slots = { statement_paraphrase: 'du risikerer å miste plassen hvis du ikke møter' };
    const mi = (text: string) =>
      !checkMoveOutput(
        { move: 'simple_reflection', text, sources: [] },
        { move: { kind: 'simple_reflection', variant: 'plain' }, adviceAllowed: false, passageIds: [] },
      ).failures.some((f) => MI_INCONSISTENT.has(f.code));
    const unchecked = renderFallback({ kind: 'simple_reflection', variant: 'plain' }, slots, () => 0);
    expect(mi(unchecked.text)).toBe(false);
    for (const r of [0, 0.3, 0.6, 0.99]) {
      const checked = renderFallback({ kind: 'simple_reflection', variant: 'plain' }, slots, () => r, {
        accept: (text) => mi(text),
      });
      expect(mi(checked.text), checked.text).toBe(true);
      expect(checked.text).not.toContain('risikerer');
    }
  });

  it('fills slots, capitalising where the template asks, and cleans them', () => {
    const r = renderFallback(
      { kind: 'simple_reflection', variant: 'plain' },
      { statement_paraphrase: 'du har søkt på tre jobber?' },
      () => 0,
      {
        library: only('simple_reflection', 'simple_reflection.plain.1'),
      },
    );
    expect(r.text).toBe('Du har søkt på tre jobber, hører jeg.');
  });

  it('prefers templates that fit the talk class', () => {
    for (const rng of [0, 0.5, 0.99]) {
      const r = renderFallback({ kind: 'complex_reflection', variant: 'meaning' }, {}, () => rng, { talk: 'sustain' });
      const t = library.templates.complex_reflection.find((x) => x.id === r.templateId);
      expect(t?.fits ?? ['sustain']).toContain('sustain');
    }
  });

  it('turns grounded information without a passage into the honest "ask your counselor"', () => {
    const r = renderFallback({ kind: 'provide_information', variant: 'grounded' }, { topic: 'AFT' }, () => 0.2);
    expect(r.variant).toBe('no_knowledge');
    expect(r.sources).toEqual([]);
    expect(r.text).toMatch(/veilederen din/i);
    const grounded = renderFallback({ kind: 'provide_information', variant: 'grounded' }, FULL, () => 0.2, {
      sources: [PASSAGE, PASSAGE],
    });
    expect(grounded.sources).toEqual([PASSAGE]);
    expect(grounded.text).toContain('arbeidsforberedende trening');
  });
});

describe('paraphrasing for reflections', () => {
  it("turns the participant's words into a second-person statement", () => {
    expect(paraphraseForReflection('Jeg vil egentlig gjerne ha en jobb.')).toBe('du vil egentlig gjerne ha en jobb');
    expect(paraphraseForReflection('ja, jeg har sendt CV-en min til [BEDRIFT_1]')).toBe(
      'du har sendt CV-en din til [BEDRIFT_1]',
    );
    expect(paraphraseForReflection('vet ikke helt hva jeg skal si')).toBe('du vet ikke helt hva du skal si');
    expect(paraphraseForReflection('eg vil gjerne jobbe med dyr')).toBe('du vil gjerne jobbe med dyr');
    expect(paraphraseForReflection('hva er AFT?')).toBeNull();
    expect(paraphraseForReflection('kan du hjelpe meg')).toBeNull();
  });

  it('splits ambivalence into its two sides', () => {
    const text = 'jeg vil egentlig ha jobb, men jeg orker ikke å søke';
    const slots = reflectionSlots(text, classifyTalk(text));
    expect(slots.change_talk_paraphrase).toBe('du vil egentlig ha jobb');
    expect(slots.sustain_paraphrase).toBe('du orker ikke å søke');
    const r = renderFallback({ kind: 'complex_reflection', variant: 'double_sided' }, slots, () => 0, {
      library: only('complex_reflection', 'complex_reflection.double_sided.3'),
    });
    expect(r.text).toBe('Du orker ikke å søke – og du vil egentlig ha jobb likevel.');
  });
});

describe('the opening question', () => {
  const opening = { kind: 'open_question', variant: 'explore' } as const;
  const picks = (which: 'first' | 'later') =>
    new Set(
      Array.from({ length: 50 }, (_, i) => renderFallback(opening, {}, () => i / 50, { opening: which }).templateId),
    );
  const byId = new Map(library.templates.open_question.map((t) => [t.id, t]));

  it('of a first conversation never presupposes an earlier one («siden sist»)', () => {
    const first = [...picks('first')].map((id) => byId.get(id)!);
    expect(first.length).toBeGreaterThanOrEqual(2);
    for (const t of first) {
      expect(['first', 'any']).toContain(t.opens);
      expect(t.text).not.toMatch(/siden sist|sist gang|forrige/i);
    }
  });

  it('of a later conversation may ask about the time since, and is never a question of mid-conversation', () => {
    const later = [...picks('later')].map((id) => byId.get(id)!);
    expect(later.some((t) => /siden sist/.test(t.text))).toBe(true);
    for (const t of later) expect(['later', 'any']).toContain(t.opens);
  });
});
