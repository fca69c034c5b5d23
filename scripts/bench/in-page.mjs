// Code that runs inside the page, not in Node. Puppeteer sends each function's source text to the
// browser, so every function here must be self-contained: no imports, no variables from this module.

/**
 * Installed once per page (page.evaluate) before anything is measured; the other in-page functions
 * use these helpers through `window.__bench`. Also works with the page's JavaScript disabled: DevTools
 * evaluation is not page script. `tags`: the library's element names (from the manifest), which
 * `settle` looks for.
 */
export function installHelpers(tags) {
  /** Every shadow host under `root`, including hosts nested inside other shadow roots. */
  function shadowHosts(root, found = []) {
    for (const element of root.querySelectorAll('*')) {
      if (!element.shadowRoot) continue;
      found.push(element);
      shadowHosts(element.shadowRoot, found);
    }
    return found;
  }

  /**
   * The library's elements under `root` that have a shadow root, nested ones included. Found by tag
   * name, so the search never hands a script the nodes in between: `shadowHosts` touches every node,
   * and a node a script has touched gets a JS wrapper. On 10 rendered <risk-list> at 4x CPU that walk
   * took several milliseconds, counted in the elements' render time and paid by no real page.
   */
  const selector = tags.join(',');
  function elementHosts(root, found = []) {
    for (const element of root.querySelectorAll(selector)) {
      if (!element.shadowRoot) continue;
      found.push(element);
      elementHosts(element.shadowRoot, found);
    }
    return found;
  }

  /**
   * Resolves when every element of the library under `root` has rendered, nested ones included. An
   * element's render may create further elements (the guide creates its sections), so it repeats until
   * a pass finds no new element and no pending update.
   */
  async function settle(root = document) {
    for (let pass = 0; pass < 100; pass += 1) {
      const hosts = elementHosts(root);
      const finished = await Promise.all(hosts.map((host) => host.updateComplete ?? true));
      if (finished.every(Boolean) && elementHosts(root).length === hosts.length) return hosts.length;
    }
    throw new Error('elements never stopped updating');
  }

  const nextFrame = () => new Promise((done) => requestAnimationFrame(() => done()));

  /**
   * The text a reader sees, composed across shadow roots: a walk of the flat tree (shadow content
   * instead of a host's children, a slot's assigned nodes instead of its fallback) keeping text whose
   * element is rendered and visible (`checkVisibility` also drops closed `<details>` content, as
   * `innerText` does). Returned with whitespace collapsed; the caller compares non-space characters,
   * since whitespace between tags is not text a reader sees.
   */
  function visibleText(start = document.body) {
    const parts = [];
    const walk = (node) => {
      if (node.nodeType === Node.TEXT_NODE) {
        const element = node.parentElement ?? node.parentNode?.host;
        if (element?.checkVisibility({ visibilityProperty: true })) parts.push(node.data);
        return;
      }
      if (node.nodeType === Node.ELEMENT_NODE) {
        if (['script', 'style', 'template', 'noscript'].includes(node.localName)) return;
        if (node.localName === 'slot') {
          const assigned = node.assignedNodes();
          for (const child of assigned.length ? assigned : node.childNodes) walk(child);
          return;
        }
        if (node.shadowRoot) {
          walk(node.shadowRoot);
          return;
        }
      } else if (node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) {
        return;
      }
      for (const child of node.childNodes) walk(child);
    };
    walk(start);
    return parts.join(' ').replace(/\s+/g, ' ').trim();
  }

  window.__bench = { shadowHosts, settle, nextFrame, visibleText };
}

/**
 * Installed with evaluateOnNewDocument, so it runs before the page's own scripts. Records when the
 * page's last content first exists in the composed tree, checking once per animation frame: a
 * rendering opportunity is when content can reach the screen, so checking per frame gives the frame
 * that first could paint it (to within the frame's own rendering). `hostPath` leads through nested
 * shadow roots (back-surgery-guide, then medical-disclaimer): a fixed path keeps the per-frame check
 * to a few querySelector calls, so the probe itself costs the page almost nothing. The same path works
 * on the static page, where declarative shadow DOM builds the shadow roots while parsing.
 * Also sums layout shifts (CLS, leaving out shifts right after input, as the metric defines).
 */
