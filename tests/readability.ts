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
