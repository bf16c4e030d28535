/**
 * The legal-basis register: a purpose without a recorded basis does not run (acceptance 3), the
 * basis is validated per article with Norwegian messages and the guidance's warnings, and the
 * privacy notice gets a new version whenever the register changes, shown until it is read and the
 * reading recorded (acceptance 4, core half).
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  addUser,
  login,
  makeCore,
  recordBases,
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

async function org() {
  t = await makeCore();
  const { admin } = await setupOrg(t, 'Grunnlag Tiltak AS');
  const anna = await addUser(t, admin, 'anna', 'Anna Veileder', 'counselor');
  const petter = await addUser(t, admin, 'petter', 'Petter Fiktiv', 'participant', anna.id);
  const kaja = await addUser(t, admin, 'kaja', 'Kaja Fiktiv', 'participant', anna.id);
  return {
    admin,
    anna: await login(t, 'anna'),
    petter: await login(t, 'petter'),
    kaja: await login(t, 'kaja'),
    petterId: petter.participantId!,
    kajaId: kaja.participantId!,
  };
}

type Org = Awaited<ReturnType<typeof org>>;

/** One call per gated feature, as the UI would make it. */
async function featureCalls(o: Org) {
  const call = t!.call;
  return {
    'chat.start': await call(o.petter, 'chat.start', { participantId: o.petterId }),
    'chat.conversations': await call(o.petter, 'chat.conversations', { participantId: o.petterId }),
    'assistant.prepareMeeting': await call(o.anna, 'assistant.prepareMeeting', { participantId: o.petterId }),
    'fidelity.overTime': await call(o.anna, 'fidelity.overTime', {}),
    'gamification.get': await call(o.petter, 'gamification.get', { participantId: o.petterId }),
    'gamification.enable': await call(o.petter, 'gamification.enable', {
      participantId: o.petterId,
      explanationVersion: 1,
    }),
    'decisions.listCases': await call(o.anna, 'decisions.listCases', {}),
  };
}

const refusal = (r: { ok: boolean; error?: { code: string; reason?: string; message: string } }) =>
  r.ok ? 'ok' : `${r.error!.code} ${r.error!.reason ?? ''}`;

