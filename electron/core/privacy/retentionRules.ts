import { DEFAULT_SETTINGS, type Settings } from '../policy/index.js';
import type { RetentionCategory } from './sources.js';

/** Months after the end of the programme, per category; and the decision log's months after each decision. */
export type RetentionMonths = Record<RetentionCategory, number> & { decisionLog: number };

/** The decision log's period in days (a month counted as 30.5 days, rounded up: six months = 183 days). */
export function decisionLogDays(months: number): number {
  return Math.ceil(months * 30.5);
}

/** Audit entries about a participant when the settings predate the rule. */
export const DEFAULT_AUDIT_RETENTION_MONTHS = 60;

export function retentionMonths(settings: Settings): RetentionMonths {
  const r = settings.retentionMonths;
  return {
    chat: r.chat,
    notes: r.notes,
    activityPlan: r.activityPlan,
    motivation: r.motivation,
    decisionCases: r.decisionCases,
    decisionLog: r.decisionLog ?? DEFAULT_SETTINGS.retentionMonths.decisionLog ?? 6,
    auditEntries: r.auditEntries ?? DEFAULT_SETTINGS.retentionMonths.auditEntries ?? DEFAULT_AUDIT_RETENTION_MONTHS,
  };
}

export const RETENTION_TITLES: Readonly<Record<RetentionCategory, string>> = {
  chat: 'Samtaler med chatboten og krisevarsler',
  notes: 'Notater, påminnelser og avtaler',
  activityPlan: 'Aktivitetsplan (mål, steg, faser) og poeng og merker',
  motivation: 'Motivasjon',
  decisionCases: 'Saker om dialogmøte 2',
  auditEntries: 'Revisjonslogg om deltakeren',
};

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date `n` months later; the 31st becomes the last day of a shorter month. */
export function addMonths(date: string, n: number): string {
  const m = DATE.exec(date);
  if (!m) throw new RangeError('not a date');
  const y = Number(m[1]);
  const mo = Number(m[2]) - 1 + n;
  const d = Number(m[3]);
  const first = new Date(Date.UTC(y, mo, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  const out = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(d, last)));
  return out.toISOString().slice(0, 10);
}

/** The deadline of a data-subject request: one month after it was received (art. 12(3)). */
export function requestDeadline(receivedOn: string): string {
  return addMonths(receivedOn, 1);
}
