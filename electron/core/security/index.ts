/** The content security policy. */
export * from './csp.js';
