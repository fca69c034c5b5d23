/** Parses JSON a clinic wrote (settings, text changes). Malformed JSON gives `undefined` and the parse error's message. */
export function parseJson(json: string): { value?: unknown; error?: string } {
  try {
    return { value: JSON.parse(json) as unknown };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
