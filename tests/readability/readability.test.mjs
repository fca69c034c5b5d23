// How easy the guide's body text is to read, measured on the built content (run `npm run build` first).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { en } from '../../dist/content/en.js';
import { es } from '../../dist/content/es.js';
import { asText, bodyText, fernandezHuerta, fleschKincaidGrade, sentencesOf, syllablesEs, wordCount } from './measure.mjs';

/** The brief's limits: English at or below US grade 6, Spanish "fairly easy" or easier. */
const MAX_GRADE_EN = 6;
const MIN_FERNANDEZ_HUERTA_ES = 70;

describe('readability of the English text (Flesch–Kincaid, text-readability)', () => {
  it(`reads at or below US grade ${MAX_GRADE_EN}`, (t) => {
    const statements = bodyText(en);
    const grade = fleschKincaidGrade(asText(statements));
    // Sentences of a few words hardly move the average, whatever their grade alone: list the longer ones.
    const hardest = sentencesOf(statements)
      .filter((sentence) => wordCount(sentence) >= 8)
      .map((sentence) => ({ sentence, grade: fleschKincaidGrade(sentence) }))
      .sort((a, b) => b.grade - a.grade)
      .slice(0, 5);
    t.diagnostic(`English body text: Flesch–Kincaid grade ${grade} (limit ${MAX_GRADE_EN}), ${statements.length} statements`);
    for (const { sentence, grade: g } of hardest) t.diagnostic(`  hardest sentence (grade ${g}): ${sentence}`);
    assert.ok(grade > 1, 'the measure is working on real text');
    assert.ok(grade <= MAX_GRADE_EN, `grade ${grade} is above ${MAX_GRADE_EN}`);
  });

  it('grades easy and hard text as expected', () => {
    assert.ok(fleschKincaidGrade('The cat sat on the mat. The dog ran to the park.') < 2);
    assert.ok(
      fleschKincaidGrade('Comprehensive interdisciplinary rehabilitation necessitates individualised physiotherapeutic interventions.') > 16,
    );
  });
});

describe('readability of the Spanish text (Fernández Huerta)', () => {
  it(`scores at least ${MIN_FERNANDEZ_HUERTA_ES} ("algo fácil", fairly easy)`, (t) => {
    const score = fernandezHuerta(bodyText(es).join(' '));
    t.diagnostic(`Spanish body text: Fernández Huerta ${score.toFixed(1)} (minimum ${MIN_FERNANDEZ_HUERTA_ES})`);
    assert.ok(score < 100, 'the measure is working on real text');
    assert.ok(score >= MIN_FERNANDEZ_HUERTA_ES, `score ${score.toFixed(1)} is below ${MIN_FERNANDEZ_HUERTA_ES}`);
  });

  it('counts Spanish syllables and scores text as expected', () => {
    assert.deepEqual(['casa', 'día', 'cuidado', 'cirugía', 'recuperación', 'aéreo'].map(syllablesEs), [2, 2, 3, 4, 5, 4]);
    assert.ok(fernandezHuerta('El gato come. El perro corre.') > 90);
    assert.ok(fernandezHuerta('La rehabilitación interdisciplinaria comprehensiva necesita intervenciones fisioterapéuticas individualizadas.') < 30);
  });
});

describe('readability of the definitions of medical words', () => {
  const definitions = (content, is) => content.terms.map((term) => `${term.term} ${is} ${term.definition}.`).join(' ');

  it(`read at or below US grade ${MAX_GRADE_EN} in English and Fernández Huerta ${MIN_FERNANDEZ_HUERTA_ES}+ in Spanish`, (t) => {
    const grade = fleschKincaidGrade(definitions(en, 'is'));
    const score = fernandezHuerta(definitions(es, 'es'));
    t.diagnostic(`definitions: English grade ${grade}, Spanish Fernández Huerta ${score.toFixed(1)}`);
    assert.ok(grade <= MAX_GRADE_EN, `grade ${grade} is above ${MAX_GRADE_EN}`);
    assert.ok(score >= MIN_FERNANDEZ_HUERTA_ES, `score ${score.toFixed(1)} is below ${MIN_FERNANDEZ_HUERTA_ES}`);
  });
});

describe('readability of the key points at the top of the guide', () => {
  it(`read at or below US grade ${MAX_GRADE_EN} in English and Fernández Huerta ${MIN_FERNANDEZ_HUERTA_ES}+ in Spanish, each line too`, (t) => {
    const lines = (content) => content.keyPoints.points.map((point) => point.text.replace('{emergency}', content.references.emergencyNumber));
    const grade = fleschKincaidGrade(lines(en).join(' '));
    const score = fernandezHuerta(lines(es).join(' '));
    t.diagnostic(`key points: English grade ${grade}, Spanish Fernández Huerta ${score.toFixed(1)}`);
    assert.ok(grade <= MAX_GRADE_EN, `grade ${grade} is above ${MAX_GRADE_EN}`);
    assert.ok(score >= MIN_FERNANDEZ_HUERTA_ES, `score ${score.toFixed(1)} is below ${MIN_FERNANDEZ_HUERTA_ES}`);
    for (const line of lines(en)) assert.ok(fleschKincaidGrade(line) <= 8, `"${line}" reads at grade ${fleschKincaidGrade(line)}`);
  });
});
