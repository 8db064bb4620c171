// electron-vite builds the three parts of the desktop app into out/ (package.json `main` is out/main/index.js):
//   main     electron/main/app/main.ts → out/main/index.js    (ESM; dependencies such as better-sqlite3 stay external)
//   preload  electron/preload/index.ts → out/preload/index.cjs (CommonJS, self-contained: sandboxed preloads cannot
//            be ES modules nor require packages)
//   renderer renderer/index.html       → out/renderer          (served to the window from app://ropa/)
// `electron-vite dev` serves the renderer with hot reload instead; only that server gets a looser CSP (below).
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { devServerContentSecurityPolicy } from './electron/main/app/security.ts';

const root = import.meta.dirname;

/** renderer/index.html with its CSP meta tag loosened for the dev server (security.ts says what and why). */
export function withDevServerCsp(html: string, devServerUrl?: string): string {
  return html.replace(/<meta\s[^>]*>/gi, (tag) =>
    /\bhttp-equiv\s*=\s*["']?content-security-policy\b/i.test(tag)
      ? tag.replace(
          /(\scontent\s*=\s*)(["'])([\s\S]*?)\2/i,
          (_attribute, name: string, quote: string, policy: string) => `${name}${quote}${devServerContentSecurityPolicy(policy, devServerUrl)}${quote}`,
        )
      : tag,
  );
}

/**
 * Loosens the page's CSP for `electron-vite dev` (`apply: 'serve'`: Vite never runs it in a build), whose React
 * refresh preamble and injected styles the strict policy refuses. The built out/renderer/index.html keeps the
 * strict policy of renderer/index.html, and app://ropa/ sends it as a header too (protocol.ts).
 */
export function devServerCsp(): Plugin {
  return {
    name: 'ropa:dev-server-csp',
    apply: 'serve',
    transformIndexHtml: {
      order: 'post',
      handler: (html, context) => withDevServerCsp(html, context.server?.resolvedUrls?.local[0]),
    },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      // Every package.json dependency is loaded from node_modules at run time; better-sqlite3 must be (a native addon).
      externalizeDeps: { include: ['better-sqlite3', 'pdfmake'] },
      rolldownOptions: {
        input: {
          index: resolve(root, 'electron/main/app/main.ts'),
          // The register report renders in a worker thread, which loads its own module (backend/index.ts says where).
          'report-worker': resolve(root, 'electron/main/backend/reports/report-worker.ts'),
          // Likewise the reading of a colleague's file to import.
          'import-worker': resolve(root, 'electron/main/backend/colleague-files/read-worker.ts'),
        },
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
    plugins: [react(), devServerCsp()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      emptyOutDir: true,
      // Fonts stay files: the CSP allows `data:` for images only (font-src 'self'); other small assets may inline.
      assetsInlineLimit: (file) => (/\.(woff2?|ttf|otf|eot)$/i.test(file) ? false : undefined),
      rolldownOptions: { input: { index: resolve(root, 'renderer/index.html') } },
    },
  },
});
