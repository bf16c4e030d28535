/** The orchestrator's stages, each on its own (no store, no model). */
import { checkMoveOutput, checkProse, MI_INCONSISTENT } from '../../../electron/core/chat/checks/index.js';
import { describe, expect, it } from 'vitest';
import type { Principal } from '../../../electron/core/auth/types.js';
import { tidyBullets, unsupportedSentences } from '../../../electron/core/chat/orchestrator/noteText.js';
import {
  buildModelContext,
  CONTEXT_ALLOWLIST,
  emptyFacts,
  motivationTrendText,
  renderContext,
  type ParticipantFacts,
} from '../../../electron/core/chat/orchestrator/context.js';
import {
  FollowupContextProvider,
  FollowupIdentitySource,
  lastAgreed,
  nextOpenStep,
  type PlanStepLike,
} from '../../../electron/core/chat/orchestrator/followupPorts.js';
import {
  generateReply,
  tokenBudget,
  type DraftSink,
  type ReplyRequest,
} from '../../../electron/core/chat/orchestrator/generation.js';
import {
  assertSafeForModel,
  conversationScrubber,
  ScrubFailedError,
} from '../../../electron/core/chat/orchestrator/guard.js';
import { passageExcerpt } from '../../../electron/core/chat/orchestrator/orchestrator.js';
import { buildTurnPrompt } from '../../../electron/core/chat/orchestrator/prompt.js';
import { extractCommittedStep } from '../../../electron/core/chat/orchestrator/steps.js';
import { DisplayStream, TextFieldDecoder } from '../../../electron/core/chat/orchestrator/streaming.js';
import { rollingSummary, type PromptTurn } from '../../../electron/core/chat/orchestrator/summary.js';
import { move } from '../../../electron/core/chat/mi/moves.js';
import { ModelError } from '../../../electron/core/llm/errors.js';
import { defaultScrubber } from '../../../electron/core/scrub/scrubber.js';
import { PseudonymVault } from '../../../electron/core/scrub/vault.js';
import { ScriptedGenerator } from './helpers.js';

const principal: Principal = {
  userId: 'u1',
  role: 'participant',
  displayName: 'Sunniva Kvalheim',
  sessionId: 's',
  participantId: 'p1',
};

