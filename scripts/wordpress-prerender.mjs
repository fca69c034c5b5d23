// The plugin's server-rendered templates (issue 30, "WordPress pages at static speed"): for each element
// and language, the library's own server renderer (dist/server.js) renders the element with its default
// attributes, its text in a declarative shadow root with Lit's hydration markers, and the build turns the
// parts that depend on the clinic's settings into tokens that PHP fills (wordpress/includes/prerendered.php).
//
// What a template may depend on, each checked here by rendering, never assumed:
// - the emergency number, a value slot: the number the settings give, or the language's own words for it
//   when none is set ("your local emergency number"). Checked: two different numbers give the same HTML
//   but for the number, and no number gives the same HTML with the language's words in the slot.
// - settings that change nothing the element shows (for most elements: the clinic's name, contacts,
//   reviewer…): only the digest the browser compares (`data-ubs-rendered`), which PHP computes.
// - Lit's template digests (`<!--lit-part DIGEST-->`): the library freezes its text into the template's
//   strings (src/shared/freeze.ts), so a template with the emergency number in its text has a digest of
//   the number too. Such a template's strings ship with the element (with the token in them) and PHP
//   computes the digest Lit computes from the filled strings.
// - the disclaimer's review line: the review date (as `<time datetime>` and in words), the reviewer with
//   credentials, in four variants of markup (a reviewer or none; "for an earlier version of this text" or
//   not). Checked the same way, and with the guide's own date when the settings give none.
// An element that shows anything else from the settings (second-opinion's contact links, the whole
// guide) gets no template, and the plugin prints it as before: never a guess.
// - the colour rules at the end of each shadow root's styles (brand colour, colour scheme): a token that
//   PHP fills as the library's colourRules() would. Checked: brand colours and schemes change nothing else.
import { elementTags, renderElement } from '../dist/server.js';
import { supportedLanguages, contentFor, loadLanguage } from '../dist/shared/i18n/languages.js';

/** Stand-ins for the emergency number: valid numbers (digits, + and spaces) that appear nowhere in the text. */
const NUMBER = '9182736450517';
const OTHER_NUMBER = '+7 60 5';
/** Tokens in the shipped HTML: control characters, which the renderer never writes (checked). */
export const TOKEN = { emergency: '\u0001E\u0001', digest: (n) => `\u0001D${n}\u0001`, colours: '\u0001C\u0001', isoDate: '\u0001I\u0001', date: '\u0001T\u0001', reviewer: '\u0001R\u0001' };

/**
 * The colour rules the server renderer writes at the end of each shadow root's styles (ColourController's
 * serverRules(): the brand colour and the colour scheme), up to the end of the style: the element's own
 * CSS is minified (`:host{`), these are not (`:host { --_`).
 */
const COLOUR_RULES = /\n:host \{ --_(?:settings-accent|computed-on-accent):[^<]*(?=<\/style>)/g;
/** Brand colours and schemes the check below renders with, to see that they change nothing but those rules. */
const COLOUR_SAMPLES = [{ theme: 'dark', accent: '#6b2c91' }, { theme: 'light', accent: '#ffff00' }, { theme: 'auto', accent: '#0b5f7a' }];

/** Settings that change an element's HTML only where it shows them; the elements that do not show them are prerendered. */
const DIGEST_ONLY = {
  clinicName: 'Riverside "Spine" & Co\'s <Clinic>',
  phone: '+1 555 010 0100',
  bookingUrl: 'https://riverside.example/book',
  email: 'spine@riverside.example',
  reviewerName: 'Dr. Ana Reyes',
  reviewerCredentials: 'MD',
  reviewDate: '2026-03-01',
  reviewedVersion: '0123456789ab',
};

/** As freeze() writes text into a template's strings (untrustedTextAsHtml); PHP writes the same. */
const asHtml = (text) => text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]);

/** Lit's template digest (@lit-labs/ssr-client's digestForTemplateResult), over UTF-16 code units. */
export function litDigest(strings) {
  const hashes = new Uint32Array(2).fill(5381);
  for (const s of strings) for (let i = 0; i < s.length; i++) hashes[i % 2] = (hashes[i % 2] * 33) ^ s.charCodeAt(i);
  return Buffer.from(hashes.buffer).toString('base64');
}

/** Every template result in a render value (nested results, arrays, directives' values). */
function templatesIn(value, found) {
  if (value === null || typeof value !== 'object') return;
  if (value._$litType$ === 1) {
    found.add(value.strings);
    value.values.forEach((item) => templatesIn(item, found));
  } else if (Array.isArray(value)) value.forEach((item) => templatesIn(item, found));
  else if (Array.isArray(value.values)) value.values.forEach((item) => templatesIn(item, found));
}

