import { DomainError } from '../errors/index.js';
import type { Principal } from '../auth/index.js';
import type { SqlRunner } from '../db/index.js';
import type { EncryptedStore } from '../db/index.js';
import { assertParticipantAccess } from '../followup/index.js';
import { addDays, localDate, systemClock, weekStart, type Clock } from '../followup/index.js';
import type { CompletedStep, PlanProgress, PlanService } from '../followup/index.js';
import type { PersonalDataSource, PersonalDataTable } from '../privacy/index.js';
import type { SettingsService } from '../settings/index.js';
import { GAMIFICATION_EXPLANATION, type GamificationExplanation } from './explanation.js';

/** Milestone badges: first step done, CV finished, first application sent, first week at work. */
export const BADGES = ['first_step', 'cv_done', 'first_application', 'first_work_week'] as const;
export type Badge = (typeof BADGES)[number];

/** One point per completed step the participant chose (proposed themselves, or agreed). */
export const POINTS_PER_STEP = 1;

export interface AwardedBadge {
  badge: Badge;
  awardedAt: string;
}

/**
 * Weeks with progress, counted so that a missed week never takes anything away: there is no
 * "current streak" to break, only weeks with at least one completed step and the best run so far.
 */
export interface WeeklyProgress {
  /** Weeks (Monday–Sunday) with at least one completed step. Never goes down. */
  weeksWithProgress: number;
  /** The longest run of consecutive weeks with progress. Never goes down. */
  bestRun: number;
  /** A step was completed this week. */
  thisWeek: boolean;
}

export type GamificationView =
  /** The participant has not turned it on (or turned it off): show the explanation and the switch. */
  | { status: 'off'; explanation: GamificationExplanation }
  | {
      status: 'on';
      enabledAt: string;
      sharedWithCounselor: boolean;
      points: number;
      badges: AwardedBadge[];
      weeks: WeeklyProgress;
      /** Completed of all non-cancelled steps: the progress bar toward the goal. */
      progress: PlanProgress;
      explanation: GamificationExplanation;
    }
  /** The counselor's view when the participant has not shared (whether or not it is on: not revealed). */
  | { status: 'not_shared' };

/** What one step change gave (shown to the participant as it happens). */
export interface Rewards {
  points: number;
  badges: Badge[];
}

export const FEATURE_OFF_MESSAGE = 'Poeng og merker er slått av i denne organisasjonen.';

/** The participant's points, badges and profile, as privacy's export, erasure and data map see them. */
export const GAMIFICATION_TABLES: readonly PersonalDataTable[] = [
  {
    table: 'gamification_profiles',
    title: 'Poeng og merker: innstillinger',
    category: 'rewards',
    retention: 'activityPlan',
    erase: 'delete',
    key: ['participant_id'],
    columns: {
      participant_id: 'Deltaker-id',
      enabled_at: 'Slått på',
      explanation_version: 'Forklaring lest (versjon)',
      shared_with_counselor: 'Delt med veileder',
      shared_at: 'Delt',
    },
  },
  {
    table: 'gamification_points',
    title: 'Poeng',
    category: 'rewards',
    retention: 'activityPlan',
    erase: 'delete',
    key: ['participant_id', 'step_id'],
    columns: { participant_id: 'Deltaker-id', step_id: 'Steg-id', points: 'Poeng', earned_on: 'Dato' },
  },
  {
    table: 'gamification_badges',
    title: 'Merker',
    category: 'rewards',
    retention: 'activityPlan',
    erase: 'delete',
    key: ['participant_id', 'badge'],
    columns: { participant_id: 'Deltaker-id', badge: 'Merke', awarded_at: 'Fått' },
  },
];

interface ProfileRow {
  enabled_at: string;
  shared_with_counselor: number;
}

/**
 * Opt-in gamification, proportionate by design: off by default, turned on only by the participant
 * after reading the explanation, erased completely when turned off, derived only from their own
 * steps, visible to the counselor only when shared, and never read by decisions, privacy reports
 * or any report (test/core/gamification/isolation.test.ts). No leaderboards, comparison, random
 * rewards or loss: points and badges once given stay until the participant erases them.
 *
 * It reads the activity plan only through PlanService and writes only its own tables.
 */
export class GamificationService {
  constructor(
    private readonly store: EncryptedStore,
    private readonly settings: SettingsService,
    private readonly plan: PlanService,
    private readonly clock: Clock = systemClock,
  ) {}

  private get db() {
    return this.store.db;
  }

  get explanation(): GamificationExplanation {
    return GAMIFICATION_EXPLANATION;
  }

