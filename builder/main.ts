/**
 * The snippet builder's page: the form (generated from the manifest's elements and the page
 * settings), the live preview, the code for the chosen route, and the link that holds the choices.
 * Every value a person types reaches the page only as text (textContent, setAttribute, input values)
 * and the snippets only escaped (markup.ts).
 */
import { contrastRatio, parseColor, readableOn } from '../src/shared/contrast.js';
import { headingLevels } from '../src/shared/heading.js';
import { TEXT_SETTINGS } from '../src/shared/page-settings.js';
import { contentVersionsOf, SETTING_RULES, type TextSettingName } from '../src/shared/setting-rules.js';
import { chosen, fromFragment, isPerElement, offeredElements, SETTING_NAMES, startingConfig, toFragment, WIDTHS, type Config, type Width } from './config.js';
import { loadData, loadRelease, loadSinglePaste, releaseFolder, type AttributeInfo, type BuilderData, type Choice, type DownloadId, type ElementInfo, type ReleaseData } from './data.js';
import { h, withCode } from './dom.js';
import { elementTags, settingsElement } from './markup.js';
import { labelOf } from './names.js';
import { kilobytes, ROUTES, routeOutput, type RouteId } from './routes.js';
import { TEXTS, UI_LANGUAGES, type Texts, type UiLanguage } from './text.js';

const WHITE = [255, 255, 255] as const;
const PREFIX = /^upper-back-surgery-elements: /;
/** The elements' own accent colour when the page sets none (src/shared/styles.ts), shown by the picker until one is chosen. */
const DEFAULT_ACCENT = '#0b5f7a';
/** How the download links name each file's type. */
const FILE_TYPES: Readonly<Record<DownloadId, string>> = { files: 'zip', wordpress: 'zip', singlePaste: 'js', package: 'tgz', changelog: 'md', sums: 'txt' };

const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

let data: BuilderData;
let config: Config;
let t: Texts;
/** The release files beside the builder, if they were built (`npm run release`). */
let release: ReleaseData | undefined;
/** The single-paste script, read from the release the first time a route needs it. */
let singlePaste: string | undefined;
let singlePasteLoading: Promise<void> | undefined;
/**
 * The settings whose problems show next to their field: those the person has left (or chose from a
 * list), and those a link filled in. A field being typed into is not flagged until it is left; a
 * flagged one clears as soon as it is right.
 */
const checkedSettings = new Set<TextSettingName>();
/** How tall the chosen parts were in the preview, at its width, the last time it rendered. */
let measured: { height: number; width: number } | undefined;
/** The fragment this page last wrote, to tell a link opened in this tab from our own writes. */
let writtenFragment = '';

const initialUi = (): UiLanguage => (navigator.language.toLowerCase().startsWith('es') ? 'es' : 'en');

const elementInfo = (tagName: string): ElementInfo | undefined => data.elements.find((element) => element.tagName === tagName);
const elementName = (element: ElementInfo): string => t.elementNames[element.tagName] ?? element.summary;

// ——— Form ———

function attributeControl(element: ElementInfo, attribute: AttributeInfo): HTMLElement {
  const id = `el-${element.tagName}-${attribute.name}`;
  const hintId = `${id}-hint`;
  const value = config.elements.find((e) => e.tagName === element.tagName)?.attributes[attribute.name] ?? '';
  const label = t.attributeLabels[attribute.name] ?? labelOf(attribute.name);
  const hint = h('p', { class: 'hint', id: hintId }, ...withCode(t.attributeHints[attribute.name] ?? attribute.description));
  const set = (newValue: string) => {
    const target = config.elements.find((e) => e.tagName === element.tagName);
    if (target) target.attributes[attribute.name] = newValue;
    refresh();
  };
  if (attribute.type === 'boolean') {
    const box = h('input', { type: 'checkbox', id, 'aria-describedby': hintId });
    box.checked = value === 'true';
    box.addEventListener('change', () => set(box.checked ? 'true' : ''));
    return h('div', { class: 'field check' }, box, h('label', { for: id }, label), hint);
  }
  const choice = data.choices[`${element.tagName}.${attribute.name}`];
  if (choice) return choiceControl(id, label, hint, value, choice, set);
  let control: HTMLInputElement | HTMLSelectElement;
  // Heading levels: the library's own range (a select, so no wrong level can be chosen).
  const options = attribute.name === 'heading-level' ? headingLevels().map(String) : attribute.values;
  if (options) {
    control = h('select', { id, 'aria-describedby': hintId }, h('option', { value: '' }, t.notSet), ...options.map((option) => h('option', { value: option }, option)));
  } else {
    control = h('input', { type: 'text', id, 'aria-describedby': hintId, autocomplete: 'off', spellcheck: 'false' });
    if (attribute.type === 'number') control.inputMode = 'numeric';
  }
  control.value = value;
  control.addEventListener(control instanceof HTMLSelectElement ? 'change' : 'input', () => set(control.value));
  return h('div', { class: 'field' }, h('label', { for: id }, label), hint, control);
}

