// A screen reader in the loop: drives Debian's Chromium through the questionnaire's urgent path, the
// radio buttons and the guide's first section, in English and Spanish, with the Orca screen reader
// listening, and writes what Orca says (from its debug log) to docs/screen-reader/orca-<lang>.txt.
//
//   npm run build && npm run orca
//
// It installs nothing. It needs, from Debian (12, bookworm):
//   sudo apt-get install --no-install-recommends orca speech-dispatcher xvfb dbus-x11 xdotool
// and runs them headless: a virtual screen (Xvfb), a session bus and the accessibility bus, and a
// speech-dispatcher with a silent voice (no sound card needed; Orca's log records every utterance).
// Keys are pressed on the X keyboard (xdotool), as a person's would be, so Orca sees them; a key sent
// through the DevTools protocol (puppeteer's keyboard) reaches the page but not Orca, which matters:
// see the radio-button section of the transcript. Not part of `npm test`: it takes a few minutes and
// depends on the machine's Orca.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from './browsers.mjs';
import { contentTypes, fileFor } from './static-files.mjs';

const root = resolve('.');
const LANGUAGES = process.argv.slice(2).length ? process.argv.slice(2) : ['en', 'es'];
const APT = 'sudo apt-get install --no-install-recommends orca speech-dispatcher xvfb dbus-x11 xdotool';
const AT_SPI_LAUNCHER = '/usr/libexec/at-spi-bus-launcher';

const missing = ['Xvfb', 'dbus-launch', 'orca', 'speech-dispatcher', 'xdotool'].filter((command) => spawnSync('which', [command]).status !== 0);
if (!existsSync(AT_SPI_LAUNCHER)) missing.push(AT_SPI_LAUNCHER);
if (!existsSync(chromiumPath)) missing.push(chromiumPath);
if (missing.length) {
  console.error(`npm run orca needs ${missing.join(', ')}. On Debian:\n  ${APT}`);
  process.exit(1);
}
if (!existsSync('dist/cdn/upper-back-surgery.iife.js')) {
  console.error('No build found: run `npm run build` first.');
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'ubs-orca-'));
/** Processes this script started, stopped by their own id at the end. */
const started = [];
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

function start(command, args, env, log) {
  const child = spawn(command, args, { env, stdio: ['ignore', 'ignore', 'ignore'], detached: false });
  child.on('error', (error) => console.error(`${command}: ${error.message}`));
  started.push(child.pid);
  if (log) console.log(`started ${command} (${log})`);
  return child;
}

function stopAll() {
  for (const pid of started.reverse()) {
    try {
      process.kill(pid);
    } catch {
      // already gone
    }
  }
}

// A display no one uses.
let display = 90;
while (existsSync(`/tmp/.X11-unix/X${display}`) || existsSync(`/tmp/.X${display}-lock`)) display++;
const env = { ...process.env, DISPLAY: `:${display}`, XDG_RUNTIME_DIR: join(work, 'run'), NO_AT_BRIDGE: '0', GTK_MODULES: 'gail:atk-bridge' };
mkdirSync(env.XDG_RUNTIME_DIR, { mode: 0o700 });

const orcaLog = join(work, 'orca-debug.out');

/** Milliseconds since local midnight, as Orca stamps its log lines ("22:13:40.773231"). */
const timeOfDay = (date = new Date()) => ((date.getHours() * 60 + date.getMinutes()) * 60 + date.getSeconds()) * 1000 + date.getMilliseconds();

/**
 * What Orca said, with when: its log's "SPEECH OUTPUT: 'words'" lines. Orca writes its log through a
 * buffer, so the log is read once Orca has stopped, and each utterance goes to the step it came after.
 */
