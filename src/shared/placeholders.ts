import { claimPlaceholders } from './define.js';
import { warn } from './warn.js';

/**
 * The tags a placeholder may name: this library's own, nothing else, so a placeholder can never
 * create a `<script>`, an `<iframe>` or another library's element.
 */
const TAGS = new Set([
  'back-surgery-guide',
  'candidacy-check',
  'conservative-care',
  'medical-disclaimer',
  'procedure-compare',
  'recovery-tips',
  'risk-list',
  'second-opinion',
  'surgery-faq',
  'surgery-overview',
  'ubs-settings',
]);

const SELECTOR = '[data-ubs]';

/** Placeholders already reported, so a bad one warns once however often the page changes. */
const reported = new WeakSet<Element>();

function report(placeholder: Element, message: string): void {
  if (reported.has(placeholder)) return;
  reported.add(placeholder);
  warn(message);
}

/**
 * Replaces one placeholder `<div data-ubs="risk-list" data-heading-level="3">` with the element it
 * names. Each `data-*` attribute becomes the attribute of the same name (`data-heading-level` →
 * `heading-level`); other attributes (`id`, `class`, `lang`) carry over as they are. Event-handler
 * attributes (`on…`) are dropped: a placeholder must not be a way to run script. The placeholder's
 * children move into the element, where they serve as fallback content until it renders.
 */
function upgrade(placeholder: Element): void {
  const name = (placeholder.getAttribute('data-ubs') ?? '').trim().toLowerCase();
  if (!TAGS.has(name)) {
    report(
      placeholder,
      `data-ubs="${name}" is not an element of this library (expected one of ${[...TAGS].join(', ')}); ` +
        'the placeholder is left as it is.',
    );
    return;
  }
  const element = document.createElement(name);
  for (const { name: attribute, value } of [...placeholder.attributes]) {
    if (attribute === 'data-ubs') continue;
    const target = attribute.startsWith('data-') ? attribute.slice(5) : attribute;
    if (target.startsWith('on')) {
      report(placeholder, `<${name}> placeholder: attribute "${attribute}" is ignored (event handlers are not allowed).`);
      continue;
    }
    try {
      element.setAttribute(target, value);
    } catch {
      report(placeholder, `<${name}> placeholder: attribute "${attribute}" is not a valid attribute name; ignored.`);
    }
  }
  element.append(...placeholder.childNodes);
  placeholder.replaceWith(element);
}

/** Upgrades every placeholder in `root` (and `root` itself when it is one). */
export function upgradePlaceholders(root: ParentNode = document): void {
  if (root instanceof Element && root.matches(SELECTOR)) upgrade(root);
  else root.querySelectorAll(SELECTOR).forEach(upgrade);
}

let observer: MutationObserver | undefined;

/**
 * Upgrades the placeholders on the page now and those added later (a page builder, a "load more",
 * a tab that renders on click). Only the first copy of the library on a page watches.
 */
export function watchPlaceholders(): void {
  if (observer || !claimPlaceholders()) return;
  observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') upgradePlaceholders(record.target as Element);
      for (const node of record.addedNodes) {
        if (node instanceof Element && node.isConnected) upgradePlaceholders(node);
      }
    }
  });
  // The root element exists even when this runs from <head>: the parser's later nodes are seen too.
  observer.observe(document.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['data-ubs'],
  });
  upgradePlaceholders();
}
