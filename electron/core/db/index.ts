/** The encrypted store: connection, store and its errors. Repositories live with the module that owns their table. */
export * from './connection.js';
export * from './store.js';
export * from './errors.js';
export * from './personalTables.js';
