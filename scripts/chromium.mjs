// Where Chromium lives and how it must start on these machines (root, closed network).
import { existsSync } from 'node:fs';

const candidates = [process.env.CHROME_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The browser binary: `CHROME_PATH` wins, then Debian's Chromium. */
export const chromiumPath = candidates.find((path) => path && existsSync(path));

/** Flags for a headless run as root with no network but loopback. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
];

export function requireChromium() {
  if (!chromiumPath) {
    throw new Error('No Chromium found. Install Debian\'s "chromium" package or set CHROME_PATH to a Chrome/Chromium binary.');
  }
  return chromiumPath;
}
