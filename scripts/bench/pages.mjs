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
