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

const noPolicy: LoadedPolicy = {
  status: { kind: 'none', path: '/nonexistent/policy.json' },
  settings: {},
  locked: new Set(),
};
const model = {
  status: () => ({ state: 'not-installed' as const, activeModel: null, progress: null, message: null }),
  binding: async () => ({ buildType: 'prebuilt', gpu: false as const, threads: 2 }),
};

/** A core over a fresh data folder, with a cheap KDF so tests can create many accounts. */
export async function makeCore(options: { dataDir?: string; policy?: LoadedPolicy } = {}) {
  const temp = options.dataDir ? null : await makeTempDir();
  const dataDir = options.dataDir ?? path.join(temp!.dir, 'data');
  const core = createCore({
    dataDir,
    appVersion: '0.0.0-test',
    model,
    logger: silentLogger,
    policy: options.policy ?? noPolicy,
    kdfCost: TEST_KDF_COST,
  });
  let n = 0;
  const call = <N extends ProcedureName>(connectionId: string | null, name: N, input: InputOf<N>) =>
    core.dispatch({ name, input, connectionId, emit: () => undefined }) as Promise<ApiResult<OutputOf<N>>>;
  const ok = async <N extends ProcedureName>(
    connectionId: string | null,
    name: N,
    input: InputOf<N>,
  ): Promise<OutputOf<N>> => {
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
  const r = await t.ok(admin, 'auth.setup', {
    organisationName,
    admin: { username: 'admin', displayName: 'Astrid Admin', password: ADMIN_PASSWORD },
  });
  return { admin, recoveryKey: r.recoveryKey };
}

export async function addUser(
  t: TestCore,
  adminConn: string,
  username: string,
  displayName: string,
  role: Role,
  counselorId?: string,
) {
  return t.ok(adminConn, 'users.create', {
    username,
    displayName,
    role,
    password: PASSWORD,
    ...(counselorId ? { counselorId } : {}),
  });
}

export async function login(t: TestCore, username: string, password = PASSWORD) {
  const conn = t.connection();
  await t.ok(conn, 'auth.login', { username, password });
  return conn;
}

type OkCall = <N extends ProcedureName>(connectionId: string | null, name: N, input: InputOf<N>) => Promise<unknown>;

/** The bases a test organisation records for its optional purposes (6(1)(e) with a supplementary basis). */
export const TEST_LEGAL_BASES = {
  chatbot: {
    article6: 'e',
    supplementaryBasis: 'tiltaksforskriften § 1-7',
    specialCategories: true,
    article9: 'b',
    article9SupplementaryBasis: 'arbeidsmarkedsloven § 12',
  },
  gamification: {
    article6: 'f',
    balancingTest: {
      purpose: 'Motivasjon gjennom synlig fremdrift.',
      necessity: 'Frivillig, bare etter eget valg.',
      balancing: 'Ingen sammenligning, ingen tap, slettes når den slås av.',
    },
  },
  decisionSupport: {
    article6: 'e',
    supplementaryBasis: 'folketrygdloven § 8-7 a',
    specialCategories: true,
    article9: 'b',
    article9SupplementaryBasis: 'folketrygdloven kapittel 8',
  },
  statistics: { article6: 'e', supplementaryBasis: 'tiltaksforskriften § 1-7' },
  trainingExport: {
    article6: 'e',
    supplementaryBasis: 'en særskilt hjemmel for videretrening',
    specialCategories: true,
    article9: 'g',
    article9SupplementaryBasis: 'en særskilt hjemmel for videretrening',
  },
  decisionSupportDevelopment: {
    article6: 'e',
    supplementaryBasis: 'en særskilt hjemmel for utvikling',
    specialCategories: true,
    article9: 'b',
    article9SupplementaryBasis: 'folketrygdloven kapittel 8',
  },
} as const satisfies Record<string, InputOf<'privacy.recordBasis'>['basis']>;

/** The role a test organisation records: controller itself, with a contact point (no feature runs without a role). */
export const TEST_ORGANISATION_ROLE = {
  role: 'controller',
  contact: { name: 'Personvernansvarlig i tiltaket', email: 'personvern@eksempel.invalid' },
} as const satisfies InputOf<'privacy.setOrganisation'>;

/**
 * Setup leaves the legal-basis register empty, so no optional purpose runs until an admin records
 * the organisation's role and a basis (issues 9 and 18). Tests of those features record both
 * first, through the API.
 */
export async function recordBases(
  call: TestCore | OkCall,
  adminConn: string,
  purposes: readonly (keyof typeof TEST_LEGAL_BASES)[] = ['chatbot', 'gamification', 'decisionSupport'],
) {
  const ok: OkCall = typeof call === 'function' ? call : call.ok;
  await ok(adminConn, 'privacy.setOrganisation', TEST_ORGANISATION_ROLE);
  for (const purpose of purposes)
    await ok(adminConn, 'privacy.recordBasis', { purpose, basis: TEST_LEGAL_BASES[purpose] });
}

/**
 * Records that each participant has been shown the current notice, as their counselor going
 * through it with them in a session (the chatbot and gamification wait for it, issue 18).
 */
export async function showNotice(call: TestCore | OkCall, counselorConn: string, participantIds: readonly string[]) {
  const ok = (typeof call === 'function' ? call : call.ok) as TestCore['ok'];
  for (const participantId of participantIds) {
    const { notice } = await ok(counselorConn, 'privacy.participantNotice', { participantId });
    await ok(counselorConn, 'privacy.acknowledge', { participantId, version: notice.version });
  }
}
