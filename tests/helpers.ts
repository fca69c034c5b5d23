/** Records console.warn calls made while `run` executes, and restores console.warn afterwards. */
export async function captureWarnings(run: () => unknown | Promise<unknown>): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
  };
  try {
    await run();
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

/** Seed ids carried by what an element renders (its `data-seeds` attributes). */
export function renderedSeeds(element: Element): Set<string> {
  const seeds = new Set<string>();
  element.shadowRoot?.querySelectorAll('[data-seeds]').forEach((node) => {
    node.getAttribute('data-seeds')!.split(' ').forEach((seed) => seeds.add(seed));
  });
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

type Rendering = Element & { updateComplete?: Promise<boolean> };

/** Waits until an element and every element inside its shadow tree has rendered. */
export async function settled(element: Element): Promise<void> {
  await (element as Rendering).updateComplete;
  for (const root of shadowRoots(element)) {
    await Promise.all([...root.querySelectorAll('*')].map((el) => (el as Rendering).updateComplete));
  }
}
