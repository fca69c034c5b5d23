// Server-rendered HTML in the build, for people who paste HTML into a CMS and for the stylesheet
// option of the server renderer:
// - dist/html/<lang>/<tag>.html: each element with its text inside (default attributes and settings);
// - dist/cdn/shadow/<tag>.css: each element's shadow-root styles, for renderElement's
//   `styles: { stylesheets }` (pages whose Content-Security-Policy forbids inline style).
import { mkdir, writeFile } from 'node:fs/promises';
import { elementTags, renderElement, renderSettings, renderStylesheet } from '../dist/server.js';
import { supportedLanguages } from '../dist/shared/i18n/languages.js';

await mkdir('dist/cdn/shadow', { recursive: true });
for (const tag of elementTags()) {
  await writeFile(`dist/cdn/shadow/${tag}.css`, `${renderStylesheet(tag)}\n`);
}
for (const lang of supportedLanguages()) {
  await mkdir(`dist/html/${lang}`, { recursive: true });
  for (const tag of elementTags()) {
    const options = lang === 'en' ? {} : { lang };
    await writeFile(`dist/html/${lang}/${tag}.html`, `${await renderElement(tag, options)}\n`);
  }
}

// Demo pages of the guide rendered on the server (not shipped: `files` leaves out dist/demo), opened by
// the page tests and the bench: dist/demo/ssr/index.html (inline styles, the elements loaded after the first paint by upper-back-surgery-late.js)
// dist/demo/ssr/csp.html (linked styles, for the strict Content-Security-Policy the test server sends) and
// dist/demo/ssr/no-script.html (as a reader whose script is blocked gets it; the tests add the script later).
const settings = { clinicName: 'Northside Spine Clinic', phone: '555-0100', emergencyNumber: '911' };
// The page's own look is a few lines inline (none on the strict page): no stylesheet blocks the first paint.
const PAGE_STYLE = '<style>body{max-width:50rem;margin:0 auto;padding:1rem;font-family:system-ui,sans-serif;line-height:1.5}</style>';
const page = (title, body, script = true, style = PAGE_STYLE) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${style}
${script ? '<script type="module" src="/dist/cdn/upper-back-surgery-late.js"></script>\n' : ''}</head>
<body>
<main>
<h1>${title}</h1>
${renderSettings(settings)}
${body}
</main>
</body>
</html>
`;
await mkdir('dist/demo/ssr', { recursive: true });
await writeFile('dist/demo/ssr/index.html', page('Upper back surgery: a guide (server-rendered)', await renderElement('back-surgery-guide', { settings })));
await writeFile(
  'dist/demo/ssr/csp.html',
  page('Upper back surgery: a guide (server-rendered, strict policy)', await renderElement('back-surgery-guide', { settings, styles: { stylesheets: '/dist/cdn/shadow/' } }), true, ''),
);
await writeFile('dist/demo/ssr/no-script.html', page('Upper back surgery: a guide (server-rendered, no script)', await renderElement('back-surgery-guide', { settings }), false));