/** The ids of a list attribute's value: `try-first, painful` → `['try-first', 'painful']`. */
const idsOf = (value: string): string[] => value.split(/[\s,]+/).filter(Boolean);

/**
 * An attribute that takes ids from a list, as the element's options by name: one list to choose from
 * (`one`), or a box per option. Ids a link gave that the list does not know stay in the value (the
 * preview's warning names them) until a box is changed.
 */
function choiceControl(id: string, label: string, hint: HTMLElement, value: string, choice: Choice, set: (value: string) => void): HTMLElement {
  const optionLabel = (labels: Readonly<Record<string, string>>) => labels[config.ui] ?? labels.en ?? '';
  if (choice.kind === 'one') {
    const control = h('select', { id, 'aria-describedby': hint.id }, h('option', { value: '' }, t.noneChosen), ...choice.options.map((option) => h('option', { value: option.value }, optionLabel(option.labels))));
    control.value = choice.options.some((option) => option.value === value.trim()) ? value.trim() : '';
    control.addEventListener('change', () => set(control.value));
    return h('div', { class: 'field' }, h('label', { for: id }, label), hint, control);
  }
  const ids = idsOf(value);
  const boxes = choice.options.map((option) => {
    const box = h('input', { type: 'checkbox', id: `${id}-${option.value}`, value: option.value });
    box.checked = choice.kind === 'leave-out' ? ids.includes(option.value) : ids.length === 0 || ids.includes(option.value);
    return box;
  });
  const written = () => {
    const ticked = boxes.filter((box) => box.checked).map((box) => box.value);
    // What to show: every box or none is the element's default, all of them, written as nothing.
    if (choice.kind === 'show' && (ticked.length === 0 || ticked.length === boxes.length)) return '';
    return ticked.join(', ');
  };
  for (const box of boxes) box.addEventListener('change', () => set(written()));
  const hints = choice.kind === 'show' ? [hint, h('p', { class: 'hint' }, t.showAllHint)] : [hint];
  return h(
    'fieldset',
    { class: 'field choices', id, 'aria-describedby': hints.map((p) => p.id).filter(Boolean).join(' ') || undefined },
    h('legend', {}, label),
    ...hints,
    h('ul', { class: 'picks' }, ...choice.options.map((option, index) => h('li', { class: 'field check' }, boxes[index], h('label', { for: boxes[index]!.id }, optionLabel(option.labels))))),
  );
}

function chosenItem(tagName: string, index: number, count: number): HTMLElement {
  const element = elementInfo(tagName)!;
  const name = element.tagName;
  const move = (by: number) => {
    const [item] = config.elements.splice(index, 1);
    config.elements.splice(index + by, 0, item!);
    // Keep the focus on the button pressed, unless it is now disabled (at the top or the bottom).
    const to = index + by;
    const stuck = by < 0 ? to === 0 : to === count - 1;
    const pressed = by < 0 ? 'up' : 'down';
    renderForm(`${stuck ? (pressed === 'up' ? 'down' : 'up') : pressed}-${name}`);
  };
  const up = h('button', { type: 'button', id: `up-${name}`, disabled: index === 0 }, '↑');
  up.setAttribute('aria-label', t.moveUp(name));
  up.addEventListener('click', () => move(-1));
  const down = h('button', { type: 'button', id: `down-${name}`, disabled: index === count - 1 }, '↓');
  down.setAttribute('aria-label', t.moveDown(name));
  down.addEventListener('click', () => move(1));
  const remove = h('button', { type: 'button', id: `remove-${name}` }, '✕');
  remove.setAttribute('aria-label', t.remove(name));
  remove.addEventListener('click', () => {
    config.elements.splice(index, 1);
    renderForm(`pick-${name}`);
  });
  const controls = element.attributes.filter((attribute) => isPerElement(attribute.name)).map((attribute) => attributeControl(element, attribute));
  return h(
    'li',
    { class: 'chosen', 'data-tag': name },
    h(
      'fieldset',
      {},
      h('legend', {}, h('code', {}, `<${name}>`), ' ', elementName(element)),
      h('div', { class: 'order-buttons' }, up, down, remove),
      ...controls,
      h('p', { class: 'notice', id: `notice-${name}`, 'aria-live': 'polite' }),
      h('ul', { class: 'problems', id: `problems-${name}`, 'aria-live': 'polite' }),
    ),
  );
}

