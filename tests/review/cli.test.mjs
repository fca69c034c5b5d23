// The reviewer's sign-off packet, from the built command line (run `npm run build` first).
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { en } from '../../dist/content/en.js';
import { es } from '../../dist/content/es.js';
import { collectEntries, valueAt } from '../../dist/review/collect.js';
import { sources } from '../../dist/content/sources.js';
import { ELEMENTS_WITHOUT_TEXT, GUIDE_ORDER, REVIEWED_ELEMENTS, SHARED_SECTIONS } from '../../dist/review/elements.js';
import { LABELS } from '../../dist/review/labels.js';
import { escape } from '../../dist/review/packet.js';

const CLI = 'dist/review/cli.js';
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const tmp = mkdtempSync(join(tmpdir(), 'ubs-review-'));

/** Runs the command line; returns its exit code, standard output and standard error. */
function run(...args) {
  // Bounded, so a command that reads forever (it once did, on /dev/zero) fails its test instead of hanging the suite.
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 30000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function settingsFile(settings, name = 'settings.json') {
  const file = join(tmp, name);
  writeFileSync(file, typeof settings === 'string' ? settings : JSON.stringify(settings));
  return file;
}

/** Errors the Nu HTML checker finds in a document (Java is on the machines that run the tests). */
function htmlErrors(html) {
  const file = join(tmp, 'check.html');
  writeFileSync(file, html);
  try {
    execFileSync('java', ['-jar', 'node_modules/vnu-jar/build/dist/vnu.jar', '--errors-only', file], { stdio: 'pipe' });
    return '';
  } catch (error) {
    return String(error.stderr);
  }
}

/** Every text the map says an element shows, for one language. */
function mappedStatements(content) {
  return [...REVIEWED_ELEMENTS.flatMap((element) => element.sections), ...SHARED_SECTIONS]
    .filter((path) => path !== 'sources')
    .flatMap((path) => collectEntries(valueAt(content, path), path));
}

/** The HTML of one element's part of the packet. */
function elementPart(html, tag) {
  const start = html.indexOf(`<section class="element" id="${tag}">`);
  assert.ok(start >= 0, `the packet has a part for <${tag}>`);
  return html.slice(start, html.indexOf('</section>', start));
}

for (const [lang, content] of [['en', en], ['es', es]]) {
  describe(`review packet in ${lang}`, () => {
    const args = lang === 'en' ? ['review'] : ['review', '--lang', 'es'];
    const { code, stdout: html, stderr } = run(...args);
    const labels = LABELS[lang];

    it('is one self-contained, valid HTML document in the right language', () => {
      assert.equal(code, 0, stderr);
      assert.match(html, new RegExp(`^<!DOCTYPE html>\\n<html lang="${lang}">`));
      assert.doesNotMatch(html, /<script|<link|<img|<iframe|\ssrc=|@import|url\(/i, 'no scripts and nothing loaded from elsewhere');
      assert.match(html, /<style>[\s\S]*@media print/);
      assert.equal(htmlErrors(html), '');
    });

    it('has the packet labels in its language', () => {
      for (const label of [labels.title, labels.elementsTitle, labels.referencesTitle, labels.signOffTitle, labels.signature]) {
        assert.ok(html.includes(escape(label)), label);
      }
    });

    it('prints every text each element can show, its article points and sources, in the guide order', () => {
      const entries = mappedStatements(content);
      assert.ok(entries.length > 200);
      for (const entry of entries) assert.ok(html.includes(escape(entry.text)), `missing: ${entry.path} ${entry.text}`);
      const positions = ['back-surgery-guide', ...GUIDE_ORDER].map((tag) => html.indexOf(`id="${tag}"`));
      assert.deepEqual([...positions].sort((a, b) => a - b), positions);
      for (const element of REVIEWED_ELEMENTS) {
        assert.ok(elementPart(html, element.tag).includes(escape(element.summary[lang])), `summary of <${element.tag}>`);
      }
      // A statement's article points and its source sit with it; the source points to its full citation,
      // which the packet prints once, in the references.
      const compare = elementPart(html, 'procedure-compare');
      const traced = content.comparison.evidence.find((statement) => statement.sources?.includes('jaaosLaser'));
      const at = compare.indexOf(escape(traced.text));
      const item = compare.slice(at, compare.indexOf('</ul>', at));
      assert.ok(item.includes('href="#ref-jaaosLaser"'));
      assert.ok(item.includes(escape(sources.jaaosLaser.publisher)));
      assert.equal(html.split(escape(sources.jaaosLaser.citation)).length - 1, 1, 'the full citation is printed once');
      const reference = html.slice(html.indexOf('id="ref-jaaosLaser"'), html.indexOf('</li>', html.indexOf('id="ref-jaaosLaser"')));
      assert.ok(reference.includes(escape(sources.jaaosLaser.title)));
      assert.ok(reference.includes(escape(`doi:${sources.jaaosLaser.doi}`)));
      // No doubled punctuation anywhere in the packet's citations (".." or ". .").
      assert.doesNotMatch(html.slice(html.indexOf('id="references"')), /\.\s*\.(?!\.)/);
      const overview = elementPart(html, 'surgery-overview');
      const afterWhatItIs = overview.slice(overview.indexOf(escape(content.overview.whatItIs.text)));
      assert.match(afterWhatItIs.slice(0, afterWhatItIs.indexOf('</li>')), /S1\b/);
    });

    it('lists every source in the references, and signs off this version and content date', () => {
      const references = html.slice(html.indexOf('id="references"'), html.indexOf('id="sign-off"'));
      for (const source of Object.values(sources)) {
        assert.ok(references.includes(escape(source.title)), source.title);
        if (source.url) assert.ok(references.includes(escape(source.url)), source.url);
      }
      const signOff = html.slice(html.indexOf('id="sign-off"'));
      assert.ok(signOff.includes(escape(labels.reviewedVersion(pkg.version, content.meta.lastReviewed))));
      assert.ok(signOff.includes(escape(labels.reviewerName)) && signOff.includes(escape(labels.credentials)) && signOff.includes(escape(labels.date)));
      assert.ok(html.includes(escape(labels.noChanges)));
    });

    it('is what the build wrote to dist/review', () => {
      assert.equal(readFileSync(`dist/review/${lang}.html`, 'utf8'), html);
    });
  });
}

describe('review packet with a clinic\'s settings', () => {
  const infection = en.risks.items.find((risk) => risk.id === 'infection');
  const settings = {
    clinicName: 'Harbour Spine Clinic',
    phone: '+1 555 010 0100',
    bookingUrl: 'https://harbour.example/book',
    email: 'not an email',
    reviewerName: 'Dr. Ana Reyes',
    reviewerCredentials: 'MD, orthopaedic surgeon',
    accent: '#123456',
    content: {
      en: {
        overview: { whatItIs: { text: 'Our surgeons explain the operation at your first visit.' }, hardware: { sources: ['clinicAudit'] } },
        risks: { items: [{ id: 'infection', detail: 'Our infection rate is published each year.' }, { id: 'clinic-risk', name: 'A clinic risk', detail: 'A risk the clinic adds.', common: false }] },
        recovery: { timeline: [{ when: 'Day 1', what: 'You go home.' }] },
        faq: { nope: 'x' },
      },
      'es-MX': { overview: { whatItIs: { text: 'Nuestros cirujanos le explican la operación.' } } },
    },
  };
  const { code, stdout: html, stderr } = run('review', '--settings', settingsFile(settings));

  it('applies the clinic\'s text changes and marks them as the clinic\'s, with the original struck', () => {
    assert.equal(code, 0);
    const overview = elementPart(html, 'surgery-overview');
    assert.ok(overview.includes(`<span class="badge">Clinic&#39;s text</span><ins>Our surgeons explain the operation at your first visit.</ins>`));
    assert.ok(overview.includes(`<del>${escape(en.overview.whatItIs.text)}</del>`));
    // A source the guide does not list is shown by its name, for the reviewer to query.
    const hardware = overview.slice(overview.indexOf(escape(en.overview.hardware.text)));
    assert.match(hardware.slice(0, hardware.indexOf('</ul>')), /<li>clinicAudit<\/li>/);
    const risks = elementPart(html, 'risk-list');
    assert.ok(risks.includes(`<ins>Our infection rate is published each year.</ins>`));
    assert.ok(risks.includes(`<del>${escape(infection.detail)}</del>`));
    assert.ok(risks.includes(`<span class="badge">Added by the clinic</span><ins>A risk the clinic adds.</ins>`));
    // Unchanged text carries no mark.
    const bleeding = en.risks.items.find((risk) => risk.id === 'bleeding').detail;
    assert.ok(risks.includes(`<p class="text">${escape(bleeding)}</p>`));
    // A replaced list: what the clinic removed is shown struck, as removed.
    const recovery = elementPart(html, 'recovery-tips');
    assert.ok(recovery.includes('<ins>You go home.</ins>'));
    assert.ok(recovery.includes(`<span class="badge">Removed by the clinic</span><del>${escape(en.recovery.timeline[1].what)}</del>`));
    assert.match(html, /The clinic changed \d+ texts/);
  });

  it('lists the invalid changes it left out, in the packet and on standard error', () => {
    assert.match(stderr, /faq\.nope/);
    assert.match(html.slice(html.indexOf('id="settings"'), html.indexOf('id="elements"')), /<code>faq\.nope<\/code>/);
  });

  it('lists the settings readers see, flags invalid ones, and puts the reviewer in the sign-off', () => {
    const part = html.slice(html.indexOf('id="settings"'), html.indexOf('id="elements"'));
    for (const value of ['Harbour Spine Clinic', '+1 555 010 0100', 'https://harbour.example/book', 'Dr. Ana Reyes', 'MD, orthopaedic surgeon']) {
      assert.ok(part.includes(escape(value)), value);
    }
    assert.ok(part.includes('not an email <span class="invalid">'));
    assert.ok(!part.includes('#123456'), 'colours do not change what readers read');
    const signOff = html.slice(html.indexOf('id="sign-off"'));
    assert.ok(signOff.includes('<span>Dr. Ana Reyes</span>') && signOff.includes('<span>MD, orthopaedic surgeon</span>'));
  });

  it('applies the changes for the packet\'s language only', () => {
    const spanish = run('review', '--lang', 'es-MX', '--settings', settingsFile(settings)).stdout;
    assert.match(spanish, /<html lang="es">/);
    assert.ok(spanish.includes('<ins>Nuestros cirujanos le explican la operación.</ins>'));
    assert.ok(!spanish.includes('Our surgeons'));
    assert.ok(spanish.includes('Texto de la clínica'));
  });
});

describe('review packet with hostile settings', () => {
  const hostile = '<script>alert(1)</script>"><img src=x onerror=alert(1)>';
  const settings = {
    clinicName: hostile,
    reviewerName: hostile,
    phone: hostile,
    content: { en: { risks: { items: [{ id: 'infection', name: hostile, detail: hostile }] }, sources: { evil: { title: hostile, publisher: hostile, url: 'javascript:alert(1)' } } } },
  };
  const { code, stdout: html } = run('review', '--settings', settingsFile(settings));

  it('prints them as text: no markup of theirs, still valid HTML', () => {
    assert.equal(code, 0);
    assert.doesNotMatch(html, /<script|<img|javascript:alert/i);
    assert.ok(html.includes(escape(hostile)));
    assert.ok(html.split(escape(hostile)).length > 4, 'the hostile value is shown, escaped, wherever it is used');
    assert.equal(htmlErrors(html), '');
  });
});

describe('review command line arguments', () => {
  const bad = {
    'no command': [],
    'an unknown command': ['publish'],
    'an unknown option': ['review', '--colour', 'red'],
    'a language the guide does not have': ['review', '--lang', 'fr'],
    'an option without its value': ['review', '--settings'],
    'a settings file that does not exist': ['review', '--settings', join(tmp, 'missing.json')],
    'a settings file that is not JSON': ['review', '--settings', settingsFile('{ clinicName: ', 'broken.json')],
    'a settings file that is not an object': ['review', '--settings', settingsFile('[1, 2]', 'array.json')],
    'a settings file over 1 MB': ['render', 'risk-list', '--settings', settingsFile(JSON.stringify({ clinicName: 'x'.repeat(1024 * 1024) }), 'big.json')],
    // Endless: read up to the limit, then refused (it used to be read until the process was killed).
    'a settings file that never ends (/dev/zero)': ['render', 'risk-list', '--settings', '/dev/zero'],
    'a folder as the settings file': ['review', '--settings', tmp],
    'stylesheets from a javascript: address': ['render', 'risk-list', '--styles', 'stylesheets=java\tscript:alert(1)//'],
  };
  for (const [what, args] of Object.entries(bad)) {
    it(`exits with code 2 and says why on ${what}`, () => {
      const { code, stdout, stderr } = run(...args);
      assert.equal(code, 2);
      assert.equal(stdout, '');
      assert.match(stderr, /^upper-back-surgery-elements: .+\nRun with --help for usage\.\n$/);
    });
  }

  it('never quotes a file it cannot read as settings (it may be pointed at any file, its messages shown to anyone)', () => {
    const secret = settingsFile('root:$6$secret-hash:20202:0:99999:7:::\n', 'shadow');
    const { code, stderr } = run('render', 'risk-list', '--settings', secret);
    assert.equal(code, 2);
    assert.doesNotMatch(stderr, /root|secret-hash|20202/);
  });

  it('reads a settings file saved with a byte-order mark (Windows Notepad)', () => {
    const file = settingsFile(`\uFEFF${JSON.stringify({ clinicName: 'Notepad Spine Clinic' })}`, 'bom.json');
    const review = run('review', '--settings', file);
    assert.equal(review.code, 0, review.stderr);
    assert.ok(review.stdout.includes('Notepad Spine Clinic'));
    const render = run('render', 'second-opinion', '--settings', file, '--attr', 'phone=555 010 0100');
    assert.equal(render.code, 0, render.stderr);
    assert.ok(render.stdout.includes('Notepad Spine Clinic'));
  });

  it('explains itself with --help', () => {
    const { code, stdout } = run('--help');
    assert.equal(code, 0);
    assert.match(stdout, /^Usage: upper-back-surgery-elements review \[--lang en\|es\] \[--settings page-settings\.json\]/);
  });

  it('is the package\'s command', () => {
    assert.deepEqual(pkg.bin, { 'upper-back-surgery-elements': CLI });
    assert.match(readFileSync(CLI, 'utf8'), /^#!\/usr\/bin\/env node\n/);
  });
});

describe('the map of what each element shows', () => {
  it('covers every part of the content', () => {
    const mapped = new Set([...REVIEWED_ELEMENTS.flatMap((element) => element.sections), ...SHARED_SECTIONS].map((path) => path.split('.')[0]));
    const unmapped = Object.keys(en).filter((key) => !['lang', 'meta'].includes(key) && !mapped.has(key));
    assert.deepEqual(unmapped, []);
    const disclaimers = REVIEWED_ELEMENTS.flatMap((element) => element.sections).filter((path) => path.startsWith('disclaimer.'));
    assert.deepEqual([...new Set(disclaimers)].sort(), Object.keys(en.disclaimer).map((key) => `disclaimer.${key}`).sort());
  });

  it('has every element of the manifest, with its summary', () => {
    const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
    const declared = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);
    for (const { tagName, summary } of declared) {
      if (ELEMENTS_WITHOUT_TEXT.includes(tagName)) continue;
      const element = REVIEWED_ELEMENTS.find((candidate) => candidate.tag === tagName);
      assert.ok(element, `<${tagName}> is in the map`);
      assert.equal(element.summary.en, summary);
    }
    assert.equal(REVIEWED_ELEMENTS.length + ELEMENTS_WITHOUT_TEXT.length, declared.length);
  });
});
