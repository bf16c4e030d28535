/**
 * Benchmark of the model runtime, through the same path the app uses (ModelRuntime → model process).
 * Prints figures; asserts nothing.
 *
 *   node --import tsx test/bench/llm/run.ts [model.gguf] [--threads N] [--gpu auto|false] [--turns 5] [--max-tokens 64] [--context 4096]
 *
 * Without a model path it uses the tiny test model (generated if missing).
 */
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runModelBench } from '../../../electron/core/llm/bench.js';
import { ensureTinyModel } from '../../../models/tiny/generate.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    threads: { type: 'string' },
    gpu: { type: 'string', default: 'false' },
    turns: { type: 'string', default: '5' },
    'max-tokens': { type: 'string', default: '64' },
    context: { type: 'string', default: '4096' },
  },
});

const modelPath = positionals[0] ? path.resolve(positionals[0]) : await ensureTinyModel();
await runModelBench({
  modelPath,
  threads: values.threads ? Number(values.threads) : Math.max(1, os.availableParallelism()),
  gpu: values.gpu === 'auto' ? 'auto' : false,
  turns: Number(values.turns),
  maxTokens: Number(values['max-tokens']),
  contextSize: Number(values.context),
  write: (text) => process.stdout.write(text),
});

