import type { Principal } from '../../auth/types.js';
import type { KnownIdentity } from '../../scrub/types.js';
import {
  emptyFacts,
  type ContextProvider,
  type MotivationFact,
  type ParticipantFacts,
  type StepFact,
} from './context.js';

/**
 * What the chat needs of core/followup, typed structurally so chat never reaches into follow-up's
 * tables: it calls follow-up's services, which check access themselves. The parts of the
 * follow-up workspace (profile, plan, motivation) are optional; a part that is not there simply
 * adds nothing to the context.
 */
export interface FollowupParticipantPort {
  participant(
    principal: Principal,
    participantId: string,
  ): Promise<{ id: string; displayName: string; counselorId: string | null }>;
  notes(
    principal: Principal,
    participantId: string,
    limit?: number,
  ): Promise<readonly { kind: string; occurredOn: string; body: string; createdAt: string }[]>;
}

export interface ProfilePort {
  profile(
    principal: Principal,
    participantId: string,
  ): Promise<{
    displayName: string;
    phone: string | null;
    email: string | null;
    programme: string | null;
    counselor: { id: string; displayName: string } | null;
    stage: { stage: string } | null;
  }>;
}

export interface PlanStepLike {
  id: number;
  title: string;
  status: string;
  dueOn: string | null;
  agreed: boolean;
  createdAt: string;
  updatedAt: string;
  completedAt?: string | null;
}

export interface PlanPort {
  get(
    principal: Principal,
    participantId: string,
  ): Promise<{ goal: { text: string } | null; steps: readonly PlanStepLike[] }>;
  addStep(
    principal: Principal,
    participantId: string,
    step: { title: string; description?: string | null; dueOn?: string | null },
  ): Promise<PlanStepLike>;
}

export interface MotivationPort {
  timeline(
    principal: Principal,
    participantId: string,
  ): Promise<{ series: readonly { measuredOn: string; importance: number; confidence: number }[] }>;
}

export interface FollowupPorts {
  followup: FollowupParticipantPort;
  profile?: ProfilePort | undefined;
  plan?: PlanPort | undefined;
  motivation?: MotivationPort | undefined;
  /** Display name of a user (the participant's counselor), for tekstvask's known identities. */
  userName?: ((userId: string) => Promise<string | null>) | undefined;
}

const OPEN = new Set(['proposed', 'planned', 'in_progress']);

function toStep(s: PlanStepLike): StepFact {
  return { title: s.title, status: s.status, dueOn: s.dueOn, agreed: s.agreed };
}

/** The next open step: the earliest due date, else the newest undated one. */
export function nextOpenStep(steps: readonly PlanStepLike[]): PlanStepLike | null {
  const open = steps.filter((s) => OPEN.has(s.status));
  const dated = open
    .filter((s) => s.dueOn !== null)
    .sort((a, b) => (a.dueOn! < b.dueOn! ? -1 : a.dueOn! > b.dueOn! ? 1 : 0));
  if (dated[0]) return dated[0];
  return [...open].sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))[0] ?? null;
}

/** The newest agreed step (not cancelled). */
export function lastAgreed(steps: readonly PlanStepLike[]): PlanStepLike | null {
  return (
    [...steps]
      .filter((s) => s.agreed && s.status !== 'cancelled')
      .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1))[0] ?? null
  );
}

/** Facts over the follow-up services. A part the caller may not read (or that fails) is left out. */
export class FollowupContextProvider implements ContextProvider {
  constructor(private readonly ports: FollowupPorts) {}

  async participantFacts(principal: Principal, participantId: string): Promise<ParticipantFacts> {
    const facts = emptyFacts();
    const { profile, plan, motivation } = this.ports;
    // The three parts are independent: asked for together, so their reads queue back to back.
    const [p, current, t] = await Promise.all([
      profile?.profile(principal, participantId).catch(() => null) ?? null,
      plan?.get(principal, participantId).catch(() => null) ?? null,
      motivation?.timeline(principal, participantId).catch(() => null) ?? null,
    ]);
    if (profile) {
      facts.processStage = p?.stage?.stage ?? null;
      facts.programme = p?.programme ?? null;
    }
    if (current) {
      facts.currentGoal = current.goal?.text ?? null;
      const next = nextOpenStep(current.steps);
      facts.nextStep = next ? toStep(next) : null;
      const agreed = lastAgreed(current.steps);
      facts.lastAgreedStep = agreed ? toStep(agreed) : null;
    }
    if (motivation) {
      facts.motivation = (t?.series ?? []).map((r): MotivationFact => ({
        measuredOn: r.measuredOn,
        importance: r.importance,
        confidence: r.confidence,
      }));
    }
    return facts;
  }
}

/**
 * Who tekstvask must always remove for this participant: the participant (name, phone, e-mail
 * from the record) and their counselor. Read through the follow-up services for the caller.
 */
export interface IdentitySource {
  knownIdentities(principal: Principal, participantId: string): Promise<KnownIdentity[]>;
}

export class FollowupIdentitySource implements IdentitySource {
  constructor(private readonly ports: FollowupPorts) {}

  async knownIdentities(principal: Principal, participantId: string): Promise<KnownIdentity[]> {
    const [record, profile] = await Promise.all([
      this.ports.followup.participant(principal, participantId),
      this.ports.profile ? this.ports.profile.profile(principal, participantId).catch(() => null) : null,
    ]);
    const self: KnownIdentity = { kind: 'participant', fullName: record.displayName };
    const names = new Set<string>();
    if (principal.role === 'participant') names.add(principal.displayName);
    let counselorName: string | null = null;
    if (profile) {
      names.add(profile.displayName);
      if (profile.phone) self.phone = profile.phone;
      if (profile.email) self.email = profile.email;
      counselorName = profile.counselor?.displayName ?? null;
    }
    names.delete(record.displayName);
    if (names.size > 0) self.names = [...names];
    if (!counselorName && record.counselorId && this.ports.userName)
      counselorName = await this.ports.userName(record.counselorId).catch(() => null);
    const identities: KnownIdentity[] = [self];
    if (counselorName) identities.push({ kind: 'counselor', fullName: counselorName });
    if (principal.role === 'counselor' && principal.displayName !== counselorName)
      identities.push({ kind: 'counselor', fullName: principal.displayName });
    return identities;
  }
}