export function installProbes(hostPath, finalHeading) {
  window.__cls = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });

  const present = () => {
    let root = document;
    for (const selector of hostPath) {
      root = root.querySelector(selector)?.shadowRoot;
      if (!root) return false;
    }
    return [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')].some((h) => h.textContent.trim() === finalHeading);
  };
  const check = () => {
    if (!present()) {
      requestAnimationFrame(check);
      return;
    }
    window.__contentAt = performance.now();
    // A task queued from a frame callback runs after that frame's style, layout and paint: the time
    // the content was painted (handed to the compositor), without needing an API that sees into shadow roots.
    setTimeout(() => (window.__contentPaintedAt = performance.now()), 0);
  };
  requestAnimationFrame(check);
}

/** After load: the numbers the probes and the browser recorded for this page load. */
export function readLoadMetrics() {
  const paint = performance.getEntriesByType('paint').find((entry) => entry.name === 'first-contentful-paint');
  const navigation = performance.getEntriesByType('navigation')[0];
  return {
    contentInDomMs: window.__contentAt ?? null,
    contentPaintedMs: window.__contentPaintedAt ?? null,
    fcpMs: paint?.startTime ?? null,
    loadEventMs: navigation?.loadEventStart ?? null,
    cls: window.__cls,
  };
}

/**
 * Turns the rendered elements page into plain HTML. Lit puts styles in `adoptedStyleSheets`, which no
 * serialiser writes out, so each shadow root first gets their text as a `<style>`; then getHTML writes
 * every shadow root as declarative shadow DOM. Scripts are removed (JSON-LD data blocks would stay:
 * they are data, not JavaScript).
 */
export function serializeRenderedPage() {
  const hosts = window.__bench.shadowHosts(document);
  const cssOf = (sheets) => sheets.map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n')).join('\n');
  for (const host of hosts) {
    const css = cssOf(host.shadowRoot.adoptedStyleSheets);
    if (!css) continue;
    const style = document.createElement('style');
    style.textContent = css;
    host.shadowRoot.prepend(style);
  }
  if (document.adoptedStyleSheets.length) {
    const style = document.createElement('style');
    style.textContent = cssOf(document.adoptedStyleSheets);
    document.head.append(style);
  }
  const roots = [document, ...hosts.map((host) => host.shadowRoot)];
  for (const root of roots) {
    for (const script of root.querySelectorAll('script:not([type="application/ld+json"])')) script.remove();
  }
  const inner = document.documentElement.getHTML({
    serializableShadowRoots: false,
    shadowRoots: hosts.map((host) => host.shadowRoot),
  });
  const escape = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  const attributes = [...document.documentElement.attributes].map((a) => ` ${a.name}="${escape(a.value)}"`).join('');
  return { html: `<!doctype html>\n<html${attributes}>${inner}</html>\n`, shadowRoots: hosts.length };
}

/** The text of the last heading inside the shadow root at the end of `hostPath`: the page's final content. */
export function finalHeadingText(hostPath) {
  let root = document;
  for (const selector of hostPath) root = root.querySelector(selector).shadowRoot;
  const headings = root.querySelectorAll('h1, h2, h3, h4, h5, h6');
  return headings[headings.length - 1]?.textContent.trim() ?? null;
}

/** One rendered `<tag>` as declarative shadow DOM, nested shadow roots and styles inlined: the element's static twin. */
export async function elementMarkup(tag) {
  const host = document.getElementById('host');
  host.replaceChildren(document.createElement(tag));
  await window.__bench.settle(host);
  const hosts = window.__bench.shadowHosts(host);
  for (const element of hosts) {
    const style = document.createElement('style');
    style.textContent = element.shadowRoot.adoptedStyleSheets
      .map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n'))
      .join('\n');
    element.shadowRoot.prepend(style);
  }
  const html = host.getHTML({ serializableShadowRoots: false, shadowRoots: hosts.map((element) => element.shadowRoot) });
  host.replaceChildren();
  return html;
}

