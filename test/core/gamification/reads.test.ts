import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ApiResult } from '../../../electron/core/api/errors.js';
import type { InputOf, OutputOf, ProcedureName } from '../../../electron/core/api/router.js';
import { Database } from '../../../electron/core/db/connection.js';
import type { ChatCore } from '../chat/helpers.js';
import { fillParticipant, privacyOrg, stringsFor } from '../privacy/helpers.js';

/**
 * Acceptance 4, second half, at run time: every statement the database runs is recorded with the
 * procedure that ran it, while a participant with points and badges (shared with the counselor)
 * goes through the whole follow-up, a decision case and the reports. No decision, report,
 * assistant or monitoring procedure may touch a gamification table; only the participant's own
 * gamification, their page, completing a step, and the data-subject rights (access export, erasure,
 * retention) may. isolation.test.ts checks the source; this checks what actually runs.
 */
const GAMIFICATION_TABLE = /\bgamification_(profiles|points|badges)\b/;

/** Who may read or write the gamification tables, and why. */
const MAY_TOUCH = new Set([
  'gamification.get',
  'gamification.enable',
  'gamification.share',
  'gamification.disable',
  // the participant's own page shows their points
  'me.overview',
  // completing a step awards its point (to the participant, who has turned it on)
  'plan.updateStep',
  // the data subject's rights: their copy of everything, erasure, and retention deleting old data
  'privacy.export',
  'privacy.exportPdf',
  'privacy.erase',
  'privacy.erasurePreview',
  'privacy.retentionPreview',
  'privacy.runRetention',
]);

/** Deciding, reporting, monitoring, and what the assistant and the model are told. */
const DECISION_OR_REPORT =
  /^(decisions|fidelity|assistant|audit)\.|^chat\.(context|modelView)$|^privacy\.(records|recordsPdf|register|trainingStatus|trainingExport|retentionRules|retentionRuns|requests|restrictions|holds|objections)$/;

type RawMethod = 'rawExec' | 'rawRun' | 'rawGet' | 'rawAll';
const RAW_METHODS: RawMethod[] = ['rawExec', 'rawRun', 'rawGet', 'rawAll'];

let t: ChatCore;
let current: string | null = null;
/** The statements each procedure ran (SQL text only; the values are never looked at). */
const statements = new Map<string, string[]>();
const outcomes = new Map<string, string>();

beforeAll(async () => {
  t = await privacyOrg();
  // Every statement the driver runs, inside transactions or not, goes through these four methods.
  const proto = Database.prototype as unknown as Record<
    RawMethod,
    (sql: string, ...rest: unknown[]) => Promise<unknown>
  >;
  for (const method of RAW_METHODS) {
    const original = proto[method];
    vi.spyOn(proto, method).mockImplementation(function (this: unknown, sql: string, ...rest: unknown[]) {
      if (current) statements.set(current, [...(statements.get(current) ?? []), sql]);
      return original.call(this, sql, ...rest);
    });
  }
});

afterAll(async () => {
  vi.restoreAllMocks();
  await t.close();
});

/** Calls a procedure and remembers the statements it ran under its name. */
async function traced<N extends ProcedureName>(
  connectionId: string | null,
  name: N,
  input: InputOf<N>,
): Promise<ApiResult<OutputOf<N>>> {
  current = name;
  try {
    const r = await t.call(connectionId, name, input);
    outcomes.set(name, r.ok ? 'ok' : r.error.code);
    return r;
  } finally {
    current = null;
  }
}

async function tracedOk<N extends ProcedureName>(
  connectionId: string | null,
  name: N,
  input: InputOf<N>,
): Promise<OutputOf<N>> {
  const r = await traced(connectionId, name, input);
  if (!r.ok) throw new Error(`${name} failed: ${r.error.code} ${r.error.message}`);
  return r.data;
}

const touching = () =>
  [...statements.entries()]
    .filter(([, sqls]) => sqls.some((s) => GAMIFICATION_TABLE.test(s)))
    .map(([name]) => name)
    .sort();