/** Renders, also returning the strings of every template the elements' render() returned, by digest. */
async function renderCapturing(tag, options) {
  const captured = new Set();
  const restore = [];
  for (const name of elementTags()) {
    const proto = customElements.get(name).prototype;
    const original = Object.getOwnPropertyDescriptor(proto, 'render');
    const render = proto.render;
    proto.render = function () {
      const value = render.call(this);
      templatesIn(value, captured);
      return value;
    };
    restore.push(() => (original ? Object.defineProperty(proto, 'render', original) : delete proto.render));
  }
  try {
    const html = await renderElement(tag, options);
    return { html, strings: new Map([...captured].map((strings) => [litDigest(strings), [...strings]])) };
  } finally {
    restore.forEach((undo) => undo());
  }
}

/** HTML without what differs between two renders of the same thing for other settings: the digests. */
const comparable = (html) => html.replace(/ data-ubs-rendered="[^"]*"/, '').replace(/<!--lit-part [^>]*-->/g, '<!--lit-part-->');

/**
 * WordPress's smilies (wp-includes/functions.php, smilies_init), which convert_smilies() turns into images
 * in a post's text where spaces or tags stand either side: a template whose text has one is not shipped.
 */
const SMILIES = [':mrgreen:', ':neutral:', ':twisted:', ':arrow:', ':shock:', ':smile:', ':???:', ':cool:', ':evil:', ':grin:', ':idea:', ':oops:', ':razz:', ':roll:', ':wink:', ':cry:', ':eek:', ':lol:', ':mad:', ':sad:', '8-)', '8-O', ':-(', ':-)', ':-?', ':-D', ':-P', ':-o', ':-x', ':-|', ';-)', '8O', ':(', ':)', ':?', ':D', ':P', ':o', ':x', ':|', ';)', ':!:', ':?:'];
const hasSmiley = (html) => {
  const words = new Set(html.replace(/<style[^>]*>[\s\S]*?<\/style>/g, ' ').replace(/<[^>]*>/g, ' ').split(/\s+/));
  return SMILIES.some((smiley) => words.has(smiley));
};

/**
 * The reviewer's line of `<medical-disclaimer>`: the settings it shows, the stand-ins the build renders with
 * (each appears nowhere else in the text), and the variants of its markup: with or without a reviewer, and
 * with or without "for an earlier version of this text".
 */
const REVIEW_SETTINGS = ['reviewerName', 'reviewerCredentials', 'reviewDate', 'reviewedVersion'];
const REVIEWER = 'Zqxreviewer';
const DATE = '1234-05-06';
const EARLIER_VERSION = '000000000000';

/** A date as the disclaimer writes it (formatDate in medical-disclaimer.component.ts). */
const formatDate = (iso, { date, months }) => {
  const [year, month, day] = iso.split('-').map(Number);
  return date.replaceAll('{year}', String(year)).replaceAll('{month}', months[month - 1]).replaceAll('{day}', String(day));
};

/**
 * One rendering with stand-ins, as a template: the inside of the element with each stand-in (as HTML)
 * replaced by its token, the colour rules by theirs, each Lit part whose strings hold a stand-in by a
 * digest token, and those strings (with tokens) for PHP to digest.
 */
async function tokenised(tag, language, settings, standIns) {
  const { html, strings } = await renderCapturing(tag, { lang: language, settings });
  const start = new RegExp(`^<${tag}[^>]*>`).exec(html);
  if (!start || !html.endsWith(`</${tag}>`)) throw new Error(`${tag} (${language}): unexpected markup around the element`);
  const swap = (text) => standIns.reduce((out, [standIn, token]) => out.replaceAll(standIn, token), text);
  let inside = html.slice(start[0].length, -`</${tag}>`.length);
  const slots = [];
  inside = inside.replace(/<!--lit-part ([^>]+)-->/g, (marker, digest) => {
    const found = strings.get(digest);
    if (!found) throw new Error(`${tag} (${language}): no template for <!--lit-part ${digest}--> was captured`);
    if (!found.some((s) => standIns.some(([standIn]) => s.includes(standIn)))) return marker;
    slots.push(found.map(swap));
    return `<!--lit-part ${TOKEN.digest(slots.length - 1)}-->`;
  });
  return { html: swap(inside).replace(COLOUR_RULES, `\n${TOKEN.colours}`), strings: slots };
}

/** A template filled in as PHP fills it (digests left out: `comparable` ignores them), for the checks. */
const filled = (template, values) => Object.entries(values).reduce((out, [token, value]) => out.replaceAll(token, value), template.html.replace(TOKEN.colours, ''));

/**
 * The template of one element in one language, or a reason why there is none.
 * @returns {Promise<{ template?: object, skipped?: string }>}
 */
