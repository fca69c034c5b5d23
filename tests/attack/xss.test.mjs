// Script-injection payloads through every input a page author or clinic has: attributes, the page
// settings (<ubs-settings> and the JSON block), placeholders' data-*, the clinic's text changes, and
// lang. Against the built bundles: nothing may run, no markup may appear in a shadow root, nothing
// may throw. `npm test` runs a few payloads; `npm run test:attack` all of them.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { allRendered, browsers, html, launch, open, pick, SCRIPTS, startServers } from './harness.mjs';

/** Each payload calls `__x` (recorded by the harness) if it ever runs. */
const PAYLOADS = pick(
  [
    '<img src=x onerror=__x("img")>',
    '"><script>__x("script")</script>',
    'javascript:__x("js")',
    "'><svg onload=__x('svg')>",
    ' JaVaScRiPt:__x("js-case")',
    '\tjava\nscript:__x("js-ws")',
    'data:text/html,<script>__x("data")</script>',
    'vbscript:msgbox(1)',
    '<iframe srcdoc="<script>parent.__x(1)</script>"></iframe>',
    '</style></noscript><img src=x onerror=__x("breakout")>',
    '<math><mtext><table><mglyph><style><img src=x onerror=__x("mxss")>',
    '<!--<img src=x onerror=__x("comment")>-->',
    '${__x("template")}{{__x("mustache")}}',
    '<?lit$1234$><!--?lit$1234$-->',
    '\u202e<img src=x onerror=__x("rtl")>\u0000',
    'https://clinic.example/"onmouseover="__x(1)',
    '+1 555 010 0100<img src=x onerror=__x("phone")>',
    'spine@clinic.example"><img src=x onerror=__x("mail")>',
  ],
  [0, 3],
);

/** The payload as an HTML attribute value. */
const attr = (value) => `"${value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;')}"`;
/** JSON safe inside <script> and inside a single-quoted attribute. */
const json = (value) => JSON.stringify(value).replaceAll('<', '\\u003c').replaceAll("'", '\\u0027');
const PHONE = '"+1 555 010 0100"';

const CHANNELS = {
  attributes: (p) => ({
    body:
      `<second-opinion clinic-name=${attr(p)} phone=${PHONE} booking-url=${attr(p)} email=${attr(p)}></second-opinion>` +
      `<medical-disclaimer reviewed-by=${attr(p)} last-reviewed=${attr(p)}></medical-disclaimer>` +
      `<surgery-faq questions=${attr(p)} structured-data></surgery-faq><risk-list heading-level=${attr(p)} theme=${attr(p)}></risk-list>`,
  }),
  settings: (p) => ({
    body:
      `<script type="application/json" data-ubs-settings>${json({ clinicName: p, reviewerName: p, bookingUrl: p, email: p })}</script>` +
      `<ubs-settings reviewer-credentials=${attr(p)} phone=${PHONE} accent=${attr(p)} review-date=${attr(p)}></ubs-settings>` +
      '<second-opinion></second-opinion><medical-disclaimer></medical-disclaimer>',
  }),
  placeholders: (p) => ({
    body:
      `<div data-ubs="second-opinion" data-clinic-name=${attr(p)} data-phone=${PHONE} data-booking-url=${attr(p)} ` +
      `data-onclick=${attr(p)} onmouseover=${attr(p)} data-style=${attr(p)} title=${attr(p)}></div>` +
      `<div data-ubs=${attr(p)}></div><div data-ubs="risk-list" data-lang=${attr(p)} data-dir=${attr(p)}></div>`,
  }),
  'text changes': (p) => {
    const changes = {
      en: {
        risks: { title: p, intro: { text: p }, items: [{ id: p, name: p, detail: p, common: true }] },
        faq: { title: p, items: [{ id: 'painful', question: p, answer: [{ text: p }] }] },
        sources: { [p]: { title: p, publisher: p, url: p } },
      },
    };
    return { body: `<ubs-settings content='${json(changes)}'></ubs-settings><risk-list></risk-list><surgery-faq structured-data></surgery-faq><medical-disclaimer></medical-disclaimer>` };
  },
  lang: (p) => ({
    lang: attr(p).slice(1, -1),
    body: `<risk-list lang=${attr(p)}></risk-list><div data-ubs="risk-list" data-lang=${attr(p)}></div><div lang=${attr(p)}><surgery-faq></surgery-faq></div>`,
  }),
};

let servers;
before(async () => {
  servers = await startServers();
});
after(() => servers.close());

for (const name of browsers) {
  describe(`script injection in ${name}`, () => {
    let browser;
    before(async () => {
      browser = await launch(name);
    });
    after(() => browser.close());

    for (const [channel, page] of Object.entries(CHANNELS)) {
      it(`${channel}: ${PAYLOADS.length} payloads run nothing, leave no markup, throw nothing`, async () => {
        for (const payload of PAYLOADS) {
          const { body, lang } = page(payload);
          const report = await open(browser, servers.page(html({ lang, body: `${body}${SCRIPTS.iife}` })));
          const rendered = await allRendered(report.page);
          await report.finish();
          const what = `${channel} ${JSON.stringify(payload)}`;
          assert.deepEqual(report.executed, [], `${what}: payload ran`);
          assert.deepEqual(report.dangerous, [], `${what}: markup from a payload`);
          assert.deepEqual([...report.errors, ...report.inPageErrors], [], `${what}: uncaught errors`);
          assert.ok(rendered, `${what}: every element renders`);
        }
      });
    }
  });
}