describe('a purpose without a recorded basis stays off (acceptance 3)', () => {
  it('after setup only follow-up has a basis (the default, to confirm): every optional feature refuses and says the basis is missing', async () => {
    const o = await org();
    const register = await t!.ok(o.admin, 'privacy.register', {});
    expect(register.purposes.filter((p) => p.basis).map((p) => p.purpose)).toEqual(['followUp']);
    const followUp = register.purposes.find((p) => p.purpose === 'followUp')!;
    expect(followUp.basis).toMatchObject({
      article6: 'e',
      supplementaryBasis: expect.stringMatching(/tiltaksforskriften\) § 1-7/),
      isDefault: true,
    });
    expect(followUp.warnings.map((w) => w.code)).toEqual(['FOLLOW_UP_DEFAULT']);

    const calls = await featureCalls(o);
    for (const [name, r] of Object.entries(calls)) {
      expect([name, refusal(r)]).toEqual([
        name,
        `${name.startsWith('decisions.') ? 'FORBIDDEN' : 'UNAVAILABLE'} LEGAL_BASIS_MISSING`,
      ]);
      expect(r.ok ? '' : r.error.message, name).toMatch(
        /ikke har registrert behandlingsgrunnlag.*administrator må registrere grunnlaget under Personvern/,
      );
    }
    // The switches are on; the UI can say why the features still do not run.
    const settings = await t!.ok(o.admin, 'settings.get', {});
    expect(settings.settings.features.chatbot).toBe(true);
    expect(settings.featureStates.chatbot).toMatchObject({
      enabled: false,
      switchedOn: true,
      reason: 'LEGAL_BASIS_MISSING',
    });
    const features = await t!.ok(o.petter, 'privacy.features', {});
    expect(features.purposes.filter((p) => p.running).map((p) => p.purpose)).toEqual(['followUp']);
    // Setup leaves the role and the confirmation of follow-up's default to the admin (the home page reminds them).
    expect(features.register).toEqual({ organisationRecorded: false, followUpConfirmed: false });
    // Follow-up itself runs.
    expect((await t!.call(o.anna, 'plan.setGoal', { participantId: o.petterId, goal: 'Komme i jobb' })).ok).toBe(true);
  });

  it('recording a basis switches the purpose on; deleting it switches it off again at once, with the same clear refusal', async () => {
    const o = await org();
    await recordBases(t!, o.admin);
    await showNotice(t!, o.anna, [o.petterId]);
    const on = await featureCalls(o);
    expect(Object.entries(on).map(([name, r]) => [name, refusal(r)])).toEqual(
      Object.keys(on).map((name) => [name, 'ok']),
    );

    for (const purpose of ['chatbot', 'gamification', 'decisionSupport'] as const)
      await t!.ok(o.admin, 'privacy.removeBasis', { purpose });
    const off = await featureCalls(o);
    for (const [name, r] of Object.entries(off))
      expect([name, refusal(r)]).toEqual([
        name,
        `${name.startsWith('decisions.') ? 'FORBIDDEN' : 'UNAVAILABLE'} LEGAL_BASIS_MISSING`,
      ]);
    // Switched off by the organisation, the feature says that instead.
    await recordBases(t!, o.admin, ['gamification']);
    await t!.ok(o.admin, 'settings.update', { features: { gamification: false } });
    expect(await t!.call(o.petter, 'gamification.get', { participantId: o.petterId })).toMatchObject({
      ok: false,
      error: {
        code: 'UNAVAILABLE',
        reason: 'FEATURE_OFF',
        message: 'Poeng og merker er slått av i denne organisasjonen.',
      },
    });
    // Stopping an answer and the crisis flags never depend on it.
    await t!.ok(o.admin, 'privacy.removeBasis', { purpose: 'gamification' });
    expect((await t!.call(o.anna, 'chat.flags', {})).ok).toBe(true);
  });

  it('follow-up can be changed but never removed, and only an admin changes the register', async () => {
    const o = await org();
    expect(await t!.call(o.admin, 'privacy.removeBasis', { purpose: 'followUp' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(
      await t!.call(o.anna, 'privacy.recordBasis', { purpose: 'chatbot', basis: TEST_LEGAL_BASES.chatbot }),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await t!.call(o.petter, 'privacy.register', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const changed = await t!.ok(o.admin, 'privacy.recordBasis', {
      purpose: 'followUp',
      basis: {
        article6: 'e',
        supplementaryBasis: 'tiltaksforskriften § 1-7',
        specialCategories: true,
        article9: 'b',
        article9SupplementaryBasis: 'arbeidsmarkedsloven',
      },
    });
    expect(changed.purposes.find((p) => p.purpose === 'followUp')!.basis).toMatchObject({
      isDefault: false,
      article9: 'b',
    });
    expect((await t!.ok(o.petter, 'privacy.features', {})).register).toEqual({
      organisationRecorded: false,
      followUpConfirmed: true,
    });
    const log = await t!.core.services.store.db.all<{ action: string; purpose: string }>(
      'SELECT action, purpose FROM privacy_register_log ORDER BY seq',
    );
    expect(log).toEqual([{ action: 'record', purpose: 'followUp' }]);
  });
});

describe('recording a basis', () => {
  it('asks for what each article requires, in Norwegian, and records nothing when something is missing', async () => {
    const o = await org();
    const bad = async (basis: Record<string, unknown>) => {
      const r = await t!.call(o.admin, 'privacy.recordBasis', { purpose: 'chatbot', basis } as never);
      return r.ok ? [] : (r.error.fields ?? []).map((f) => [f.path, f.message]);
    };
    expect(await bad({ article6: 'e' })).toEqual([
      ['basis.supplementaryBasis', expect.stringMatching(/supplerende rettsgrunnlaget.*artikkel 6 nr\. 3/)],
    ]);
    expect(await bad({ article6: 'f' })).toEqual([
      ['basis.balancingTest', expect.stringMatching(/interesseavveiing: formål, nødvendighet og avveiing/)],
    ]);
    expect(await bad({ article6: 'f', balancingTest: { purpose: 'x', necessity: '', balancing: 'y' } })).toEqual([
      ['basis.balancingTest.necessity', 'Beskriv hvorfor behandlingen er nødvendig.'],
    ]);
    expect(await bad({ article6: 'a' })).toEqual([['basis.consent', expect.stringMatching(/samtykket/)]]);
    expect(await bad({ article6: 'c', supplementaryBasis: 'lov', specialCategories: true })).toEqual([
      ['basis.article9', expect.stringMatching(/artikkel 9 nr\. 2/)],
    ]);
    expect(await bad({ article6: 'c', supplementaryBasis: 'lov', specialCategories: true, article9: 'b' })).toEqual([
      ['basis.article9SupplementaryBasis', expect.stringMatching(/supplerende rettsgrunnlag/)],
    ]);
    expect(
      (await t!.ok(o.admin, 'privacy.register', {})).purposes.find((p) => p.purpose === 'chatbot')!.basis,
    ).toBeNull();
  });

  it("warns a tiltaksarrangør on its own that § 8-7 a is NAV's task, not a basis for its own processing; not NAV's processor (issue 17)", async () => {
    const o = await org();
    const codes = async () =>
      (await t!.ok(o.admin, 'privacy.register', {})).purposes
        .find((p) => p.purpose === 'decisionSupport')!
        .warnings.map((w) => w.code);
    await t!.ok(o.admin, 'privacy.setOrganisation', TEST_ORGANISATION_ROLE);
    const view = await t!.ok(o.admin, 'privacy.recordBasis', {
      purpose: 'decisionSupport',
      basis: TEST_LEGAL_BASES.decisionSupport,
    });
    expect(view.purposes.find((p) => p.purpose === 'decisionSupport')!.warnings).toEqual([
      expect.objectContaining({
        code: 'DECISION_SUPPORT_NOT_NAV',
        message: expect.stringMatching(/§ 8-7 a legger dialogmøte 2 på NAV.*vurdering til NAV-veilederen/),
      }),
    ]);
    await t!.ok(o.admin, 'privacy.setOrganisation', {
      role: 'processor',
      controller: { kind: 'nav', name: 'NAV Vestland', agreementReference: 'DBA-1' },
      contact: { name: 'Personvernteamet' },
    });
    expect(await codes()).toEqual([]);
  });

  it('warns that consent is rarely valid here and that gamification can tip a balancing test', async () => {
    const o = await org();
    const view = await t!.ok(o.admin, 'privacy.recordBasis', {
      purpose: 'gamification',
      basis: TEST_LEGAL_BASES.gamification,
    });
    expect(view.purposes.find((p) => p.purpose === 'gamification')!.warnings.map((w) => w.code)).toEqual([
      'GAMIFICATION_BALANCING',
    ]);
    const consent = await t!.ok(o.admin, 'privacy.recordBasis', {
      purpose: 'statistics',
      basis: { article6: 'a', consent: { howObtained: 'Avkrysning i appen.', howWithdrawn: 'Samme bryter.' } },
    });
    expect(consent.purposes.find((p) => p.purpose === 'statistics')!.warnings[0]).toMatchObject({
      code: 'CONSENT_POWER_IMBALANCE',
      message: expect.stringMatching(/sjelden gyldig/),
    });
    // The guidance is data for the UI: every option, with the sandbox reports' points.
    const guidance = await t!.ok(o.anna, 'privacy.guidance', {});
    expect(Object.keys(guidance.article6)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(guidance.article6.a.guidance).toMatch(/sjelden er gyldig når det er et avhengighetsforhold/);
    expect(guidance.article6.f.guidance).toMatch(/Spillifisering.*vippe avveiingen/);
    expect(guidance.purposes.decisionSupportDevelopment).toMatch(/eget formål/);
    expect(guidance.article9.b.guidance).toMatch(/NAVs sandkasseprosjekt/);
  });

  it('a processor for NAV records the controller and the agreement; legitimate interest then gets a warning', async () => {
    const o = await org();
    expect(
      await t!.call(o.admin, 'privacy.setOrganisation', { role: 'processor', contact: { name: 'Personvern' } }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ path: 'controller' }] } });
    await t!.ok(o.admin, 'privacy.setOrganisation', {
      role: 'processor',
      controller: { kind: 'nav', name: 'NAV Vestland', agreementReference: 'DBA 2026-14' },
      contact: { name: 'Personvernansvarlig Grunnlag Tiltak', email: 'personvern@grunnlag.invalid' },
    });
    const view = await t!.ok(o.admin, 'privacy.recordBasis', {
      purpose: 'gamification',
      basis: TEST_LEGAL_BASES.gamification,
    });
    expect(view.purposes.find((p) => p.purpose === 'gamification')!.warnings.map((w) => w.code)).toEqual([
      'PUBLIC_TASK_NO_LEGITIMATE_INTEREST',
      'GAMIFICATION_BALANCING',
    ]);
    const notice = await t!.ok(o.anna, 'privacy.notice', {});
    const responsible = notice.sections.find((s) => s.id === 'responsible')!.paragraphs.join(' ');
    expect(responsible).toMatch(/NAV Vestland er behandlingsansvarlig.*databehandleravtale \(DBA 2026-14\)/);
    expect(notice.sections.find((s) => s.id === 'contact')!.paragraphs[0]).toMatch(/personvern@grunnlag\.invalid/);
  });
});

describe('the privacy notice (acceptance 4, core)', () => {
  it('is generated from the register in plain Norwegian: chatbot, crisis flag, gamification optional, retention, rights', async () => {
    const o = await org();
    const before = await t!.ok(o.anna, 'privacy.notice', {});
    expect(before.sections.map((s) => s.id)).not.toContain('chatbot');
    await recordBases(t!, o.admin);
    await t!.ok(o.admin, 'settings.update', { retentionMonths: { chat: 9 } });
    const notice = await t!.ok(o.anna, 'privacy.notice', {});
    const text = (id: string) => {
      const s = notice.sections.find((x) => x.id === id);
      return s ? [...s.paragraphs, ...(s.items ?? [])].join(' ') : '';
    };
    expect(text('responsible')).toMatch(/Grunnlag Tiltak AS er behandlingsansvarlig/);
    expect(text('purposes')).toMatch(/Oppfølging i tiltaket:.*artikkel 6 nr\. 1 bokstav e\).*tiltaksforskriften § 1-7/);
    // What reaches the model is said as it is: pseudonymised, still personal data, and not every name is found.
    expect(text('chatbot')).toMatch(
      /Språkmodellen får det du skriver i chatten, og disse opplysningene fra oppfølgingen: fase i oppfølgingen, målet ditt/,
    );
    expect(text('chatbot')).toMatch(/pseudonymisert først.*fortsatt personopplysninger.*finner ikke alle navn/);
    expect(text('chatbot')).not.toMatch(/Ingen personopplysninger når språkmodellen/);
    expect(text('chatbot')).toMatch(/Hva assistenten vet/);
    expect(text('chatbot')).toMatch(/blir ikke brukt til å trene en språkmodell/);
    expect(text('crisis')).toMatch(/veilederen din får et varsel/);
    expect(text('gamification')).toMatch(/helt frivillig/);
    expect(text('retention')).toMatch(/samtaler med chatboten: 9 måneder etter slutt/);
    expect(text('rights')).toMatch(/protestere mot bruken av opplysningene til .*poeng og merker/);
    expect(text('rights')).toMatch(/Datatilsynet/);
    expect(text('how')).toMatch(/senest innen én måned/);
    expect(notice.purposes).toEqual(['followUp', 'chatbot', 'gamification', 'decisionSupport']);
    expect(notice.version).toBeGreaterThan(before.version);
  });

  it('a participant is shown it at first login and after every change of the register, and each reading is recorded', async () => {
    const o = await org();
    const first = await t!.ok(o.petter, 'me.notice', { participantId: o.petterId });
    expect(first).toMatchObject({ mustAcknowledge: true, acknowledged: null });
    const read = await t!.ok(o.petter, 'privacy.acknowledge', {
      participantId: o.petterId,
      version: first.notice.version,
    });
    expect(read).toMatchObject({
      mustAcknowledge: false,
      acknowledged: { version: first.notice.version, via: 'participant' },
    });
    expect((await t!.ok(o.petter, 'me.notice', { participantId: o.petterId })).mustAcknowledge).toBe(false);

    await t!.ok(o.admin, 'privacy.recordBasis', { purpose: 'chatbot', basis: TEST_LEGAL_BASES.chatbot });
    const changed = await t!.ok(o.petter, 'me.notice', { participantId: o.petterId });
    expect(changed.notice.version).toBe(first.notice.version + 1);
    expect(changed.mustAcknowledge).toBe(true);
    expect(
      await t!.call(o.petter, 'privacy.acknowledge', { participantId: o.petterId, version: first.notice.version }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    await t!.ok(o.petter, 'privacy.acknowledge', { participantId: o.petterId, version: changed.notice.version });
    // The counselor can go through it with a participant in a session.
    await t!.ok(o.anna, 'privacy.acknowledge', { participantId: o.kajaId, version: changed.notice.version });

    const db = t!.core.services.store.db;
    expect(await db.all('SELECT participant_id, version, via FROM privacy_notice_reads ORDER BY read_at')).toEqual([
      { participant_id: o.petterId, version: first.notice.version, via: 'participant' },
      { participant_id: o.petterId, version: changed.notice.version, via: 'participant' },
      { participant_id: o.kajaId, version: changed.notice.version, via: 'counselor' },
    ]);
    const audited = await db.all<{ action: string; target_id: string }>(
      "SELECT action, target_id FROM audit_log WHERE action = 'privacy.acknowledge' AND outcome = 'ok'",
    );
    expect(audited).toHaveLength(3);
    // Another participant's notice is not theirs to read or sign.
    expect(await t!.call(o.kaja, 'me.notice', { participantId: o.petterId })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const versions = await t!.ok(o.admin, 'privacy.noticeVersions', {});
    expect(versions.map((v) => [v.version, v.reads])).toEqual([
      [changed.notice.version, 2],
      [first.notice.version, 1],
    ]);
  });

  it('renders as a PDF with the notice text', async () => {
    const o = await org();
    const pdf = await t!.ok(o.petter, 'privacy.noticePdf', {});
    const bytes = Buffer.from(pdf.base64, 'base64');
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf).toMatchObject({
      mimeType: 'application/pdf',
      fileName: expect.stringMatching(/^personvernerklaering-v\d+\.pdf$/),
    });
  });
});

describe('objection (art. 21) and withdrawn consent', () => {
  it('stops the purpose for that participant only, until an admin rejects it with the compelling grounds', async () => {
    const o = await org();
    await recordBases(t!, o.admin);
    await showNotice(t!, o.anna, [o.petterId, o.kajaId]);
    await t!.ok(o.petter, 'gamification.enable', { participantId: o.petterId, explanationVersion: 1 });
    const objection = await t!.ok(o.petter, 'privacy.object', { participantId: o.petterId, purpose: 'gamification' });
    expect(objection).toMatchObject({ kind: 'objection', status: 'pending' });
    expect(await t!.call(o.petter, 'gamification.get', { participantId: o.petterId })).toMatchObject({
      ok: false,
      error: { code: 'UNAVAILABLE', reason: 'OBJECTION' },
    });
    expect((await t!.call(o.kaja, 'gamification.get', { participantId: o.kajaId })).ok).toBe(true);
    expect(
      await t!.call(o.admin, 'privacy.decideObjection', { objectionId: objection.id, status: 'rejected' }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ path: 'reason' }] } });
    await t!.ok(o.admin, 'privacy.decideObjection', {
      objectionId: objection.id,
      status: 'rejected',
      reason: 'Tungtveiende grunner dokumentert i sak 12.',
    });
    expect((await t!.call(o.petter, 'gamification.get', { participantId: o.petterId })).ok).toBe(true);
    const requests = await t!.ok(o.admin, 'privacy.requests', { participantId: o.petterId });
    expect(requests).toEqual([
      expect.objectContaining({ kind: 'objection', status: 'refused', outcome: 'objection_rejected' }),
    ]);
  });

  it('is not available where the basis is a legal obligation; consent is withdrawn at once', async () => {
    const o = await org();
    await t!.ok(o.admin, 'privacy.setOrganisation', TEST_ORGANISATION_ROLE);
    await t!.ok(o.admin, 'privacy.recordBasis', {
      purpose: 'statistics',
      basis: { article6: 'c', supplementaryBasis: 'regnskapsloven' },
    });
    expect(
      await t!.call(o.petter, 'privacy.object', { participantId: o.petterId, purpose: 'statistics' }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/artikkel 21/) } });
    await t!.ok(o.admin, 'privacy.recordBasis', {
      purpose: 'chatbot',
      basis: {
        article6: 'a',
        consent: { howObtained: 'Spurt i samtale.', howWithdrawn: 'Si fra.' },
        specialCategories: true,
        article9: 'a',
        article9Justification: 'Chatboten er et frivillig tillegg; den som sier nei, får samme oppfølging.',
      },
    });
    expect(await t!.ok(o.petter, 'privacy.object', { participantId: o.petterId, purpose: 'chatbot' })).toMatchObject({
      kind: 'consent_withdrawn',
      status: 'upheld',
    });
    expect(await t!.call(o.petter, 'chat.start', { participantId: o.petterId })).toMatchObject({
      ok: false,
      error: { code: 'UNAVAILABLE', reason: 'OBJECTION' },
    });
    // Someone without access learns nothing about it.
    expect(await t!.call(o.kaja, 'chat.start', { participantId: o.petterId })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});
