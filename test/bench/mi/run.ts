/**
 * MI benchmark (issue 7, acceptance 4):
 *
 *   npm run bench:mi                              # the tiny test model: exercises the fallbacks
 *   npm run bench:mi -- --model FILE.gguf         # measures a real model
 *   options: --max-tokens N (per reply; default 40 for the tiny model, the engine's own budget
 *            for a real one), --verbose (every turn)
 *
 * Runs the scripted personas (test/bench/mi/personas.ts) through the whole engine: the real core
 * with SQLCipher, the chat procedures, the model runtime in its own process. Prints R:Q, % complex
 * reflections, % open questions and MI-adherent %, computed from the moves actually sent (the
 * stored move labels, read back through fidelity.overTime), next to the MITI "good" targets, plus
 * how each reply was made and whether the model was left out of every crisis turn.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ApiResult } from '../../../electron/core/api/errors.js';
import type { InputOf, OutputOf, ProcedureName } from '../../../electron/core/api/router.js';
import { TEST_KDF_COST } from '../../../electron/core/auth/kdf.js';
import { checkMoveOutput, MI_INCONSISTENT } from '../../../electron/core/chat/checks/checkMoveOutput.js';
import { seededRandom } from '../../../electron/core/util/random.js';
import {
  countTurns,
  metricsFromCounts,
  type FidelityMetrics,
  type StoredTurnLabels,
} from '../../../electron/core/chat/fidelity/index.js';
import { createCore } from '../../../electron/core/index.js';
import { silentLogger } from '../../../electron/core/log.js';
import { ensureTinyModel } from '../../../models/tiny/generate.js';
import { recordingLauncher } from '../../core/chat/helpers.js';
import { TEST_LEGAL_BASES } from '../../helpers/org.js';
import { PERSONAS, type PersonaKind } from './personas.js';

const { values } = parseArgs({
  options: { model: { type: 'string' }, 'max-tokens': { type: 'string' }, verbose: { type: 'boolean' } },
  strict: true,
});
const modelFile = values.model ? path.resolve(values.model) : await ensureTinyModel();
const realModel = values.model !== undefined;
const maxTokens = values['max-tokens'] ? Number(values['max-tokens']) : realModel ? undefined : 40;
const PASSWORD = 'lang nok passfrase for benchmark';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inkludmi-bench-mi-'));
const { launcher, sent } = recordingLauncher();
const core = createCore({
  dataDir,
  appVersion: '0.0.0-bench',
  logger: silentLogger,
  policy: { status: { kind: 'none', path: '/nonexistent' }, settings: {}, locked: new Set() },
  kdfCost: TEST_KDF_COST,
  modelLauncher: launcher,
  // Seeded: the same phrase-library draws on every run, so two runs can be compared.
  chat: {
    generation: { ...(maxTokens !== undefined ? { maxTokens } : {}), seed: 2026, timeLimitMs: 120_000 },
    rng: seededRandom(2026),
  },
});

let n = 0;
const ok = async <N extends ProcedureName>(connectionId: string, name: N, input: InputOf<N>): Promise<OutputOf<N>> => {
  const r = (await core.dispatch({ name, input, connectionId, emit: () => undefined })) as ApiResult<OutputOf<N>>;
  if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message}`);
  return r.data;
};
const login = async (username: string) => {
  const conn = `bench-${++n}`;
  await ok(conn, 'auth.login', { username, password: PASSWORD });
  return conn;
};

interface Sent {
  persona: string;
  kind: PersonaKind;
  said: string;
  move: string | null;
  variant: string | null;
  generation: string | null;
  text: string;
  modelCalls: number;
}

const pct = (v: number | null) => (v === null ? '–' : `${(v * 100).toFixed(1)} %`);
const ratio = (v: number | null) => (v === null ? '–' : v.toFixed(2));

try {
  const admin = `bench-${++n}`;
  await ok(admin, 'auth.setup', {
    organisationName: 'MI-benchmark',
    admin: { username: 'admin', displayName: 'Astrid Admin', password: `${PASSWORD} admin` },
  });
  // The chatbot runs only with a recorded legal basis (issue 9): record the test basis first.
  await ok(admin, 'privacy.recordBasis', { purpose: 'chatbot', basis: TEST_LEGAL_BASES.chatbot });
  await ok(admin, 'model.import', { path: modelFile, stream: 'model' });
  const overview = await ok(admin, 'model.overview', {});
  const chatModel =
    overview.models.find((m) => m.purpose === 'chat' && m.fileName === path.basename(modelFile)) ??
    overview.models.find((m) => m.purpose === 'chat');
  if (!chatModel) throw new Error('the model is not a chat model');
  await ok(admin, 'model.setActive', { purpose: 'chat', fileName: chatModel.fileName });
  const counselor = await ok(admin, 'users.create', {
    username: 'veileder',
    displayName: 'Vera Veileder',
    role: 'counselor',
    password: PASSWORD,
  });
  const counselorConn = await login('veileder');

  const started = performance.now();
  const turns: Sent[] = [];
  const labels = new Map<PersonaKind, StoredTurnLabels[]>();
  let crisisTurns = 0;
  let crisisWithModel = 0;
  for (const [i, persona] of PERSONAS.entries()) {
    const user = await ok(admin, 'users.create', {
      username: `deltaker${i}`,
      displayName: `Deltaker ${i + 1}`,
      role: 'participant',
      password: PASSWORD,
      counselorId: counselor.id,
    });
    const participantId = user.participantId!;
    const conn = await login(`deltaker${i}`);
    await ok(counselorConn, 'plan.setGoal', { participantId, goal: 'Komme i jobb eller skole' });
    const { conversationId, message } = await ok(conn, 'chat.start', { participantId });
    turns.push({
      persona: persona.id,
      kind: persona.kind,
      said: '',
      move: message.move,
      variant: message.moveVariant,
      generation: message.generation,
      text: message.body,
      modelCalls: 0,
    });
    for (const line of persona.lines) {
      const before = sent.filter((m) => m.type === 'json').length;
      const r = await ok(conn, 'chat.send', { participantId, conversationId, text: line });
      const calls = sent.filter((m) => m.type === 'json').length - before;
      if (r.crisis) {
        crisisTurns++;
        if (calls > 0) crisisWithModel++;
      }
      if (r.stepOffer) await ok(conn, 'chat.acceptStep', { participantId, conversationId });
      const a = r.assistantMessage;
      if (a)
        turns.push({
          persona: persona.id,
          kind: persona.kind,
          said: line,
          move: a.move,
          variant: a.moveVariant,
          generation: a.generation,
          text: a.body,
          modelCalls: calls,
        });
      if (values.verbose)
        console.log(
          `${persona.id.padEnd(20)} ${line.slice(0, 50).padEnd(50)} → ${(a?.move ?? '–').padEnd(20)} ${(a?.generation ?? '').padEnd(11)} ${a?.body.slice(0, 90) ?? ''}`,
        );
    }
    if (!values.verbose)
      process.stderr.write(
        `\r  ${i + 1}/${PERSONAS.length} personas (${Math.round((performance.now() - started) / 1000)} s) `,
      );
    const messages = await ok(counselorConn, 'chat.conversation', { participantId, conversationId });
    const list = labels.get(persona.kind) ?? [];
    for (const m of messages) {
      if (m.crisis) continue;
      if (m.author === 'assistant' && m.move)
        list.push({ role: 'assistant', move: m.move, ...(m.moveVariant ? { variant: m.moveVariant } : {}) });
      else if (m.author === 'participant' && m.talk) list.push({ role: 'participant', talk: m.talk });
    }
    labels.set(persona.kind, list);
  }
  const seconds = (performance.now() - started) / 1000;

  // The whole caseload, as the counselor's fidelity view computes it from the stored labels.
  const overall = (await ok(counselorConn, 'fidelity.overTime', { period: 'month' })).overall;
  // MI-adherent: every text actually sent, checked for MI-inconsistent wording.
  const moved = turns.filter((t) => t.move !== null);
  const inconsistent = moved.filter((t) => {
    const result = checkMoveOutput(
      { move: t.move, text: t.text, sources: [] },
      {
        move: { kind: t.move as never, variant: (t.variant ?? 'plain') as never },
        adviceAllowed: t.move === 'provide_information',
        passageIds: [],
      },
    );
    return result.failures.some((f) => MI_INCONSISTENT.has(f.code));
  });
  const adherent = moved.length === 0 ? null : (moved.length - inconsistent.length) / moved.length;
  const byGeneration = new Map<string, number>();
  for (const t of turns) byGeneration.set(t.generation ?? '–', (byGeneration.get(t.generation ?? '–') ?? 0) + 1);

  const row = (label: string, m: FidelityMetrics) =>
    `  ${label.padEnd(13)} R:Q ${ratio(m.reflectionToQuestion).padStart(5)}   complex ${pct(m.percentComplexReflections).padStart(7)}   open ${pct(m.percentOpenQuestions).padStart(7)}   change talk ${pct(m.percentChangeTalk).padStart(7)}   moves ${m.counts.assistantMoves}`;
  const target = (name: string, value: number | null, goal: number, show: (v: number | null) => string) =>
    `  ${value !== null && value >= goal ? '✓' : '✗'} ${name.padEnd(22)} ${show(value).padStart(8)}   (target ≥ ${show(goal)})`;

  console.log(
    `\nMI benchmark — ${PERSONAS.length} personas, ${turns.length - PERSONAS.length} participant turns, model ${path.basename(modelFile)}${realModel ? '' : ' (tiny test model: exercises the fallbacks)'}, ${seconds.toFixed(0)} s`,
  );
  console.log('\nFrom the moves actually sent (stored labels, fidelity.overTime over all conversations):');
  console.log(target('R:Q', overall.reflectionToQuestion, 2, ratio));
  console.log(target('% complex reflections', overall.percentComplexReflections, 0.5, pct));
  console.log(target('% open questions', overall.percentOpenQuestions, 0.7, pct));
  console.log(target('MI-adherent % (texts)', adherent, 1, pct));
  console.log(
    `    (MITI labels: ${pct(overall.percentMiAdherent)} of moves are MI-adherent; ${inconsistent.length} sent texts had MI-inconsistent wording)`,
  );
  console.log('\nBy persona kind:');
  for (const [kind, list] of labels) console.log(row(kind, metricsFromCounts(countTurns(list))));
  console.log('\nHow the replies were made:');
  for (const [g, count] of [...byGeneration.entries()].sort((a, b) => b[1] - a[1]))
    console.log(`  ${g.padEnd(12)} ${String(count).padStart(4)}`);
  console.log(`  model calls  ${String(sent.filter((m) => m.type === 'json').length).padStart(4)}`);
  console.log(`\nCrisis turns: ${crisisTurns}, of which the model was called in ${crisisWithModel} (target 0).`);
  const moves = new Map<string, number>();
  for (const t of moved) moves.set(`${t.move}:${t.variant}`, (moves.get(`${t.move}:${t.variant}`) ?? 0) + 1);
  console.log('\nMoves sent:');
  for (const [m, count] of [...moves.entries()].sort((a, b) => b[1] - a[1]))
    console.log(`  ${m.padEnd(36)} ${String(count).padStart(4)}`);
  for (const t of inconsistent) console.log(`  MI-inconsistent: [${t.persona}] ${t.move}: ${t.text}`);
} finally {
  await core.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
