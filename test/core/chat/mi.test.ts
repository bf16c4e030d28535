import { describe, expect, it } from 'vitest';
import { conversationFidelity, type StoredTurnLabels } from '../../../electron/core/chat/fidelity/index.js';
import {
  adviceAllowed,
  chooseMove,
  createDialogueState,
  detectPermissionReply,
  instructionKeys,
  isQuestionMove,
  MI_SYSTEM_INSTRUCTION,
  move,
  MOVE_KINDS,
  MOVE_VARIANTS,
  moveInstruction,
  moveOutputJsonSchema,
  observeParticipant,
  openingMove,
  parseMoveOutput,
  recordMove,
  type DialogueState,
  type Move,
  type PolicyContext,
} from '../../../electron/core/chat/mi/index.js';
import { classifyTalk } from '../../../electron/core/chat/talk/index.js';

interface Run {
  moves: Move[];
  state: DialogueState;
  turns: StoredTurnLabels[];
}

/** Runs participant utterances through talk classification and the policy, as the orchestrator will. */
function converse(utterances: readonly string[], context: PolicyContext = {}): Run {
  let state = recordMove(createDialogueState(), openingMove());
  const moves: Move[] = [openingMove()];
  const turns: StoredTurnLabels[] = [{ role: 'assistant', move: 'open_question', variant: 'explore' }];
  for (const text of utterances) {
    const talk = classifyTalk(text);
    state = observeParticipant(state, text, talk);
    const next = chooseMove(state, talk, context);
    state = recordMove(state, next);
    moves.push(next);
    turns.push({ role: 'participant', talk: talk.talk }, { role: 'assistant', move: next.kind, variant: next.variant });
  }
  return { moves, state, turns };
}

const TWENTY_TURNS = [
  'hei',
  'det går sånn passe, har mest vært hjemme',
  'jeg har ikke hatt jobb siden sommeren',
  'det er litt kjedelig å bare gå hjemme',
  'men jeg orker liksom ikke å søke',
  'jeg har søkt før og fikk bare nei',
  'jeg vil egentlig gjerne jobbe i butikk',
  'da hadde jeg fått egne penger og litt å gjøre',
  '7 kanskje',
  'fordi jeg er lei av å spørre mamma om penger',
  'jeg vet ikke hvordan man skriver en ordentlig søknad',
  'ja gjerne',
  'ok, det var nyttig',
  'jeg er ganske flink med folk egentlig',
  'jeg tror jeg kan klare det hvis jeg får litt hjelp',
  'jeg skal sende en søknad til Rema i morgen',
  'ja, det blir bra',
  'ja, legg det inn',
  'jeg gleder meg litt faktisk',
  'takk for praten, ha det',
];

describe('MI move policy over a scripted 20-turn conversation', () => {
  const run = converse(TWENTY_TURNS, { knowledgeAvailable: true });
  const fidelity = conversationFidelity({ id: 'c', startedAt: '2026-11-24T10:00:00Z', turns: run.turns });

  it('reaches MITI "good": at least two reflections per question and at least half of them complex', () => {
    expect(fidelity.reflectionToQuestion).not.toBeNull();
    expect(fidelity.reflectionToQuestion as number).toBeGreaterThanOrEqual(2);
    expect(fidelity.percentComplexReflections as number).toBeGreaterThanOrEqual(0.5);
    expect(fidelity.percentMiAdherent).toBe(1);
  });

  it('never falls below two reflections per question at any point after the opening exchange', () => {
    let state = recordMove(createDialogueState(), openingMove());
    for (const text of TWENTY_TURNS) {
      const talk = classifyTalk(text);
      state = observeParticipant(state, text, talk);
      const next = chooseMove(state, talk, { knowledgeAvailable: true });
      if (isQuestionMove(next) && state.counts.questions > 0) {
        expect(state.counts.reflections).toBeGreaterThanOrEqual(2 * (state.counts.questions + 1));
      }
      state = recordMove(state, next);
    }
  });

  it('uses the MI repertoire: reflections, a ruler, permission before information, planning and summaries', () => {
    const kinds = run.moves.map((m) => m.kind);
    for (const k of [
      'simple_reflection',
      'complex_reflection',
      'summary',
      'readiness_ruler',
      'ask_permission',
      'provide_information',
      'plan_next_step',
      'affirmation',
    ] as const) {
      expect(kinds, k).toContain(k);
    }
    expect(kinds.indexOf('ask_permission')).toBeLessThan(kinds.indexOf('provide_information'));
    expect(run.moves[run.moves.length - 1]).toMatchObject({ kind: 'summary', variant: 'closing' });
  });

  it('summarises every few turns', () => {
    const summaries = run.moves.filter((m) => m.kind === 'summary' && m.variant === 'collecting').length;
    expect(summaries).toBeGreaterThanOrEqual(2);
  });
});

