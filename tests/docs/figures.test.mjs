// The README and the pages of docs/ state sizes in prose ("the script-tag bundle: 38.2 KB gzip"). Those
// figures must be the measured ones: each must equal its row of the table `npm run size -- --readme`
// writes into docs/performance.md, so a stale figure (the README once said 27.9 KB beside a table that
// said 31.2) fails here. And every relative link in those files must lead to a file, and to a heading
// of it, that exist: the docs moved out of the README, and their links with them.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, it } from 'node:test';

const ROOT = resolve(import.meta.dirname, '../..');
const FILES = ['README.md', 'CONTRIBUTING.md', ...readdirSync(join(ROOT, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];
const read = (file) => readFileSync(join(ROOT, file), 'utf8');

/** The size table between docs/performance.md's size markers: gzip, brotli and budget in KB by output (the esbuild row, a measurement of another bundler, left out). */
export function sizeTable(markdown) {
  const block = /<!-- size:start -->([\s\S]*?)<!-- size:end -->/.exec(markdown)?.[1];
  if (!block) throw new Error('no <!-- size:start --> … <!-- size:end --> table');
  const lines = block.split('\n').filter((line) => line.startsWith('|'));
  const cells = (line) => line.split('|').slice(1, -1).map((cell) => cell.trim());
  const header = cells(lines[0]);
  const [gzipColumn, budgetColumn, brotliColumn] = [header.indexOf('gzip'), header.indexOf('budget'), header.indexOf('brotli')];
  const rows = new Map();
  for (const line of lines.slice(2)) {
    const row = cells(line);
    if (/esbuild/.test(row[0])) continue;
    const kb = (cell) => (/^([\d.]+) KB$/.exec(cell ?? '') ? Number.parseFloat(cell) : undefined);
    rows.set(/`([^`]+)`/.exec(row[0])[1], { gzip: kb(row[gzipColumn]), budget: kb(row[budgetColumn]), brotli: brotliColumn < 0 ? undefined : kb(row[brotliColumn]) });
  }
  return rows;
}

/**
 * What a figure is about, by the words nearest to it: each subject's words, and the table rows whose gzip
 * size (or budget) the figure must be. "One element" is an npm element entry with Lit, not the whole guide
 * (`<back-surgery-guide>` carries every element) nor `<ubs-settings>` (it shows no text).
 */
function subjects(table, column = 'gzip') {
  const gzip = (...files) => files.map((file) => table.get(file)?.[column]);
  const oneElement = [...table.keys()].filter((file) => /^dist\/([\w-]+)\/\1\.js$/.test(file) && !/back-surgery-guide|ubs-settings/.test(file));
  return [
    { name: 'the ES module bundle', words: /upper-back-surgery\.js\b/g, values: gzip('dist/cdn/upper-back-surgery.js') },
    { name: 'the classic bundle', words: /upper-back-surgery\.iife\.js|classic bundle/g, values: gzip('dist/cdn/upper-back-surgery.iife.js') },
    { name: 'a script-tag bundle', words: /script-tag bundle|in one file/g, values: gzip('dist/cdn/upper-back-surgery.js', 'dist/cdn/upper-back-surgery.iife.js') },
    { name: 'every element from npm', words: /all of them|`dist\/index\.js`/g, values: gzip('dist/index.js', 'dist/cdn/upper-back-surgery.js', 'dist/cdn/upper-back-surgery.iife.js') },
    { name: 'one element from npm', words: /one (?:npm )?element/gi, values: gzip(...oneElement), range: true },
    { name: 'the Spanish file', words: /Spanish|upper-back-surgery-es\.js/g, values: gzip('dist/cdn/upper-back-surgery-es.js') },
    { name: 'the bibliography', words: /bibliography|list of sources|upper-back-surgery-sources\.js/g, values: gzip('dist/cdn/upper-back-surgery-sources.js') },
    { name: 'the text-change engine', words: /text-change engine|upper-back-surgery-content-overrides\.js/g, values: gzip('dist/cdn/upper-back-surgery-content-overrides.js') },
    { name: 'the late loader', words: /upper-back-surgery-late\.js|\bloader\b/g, values: gzip('dist/cdn/upper-back-surgery-late.js') },
    // "a budget of 38.5 KB": the word comes first.
    { name: 'a budget', words: /budget/g, values: [...table.values()].map((row) => row.budget), before: true },
  ].map((subject) => ({ ...subject, values: subject.values.filter((value) => value !== undefined) }));
}

/** A subject's words count for a figure at most this many characters away from it. */
const NEAR = 50;

/**
 * Every size figure in the prose of `markdown` that is about a subject, with what it should be. Generated
 * blocks and code are left out; so are sentences about memory (heap), about targets not met ("asks for"),
 * about the single paste, whose size `npm run release` reports, and about esbuild (neither is in the table).
 */
export function claims(markdown, table) {
  const prose = markdown
    .replace(/<!-- (size|bench):start -->[\s\S]*?<!-- \1:end -->/g, '')
    .replace(/```[\s\S]*?```/g, '');
  // Sentences and clauses: a full stop before a space (not the one in 38.2), a semicolon, a table cell,
  // a blank line or a list item.
  const pieces = prose.split(/(?<=\.)\s+|;|\||\n\s*\n|\n\s*- /);
  const found = [];
  for (const piece of pieces) {
    if (/heap|asks for|target|single paste|esbuild/i.test(piece)) continue;
    for (const figure of piece.matchAll(/(\d+(?:\.\d+)?)(?:\s*[–-]\s*(\d+(?:\.\d+)?))?\s*KB\b/g)) {
      const [start, end] = [figure.index, figure.index + figure[0].length];
      let nearest;
      // "33.7 KB brotli" is a brotli size; any other, gzip.
      for (const subject of subjects(table, /^\s*brotli/.test(piece.slice(end)) ? 'brotli' : 'gzip')) {
        for (const word of piece.matchAll(subject.words)) {
          if (subject.before && word.index >= end) continue;
          const distance = word.index >= end ? word.index - end : Math.max(0, start - (word.index + word[0].length));
          if (distance <= NEAR && (!nearest || distance < nearest.distance)) nearest = { subject, distance };
        }
      }
      if (!nearest) continue;
      const { subject } = nearest;
      const stated = figure[2] ? `${figure[1]}–${figure[2]}` : figure[1];
      const low = Math.min(...subject.values).toFixed(1);
      const high = Math.max(...subject.values).toFixed(1);
      // A whole number ("about 12 KB") is a rounded figure: it must be the table's, rounded.
      const same = (text, value) => (text.includes('.') ? Number.parseFloat(text).toFixed(1) === value.toFixed(1) : Number(text) === Math.round(value));
      const holds = figure[2]
        ? subject.range && same(figure[1], Number(low)) && same(figure[2], Number(high))
        : subject.values.some((value) => same(figure[1], value));
      const expected = subject.range ? `${low}–${high} KB (or one of them)` : [...new Set(subject.values.map((value) => `${value.toFixed(1)} KB`))].join(' or ');
      found.push({ text: piece.trim().replace(/\s+/g, ' '), stated: `${stated} KB`, subject: subject.name, expected, holds });
    }
  }
  return found;
}

/** GitHub's id for a heading: lower case, punctuation dropped, spaces as hyphens. */
const slug = (heading) => heading.toLowerCase().replace(/<[^>]+>|`/g, '').replace(/[^\p{L}\p{N}\s_-]/gu, '').trim().replace(/\s/g, '-');
/** The ids a markdown file offers to links: its headings' and its explicit `<a id>`s. */
const anchorsOf = (markdown) =>
  new Set([
    ...[...markdown.replace(/```[\s\S]*?```/g, '').matchAll(/^#{1,6} (.+)$/gm)].map(([, heading]) => slug(heading)),
    ...[...markdown.matchAll(/<a id="([^"]+)"/g)].map(([, id]) => id),
  ]);

describe('figures and links in the README and docs/', () => {
  const table = sizeTable(read('docs/performance.md'));

  it('reads the size table that npm run size -- --readme writes', () => {
    assert.ok(table.get('dist/cdn/upper-back-surgery.iife.js')?.gzip > 0, 'the classic bundle has a gzip size');
    assert.ok(table.get('dist/cdn/upper-back-surgery-es.js')?.gzip > 0, 'the Spanish file has a gzip size');
    assert.ok([...table.keys()].filter((file) => /^dist\/([\w-]+)\/\1\.js$/.test(file)).length >= 10, 'one row per element');
  });

  it('finds the figures the README states about the bundle, one element and the Spanish file', () => {
    const subjectsFound = new Set(claims(read('README.md'), table).map((claim) => claim.subject));
    for (const subject of ['the classic bundle', 'one element from npm', 'the Spanish file']) assert.ok(subjectsFound.has(subject), `README states ${subject}`);
  });

  it('shows every guide in docs/ as a Storybook docs page, whose id is the file name its links use', () => {
    const guides = FILES.filter((file) => file.startsWith('docs/') && file !== 'docs/mutation-report.md');
    for (const guide of guides) {
      const name = guide.slice('docs/'.length, -'.md'.length);
      const page = join(ROOT, `stories/docs/${name}.mdx`);
      assert.ok(existsSync(page), `stories/docs/${name}.mdx shows ${guide}`);
      const mdx = readFileSync(page, 'utf8');
      assert.ok(mdx.includes(`'../../docs/${name}.md?raw'`), `stories/docs/${name}.mdx imports ${guide}`);
      // Storybook's id for a title: lower case, anything else a hyphen (stories/docs/markdown.ts links by it).
      const title = /<Meta title="Docs\/([^"]+)"/.exec(mdx)?.[1] ?? '';
      assert.equal(title.toLowerCase().replace(/[^a-z0-9]+/g, '-'), name, `${guide}'s page title`);
    }
  });

  for (const file of FILES) {
    it(`${file}: every size it states is the one in docs/performance.md's table`, () => {
      const wrong = claims(read(file), table).filter((claim) => !claim.holds);
      assert.deepEqual(
        wrong.map((claim) => `${claim.stated} for ${claim.subject}, the table says ${claim.expected}: "${claim.text}"`),
        [],
      );
    });

    it(`${file}: every relative link leads to a file and heading that exist`, () => {
      const markdown = read(file);
      const broken = [];
      for (const [, target] of markdown.replace(/```[\s\S]*?```/g, '').matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:|^\?/.test(target)) continue; // https:, mailto:, Storybook's ?path=
        const [path, hash] = target.split('#');
        const linked = path ? resolve(dirname(join(ROOT, file)), path) : join(ROOT, file);
        if (!existsSync(linked)) broken.push(`${target}: no such file`);
        else if (hash && linked.endsWith('.md') && !anchorsOf(readFileSync(linked, 'utf8')).has(hash)) broken.push(`${target}: no such heading`);
      }
      assert.deepEqual(broken, []);
    });
  }
});
