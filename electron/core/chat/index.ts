/**
 * What other modules may use of the chat: what the assistant is told (the context allowlist and
 * its labels, which the privacy notice lists field by field). The chat's services are built in
 * chat/services.ts and reached through the procedure table.
 */
export { CONTEXT_ALLOWLIST, CONTEXT_LABELS, type ContextField } from './orchestrator/context.js';
export * from './personalData.js';
export { messagesRepo, type TrainingMessageRow } from './messages.js';
