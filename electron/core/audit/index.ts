/** The hash-chained audit log and its service. */
export * from './log.js';
export * from './service.js';
export * from './events.js';
export * from './routineReads.js';
export * from './personalData.js';