  /**
   * The participant's points, badges and profile for their access export, erasure and retention
   * (core/privacy calls this port without reading these tables or knowing what they are).
   */
  readonly personalData: PersonalDataSource = {
    id: 'rewards',
    module: 'gamification',
    tables: GAMIFICATION_TABLES,
    rows: async (db, participantId) => ({
      gamification_profiles: await db.all('SELECT * FROM gamification_profiles WHERE participant_id = ?', [
        participantId,
      ]),
      gamification_points: await db.all('SELECT * FROM gamification_points WHERE participant_id = ? ORDER BY step_id', [
        participantId,
      ]),
      gamification_badges: await db.all('SELECT * FROM gamification_badges WHERE participant_id = ? ORDER BY badge', [
        participantId,
      ]),
    }),
    erase: async (tx, participantId) => ({
      gamification_points: (await tx.run('DELETE FROM gamification_points WHERE participant_id = ?', [participantId]))
        .changes,
      gamification_badges: (await tx.run('DELETE FROM gamification_badges WHERE participant_id = ?', [participantId]))
        .changes,
      gamification_profiles: (
        await tx.run('DELETE FROM gamification_profiles WHERE participant_id = ?', [participantId])
      ).changes,
    }),
  };

  /** Switched on by the organisation and a legal basis recorded (and, for one participant, no objection of theirs). */
  isAvailable(participantId?: string): boolean {
    return this.settings.isFeatureEnabled('gamification', participantId);
  }

  private assertAvailable(participantId?: string): void {
    this.settings.assertFeature('gamification', {
      participantId: participantId ?? null,
      code: 'UNAVAILABLE',
      offMessage: FEATURE_OFF_MESSAGE,
    });
  }

  async view(principal: Principal, participantId: string): Promise<GamificationView> {
    this.assertAvailable();
    if (principal.role === 'admin') throw new DomainError('FORBIDDEN');
    await assertParticipantAccess(this.db, principal, participantId, 'content');
    this.assertAvailable(participantId);
    const profile = await this.profile(this.db, participantId);
    if (principal.role === 'counselor') {
      if (!profile || profile.shared_with_counselor !== 1) return { status: 'not_shared' };
    } else if (!profile) {
      return { status: 'off', explanation: GAMIFICATION_EXPLANATION };
    }
    await this.sync(participantId);
    return this.onView(participantId);
  }

  /** The participant turns it on, having read explanation `explanationVersion`. */
  async enable(principal: Principal, participantId: string, explanationVersion: number): Promise<GamificationView> {
    this.assertAvailable();
    await this.assertOwn(principal, participantId);
    this.assertAvailable(participantId);
    if (explanationVersion !== GAMIFICATION_EXPLANATION.version) {
      throw new DomainError('VALIDATION', undefined, [
        {
          path: 'explanationVersion',
          message: 'Forklaringen er endret. Les den på nytt før du slår på poeng og merker.',
        },
      ]);
    }
    await this.db.transaction((tx) =>
      tx.run(
        'INSERT INTO gamification_profiles (participant_id, enabled_at, explanation_version) VALUES (?, ?, ?) ON CONFLICT (participant_id) DO NOTHING',
        [participantId, this.clock().toISOString(), explanationVersion],
      ),
    );
    await this.sync(participantId);
    return this.onView(participantId);
  }

  /**
   * The participant turns it off: every row of theirs in the gamification tables is deleted
   * (secure_delete overwrites the pages). Always possible, even when the organisation has
   * switched the feature off, so nobody is stuck with data they want gone.
   */
  async disable(
    principal: Principal,
    participantId: string,
  ): Promise<{ status: 'off'; erased: { points: number; badges: number; profile: number } }> {
    await this.assertOwn(principal, participantId);
    const erased = await this.db.transaction(async (tx) => {
      const points = (await tx.run('DELETE FROM gamification_points WHERE participant_id = ?', [participantId]))
        .changes;
      const badges = (await tx.run('DELETE FROM gamification_badges WHERE participant_id = ?', [participantId]))
        .changes;
      const profile = (await tx.run('DELETE FROM gamification_profiles WHERE participant_id = ?', [participantId]))
        .changes;
      return { points, badges, profile };
    });
    return { status: 'off', erased };
  }

  /** The participant shares (or stops sharing) their points and badges with their counselor. */
  async share(principal: Principal, participantId: string, shared: boolean): Promise<GamificationView> {
    this.assertAvailable();
    await this.assertOwn(principal, participantId);
    this.assertAvailable(participantId);
    const changes = await this.db.transaction(
      async (tx) =>
        (
          await tx.run(
            'UPDATE gamification_profiles SET shared_with_counselor = ?, shared_at = ? WHERE participant_id = ?',
            [shared ? 1 : 0, shared ? this.clock().toISOString() : null, participantId],
          )
        ).changes,
    );
    if (changes === 0) throw new DomainError('CONFLICT', 'Slå på poeng og merker først.');
    return this.onView(participantId);
  }

