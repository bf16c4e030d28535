import type { AuditProblem, AuditVerification } from '../core/audit/log.js';
import type { FileCheck } from '../core/db/store.js';

/** What each problem code of a database check means (EncryptedStore.verify, checkFile). */
const FILE_PROBLEMS: Record<string, string> = {
  missing: 'filen finnes ikke',
  wrong_key: 'den kan ikke åpnes med organisasjonens nøkkel (den hører til en annen organisasjon, eller den er skadet)',
  unreadable: 'den er skadet eller ikke en InkludMI-database',
  cipher_integrity: 'krypteringskontrollen feilet: én eller flere sider er skadet eller endret',
  integrity: 'databasestrukturen er skadet',
  foreign_keys: 'koblinger mellom tabellene er brutt',
  too_new: 'den er laget av en nyere versjon av InkludMI (oppdater appen først)',
  foreign_organisation: 'den hører til en annen organisasjon',
};

export function describeFileProblems(check: FileCheck): string {
  return check.problems.map((p) => `${FILE_PROBLEMS[p] ?? 'ukjent feil'} (${p})`).join('; ');
}

const AUDIT_PROBLEMS: Record<AuditProblem, string> = {
  hash_mismatch: 'innholdet i raden stemmer ikke med hashen sin (raden er endret)',
  chain_broken: 'raden peker ikke på hashen til raden før (kjeden er brutt)',
  sequence_gap: 'raden mangler (hull i nummereringen, en rad er slettet)',
  mac_mismatch: 'raden har ikke en gyldig nøkkelbasert kontrollsum (raden er endret eller lagt til utenom InkludMI)',
  truncated: 'raden mangler: loggen er kortere enn ved siste kontrollpunkt (de siste radene er slettet)',
  checkpoint_mismatch: 'raden er ikke den samme som ved siste kontrollpunkt (loggen er skrevet om)',
};

export function auditOkLine(v: AuditVerification): string {
  return `Revisjonsloggen er i orden: ${v.entries} oppføringer kontrollert, hash-kjeden er hel.`;
}

/** Names the first bad row: its number (seq) and the problem, in words and as a code. */
export function auditBadLines(v: AuditVerification & { quarantined?: { seq: number; lines: number }[] }): string[] {
  const bad = v.firstBad;
  const quarantined = (v.quarantined ?? []).map(
    (q) =>
      `Ventefilen for revisjonslogg hadde ${q.lines} linje(r) som ikke var gyldige (feil format eller falsk kontrollsum). De er ikke tatt inn i loggen, men satt i karantene (audit-quarantine.jsonl) og registrert i rad seq ${q.seq}.`,
  );
  return [
    bad
      ? `Revisjonsloggen er IKKE i orden. Første feil er rad seq ${bad.seq} (${bad.problem}): ${AUDIT_PROBLEMS[bad.problem]}.`
      : 'Revisjonsloggen er IKKE i orden.',
    ...quarantined,
    `${v.entries} oppføringer kontrollert.`,
    'Loggen kan være endret utenom InkludMI. Ikke gjør endringer i datamappen; ta en sikkerhetskopi (inkludmi backup) som bevis og kontakt IT-ansvarlig og personvernombudet.',
  ];
}
