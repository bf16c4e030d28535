import { AUDIT_EVENTS, procedureGroup, type AuditActionLabel } from '../audit/index.js';
import { procedures } from './router.js';

/**
 * Every action the audit log can hold, with the label people read: a procedure's own `summary`
 * from the procedure table (one source, no copy) and the events services write themselves. Where a
 * service records an event under its procedure's own name (auth.login: the login itself, besides a
 * refused call), the event's label is the one shown.
 */
export function auditActionLabels(): AuditActionLabel[] {
  const fromTable = Object.entries(procedures)
    .filter(([action]) => !(action in AUDIT_EVENTS))
    .map(([action, def]) => {
      const group = procedureGroup(action);
      if (!group) throw new Error(`Prosedyren ${action} har ingen gruppe i revisjonsloggen.`);
      return { action, label: def.summary, group };
    });
  const events = Object.entries(AUDIT_EVENTS).map(([action, e]) => ({ action, ...e }));
  return [...events, ...fromTable];
}
