import { ApiError } from '../../api/errors.js';
import type { Principal } from '../../auth/types.js';
import { norwegianDayMonth } from '../../util/index.js';
import type { EncryptedStore } from '../../db/store.js';
import { assertParticipantAccess } from '../../followup/access.js';
import { defaultScrubber, SCRUB_FAILED_MESSAGE, type Scrubber } from '../../scrub/scrubber.js';
import { PseudonymVault } from '../../scrub/vault.js';
import { checkMoveOutput } from '../checks/checkMoveOutput.js';
import { detectLanguage } from '../checks/language.js';
import {
  buildModelContext,
  motivationTrendText,
  renderContext,
  type ContextEntry,
  type ContextProvider,
  type ParticipantFacts,
} from './context.js';
import type { FollowupParticipantPort, IdentitySource, PlanPort } from './followupPorts.js';
import { DEFAULT_ANSWER_TIME_LIMIT_MS, outputFailures, type JsonGenerator } from './generation.js';
import { assertSafeForModel, conversationScrubber, ScrubFailedError } from './guard.js';
import { flagsRepo, labelsSince } from './repo.js';
import type { ChatPurpose } from './context.js';
import { NOTE_DRAFT_MAX_CHARS, NOTE_SCHEMA, tidyBullets, unsupportedSentences, type NoteKind } from './noteText.js';

/** What the model was told for an assistant task ("Hva assistenten vet" for the counselor). */
export interface AssistantView {
  purpose: ChatPurpose;
  at: string;
  sentToModel: boolean;
  context: ContextEntry[];
  material: string[];
  systemPrompt: string | null;
  prompt: string | null;
}

export const MI_FOCUS = ['safety', 'engaging', 'evoking', 'ambivalence', 'planning'] as const;
export type MiFocus = (typeof MI_FOCUS)[number];

const FOCUS_TEXT: Readonly<Record<MiFocus, string>> = {
  safety:
    'Start med hvordan deltakeren har det. Det har kommet en krisemelding siden sist: følg den opp rolig og direkte, og sjekk at hen vet hvor hen kan få hjelp.',
  engaging:
    'Bygg relasjon og finn fokus sammen: åpne spørsmål om hva som er viktig for deltakeren nå, og mange refleksjoner.',
  evoking:
    'Fremkall mer endringssnakk: spør etter deltakerens egne grunner, ønsker og muligheter, og reflekter det hen sier for endring.',
  ambivalence:
    'Utforsk ambivalensen: få fram begge sider med tosidige refleksjoner, uten å argumentere for endring. La deltakeren selv sette ord på hva som trekker mot endring.',
  planning:
    'Planlegging: deltakeren har sagt hva hen vil gjøre. Gjør steget konkret (hva, når, hvordan), og avtal hvordan dere følger det opp.',
};

/** Open questions per focus when the model has none that pass the checks (all start with an open question word). */
const FALLBACK_QUESTIONS: Readonly<Record<MiFocus, readonly string[]>> = {
  safety: [
    'Hvordan har du hatt det siden sist vi snakket sammen?',
    'Hva hjelper deg når det er som tyngst?',
    'Hvem kan du snakke med når det blir vanskelig?',
  ],
  engaging: [
    'Hva er viktigst for deg å snakke om i dag?',
    'Hvordan har de siste ukene vært for deg?',
    'Hva har gått bra siden sist?',
  ],
  evoking: [
    'Hva ville blitt bedre for deg hvis du fikk dette til?',
    'Hvilke grunner har du selv for å ville gjøre en endring?',
    'Hva har du fått til tidligere som du kan bygge på nå?',
  ],
  ambivalence: [
    'Hva er det som gjør at du er i tvil?',
    'Hva er det gode ved slik det er nå, og hva er mindre bra?',
    'Hvordan ville det vært om et år, hvis ingenting endret seg?',
  ],
  planning: [
    'Hva blir det første lille steget?',
    'Når passer det for deg å gjøre det?',
    'Hva kan gjøre det lettere å få det til?',
  ],
};

