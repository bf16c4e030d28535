export const ROLES = ['admin', 'counselor', 'participant'] as const;
export type Role = (typeof ROLES)[number];

/** The logged-in user of one transport connection. */
export interface Principal {
  userId: string;
  role: Role;
  displayName: string;
  sessionId: string;
  /** The participant record a participant account belongs to; null for other roles. */
  participantId: string | null;
  /** After a reset: the user must choose a new password before anything else. */
  mustChangePassword?: boolean;
}
