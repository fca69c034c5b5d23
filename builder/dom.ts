/** Builds an element: attributes set with setAttribute (never markup), children as nodes or plain text. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | boolean | undefined> = {},
  ...children: (Node | string | undefined | false)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) element.setAttribute(name, '');
    else if (typeof value === 'string') element.setAttribute(name, value);
  }
  for (const child of children) if (child !== undefined && child !== false) element.append(child);
  return element;
}

/** Text with `code spans` (as the manifest writes its descriptions) shown as <code>, all as text nodes. */
export function withCode(text: string): Node[] {
  return text.split(/`([^`]*)`/).map((piece, index) => (index % 2 ? h('code', {}, piece) : document.createTextNode(piece)));
}
