/** What other modules may use of accounts: the principal and role types, auth errors and the key file (for the records of processing). */
export * from './types.js';
export * from './errors.js';
export * from './keyFile.js';
export * from './personalData.js';
