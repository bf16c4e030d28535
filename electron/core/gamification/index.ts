/** Opt-in points and badges derived from the activity plan. */
export * from './service.js';
