/**
 * `document[name]` as the browser defines it. An element with a `name` (`<img name="querySelectorAll">`,
 * `<form name="head">`) replaces the property of that name on `document` (DOM clobbering); the
 * prototype chain's getter or method, read with `document` as receiver, is the browser's own.
 * Methods still need `.call(document, …)`.
 */
export const fromPage = <K extends keyof Document>(name: K): Document[K] => Reflect.get(Document.prototype, name, document) as Document[K];

/**
 * `document.createElement` as the browser defines it, past markup that clobbers it
 * (`<img name="createElement">` makes `document.createElement` that image).
 */
export function createElement<K extends keyof HTMLElementTagNameMap>(tag: K): HTMLElementTagNameMap[K];
export function createElement(tag: string): HTMLElement;
export function createElement(tag: string): HTMLElement {
  return fromPage('createElement').call(document, tag);
}

/**
 * Resolves after the page's next paint (a frame, then a task), for work the first paint need not wait
 * for; at once in a hidden tab, which paints nothing and runs no frames.
 */
export const afterPaint = (): Promise<void> =>
  new Promise((painted) => (fromPage('visibilityState') === 'hidden' ? painted() : requestAnimationFrame(() => setTimeout(painted))));
