// The pages the benchmark loads. Both guide pages carry the same small clinic page around the guide;
// only how the guide arrives differs (custom elements + the bundle, or the finished HTML).

const BUNDLE = '/dist/cdn/upper-back-surgery.js';
// What docs/server-rendering.md asks of a page whose HTML already holds the text: the elements load after the first paint.
const LATE_LOADER = '/dist/cdn/upper-back-surgery-late.js';

// `<link rel="icon" href="data:,">` stops the browser asking the server for /favicon.ico, a request
// that would otherwise count towards the page's bytes.
const head = (title, script, src = BUNDLE) => `<meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    <link rel="icon" href="data:," />${script ? `\n    <script type="module" src="${src}"></script>` : ''}`;

/** A minimal clinic page with the whole guide, as a clinic would paste it (or as a server renders it: `guide`). */
export const elementsPage = (guide = '<back-surgery-guide heading-level="2"></back-surgery-guide>', serverRendered = false) => `<!doctype html>
<html lang="en">
  <head>
    ${head('Upper back surgery – Riverside Spine Clinic', true, serverRendered ? LATE_LOADER : BUNDLE)}
  </head>
  <body>
    <main>
      <h1>Upper back surgery</h1>
      ${guide}
    </main>
  </body>
</html>
`;

/**
 * A page for timing the rendering of many elements: with the bundle (elements), or without any
 * JavaScript (static copies of the rendered markup are inserted by the benchmark itself).
 */
export const renderPage = (withBundle) => `<!doctype html>
<html lang="en">
  <head>
    ${head(`Render cost (${withBundle ? 'elements' : 'static'})`, withBundle)}
  </head>
  <body>
    <main>
      <h1>Upper back surgery</h1>
      <div id="host"></div>
    </main>
  </body>
</html>
`;

/** Lit's part markers (`<!--?lit$123$-->`, `<!--?-->`, `<!---->`) are bookkeeping for later renders, not content. */
export const stripLitMarkers = (html) => html.replace(/<!--(\?(lit\$\d+\$)?)?-->/g, '');

/**
 * A clinic's own page (header, text, footer) for the host-paint rows (issue 30): does our snippet hold
 * up the page's first paint? `snippet` is what a clinic pastes: `head` in <head>, `body` after the
 * page's first paragraphs. Without a snippet, the same page with neither.
 */
export const hostPage = ({ head: inHead = '', body = '' } = {}) => `<!doctype html>
<html lang="en">
  <head>
    ${head('Upper back surgery – Riverside Spine Clinic', false)}${inHead ? `\n    ${inHead}` : ''}
    <style>body { font-family: Georgia, serif; max-width: 48rem; margin: 0 auto; padding: 1rem; } nav a { margin-right: 1rem; }</style>
  </head>
  <body>
    <header><p><strong>Riverside Spine Clinic</strong></p><nav><a href="#">Home</a><a href="#">Our team</a><a href="#">Contact</a></nav></header>
    <main>
      <h1>Upper back surgery</h1>
      <p>Our surgeons see people with problems of the upper back every week. This page explains the
        operations we offer, what to expect, and when to call us.</p>
      <p>Read it at home, with your family, and bring your questions to your next visit.</p>
      ${body}
      <p>Call us on 555 010 0100, Monday to Friday, 8 am to 6 pm.</p>
    </main>
    <footer><p>© Riverside Spine Clinic</p></footer>
  </body>
</html>
`;

/** The snippets the host-paint rows compare: what we hand out now (deferred) and what we did (blocking). */
export const HOST_SNIPPETS = {
  deferred: { head: `<script defer src="${BUNDLE.replace(/\.js$/, '.iife.js')}"></script>`, body: '<risk-list heading-level="2"></risk-list>' },
  blocking: {
    head: `<link rel="stylesheet" href="/dist/cdn/upper-back-surgery.css" />\n    <script src="${BUNDLE.replace(/\.js$/, '.iife.js')}"></script>`,
    body: '<risk-list heading-level="2"></risk-list>',
  },
};