function whatSection(): HTMLElement {
  const picks = offeredElements(data).map((element) => {
    const id = `pick-${element.tagName}`;
    const box = h('input', { type: 'checkbox', id, name: 'show', value: element.tagName });
    box.checked = config.elements.some((e) => e.tagName === element.tagName);
    box.addEventListener('change', () => {
      if (box.checked) config.elements.push(chosen(element));
      else config.elements = config.elements.filter((e) => e.tagName !== element.tagName);
      renderForm(id);
    });
    return h('li', { class: 'field check' }, box, h('label', { for: id }, elementName(element), ' ', h('code', {}, `<${element.tagName}>`)));
  });
  const order = config.elements.length
    ? h('ol', { class: 'order' }, ...config.elements.map((element, index) => chosenItem(element.tagName, index, config.elements.length)))
    : h('p', { class: 'empty' }, t.orderEmpty);
  return h(
    'section',
    { 'aria-labelledby': 'what-heading' },
    h('h2', { id: 'what-heading' }, t.whatHeading),
    h('fieldset', {}, h('legend', {}, t.whatHint), h('ul', { class: 'picks' }, ...picks)),
    h('h3', {}, t.orderHeading),
    order,
  );
}

function settingField(name: TextSettingName): HTMLElement {
  const id = `setting-${TEXT_SETTINGS[name]}`;
  const words = t.settings[name];
  const described = [`${id}-hint`, `${id}-problem`];
  let control: HTMLInputElement | HTMLSelectElement;
  if (name === 'theme') {
    control = h('select', { id }, h('option', { value: '' }, t.themes.auto), h('option', { value: 'light' }, t.themes.light), h('option', { value: 'dark' }, t.themes.dark));
  } else {
    const inputMode = { phone: 'tel', emergencyNumber: 'tel', email: 'email', bookingUrl: 'url' }[name as string];
    const autocomplete = { clinicName: 'organization', phone: 'tel', email: 'email', bookingUrl: 'url' }[name as string] ?? 'off';
    control = h('input', { type: 'text', id, autocomplete, spellcheck: 'false', inputmode: inputMode });
  }
  // `auto` is the theme's first option, written as no setting at all.
  control.value = name === 'theme' && config.settings.theme?.trim().toLowerCase() === 'auto' ? '' : (config.settings[name] ?? '');
  control.setAttribute('aria-describedby', [...described, ...(name === 'accent' ? ['accent-contrast'] : [])].join(' '));
  // The code and the preview follow every keystroke; the field is checked when it is left.
  control.addEventListener('input', () => {
    config.settings[name] = control.value;
    refresh();
  });
  control.addEventListener('change', () => {
    checkedSettings.add(name);
    if (control instanceof HTMLSelectElement) {
      config.settings[name] = control.value;
      refresh();
    } else {
      // Only the field's own flag: the code is already up to date, and rebuilt now it would replace
      // the Copy button under a pointer that left the field by pressing it (the click would be lost).
      showSettingProblems();
    }
  });
  const extra: HTMLElement[] = [];
  if (name === 'accent') {
    const picker = h('input', { type: 'color', id: 'accent-picker' });
    picker.addEventListener('input', () => {
      control.value = picker.value;
      config.settings.accent = picker.value;
      checkedSettings.add('accent');
      refresh();
    });
    extra.push(h('div', { class: 'picker' }, h('span', { class: 'swatch', id: 'accent-swatch', 'aria-hidden': 'true' }), h('label', { for: 'accent-picker' }, t.pickColour), picker));
    extra.push(h('p', { class: 'contrast', id: 'accent-contrast', 'aria-live': 'polite' }));
  }
  return h(
    'div',
    { class: 'field' },
    h('label', { for: id }, words.label),
    h('p', { class: 'hint', id: `${id}-hint` }, words.hint),
    control,
    h('p', { class: 'problem', id: `${id}-problem`, 'aria-live': 'polite' }),
    ...extra,
  );
}

