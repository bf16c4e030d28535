import type { CaseCovariates } from '../../../electron/core/decisions/case.js';

/** The fixed case set whose predictions must be reproducible (tested, and printed by the benchmark). */
export const FIXED_CASES: { name: string; c: CaseCovariates }[] = [
  { name: 'L full 40-49 0', c: { sickLeavePercent: 100, icpc2Chapter: 'L', ageBand: '40-49', previousSpells3y: 0 } },
  { name: 'L graded 40-49 0', c: { sickLeavePercent: 50, icpc2Chapter: 'L', ageBand: '40-49', previousSpells3y: 0 } },
  { name: 'P full 16-29 0', c: { sickLeavePercent: 100, icpc2Chapter: 'P', ageBand: '16-29', previousSpells3y: 0 } },
  { name: 'P graded 50-59 2', c: { sickLeavePercent: 60, icpc2Chapter: 'P', ageBand: '50-59', previousSpells3y: 2 } },
  { name: 'R full 30-39 7', c: { sickLeavePercent: 100, icpc2Chapter: 'R', ageBand: '30-39', previousSpells3y: 7 } },
  { name: 'K full 60+ 0', c: { sickLeavePercent: 100, icpc2Chapter: 'K', ageBand: '60+', previousSpells3y: 0 } },
  { name: 'Z graded 16-29 4', c: { sickLeavePercent: 20, icpc2Chapter: 'Z', ageBand: '16-29', previousSpells3y: 4 } },
  { name: 'A full 40-49 6', c: { sickLeavePercent: 100, icpc2Chapter: 'A', ageBand: '40-49', previousSpells3y: 6 } },
];
