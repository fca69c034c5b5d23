/** The snippets in a file's text, by name, without their indentation. */
export function snippetsOf(text: string): Record<string, string>;
