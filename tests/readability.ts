// Flesch–Kincaid grade level, the measure the content brief asks for (US grade 8 or below).

/** Syllables in an English word, by the usual vowel-group count (good to about ±10%). */
export function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  return Math.max(1, trimmed.match(/[aeiouy]{1,2}/g)?.length ?? 1);
}

/** Flesch–Kincaid grade of a body of text (sentences end in . ! ? or a colon). */
export function fleschKincaidGrade(text: string): number {
  const sentences = text.split(/[.!?:]+(?:\s|$)/).filter((s) => /[a-z]/i.test(s));
  const words = text.match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];
  const syllableCount = words.reduce((sum, word) => sum + syllables(word), 0);
  return 0.39 * (words.length / sentences.length) + 11.8 * (syllableCount / words.length) - 15.59;
}

/** Every string of patient-facing body text under `node` (statements, explanations, steps). */
export function bodyText(node: unknown, key = ''): string[] {
  if (typeof node === 'string') return ['text', 'detail', 'what'].includes(key) ? [node] : [];
  if (Array.isArray(node)) return node.flatMap((item) => bodyText(item));
  if (node && typeof node === 'object') {
    return Object.entries(node).flatMap(([k, v]) => (k === 'sources' || k === 'meta' ? [] : bodyText(v, k)));
  }
  return [];
}

/** Syllables in a Spanish word: vowel groups, split where two strong vowels (or an accented í/ú) meet. */
export function syllablesEs(word: string): number {
  const groups = word.toLowerCase().match(/[aeiouáéíóúü]+/g) ?? [];
  const strong = /[aeoáéóíú]/;
  let count = 0;
  for (const group of groups) {
    count += 1;
    for (let i = 1; i < group.length; i++) if (strong.test(group[i - 1]!) && strong.test(group[i]!)) count += 1;
  }
  return Math.max(1, count);
}

/**
 * Fernández Huerta readability of Spanish text (0–100, higher is easier): 206.84 − 0.60·P − 1.02·F,
 * P syllables per 100 words and F words per sentence (the corrected reading of the formula, as in
 * Flesch's, which it adapts). 70–80 is "fairly easy" (about US grade 7), 60–70 "standard" (8–9).
 */
export function fernandezHuerta(text: string): number {
  const sentences = text.split(/[.!?:]+(?:\s|$)/).filter((s) => /\p{L}/u.test(s));
  const words = text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const syllableCount = words.reduce((sum, word) => sum + syllablesEs(word), 0);
  const p = (100 * syllableCount) / words.length;
  const f = words.length / sentences.length;
  return 206.84 - 0.6 * p - 1.02 * f;
}
