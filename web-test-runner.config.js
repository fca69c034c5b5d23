import { esbuildPlugin } from '@web/dev-server-esbuild';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { chromiumArgs, chromiumPath, firefoxPath } from './scripts/browsers.mjs';
import { scaled } from './tests/timeouts.mjs';

const only = process.env.BROWSERS?.split(',');
const browsers = [
  // One page at a time per browser: Chromium gives background tabs no animation frames (which
  // fixtures await), and in Firefox keyboard input goes to one page only.
  ['chromium', puppeteerLauncher({ concurrency: 1, launchOptions: { executablePath: chromiumPath, headless: true, args: chromiumArgs } })],
  ['firefox', puppeteerLauncher({ concurrency: 1, launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true } })],
]
  .filter(([name]) => !only || only.includes(name))
  .map(([, launcher]) => launcher);

/**
 * Serves `/other-version/<version>/<file>`: a built script-tag bundle that calls itself `<version>`,
 * so a test can load two versions of the library on one page, as a CMS page sometimes does.
 */
const otherVersionPlugin = {
  name: 'other-version',
  async serve(context) {
    const match = /^\/other-version\/(\d+\.\d+\.\d+)\/(upper-back-surgery(?:\.iife)?\.js)$/.exec(context.path);
    if (!match) return undefined;
    const { version } = JSON.parse(await readFile('package.json', 'utf8'));
    const code = await readFile(`dist/cdn/${match[2]}`, 'utf8');
    return { body: code.replaceAll(`"${version}"`, `"${match[1]}"`), type: 'js' };
  },
};

/**
 * Serves `/element-folders.json`: the tags that have a `src/<tag>/<tag>.component.ts`, so the tests
 * find an element the manifest does not list yet (tests/elements.ts).
 */
const elementFoldersPlugin = {
  name: 'element-folders',
  serve(context) {
    if (context.path !== '/element-folders.json') return undefined;
    const tags = readdirSync('src', { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(`src/${entry.name}/${entry.name}.component.ts`))
      .map((entry) => entry.name);
    return { body: JSON.stringify(tags), type: 'json' };
  },
};

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: true,
  browsers,
  concurrency: 2,
  plugins: [otherVersionPlugin, elementFoldersPlugin, esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' })],
  // UBS_TEST_TIMEOUT_SCALE=3 on a loaded machine (tests/timeouts.mjs); the defaults otherwise.
  testFramework: { config: { timeout: scaled(10000) } },
  browserStartTimeout: scaled(30000),
  testsStartTimeout: scaled(20000),
  // Per test file. The attack suite's every-bad-value file (tests/attack/*.full.ts, `npm run test:attack`)
  // runs thousands of cases, about 125 s in Firefox on a 2-core machine: it gets 10 minutes.
  testsFinishTimeout: scaled(process.argv.some((arg) => arg.includes('.full.')) ? 600000 : 120000),
  // Coverage comes from Chromium (V8); Firefox gives none, silently.
  coverageConfig: {
    include: ['src/**/*.ts'],
    threshold: { lines: 90, statements: 90, functions: 85, branches: 80 },
    report: true,
    reportDir: 'coverage',
  },
};
