// Assertions compare booleans, not elements: a failing one whose value is an element hangs the runner.
// A source marker is a way to the source (accessibility review 3, finding 12): a link read as
// "Sources 1 and 2", that opens the element's list of sources and moves focus to the entry, with a way
// back to where the reader was. Also the notice's 31 sources, folded as every other list (finding 5),
// and the "Sources (n)" summaries big enough to tap (finding 13).
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import '../src/index.js';
import { loadBibliography } from '../src/shared/i18n/bibliography.js';
import { CONTENT_TAGS } from './elements.js';
import { settled, shadowRoots } from './helpers.js';

async function show(markup: ReturnType<typeof html>): Promise<HTMLElement> {
  await loadBibliography();
  const element = await fixture<HTMLElement>(markup);
  await settled(element);
  return element;
}

/** The entry a marker leads to, in the marker's own shadow root. */
const entryOf = (marker: HTMLAnchorElement) => (marker.getRootNode() as ShadowRoot).getElementById(marker.getAttribute('href')!.slice(1));
const deepActive = (): Element | null => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};

describe('source markers', () => {
  for (const [lang, one, several] of [
    ['en', /^ Source (\d+)$/, /^ Sources (\d+(?:, \d+)*) and (\d+)$/],
    ['es', /^ Fuente (\d+)$/, /^ Fuentes (\d+(?:, \d+)*) y (\d+)$/],
  ] as const) {
    it(`(${lang}) are links, read as "${lang === 'en' ? 'Sources 1 and 2' : 'Fuentes 1 y 2'}", to the entry of their first number, in every element`, async function () {
      this.timeout(30000);
      let checked = 0;
      let plural = 0;
      for (const tag of CONTENT_TAGS) {
        const t = unsafeStatic(tag);
        const element = await show(staticHtml`<${t} lang=${lang}></${t}>`);
        for (const root of shadowRoots(element)) {
          for (const marker of root.querySelectorAll<HTMLAnchorElement>('sup.cite > a')) {
            const spoken = marker.querySelector('.vh')!.textContent!;
            const shown = marker.querySelector('[aria-hidden="true"]')!.textContent!;
            const match = one.exec(spoken) ?? several.exec(spoken);
            expect(match, `<${tag}> "${spoken}"`).to.not.equal(null);
            const numbers = match!.slice(1).join(', ');
            expect(shown, `<${tag}>`).to.equal(`[${numbers}]`);
            if (match!.length > 2) plural++;
            const entry = entryOf(marker);
            expect(entry?.localName, `<${tag}> ${marker.getAttribute('href')}`).to.equal('li');
            // The entry is the list's item of that number.
            expect([...entry!.parentElement!.children].indexOf(entry!) + 1).to.equal(Number(numbers.split(', ')[0]));
            checked++;
          }
        }
        element.remove();
      }
      expect(checked).to.be.above(100);
      expect(plural, 'markers with several numbers').to.be.above(10);
    });
  }

  it('open the list of sources and move focus to the entry, with a way back to the marker (mouse)', async () => {
    const element = await show(html`<procedure-compare></procedure-compare>`);
    const root = element.shadowRoot!;
    const list = root.querySelector<HTMLDetailsElement>('details[part="sources"]')!;
    const markers = [...root.querySelectorAll<HTMLAnchorElement>('sup.cite > a')].filter((marker) => marker.checkVisibility());
    const marker = markers[markers.length - 1]!;
    expect(list.open).to.equal(false);
    marker.click();
    const entry = entryOf(marker)!;
    expect(list.open).to.equal(true);
    expect(root.activeElement === entry, 'focus on the entry').to.equal(true);
    expect(location.hash, 'the page keeps its own address').to.equal('');
    const back = entry.querySelector<HTMLAnchorElement>('a.back-link')!;
    expect(back.checkVisibility()).to.equal(true);
    expect(back.textContent).to.equal('Back to the text');
    // Only the entry followed to offers the way back.
    expect([...root.querySelectorAll('a.back-link')].filter((link) => link.checkVisibility())).to.have.length(1);
    back.click();
    expect(root.activeElement === marker, 'focus back on the marker').to.equal(true);
    expect(back.checkVisibility()).to.equal(false);
  });

  it('work from the keyboard inside the whole guide, in Spanish', async () => {
    const guide = await show(html`<back-surgery-guide lang="es"></back-surgery-guide>`);
    const compare = guide.shadowRoot!.querySelector('procedure-compare')!;
    const marker = [...compare.shadowRoot!.querySelectorAll<HTMLAnchorElement>('sup.cite > a')].find((link) => link.checkVisibility())!;
    marker.focus();
    await sendKeys({ press: 'Enter' });
    const entry = entryOf(marker)!;
    expect(deepActive() === entry, 'focus on the entry').to.equal(true);
    await sendKeys({ press: 'Tab' });
    // Past the source's own links, the way back.
    let active = deepActive() as HTMLAnchorElement;
    for (let i = 0; i < 4 && !active.classList.contains('back-link'); i++) {
      await sendKeys({ press: 'Tab' });
      active = deepActive() as HTMLAnchorElement;
    }
    expect(active?.textContent).to.equal('Volver al texto');
    await sendKeys({ press: 'Enter' });
    expect(deepActive() === marker, 'focus back on the marker').to.equal(true);
  });
});

describe('lists of sources', () => {
  it('in <medical-disclaimer>, all the guide\'s sources are folded like every other list, and open on paper', async () => {
    const element = await show(html`<medical-disclaimer></medical-disclaimer>`);
    const list = element.shadowRoot!.querySelector('[part="sources"]')!;
    const details = list.closest('details')!;
    expect(details.open).to.equal(false);
    expect(list.checkVisibility()).to.equal(false);
    expect(details.querySelector('summary')!.textContent!.trim()).to.match(/^All sources \(\d{2}\)$/);
    window.dispatchEvent(new Event('beforeprint'));
    expect(list.checkVisibility()).to.equal(true);
    window.dispatchEvent(new Event('afterprint'));
    expect(details.open).to.equal(false);
  });

  it('are opened by summaries at least 44 px tall, in every element', async function () {
    this.timeout(30000);
    const heights: string[] = [];
    for (const tag of CONTENT_TAGS) {
      const t = unsafeStatic(tag);
      const element = await show(staticHtml`<${t}></${t}>`);
      for (const root of shadowRoots(element)) {
        for (const summary of root.querySelectorAll('summary')) {
          const height = summary.getBoundingClientRect().height;
          if (height < 44) heights.push(`<${tag}> "${summary.textContent!.trim().slice(0, 30)}": ${height.toFixed(1)} px`);
        }
      }
      element.remove();
    }
    expect(heights.join("; ")).to.equal("");
  });
});
