#!/usr/bin/env node
// The `ropa` command line: the same register backend as the desktop app, driven from a terminal. Started by ropa.js
// (the package's "bin", which turns on Node's compile cache first), or run directly: `node electron/cli/ropa.ts`.
import { runCli } from './run.ts';

// `ropa templates list | head`: the reader closed the pipe; what is left unread is not an error of the command.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
