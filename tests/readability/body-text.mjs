// Shared by the readability measures (Node) and the content tests (browser).

/** Every string of patient-facing body text under `node` (statements, explanations, steps). */
export function bodyText(node, key = '') {
  if (typeof node === 'string') return ['text', 'detail', 'what'].includes(key) ? [node] : [];
  if (Array.isArray(node)) return node.flatMap((item) => bodyText(item));
  if (node && typeof node === 'object') {
    return Object.entries(node).flatMap(([k, v]) => (k === 'sources' || k === 'meta' ? [] : bodyText(v, k)));
  }
  return [];
}
