// Everything that must exist once per language follows the list of languages (src/shared/i18n/languages.ts):
// a language added there and missing from one of these fails here, naming the file to change.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { loadLanguage } from '../../dist/shared/i18n/languages.js';
import { languageChunk, languages } from '../../scripts/languages.mjs';
import { bodyText, READABILITY } from './measure.mjs';

describe('every language', () => {
  it('finds the languages in the build', () => {
    assert.ok(languages().length >= 2, 'the list of languages is empty or lost Spanish');
  });

  for (const language of languages()) {
    describe(language, () => {
      it('has its readability measured against the brief', async () => {
        const readability = READABILITY[language];
        assert.ok(readability, `no readability formula for "${language}": add one to READABILITY in tests/readability/measure.mjs`);
        const score = readability.score(bodyText(await loadLanguage(language)));
        assert.ok(readability.passes(score), `${language}: ${readability.measure} ${score.toFixed(1)} misses the brief's limit`);
      });

      it('is offered by the demo page\'s language switcher', () => {
        assert.match(readFileSync('demo/index.html', 'utf8'), new RegExp(`<option value="${language}">`), `demo/index.html: add <option value="${language}"> to the language switcher`);
      });

      it('has a reviewer\'s packet and, unless English, a script-tag file of its own', () => {
        assert.ok(existsSync(`dist/review/${language}.html`), `dist/review/${language}.html not built: add it to "build:review" in package.json`);
        const chunk = languageChunk(language);
        if (chunk) assert.ok(existsSync(chunk), `${chunk} not built: load the language with import() in src/shared/i18n/languages.ts`);
      });
    });
  }
});
