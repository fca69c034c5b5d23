// Debian's browsers, never a downloaded one (see CONTRIBUTING.md, "Set-up"), and the Chromium flags that
// let it run headless as root on a machine with no outside network. Shared by the browser tests, the
// embedding page tests and the benchmark.
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