describe('context from the allowlist', () => {
  const facts: ParticipantFacts & Record<string, unknown> = {
    ...emptyFacts(),
    processStage: 'job_search',
    programme: 'aft',
    currentGoal: 'Jobbe i butikken til Geir Arne',
    nextStep: { title: 'Sende CV', status: 'planned', dueOn: '2026-12-03', agreed: false },
    motivation: [
      { measuredOn: '2026-11-01', importance: 5, confidence: 4 },
      { measuredOn: '2026-11-20', importance: 7, confidence: 6 },
    ],
    lastAgreedStep: null,
    // Not in any allowlist: must never appear.
    nationalId: '15076500565',
    notes: 'Sensitive notat',
  };

  it('takes only the purpose’s fields, in order, each pseudonymised', () => {
    const seen: string[] = [];
    const entries = buildModelContext('participant_chat', facts, (v) => {
      seen.push(v);
      return v.replace('Geir Arne', '[NAVN_1]');
    });
    expect(entries.map((e) => e.key)).toEqual(['processStage', 'currentGoal', 'nextStep', 'motivationTrend']);
    expect(entries.every((e) => CONTEXT_ALLOWLIST.participant_chat.includes(e.key))).toBe(true);
    expect(entries.find((e) => e.key === 'currentGoal')?.value).toBe('Jobbe i butikken til [NAVN_1]');
    expect(seen).toHaveLength(4);
    const text = renderContext(entries);
    expect(text).toContain('jobbsøking');
    expect(text).toContain('Sende CV (planlagt, frist 3. desember)');
    expect(text).toContain('viktighet 5 → 7, mestringstro 4 → 6 (stigende)');
    expect(text).not.toContain('15076500565');
    expect(text).not.toContain('Sensitive');
    expect(text).not.toContain('arbeidsforberedende'); // the programme is not for the participant chat
    expect(buildModelContext('meeting_prep', facts, (v) => v).map((e) => e.key)).toContain('programme');
    expect(buildModelContext('note_draft', facts, (v) => v).map((e) => e.key)).toEqual([
      'processStage',
      'programme',
      'currentGoal',
    ]);
  });

  it('fails closed when pseudonymising a value fails', () => {
    expect(() =>
      buildModelContext('participant_chat', facts, () => {
        throw new ScrubFailedError();
      }),
    ).toThrow(ScrubFailedError);
  });

  it('describes the motivation trend', () => {
    expect(motivationTrendText([])).toBeNull();
    expect(motivationTrendText([{ measuredOn: '2026-11-01', importance: 8, confidence: 7 }])).toBe(
      'viktighet 8, mestringstro 7 (én måling)',
    );
    expect(
      motivationTrendText([
        { measuredOn: 'a', importance: 8, confidence: 7 },
        { measuredOn: 'b', importance: 5, confidence: 6 },
      ]),
    ).toMatch(/synkende/);
  });

  it('reads the facts through the follow-up services, and leaves out a part it may not read', async () => {
    const steps: PlanStepLike[] = [
      {
        id: 1,
        title: 'Gammelt steg',
        status: 'done',
        dueOn: '2026-10-01',
        agreed: true,
        createdAt: '2026-09-01',
        updatedAt: '2026-10-01',
      },
      {
        id: 2,
        title: 'Sende CV',
        status: 'planned',
        dueOn: '2026-12-03',
        agreed: false,
        createdAt: '2026-11-01',
        updatedAt: '2026-11-01',
      },
      {
        id: 3,
        title: 'Uten dato',
        status: 'proposed',
        dueOn: null,
        agreed: true,
        createdAt: '2026-11-15',
        updatedAt: '2026-11-16',
      },
    ];
    expect(nextOpenStep(steps)?.id).toBe(2);
    expect(lastAgreed(steps)?.id).toBe(3);
    const provider = new FollowupContextProvider({
      followup: {
        participant: async () => ({ id: 'p1', displayName: 'Sunniva Kvalheim', counselorId: 'c1' }),
        notes: async () => [],
      },
      profile: { profile: async () => Promise.reject(new Error('FORBIDDEN')) },
      plan: { get: async () => ({ goal: { text: 'Få jobb' }, steps }), addStep: async () => steps[0]! },
      motivation: { timeline: async () => ({ series: [{ measuredOn: '2026-11-01', importance: 6, confidence: 5 }] }) },
    });
    const facts = await provider.participantFacts(principal, 'p1');
    expect(facts).toMatchObject({
      processStage: null,
      currentGoal: 'Få jobb',
      nextStep: { title: 'Sende CV' },
      lastAgreedStep: { title: 'Uten dato' },
    });
    expect(facts.motivation).toHaveLength(1);
  });

  it('knows who to remove: the participant (name, phone, e-mail) and their counselor', async () => {
    const source = new FollowupIdentitySource({
      followup: {
        participant: async () => ({ id: 'p1', displayName: 'Sunniva Kvalheim', counselorId: 'c1' }),
        notes: async () => [],
      },
      profile: {
        profile: async () => ({
          displayName: 'Sunniva Kvalheim',
          phone: '912 34 567',
          email: 's@example.no',
          programme: null,
          counselor: { id: 'c1', displayName: 'Geir Arne Lie' },
          stage: null,
        }),
      },
    });
    expect(await source.knownIdentities(principal, 'p1')).toEqual([
      { kind: 'participant', fullName: 'Sunniva Kvalheim', phone: '912 34 567', email: 's@example.no' },
      { kind: 'counselor', fullName: 'Geir Arne Lie' },
    ]);
  });
});

