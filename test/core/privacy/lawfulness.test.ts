/**
 * Issue 18, acceptance 2: the privacy lawfulness check is enforced through the API, not only
 * described. No feature runs before the organisation's role is recorded; every feature that
 * processes special categories (the chatbot, decision support with its diagnosis chapter, the
 * training export) is refused without an art. 9 condition; 9(2)(a) needs a written justification
 * and carries the power-imbalance warning; and the chatbot, gamification and the training export
 * wait until the participant has been shown the current notice.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  addUser,
  login,
  makeCore,
  setupOrg,
  showNotice,
  TEST_LEGAL_BASES,
  TEST_ORGANISATION_ROLE,
  type TestCore,
} from '../../helpers/org.js';

let t: TestCore | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

async function org() {
  t = await makeCore();
  const { admin } = await setupOrg(t, 'Lovlig Tiltak AS');
  const vera = await addUser(t, admin, 'vera', 'Vera Veileder', 'counselor');
  const pia = await addUser(t, admin, 'pia', 'Pia Fiktiv', 'participant', vera.id);
  return { admin, vera: await login(t, 'vera'), pia: await login(t, 'pia'), piaId: pia.participantId! };
}
type Org = Awaited<ReturnType<typeof org>>;

const reasonOf = (r: { ok: boolean; error?: { reason?: string } }) => (r.ok ? 'ok' : (r.error!.reason ?? 'no reason'));

/** One call per special-category feature, as the UI makes it. */
async function specialCategoryCalls(o: Org) {
  const call = t!.call;
  return {
    chatbot: await call(o.pia, 'chat.start', { participantId: o.piaId }),
    decisionSupport: await call(o.vera, 'decisions.createCase', {
      participantId: o.piaId,
      case: {
        startDate: daysAgo(125),
        sickLeavePercent: 100,
        icpc2Chapter: 'P',
        previousSpells3y: 0,
        ageBand: '16-29',
        counselorNotes: '',
      },
    }),
  };
}

