import { pickOptions } from '../shared/attributes.js';
import { html, isServer, type PropertyValues, type TemplateResult } from 'lit';
import { freeze, ownPart, unfrozen } from '../shared/freeze.js';
import { GuideElement } from '../shared/guide-element.js';
import { MAX_HEADING_LEVEL, renderHeading } from '../shared/heading.js';
import { References } from '../shared/references.js';
import { invalidAttribute, warn } from '../shared/warn.js';
import { backSurgeryGuideStyles } from './back-surgery-guide.styles.js';
import { repeats, type Definition } from './define-once.js';
import { GUIDE_SECTIONS, SECTION_TITLES as TITLES, type SectionTag } from './sections.js';
import { guide } from '../content/en/guide.js';
import { keyPoints } from '../content/en/key-points.js';
import { provideEnglish } from '../shared/i18n/english.js';

// This element's English (see english.ts): a page that imports only this element ships only this text.
provideEnglish({ guide, keyPoints });

const SECTIONS = GUIDE_SECTIONS;

/**
 * Each section as a template naming its tag, so a server renders it too (an element object made with
 * `document.createElement` is not markup). Lit keeps the same element across renders, with its state
 * (e.g. questionnaire answers). Typed by the sections' list: a section without a template fails to compile.
 */
const SECTION_TEMPLATES: Readonly<Record<SectionTag, (level: number) => TemplateResult>> = {
  'surgery-overview': (level) => html`<surgery-overview heading-level=${level}></surgery-overview>`,
  'conservative-care': (level) => html`<conservative-care heading-level=${level}></conservative-care>`,
  'candidacy-check': (level) => html`<candidacy-check heading-level=${level}></candidacy-check>`,
  'procedure-compare': (level) => html`<procedure-compare heading-level=${level}></procedure-compare>`,
  'risk-list': (level) => html`<risk-list heading-level=${level}></risk-list>`,
  'second-opinion': (level) => html`<second-opinion heading-level=${level}></second-opinion>`,
  'recovery-tips': (level) => html`<recovery-tips heading-level=${level}></recovery-tips>`,
  'surgery-faq': (level) => html`<surgery-faq heading-level=${level}></surgery-faq>`,
  'medical-disclaimer': (level) => html`<medical-disclaimer heading-level=${level}></medical-disclaimer>`,
};

/**
 * The whole guide on one page: a short "Key points" box, then every section of the article in a
 * sensible order, with a table of contents that moves keyboard focus to the chosen section. Read as one
 * page, each medical word is defined once, where the reader first meets it. Section headings nest under the guide's
 * own `heading-level`; sections can be left out with `exclude`. The sections' settings (contacts,
 * reviewer, theme, text changes) come from the page settings (`<ubs-settings>`); the guide's own
 * `overrides` apply to its sections as well. It shows the section elements by their tag names, so
 * importing `back-surgery-guide.js` registers them too.
 *
 * @summary The whole patient guide, with a table of contents.
 * @tagname back-surgery-guide
 *
 * @csspart key-points - The short summary at the top ("Key points"), each line said in full later in the guide.
 * @csspart toc - The table of contents (`<nav>`).
 * @csspart section - Each section's wrapper, the target of the table of contents.
 * @csspart term - The definition of a medical word the guide's own introduction uses.
 */
export class BackSurgeryGuide extends GuideElement {
  static override styles = [...GuideElement.styles, backSurgeryGuideStyles];

  static override properties = {
    exclude: {},
  };

  /**
   * Sections to leave out, as a comma- or space-separated list of their tags, e.g.
   * `candidacy-check surgery-faq`. Unknown names warn; the known ones are still left out. Leaving out
   * every section warns and shows the whole guide: an empty guide helps no reader.
   */
  exclude?: string;

  #excluded: readonly SectionTag[] = [];

  #renderedLanguage = '';

