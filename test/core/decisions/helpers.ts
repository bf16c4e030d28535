import fs from 'node:fs';
import path from 'node:path';
import type { Principal } from '../../../electron/core/auth/types.js';
import { parseModelFile, type SurvivalModel } from '../../../electron/core/decisions/model.js';

export const root = path.resolve(import.meta.dirname, '../../..');
export const baselinePath = path.join(root, 'models/decision/baseline-v1.json');
export const baselineText = () => fs.readFileSync(baselinePath, 'utf8');

export function loadBaseline(): SurvivalModel {
  const r = parseModelFile(baselineText());
  if (!r.ok) throw new Error(`baseline invalid: ${r.error.message} ${JSON.stringify(r.error.fields)}`);
  return r.model;
}

export const counselor: Principal = {
  userId: 'c-1',
  role: 'counselor',
  displayName: 'Kari Veileder',
  sessionId: 's-1',
  participantId: null,
};
export const otherCounselor: Principal = {
  userId: 'c-2',
  role: 'counselor',
  displayName: 'Ola Veileder',
  sessionId: 's-2',
  participantId: null,
};
export const admin: Principal = {
  userId: 'a-1',
  role: 'admin',
  displayName: 'Anne Admin',
  sessionId: 's-3',
  participantId: null,
};
export const participant: Principal = {
  userId: 'p-1',
  role: 'participant',
  displayName: 'Per Deltaker',
  sessionId: 's-4',
  participantId: null,
};

/** A controllable clock. */
export function fakeClock(startIso: string) {
  let now = Date.parse(startIso);
  const clock = () => new Date(now);
  return Object.assign(clock, {
    advance(ms: number) {
      now += ms;
    },
    set(iso: string) {
      now = Date.parse(iso);
    },
  });
}

export function sequentialIds(prefix = 'id') {
  let n = 0;
  return () => `${prefix}-${String(++n).padStart(4, '0')}`;
}
