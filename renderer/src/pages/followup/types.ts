import type { OutputOf } from '../../../../electron/core/api/router';

export type CaseloadPage = OutputOf<'caseload.list'>;
export type CaseloadRow = CaseloadPage['rows'][number];
export type Profile = OutputOf<'participants.profile'>;
export type Stage = NonNullable<CaseloadRow['stage']>;
export type Programme = NonNullable<CaseloadRow['programme']>;
export type ActivityPlan = OutputOf<'plan.get'>;
export type ActivityStep = ActivityPlan['steps'][number];
export type StepStatus = ActivityStep['status'];
export type StepKind = ActivityStep['kind'];
export type Timeline = OutputOf<'motivation.list'>;
export type MotivationReading = Timeline['series'][number];
export type TimelineEvent = Timeline['events'][number];
export type Appointment = OutputOf<'appointments.list'>[number];
export type Note = OutputOf<'notes.list'>[number];
export type GamificationView = OutputOf<'gamification.get'>;
export type Rewards = NonNullable<OutputOf<'plan.updateStep'>['rewards']>;