describe('chooseMove', () => {
  const at = (utterances: string[], context: PolicyContext = {}): Move => {
    const run = converse(utterances, context);
    return run.moves[run.moves.length - 1] as Move;
  };

  it('answers a question with grounded information, or says it does not know', () => {
    expect(at(['hei', 'hva er AFT?'], { knowledgeAvailable: true })).toMatchObject({
      kind: 'provide_information',
      variant: 'grounded',
    });
    expect(at(['hei', 'hva er AFT?'], { knowledgeAvailable: false })).toMatchObject({
      kind: 'provide_information',
      variant: 'no_knowledge',
    });
  });

  it('never gives information unasked: a knowledge gap leads to asking permission first', () => {
    // Too few reflections yet: the need is reflected first and the permission question follows.
    const start = [
      'hei',
      'har vært hjemme lenge',
      'det er kjipt',
      'jeg vet ikke hvordan man skriver CV',
      'det er litt flaut',
    ];
    const run = converse(start);
    expect(run.moves.map((m) => m.kind)).not.toContain('provide_information');
    expect(run.moves[run.moves.length - 2]?.kind).toMatch(/reflection/);
    expect(run.moves[run.moves.length - 1]?.kind).toBe('ask_permission');
    const yes = converse([...start, 'ja'], { knowledgeAvailable: true });
    expect(yes.moves[yes.moves.length - 1]).toMatchObject({
      kind: 'provide_information',
      reason: 'permission_granted',
    });
    const no = converse([...start, 'nei takk']);
    expect(no.moves[no.moves.length - 1]).toMatchObject({ kind: 'complex_reflection', variant: 'autonomy' });
  });

  it('meets sustain talk with reflections, never questions or information', () => {
    const run = converse([
      'jeg orker ikke å søke jobber',
      'det er ingen vits',
      'jobb er ikke noe for meg',
      'gidder ikke',
    ]);
    for (const m of run.moves.slice(1))
      expect(['complex_reflection', 'simple_reflection', 'summary']).toContain(m.kind);
    expect(run.moves.some((m) => m.variant === 'amplified')).toBe(true);
  });

  it('answers ambivalence with a double-sided reflection', () => {
    expect(at(['jeg vil egentlig ha jobb', 'jeg vil, men jeg klarer det ikke'])).toMatchObject({
      kind: 'complex_reflection',
      variant: 'double_sided',
    });
  });

  it('reflects commitment, then makes a plan and offers the activity plan', () => {
    const run = converse(['hei', 'har tenkt litt', 'det går greit', 'jeg skal sende to søknader i morgen', 'ja']);
    const last = run.moves.slice(-2);
    expect(last[0]).toMatchObject({ kind: 'complex_reflection', reason: 'reflect_commitment' });
    expect(last[1]).toMatchObject({ kind: 'plan_next_step', variant: 'offer_plan' });
  });

  it('closes with a summary when the participant says goodbye or the session ends', () => {
    expect(at(['hei', 'takk for praten'])).toMatchObject({ kind: 'summary', variant: 'closing' });
    expect(at(['hei'], { closing: true })).toMatchObject({ kind: 'summary', variant: 'closing' });
  });

  it('is deterministic', () => {
    expect(converse(TWENTY_TURNS).moves).toEqual(converse(TWENTY_TURNS).moves);
  });
});

