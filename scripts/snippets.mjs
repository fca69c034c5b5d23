// The copy-paste snippets the demo pages hold, between `<!-- snippet:NAME -->` and `<!-- /snippet -->`
// (or `/* snippet:NAME */` and `/* /snippet */` in a script). One reader for the tests that check the
// docs/ guides against the pages and for the Storybook page that shows them.

const MARKER = /(?:<!--|\/\*) snippet:([\w-]+) (?:-->|\*\/)\n([\s\S]*?)\n\s*(?:<!--|\/\*) \/snippet (?:-->|\*\/)/g;

/** Removes the indentation a snippet has inside its page. */
function dedent(text) {
  const lines = text.split('\n');
  const indent = Math.min(...lines.filter((line) => line.trim()).map((line) => /^ */.exec(line)[0].length));
  return lines.map((line) => line.slice(indent)).join('\n').trimEnd();
}

/** The snippets in a file's text, by name, without their indentation. */
export function snippetsOf(text) {
  return Object.fromEntries([...text.matchAll(MARKER)].map((match) => [match[1], dedent(match[2])]));
}
