/**
 * Writes resources/knowledge/slik-behandler-inkludmi-dataene-dine.md from core/privacy (the same
 * source as the notice). Run after changing the chat's allowlist or the notice's wording:
 *   node --import tsx scripts/privacy-knowledge.ts
 * test/core/privacy/claims.test.ts fails while the file differs from what this writes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PRIVACY_KNOWLEDGE_FILE, privacyKnowledgeDocument } from '../electron/core/privacy/knowledgeDoc.js';

const file = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'resources',
  'knowledge',
  PRIVACY_KNOWLEDGE_FILE,
);
fs.writeFileSync(file, privacyKnowledgeDocument(), 'utf8');
console.log(`wrote ${file}`);
