import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditActionLabels } from '../../../electron/core/api/auditLabels.js';
import { procedures } from '../../../electron/core/api/router.js';
import { AUDIT_EVENTS, AUDIT_GROUPS, procedureGroup } from '../../../electron/core/audit/events.js';

const coreDir = path.resolve(import.meta.dirname, '../../../electron/core');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return e.name.endsWith('.ts') ? [full] : [];
  });
}

/** Every action code core writes itself: the string literals in the `action:` of audit.record calls. */
function recordedActions(): Set<string> {
  const found = new Set<string>();
  for (const file of sourceFiles(coreDir)) {
    const text = fs.readFileSync(file, 'utf8');
    for (const call of text.matchAll(/\.record\(\s*\{[^}]*?action:\s*([^,}]+)/g)) {
      for (const literal of (call[1] ?? '').matchAll(/'([a-z]+\.[a-zA-Z_.]+)'/g)) found.add(literal[1] ?? '');
    }
    // Entries built as objects before they are recorded (e.g. pending lines).
    for (const literal of text.matchAll(/action:\s*'([a-z]+\.[a-z_]+)'\s*,\s*outcome:/g)) found.add(literal[1] ?? '');
  }
  return found;
}

describe('audit log labels', () => {
  it('every procedure in the table has a summary and a group, and the log shows that summary as its label', () => {
    const labels = new Map(auditActionLabels().map((l) => [l.action, l]));
    for (const [name, def] of Object.entries(procedures)) {
      expect(def.summary.trim(), name).not.toBe('');
      expect(procedureGroup(name), `${name} has no audit group`).not.toBeNull();
      expect(labels.get(name)?.label).toBe(AUDIT_EVENTS[name]?.label ?? def.summary);
    }
  });

  it('a routine read of one’s own page is declared only on audited procedures (it is counted, never dropped)', () => {
    const routine = Object.entries(procedures).filter(([, def]) => 'routineOwnRead' in def && def.routineOwnRead);
    expect(routine.map(([name]) => name)).toEqual(
      expect.arrayContaining(['caseload.list', 'me.overview', 'me.notice']),
    );
    for (const [name, def] of routine) expect(def.audit, name).toBeDefined();
  });

  it('only plain, audited reads of one named participant are declared reads of her record (counted in an opening)', () => {
    const declared = Object.entries(procedures).filter(([, def]) => 'recordRead' in def && def.recordRead);
    expect(declared.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        'participants.profile',
        'notes.list',
        'plan.get',
        'motivation.list',
        'appointments.list',
      ]),
    );
    for (const [name, def] of declared) {
      expect(def.audit, name).toBeDefined();
      const rule = 'participant' in def ? def.participant : undefined;
      // Always about one participant; never a data-subject-rights procedure reaching a restricted record.
      expect(rule, name).toBeDefined();
      expect(rule && 'optional' in rule ? rule.optional : undefined, name).toBeUndefined();
      expect(rule && 'restricted' in rule ? rule.restricted : undefined, name).toBeUndefined();
      // Reads only: nothing that writes, exports or reveals more than the page shows is coalesced.
      expect(name, name).toMatch(/\.(get|list|profile|messages|conversations|conversation)$/);
    }
    for (const name of [
      'notes.add',
      'plan.addStep',
      'participants.revealNationalId',
      'appointments.ics',
      'privacy.export',
    ])
      expect(procedures[name as keyof typeof procedures], name).not.toHaveProperty('recordRead');
  });

  it('a procedure name in an area without a group gets none, so the test above would fail for it', () => {
    expect(procedureGroup('reports.export')).toBeNull();
    expect(procedureGroup('notes.add')).toBe('notes');
  });

  it('every action core records itself has a Norwegian label in a known group', () => {
    const actions = recordedActions();
    // The scan must find the entries it is meant to check (login, account changes, locks).
    expect(actions.size).toBeGreaterThanOrEqual(10);
    for (const action of actions) {
      expect(AUDIT_EVENTS[action], `${action} has no label`).toBeDefined();
      expect(AUDIT_GROUPS).toContain(AUDIT_EVENTS[action]?.group);
    }
  });

  it('no action is labelled twice and no label is a raw code', () => {
    const all = auditActionLabels();
    expect(new Set(all.map((l) => l.action)).size).toBe(all.length);
    for (const l of all) expect(l.label).not.toMatch(/^[a-z]+\.[a-zA-Z_.]+$/);
  });
});
