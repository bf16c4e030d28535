/** The machine policy (IT's locked settings) and the settings schema. */
export * from './policy.js';
export * from './schema.js';