function clinicSection(): HTMLElement {
  const names = new Intl.DisplayNames([config.ui], { type: 'language' });
  const language = h(
    'select',
    { id: 'setting-lang', 'aria-describedby': 'setting-lang-hint' },
    h('option', { value: '' }, t.pageLanguage),
    ...data.languages.map((code) => h('option', { value: code, lang: code }, new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? names.of(code) ?? code)),
  );
  language.value = config.language;
  language.addEventListener('change', () => {
    config.language = language.value;
    refresh();
  });
  return h(
    'section',
    { 'aria-labelledby': 'clinic-heading' },
    h('h2', { id: 'clinic-heading' }, t.clinicHeading),
    h('p', { class: 'hint' }, t.clinicHint),
    ...SETTING_NAMES.map(settingField),
    h('div', { class: 'field' }, h('label', { for: 'setting-lang' }, t.language), h('p', { class: 'hint', id: 'setting-lang-hint' }, t.languageHint), language),
  );
}

/** A group of radio buttons bound to one choice of the configuration. */
function radios<V extends string>(name: string, legend: string, choices: Readonly<Record<V, string>>, current: V, choose: (value: V) => void, hideLegend = false): HTMLElement {
  return h(
    'fieldset',
    { class: `radios ${name}` },
    h('legend', { class: hideLegend ? 'visually-hidden' : undefined }, legend),
    ...(Object.entries(choices) as [V, string][]).map(([value, label]) => {
      const id = `${name}-${value}`;
      const radio = h('input', { type: 'radio', name, id, value });
      radio.checked = value === current;
      radio.addEventListener('change', () => radio.checked && choose(value));
      return h('div', { class: 'radio' }, radio, h('label', { for: id }, label));
    }),
  );
}

/** Moves the keyboard focus to `target` (a link to an id would change the address, which holds the choices). */
function focusLink(text: string, target: () => HTMLElement | null, attributes: Record<string, string> = {}): HTMLAnchorElement {
  const link = h('a', { href: '#', ...attributes }, text);
  link.addEventListener('click', (event) => {
    event.preventDefault();
    const element = target();
    element?.scrollIntoView({ block: 'center' });
    element?.focus();
  });
  return link;
}

function previewSection(): HTMLElement {
  const frame = h('iframe', { id: 'preview-frame', src: 'preview.html', title: t.previewTitle });
  const box = h('div', { class: 'frame', id: 'preview-box' }, frame);
  frame.addEventListener('load', () => {
    watchPreviewWarnings();
    updatePreview();
  });
  const languageNames = Object.fromEntries(data.languages.map((code) => [code, new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code]));
  // Past the frame, whose guide has dozens of links and buttons, to the next step.
  const skip = focusLink(t.skipPreview, () => document.querySelector<HTMLInputElement>('input[name="route"]:checked'), { id: 'skip-preview', class: 'skip' });
  return h(
    'section',
    { 'aria-labelledby': 'preview-heading', class: 'preview' },
    h('h2', { id: 'preview-heading' }, t.previewHeading),
    skip,
    h(
      'div',
      { class: 'preview-controls' },
      radios('width', t.width, t.widths, config.width, (width: Width) => {
        config.width = width;
        fitPreview();
        refresh();
      }),
      radios('shade', t.shade, t.shades, config.shade, (shade) => {
        config.shade = shade;
        refresh();
      }),
      radios('page-lang', t.pageLang, languageNames, config.pageLang, (language) => {
        config.pageLang = language;
        refresh();
      }),
    ),
    h('p', { class: 'hint' }, t.previewHint),
    h('div', { class: 'frame-area', id: 'preview-area' }, box, h('p', { class: 'hint', id: 'preview-scale' })),
    h('div', { id: 'preview-problems', 'aria-live': 'polite' }),
  );
}

/**
 * Gives the preview the chosen width. Set when a width is chosen (and when the window changes) only,
 * so a width dragged by the frame's corner stays while the person types. A width wider than the space
 * beside the form is shown smaller, laid out at its real width.
 */