describe('no feature runs until the organisation has recorded its role', () => {
  it('with every basis recorded but no role, the chatbot, gamification, decision support and the training export are refused; recording the role lets them run', async () => {
    const o = await org();
    for (const purpose of ['chatbot', 'gamification', 'decisionSupport', 'trainingExport'] as const) {
      await t!.ok(o.admin, 'privacy.recordBasis', { purpose, basis: TEST_LEGAL_BASES[purpose] });
    }
    await showNotice(t!, o.vera, [o.piaId]);
    const refused = {
      ...(await specialCategoryCalls(o)),
      gamification: await t!.call(o.pia, 'gamification.get', { participantId: o.piaId }),
    };
    for (const [name, r] of Object.entries(refused))
      expect([name, reasonOf(r)]).toEqual([name, 'CONTROLLER_ROLE_MISSING']);
    expect(refused.chatbot.ok ? '' : refused.chatbot.error.message).toMatch(/organisasjonens rolle er registrert/);
    const training = await t!.ok(o.admin, 'privacy.trainingStatus', {});
    expect(training).toMatchObject({
      allowed: false,
      message: expect.stringMatching(/organisasjonens rolle er registrert/),
    });
    expect(await t!.call(o.admin, 'privacy.trainingExport', { confirm: true })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    // The notice does not name the organisation as controller while the role is unrecorded.
    const notice = await t!.ok(o.vera, 'privacy.notice', {});
    expect(notice.sections.find((s) => s.id === 'responsible')!.paragraphs.join(' ')).not.toMatch(
      /Lovlig Tiltak AS er behandlingsansvarlig/,
    );

    await t!.ok(o.admin, 'privacy.setOrganisation', TEST_ORGANISATION_ROLE);
    // A new role is a new notice: she is shown it again before her own features run.
    await showNotice(t!, o.vera, [o.piaId]);
    const allowed = {
      ...(await specialCategoryCalls(o)),
      gamification: await t!.call(o.pia, 'gamification.get', { participantId: o.piaId }),
    };
    for (const [name, r] of Object.entries(allowed)) expect([name, reasonOf(r)]).toEqual([name, 'ok']);
  });
});

describe('special categories need an art. 9 condition', () => {
  it('the chatbot and decision support (diagnosis chapter) are refused with only an art. 6 basis, and run once an art. 9 condition is recorded', async () => {
    const o = await org();
    await t!.ok(o.admin, 'privacy.setOrganisation', TEST_ORGANISATION_ROLE);
    await t!.ok(o.admin, 'privacy.recordBasis', {
      purpose: 'chatbot',
      basis: { article6: 'e', supplementaryBasis: 'tiltaksforskriften § 1-7' },
    });
    await t!.ok(o.admin, 'privacy.recordBasis', {
      purpose: 'decisionSupport',
      basis: { article6: 'e', supplementaryBasis: 'folketrygdloven § 8-7 a' },
    });
    await showNotice(t!, o.vera, [o.piaId]);
    const refused = await specialCategoryCalls(o);
    for (const [name, r] of Object.entries(refused)) {
      expect([name, reasonOf(r)]).toEqual([name, 'ARTICLE9_MISSING']);
      expect(r.ok ? '' : r.error.message).toMatch(/artikkel 9 nr\. 2/);
    }
    // Nothing was written by the refused case.
    expect((await t!.core.services.store.db.get<{ n: number }>('SELECT count(*) AS n FROM decision_cases'))!.n).toBe(0);
    // The register says why beside the purpose.
    const view = await t!.ok(o.admin, 'privacy.register', {});
    expect(view.purposes.find((p) => p.purpose === 'chatbot')!.warnings.map((w) => w.code)).toContain(
      'ARTICLE9_REQUIRED',
    );

    await t!.ok(o.admin, 'privacy.recordBasis', { purpose: 'chatbot', basis: TEST_LEGAL_BASES.chatbot });
    await t!.ok(o.admin, 'privacy.recordBasis', {
      purpose: 'decisionSupport',
      basis: TEST_LEGAL_BASES.decisionSupport,
    });
    await showNotice(t!, o.vera, [o.piaId]);
    const allowed = await specialCategoryCalls(o);
    for (const [name, r] of Object.entries(allowed)) expect([name, reasonOf(r)]).toEqual([name, 'ok']);
  });

  it('the training export is refused without an art. 9 condition even when participants have been shown a notice about it', async () => {
    const o = await org();
    await t!.ok(o.admin, 'privacy.setOrganisation', TEST_ORGANISATION_ROLE);
    await t!.ok(o.admin, 'privacy.recordBasis', {
      purpose: 'trainingExport',
      basis: { article6: 'e', supplementaryBasis: 'en særskilt hjemmel for videretrening' },
    });
    await showNotice(t!, o.vera, [o.piaId]);
    expect(await t!.ok(o.admin, 'privacy.trainingStatus', {})).toMatchObject({
      allowed: false,
      eligibleParticipants: 0,
      message: expect.stringMatching(/artikkel 9 nr\. 2/),
    });
    expect(await t!.call(o.admin, 'privacy.trainingExport', { confirm: true })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: expect.stringMatching(/artikkel 9/) },
    });

    await t!.ok(o.admin, 'privacy.recordBasis', { purpose: 'trainingExport', basis: TEST_LEGAL_BASES.trainingExport });
    // The changed register is a new notice; she has not seen it yet.
    expect(await t!.ok(o.admin, 'privacy.trainingStatus', {})).toMatchObject({
      allowed: false,
      eligibleParticipants: 0,
    });
    await showNotice(t!, o.vera, [o.piaId]);
    expect(await t!.ok(o.admin, 'privacy.trainingStatus', {})).toMatchObject({
      allowed: true,
      eligibleParticipants: 1,
    });
  });

  it('explicit consent (9(2)(a)) needs a written justification and carries the warning about the imbalance of power', async () => {
    const o = await org();
    const consent = {
      article6: 'a',
      consent: { howObtained: 'Spurt i samtale.', howWithdrawn: 'Si fra til veilederen.' },
      specialCategories: true,
      article9: 'a',
    } as const;
    const bad = await t!.call(o.admin, 'privacy.recordBasis', { purpose: 'chatbot', basis: consent });
    expect(bad).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        fields: [
          { path: 'basis.article9Justification', message: expect.stringMatching(/ubalanse i makt.*Skriv hvorfor/) },
        ],
      },
    });
    expect(
      (await t!.ok(o.admin, 'privacy.register', {})).purposes.find((p) => p.purpose === 'chatbot')!.basis,
    ).toBeNull();

    const view = await t!.ok(o.admin, 'privacy.recordBasis', {
      purpose: 'chatbot',
      basis: { ...consent, article9Justification: 'Frivillig tillegg; et nei gir samme oppfølging.' },
    });
    const warning = view.purposes
      .find((p) => p.purpose === 'chatbot')!
      .warnings.find((w) => w.code === 'EXPLICIT_CONSENT_POWER_IMBALANCE');
    expect(warning?.message).toMatch(/ubalanse i makt/);
    const guidance = await t!.ok(o.admin, 'privacy.guidance', {});
    expect(guidance.article9.a.requires).toContain('article9Justification');
  });
});

