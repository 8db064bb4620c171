// electron-vite builds the three parts of the desktop app into out/ (package.json `main` is out/main/index.js):
//   main     electron/main/app/main.ts → out/main/index.js    (ESM; dependencies such as better-sqlite3 stay external)
//   preload  electron/preload/index.ts → out/preload/index.cjs (CommonJS, self-contained: sandboxed preloads cannot
//            be ES modules nor require packages)
//   renderer renderer/index.html       → out/renderer          (served to the window from app://ropa/)
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

const root = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      // Every package.json dependency is loaded from node_modules at run time; better-sqlite3 must be (a native addon).
      externalizeDeps: { include: ['better-sqlite3'] },
      rolldownOptions: {
        input: { index: resolve(root, 'electron/main/app/main.ts') },
        output: { format: 'es', entryFileNames: '[name].js' },
      },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      // Bundle everything: a sandboxed preload can require only a few Electron modules.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      emptyOutDir: true,
      // Fonts stay files: the CSP allows `data:` for images only (font-src 'self'); other small assets may inline.
      assetsInlineLimit: (file) => (/\.(woff2?|ttf|otf|eot)$/i.test(file) ? false : undefined),
      rolldownOptions: { input: { index: resolve(root, 'renderer/index.html') } },
    },
  },
});
