import type { InputOf } from '../../../../electron/core/api/router';
import type { Stage } from '../followup/types';

/** 50 per page, as in NAV's own caseload (veilarbportefølje); "Vis alle" shows up to ALL_SIZE. */
export const PAGE_SIZE = 50;
export const ALL_SIZE = 500;
export const NO_CONTACT_CHOICES = [7, 14, 21, 30, 60, 90] as const;
export const SORTS = ['name', 'nextStepDue', 'lastContact', 'nextMeeting'] as const;
export type Sort = (typeof SORTS)[number];
export const QUICK_FILTERS = ['isNew', 'awaitingReply', 'noContact', 'overdue', 'meetingToday', 'hasReminder'] as const;
export type QuickFilter = (typeof QUICK_FILTERS)[number];

/** The caseload's filters, kept in the address (so "back" from a participant returns to the same list). */
export interface CaseloadFilters {
  search: string;
  quick: Set<QuickFilter>;
  noContactDays: number;
  stages: Stage[];
  sort: Sort;
  page: number;
  /** "Vis alle": the whole caseload on one page. */
  showAll: boolean;
}

const PARAM: Record<Exclude<QuickFilter, 'noContact'>, string> = {
  isNew: 'ny',
  awaitingReply: 'venter',
  overdue: 'forfalt',
  meetingToday: 'idag',
  hasReminder: 'paaminnelse',
};
const STAGE_VALUES: readonly Stage[] = [
  'assessment',
  'clarification',
  'work_trial',
  'job_search',
  'in_work_or_school',
  'ended',
];

export function filtersFrom(params: URLSearchParams, defaultDays: number): CaseloadFilters {
  const quick = new Set<QuickFilter>();
  for (const [key, name] of Object.entries(PARAM) as [Exclude<QuickFilter, 'noContact'>, string][])
    if (params.get(name) === '1') quick.add(key);
  const days = Number(params.get('kontakt'));
  if (params.has('kontakt')) quick.add('noContact');
  const sort = params.get('sort') as Sort | null;
  return {
    search: params.get('q') ?? '',
    quick,
    noContactDays: Number.isInteger(days) && days > 0 ? days : defaultDays,
    stages: (params.get('fase') ?? '')
      .split(',')
      .filter((s): s is Stage => (STAGE_VALUES as readonly string[]).includes(s)),
    sort: sort && (SORTS as readonly string[]).includes(sort) ? sort : 'name',
    page: Math.max(1, Number(params.get('side')) || 1),
    showAll: params.get('alle') === '1',
  };
}

export function paramsFrom(f: CaseloadFilters): URLSearchParams {
  const p = new URLSearchParams();
  if (f.search.trim()) p.set('q', f.search.trim());
  for (const [key, name] of Object.entries(PARAM) as [Exclude<QuickFilter, 'noContact'>, string][])
    if (f.quick.has(key)) p.set(name, '1');
  if (f.quick.has('noContact')) p.set('kontakt', String(f.noContactDays));
  if (f.stages.length > 0) p.set('fase', f.stages.join(','));
  if (f.sort !== 'name') p.set('sort', f.sort);
  if (f.showAll) p.set('alle', '1');
  else if (f.page > 1) p.set('side', String(f.page));
  return p;
}

export function caseloadInput(f: CaseloadFilters): InputOf<'caseload.list'> {
  return {
    ...(f.search.trim() ? { search: f.search.trim() } : {}),
    ...(f.quick.has('isNew') ? { isNew: true } : {}),
    ...(f.quick.has('awaitingReply') ? { awaitingReply: true } : {}),
    ...(f.quick.has('noContact') ? { noContactDays: f.noContactDays } : {}),
    ...(f.quick.has('overdue') ? { overdue: true } : {}),
    ...(f.quick.has('meetingToday') ? { meetingToday: true } : {}),
    ...(f.quick.has('hasReminder') ? { hasReminder: true } : {}),
    ...(f.stages.length > 0 ? { stages: f.stages } : {}),
    sort: f.sort,
    limit: f.showAll ? ALL_SIZE : PAGE_SIZE,
    offset: f.showAll ? 0 : (f.page - 1) * PAGE_SIZE,
  };
}

export function hasFilters(f: CaseloadFilters): boolean {
  return f.search.trim() !== '' || f.quick.size > 0 || f.stages.length > 0;
}