describe('rolling summary', () => {
  it('keeps the last turns as they were and folds the earlier ones into what MI needs', () => {
    const turns: PromptTurn[] = [
      { role: 'assistant', modelText: 'Hvordan har du det?', move: 'open_question' },
      { role: 'participant', modelText: 'Jeg vil egentlig jobbe.', talk: 'change', subtype: 'desire' },
      { role: 'assistant', modelText: 'Du har lyst til å jobbe.' },
      { role: 'participant', modelText: 'Men jeg orker ikke å søke.', talk: 'sustain', subtype: 'ability' },
      { role: 'assistant', modelText: 'Det er tungt.' },
      { role: 'participant', modelText: 'Jeg skal ringe [NAVN_1] i morgen.', talk: 'change', subtype: 'commitment' },
      { role: 'participant', modelText: null, talk: null },
      ...Array.from({ length: 6 }, (_, i): PromptTurn => ({
        role: i % 2 ? 'participant' : 'assistant',
        modelText: `Tur ${i}`,
      })),
    ];
    const r = rollingSummary(turns);
    expect(r.recent.map((t) => t.text)).toEqual(['Tur 0', 'Tur 1', 'Tur 2', 'Tur 3', 'Tur 4', 'Tur 5']);
    expect(r.summary[0]).toBe('Tidligere i samtalen har personen skrevet 3 meldinger.');
    expect(r.summary.join('\n')).toContain('«Jeg skal ringe [NAVN_1] i morgen.»');
    expect(r.summary.join('\n')).toContain('for endring: «Jeg vil egentlig jobbe.»');
    expect(r.summary.join('\n')).toContain('holder personen tilbake: «Men jeg orker ikke å søke.»');
    expect(rollingSummary(turns.slice(0, 3)).summary).toEqual([]);
  });
});

describe('the committed step', () => {
  it.each([
    ['Jeg skal sende to søknader i morgen.', 'Sende to søknader i morgen'],
    ['ok, jeg skal faktisk ringe [NAVN_1] på mandag', 'Ringe [NAVN_1] på mandag'],
    ['Jeg har bestemt meg for å lage en CV, men det blir tungt', 'Lage en CV'],
    ['Jeg vil egentlig, og jeg skal søke på to jobber', 'Søke på to jobber'],
    ['Eg skal gå på jobbintervju neste veke', 'Gå på jobbintervju neste veke'],
  ])('%s → %s', (text, title) => expect(extractCommittedStep(text)).toBe(title));

  it.each(['jeg skal ikke søke', 'det går bra', 'jeg skal', 'hva skal jeg gjøre?'])('no step in %s', (text) =>
    expect(extractCommittedStep(text)).toBeNull(),
  );
});

describe('streaming the text field', () => {
  it('decodes the text of a growing JSON value, escapes included', () => {
    const d = new TextFieldDecoder();
    const json = JSON.stringify({ move: 'summary', text: 'Du sa «ja» og \\ "nei"\nså', sources: [] });
    let out = '';
    for (let i = 0; i < json.length; i += 3) out += d.push(json.slice(i, i + 3));
    expect(out).toBe('Du sa «ja» og \\ "nei"\nså');
  });

  it('shows a word behind, never half a placeholder, restored, and goes quiet on made-up personal data', () => {
    const vault = new PseudonymVault();
    defaultScrubber().scrub('Jeg heter Sunniva Kvalheim', { vault });
    const shown: string[] = [];
    const display = new DisplayStream(vault, (t) => shown.push(t));
    for (const partial of ['Hei ', 'Hei [NA', 'Hei [NAVN_1', 'Hei [NAVN_1], fint', 'Hei [NAVN_1], fint at du skriver '])
      display.offer(partial);
    expect(shown.join('')).toBe('Hei Sunniva Kvalheim, fint at du skriver ');
    expect(shown.every((s) => !s.includes('['))).toBe(true);
    display.offer('Hei [NAVN_1], fint at du skriver. Ring meg på 98765432 i dag');
    expect(display.text).toBe('Hei Sunniva Kvalheim, fint at du skriver ');
  });
});