describe('what runs for decisions and reports never touches gamification data', () => {
  it('the whole follow-up, a decision case, the assistant and every report: only the participant’s own gamification, page and rights touch the tables', async () => {
    const tracedCore = { ...t, ok: tracedOk, call: traced } as ChatCore;
    const ids = await fillParticipant(tracedCore, {
      counselor: t.counselorA,
      participant: t.participantP,
      participantId: t.p,
      strings: stringsFor('Rx', 'Sunniva Kvalheim', 11, '+47 400 11 222'),
    });
    await tracedOk(t.participantP, 'gamification.share', { participantId: t.p, shared: true });
    const shared = await tracedOk(t.counselorA, 'gamification.get', { participantId: t.p });
    expect(shared).toMatchObject({ status: 'on', sharedWithCounselor: true, points: 1 });

    // The counselor's decision support, assistant and MI-quality screens, with the points shared.
    await tracedOk(t.counselorA, 'decisions.listCases', {});
    await tracedOk(t.counselorA, 'decisions.model', {});
    await traced(t.counselorA, 'decisions.openSession', { caseId: ids.caseId }); // already decided: refused after reading the case
    await tracedOk(t.counselorA, 'chat.context', { participantId: t.p, conversationId: ids.conversationId });
    await tracedOk(t.counselorA, 'chat.modelView', { participantId: t.p, conversationId: ids.conversationId });
    await tracedOk(t.counselorA, 'assistant.prepareMeeting', { participantId: t.p });
    await tracedOk(t.counselorA, 'fidelity.conversation', { participantId: t.p, conversationId: ids.conversationId });
    await tracedOk(t.counselorA, 'fidelity.overTime', { participantId: t.p });
    // What the chatbot is told about the participant.
    await tracedOk(t.participantP, 'chat.context', { participantId: t.p, conversationId: ids.conversationId });
    // The admin's reports: oversight, DPIA, records of processing, the register, audit.
    await tracedOk(t.admin, 'decisions.monitor', {});
    await tracedOk(t.admin, 'decisions.dpiaReport', { includeCounselorNames: false });
    await tracedOk(t.admin, 'privacy.records', {});
    await tracedOk(t.admin, 'privacy.recordsPdf', {});
    await tracedOk(t.admin, 'privacy.register', {});
    await tracedOk(t.admin, 'privacy.trainingStatus', {});
    await tracedOk(t.admin, 'privacy.retentionRules', {});
    await tracedOk(t.admin, 'privacy.retentionRuns', {});
    await tracedOk(t.admin, 'privacy.requests', {});
    await tracedOk(t.admin, 'privacy.restrictions', {});
    await tracedOk(t.admin, 'privacy.holds', {});
    await tracedOk(t.admin, 'privacy.objections', {});
    await tracedOk(t.admin, 'audit.list', {});
    await tracedOk(t.admin, 'audit.verify', {});
    // The participant's own rights do read them (this is what proves the recording sees such reads).
    await tracedOk(t.participantP, 'me.overview', { participantId: t.p });
    await tracedOk(t.participantP, 'privacy.export', { participantId: t.p });

    const reportsRun = [...statements.keys()].filter((n) => DECISION_OR_REPORT.test(n));
    expect(reportsRun.length).toBeGreaterThanOrEqual(25);
    for (const name of reportsRun) expect(statements.get(name)!.length, `${name} ran statements`).toBeGreaterThan(0);
    expect(reportsRun.filter((n) => !['decisions.openSession'].includes(n) && outcomes.get(n) !== 'ok')).toEqual([]);

    const touched = touching();
    // The recording does see gamification reads and writes where they belong …
    expect(touched).toEqual(
      expect.arrayContaining([
        'gamification.enable',
        'gamification.get',
        'gamification.share',
        'plan.updateStep',
        'me.overview',
        'privacy.export',
      ]),
    );
    // … and nowhere else: no decision, report, assistant or monitoring procedure among them.
    expect(touched.filter((n) => !MAY_TOUCH.has(n))).toEqual([]);
    expect(touched.filter((n) => DECISION_OR_REPORT.test(n))).toEqual([]);
  });

  it('no view or trigger in the schema reads the gamification tables behind a statement’s back', async () => {
    const objects = await t.core.services.store.db.all<{ type: string; name: string; sql: string | null }>(
      "SELECT type, name, sql FROM sqlite_master WHERE type IN ('view', 'trigger')",
    );
    expect(objects.length).toBeGreaterThan(0);
    expect(objects.filter((o) => GAMIFICATION_TABLE.test(o.sql ?? '')).map((o) => `${o.type} ${o.name}`)).toEqual([]);
  });
});
