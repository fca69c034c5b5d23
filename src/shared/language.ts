import { fromPage } from './dom.js';
import { defaultLanguage, matchLanguage, supportedLanguages } from '../content/index.js';
import { cut, warnOnce } from './warn.js';

/**
 * The element whose `lang` applies to `element`: itself, else the nearest ancestor with `lang`
 * (crossing shadow roots, so elements nested in another element's shadow DOM follow it), else
 * `<html>` when it has `lang`. Null when nothing says.
 */
export function languageSource(element: Element): Element | null {
  let node: Element | null = element;
  while (node) {
    const withLang: Element | null = node.closest('[lang]');
    if (withLang) return withLang;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

type LanguageListener = () => void;
const listeners = new Set<LanguageListener>();
let observer: MutationObserver | undefined;

/**
 * Calls `listener` whenever a `lang` attribute changes anywhere in the document, so elements
 * re-render when the page switches language. One observer serves every element on the page.
 * Returns the function that stops listening.
 */
export function onLanguageChange(listener: LanguageListener): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((notify) => notify()));
    observer.observe(fromPage('documentElement'), {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}

/**
 * The language `element` renders in: the one its `lang` (or an ancestor's, see languageSource) asks
 * for, English when nothing asks. A language the guide has no text in gives English, with one warning
 * per `lang` attribute however many elements it covers (`<html lang="fr">` and ten elements: one).
 */
export function resolveLanguage(element: Element): string {
  const source = languageSource(element);
  const requested = source?.getAttribute('lang') ?? '';
  if (!requested) return defaultLanguage;
  const language = matchLanguage(requested);
  if (language) return language;
  warnOnce(source!, `lang ${requested}`, `<${element.localName}> has no text in lang="${cut(requested)}" (available: ${supportedLanguages().join(', ')}); using English.`);
  return defaultLanguage;
}
