import { describe, expect, it } from 'vitest';
import {
  aggregateFidelity,
  conversationFidelity,
  fidelityOverTime,
  MITI_4_2_1_THRESHOLDS,
  MITI_THRESHOLDS,
  periodStart,
  type ConversationLabels,
  type StoredTurnLabels,
} from '../../../electron/core/chat/fidelity/index.js';

const A = (move: StoredTurnLabels['move'], variant?: string): StoredTurnLabels => ({
  role: 'assistant',
  move,
  ...(variant ? { variant } : {}),
});
const P = (talk: StoredTurnLabels['talk']): StoredTurnLabels => ({ role: 'participant', talk });

const conv = (id: string, startedAt: string, turns: StoredTurnLabels[]): ConversationLabels => ({
  id,
  startedAt,
  turns,
});

describe('MITI thresholds for the chart', () => {
  it('are MITI 4.2.1 fair (R:Q ≥ 1, ≥ 40 % complex) and good (R:Q ≥ 2, ≥ 50 % complex)', () => {
    expect(MITI_4_2_1_THRESHOLDS).toEqual({
      fair: { reflectionToQuestion: 1, percentComplexReflections: 0.4 },
      good: { reflectionToQuestion: 2, percentComplexReflections: 0.5 },
    });
    expect(MITI_THRESHOLDS.good.percentOpenQuestions).toBe(0.7);
    expect(MITI_THRESHOLDS.good.percentMiAdherent).toBe(1);
  });
});

describe('conversationFidelity', () => {
  const c = conv('c1', '2026-11-02T09:00:00Z', [
    A('open_question', 'explore'),
    P('neutral'),
    A('simple_reflection'),
    P('change'),
    A('complex_reflection', 'meaning'),
    P('sustain'),
    A('complex_reflection', 'double_sided'),
    P('change'),
    A('ask_permission'),
    P('neutral'),
    A('provide_information', 'grounded'),
    P('change'),
    A('summary', 'collecting'),
    P('question'),
    A(undefined), // a crisis turn: fixed message, no MI move
  ]);

  it('computes R:Q, % complex, % open, % adherent and change talk from the stored labels', () => {
    const m = conversationFidelity(c);
    expect(m.counts).toMatchObject({
      questions: 2,
      openQuestions: 1,
      closedQuestions: 1,
      simpleReflections: 1,
      complexReflections: 3,
      seekingCollaboration: 1,
      givingInformation: 1,
      assistantMoves: 7,
      changeTalk: 3,
      sustainTalk: 1,
      questionTalk: 1,
    });
    expect(m.reflectionToQuestion).toBe(2);
    expect(m.percentComplexReflections).toBe(0.75);
    expect(m.percentOpenQuestions).toBe(0.5);
    expect(m.percentMiAdherent).toBe(1);
    expect(m.percentChangeTalk).toBe(0.75);
    expect(m.rating).toEqual({
      reflectionToQuestion: 'good',
      percentComplexReflections: 'good',
      percentOpenQuestions: 'fair',
      percentMiAdherent: 'good',
    });
  });

  it('counts confronting, persuading or warning labels against MI adherence', () => {
    const m = conversationFidelity(
      conv('c2', '2026-11-03T09:00:00Z', [
        A('open_question'),
        A('simple_reflection'),
        A('confront'),
        A('closed_question'),
      ]),
    );
    expect(m.counts.miNonAdherent).toBe(1);
    expect(m.percentMiAdherent).toBe(0.75);
    expect(m.rating.percentMiAdherent).toBe('below');
    expect(m.rating.reflectionToQuestion).toBe('below');
  });

  it('reports null ratios when there is nothing to divide by', () => {
    const m = conversationFidelity(conv('c3', '2026-11-03T09:00:00Z', [A('simple_reflection')]));
    expect(m.reflectionToQuestion).toBeNull();
    expect(m.rating.reflectionToQuestion).toBe('good');
    expect(m.percentOpenQuestions).toBeNull();
    expect(m.rating.percentOpenQuestions).toBe('n/a');
    expect(conversationFidelity(conv('c4', '2026-11-03T09:00:00Z', [])).percentMiAdherent).toBeNull();
  });
});

describe('fidelity over time', () => {
  const convs = [
    conv('a', '2026-11-02T09:00:00Z', [A('open_question'), A('simple_reflection'), P('change')]),
    conv('b', '2026-11-06T22:30:00Z', [A('complex_reflection'), A('complex_reflection'), P('sustain')]),
    conv('c', '2026-11-10T09:00:00Z', [A('open_question'), A('open_question'), A('summary')]),
  ];

  it('sums counts before taking ratios', () => {
    const m = aggregateFidelity(convs);
    expect(m.counts.questions).toBe(3);
    expect(m.reflectionToQuestion).toBeCloseTo(4 / 3);
    expect(m.percentComplexReflections).toBe(0.75);
  });

  it('groups by ISO week (Monday), day or month, oldest first', () => {
    expect(periodStart('2026-11-08T23:00:00Z', 'week')).toBe('2026-11-02');
    expect(periodStart('2026-11-10T09:00:00Z', 'month')).toBe('2026-11-01');
    const weeks = fidelityOverTime(convs, 'week');
    expect(weeks.map((w) => [w.periodStart, w.conversations])).toEqual([
      ['2026-11-02', 2],
      ['2026-11-09', 1],
    ]);
    expect(weeks[0]?.metrics.reflectionToQuestion).toBe(3);
    expect(fidelityOverTime(convs, 'day')).toHaveLength(3);
  });
});