describe('dialogue state', () => {
  it('tracks permission through elicit–provide–elicit', () => {
    let s = createDialogueState();
    s = recordMove(s, move('ask_permission', 'plain', 'information_need'));
    expect(s.permission).toBe('asked');
    expect(adviceAllowed(s)).toBe(false);
    s = observeParticipant(s, 'ja, gjerne', classifyTalk('ja, gjerne'));
    expect(s.permission).toBe('granted');
    expect(adviceAllowed(s)).toBe(true);
    s = recordMove(s, move('provide_information', 'grounded', 'permission_granted'));
    expect(s.permission).toBe('none');
    expect(adviceAllowed(s)).toBe(false);
  });

  it('counts reflections and questions as MITI does and keeps no text', () => {
    let s = createDialogueState();
    for (const m of [
      openingMove(),
      move('simple_reflection', 'plain', 'change_talk'),
      move('summary', 'collecting', 'periodic_summary'),
      move('readiness_ruler', 'importance', 'ruler'),
    ]) {
      s = recordMove(s, m);
    }
    expect(s.counts).toMatchObject({
      questions: 2,
      openQuestions: 2,
      reflections: 2,
      complexReflections: 1,
      summaries: 1,
    });
    s = observeParticipant(s, 'Jeg heter Kari og vil ha jobb', classifyTalk('Jeg heter Kari og vil ha jobb'));
    expect(JSON.stringify(s)).not.toMatch(/Kari/);
  });

  it('reads yes and no answers to a permission question', () => {
    expect(detectPermissionReply('Ja')).toBe('granted');
    expect(detectPermissionReply('ok greit')).toBe('granted');
    expect(detectPermissionReply('fortell')).toBe('granted');
    expect(detectPermissionReply('nei takk')).toBe('declined');
    expect(detectPermissionReply('helst ikke nå')).toBe('declined');
    expect(detectPermissionReply('hmm')).toBe('unclear');
  });
});

describe('move instructions and structured output', () => {
  it('has a Norwegian instruction for every move and variant', () => {
    const keys = instructionKeys();
    for (const kind of MOVE_KINDS)
      for (const variant of MOVE_VARIANTS[kind]) expect(keys).toContain(`${kind}:${variant}`);
    const text = moveInstruction(
      { kind: 'complex_reflection', variant: 'double_sided' },
      { goal: 'få en deltidsjobb' },
    );
    expect(text).toMatch(/tosidig refleksjon/);
    expect(text).toMatch(/få en deltidsjobb/);
    expect(text).toMatch(/"complex_reflection"/);
    expect(MI_SYSTEM_INSTRUCTION).toMatch(/aldri råd/);
    expect(MI_SYSTEM_INSTRUCTION).toMatch(/\[NAVN_1\]/);
  });

  it('fixes the move and limits sources to the passages given', () => {
    const info = moveOutputJsonSchema({ kind: 'provide_information', variant: 'grounded' }, ['kb:aft#1', 'kb:aft#2']);
    expect(info.properties.move).toEqual({ const: 'provide_information' });
    expect(info.properties.sources).toEqual({
      type: 'array',
      items: { enum: ['kb:aft#1', 'kb:aft#2'] },
      minItems: 1,
      maxItems: 2,
    });
    const reflection = moveOutputJsonSchema({ kind: 'simple_reflection', variant: 'plain' }, ['kb:aft#1']);
    expect(reflection.properties.sources).toEqual({ type: 'array', items: { type: 'string' }, maxItems: 0 });
    expect(reflection.properties.text.maxLength).toBeGreaterThan(reflection.properties.text.minLength);
  });

  it('parses the model output and rejects anything else', () => {
    expect(parseMoveOutput('{"move":"simple_reflection","text":"Du vil ha en jobb.","sources":[]}')).toEqual({
      move: 'simple_reflection',
      text: 'Du vil ha en jobb.',
      sources: [],
    });
    expect(parseMoveOutput('not json')).toBeNull();
    expect(parseMoveOutput('{"move":"lecture","text":"x","sources":[]}')).toBeNull();
    expect(parseMoveOutput('{"move":"simple_reflection","text":"x","sources":[],"extra":1}')).toBeNull();
  });
});
