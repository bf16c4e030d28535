/** What other modules use of privacy: purposes and legal bases, requests, the PersonalDataSource contract and rights access. */
export * from './legalBasis.js';
export * from './purposes.js';
export * from './requests.js';
export * from './sources.js';
export { PRIVACY_TABLES } from './personalData.js';
export * from './access.js';
export * from './ownership.js';
