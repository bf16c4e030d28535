import { parseArgs } from 'node:util';
import { decisionModelDir, loadBundledDecisionModel } from '../../core/decisions/setup.js';
import { SIMULATION_STRATEGIES, simulateStrategies, type SimulationStrategy } from '../../core/decisions/simulate.js';
import { CliError, EXIT, writeLine, type CliCommand } from '../io.js';

const pct = (x: number | null) => (x === null ? '–' : `${Math.round(x * 100)} %`);

/**
 * `inkludmi decisions simulate`: synthetic counselors with known habits run through the real
 * decision service on a throwaway organisation (in memory, nothing is written to disk), and the
 * oversight monitor's verdict per counselor. Shows what the autopilot monitor flags.
 */
export const decisionsSimulateCommand: CliCommand = {
  name: 'decisions simulate',
  summary:
    'Kjører syntetiske saker gjennom beslutningsstøtten i en midlertidig organisasjon og viser tilsynets vurdering per veileder (autopilot, enighet, bytterate)',
  usage: `inkludmi decisions simulate [--strategy ${SIMULATION_STRATEGIES.join('|')}]... [--cases N] [--seed N] [--json]`,
  async run(args, io) {
    const { values } = parseArgs({
      args,
      options: {
        strategy: { type: 'string', multiple: true },
        cases: { type: 'string' },
        seed: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
      strict: true,
    });
    const strategies = (values.strategy ?? [...SIMULATION_STRATEGIES]).flatMap((s) => s.split(','));
    for (const s of strategies) {
      if (!(SIMULATION_STRATEGIES as readonly string[]).includes(s))
        throw new CliError(`Ukjent strategi: ${s}. Velg blant ${SIMULATION_STRATEGIES.join(', ')}.`, EXIT.usage);
    }
    const cases = values.cases === undefined ? 60 : Number(values.cases);
    if (!Number.isInteger(cases) || cases < 1 || cases > 5000)
      throw new CliError('--cases må være et helt tall mellom 1 og 5000.', EXIT.usage);
    const seed = values.seed === undefined ? 17 : Number(values.seed);
    if (!Number.isInteger(seed) || seed < 0)
      throw new CliError('--seed må være et helt tall (0 eller mer).', EXIT.usage);
    const model = loadBundledDecisionModel(decisionModelDir(null));
    const result = await simulateStrategies({
      model,
      strategies: [...new Set(strategies)] as SimulationStrategy[],
      cases,
      seed,
    });
    if (values.json) {
      writeLine(io.stdout, JSON.stringify(result, null, 2));
      return EXIT.ok;
    }
    writeLine(
      io.stdout,
      `Simulering med modell ${result.modelVersion}, ${cases} saker per veileder (frø ${seed}). Syntetiske data.`,
    );
    for (const c of result.counselors) {
      writeLine(
        io.stdout,
        `${c.strategy.padEnd(16)} ${c.autopilot ? 'AUTOPILOT' : 'ikke flagget'}  enighet ${pct(c.agreement)}  bytterate ${pct(c.switchRate)}  innkalt ${pct(c.summonRate)}`,
      );
    }
    return EXIT.ok;
  },
};
