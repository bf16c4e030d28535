import { cpSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

const root = import.meta.dirname;

/** The numbered SQL migrations are read at run time: copy them beside the bundled main code. */
const copyMigrations = {
  name: 'inkludmi-copy-migrations',
  closeBundle() {
    cpSync(resolve(root, 'electron/core/db/migrations'), resolve(root, 'out/main/migrations'), { recursive: true });
  },
};

export default defineConfig({
  main: {
    plugins: [copyMigrations],
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          // The Electron shell.
          index: resolve(root, 'electron/main/index.ts'),
          // Plain Node entry points built alongside it: browser mode and the admin CLI.
          host: resolve(root, 'electron/host/index.ts'),
          cli: resolve(root, 'electron/cli/index.ts'),
          // The model runs in its own process (utilityProcess in the app, a child process elsewhere).
          'model-worker': resolve(root, 'electron/core/llm/worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        // Sandboxed preloads must be CommonJS.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      rollupOptions: { input: resolve(root, 'renderer/index.html') },
    },
  },
});