describe('generation with checks, one regeneration and the phrase library', () => {
  const m = move('complex_reflection', 'meaning', 'keep_reflecting');
  const good = JSON.stringify({
    move: 'complex_reflection',
    text: 'Det høres ut som det betyr mye for deg å klare dette selv.',
    sources: [],
  });
  const asks = JSON.stringify({
    move: 'complex_reflection',
    text: 'Er det viktig for deg å klare dette selv?',
    sources: [],
  });
  const invents = JSON.stringify({
    move: 'complex_reflection',
    text: 'Det høres ut som Kari Nordmann på 98765432 betyr mye for deg.',
    sources: [],
  });
  const request = (extra: Partial<ReplyRequest> = {}): ReplyRequest => ({
    move: m,
    systemPrompt: 'system',
    prompt: 'prompt',
    passageIds: [],
    adviceAllowed: false,
    vault: new PseudonymVault(),
    fallback: { slots: { statement_paraphrase: 'du vil klare det selv' }, sources: [], talk: 'change' },
    rng: () => 0,
    signal: new AbortController().signal,
    ...extra,
  });

  it('takes a reply that passes', async () => {
    const g = new ScriptedGenerator(() => good);
    const r = await generateReply(g, request());
    expect(r).toMatchObject({
      generation: 'model',
      modelCalls: 1,
      text: 'Det høres ut som det betyr mye for deg å klare dette selv.',
    });
    expect(g.requests[0]?.maxTokens).toBe(tokenBudget('complex_reflection'));
    expect(g.requests[0]?.schema).toMatchObject({ properties: { move: { const: 'complex_reflection' } } });
  });

  it('tries once more with a hint, then answers from the phrase library', async () => {
    const once = new ScriptedGenerator((_r, i) => (i === 0 ? asks : good));
    expect((await generateReply(once, request())).generation).toBe('regenerated');
    expect(once.requests[1]?.prompt).toContain('Skriv en påstand, ikke et spørsmål');
    const never = new ScriptedGenerator(() => asks);
    const r = await generateReply(never, request());
    expect(r.generation).toBe('fallback');
    expect(r.modelCalls).toBe(2);
    expect(r.attempts.map((a) => a.failures)).toEqual([['reflection_is_question'], ['reflection_is_question']]);
    expect(r.text).not.toContain('?');
  });

  it('refuses nonsense, template tokens and English, and answers from the phrase library', async () => {
    const replies = [
      'forO isZ en kan veilederIZ4I og du vil sg det',
      '<|im_start|>assistant Det høres ut som det betyr mye for deg.',
      'It sounds like it really matters to you to manage this yourself.',
      'Det høres høres høres ut som som som det betyr mye.',
    ];
    for (const text of replies) {
      const model = new ScriptedGenerator(() => JSON.stringify({ move: 'complex_reflection', text, sources: [] }));
      const r = await generateReply(model, request());
      expect(r.generation, text).toBe('fallback');
      expect(r.text).not.toBe(text);
      expect(r.attempts.every((a) => a.failures.length > 0)).toBe(true);
      expect(checkProse(r.text).failures, r.text).toEqual([]);
    }
  });

  it('reads short codes of letters and a number as Norwegian writing, and garbled tokens as noise', () => {
    for (const text of [
      'Den vanligste veien er to år i skole (Vg1 og Vg2) og to år som lærling.',
      'Mange Vg3-elever skriver søknaden på ett A4-ark, og du trenger nivå B2 i norsk.',
      'Grensen er 2G i året, sier reglene.',
    ])
      expect(checkProse(text).failures, text).not.toContain('garbled_token');
    for (const text of [
      'Det er fint at du veilederIZ4I har kommet hit i dag.',
      'Du har prøvd mye, og det sier noe om deg x7k2.',
      'Det høres ut som du isZ har tenkt mye på det.',
    ])
      expect(checkProse(text).failures, text).toContain('garbled_token');
  });

  it('shows nothing of a streamed draft that does not read as Norwegian prose', () => {
    const shown: string[] = [];
    const display = new DisplayStream(new PseudonymVault(), (t) => shown.push(t));
    for (const partial of ['forO ', 'forO isZ ', 'forO isZ en kan ', 'forO isZ en kan veilederIZ4I og '])
      display.offer(partial);
    expect(shown.join('')).toBe('');
    const english: string[] = [];
    const en = new DisplayStream(new PseudonymVault(), (t) => english.push(t));
    for (const partial of [
      'It sounds ',
      'It sounds like it ',
      'It sounds like it really matters to ',
      'It sounds like it really matters to you to manage ',
    ])
      en.offer(partial);
    expect(english.join('')).toBe('');
  });

  it("holds back an opening made of Norwegian words that is not yet a sentence (a small model's noise)", () => {
    /** What a person sees when the model writes these words one at a time. */
    const streamed = (text: string): string => {
      const shown: string[] = [];
      const display = new DisplayStream(new PseudonymVault(), (t) => shown.push(t));
      const words = text.split(/(?<=\s)/);
      for (let i = 1; i <= words.length; i++) display.offer(words.slice(0, i).join(''));
      return shown.join('');
    };
    // Openings of this kind came from the tiny test model: each word alone is Norwegian.
    for (const noise of [
      ' det det for det skal kan ',
      'Z skal tenker det av for ',
      ' tenker en føler hvorfor det ',
      'I hva hvordan det for av en at som ',
      'Hva skal tenkerq for det kan ',
    ])
      expect(streamed(noise), noise).toBe('');
    // A sentence streams as before, also when it opens with small words, and is shown whole.
    for (const sentence of [
      'Det er ikke så lett når alt kommer på en gang. ',
      'Hva tenker du om å spørre sjefen om en attest? ',
    ])
      expect(streamed(sentence)).toBe(sentence);
  });

  it('never sends a phrase-library text that reads as advice or a warning, whatever the draw', async () => {
    const down = new ScriptedGenerator(() => new ModelError('MODEL_NOT_CONFIGURED'));
    const slots = {
      statement_paraphrase: 'du må bare slutte å tenke på det',
      change_talk_paraphrase: 'du risikerer å miste plassen',
    };
    for (const draw of [0, 0.2, 0.4, 0.6, 0.8, 0.99]) {
      const r = await generateReply(
        down,
        request({ rng: () => draw, fallback: { slots, sources: [], talk: 'change' } }),
      );
      const check = checkMoveOutput(
        { move: r.move, text: r.text, sources: r.sources },
        { move: { kind: r.move, variant: r.variant as never }, adviceAllowed: false, passageIds: [] },
      );
      expect(
        check.failures.filter((f) => MI_INCONSISTENT.has(f.code)),
        r.text,
      ).toEqual([]);
    }
  });

  it('refuses personal data the model made up', async () => {
    const g = new ScriptedGenerator((_r, i) => (i === 0 ? invents : good));
    const r = await generateReply(g, request());
    expect(r.generation).toBe('regenerated');
    expect(r.attempts[0]?.failures).toContain('invented_personal_data');
    expect(g.requests[1]?.prompt).toContain('Ikke skriv navn, tall eller plassholdere');
  });

  it('goes straight to the phrase library when there is no model, and keeps the partial text when stopped', async () => {
    const down = new ScriptedGenerator(() => new ModelError('MODEL_NOT_CONFIGURED'));
    const r = await generateReply(down, request());
    expect(r).toMatchObject({
      generation: 'fallback',
      modelCalls: 1,
      attempts: [{ failures: ['model_error'], modelError: 'MODEL_NOT_CONFIGURED' }],
    });
    const controller = new AbortController();
    const draft: DraftSink = {
      begin: () => () => undefined,
      partial: () => 'Det høres ut som',
      discard: () => undefined,
    };
    const stopped = new ScriptedGenerator(() => {
      controller.abort();
      return new ModelError('MODEL_STOPPED');
    });
    expect(await generateReply(stopped, request({ signal: controller.signal, draft }))).toMatchObject({
      generation: 'stopped',
      text: 'Det høres ut som',
    });
  });

  it('a stop that lands after a failed attempt, before the next one wrote anything, keeps what the person saw', async () => {
    const controller = new AbortController();
    let current = '';
    const draft: DraftSink = {
      // What the display decoded of the attempt so far (set by the scripted generator below).
      begin: () => () => undefined,
      partial: () => current,
      discard: () => void (current = ''),
    };
    const g = new ScriptedGenerator((_r, i) => {
      if (i === 0) {
        current = 'Er det viktig for deg';
        return asks;
      }
      controller.abort();
      return new ModelError('MODEL_STOPPED');
    });
    expect(await generateReply(g, request({ signal: controller.signal, draft }))).toMatchObject({
      generation: 'stopped',
      text: 'Er det viktig for deg',
    });
  });
});

