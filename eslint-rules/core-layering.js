// Module faces inside electron/core, in the spirit of VS Code's local/code-layering rule:
// - a core module is used by other modules only through its index.ts (no deep imports);
// - nothing below api/ imports api/ or the composition root (index.ts, services.ts, rules.ts):
//   domain errors live at the bottom (core/errors) and api/ maps them to transport errors.
// Known exceptions are listed in eslint.config.js, each with a reason; the list only shrinks
// (test/lint/layering.test.ts fails on an exception that no longer matches anything).
import path from 'node:path';

const CORE = 'electron/core/';
/** Top-level files of core that modules may use (small shared utilities at the bottom). */
const SHARED_TOP = new Set(['log', 'paths']);

/** Where a file sits in core: its module (first folder) and its path inside core, or null outside core. */
export function corePlace(file) {
  const normal = file.split(path.sep).join('/');
  const at = normal.lastIndexOf(CORE);
  if (at < 0) return null;
  const inCore = normal.slice(at + CORE.length);
  const parts = inCore.split('/');
  return { root: normal.slice(0, at + CORE.length), inCore, module: parts.length > 1 ? parts[0] : null };
}

/** The violation an import from `file` to `specifier` makes, or null. */
export function layeringViolation(file, specifier) {
  if (!specifier.startsWith('.')) return null;
  const from = corePlace(file);
  if (!from || !from.module) return null; // the composition root may wire everything together
  const target = corePlace(path.posix.join(path.posix.dirname(file.split(path.sep).join('/')), specifier));
  if (!target || target.root !== from.root) return null;
  const stem = target.inCore.replace(/\.(js|ts)$/, '');
  if (!target.module) {
    if (SHARED_TOP.has(stem)) return null;
    return from.module === 'api' ? null : { kind: 'upward', to: stem, from: from.inCore };
  }
  if (target.module === from.module) return null;
  if (target.module === 'api') return { kind: 'upward', to: 'api', from: from.inCore };
  if (stem === `${target.module}/index`) return null;
  return { kind: 'deep', to: target.module, from: from.inCore };
}

function excepted(exceptions, violation) {
  return exceptions.some(
    (e) =>
      e.to === violation.to &&
      (violation.from === e.from || violation.from.startsWith(e.from.endsWith('/') ? e.from : `${e.from}/`)),
  );
}

export const coreLayering = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Core modules meet only through their index.ts, and never import api/ or the composition root.',
    },
    schema: [
      {
        type: 'object',
        properties: {
          exceptions: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                from: { type: 'string' },
                to: { type: 'string' },
                reason: { type: 'string', minLength: 10 },
              },
              required: ['from', 'to', 'reason'],
              additionalProperties: false,
            },
          },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      deep: "'{{specifier}}' reaches inside core/{{to}}: import what {{to}} offers from its index.ts (or export it there).",
      upward:
        "'{{specifier}}' makes a core module depend on {{to}}, a higher floor: throw a DomainError from core/errors (api/ maps it), or move the code up.",
    },
  },
  create(context) {
    const exceptions = context.options[0]?.exceptions ?? [];
    const check = (node) => {
      if (!node.source || typeof node.source.value !== 'string') return;
      const violation = layeringViolation(context.filename, node.source.value);
      if (!violation || excepted(exceptions, violation)) return;
      context.report({
        node: node.source,
        messageId: violation.kind,
        data: { specifier: node.source.value, to: violation.to },
      });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: (node) => node.source.type === 'Literal' && check(node),
    };
  },
};

export const localPlugin = { rules: { 'core-layering': coreLayering } };
