/**
 * `npm run serve`: browser mode. Serves the built renderer and the API on 127.0.0.1 and prints the
 * URL with this launch's token. Never started by the desktop app.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { acquireDataLock, DataFolderBusyError, type DataLock } from '../core/db/dataLock.js';
import { createCore } from '../core/index.js';
import { chooseDataDir, defaultDataDir } from '../core/paths.js';
import { loadPolicy } from '../core/policy/policy.js';
import { readPackageInfo } from '../core/util/packageInfo.js';
import { startHost } from './server.js';

const USAGE = `Bruk: npm run serve -- [--port PORT] [--data-dir MAPPE] [--renderer-dir MAPPE]

  --port          Port på 127.0.0.1 (standard: en ledig port)
  --data-dir      Datamappe (standard: ${defaultDataDir()})
  --renderer-dir  Mappe med bygget brukergrensesnitt (standard: out/renderer)`;

/**
 * End-to-end tests with the tiny test model: INKLUDMI_CHAT_MAX_TOKENS caps every answer's token
 * budget (the tiny model never ends an answer on its own). Unset in normal use.
 */
function chatSettingsFromEnv(env: NodeJS.ProcessEnv): { generation: { maxTokens: number } } | null {
  const raw = env['INKLUDMI_CHAT_MAX_TOKENS'];
  if (raw === undefined || raw === '') return null;
  const maxTokens = Number(raw);
  if (!Number.isInteger(maxTokens) || maxTokens < 8 || maxTokens > 4096) {
    console.error(`Ugyldig INKLUDMI_CHAT_MAX_TOKENS: ${raw}. Bruk et heltall fra 8 til 4096.`);
    process.exit(2);
  }
  return { generation: { maxTokens } };
}

async function main(): Promise<void> {
  let values: { port?: string; 'data-dir'?: string; 'renderer-dir'?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: {
        port: { type: 'string' },
        'data-dir': { type: 'string' },
        'renderer-dir': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (err) {
    console.error(`${err instanceof Error ? err.message : String(err)}\n\n${USAGE}`);
    process.exit(2);
  }
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Ugyldig port: ${values.port ?? ''}. Bruk et heltall fra 0 til 65535.\n\n${USAGE}`);
    process.exit(2);
  }

  const pkg = readPackageInfo(import.meta.url);
  const policy = loadPolicy();
  if (policy.status.kind === 'invalid') {
    console.error(`Policyfilen ${policy.status.path} har feil og blir ikke brukt (trygge standardverdier gjelder):`);
    for (const problem of policy.status.problems) console.error(`  - ${problem}`);
  }
  const dataDir = chooseDataDir({
    explicit: values['data-dir'],
    policyDir: policy.settings.dataDir ?? null,
    policyLocked: policy.locked.has('dataDir'),
  });
  const rendererDir = path.resolve(values['renderer-dir'] ?? path.join(pkg.root, 'out', 'renderer'));
  const chat = chatSettingsFromEnv(process.env);
  let lock: DataLock;
  try {
    lock = acquireDataLock(dataDir, 'browser', 'npm run serve', { create: true });
  } catch (err) {
    console.error(err instanceof DataFolderBusyError ? err.message : 'Kunne ikke låse datamappen.');
    process.exit(1);
  }
  const core = createCore({
    dataDir,
    appVersion: pkg.version,
    appName: pkg.productName,
    policy,
    bundledModelsDir: path.join(pkg.root, 'models'),
    ...(chat ? { chat } : {}),
  });
  let host;
  try {
    host = await startHost({ dispatch: core.dispatch, rendererDir, port, onDisconnect: (id) => core.disconnect(id) });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    console.error(
      code === 'EADDRINUSE'
        ? `Porten ${port} er allerede i bruk. Velg en annen med --port.`
        : 'Kunne ikke starte nettlesermodus.',
    );
    await core.close();
    lock.release();
    process.exit(1);
  }

  console.log(`InkludMI kjører i nettlesermodus (kun på denne maskinen).`);
  console.log(`Datamappe: ${dataDir}`);
  console.log(`Åpne: ${host.url}`);
  console.log('Avslutt med Ctrl+C.');

  const shutdown = async () => {
    await host.close();
    await core.close();
    lock.release();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
}

void main();
