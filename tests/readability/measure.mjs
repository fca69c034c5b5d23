// Readability of the guide's body text. English: Flesch–Kincaid grade from `text-readability`, a port
// of Python's textstat. Spanish: no npm package has a Spanish formula, so Fernández Huerta is here.
import readability from 'text-readability';

export { bodyText } from './body-text.mjs';

/**
 * The statements as one text. A list item ("Massage") is a unit a reader takes in alone, so each
 * statement ends a sentence: a full stop is added where it has no end mark of its own.
 */
export function asText(statements) {
  return statements.map((s) => s.trim()).map((s) => (/[.!?:]$/.test(s) ? s : `${s}.`)).join(' ');
}

/** The sentences of some statements, each on its own. */
export function sentencesOf(statements) {
  return statements.flatMap((s) => s.split(/(?<=[.!?])\s+/)).map((s) => s.trim()).filter((s) => /\p{L}/u.test(s));
}

/** Words in a text, as text-readability counts them. */
export function wordCount(text) {
  return readability.lexiconCount(text);
}

/** Flesch–Kincaid grade level (US school grade), as textstat computes it. */
export function fleschKincaidGrade(text) {
  return readability.fleschKincaidGrade(text);
}

/**
 * Syllables in a Spanish word: each group of vowels is one syllable (a diphthong: a weak vowel i/u/ü
 * beside another vowel, unaccented), plus one wherever two strong vowels (a, e, o, or an accented í/ú)
 * meet, which splits the group (hiatus: "a-é-re-o", "dí-a").
 */
export function syllablesEs(word) {
  const groups = word.toLowerCase().match(/[aeiouáéíóúü]+/g) ?? [];
  const strong = /[aeoáéóíú]/;
  let count = 0;
  for (const group of groups) {
    count += 1;
    for (let i = 1; i < group.length; i++) if (strong.test(group[i - 1]) && strong.test(group[i])) count += 1;
  }
  return Math.max(1, count);
}

/**
 * Fernández Huerta readability of Spanish text (0–100, higher is easier):
 *
 *   L = 206.84 − 0.60 · P − 1.02 · F
 *
 * P: syllables per 100 words; F: words per sentence. 70–80 is "algo fácil" (fairly easy, about US
 * grade 6–7), 60–70 "normal". Sentences end in . ! ? or a colon (a list's lead-in).
 *
 * Formula: Fernández Huerta J. Medidas sencillas de lecturabilidad. Consigna. 1959;(214):29–32, an
 * adaptation of Flesch's Reading Ease. F is read as words per sentence, as in Flesch's formula: the
 * usual printed form (F = sentences per 100 words) makes shorter sentences score as harder, an error
 * shown by Law G. Error in the Fernandez Huerta Readability Formula. LINGUIST List 22.2332, 2011
 * (https://linguistlist.org/issues/22/22-2332.html); the corrected form is also the one given by
 * legible.es (https://legible.es/blog/lecturabilidad-fernandez-huerta/).
 */
export function fernandezHuerta(text) {
  const sentences = text.split(/[.!?:]+(?:\s|$)/).filter((s) => /\p{L}/u.test(s));
  const words = text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const syllableCount = words.reduce((sum, word) => sum + syllablesEs(word), 0);
  const p = (100 * syllableCount) / words.length;
  const f = words.length / sentences.length;
  return 206.84 - 0.6 * p - 1.02 * f;
}

/**
 * How each language's body text is measured, and the brief's limit: English at or below US grade 6,
 * Spanish "fairly easy" (Fernández Huerta 70) or easier. A new language needs its formula here;
 * tests/readability/languages.test.mjs fails until it has one.
 */
export const READABILITY = {
  en: { measure: 'Flesch–Kincaid grade', score: (statements) => fleschKincaidGrade(asText(statements)), passes: (score) => score <= 6 },
  es: { measure: 'Fernández Huerta', score: (statements) => fernandezHuerta(statements.join(' ')), passes: (score) => score >= 70 },
};