function fitPreview(): void {
  const area = document.getElementById('preview-area');
  const box = document.getElementById('preview-box');
  const frame = document.getElementById('preview-frame');
  if (!area || !box || !frame) return;
  const wanted = WIDTHS[config.width];
  const note = byId('preview-scale');
  box.style.width = `${Math.min(wanted, area.clientWidth)}px`;
  if (wanted <= area.clientWidth) {
    box.classList.remove('scaled');
    box.style.height = frame.style.width = frame.style.height = frame.style.transform = '';
    note.textContent = '';
    return;
  }
  const scale = box.clientWidth / wanted;
  const height = innerHeight * 0.7;
  box.classList.add('scaled');
  box.style.height = `${height + (box.offsetHeight - box.clientHeight)}px`;
  frame.style.width = `${wanted}px`;
  frame.style.height = `${height / scale}px`;
  frame.style.transform = `scale(${scale})`;
  note.textContent = t.scaled(Math.round(scale * 100), wanted);
}

function routeSection(): HTMLElement {
  const labels = Object.fromEntries(Object.keys(ROUTES).map((route) => [route, t.routes[route] ?? route])) as Record<RouteId, string>;
  return h(
    'section',
    { 'aria-labelledby': 'route-heading' },
    h('h2', { id: 'route-heading' }, t.routeHeading),
    // The section's heading says it already; the legend names the group for screen readers.
    radios(
      'route',
      t.routeHeading,
      labels,
      config.route,
      (route: RouteId) => {
        config.route = route;
        refresh();
      },
      true,
    ),
  );
}

function outputSection(): HTMLElement {
  const link = h('input', { type: 'text', id: 'share-link', readonly: true, 'aria-describedby': 'share-hint' });
  const copyLink = h('button', { type: 'button', id: 'copy-link' }, t.copyLink);
  copyLink.addEventListener('click', () => void copy(link.value, link, false));
  return h(
    'section',
    { 'aria-labelledby': 'code-heading' },
    h('h2', { id: 'code-heading' }, t.codeHeading),
    h('div', { id: 'code-problems', class: 'code-problems', tabindex: '-1' }),
    h('div', { id: 'code' }),
    h('p', { id: 'copy-status', role: 'status' }),
    h('h3', {}, t.shareHeading),
    h('p', { class: 'hint', id: 'share-hint' }, t.shareHint),
    h('div', { class: 'share' }, h('label', { for: 'share-link', class: 'visually-hidden' }, t.shareHeading), link, copyLink),
  );
}

/**
 * Builds the whole form again, after a change of structure (an element added, moved or removed, or
 * the interface language), keeping the keyboard focus on the control with `focusId` (or the one that
 * had it).
 */
function renderForm(focusId = document.activeElement?.id): void {
  t = TEXTS[config.ui];
  document.documentElement.lang = config.ui;
  document.title = t.title;
  byId('title').textContent = t.title;
  byId('intro').textContent = t.intro;
  byId('ui-language-label').textContent = t.interfaceLanguage;
  byId<HTMLSelectElement>('ui-language').value = config.ui;
  // Built anew, the preview frame loads the library again (cached): simpler than moving it, which reloads it anyway.
  byId('downloads').replaceChildren(...downloadsSection());
  byId('builder').replaceChildren(whatSection(), clinicSection(), previewSection(), routeSection(), outputSection());
  fitPreview();
  refresh();
  if (focusId) document.getElementById(focusId)?.focus();
}

// ——— Downloads ———

/** A link that downloads a release file, named with its type and size: `Files for your website (zip, 99 KB)`. */
function downloadLink(id: DownloadId, attributes: Record<string, string> = {}): HTMLAnchorElement | undefined {
  const file = release?.files[id];
  if (!file) return undefined;
  return h('a', { href: new URL(file.file, releaseFolder).href, download: file.file, 'data-download': id, ...attributes }, t.downloadLink(t.downloads[id], FILE_TYPES[id], kilobytes(file.bytes)));
}

/** Every release file, above the form: what the steps of step 5 ask for. */
function downloadsSection(): HTMLElement[] {
  if (!release) return [h('p', { class: 'hint', id: 'release-missing' }, t.releaseMissing)];
  const ids: DownloadId[] = ['files', 'wordpress', 'singlePaste', 'package', 'changelog', 'sums'];
  return [
    h('h2', { id: 'downloads-heading' }, t.downloadsHeading(release.version)),
    h('p', { class: 'hint' }, t.downloadsHint),
    h('ul', { class: 'downloads', 'aria-labelledby': 'downloads-heading' }, ...ids.map((id) => h('li', {}, downloadLink(id)))),
  ];
}

/**
 * Reads the single-paste script once, from the start (it is the code of two routes, about 50 KB
 * compressed), then shows the code again.
 */
