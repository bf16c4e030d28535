// Types for the test that checks the lint config (test/lint/layering.test.ts).
import type { Linter } from 'eslint';
import type { LayerException } from './eslint-rules/core-layering.js';

export const CORE_LAYER_EXCEPTIONS: LayerException[];
declare const config: Linter.Config[];
export default config;
