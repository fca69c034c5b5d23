/** Every string of patient-facing body text under `node` (statements, explanations, steps). */
export function bodyText(node: unknown, key?: string): string[];
