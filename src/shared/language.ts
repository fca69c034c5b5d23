import { fromPage } from './dom.js';
import { defaultLanguage, matchLanguage, supportedLanguages } from './i18n/languages.js';
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

/**
 * Calls `onChange` whenever a `lang` attribute changes anywhere in the document, so elements render
 * again when the page switches language. GuideElement starts one watch for all its elements.
 * Returns the function that stops it.
 */
export function watchLanguage(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(fromPage('documentElement'), { attributes: true, attributeFilter: ['lang'], subtree: true });
  return () => observer.disconnect();
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
