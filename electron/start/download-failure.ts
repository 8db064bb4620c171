// What `npm start` says when Electron's binary could not be downloaded: what failed, what to do, and the way to the
// same interface without Electron. Kept apart from ensure-electron.ts so that a unit test reads it without a download.

/** The last line worth showing of what Electron's installer wrote to standard error (its stack trace's first line). */
export function installerSaid(stderr: string): string | undefined {
  const lines = stderr
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('at '));
  return lines[0];
}

export function downloadFailure(options: { electronVersion: string; installerSaid: string | undefined; mirror: string | undefined }): string {
  const { electronVersion, mirror } = options;
  const from = mirror === undefined ? 'github.com/electron/electron/releases' : `${mirror}, named by ELECTRON_MIRROR`;
  return [
    '',
    `RoPA Desk could not start: the one-time download of Electron ${electronVersion}, the desktop runtime the app runs in`,
    `(about 100 MB, from ${from}), failed.`,
    ...(options.installerSaid === undefined ? [] : [`  The download said: ${options.installerSaid}`]),
    '',
    'What to do:',
    '  - Check the network connection (and the proxy, if one is needed), then run `npm start` again. The download',
    '    happens once; later starts use the copy kept in node_modules/electron/dist.',
    '  - Or download it from a mirror you can reach, for example:',
    '      ELECTRON_MIRROR=https://npmmirror.com/mirrors/electron/ npm start',
    '  - Or use the same interface in a browser, with the same backend and no Electron: `npm run dev:web`.',
    '    The command line works without Electron too: `npx ropa --help`.',
    '',
  ].join('\n');
}
