#!/usr/bin/env node
// The `ropa` command (package.json "bin"), in plain JavaScript so that Node starts it without stripping TypeScript.
// It turns on Node's compile cache before anything else loads: the backend's TypeScript is then stripped and compiled
// once, and read from the cache (in the system's temp folder, or where NODE_COMPILE_CACHE says) by every later `ropa`.
// Best effort: where the cache cannot be written, Node runs on without it. Then ropa.ts, the command line itself,
// which Node runs as TypeScript (type stripping, Node ≥ 22.18), so `npx ropa` works right after `npm install`.
import module from 'node:module';

module.enableCompileCache?.();
await import('./ropa.ts');