  /**
   * After a step changed: awards what it earned, if the participant has gamification on and the
   * organisation allows it. Returns the rewards to the participant only (null for anyone else,
   * and when it is off), so a counselor marking a step done learns nothing from the answer.
   */
  async afterStepChange(principal: Principal, participantId: string): Promise<Rewards | null> {
    if (!this.isAvailable(participantId)) return null;
    if (!(await this.profile(this.db, participantId))) return null;
    const rewards = await this.sync(participantId);
    return principal.role === 'participant' && principal.participantId === participantId ? rewards : null;
  }

  /** Gives points and badges the participant's completed steps have earned and not yet received. */
  private async sync(participantId: string): Promise<Rewards> {
    const completed = (await this.plan.completedStepsFor(participantId)).filter(chosen);
    const now = this.clock();
    return this.db.transaction(async (tx) => {
      if (!(await this.profile(tx, participantId))) return { points: 0, badges: [] };
      const have = new Set(
        (
          await tx.all<{ step_id: number }>('SELECT step_id FROM gamification_points WHERE participant_id = ?', [
            participantId,
          ])
        ).map((r) => r.step_id),
      );
      let points = 0;
      for (const step of completed) {
        if (have.has(step.id)) continue;
        await tx.run(
          'INSERT INTO gamification_points (participant_id, step_id, points, earned_on) VALUES (?, ?, ?, ?)',
          [participantId, step.id, POINTS_PER_STEP, localDate(new Date(step.completedAt))],
        );
        points += POINTS_PER_STEP;
      }
      const owned = new Set(
        (
          await tx.all<{ badge: Badge }>('SELECT badge FROM gamification_badges WHERE participant_id = ?', [
            participantId,
          ])
        ).map((r) => r.badge),
      );
      const badges = earnedBadges(completed, now).filter((b) => !owned.has(b));
      for (const badge of badges) {
        await tx.run('INSERT INTO gamification_badges (participant_id, badge, awarded_at) VALUES (?, ?, ?)', [
          participantId,
          badge,
          now.toISOString(),
        ]);
      }
      return { points, badges };
    });
  }

  private async onView(participantId: string): Promise<GamificationView> {
    const profile = await this.profile(this.db, participantId);
    if (!profile) return { status: 'off', explanation: GAMIFICATION_EXPLANATION };
    const points = await this.db.all<{ points: number; earned_on: string }>(
      'SELECT points, earned_on FROM gamification_points WHERE participant_id = ?',
      [participantId],
    );
    const badges = await this.db.all<{ badge: Badge; awarded_at: string }>(
      'SELECT badge, awarded_at FROM gamification_badges WHERE participant_id = ? ORDER BY awarded_at, badge',
      [participantId],
    );
    return {
      status: 'on',
      enabledAt: profile.enabled_at,
      sharedWithCounselor: profile.shared_with_counselor === 1,
      points: points.reduce((sum, p) => sum + p.points, 0),
      badges: badges.map((b) => ({ badge: b.badge, awardedAt: b.awarded_at })),
      weeks: weeklyProgress(
        points.map((p) => p.earned_on),
        localDate(this.clock()),
      ),
      progress: await this.plan.progressFor(participantId),
      explanation: GAMIFICATION_EXPLANATION,
    };
  }

  private async profile(db: SqlRunner, participantId: string): Promise<ProfileRow | undefined> {
    return db.get<ProfileRow>(
      'SELECT enabled_at, shared_with_counselor FROM gamification_profiles WHERE participant_id = ?',
      [participantId],
    );
  }

  private async assertOwn(principal: Principal, participantId: string): Promise<void> {
    if (principal.role !== 'participant')
      throw new DomainError('FORBIDDEN', 'Bare deltakeren selv kan slå poeng og merker av eller på, eller dele dem.');
    await assertParticipantAccess(this.db, principal, participantId, 'content');
  }
}

/** A step the participant chose: proposed by them, or agreed with them. */
function chosen(step: CompletedStep): boolean {
  return step.proposedBy === 'participant' || step.agreed;
}

export function earnedBadges(completed: readonly CompletedStep[], now: Date): Badge[] {
  const out: Badge[] = [];
  if (completed.length > 0) out.push('first_step');
  if (completed.some((s) => s.kind === 'cv')) out.push('cv_done');
  if (completed.some((s) => s.kind === 'application')) out.push('first_application');
  const today = localDate(now);
  if (completed.some((s) => s.kind === 'work_start' && addDays(localDate(new Date(s.completedAt)), 7) <= today))
    out.push('first_work_week');
  return out;
}

export function weeklyProgress(earnedOn: readonly string[], today: string): WeeklyProgress {
  const weeks = [...new Set(earnedOn.map(weekStart))].sort();
  let bestRun = 0;
  let run = 0;
  let previous: string | null = null;
  for (const w of weeks) {
    run = previous !== null && addDays(previous, 7) === w ? run + 1 : 1;
    bestRun = Math.max(bestRun, run);
    previous = w;
  }
  return { weeksWithProgress: weeks.length, bestRun, thisWeek: weeks.includes(weekStart(today)) };
}
