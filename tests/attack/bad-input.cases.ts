/**
 * Bad input for every attribute and every property of every element, generated from
 * custom-elements.json (the documented API), not from a hand-kept list: a new attribute is attacked
 * the day it is documented. Each case must end with no uncaught error, at most one warning, no
 * markup a value could have injected, and the element (or, for <ubs-settings>, the elements that use
 * it) still rendering. Used by bad-input.test.ts (a subset, in `npm test`) and bad-input.full.ts
 * (everything, in `npm run test:attack`).
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { shadowRoots } from '../helpers.js';

export interface Api {
  tag: string;
  /** Attribute names. */
  attributes: string[];
  /** Public, writable instance properties. */
  properties: string[];
  /** Attributes that are boolean (present or not). */
  booleans: Set<string>;
}

interface ManifestMember {
  kind: string;
  name: string;
  static?: boolean;
  privacy?: string;
  readonly?: boolean;
}
interface ManifestDeclaration {
  tagName?: string;
  customElement?: boolean;
  attributes?: { name: string; type?: { text: string } }[];
  members?: ManifestMember[];
}

/** Every element's documented attributes and properties. */
export async function readApi(): Promise<Api[]> {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as { modules: { declarations?: ManifestDeclaration[] }[] };
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .map((declaration) => ({
      tag: declaration.tagName!,
      attributes: (declaration.attributes ?? []).map((attribute) => attribute.name),
      properties: (declaration.members ?? [])
        .filter((member) => member.kind === 'field' && !member.static && !member.readonly && (member.privacy ?? 'public') === 'public')
        .map((member) => member.name),
      booleans: new Set((declaration.attributes ?? []).filter((attribute) => attribute.type?.text === 'boolean').map((attribute) => attribute.name)),
    }));
}

/** What a hostile or careless page writes into an attribute. */
export const BAD_STRINGS: readonly string[] = [
  '',
  '   ',
  '0',
  '-1',
  '0x3',
  '1e1',
  'NaN',
  'null',
  'undefined',
  'true',
  '[object Object]',
  'x'.repeat(100_000),
  '<img src=x onerror="window.__pwned=1">',
  '"><script>window.__pwned=1</script>',
  'javascript:window.__pwned=1',
  "$& $' $` $$ {clinic}",
  '0099-12-31',
  'var(--x)',
  'currentColor',
  'inherit',
  'https://user:pass@evil.example/',
  'spine@clinic.example?subject=Hi&body=x.com',
  '__proto__',
  '{"__proto__": {"polluted": 1}, "en": {"lang": "not a locale!!"}}',
  '\u0000\u202e\ud800 ',
];

/** What a script (or a framework binding the wrong thing) assigns to a property. */
export function badValues(): [string, unknown][] {
  const cyclic: Record<string, unknown> = {};
  cyclic.en = cyclic;
  const { proxy: revoked, revoke } = Proxy.revocable({}, {});
  revoke();
  const thrower = () => {
    throw new Error('hostile');
  };
  return [
    ['null', null],
    ['undefined', undefined],
    ['0', 0],
    ['5', 5],
    ['NaN', NaN],
    ['-Infinity', -Infinity],
    ['true', true],
    ['{}', {}],
    ['[]', []],
    ['[1, 2]', [1, 2]],
    ['a function', () => 1],
    ['a symbol', Symbol('bad')],
    ['a bigint', 10n],
    ['a String object', new String('open')],
    ['a Date', new Date('x')],
    ['an object with a throwing getter', { get en() { return thrower(); } }],
    ['an object whose toString throws', { toString: thrower, valueOf: thrower }],
    ['a Proxy that throws on everything', new Proxy({}, { get: thrower, has: thrower, ownKeys: thrower, getOwnPropertyDescriptor: thrower, getPrototypeOf: thrower })],
    ['a revoked Proxy', revoked],
    ['a cyclic object', cyclic],
    ['a hostile string', '<img src=x onerror="window.__pwned=1">'],
    ['a 100,000-character string', 'y'.repeat(100_000)],
  ];
}

/** Markup or links a value could only have got in by injection. */
function dangerous(root: ShadowRoot): string[] {
  const found: string[] = [];
  for (const node of root.querySelectorAll('*')) {
    // The library's own drawings are <svg class="art"> (src/shared/illustrations.ts); no other svg belongs.
    const ownDrawing = node.localName === 'svg' && node.classList.contains('art');
    if (['script', 'img', 'svg', 'iframe', 'object', 'embed', 'style'].includes(node.localName) && !ownDrawing) found.push(`<${node.localName}>`);
    for (const { name, value } of node.attributes) {
      if (name.startsWith('on')) found.push(`${node.localName}[${name}]`);
      if (/^\s*(javascript|data|vbscript):/i.test(value)) found.push(`${node.localName}[${name}=${value.slice(0, 40)}]`);
    }
  }
  return found;
}