export async function prerenderTemplate(tag, language) {
  await loadLanguage(language);
  const content = contentFor(language);
  const plain = await renderElement(tag, { lang: language });
  // As a check compares: the element's inside, its colour rules left out.
  const inside = (markup) => comparable(markup.replace(/^<[^>]*>/, '').replace(/<\/[^>]*>$/, '').replace(COLOUR_RULES, '\n'));
  const review = tag === 'medical-disclaimer';
  for (const [key, value] of Object.entries(DIGEST_ONLY)) {
    if (review && REVIEW_SETTINGS.includes(key)) continue;
    if (comparable(await renderElement(tag, { lang: language, settings: { [key]: value } })) !== comparable(plain)) return { skipped: `shows ${key}` };
  }
  const others = Object.fromEntries(Object.entries(DIGEST_ONLY).filter(([key]) => !review || !REVIEW_SETTINGS.includes(key)));
  if (comparable(await renderElement(tag, { lang: language, settings: others })) !== comparable(plain)) return { skipped: 'shows the clinic\'s details' };
  if ([NUMBER, REVIEWER, DATE, '\u0001'].some((standIn) => plain.includes(standIn))) return { skipped: 'its text has the stand-ins or tokens' };
  if (hasSmiley(plain)) return { skipped: 'WordPress would turn part of its text into a smiley' };
  // The colours: a brand colour or scheme must change nothing but the colour rules (PHP writes those).
  for (const colours of COLOUR_SAMPLES) {
    if (inside(await renderElement(tag, { lang: language, settings: colours })) !== inside(plain)) return { skipped: `a brand colour or scheme changes more than its colour rules (${JSON.stringify(colours)})` };
  }
  if ((plain.match(COLOUR_RULES) ?? []).length !== 1) return { skipped: 'not one set of colour rules' };

  const words = content.references.emergencyNumber;
  const labels = content.medicalDisclaimer;
  const variants = {};
  // Without the reviewer's line (most elements): one variant.
  for (const [key, variant] of review ? [['r0e0', {}], ['r1e0', { reviewerName: REVIEWER }], ['r0e1', { reviewedVersion: EARLIER_VERSION }], ['r1e1', { reviewerName: REVIEWER, reviewedVersion: EARLIER_VERSION }]] : [['', {}]]) {
    const standIns = [[NUMBER, TOKEN.emergency]];
    if (review) standIns.push([DATE, TOKEN.isoDate], [asHtml(formatDate(DATE, labels)), TOKEN.date], [REVIEWER, TOKEN.reviewer]);
    const template = await tokenised(tag, language, { ...variant, emergencyNumber: NUMBER, ...(review ? { reviewDate: DATE } : {}) }, standIns);
    // Checked: other values give the same markup with them in the slots.
    const alternative = { ...variant, emergencyNumber: OTHER_NUMBER, ...(variant.reviewerName ? { reviewerName: 'Dr. Ana "R" <Reyes>', reviewerCredentials: 'MD' } : {}), ...(review ? { reviewDate: '2026-03-01' } : {}) };
    const values = { [TOKEN.emergency]: OTHER_NUMBER, [TOKEN.isoDate]: '2026-03-01', [TOKEN.date]: asHtml(formatDate('2026-03-01', labels)), [TOKEN.reviewer]: asHtml('Dr. Ana "R" <Reyes>, MD') };
    if (comparable(filled(template, values)) !== inside(await renderElement(tag, { lang: language, settings: alternative }))) return { skipped: `the settings are not plain values in it${key ? ` (${key})` : ''}` };
    // Without an emergency number, the language's words; without a review date, the guide's own.
    template.noNumber = comparable(filled(template, { ...values, [TOKEN.emergency]: asHtml(words) })) === inside(await renderElement(tag, { lang: language, settings: { ...alternative, emergencyNumber: undefined } }));
    if (review) {
      const noDate = { ...alternative };
      delete noDate.reviewDate;
      const own = content.meta.lastReviewed;
      if (comparable(filled(template, { ...values, [TOKEN.isoDate]: own, [TOKEN.date]: asHtml(formatDate(own, labels)) })) !== inside(await renderElement(tag, { lang: language, settings: noDate }))) return { skipped: 'the guide\'s own review date is not a plain value in it' };
    }
    variants[key] = template;
  }
  const noNumber = Object.values(variants).every((variant) => variant.noNumber);
  return {
    template: {
      tag,
      language,
      // By variant ('' for elements without the reviewer's line): `html` with tokens, and `strings`, the
      // templates whose digest PHP computes, in the order of their tokens.
      variants: Object.fromEntries(Object.entries(variants).map(([key, { html, strings }]) => [key, { html, strings }])),
      // The words the slot holds when the settings have no emergency number; null: that case falls back.
      noNumber: noNumber ? words : null,
      // For the reviewer's line: how a date is written, and the date of the guide's own review.
      ...(review ? { date: { pattern: labels.date, months: labels.months, own: content.meta.lastReviewed } } : {}),
    },
  };
}

/** Every element's template in every language, and why any has none. */
export async function prerenderTemplates() {
  const templates = [];
  const skipped = [];
  for (const language of supportedLanguages()) {
    for (const tag of elementTags()) {
      const { template, skipped: reason } = await prerenderTemplate(tag, language);
      if (template) templates.push(template);
      else skipped.push(`${tag} (${language}): ${reason}`);
    }
  }
  return { templates, skipped };
}

/** The colour rules the server renderer writes for `settings` (for the plugin's PHPUnit test of its own). */
export async function colourRulesFor(settings) {
  const [rules] = (await renderElement('risk-list', { settings })).match(COLOUR_RULES) ?? [];
  return rules?.slice(1);
}