/**
 * For the heap measurement: counts Lit updates without touching the rendered tree. Waiting for the
 * elements with `settle` would walk every node, and each node a script has touched keeps a JS wrapper
 * for as long as the node lives, so the walk itself would add to the heap being measured. Instead the
 * shared base class's `performUpdate` is wrapped once, before the baseline is taken, so its one closure
 * is in both heap readings. Returns false when the page has no Lit base class to wrap.
 */
export function installUpdateCounter(tag) {
  let proto = customElements.get(tag)?.prototype;
  while (proto && !Object.prototype.hasOwnProperty.call(proto, 'performUpdate')) proto = Object.getPrototypeOf(proto);
  if (!proto) return false;
  const original = proto.performUpdate;
  const counts = { first: 0, all: 0 };
  proto.performUpdate = function performUpdate(...args) {
    const first = !this.hasUpdated;
    const result = original.apply(this, args);
    counts.all += 1;
    if (first && this.hasUpdated) counts.first += 1;
    return result;
  };
  window.__updates = counts;
  return true;
}

/**
 * Adds `count` more copies of `tag` to #host, each batch in its own <div>: as elements (markup null),
 * or as static copies (the parser builds their declarative shadow roots). For elements it waits until
 * `expectedFirstRenders` elements have rendered in total (nested ones included), then, for both kinds,
 * two frames and a task, so the browser has styled and laid out the copies and any update an element
 * schedules for after its first frame has run. Keeps no reference to anything it created. With
 * `count` 0 it only waits, as after a chunk an element loaded has arrived.
 */
export async function addCopies(tag, count, markup, expectedFirstRenders) {
  if (count > 0) {
    const box = document.createElement('div');
    if (markup == null) {
      for (let i = 0; i < count; i += 1) box.append(document.createElement(tag));
    } else {
      box.setHTMLUnsafe(markup.repeat(count));
    }
    document.getElementById('host').append(box);
  }
  if (markup == null) {
    const deadline = performance.now() + 20_000;
    while (window.__updates.first < expectedFirstRenders) {
      if (performance.now() > deadline) throw new Error(`${window.__updates.first} of ${expectedFirstRenders} elements rendered in 20 s`);
      await new Promise((done) => setTimeout(done, 10));
    }
  }
  for (let frame = 0; frame < 2; frame += 1) await new Promise((done) => requestAnimationFrame(() => done()));
  await new Promise((done) => setTimeout(done, 0));
  return window.__updates ? { ...window.__updates } : null;
}

/**
 * Renders `count` copies into #host, timed in the page. With `markup` (not null), the static way: the HTML parser
 * builds the declarative shadow roots (setHTMLUnsafe, because innerHTML ignores them). Without it, the
 * elements' way: append `<risk-list>` elements and wait until Lit has rendered them all.
 * `layoutMs` stops after a forced synchronous style + layout (reading offsetHeight), which is the work
 * itself, free of frame-timing noise. `frameMs` stops after the next animation frame and a task, by
 * when the browser has also painted that frame; it carries up to one frame interval of waiting, which
 * matters only for small counts.
 */
export async function renderCopies(count, markup) {
  const host = document.getElementById('host');
  const html = markup == null ? null : markup.repeat(count);
  const start = performance.now();
  if (html === null) {
    const fragment = document.createDocumentFragment();
    for (let i = 0; i < count; i += 1) fragment.append(document.createElement('risk-list'));
    host.append(fragment);
    await window.__bench.settle(host);
  } else {
    host.setHTMLUnsafe(html);
  }
  void document.body.offsetHeight;
  const layoutMs = performance.now() - start;
  await window.__bench.nextFrame();
  await new Promise((done) => setTimeout(done, 0));
  void document.body.offsetHeight;
  const frameMs = performance.now() - start;
  const rendered = window.__bench.shadowHosts(host).length;
  return { layoutMs, frameMs, rendered };
}