/** Waits until `element` and every element in its shadow roots have rendered, or a render has failed. */
export async function settle(element: Element): Promise<void> {
  // Polls `isUpdatePending` rather than awaiting `updateComplete`, which would mark a failed update's
  // rejection as handled and hide the error from the `unhandledrejection` listener.
  for (let tries = 0; tries < 500; tries++) {
    const hosts = [element, ...shadowRoots(element).map((root) => root.host)] as (Element & { isUpdatePending?: boolean })[];
    if (hosts.every((host) => !host.isUpdatePending)) return;
    await new Promise((resolve) => setTimeout(resolve));
  }
}

/** Elements that read <ubs-settings>, to see what bad settings do. */
const SETTINGS_READERS = ['second-opinion', 'medical-disclaimer', 'risk-list'];

export interface Outcome {
  errors: string[];
  warnings: string[];
  injected: string[];
  empty: string[];
}

/**
 * Runs `body` on a fresh element of `tag` (with the elements that read it, for <ubs-settings>) on a
 * stage in the page, recording uncaught errors; console.warn goes to `onWarn`. Cleans up after.
 */
async function onStage<T>(
  tag: string,
  onWarn: (...args: unknown[]) => void,
  body: (element: HTMLElement, watched: HTMLElement[], stage: HTMLElement, errors: string[]) => Promise<T>,
): Promise<T> {
  const errors: string[] = [];
  const onError = (event: ErrorEvent | PromiseRejectionEvent) => {
    errors.push(String('reason' in event ? event.reason : event.message));
    event.preventDefault();
  };
  const originalWarn = console.warn;
  const stage = document.createElement('div');
  document.body.append(stage);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onError);
  console.warn = onWarn;
  try {
    const element = document.createElement(tag);
    const watched = tag === 'ubs-settings' ? SETTINGS_READERS.map((reader) => document.createElement(reader)) : [element];
    return await body(element, watched, stage, errors);
  } finally {
    console.warn = originalWarn;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
    stage.remove();
  }
}

/**
 * Runs one case: `apply` gets a fresh element of `tag` (connected when `connected`, after its first
 * render) and does something bad to it. Returns what went wrong.
 */
export async function runCase(tag: string, apply: (element: HTMLElement) => void, connected: boolean): Promise<Outcome> {
  const warnings: string[] = [];
  const onWarn = (...args: unknown[]) => void warnings.push(args.map(String).join(' ').slice(0, 2000));
  return onStage(tag, onWarn, async (element, watched, stage, errors) => {
    try {
      if (connected) {
        stage.append(element, ...(tag === 'ubs-settings' ? watched : []));
        await Promise.all(watched.map(settle));
      }
      apply(element);
      if (!connected) stage.append(element, ...(tag === 'ubs-settings' ? watched : []));
    } catch (error) {
      errors.push(`thrown: ${String(error)}`);
    }
    await Promise.all(watched.map(settle));
    await new Promise((resolve) => setTimeout(resolve));
    const roots = watched.flatMap(shadowRoots);
    return {
      errors,
      warnings,
      injected: [...roots.flatMap(dangerous), ...((window as { __pwned?: unknown }).__pwned ? ['window.__pwned set'] : [])],
      empty: watched.filter((host) => !host.shadowRoot?.textContent?.trim()).map((host) => host.localName),
    };
  });
}

/** The checks every case must pass. */
export function expectHarmless(outcome: Outcome): void {
  expect(outcome.errors, 'uncaught errors').to.deep.equal([]);
  expect(outcome.warnings.length, `warnings: ${outcome.warnings.join(' | ')}`).to.be.at.most(1);
  expect(outcome.injected, 'injected markup').to.deep.equal([]);
  expect(outcome.empty, 'elements that render nothing').to.deep.equal([]);
  // A quoted value is cut to 200 characters and lists to 10 items: a warning stays readable.
  for (const warning of outcome.warnings) expect(warning.length, 'warning length').to.be.below(700);
}

/** Markup an element rendered (its own and nested shadow roots), without Lit's comment markers. */
export function renderedMarkup(element: Element): string {
  return shadowRoots(element)
    .map((root) => root.innerHTML.replace(/<!--[^]*?-->/g, ''))
    .join('\n');
}

/**
 * Registers the mocha tests: for each element, each attribute given each bad string (before and
 * after the first render), each property given each bad value, and each attribute set then removed.
 * `pick` chooses which values a given attribute or property gets (all of them, or a rotating few).
 */
