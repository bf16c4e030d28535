/**
 * Issue 7, acceptance 2 and 3, with the real node-llama-cpp and the project's tiny model in its
 * own process. Every message the app sends that process is recorded (recordingLauncher): that is
 * exactly what node-llama-cpp receives.
 *
 * 2. Over a scripted ten-turn conversation full of personal data (names, fødselsnummer, phone
 *    numbers, addresses, e-mail, an account number, and the participant's own identity from their
 *    record), no known identity string and no detected number ever reaches the model process, and
 *    the context it is given holds only the allowlisted fields.
 * 3. In a crisis turn the model is not called at all.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTEXT_ALLOWLIST, CONTEXT_LABELS } from '../../../electron/core/chat/orchestrator/context.js';
import { defaultScrubber } from '../../../electron/core/scrub/scrubber.js';
import { PseudonymVault } from '../../../electron/core/scrub/vault.js';
import { makeBankAccount, makeNationalId, seededRng } from '../scrub/ids.js';
import { chatCore, recordingLauncher, shownText, textsSentToModel, type ChatCore } from './helpers.js';

const rng = seededRng(7007);
const fnr = makeNationalId(rng);
const account = makeBankAccount(rng);
const ownPhone = '912 34 567';
const ownEmail = 'sunniva.kvalheim@example.no';
const reminder = 'Ring Sunniva om praksisplassen hos Coop Extra Madla';
const noteBody = 'Sunniva fortalte om angst og søvnproblemer. Mor Hodan Kvalheim var med.';

const TURNS = [
  `Hei, det er Sunniva her. Mobilen min er ${ownPhone} hvis du trenger den.`,
  `Fødselsnummeret mitt er ${fnr.slice(0, 6)} ${fnr.slice(6)}, NAV spurte om det i går.`,
  'Jeg bor i Løkkeveien 14 B, 4008 Stavanger, sammen med mamma Hodan Kvalheim.',
  'Geir Arne sa at jeg kanskje burde søke på butikken på Madla.',
  'Jeg vil egentlig gjerne jobbe i butikk. Ring meg heller på +47 48 12 34 56 etter skolen.',
  `Skriv gjerne til ${ownEmail} eller til vennen min Jonas Berg på jonas.berg@gmail.com.`,
  `Kontonummeret mitt er ${account.slice(0, 4)}.${account.slice(4, 6)}.${account.slice(6)}, lønna skal dit.`,
  'Hva er arbeidsforberedende trening?',
  'Jeg skal sende to søknader i morgen, sunniva altså, ikke mamma.',
  'Takk for praten, ha det! Hilsen S. Kvalheim, født 12.03.2004.',
];

let t: ChatCore;
const { launcher, sent } = recordingLauncher();

beforeAll(async () => {
  t = await chatCore({
    launcher,
    tinyModel: true,
    names: { counselorA: 'Geir Arne Lie' },
    generation: { maxTokens: 48, seed: 11, timeLimitMs: 60_000 },
  });
  // The participant's record: contact details, programme, a goal with a name in it, a reminder and a note.
  await t.ok(t.counselorA, 'participants.updateProfile', {
    participantId: t.p,
    nationalId: fnr,
    phone: ownPhone,
    email: ownEmail,
    programme: 'aft',
    navOffice: 'NAV Madla',
  });
  await t.ok(t.counselorA, 'participants.setReminder', { participantId: t.p, reminder });
  await t.ok(t.counselorA, 'notes.add', {
    participantId: t.p,
    kind: 'meeting',
    occurredOn: '2026-11-20',
    body: noteBody,
  });
  await t.ok(t.counselorA, 'stages.set', { participantId: t.p, stage: 'work_trial' });
  await t.ok(t.participantP, 'plan.setGoal', { participantId: t.p, goal: 'Få jobb i butikk, slik Jonas Berg har' });
  await t.ok(t.participantP, 'plan.addStep', {
    participantId: t.p,
    title: 'Ringe Geir Arne om CV-en',
    dueOn: '2026-12-10',
  });
  await t.ok(t.participantP, 'motivation.add', {
    participantId: t.p,
    importance: 6,
    confidence: 4,
    measuredOn: '2026-11-20',
  });
  await t.ok(t.participantP, 'motivation.add', { participantId: t.p, importance: 8, confidence: 6 });
}, 300_000);

afterAll(async () => {
  await t?.close();
});

describe('the model process never receives personal data', () => {
  it('over ten turns full of personal data: no known identity, no detected number, only allowlisted context', async () => {
    const { conversationId } = await t.ok(t.participantP, 'chat.start', { participantId: t.p });
    const replies: string[] = [];
    for (const [i, text] of TURNS.entries()) {
      const stream = `turn-${i}`;
      const r = await t.ok(t.participantP, 'chat.send', { participantId: t.p, conversationId, text, stream });
      expect(r.crisis).toBeNull();
      expect(r.assistantMessage).not.toBeNull();
      // What the screen shows at the end of the stream is the stored reply.
      expect(shownText(t.eventsOf(t.participantP, stream))).toBe(r.assistantMessage?.body);
      replies.push(r.assistantMessage!.body);
    }
    const jsonCalls = sent.filter((m) => m.type === 'json');
    expect(jsonCalls.length).toBeGreaterThanOrEqual(TURNS.length);
    const seen = textsSentToModel(sent).join('\n');

    // Listed: every string of the participant's record and of the people they mention.
    const forbidden = [
      'Sunniva',
      'sunniva',
      'Kvalheim',
      'Geir',
      'Arne',
      'Hodan',
      'Jonas',
      'Berg',
      'Løkkeveien',
      '4008',
      'Stavanger',
      fnr,
      fnr.slice(0, 6),
      fnr.slice(6),
      '91234567',
      ownPhone,
      '48 12 34 56',
      '48123456',
      account,
      account.slice(6),
      ownEmail,
      'example.no',
      'jonas.berg',
      'gmail.com',
      '12.03.2004',
      'NAV Madla',
      'Coop',
      reminder,
      noteBody,
    ];
    for (const value of forbidden) expect(seen, value).not.toContain(value);
    expect(seen).not.toMatch(/(?<!\p{L})lie(?!\p{L})/iu);

    // Derived: every span tekstvask finds in what was typed (names, numbers, addresses, e-mail).
    const spans = TURNS.flatMap((text) =>
      defaultScrubber()
        .detect(text, { vault: new PseudonymVault() })
        .map((s) => ({ type: s.type, value: text.slice(s.start, s.end) })),
    );
    expect(new Set(spans.map((s) => s.type))).toEqual(
      new Set(['PERSON', 'PHONE', 'NATIONAL_ID', 'ADDRESS', 'EMAIL', 'BANK_ACCOUNT', 'DATE_OF_BIRTH']),
    );
    for (const { value } of spans) {
      expect(seen, value).not.toContain(value);
      if (/\d/.test(value) && !/\p{L}/u.test(value))
        expect(seen.replace(/\s/g, ''), value).not.toContain(value.replace(/\s/g, ''));
    }
    // No 8-or-more digit run survives anywhere in what the model got.
    expect(seen.replace(/[\s.]/g, '')).not.toMatch(/\d{8,}/);

    // The context: only the allowlisted fields of the participant chat, pseudonymised.
    const allowed = new Set(CONTEXT_ALLOWLIST.participant_chat.map((k) => CONTEXT_LABELS[k]));
    for (const call of jsonCalls) {
      if (call.type !== 'json') continue;
      const block =
        (call.systemPrompt ?? '').split('Dette vet du om personen (fra oppfølgingen, pseudonymisert):\n')[1] ?? '';
      const labels = block
        .split('\n')
        .filter((l) => l.startsWith('- '))
        .map((l) => l.slice(2).split(':')[0]);
      expect(labels.length).toBeGreaterThan(0);
      for (const label of labels) expect(allowed, label).toContain(label);
      expect(call.systemPrompt).not.toContain(CONTEXT_LABELS.programme);
    }
    const { view, placeholders } = await t.ok(t.participantP, 'chat.context', { participantId: t.p, conversationId });
    expect(view?.context.map((c) => c.key)).toEqual(['processStage', 'currentGoal', 'nextStep', 'motivationTrend']);
    expect(view?.context.find((c) => c.key === 'currentGoal')?.value).toMatch(
      /^Få jobb i butikk, slik \[NAVN_\d+\] har$/,
    );
    expect(view?.context.find((c) => c.key === 'nextStep')?.value).toMatch(
      /^Ringe \[NAVN_\d+\] om CV-en \(planlagt, frist 10\. desember\)$/,
    );
    expect(view?.context.find((c) => c.key === 'motivationTrend')?.value).toBe(
      'viktighet 6 → 8, mestringstro 4 → 6 (stigende)',
    );
    // "Hva assistenten vet" is the text as sent: the last call's two texts.
    const last = jsonCalls.at(-1);
    if (last?.type === 'json') {
      expect(view?.systemPrompt).toBe(last.systemPrompt);
      expect(last.prompt.startsWith(view?.prompt ?? '\u0000')).toBe(true);
    }
    // The legend shows the participant what each placeholder stood for (on screen only).
    expect(placeholders.map((p) => p.shownAs)).toContain('Jonas Berg');

    // Placeholders are restored on screen only: the replies hold no placeholder the vault knows.
    for (const reply of replies) expect(reply).not.toMatch(/\[(?:NAVN|TLF|FNR|EPOST|ADRESSE|KONTO)_\d+\]/);
  }, 900_000);

  it('does not call the model in a crisis turn', async () => {
    const before = sent.length;
    const r = await t.ok(t.participantP, 'chat.send', {
      participantId: t.p,
      text: 'Jeg orker ikke mer. Jeg har tenkt på å ta livet mitt.',
      stream: 'crisis',
    });
    expect(r.crisis).not.toBeNull();
    expect(r.assistantMessage?.generation).toBe('crisis');
    expect(r.assistantMessage?.body).toContain('113');
    expect(sent.length).toBe(before);
    expect(shownText(t.eventsOf(t.participantP, 'crisis'))).toBe(r.assistantMessage?.body);
    const flags = await t.ok(t.counselorA, 'chat.flags', { participantId: t.p });
    expect(flags[0]?.turnId).toBe(String(r.participantMessage?.id));
  }, 120_000);
});