export interface MeetingPreparation {
  participantId: string;
  /** The last meeting note's date, or null when there is none. */
  lastMeetingOn: string | null;
  since: {
    participantMessages: number;
    changeTalk: number;
    sustainTalk: number;
    questions: number;
    crisisFlags: number;
    stepsAdded: string[];
    stepsDone: string[];
    /** The participant's own words in the chat that were change talk toward commitment (newest last). */
    statements: string[];
  };
  currentGoal: string | null;
  nextStep: string | null;
  motivationTrend: string | null;
  focus: { code: MiFocus; text: string };
  questions: string[];
  generation: 'model' | 'fallback';
  view: AssistantView;
}

export interface NoteDraft {
  participantId: string;
  draft: string;
  kind: NoteKind;
  occurredOn: string;
  generation: 'model' | 'fallback';
  view: AssistantView;
}

export interface AssistantOptions {
  store: EncryptedStore;
  generator: JsonGenerator;
  context: ContextProvider;
  identities: IdentitySource;
  followup: FollowupParticipantPort;
  plan?: PlanPort | undefined;
  scrubber?: Scrubber;
  clock?: () => Date;
  maxTokens?: number | undefined;
  timeLimitMs?: number | undefined;
}

const SYSTEM = [
  'Du er en assistent for en veileder i InkludMI som følger opp unge (16–29 år) mot arbeid eller skole, og som bruker motiverende intervju (MI).',
  'Skriv på norsk bokmål, saklig og vennlig. Du finner aldri på fakta, navn, tall eller hendelser: bruk bare opplysningene du får.',
  'Tekst i hakeparenteser, som [NAVN_1], er plassholdere for personopplysninger: bruk dem akkurat som de står.',
  'Svar bare med JSON etter skjemaet.',
].join('\n');

export const QUESTIONS_SCHEMA = {
  type: 'object',
  properties: {
    questions: { type: 'array', items: { type: 'string', minLength: 10, maxLength: 200 }, minItems: 3, maxItems: 3 },
  },
} as const;

function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/**
 * The counselor assistant: prepares a meeting (what happened since last time, motivation trend,
 * suggested MI focus and open questions) and turns a meeting's bullet points into a tidy note
 * draft. Counselor only, for their own participants; the draft is saved through notes.add after
 * the counselor has read and edited it. Only allowlisted, pseudonymised context reaches the model.
 */
export class CounselorAssistant {
  private readonly scrubber: Scrubber;
  private readonly clock: () => Date;

  constructor(private readonly options: AssistantOptions) {
    this.scrubber = options.scrubber ?? defaultScrubber();
    this.clock = options.clock ?? (() => new Date());
  }

  private get db() {
    return this.options.store.db;
  }

  private async authorise(principal: Principal, participantId: string): Promise<void> {
    if (principal.role !== 'counselor')
      throw new ApiError('FORBIDDEN', 'Assistenten for veiledere er bare for veiledere.');
    await assertParticipantAccess(this.db, principal, participantId, 'notes');
  }

