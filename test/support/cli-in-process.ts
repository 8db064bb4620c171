// `ropa` run in the test's own process: the same runCli the `ropa` binary calls, with the same arguments, output and
// exit code, without starting Node and loading (and stripping the types of) the whole backend again for every
// command. A spawn costs one to several seconds on a busy two-core machine; tests that are about what a command does,
// not about the process around it, make dozens of them. Tests of the process itself (start-up, signals, a kill
// mid-import, `npx ropa`) keep `ropa()` from ./cli.ts.
import { runCli } from '../../electron/cli/run.ts';
import { localeEnvironment, tempDir, type CliRun, type Locale } from './cli.ts';

/** One settings folder for the CLI runs of this test process (the CLI keeps its recent files there, nothing else). */
let stateDir: string | undefined;
let running = 0;
let savedStateHome: string | undefined;

/**
 * Runs one command line in-process and returns what the person would have seen. Commands may overlap (a report renders
 * in a worker thread); they share one settings folder, which the CLI reads from XDG_STATE_HOME while a run is going.
 * The locale is C (English messages) whatever the machine's, unless `options.locale` names another.
 */
export async function ropaInProcess(args: string[], options: { locale?: Locale } = {}): Promise<CliRun> {
  stateDir ??= tempDir('ropa-state-');
  if (running++ === 0) {
    savedStateHome = process.env['XDG_STATE_HOME'];
    process.env['XDG_STATE_HOME'] = stateDir;
  }
  let stdout = '';
  let stderr = '';
  try {
    const status = await runCli(
      args,
      { stdout: (text) => void (stdout += text), stderr: (text) => void (stderr += text) },
      { ...process.env, ...localeEnvironment(options.locale) },
    );
    return { status, stdout, stderr };
  } finally {
    if (--running === 0) {
      if (savedStateHome === undefined) delete process.env['XDG_STATE_HOME'];
      else process.env['XDG_STATE_HOME'] = savedStateHome;
    }
  }
}
