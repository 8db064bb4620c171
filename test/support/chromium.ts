/**
 * Debian's Chromium, as the e2e tests and the bench launch it: no browser download on the build machines, and
 * without these flags Chromium keeps trying to reach Google's hosts through a closed network.
 */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
