import type { FaqItem } from '../content/sections/faq.js';

/**
 * schema.org FAQPage JSON-LD for search engines, as the text of a `<script type="application/ld+json">`.
 * Plain text only; `<` is escaped so no answer can close the script element. `fill` fills the text's
 * tokens (`{emergency}`) as the page shows them. Arrays stay arrays even when the page gave them a
 * `toJSON` (Prototype.js turns them into strings): the replacer hands back the original array, before
 * its `toJSON` result.
 */
export function faqJsonLd(items: readonly FaqItem[], lang: string, fill: (text: string) => string = (text) => text): string {
  const data = {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    inLanguage: lang,
    mainEntity: items.map((item) => ({
      '@type': 'Question',
      name: fill(item.question),
      acceptedAnswer: {
        '@type': 'Answer',
        text: [...item.answer, ...(item.list ?? [])].map((statement) => fill(statement.text)).join(' '),
      },
    })),
  };
  return JSON.stringify(data, function (this: Record<string, unknown>, key, value: unknown) {
    return Array.isArray(this[key]) ? this[key] : value;
  }).replace(/</g, '\\u003c');
}
