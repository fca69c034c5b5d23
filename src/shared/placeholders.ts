import { claimPlaceholders, isOurs } from './define.js';
import { createElement, fromPage } from './dom.js';
import { CLINIC_ATTRIBUTES, readPageSettings, settingsAreFinal } from './page-settings.js';
import { cut, warnPage } from './warn.js';

const SELECTOR = '[data-ubs]';

/** How long a placeholder waits for its element to be defined before it warns (a page that defines late). */
const DEFINE_WAIT_MS = 3000;

/** Attributes every element takes besides its own (`observedAttributes`). */
const GLOBAL_ATTRIBUTES = new Set(['lang', 'dir', 'id', 'class', 'title', 'hidden', 'slot']);

/**
 * Replaces one placeholder `<div data-ubs="risk-list" data-heading-level="3">` with the element it
 * names. A `data-*` attribute becomes the element's attribute of the same name (`data-heading-level`
 * → `heading-level`) when the element has that attribute (or it is `lang`, `id`, `class`…); others
 * are ignored with a warning, so `data-style` or `data-onclick` cannot get round a CMS's filters.
 * The placeholder's own attributes (`id`, `class`, `lang`, what the CMS allowed) carry over, except
 * event handlers. Its children move into the element, where they serve as fallback content.
 */
function upgrade(placeholder: Element, waited = false): void {
  // Only plain elements are placeholders: an element of ours with data-ubs stays as it is.
  if (placeholder.localName.includes('-') || !placeholder.isConnected) return;
  const name = (placeholder.getAttribute('data-ubs') ?? '').trim().toLowerCase();
  // Only this library's elements, so a placeholder can never create a <script>, an <iframe> or
  // another library's element.
  const constructor = customElements.get(name);
  if (!isOurs(constructor)) {
    // Not defined yet: the page may define elements later (a script that defers or wraps
    // customElements.define). Wait for it a while, then say so.
    if (!constructor && !waited && name.includes('-')) {
      void Promise.race([customElements.whenDefined(name).catch(() => undefined), new Promise((done) => setTimeout(done, DEFINE_WAIT_MS))]).then(() =>
        upgrade(placeholder, true),
      );
      return;
    }
    // Once per page for each problem, however often the page changes.
    warnPage(`data-ubs="${cut(name)}" is not an element of this library registered on this page; the placeholder is left as it is.`);
    return;
  }
  const element = createElement(name);
  const own = new Set((constructor as { observedAttributes?: string[] }).observedAttributes);
  const ignored: string[] = [];
  const locked: string[] = [];
  // A settings placeholder is itself one of the page's settings: readPageSettings' rules cover it.
  const settings = name === 'ubs-settings' ? {} : readPageSettings(fromPage('documentElement'));
  // Settings in <head> are final: the placeholder may not set or add any clinic value.
  const final = settingsAreFinal(settings);
  for (const { name: attribute, value } of [...placeholder.attributes]) {
    if (attribute === 'data-ubs') continue;
    const isData = attribute.startsWith('data-');
    const target = isData ? attribute.slice(5) : attribute;
    if (target.startsWith('on') || (isData && !own.has(target) && !GLOBAL_ATTRIBUTES.has(target))) {
      ignored.push(attribute);
      continue;
    }
    if (Object.hasOwn(CLINIC_ATTRIBUTES, target) && (final || settings[CLINIC_ATTRIBUTES[target]!] !== undefined)) {
      locked.push(attribute);
      continue;
    }
    element.setAttribute(target, value);
  }
  if (ignored.length > 0) {
    warnPage(`<${name}> placeholder: ${ignored.join(', ')} ignored (not attributes of <${name}>, or event handlers).`);
  }
  if (locked.length > 0) {
    const why = final ? 'the page has settings in <head>, which are final' : 'the page settings set them, and a placeholder may not replace them';
    warnPage(`<${name}> placeholder: ${locked.join(', ')} ignored: ${why}.`);
  }
  element.append(...placeholder.childNodes);
  placeholder.replaceWith(element);
}

/** The placeholders in `root` (`root` itself when it is one). */
function placeholdersIn(root: ParentNode): Element[] {
  return root instanceof Element && root.matches(SELECTOR) ? [root] : [...root.querySelectorAll(SELECTOR)];
}

/** Upgrades every placeholder in `root` (and `root` itself when it is one), by default the whole page. */
export function upgradePlaceholders(root: ParentNode = fromPage('documentElement')): void {
  for (const placeholder of placeholdersIn(root)) upgrade(placeholder);
}

/**
 * Whether the parser is done with an element. While the page loads, a placeholder may be seen
 * before its children have arrived (a slow network delivers HTML in pieces); the parser has closed
 * it once it, or one of its ancestors, has a next sibling.
 */
function parsed(element: Element): boolean {
  if (fromPage('readyState') !== 'loading') return true;
  for (let node: Node | null = element; node && node !== fromPage('documentElement'); node = node.parentNode) {
    if (node.nextSibling) return true;
  }
  return false;
}

/** Placeholders seen while still being parsed, upgraded once they are complete. */
const waiting = new Set<Element>();

function upgradeWhenParsed(root: ParentNode): void {
  for (const placeholder of placeholdersIn(root)) {
    if (parsed(placeholder)) upgrade(placeholder);
    else waiting.add(placeholder);
  }
}

function upgradeWaiting(): void {
  for (const placeholder of waiting) {
    if (!placeholder.isConnected) waiting.delete(placeholder);
    else if (parsed(placeholder)) {
      waiting.delete(placeholder);
      upgrade(placeholder);
    }
  }
}

let observer: MutationObserver | undefined;

/**
 * Upgrades the placeholders on the page now and those added later (a page builder, a "load more",
 * a tab that renders on click). Only the first copy of the library on a page watches.
 */
export function watchPlaceholders(): void {
  // Not on a server (Node has no document to watch), and only the first copy of the library.
  if (observer || typeof MutationObserver !== 'function' || !claimPlaceholders()) return;
  observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') upgradeWhenParsed(record.target as Element);
      for (const node of record.addedNodes) {
        if (node instanceof Element && node.isConnected) upgradeWhenParsed(node);
      }
    }
    upgradeWaiting();
  });
  // The root element exists even when this runs from <head>: the parser's later nodes are seen too.
  observer.observe(fromPage('documentElement'), {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['data-ubs'],
  });
  if (fromPage('readyState') === 'loading') fromPage('addEventListener').call(document, 'DOMContentLoaded', upgradeWaiting, { once: true });
  upgradeWhenParsed(fromPage('documentElement'));
}
