/**
 * What people read in the audit log. Calls of procedures are labelled by the procedure table's own
 * `summary` (api/procedures); the entries services write themselves (logins, locks, account
 * changes) are declared here, once. A test scans every `audit.record` in core and fails on an
 * action without a label, and on a procedure whose name has no group.
 */

/** The audit log's filter groups, in the order the filter shows them. */
export const AUDIT_GROUPS = ['login', 'participants', 'notes', 'chat', 'privacy', 'admin'] as const;
export type AuditGroup = (typeof AUDIT_GROUPS)[number];

export interface AuditActionLabel {
  action: string;
  /** Norwegian (bokmål), as the procedure summaries. */
  label: string;
  group: AuditGroup;
}

/** Entries services write outside the procedure table. */
export const AUDIT_EVENTS: Readonly<Record<string, Omit<AuditActionLabel, 'action'>>> = {
  'org.setup': { label: 'Organisasjonen ble satt opp', group: 'admin' },
  'auth.login': { label: 'Innlogging', group: 'login' },
  'auth.logout': { label: 'Utlogging', group: 'login' },
  'auth.lock': { label: 'Appen ble låst', group: 'login' },
  'auth.idle_lock': { label: 'Appen ble låst etter inaktivitet', group: 'login' },
  'auth.recover': { label: 'Nytt passord med gjenopprettingsnøkkelen', group: 'login' },
  'auth.password_change': { label: 'Byttet eget passord', group: 'login' },
  'auth.recovery_key_rotate': { label: 'Ny gjenopprettingsnøkkel', group: 'admin' },
  'user.create': { label: 'Konto opprettet', group: 'admin' },
  'user.reset_password': { label: 'Nytt passord satt av administrator', group: 'admin' },
  'user.activate': { label: 'Konto aktivert', group: 'admin' },
  'user.deactivate': { label: 'Konto deaktivert', group: 'admin' },
  'user.erase': { label: 'Konto slettet', group: 'admin' },
  'auth.participant_mode_start': { label: 'Deltakermodus startet', group: 'login' },
  'auth.participant_mode_stop': { label: 'Deltakermodus avsluttet', group: 'login' },
  'audit.pending_unreadable': { label: 'Ventende revisjonsoppføringer kunne ikke leses', group: 'admin' },
  'audit.pending_quarantined': { label: 'Ugyldige ventende revisjonsoppføringer satt til side', group: 'admin' },
  'audit.repeated_reads': { label: 'Gjentatte visninger samme dag (antall per handling)', group: 'participants' },
  'audit.tamper_detected': { label: 'Endring i revisjonsloggen oppdaget', group: 'admin' },
  'audit.chain_broken': { label: 'Kontroll av revisjonsloggen fant et brudd', group: 'admin' },
  'db.backup': { label: 'Sikkerhetskopi tatt', group: 'admin' },
  'db.restore': { label: 'Sikkerhetskopi lest tilbake', group: 'admin' },
  'db.verify': { label: 'Databasen kontrollert', group: 'admin' },
  'db.rekey': { label: 'Databasenøkkelen byttet', group: 'admin' },
};

/**
 * The group of a procedure, from the first part of its name. A name whose first part is missing
 * here has no group: the table test fails, so a new area of the API cannot go unlabelled.
 */
const PROCEDURE_GROUPS: Readonly<Record<string, AuditGroup>> = {
  auth: 'login',
  me: 'participants',
  followup: 'participants',
  participants: 'participants',
  caseload: 'participants',
  profile: 'participants',
  stages: 'participants',
  plan: 'participants',
  motivation: 'participants',
  appointments: 'participants',
  gamification: 'participants',
  decisions: 'participants',
  notes: 'notes',
  chat: 'chat',
  assistant: 'chat',
  fidelity: 'chat',
  scrub: 'chat',
  privacy: 'privacy',
  users: 'admin',
  settings: 'admin',
  model: 'admin',
  knowledge: 'admin',
  system: 'admin',
  audit: 'admin',
};

export function procedureGroup(name: string): AuditGroup | null {
  return PROCEDURE_GROUPS[name.split('.')[0] ?? ''] ?? null;
}