export function describeBadInput(pick: <T>(values: readonly T[], index: number) => readonly T[]): void {
  let api: Api[] = [];
  before(async () => {
    api = await readApi();
    expect(api.length, 'elements in custom-elements.json').to.be.at.least(11);
  });

  it('every attribute: bad values warn at most once, never throw or inject, and the element renders', async function () {
    this.timeout(600_000);
    const failures: string[] = [];
    let index = 0;
    for (const { tag, attributes } of api) {
      for (const attribute of attributes) {
        for (const value of pick(BAD_STRINGS, index++)) {
          for (const connected of [false, true]) {
            const outcome = await runCase(tag, (element) => element.setAttribute(attribute, value), connected);
            try {
              expectHarmless(outcome);
            } catch (error) {
              failures.push(`<${tag} ${attribute}="${value.slice(0, 40)}"> (${connected ? 'after render' : 'before'}): ${String(error)}`);
            }
          }
        }
      }
    }
    expect(index, 'attributes attacked').to.be.at.least(30);
    expect(failures).to.deep.equal([]);
  });

  it('every property: values of the wrong type warn at most once, never throw or inject, and the element renders', async function () {
    this.timeout(600_000);
    const failures: string[] = [];
    let index = 0;
    for (const { tag, properties } of api) {
      for (const property of properties) {
        for (const [label] of pick(badValues(), index++)) {
          for (const connected of [false, true]) {
            // Fresh values for each case: a revoked Proxy or a cyclic object must not leak between cases.
            const value = badValues().find(([name]) => name === label)![1];
            const outcome = await runCase(tag, (element) => void ((element as unknown as Record<string, unknown>)[property] = value), connected);
            try {
              expectHarmless(outcome);
            } catch (error) {
              failures.push(`<${tag}>.${property} = ${label} (${connected ? 'after render' : 'before'}): ${String(error)}`);
            }
          }
        }
      }
    }
    expect(index, 'properties attacked').to.be.at.least(30);
    expect(failures).to.deep.equal([]);
  });

  it('every attribute: set, then removed, leaves the element as a fresh one renders, with no error', async function () {
    this.timeout(600_000);
    const failures: string[] = [];
    for (const { tag, attributes, booleans } of api) {
      for (const attribute of attributes) {
        const value = booleans.has(attribute) ? '' : (SAMPLE_VALUES[attribute] ?? 'x');
        const fresh = await runRemoval(tag, undefined);
        const removed = await runRemoval(tag, [attribute, value]);
        if (removed.errors.length > 0 || removed.markup !== fresh.markup) {
          failures.push(`<${tag} ${attribute}="${value}"> then removed: errors ${JSON.stringify(removed.errors)}, same render: ${removed.markup === fresh.markup}`);
        }
      }
    }
    expect(failures).to.deep.equal([]);
  });
}

/** A value that changes what each attribute's element shows, so its removal has something to undo. */
const SAMPLE_VALUES: Readonly<Record<string, string>> = {
  'heading-level': '4',
  theme: 'dark',
  show: 'common',
  procedures: 'open',
  highlight: 'open',
  questions: 'painful',
  exclude: 'risk-list',
  'last-reviewed': '2020-01-01',
  'reviewed-by': 'Dr. Ana Reyes',
  'clinic-name': 'Riverside Spine',
  phone: '+1 555 010 0100',
  'booking-url': 'https://example.org/book',
  email: 'spine@example.org',
  accent: 'rebeccapurple',
  'reviewer-name': 'Dr. Ana Reyes',
  'reviewer-credentials': 'MD',
  'review-date': '2020-01-01',
  content: '{"en": {"risks": {"title": "Changed"}}}',
};

/**
 * What an element renders when `attribute` (if given) is set after its first render, then removed.
 * For <ubs-settings>, what the elements that read it render.
 */
async function runRemoval(tag: string, attribute: [string, string] | undefined): Promise<{ errors: string[]; markup: string }> {
  return onStage(tag, () => undefined, async (element, watched, stage, errors) => {
    stage.append(element, ...(tag === 'ubs-settings' ? watched : []));
    await Promise.all(watched.map(settle));
    if (attribute) {
      try {
        element.setAttribute(...attribute);
        await Promise.all(watched.map(settle));
        element.removeAttribute(attribute[0]);
      } catch (error) {
        errors.push(`thrown: ${String(error)}`);
      }
      await Promise.all(watched.map(settle));
    }
    return { errors, markup: watched.map(renderedMarkup).join('\n') };
  });
}