describe('features that process her data wait until she has seen the current notice', () => {
  it('the chatbot refuses a participant who has not seen the current notice, runs after she has read it, and stops again when the notice changes', async () => {
    const o = await org();
    await t!.ok(o.admin, 'privacy.setOrganisation', TEST_ORGANISATION_ROLE);
    for (const purpose of ['chatbot', 'gamification'] as const)
      await t!.ok(o.admin, 'privacy.recordBasis', { purpose, basis: TEST_LEGAL_BASES[purpose] });

    const before = await t!.call(o.pia, 'chat.start', { participantId: o.piaId });
    expect(before).toMatchObject({
      ok: false,
      error: {
        code: 'UNAVAILABLE',
        reason: 'NOTICE_NOT_SEEN',
        message: expect.stringMatching(/personvernerklæringen/),
      },
    });
    expect(await t!.call(o.vera, 'chat.start', { participantId: o.piaId })).toMatchObject({
      ok: false,
      error: { reason: 'NOTICE_NOT_SEEN' },
    });
    expect(
      reasonOf(await t!.call(o.pia, 'gamification.enable', { participantId: o.piaId, explanationVersion: 1 })),
    ).toBe('NOTICE_NOT_SEEN');
    expect(
      (await t!.core.services.store.db.get<{ n: number }>('SELECT count(*) AS n FROM chat_conversations'))!.n,
    ).toBe(0);

    // She reads it herself.
    const shown = await t!.ok(o.pia, 'me.notice', { participantId: o.piaId });
    await t!.ok(o.pia, 'privacy.acknowledge', { participantId: o.piaId, version: shown.notice.version });
    expect(reasonOf(await t!.call(o.pia, 'chat.start', { participantId: o.piaId }))).toBe('ok');
    expect(
      reasonOf(await t!.call(o.pia, 'gamification.enable', { participantId: o.piaId, explanationVersion: 1 })),
    ).toBe('ok');

    // A change of the register makes a new version: the chatbot waits until she has seen it, here with her counselor.
    await t!.ok(o.admin, 'settings.update', { retentionMonths: { chat: 6 } });
    await t!.ok(o.admin, 'privacy.recordBasis', { purpose: 'statistics', basis: TEST_LEGAL_BASES.statistics });
    expect(reasonOf(await t!.call(o.pia, 'chat.start', { participantId: o.piaId }))).toBe('NOTICE_NOT_SEEN');
    await showNotice(t!, o.vera, [o.piaId]);
    expect(reasonOf(await t!.call(o.pia, 'chat.start', { participantId: o.piaId }))).toBe('ok');
    const reads = await t!.core.services.store.db.all<{ via: string }>(
      'SELECT via FROM privacy_notice_reads WHERE participant_id = ? ORDER BY version',
      [o.piaId],
    );
    expect(reads.map((r) => r.via)).toEqual(['participant', 'counselor']);
  });
});
