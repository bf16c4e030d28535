import path from 'node:path';
import type { ApiResult } from '../../electron/core/api/errors.js';
import type { InputOf, OutputOf, ProcedureName } from '../../electron/core/api/router.js';
import { TEST_KDF_COST } from '../../electron/core/auth/kdf.js';
import type { Role } from '../../electron/core/auth/types.js';
import { createCore } from '../../electron/core/index.js';
import { silentLogger } from '../../electron/core/log.js';
import type { LoadedPolicy } from '../../electron/core/policy/policy.js';
import { makeTempDir } from './tempDir.js';

export const ADMIN_PASSWORD = 'blåbærsyltetøy på vaffel';
export const PASSWORD = 'lang nok passfrase for test';

const noPolicy: LoadedPolicy = { status: { kind: 'none', path: '/nonexistent/policy.json' }, settings: {}, locked: new Set() };
const model = {
  status: () => ({ state: 'not-installed' as const, activeModel: null, progress: null, message: null }),
  binding: async () => ({ buildType: 'prebuilt', gpu: false as const, threads: 2 }),
};

/** A core over a fresh data folder, with a cheap KDF so tests can create many accounts. */
export async function makeCore(options: { dataDir?: string; policy?: LoadedPolicy } = {}) {
  const temp = options.dataDir ? null : await makeTempDir();
  const dataDir = options.dataDir ?? path.join(temp!.dir, 'data');
  const core = createCore({ dataDir, appVersion: '0.0.0-test', model, logger: silentLogger, policy: options.policy ?? noPolicy, kdfCost: TEST_KDF_COST });
  let n = 0;
  const call = <N extends ProcedureName>(connectionId: string | null, name: N, input: InputOf<N>) =>
    core.dispatch({ name, input, connectionId, emit: () => undefined }) as Promise<ApiResult<OutputOf<N>>>;
  const ok = async <N extends ProcedureName>(connectionId: string | null, name: N, input: InputOf<N>): Promise<OutputOf<N>> => {
    const r = await call(connectionId, name, input);
    if (!r.ok) throw new Error(`${name} failed: ${r.error.code} ${r.error.reason ?? ''} ${r.error.message}`);
    return r.data;
  };
  return {
    core,
    dataDir,
    call,
    ok,
    /** A new transport connection id (one window or page). */
    connection: () => `conn-${++n}`,
    async close() {
      await core.close();
      await temp?.cleanup();
    },
  };
}

export type TestCore = Awaited<ReturnType<typeof makeCore>>;

/** Sets up an organisation; returns the admin's connection and the recovery key. */
export async function setupOrg(t: TestCore, organisationName = 'Test Tiltak AS') {
  const admin = t.connection();
  const r = await t.ok(admin, 'auth.setup', { organisationName, admin: { username: 'admin', displayName: 'Astrid Admin', password: ADMIN_PASSWORD } });
  return { admin, recoveryKey: r.recoveryKey };
}

export async function addUser(t: TestCore, adminConn: string, username: string, displayName: string, role: Role, counselorId?: string) {
  return t.ok(adminConn, 'users.create', { username, displayName, role, password: PASSWORD, ...(counselorId ? { counselorId } : {}) });
}

export async function login(t: TestCore, username: string, password = PASSWORD) {
  const conn = t.connection();
  await t.ok(conn, 'auth.login', { username, password });
  return conn;
}

type OkCall = <N extends ProcedureName>(connectionId: string | null, name: N, input: InputOf<N>) => Promise<unknown>;

/** The bases a test organisation records for its optional purposes (6(1)(e) with a supplementary basis). */
export const TEST_LEGAL_BASES = {
  chatbot: { article6: 'e', supplementaryBasis: 'tiltaksforskriften § 1-7', specialCategories: true, article9: 'b', article9SupplementaryBasis: 'arbeidsmarkedsloven § 12' },
  gamification: {
    article6: 'f',
    balancingTest: { purpose: 'Motivasjon gjennom synlig fremdrift.', necessity: 'Frivillig, bare etter eget valg.', balancing: 'Ingen sammenligning, ingen tap, slettes når den slås av.' },
  },
  decisionSupport: { article6: 'e', supplementaryBasis: 'folketrygdloven § 8-7 a', specialCategories: true, article9: 'b', article9SupplementaryBasis: 'folketrygdloven kapittel 8' },
  statistics: { article6: 'e', supplementaryBasis: 'tiltaksforskriften § 1-7' },
  trainingExport: { article6: 'e', supplementaryBasis: 'en særskilt hjemmel for videretrening' },
  decisionSupportDevelopment: { article6: 'e', supplementaryBasis: 'en særskilt hjemmel for utvikling' },
} as const satisfies Record<string, InputOf<'privacy.recordBasis'>['basis']>;

/**
 * Setup leaves the legal-basis register empty, so no optional purpose runs until an admin records
 * a basis (issue 9). Tests of those features record one first: this does it through the API.
 */
export async function recordBases(call: TestCore | OkCall, adminConn: string, purposes: readonly (keyof typeof TEST_LEGAL_BASES)[] = ['chatbot', 'gamification', 'decisionSupport']) {
  const ok: OkCall = typeof call === 'function' ? call : call.ok;
  for (const purpose of purposes) await ok(adminConn, 'privacy.recordBasis', { purpose, basis: TEST_LEGAL_BASES[purpose] });
}