function readSinglePaste(): void {
  if (!release || singlePasteLoading) return;
  singlePasteLoading = loadSinglePaste(release).then((text) => {
    singlePaste = text;
    singlePasteLoading = undefined;
    showCode();
  });
}

// ——— What changes at every keystroke ———

/** `[0, 128, 128]` → `#008080`. */
const hexOf = (rgb: readonly number[]): string => `#${rgb.map((channel) => channel.toString(16).padStart(2, '0')).join('')}`;

/**
 * A setting as the plugin's settings screen takes it: the brand colour as #rrggbb (its colour picker
 * takes no name like `teal`), the rest as typed.
 */
function pluginValue(name: TextSettingName): string {
  const value = config.settings[name]!.trim();
  const rgb = name === 'accent' ? parseColor(value) : undefined;
  return rgb ? hexOf(rgb) : value;
}

/** What is wrong with a setting's value, in words for its field, or undefined. */
function settingProblem(name: TextSettingName): string | undefined {
  const value = config.settings[name]?.trim() ?? '';
  if (value === '' || SETTING_RULES[name]?.(value) !== false) return undefined;
  const words = t.settings[name];
  // Written as asked, but there is no such day (2026-02-30).
  if (words.noSuchDate && /^\d{4}-\d{2}-\d{2}$/.test(value)) return words.noSuchDate;
  return words.problem ?? '';
}

function showSettingProblems(): void {
  for (const name of SETTING_NAMES) {
    const id = `setting-${TEXT_SETTINGS[name]}`;
    const problem = checkedSettings.has(name) ? settingProblem(name) : undefined;
    const control = byId(id);
    if (problem !== undefined) control.setAttribute('aria-invalid', 'true');
    else control.removeAttribute('aria-invalid');
    const value = config.settings[name]?.trim() ?? '';
    byId(`${id}-problem`).textContent =
      problem !== undefined ? `${t.invalidBefore} ${problem}` : name === 'reviewedVersion' ? unsignedNote(value) : '';
  }
}

/**
 * A part that the whole guide already shows (and does not leave out) would show twice: said under
 * that part. The guide's sections are its standard tags, in builder-data.json.
 */
function showDuplicates(): void {
  const guide = config.elements.find((element) => element.tagName === 'back-surgery-guide');
  const excluded = idsOf(guide?.attributes.exclude ?? '');
  for (const element of config.elements) {
    const twice = guide && element !== guide && data.guideSections.includes(element.tagName) && !excluded.includes(element.tagName);
    const notice = document.getElementById(`notice-${element.tagName}`);
    if (notice) notice.textContent = twice ? t.alreadyInGuide : '';
  }
}

/** A note when the reviewed versions given do not include the text the guide shows (in its language, or in each). */
function unsignedNote(value: string): string {
  const signed = value ? contentVersionsOf(value) : undefined;
  if (!signed) return '';
  const shown = Object.entries(data.contentVersions).filter(([lang]) => !config.language || lang === config.language);
  const unsigned = shown.filter(([, version]) => !signed.includes(version)).map(([lang, version]) => `${version} (${lang})`);
  return unsigned.length ? t.notSignedVersion(unsigned.join(', ')) : '';
}

function showContrast(): void {
  const rgb = config.settings.accent?.trim() ? parseColor(config.settings.accent.trim()) : undefined;
  const swatch = byId('accent-swatch');
  const out = byId('accent-contrast');
  const picker = byId<HTMLInputElement>('accent-picker');
  if (!rgb) {
    // A colour input cannot be empty: it shows the colour the guide has without one, not black.
    swatch.style.background = '';
    picker.value = DEFAULT_ACCENT;
    out.replaceChildren(config.settings.accent?.trim() ? '' : t.accentUnset);
    return;
  }
  swatch.style.background = `rgb(${rgb.join(', ')})`;
  picker.value = hexOf(rgb);
  const on = readableOn(rgb);
  const onWhite = contrastRatio(rgb, WHITE);
  out.replaceChildren(
    h('span', { id: 'accent-text-colour' }, t.contrast(on[0] === 0 ? t.black : t.white, contrastRatio(rgb, on).toFixed(1))),
    ' ',
    h('span', {}, onWhite >= 3 ? t.standsOut(onWhite.toFixed(1)) : t.blendsIn(onWhite.toFixed(1))),
  );
}

