import { parseArgs } from 'node:util';
import type { AuditVerification } from '../../core/audit/log.js';
import type { FileCheck } from '../../core/db/store.js';
import { auditBadLines, auditOkLine, describeFileProblems } from '../checks.js';
import { EXIT, writeLine, type CliCommand, type CliIo } from '../io.js';
import { asAdmin, callOk, type AdminContext } from '../session.js';

const options = { user: { type: 'string' }, 'data-dir': { type: 'string' } } as const;

/** audit.verify through the one API; a broken chain is itself recorded (which row, which problem). */
async function verifyAuditChain(ctx: AdminContext, io: CliIo): Promise<AuditVerification> {
  const v = await callOk(ctx.core, 'audit.verify', {});
  if (v.ok) {
    writeLine(io.stdout, auditOkLine(v));
  } else {
    for (const line of auditBadLines(v)) writeLine(io.stderr, line);
    if (v.firstBad)
      await ctx.audit({
        action: 'audit.chain_broken',
        outcome: 'failed',
        targetType: 'audit_log',
        targetId: String(v.firstBad.seq),
        reason: v.firstBad.problem,
      });
  }
  return v;
}

export const auditVerifyCommand: CliCommand = {
  name: 'audit verify',
  summary: 'Kontrollerer hash-kjeden i revisjonsloggen og navngir første rad som ikke stemmer; krever administrator',
  usage: 'inkludmi audit verify [--user ADMIN] [--data-dir MAPPE]',
  async run(args, io) {
    const { values } = parseArgs({ args, options, strict: true });
    return asAdmin(io, { dataDir: values['data-dir'], user: values.user, action: 'audit.verify' }, async (ctx) => {
      const v = await verifyAuditChain(ctx, io);
      return v.ok ? EXIT.ok : EXIT.check;
    });
  },
};

export const dbVerifyCommand: CliCommand = {
  name: 'db verify',
  summary:
    'Kontrollerer databasen (kryptering av hver side, struktur, koblinger) og revisjonsloggen; krever administrator',
  usage: 'inkludmi db verify [--user ADMIN] [--data-dir MAPPE]',
  async run(args, io) {
    const { values } = parseArgs({ args, options, strict: true });
    return asAdmin(io, { dataDir: values['data-dir'], user: values.user, action: 'db.verify' }, async (ctx) => {
      const store = ctx.core.services.store;
      const org = await store.organisation();
      writeLine(io.stdout, `Organisasjon: ${org.name}`);
      writeLine(io.stdout, `Database: ${store.dbFile}`);
      // A page that does not decrypt can make SQLite's own checks fail outright: that is a finding too.
      const check = await store
        .verify()
        .catch((): FileCheck => ({ ok: false, problems: ['unreadable'], schemaVersion: 0 }));
      // A damaged database may refuse the entry too; the finding is still reported.
      await ctx
        .audit({
          action: 'db.verify',
          outcome: check.ok ? 'ok' : 'failed',
          targetType: 'database',
          reason: check.problems[0] ?? null,
        })
        .catch(() => undefined);
      if (check.ok)
        writeLine(
          io.stdout,
          `Databasen er i orden: kryptering og innhold på hver side, struktur og koblinger kontrollert (skjemaversjon ${check.schemaVersion}).`,
        );
      else
        writeLine(
          io.stderr,
          `Databasen er IKKE i orden: ${describeFileProblems(check)}. Gjenopprett fra en sikkerhetskopi (inkludmi restore FIL), eller kontakt IT-ansvarlig.`,
        );
      const audit = await verifyAuditChain(ctx, io).catch((): AuditVerification | null => {
        writeLine(io.stderr, 'Revisjonsloggen kunne ikke leses helt (skadede sider).');
        return null;
      });
      if (!audit) return EXIT.check;
      return check.ok && audit.ok ? EXIT.ok : EXIT.check;
    });
  },
};
