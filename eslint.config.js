// Layering is enforced here (like VS Code's local/code-layering) and by test/layering.test.ts:
// `electron` only in electron/main and electron/preload; the renderer never imports electron/core
// at run time (type-only imports of the API's types are how it stays typed).
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'test/.artifacts/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['electron/core/**', 'electron/host/**', 'electron/cli/**'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'electron/core, host and cli run under plain Node: no Electron here (ARCHITECTURE.md rule 2).' }],
          patterns: [{ group: ['**/main/*', '**/preload/*', '**/renderer/*'], message: 'Core must not depend on the shell or the UI.' }],
        },
      ],
    },
  },
  {
    files: ['renderer/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer talks only to window.inkludmi.' }],
          patterns: [
            {
              group: ['**/electron/core/**', '**/electron/main/**', '**/electron/host/**', '**/electron/cli/**', '**/electron/preload/**'],
              allowTypeImports: true,
              message: 'The renderer may import types from electron/core/api, never code (it talks only to window.inkludmi).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['bin/**', 'scripts/**/*.mjs'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
  },
);
