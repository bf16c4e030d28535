/** System information and installed versions. */
export * from './service.js';
export * from './versions.js';
