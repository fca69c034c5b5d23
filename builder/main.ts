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
import { loadData, type AttributeInfo, type BuilderData, type ElementInfo } from './data.js';
import { h, withCode } from './dom.js';
import { elementTags, settingsElement } from './markup.js';
import { labelOf } from './names.js';
import { ROUTES, routeOutput, type RouteId } from './routes.js';
import { TEXTS, UI_LANGUAGES, type Texts, type UiLanguage } from './text.js';

const WHITE = [255, 255, 255] as const;
const PREFIX = /^upper-back-surgery-elements: /;

const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

let data: BuilderData;
let config: Config;
let t: Texts;
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
  control.addEventListener(control instanceof HTMLSelectElement ? 'change' : 'input', () => {
    config.settings[name] = control.value;
    refresh();
  });
  const extra: HTMLElement[] = [];
  if (name === 'accent') {
    const picker = h('input', { type: 'color', id: 'accent-picker' });
    picker.addEventListener('input', () => {
      control.value = picker.value;
      config.settings.accent = picker.value;
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

function previewSection(): HTMLElement {
  const frame = h('iframe', { id: 'preview-frame', src: 'preview.html', title: t.previewTitle });
  const box = h('div', { class: 'frame', id: 'preview-box' }, frame);
  // Set when a width is chosen only, so a width dragged by the corner stays while the person types.
  const showWidth = () => (box.style.width = `${WIDTHS[config.width]}px`);
  showWidth();
  frame.addEventListener('load', () => {
    watchPreviewWarnings();
    updatePreview();
  });
  return h(
    'section',
    { 'aria-labelledby': 'preview-heading', class: 'preview' },
    h('h2', { id: 'preview-heading' }, t.previewHeading),
    h(
      'div',
      { class: 'preview-controls' },
      radios('width', t.width, t.widths, config.width, (width: Width) => {
        config.width = width;
        showWidth();
        refresh();
      }),
      radios('shade', t.shade, t.shades, config.shade, (shade) => {
        config.shade = shade;
        refresh();
      }),
    ),
    h('p', { class: 'hint' }, t.previewHint),
    box,
    h('div', { id: 'preview-problems', 'aria-live': 'polite' }),
  );
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
  copyLink.addEventListener('click', () => void copy(link.value, link));
  return h(
    'section',
    { 'aria-labelledby': 'code-heading' },
    h('h2', { id: 'code-heading' }, t.codeHeading),
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
  byId('builder').replaceChildren(whatSection(), clinicSection(), previewSection(), routeSection(), outputSection());
  refresh();
  if (focusId) document.getElementById(focusId)?.focus();
}

// ——— What changes at every keystroke ———

function showSettingProblems(): void {
  for (const name of SETTING_NAMES) {
    const id = `setting-${TEXT_SETTINGS[name]}`;
    const value = config.settings[name]?.trim() ?? '';
    const bad = value !== '' && SETTING_RULES[name]?.(value) === false;
    const control = byId(id);
    if (bad) control.setAttribute('aria-invalid', 'true');
    else control.removeAttribute('aria-invalid');
    byId(`${id}-problem`).textContent = bad ? `${t.invalidBefore} ${t.settings[name].problem ?? ''}` : name === 'reviewedVersion' ? unsignedNote(value) : '';
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
  if (!rgb) {
    swatch.style.background = '';
    out.replaceChildren();
    return;
  }
  swatch.style.background = `rgb(${rgb.join(', ')})`;
  byId<HTMLInputElement>('accent-picker').value = `#${rgb.map((channel) => channel.toString(16).padStart(2, '0')).join('')}`;
  const on = readableOn(rgb);
  const onWhite = contrastRatio(rgb, WHITE);
  out.replaceChildren(
    h('span', { id: 'accent-text-colour' }, t.contrast(on[0] === 0 ? t.black : t.white, contrastRatio(rgb, on).toFixed(1))),
    ' ',
    h('span', {}, onWhite >= 3 ? t.standsOut(onWhite.toFixed(1)) : t.blendsIn(onWhite.toFixed(1))),
  );
}

function showCode(): void {
  const code = byId('code');
  if (config.elements.length === 0) {
    code.replaceChildren(h('p', { class: 'empty' }, t.nothingChosen));
    return;
  }
  const output = routeOutput(config.route, data, config, t);
  const settings = SETTING_NAMES.filter((name) => config.settings[name]?.trim());
  code.replaceChildren(
    h('ol', { class: 'steps' }, ...output.steps.map((step) => h('li', {}, step))),
    ...(output.settingsInPlugin && settings.length
      ? [h('p', {}, t.pluginSettings), h('dl', { class: 'plugin-settings' }, ...settings.flatMap((name) => [h('dt', {}, t.settings[name].label), h('dd', {}, config.settings[name]!.trim())]))]
      : []),
    ...output.parts.map((part, index) => {
      const id = `part-${part.id}`;
      const button = h('button', { type: 'button', class: 'copy', 'data-part': part.id, 'aria-describedby': `${id}-title` }, t.copy);
      const pre = h('pre', { id, tabindex: '0', 'aria-labelledby': `${id}-title` }, h('code', {}, part.code));
      button.addEventListener('click', () => void copy(part.code, pre));
      return h('div', { class: 'part' }, h('h3', { id: `${id}-title` }, `${output.parts.length > 1 ? `${index + 1}. ` : ''}${part.title}`), pre, button);
    }),
  );
}

async function copy(text: string, source: HTMLElement): Promise<void> {
  const status = byId('copy-status');
  status.textContent = '';
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
  doc.documentElement.lang = config.ui;
  doc.body.classList.toggle('dark', config.shade === 'dark');
  clearTimeout(previewTimer);
  previewTimer = setTimeout(() => {
    previewWarnings = [];
    // Parsed as HTML in the preview's document, whose Content-Security-Policy runs no inline script:
    // the markup is the snippet's own, escaped (markup.ts).
    root.innerHTML = [...settingsElement(config), ...elementTags(data, config)].join('\n');
    const elements = [...root.querySelectorAll('*')].filter((element) => element.localName.includes('-')) as (Element & { updateComplete?: Promise<unknown> })[];
    void Promise.all(elements.map((element) => element.updateComplete)).then(showPreviewWarnings);
  }, 150);
}

function showPreviewWarnings(): void {
  const general: string[] = [];
  const byElement = new Map<string, string[]>();
  for (const warning of previewWarnings) {
    // The page settings' problems are flagged next to their fields already, by the same rules.
    if (warning.startsWith('the page settings ')) continue;
    const tag = config.elements.find((element) => warning.includes(`<${element.tagName}>`))?.tagName;
    if (tag) byElement.set(tag, [...(byElement.get(tag) ?? []), warning]);
    else general.push(warning);
  }
  for (const element of config.elements) {
    document.getElementById(`problems-${element.tagName}`)?.replaceChildren(...(byElement.get(element.tagName) ?? []).map((warning) => h('li', {}, `${t.invalidBefore} ${warning}`)));
  }
  byId('preview-problems').replaceChildren(...(general.length ? [h('p', {}, t.previewProblems), h('ul', {}, ...general.map((warning) => h('li', {}, warning)))] : []));
}

function refresh(): void {
  showSettingProblems();
  showContrast();
  showCode();
  updatePreview();
  writtenFragment = toFragment(config);
  history.replaceState(null, '', `#${writtenFragment}`);
  byId<HTMLInputElement>('share-link').value = location.href;
}

// ——— Start ———

async function start(): Promise<void> {
  data = await loadData();
  config = fromFragment(location.hash, data, startingConfig(data, initialUi()));
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
    renderForm();
  });
  renderForm();
  document.body.classList.add('ready');
}

void start();