const utterances = () =>
  readFileSync(orcaLog, 'utf8')
    .split('\n')
    .map((line) => /^(\d\d):(\d\d):(\d\d\.\d+) - SPEECH OUTPUT: '(.*)'(?: voice=\w+)?\s*[[{]/.exec(line))
    .filter(Boolean)
    .map(([, h, m, sec, words]) => ({ at: ((Number(h) * 60 + Number(m)) * 60 + Number(sec)) * 1000, words }));

try {
  start('Xvfb', [`:${display}`, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], env, `display :${display}`);
  for (let i = 0; i < 50 && !existsSync(`/tmp/.X11-unix/X${display}`); i++) await sleep(100);

  // The session bus: dbus-launch forks the daemon and prints its address and id.
  const bus = spawnSync('dbus-launch', ['--sh-syntax'], { env, encoding: 'utf8' }).stdout;
  env.DBUS_SESSION_BUS_ADDRESS = /DBUS_SESSION_BUS_ADDRESS='([^']+)'/.exec(bus)?.[1];
  started.push(Number(/DBUS_SESSION_BUS_PID=(\d+)/.exec(bus)?.[1]));
  start(AT_SPI_LAUNCHER, ['--launch-immediately'], env);

  // speech-dispatcher with a voice that says nothing aloud, on ALSA's null device.
  const speechConfig = join(work, 'speechd');
  mkdirSync(join(speechConfig, 'modules'), { recursive: true });
  writeFileSync(
    join(speechConfig, 'speechd.conf'),
    'AddModule "silent" "sd_generic" "silent.conf"\nDefaultModule "silent"\nAudioOutputMethod "alsa"\nAudioALSADevice "null"\n',
  );
  writeFileSync(join(speechConfig, 'modules', 'silent.conf'), 'GenericExecuteSynth "true"\nAddVoice "en" "MALE1" "en"\nAddVoice "es" "MALE1" "es"\n');
  start('speech-dispatcher', ['-s', '-t', '0', '-C', speechConfig, '-L', work], env, 'silent voice');
  await sleep(1500);

  const orca = start('orca', ['--replace', '-u', join(work, 'orca-prefs'), '--debug-file', orcaLog], env, 'debug log');
  await sleep(5000);

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const page = /^\/orca\/(en|es)\/(questionnaire|guide)$/.exec(url.pathname);
    if (page) {
      const body = page[2] === 'guide' ? '<back-surgery-guide></back-surgery-guide>' : '<candidacy-check></candidacy-check>';
      const html = `<!doctype html><html lang="${page[1]}"><head><meta charset="utf-8"><title>Orca: ${page[2]}</title></head><body>${body}<script src="/dist/cdn/upper-back-surgery.iife.js"></script></body></html>`;
      return response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    }
    try {
      const file = fileFor(root, url.pathname);
      const content = readFileSync(file);
      response.writeHead(200, { 'content-type': contentTypes[extname(file)] ?? 'application/octet-stream' }).end(content);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${server.address().port}`;

  const browser = await puppeteer.launch({
    executablePath: chromiumPath,
    headless: false,
    env,
    // An app window: no address bar to hold the keyboard's focus, the page has it.
    args: [...chromiumArgs, '--force-renderer-accessibility', '--window-position=0,0', '--window-size=1280,1000', `--app=${origin}/orca/en/questionnaire`, '--disable-features=Translate'],
  });
  started.push(browser.process().pid);
  const [page] = await browser.pages();
  // The window gets the X keyboard's focus (there is no window manager to give it).
  const windowId = spawnSync('xdotool', ['search', '--sync', '--onlyvisible', '--class', 'chromium'], { env, encoding: 'utf8' }).stdout.trim().split('\n').pop();
  spawnSync('xdotool', ['windowfocus', '--sync', windowId], { env });
  /** A key on the X keyboard, as a person presses it: Orca hears it too. */
  const key = (name) => async () => {
    spawnSync('xdotool', ['key', '--clearmodifiers', name], { env });
  };

  /** Every step taken, with when it started: Orca's words are put under them afterwards. */
  const steps = [];

  /** Runs `action`, and gives Orca time to speak (Chromium passes its events on, Orca handles them). */
  async function act(lang, what, action, wait = 2000) {
    steps.push({ lang, what, at: timeOfDay(), notes: [] });
    await action();
    await sleep(wait);
  }

  /** Whether the answer `value` of question `name` is chosen, as the page has it. */
  const chosen = (name, value) =>
    page.evaluate(
      ([n, v]) => {
        const deep = (node) => [...node.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? [el.shadowRoot, ...deep(el.shadowRoot)] : []));
        return deep(document).map((root) => root.querySelector(`input[name="${n}"][value="${v}"]`)).find(Boolean)?.checked ?? null;
      },
      [name, value],
    );

  /** Moves focus as a script would (focus()), so Orca announces where it lands. */
  const focus = (selector, nth = 0) => () =>
    page.evaluate(
      ([css, index]) => {
        const deep = (node) => [...node.querySelectorAll(css), ...[...node.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? deep(el.shadowRoot) : []))];
        deep(document).at(index)?.focus();
      },
      [selector, nth],
    );

  let loads = 0;
  const load = (path) => async () => {
    // A new address each time: a reload would put back the answers of the last visit.
    await page.goto(`${origin}${path}?visit=${++loads}`, { waitUntil: 'load' });
    await page.waitForFunction(() => [...document.body.children].some((el) => el.shadowRoot?.textContent.trim()));
    // Orca reads the new page's summary first.
    await sleep(2000);
  };

  for (const lang of LANGUAGES) {
    const step = (what, action, wait) => act(lang, what, action, wait);
    const note = (text) => steps.at(-1).notes.push(text);
    const section = (...text) => steps.push({ lang, section: text });

    section('## 1. The questionnaire, urgent path', '');
    await step(`Open a page with <candidacy-check lang=${lang}>`, load(`/orca/${lang}/questionnaire`), 3000);
    await step("x (Orca's next check box): an emergency sign", key('x'));
    await step('Space: tick it', key('space'), 3000);
    await step('Tab', key('Tab'));
    await step("b (Orca's next button): \"See my summary\"", key('b'));
    await step('Enter: send', key('Return'), 3000);

    section(
      '## 2. Radio buttons: what the audit could not explain',
      '',
      'The audit pressed Space through the DevTools protocol and heard nothing. Orca announces a radio',
      "button's new state only when it saw the key itself (orca/scripts/default.py, onCheckedChanged:",
      '"we do need to handle radio buttons where the user needs to press the space key"): a key sent',
      'through DevTools reaches the page but never Orca. Here, the same steps both ways.',
      '',
    );
    for (const [how, press] of [
      ['Space sent through DevTools (puppeteer), as the audit did', () => page.keyboard.press('Space')],
      ['Space on the X keyboard, as a person presses it', key('space')],
    ]) {
      await step('Reload and focus the last warning sign', async () => {
        await load(`/orca/${lang}/questionnaire`)();
        await focus('input[name="redFlags"]', -1)();
      }, 3000);
      await step('Tab: into the question "How long…?" (radio buttons)', key('Tab'));
      await step(how, press);
      note(`first answer chosen: ${await chosen('duration', 'under-6-weeks')}`);
    }
    // Orca stays in browse mode on radio buttons: the arrow reads the next answer, Space chooses it.
    await step('Down arrow: the next answer (read, not chosen, in browse mode)', key('Down'));
    note(`second answer chosen: ${await chosen('duration', '6-weeks-to-3-months')}`);

    section('## 3. The guide, first section', '');
    await step(`Open a page with <back-surgery-guide lang=${lang}>`, load(`/orca/${lang}/guide`), 4000);
    await step('Focus the first entry of the contents (by script: Orca may not say it)', focus('nav a'));
    await step('Enter: go to that section', key('Return'));
    // Line by line from the top: Orca's jumps by heading (h) were not reliable across the sections'
    // shadow roots, which render after the page has loaded.
    await step('Control+Home: the top of the page (browse mode)', key('ctrl+Home'));
    for (let i = 1; i <= 75; i++) await step(`Down arrow: next line (${i})`, key('Down'), 1100);
  }

  const chromium = await browser.version();
  await browser.close();
  server.close();
  // Orca writes the rest of its log as it stops.
  orca.kill('SIGTERM');
  await new Promise((done) => (orca.exitCode !== null ? done() : orca.once('exit', done)));

  const said = utterances();
  const orcaVersion = spawnSync('orca', ['--version'], { encoding: 'utf8' }).stdout.trim().replace(/^orca\s*/i, '');
  mkdirSync('docs/screen-reader', { recursive: true });
  for (const lang of LANGUAGES) {
    const lines = [
      `# What Orca says: ${lang === 'en' ? 'English' : 'Spanish'}`,
      '',
      `Orca ${orcaVersion}, ${chromium}, speech from Orca's debug log ("SPEECH OUTPUT"), keys on the X keyboard.`,
      'Written by `npm run orca` (scripts/orca-transcript.mjs); "> " lines are what was done, indented lines what Orca said.',
      '',
    ];
    const all = steps.filter((entry) => !entry.section);
    for (const entry of steps.filter((item) => item.lang === lang)) {
      if (entry.section) {
        lines.push(...entry.section);
        continue;
      }
      const next = all[all.indexOf(entry) + 1];
      const words = said.filter((item) => item.at >= entry.at && (!next || item.at < next.at)).map((item) => `  ${item.words}`);
      lines.push(`> ${entry.what}`, ...(words.length ? words : ['  (nothing)']), ...entry.notes.map((text) => `  [the page: ${text}]`), '');
    }
    writeFileSync(`docs/screen-reader/orca-${lang}.txt`, lines.join('\n'));
    console.log(`wrote docs/screen-reader/orca-${lang}.txt`);
  }
} finally {
  stopAll();
  // KEEP=1 keeps Orca's whole debug log, to see why it said (or did not say) something.
  if (process.env.KEEP) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
