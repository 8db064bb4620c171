// The register named on the command line: `npm start -- path/to/file.ropa`, `ropa-desk file.ropa`, or a file
// opened from the desktop (the `.ropa` file association starts the app with the file's path).
import path from 'node:path';

export type ArgvContext = {
  /** True when run as `electron <app> …` (development), where argv[1] is the app, not a file. */
  defaultApp: boolean;
  /** The directory a relative path is relative to. */
  cwd: string;
};

/**
 * The first argument that is neither a switch (`--flag`: Chromium, Electron or a test runner may add them, before
 * the app's own arguments too) nor the app itself, made absolute.
 */
export function registerPathFromArgv(argv: readonly string[], { defaultApp, cwd }: ArgvContext): string | null {
  const operands = argv.slice(1).filter((arg) => arg !== '' && !arg.startsWith('-'));
  const file = operands[defaultApp ? 1 : 0];
  return file === undefined ? null : path.resolve(cwd, file);
}
