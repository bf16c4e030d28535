/** The organisation's settings and the feature gate. */
export * from './service.js';
