#!/usr/bin/env node
// The `ropa` command line: the same register backend as the desktop app, driven from a terminal.
import { runCli } from './run.ts';

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