  async prepareMeeting(principal: Principal, participantId: string, signal?: AbortSignal): Promise<MeetingPreparation> {
    await this.authorise(principal, participantId);
    const at = this.clock();
    const notes = await this.options.followup.notes(principal, participantId, 100);
    const lastMeeting =
      notes.filter((n) => n.kind === 'meeting').sort((a, b) => (a.occurredOn < b.occurredOn ? 1 : -1))[0] ?? null;
    const since = lastMeeting ? `${lastMeeting.occurredOn}T00:00:00.000Z` : null;
    const facts = await this.options.context.participantFacts(principal, participantId);
    const turns = await labelsSince(this.db, participantId, since);
    const participantTurns = turns.filter((t) => t.author === 'participant' && !t.crisis);
    const crisisFlags = await flagsRepo.countSince(this.db, participantId, since);
    const plan = this.options.plan ? await this.options.plan.get(principal, participantId).catch(() => null) : null;
    const stepsAdded = (plan?.steps ?? []).filter((s) => !since || s.createdAt >= since).map((s) => s.title);
    const stepsDone = (plan?.steps ?? [])
      .filter((s) => s.status === 'done' && (!since || (s.completedAt ?? '') >= since))
      .map((s) => s.title);
    const change = participantTurns.filter((t) => t.talk === 'change');
    const sustain = participantTurns.filter((t) => t.talk === 'sustain');
    const commitments = change.filter(
      (t) => t.talkSubtype === 'commitment' || t.talkSubtype === 'activation' || t.talkSubtype === 'taking_steps',
    );
    const trend = motivationTrendText(facts.motivation);
    const focus: MiFocus =
      crisisFlags > 0
        ? 'safety'
        : commitments.length > 0
          ? 'planning'
          : sustain.length > change.length
            ? 'ambivalence'
            : change.length > 0
              ? 'evoking'
              : 'engaging';
    const falling = /\(synkende\)$/.test(trend ?? '');
    const focusText =
      falling && focus !== 'safety'
        ? `${FOCUS_TEXT[focus]} Motivasjonen har gått ned: utforsk hva som har skjedd, med refleksjoner.`
        : FOCUS_TEXT[focus];

    const known = await this.options.identities.knownIdentities(principal, participantId);
    const vault = new PseudonymVault();
    const scrub = conversationScrubber(this.scrubber, vault, known);
    let context: ContextEntry[];
    let material: string[];
    try {
      context = buildModelContext('meeting_prep', facts, scrub);
      material = [
        lastMeeting ? `Forrige møte: ${norwegianDayMonth(lastMeeting.occurredOn)}.` : 'Ingen tidligere møtenotater.',
        `Siden da: ${participantTurns.length} meldinger fra deltakeren i chatten (${change.length} med endringssnakk, ${sustain.length} med motstand mot endring).`,
        ...(stepsDone.length > 0 ? [`Fullførte steg: ${stepsDone.map(scrub).join('; ')}.`] : []),
        ...(stepsAdded.length > 0 ? [`Nye steg: ${stepsAdded.map(scrub).join('; ')}.`] : []),
        ...commitments.slice(-3).map((t) => `Deltakeren skrev: «${scrub(t.body)}»`),
        `Foreslått MI-fokus: ${focusText}`,
      ];
    } catch {
      throw new ApiError('UNAVAILABLE', SCRUB_FAILED_MESSAGE);
    }
    const systemPrompt = `${SYSTEM}\n\n${renderContext(context)}`;
    const prompt = `Veilederen skal ha møte med deltakeren.\n${material.map((m) => `- ${m}`).join('\n')}\n\nOppgave: Skriv tre åpne spørsmål veilederen kan stille i møtet, i tråd med MI-fokuset. Hvert spørsmål begynner med «Hva», «Hvordan» eller «Hvilke», er ett spørsmål og gir ingen råd.`;
    const view: AssistantView = {
      purpose: 'meeting_prep',
      at: at.toISOString(),
      sentToModel: true,
      context,
      material,
      systemPrompt,
      prompt,
    };
    this.guard(view, known, vault);

    let questions: string[] | null = null;
    const raw = await this.generate(systemPrompt, prompt, QUESTIONS_SCHEMA, signal);
    if (raw) {
      const value = parseJson(raw) as { questions?: unknown } | null;
      const list = Array.isArray(value?.questions)
        ? value.questions.filter((q): q is string => typeof q === 'string').map((q) => q.trim())
        : [];
      const passing = list.filter(
        (q) =>
          checkMoveOutput(
            { move: 'open_question', text: q, sources: [] },
            { move: { kind: 'open_question', variant: 'evoke' }, adviceAllowed: false, passageIds: [] },
          ).ok && outputFailures(q, vault).length === 0,
      );
      if (passing.length === 3) questions = passing.map((q) => vault.restore(q));
    }
    return {
      participantId,
      lastMeetingOn: lastMeeting?.occurredOn ?? null,
      since: {
        participantMessages: participantTurns.length,
        changeTalk: change.length,
        sustainTalk: sustain.length,
        questions: participantTurns.filter((t) => t.talk === 'question').length,
        crisisFlags,
        stepsAdded,
        stepsDone,
        statements: commitments.slice(-3).map((t) => t.body),
      },
      currentGoal: facts.currentGoal,
      nextStep: facts.nextStep?.title ?? null,
      motivationTrend: trend,
      focus: { code: focus, text: focusText },
      questions: questions ?? [...FALLBACK_QUESTIONS[focus]],
      generation: questions ? 'model' : 'fallback',
      view,
    };
  }