describe('the last guard before the model', () => {
  const known = [{ kind: 'participant' as const, fullName: 'Sunniva Kvalheim' }];

  it('gives a relative’s first name beside a known surname its own placeholder', () => {
    const vault = new PseudonymVault();
    const scrub = conversationScrubber(defaultScrubber(), vault, known);
    const out = scrub('Jeg bor sammen med mamma Hodan Kvalheim og Sunniva Hansen er kusina mi. Hei Kvalheim.');
    expect(out).not.toMatch(/Hodan|Hansen|Kvalheim|Sunniva/);
    expect(out).toContain('mamma [NAVN_');
    expect(out).toContain('Hei [NAVN_');
  });

  it('refuses a prompt that still holds a known identity or a number from a person', () => {
    const vault = new PseudonymVault();
    const base = { context: [], summary: [], recent: [], participantText: 'hei' };
    expect(() =>
      assertSafeForModel({ ...base, systemPrompt: 's', prompt: 'Hilsen Sunniva' }, known, defaultScrubber(), vault),
    ).toThrow(ScrubFailedError);
    expect(() =>
      assertSafeForModel(
        { ...base, systemPrompt: 's', prompt: 'p', participantText: 'ring 98765432' },
        known,
        defaultScrubber(),
        vault,
      ),
    ).toThrow(ScrubFailedError);
    // Public numbers in knowledge passages (the prompt, not a person's text) are fine.
    expect(() =>
      assertSafeForModel(
        { ...base, systemPrompt: 's', prompt: 'NAV Kontaktsenter: 55 55 33 33' },
        known,
        defaultScrubber(),
        vault,
      ),
    ).not.toThrow();
  });

  it('builds the prompt from scrubbed parts and records them as sent', () => {
    const built = buildTurnPrompt({
      purpose: 'participant_chat',
      at: '2026-12-01T10:00:00.000Z',
      move: move('provide_information', 'grounded', 'participant_asked'),
      context: [{ key: 'processStage', label: 'Fase i oppfølgingen', value: 'jobbsøking' }],
      conversation: {
        messages: [{ role: 'user', text: 'Hei' }],
        summary: ['Tidligere i samtalen har personen skrevet 3 meldinger.'],
        recent: [{ role: 'participant', text: 'Hei' }],
      },
      participantText: 'Hva er AFT?',
      passages: [
        {
          id: 'aft#hva-er-aft',
          title: 'AFT',
          heading: 'Hva er AFT?',
          text: 'AFT er et tiltak.',
          source: 'https://nav.no',
          date: '2026-11-24',
        },
      ],
      slots: {},
    });
    expect(built.systemPrompt).toContain('- Fase i oppfølgingen: jobbsøking');
    expect(built.prompt).toContain('[aft#hva-er-aft] AFT – Hva er AFT?');
    expect(built.prompt).toContain('Personen skriver nå:\nHva er AFT?');
    expect(built.view).toMatchObject({
      sentToModel: true,
      systemPrompt: built.systemPrompt,
      prompt: built.prompt,
      participantText: 'Hva er AFT?',
    });
  });
});

describe('small helpers', () => {
  it('quotes a passage without markdown', () => {
    expect(passageExcerpt('AFT består av:\n- kartlegging\n- **arbeidsutprøving**\n\nNeste avsnitt.')).toBe(
      'AFT består av: kartlegging arbeidsutprøving',
    );
  });

  it('turns bullets into a tidy note without adding anything, and spots sentences the bullets do not support', () => {
    const note = tidyBullets(
      '- snakket om CV\n- vil søke butikkjobb\n* avtalt nytt møte om to uker',
      '2026-12-01',
      'meeting',
    );
    expect(note).toBe('Møte 1. desember.\n\nSnakket om CV. Vil søke butikkjobb. Avtalt nytt møte om to uker.');
    expect(unsupportedSentences('Deltakeren snakket om CV-en sin. Deltakeren har depresjon.', 'snakket om CV')).toEqual(
      ['Deltakeren har depresjon.'],
    );
  });
});