/** The problems in the code as it stands, each with the field or part it is about: what Copy refuses. */
function codeProblems(): { text: string; target: string }[] {
  const settings = SETTING_NAMES.flatMap((name) => {
    const problem = settingProblem(name);
    return problem === undefined ? [] : [{ text: `${t.settings[name].label}: ${problem}`, target: `setting-${TEXT_SETTINGS[name]}` }];
  });
  const elements = config.elements.flatMap((element) => (elementWarnings.get(element.tagName) ?? []).map((warning) => ({ text: warning, target: `problems-${element.tagName}` })));
  return [...settings, ...elements];
}

/** The problems above the code, each a link to its field, as an error summary. */
function showCodeProblems(): void {
  const problems = config.elements.length ? codeProblems() : [];
  byId('code-problems').replaceChildren(
    ...(problems.length
      ? [
          h('p', { class: 'problems-heading' }, t.problemsHeading),
          h('ul', {}, ...problems.map((problem) => h('li', {}, focusLink(problem.text, () => document.getElementById(problem.target))))),
        ]
      : []),
  );
}

function showCode(): void {
  const code = byId('code');
  showCodeProblems();
  if (config.elements.length === 0) {
    delete code.dataset.route;
    code.replaceChildren(h('p', { class: 'empty' }, t.nothingChosen));
    return;
  }
  const output = routeOutput(config.route, { data, config, t, release, singlePaste: singlePasteLoading ? 'loading' : singlePaste, measured });
  // Said when the code is complete, for whoever waits on it (the tests).
  if (output.unavailable) delete code.dataset.route;
  else code.dataset.route = config.route;
  const settings = SETTING_NAMES.filter((name) => config.settings[name]?.trim());
  const downloadStep = output.downloadStep ?? 0;
  code.replaceChildren(
    h(
      'ol',
      { class: 'steps' },
      ...output.steps.map((step, index) => {
        if (index !== downloadStep || !output.download) return h('li', {}, step);
        const link = downloadLink(output.download, { class: 'download' });
        return h('li', {}, step, ' ', link ?? h('span', { class: 'hint' }, t.releaseMissing));
      }),
    ),
    ...(output.settingsInPlugin && settings.length
      ? [h('p', {}, t.pluginSettings), h('dl', { class: 'plugin-settings' }, ...settings.flatMap((name) => [h('dt', {}, t.settings[name].label), h('dd', {}, pluginValue(name))]))]
      : []),
    ...output.parts.map((part, index) => {
      const id = `part-${part.id}`;
      const button = h('button', { type: 'button', class: 'copy', 'data-part': part.id, 'aria-describedby': `${id}-title` }, t.copy);
      // A long part (the single paste holds the whole library) scrolls in a box of its own.
      const pre = h('pre', { id, tabindex: '0', 'aria-labelledby': `${id}-title`, class: part.code.length > 20000 ? 'long' : undefined }, h('code', {}, part.code));
      button.addEventListener('click', () => void copy(part.code, pre));
      return h('div', { class: 'part' }, h('h3', { id: `${id}-title` }, `${output.parts.length > 1 ? `${index + 1}. ` : ''}${part.title}`), pre, button);
    }),
    ...(output.notes?.length ? [h('ul', { class: 'notes' }, ...output.notes.map((note) => h('li', {}, note)))] : []),
  );
}

/**
 * Copies text to the clipboard. The code is not copied while it has a problem: the problems are shown
 * above it, and the focus moves there.
 */
async function copy(text: string, source: HTMLElement, refuseProblems = true): Promise<void> {
  const status = byId('copy-status');
  status.textContent = '';
  if (refuseProblems && codeProblems().length) {
    for (const name of SETTING_NAMES) checkedSettings.add(name);
    showSettingProblems();
    showCodeProblems();
    status.textContent = t.notCopied;
    byId('code-problems').focus();
    return;
  }
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = t.copied;
  } catch {
    // No clipboard (an old browser, or permission refused): select the text for the keyboard's copy.
    if (source instanceof HTMLInputElement) source.select();
    else getSelection()?.selectAllChildren(source);
    status.textContent = t.copyFailed;
  }
}

// ——— Preview ———

/** What the library warned about in the preview, since the last update. */
let previewWarnings: string[] = [];
/** The warnings of the last preview that name an element, by tag: problems in the code. */
const elementWarnings = new Map<string, string[]>();