  async draftNote(
    principal: Principal,
    participantId: string,
    input: { bullets: string; occurredOn?: string | undefined; kind?: NoteDraft['kind'] | undefined },
    signal?: AbortSignal,
  ): Promise<NoteDraft> {
    await this.authorise(principal, participantId);
    const at = this.clock();
    const occurredOn = input.occurredOn ?? isoDay(at);
    const kind = input.kind ?? 'meeting';
    const facts: ParticipantFacts = await this.options.context.participantFacts(principal, participantId);
    const known = await this.options.identities.knownIdentities(principal, participantId);
    const vault = new PseudonymVault();
    const scrub = conversationScrubber(this.scrubber, vault, known);
    let bullets: string;
    let context: ContextEntry[];
    try {
      bullets = scrub(input.bullets);
      context = buildModelContext('note_draft', facts, scrub);
    } catch {
      throw new ApiError('UNAVAILABLE', SCRUB_FAILED_MESSAGE);
    }
    const systemPrompt = `${SYSTEM}\n\n${renderContext(context)}`;
    const prompt =
      `Stikkord fra ${kind === 'meeting' ? 'møtet' : 'samtalen'} ${norwegianDayMonth(occurredOn)}:\n${bullets}\n\n` +
      'Oppgave: Skriv stikkordene om til et ryddig, kort oppfølgingsnotat i hele setninger, i nøytral og respektfull stil, om «deltakeren» i tredje person. ' +
      'Ta med alt som står i stikkordene og ingenting annet: ingen vurderinger, diagnoser eller råd som ikke står der.';
    const view: AssistantView = {
      purpose: 'note_draft',
      at: at.toISOString(),
      sentToModel: true,
      context,
      material: [bullets],
      systemPrompt,
      prompt,
    };
    this.guard(view, known, vault);

    let draft: string | null = null;
    const raw = await this.generate(systemPrompt, prompt, NOTE_SCHEMA, signal);
    const value = raw ? (parseJson(raw) as { text?: unknown } | null) : null;
    if (value && typeof value.text === 'string') {
      const text = value.text.trim();
      const lang = detectLanguage(text);
      const ok =
        (lang === 'nb' || lang === 'nn') &&
        text.length >= 40 &&
        text.length <= NOTE_DRAFT_MAX_CHARS &&
        outputFailures(text, vault).length === 0 &&
        unsupportedSentences(text, bullets).length === 0;
      if (ok) draft = vault.restore(text);
    }
    return {
      participantId,
      draft: draft ?? tidyBullets(input.bullets, occurredOn, kind),
      kind,
      occurredOn,
      generation: draft ? 'model' : 'fallback',
      view,
    };
  }

  private guard(view: AssistantView, known: Parameters<typeof assertSafeForModel>[1], vault: PseudonymVault): void {
    try {
      assertSafeForModel(
        {
          systemPrompt: view.systemPrompt,
          prompt: view.prompt,
          context: view.context,
          summary: view.material,
          recent: [],
          participantText: null,
        },
        known,
        this.scrubber,
        vault,
      );
    } catch (err) {
      if (err instanceof ScrubFailedError) throw new ApiError('UNAVAILABLE', SCRUB_FAILED_MESSAGE);
      throw err;
    }
  }

  /** One structured call; null when the model is not there or fails (the fallback answers). */
  private async generate(
    systemPrompt: string,
    prompt: string,
    schema: Readonly<Record<string, unknown>>,
    signal?: AbortSignal,
  ): Promise<string | null> {
    try {
      return await this.options.generator.generateJson({
        systemPrompt,
        prompt,
        schema,
        maxTokens: this.options.maxTokens ?? 900,
        temperature: 0.4,
        timeLimitMs: this.options.timeLimitMs ?? DEFAULT_ANSWER_TIME_LIMIT_MS,
        signal: signal ?? new AbortController().signal,
      });
    } catch {
      // The model is not there, was stopped, or failed: the fallback answers.
      return null;
    }
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
