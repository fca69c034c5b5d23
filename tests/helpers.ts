import { en } from '../src/content/en.js';
import type { GuideContent } from '../src/content/types.js';
/**
 * Records console.warn calls made while `run` executes, and restores console.warn afterwards. `run`
 * gets the list as it fills, to wait for a warning that comes later (a chunk loading).
 */
export async function captureWarnings(run: (warnings: readonly string[]) => unknown | Promise<unknown>): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
  };
  try {
    await run(warnings);
  } finally {
    console.warn = original;
  }
  return warnings;
}

/** Text a reader sees in an element's shadow root, whitespace collapsed. */
export function shadowText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Tag names of the headings inside an element's shadow root, in order (e.g. `['h2', 'h3']`). */
export function headingTags(element: Element): string[] {
  return [...(element.shadowRoot?.querySelectorAll('h1, h2, h3, h4, h5, h6') ?? [])].map((h) => h.localName);
}

/** The fields of a content item that carry its words (the rest are ids, sources and the like). */
const WORD_FIELDS = ['text', 'question', 'name', 'title', 'detail', 'what', 'body'];

/**
 * The article points (S1–S20) an element shows: a content item that carries `seeds` counts as shown
 * when its own words are in the element's text (its shadow root and those of the elements it shows).
 * Read from the text a reader gets, not from markers in the markup, which the elements do not render.
 */
export function renderedSeeds(element: Element, content: GuideContent = en): Set<string> {
  const text = shadowRoots(element)
    .map((root) => root.textContent)
    .join(' ')
    .replace(/\s+/g, ' ');
  // Placeholders ({emergency}, {clinic}…) are filled in on the page: every piece around them must be there.
  const shows = (words: string) =>
    words
      .split(/\{\w+\}/)
      .map((piece) => piece.replace(/\s+/g, ' ').trim())
      .every((piece) => text.includes(piece));
  const seeds = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    const item = node as Record<string, unknown>;
    const words = WORD_FIELDS.map((field) => item[field]).filter((value): value is string => typeof value === 'string');
    if (Array.isArray(item.seeds) && words.length > 0 && words.some(shows)) item.seeds.forEach((seed) => seeds.add(String(seed)));
    Object.values(item).forEach(visit);
  };
  visit(content);
  return seeds;
}

/** The usual script-injection payloads, to feed to attributes. */
export const hostileStrings = [
  '<img src=x onerror="window.__pwned=1">',
  '"><script>window.__pwned=1</script>',
  'javascript:window.__pwned=1',
  '<svg onload="window.__pwned=1"></svg>',
  '</table><b>broken',
];

/** Every shadow root inside an element, depth first (an element's and those of the elements it shows). */
export function shadowRoots(element: Element): ShadowRoot[] {
  const root = element.shadowRoot;
  if (!root) return [];
  return [root, ...[...root.querySelectorAll('*')].flatMap(shadowRoots)];
}

/** Loads a script the way a pasted snippet does, and resolves when it has run. */
export function addScript(src: string, module = false): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    if (module) script.type = 'module';
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

/** Heading tags in reading order across nested shadow roots (the guide's sections are elements of their own). */
export function headingOutline(element: Element): string[] {
  const walk = (node: ParentNode): string[] =>
    [...node.children].flatMap((child) => [
      ...(/^h[1-6]$/.test(child.localName) ? [child.localName] : []),
      ...(child.shadowRoot ? walk(child.shadowRoot) : []),
      ...walk(child),
    ]);
  return walk(element.shadowRoot!);
}

type Rendering = Element & { updateComplete?: Promise<boolean>; isUpdatePending?: boolean };

/**
 * Waits until an element and every element in its shadow trees (the guide's sections, nested ones
 * too) has rendered with no update pending. It looks again after each round, as a render can add
 * elements or lead to another (a chunk arriving, the page's settings read in a later task), and gives
 * up after 20 rounds, leaving the test's own assertions to say what is missing.
 */
export async function settled(element: Element): Promise<void> {
  for (let round = 0; round < 20; round++) {
    const hosts = [element, ...shadowRoots(element).map((root) => root.host)] as Rendering[];
    await Promise.all(hosts.map((host) => host.updateComplete));
    const now = [element, ...shadowRoots(element).map((root) => root.host)] as Rendering[];
    if (now.length === hosts.length && now.every((host) => !host.isUpdatePending)) return;
    await new Promise((resolve) => setTimeout(resolve));
  }
}

/** An element as a short text for a failure message: `section[part="result"]`, `input[name="recurring"][value="yes"]`. */
export function describeNode(node: Element | null | undefined): string {
  if (!node) return String(node);
  const attributes = ['id', 'part', 'name', 'value'].filter((name) => node.hasAttribute(name)).map((name) => `[${name}="${node.getAttribute(name)}"]`);
  return `${node.localName}${attributes.join('')}`;
}

/**
 * Whether two nodes are the same one, as a boolean with a message that names both. Assert on this, not
 * on the elements: a failing assertion whose actual value is an element makes web-test-runner hang
 * while it serialises the element, until the whole run times out.
 */
export function sameNode(actual: Element | null | undefined, expected: Element | null | undefined): [boolean, string] {
  return [actual === expected, `${describeNode(actual)}, expected ${describeNode(expected)}`];
}
