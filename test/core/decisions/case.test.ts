import { describe, expect, it } from 'vitest';
import {
  DUE_DAY,
  ICPC2_CHAPTER_LETTERS,
  caseTiming,
  createCase,
  isDue,
  validateCaseInput,
} from '../../../electron/core/decisions/case.js';
import { DecisionError } from '../../../electron/core/decisions/errors.js';
import { fakeClock } from './helpers.js';

const valid = {
  startDate: '2026-01-05',
  sickLeavePercent: 100,
  icpc2Chapter: 'L',
  previousSpells3y: 1,
  ageBand: '16-29',
  counselorNotes: 'Har tett kontakt med arbeidsgiver.',
};

function fieldMessages(input: unknown): Record<string, string> {
  const r = validateCaseInput(input);
  if (r.ok) return {};
  return Object.fromEntries((r.error.fields ?? []).map((f) => [f.path, f.message]));
}

describe('decision case validation', () => {
  it('accepts a complete case', () => {
    const r = validateCaseInput(valid);
    expect(r.ok).toBe(true);
  });

  it('knows the 17 ICPC-2 chapters', () => {
    expect(ICPC2_CHAPTER_LETTERS.join('')).toBe('ABDFHKLNPRSTUWXYZ');
    for (const letter of ICPC2_CHAPTER_LETTERS)
      expect(validateCaseInput({ ...valid, icpc2Chapter: letter }).ok).toBe(true);
  });

  it('refuses a diagnosis code or diagnosis text: only the chapter letter is kept', () => {
    for (const bad of ['L03', 'Korsryggsmerter', 'Depresjon P76', 'l', 'C', 'E', '', ' L']) {
      expect(fieldMessages({ ...valid, icpc2Chapter: bad }).icpc2Chapter, bad).toMatch(
        /bare kapittelbokstaven i ICPC-2/,
      );
    }
  });

  it('refuses a sick-leave percentage outside 20–100 or not a whole number, in Norwegian', () => {
    expect(fieldMessages({ ...valid, sickLeavePercent: 19 }).sickLeavePercent).toMatch(/minst 20 prosent/);
    expect(fieldMessages({ ...valid, sickLeavePercent: 101 }).sickLeavePercent).toMatch(/over 100 prosent/);
    expect(fieldMessages({ ...valid, sickLeavePercent: 50.5 }).sickLeavePercent).toMatch(/helt tall/);
    expect(validateCaseInput({ ...valid, sickLeavePercent: 20 }).ok).toBe(true);
  });

  it('refuses impossible dates, unknown age bands, negative spells and overlong notes', () => {
    expect(fieldMessages({ ...valid, startDate: '2026-02-30' }).startDate).toMatch(/gyldig dato/);
    expect(fieldMessages({ ...valid, startDate: '05.01.2026' }).startDate).toMatch(/ÅÅÅÅ-MM-DD/);
    expect(fieldMessages({ ...valid, ageBand: '70-79' }).ageBand).toMatch(/aldersgruppe/);
    expect(fieldMessages({ ...valid, previousSpells3y: -1 }).previousSpells3y).toMatch(/negativt/);
    expect(fieldMessages({ ...valid, counselorNotes: 'x'.repeat(2001) }).counselorNotes).toMatch(/høyst 2000 tegn/);
  });

  it('refuses fields it does not know (no smuggling of extra personal data)', () => {
    const r = validateCaseInput({ ...valid, diagnosisText: 'Depresjon' });
    expect(r.ok).toBe(false);
  });

  it('createCase throws a typed validation error with field messages', () => {
    try {
      createCase({ ...valid, icpc2Chapter: 'L03' }, { id: 'c', participantRef: 'p', createdBy: 'u', now: new Date() });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DecisionError);
      expect((e as DecisionError).code).toBe('VALIDATION');
      expect((e as DecisionError).fields?.[0]?.path).toBe('icpc2Chapter');
    }
  });
});

describe('due at week 17 (day 119) with an injectable clock', () => {
  it('is not due on day 118 and due on day 119', () => {
    expect(DUE_DAY).toBe(119);
    const clock = fakeClock('2026-05-03T12:00:00Z'); // 2026-01-05 + 118 days
    expect(caseTiming(valid, clock).daysOnLeave).toBe(118);
    expect(isDue(valid, clock)).toBe(false);
    expect(caseTiming(valid, clock).daysUntilDue).toBe(1);
    clock.advance(86_400_000);
    expect(isDue(valid, clock)).toBe(true);
    const t = caseTiming(valid, clock);
    expect(t).toMatchObject({
      daysOnLeave: 119,
      weekOnLeave: 17,
      dueDate: '2026-05-04',
      meetingDeadline: '2026-07-06',
      daysUntilDue: 0,
      daysUntilMeetingDeadline: 63,
    });
  });

  it('counts calendar days in UTC, whatever the time of day', () => {
    expect(caseTiming(valid, () => new Date('2026-05-04T00:00:01Z')).isDue).toBe(true);
    expect(caseTiming(valid, () => new Date('2026-05-03T23:59:59Z')).isDue).toBe(false);
  });
});
