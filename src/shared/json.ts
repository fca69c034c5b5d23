/** Parses JSON a clinic wrote (settings, text changes). Malformed JSON gives `undefined` and the parse error's message. */
export function parseJson(json: string): { value?: unknown; error?: string } {
  try {
    return { value: JSON.parse(json) as unknown };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** Whether a parsed JSON value is an object (not `null`, not an array): the shape settings and text changes take. */
export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
