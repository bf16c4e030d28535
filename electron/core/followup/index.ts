/** Follow-up: participants, access by need, profile, stages, activity plan, motivation, appointments, notes. */
export * from './access.js';
export * from './appointments.js';
export * from './caseload.js';
export * from './dates.js';
export * from './inputs.js';
export * from './motivation.js';
export * from './notes.js';
export * from './participants.js';
export * from './plan.js';
export * from './profile.js';
export * from './service.js';
export * from './stages.js';
export * from './ownership.js';
export * from './personalData.js';