  /**
   * Watches the sections' text, to show each medical word's definition once (see #defineOnce). It watches
   * the guide's own DOM only: removed from the page, it has nothing left to see.
   */
  #sectionsWatcher?: MutationObserver;
  readonly #watched = new WeakSet<ShadowRoot>();

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('exclude')) {
      this.#excluded = pickOptions(this, 'exclude', this.exclude, SECTIONS, []);
      if (this.#excluded.length === SECTIONS.length) {
        warn(invalidAttribute(this, 'exclude', this.exclude, 'a section to show', 'the whole guide'));
        this.#excluded = [];
      }
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The guide's own text changes apply to its sections too, so the contents and the sections agree
    // (not a value that is not an object: the guide has warned about it, its nine sections need not).
    // Sections read their language from the guide's wrapper, inside this shadow root, where the page's
    // language observer cannot see: tell them when it changes.
    const overrides = typeof this.overrides === 'object' ? (this.overrides ?? undefined) : undefined;
    const languageChanged = this.#renderedLanguage !== '' && this.#renderedLanguage !== this.content.lang;
    for (const section of this.renderRoot.querySelectorAll<GuideElement>(SECTIONS.join())) {
      if (section.overrides !== overrides) section.overrides = overrides;
      else if (languageChanged) section.requestUpdate();
    }
    this.#renderedLanguage = this.content.lang;
    this.#watchSections();
  }

  /**
   * Each section stands alone and defines the medical words it uses; read as one page, the guide shows
   * each definition once, where the reader meets the word first (define-once.ts). Sections render on
   * their own schedule (and the questionnaire shows more as the reader answers), so the guide watches
   * their text and hides the repeats. Hiding, not rendering without: each section's HTML stays the same
   * wherever it is, so a server-rendered guide (whose server hid the same repeats) is taken over as it is.
   */
  #watchSections(): void {
    this.#sectionsWatcher ??= new MutationObserver(() => this.#defineOnce());
    const roots = [this.renderRoot, ...[...this.renderRoot.querySelectorAll(SECTIONS.join())].map((section) => section.shadowRoot)];
    for (const root of roots) {
      if (!root || this.#watched.has(root as ShadowRoot)) continue;
      this.#watched.add(root as ShadowRoot);
      // The questionnaire shows its care cards and error summary by their `hidden` attribute.
      this.#sectionsWatcher.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['hidden'] });
    }
    this.#defineOnce();
  }

  /**
   * Hides the repeats of definitions (see define-once.ts), in reading order. A definition in a part the
   * reader cannot see (a questionnaire's hidden card) does not count; one in a closed `<details>` does,
   * as the reader opens it where it stands.
   */
  #defineOnce(): void {
    const found: { definition: Definition; node: HTMLElement }[] = [];
    const visit = (root: ParentNode, owner: unknown): void => {
      for (const node of root.querySelectorAll<HTMLElement>(`.term, dfn, ${SECTIONS.join()}`)) {
        if (node.shadowRoot) visit(node.shadowRoot, node);
        else if (node.localName === 'dfn' ? !node.closest('.term, [hidden]') : !node.parentElement?.closest('[hidden]')) {
          const inset = node.localName !== 'dfn';
          const term = (inset ? node.querySelector('dfn') : node)?.dataset['term'] ?? '';
          found.push({ definition: { term, inset, owner }, node });
        }
      }
    };
    visit(this.renderRoot, this);
    const hidden = repeats(found.map((item) => item.definition));
    found.forEach(({ definition, node }, i) => {
      if (definition.inset && node.hidden !== hidden[i]) node.hidden = hidden[i]!;
    });
  }

  /** Moves focus to a section, as a same-page link would if it could reach into this shadow root. */
  #goTo(event: Event, tag: SectionTag) {
    event.preventDefault(); // the page's URL is the page's: no #hash of ours
    const target = this.renderRoot.querySelector<HTMLElement>(`#${tag}`);
    if (!target) return;
    const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    target.scrollIntoView({ behavior: smooth ? 'smooth' : 'auto', block: 'start' });
    target.focus({ preventScroll: true });
  }

  protected override render() {
    const shown = SECTIONS.filter((tag) => !this.#excluded.includes(tag));
    const { guide, keyPoints } = this.content;
    const refs = new References(this.content, this.settings);
    // The page's own address, not "#id" alone: a <base href> elsewhere would send a middle-click or a
    // copied link off the site.
    // Not frozen: the server cannot know it, and hydration needs the same template on both sides.
    const here = isServer ? '' : location.href.split('#')[0];
    // The sections are ordinary bindings, and the guide's own text parts of their own: a change of
    // heading level or language patches the sections in place, keeping what the reader did in them.
    return freeze(html`<div part="base" lang=${unfrozen(this.content.lang)}>
      ${ownPart(html`<div class="opening">
        ${renderHeading(this.level, refs.label(guide.title))} ${refs.p(guide.intro)}
        <p class="disclaimer">${refs.fill(this.content.disclaimer.short.text)}</p>
        <section class="key-points panel" part="key-points">
          ${renderHeading(Math.min(this.level + 1, MAX_HEADING_LEVEL), refs.label(keyPoints.title), 'subheading')}
          <ul>
            ${keyPoints.points.map((point) => refs.li(point))}
          </ul>
        </section>
      </div>`)}
      ${ownPart(html`<nav part="toc" aria-labelledby="toc-title" data-print="hide">
        <p class="toc-title" id="toc-title">${guide.tocTitle}</p>
        <ol>
          ${shown.map(
            (tag) => html`<li><a href=${unfrozen(`${here}#${tag}`)} @click=${(event: Event) => this.#goTo(event, tag)}>${refs.fill(TITLES[tag](this.content))}</a></li>`,
          )}
        </ol>
      </nav>`)}
      ${unfrozen(
        shown.map(
          (tag) => html`<section class="section" part="section" id=${tag} tabindex="-1" aria-label=${TITLES[tag](this.content)}>
            ${SECTION_TEMPLATES[tag](Math.min(this.level + 1, MAX_HEADING_LEVEL))}
          </section>`,
        ),
      )}
      ${ownPart(refs.list())}
      <slot name="note"></slot>
    </div>`);
  }
}
