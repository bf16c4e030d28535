/** Small helpers every module may use: atomic files, JSON lines, seeded randomness. */
export * from './atomicFile.js';
export * from './dates.js';
export * from './jsonLines.js';
export * from './random.js';