/** Shows the library's own warnings (the elements' rules) next to the element they are about. */
function watchPreviewWarnings(): void {
  const view = byId<HTMLIFrameElement>('preview-frame').contentWindow as (Window & typeof globalThis) | null;
  if (!view) return;
  const original = view.console.warn.bind(view.console);
  view.console.warn = (...args: unknown[]) => {
    previewWarnings.push(args.map(String).join(' ').replace(PREFIX, ''));
    original(...args);
  };
}

let previewTimer: ReturnType<typeof setTimeout> | undefined;

function updatePreview(): void {
  const frame = byId<HTMLIFrameElement>('preview-frame');
  const doc = frame.contentDocument;
  const root = doc?.getElementById('preview');
  if (!doc || !root) return;
  // The page's language, not this page's: the snippet has no lang unless the guide's language is chosen.
  doc.documentElement.lang = config.pageLang;
  doc.body.classList.toggle('dark', config.shade === 'dark');
  clearTimeout(previewTimer);
  previewTimer = setTimeout(() => {
    previewWarnings = [];
    // Parsed as HTML in the preview's document, whose Content-Security-Policy runs no inline script:
    // the markup is the snippet's own, escaped (markup.ts).
    root.innerHTML = [...settingsElement(config), ...elementTags(data, config)].join('\n');
    const elements = [...root.querySelectorAll('*')].filter((element) => element.localName.includes('-')) as (Element & { updateComplete?: Promise<unknown> })[];
    void Promise.all(elements.map((element) => element.updateComplete)).then(() => {
      showPreviewWarnings();
      measurePreview(doc);
    });
  }, 150);
}

/** The chosen parts' height at the preview's width, for the Wix step (its frame does not grow). */
function measurePreview(doc: Document): void {
  const now = { height: Math.ceil(doc.documentElement.scrollHeight), width: doc.documentElement.clientWidth };
  if (measured?.height === now.height && measured.width === now.width) return;
  measured = now;
  if (config.route === 'wix') showCode();
}

function showPreviewWarnings(): void {
  const general: string[] = [];
  elementWarnings.clear();
  for (const warning of previewWarnings) {
    // The page settings' problems are flagged next to their fields already, by the same rules.
    if (warning.startsWith('the page settings ')) continue;
    const tag = config.elements.find((element) => warning.includes(`<${element.tagName}>`))?.tagName;
    if (tag) elementWarnings.set(tag, [...(elementWarnings.get(tag) ?? []), warning]);
    else general.push(warning);
  }
  for (const element of config.elements) {
    document.getElementById(`problems-${element.tagName}`)?.replaceChildren(...(elementWarnings.get(element.tagName) ?? []).map((warning) => h('li', {}, `${t.invalidBefore} ${warning}`)));
  }
  byId('preview-problems').replaceChildren(...(general.length ? [h('p', {}, t.previewProblems), h('ul', {}, ...general.map((warning) => h('li', {}, warning)))] : []));
  showCodeProblems();
}

function refresh(): void {
  showSettingProblems();
  showDuplicates();
  showContrast();
  showCode();
  updatePreview();
  writtenFragment = toFragment(config);
  history.replaceState(null, '', `#${writtenFragment}`);
  byId<HTMLInputElement>('share-link').value = location.href;
}

// ——— Start ———

/** The settings a link filled in are checked at once: the person did not type them. */
function checkGivenSettings(): void {
  checkedSettings.clear();
  for (const name of SETTING_NAMES) if (config.settings[name]?.trim()) checkedSettings.add(name);
}

async function start(): Promise<void> {
  [data, release] = await Promise.all([loadData(), loadRelease()]);
  readSinglePaste();
  config = fromFragment(location.hash, data, startingConfig(data, initialUi()));
  checkGivenSettings();
  const uiSelect = byId<HTMLSelectElement>('ui-language');
  uiSelect.replaceChildren(...UI_LANGUAGES.map((code) => h('option', { value: code, lang: code }, new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code)));
  uiSelect.addEventListener('change', () => {
    config.ui = uiSelect.value as UiLanguage;
    renderForm('ui-language');
  });
  // A link opened in this tab (pasted into the address bar) changes the fragment.
  addEventListener('hashchange', () => {
    if (location.hash.slice(1) === writtenFragment) return;
    config = fromFragment(location.hash, data, startingConfig(data, config.ui));
    checkGivenSettings();
    renderForm();
  });
  addEventListener('resize', fitPreview);
  renderForm();
  document.body.classList.add('ready');
}

void start();
