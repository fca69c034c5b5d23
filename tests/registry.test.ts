// Every place that lists the library's elements knows every element (custom-elements.json and the
// src/<tag>/ folders, see elements.ts). A new element missing from one of them fails here with the
// file to change; `npm run new-element` writes most of these for you.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import * as classes from '../src/classes.js';
import { GUIDE_SECTIONS } from '../src/back-surgery-guide/sections.js';
import { REVIEWED_ELEMENTS } from '../src/review/elements.js';
import { upgradePlaceholders } from '../src/shared/placeholders.js';
import { CONTENT_TAGS, ELEMENTS } from './elements.js';

interface PackageJson {
  exports: Record<string, unknown>;
  sideEffects: string[];
}

const text = async (path: string) => {
  const response = await fetch(path);
  return response.ok ? response.text() : undefined;
};

/** The tags each rule of src/embed.css lists: the one that makes elements blocks, and the one that hides them until defined. */
async function embedCssLists(): Promise<{ shown: string[]; hiddenUntilDefined: string[] }> {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync((await text('/src/embed.css'))!);
  const tagsOf = (selector: string) => selector.split(/[\s,():]+/).filter((part) => part.includes('-'));
  const shown: string[] = [];
  const hiddenUntilDefined: string[] = [];
  for (const rule of sheet.cssRules) {
    if (rule instanceof CSSStyleRule && rule.style.display) shown.push(...tagsOf(rule.selectorText));
    if (rule instanceof CSSMediaRule) {
      for (const inner of rule.cssRules) {
        if (inner instanceof CSSStyleRule && inner.selectorText.includes(':not(:defined)')) hiddenUntilDefined.push(...tagsOf(inner.selectorText));
      }
    }
  }
  return { shown, hiddenUntilDefined };
}

describe('every element is known everywhere it must be', () => {
  it('finds the elements in custom-elements.json', () => {
    // A manifest that lost its elements would make every check below pass vacuously.
    expect(ELEMENTS.length).to.be.at.least(10);
    expect(CONTENT_TAGS).to.include('risk-list').and.not.to.include('ubs-settings');
  });

  it('points package.json "customElements" at the shipped manifest, for tools that read it', async () => {
    // dist/custom-elements.json: the committed manifest with the package's paths (scripts/package-manifest.mjs).
    const pkg = (await (await fetch('/package.json')).json()) as { customElements: string };
    expect(pkg.customElements).to.equal('dist/custom-elements.json');
  });

  for (const { tag, className, showsContent, inManifest } of ELEMENTS) {
    describe(`<${tag}>`, () => {
      it('is in custom-elements.json', () => {
        expect(inManifest, `<${tag}> has a folder but is not in custom-elements.json: give its class a @tagname and @summary, then run npm run analyze`).to.equal(true);
      });

      it('is registered by src/index.ts', () => {
        expect(customElements.get(tag), `<${tag}> is not registered: add \`import './${tag}/${tag}.js';\` to src/index.ts`).to.not.equal(undefined);
      });

      it('is exported by src/classes.ts', () => {
        // Compared by identity: a failure message that printed the classes would be huge.
        const exported = (classes as Record<string, unknown>)[className] === customElements.get(tag);
        expect(exported, `src/classes.ts does not export ${className}: add \`export { ${className} } from './${tag}/${tag}.component.js';\``).to.equal(true);
      });

      it('has an entry point in package.json "exports" and "sideEffects"', async () => {
        const pkg = (await (await fetch('/package.json')).json()) as PackageJson;
        expect(pkg.exports, `package.json "exports" has no "./${tag}.js"`).to.have.property(`./${tag}.js`);
        for (const file of [`./dist/${tag}/${tag}.js`, `./src/${tag}/${tag}.ts`]) {
          expect(pkg.sideEffects, `package.json "sideEffects" lacks "${file}" (bundlers would drop its registration)`).to.include(file);
        }
      });

      it('is laid out by the page CSS, src/embed.css', async () => {
        const { shown, hiddenUntilDefined } = await embedCssLists();
        expect(shown, `src/embed.css: add ${tag} to the rule that sets display`).to.include(tag);
        if (showsContent) expect(hiddenUntilDefined, `src/embed.css: add ${tag} to the :is(…):not(:defined) list`).to.include(tag);
      });

      it('is made from a <div data-ubs> placeholder', async () => {
        const root = await fixture(html`<div><div data-ubs=${tag}></div></div>`);
        upgradePlaceholders(root);
        expect(root.firstElementChild!.localName).to.equal(tag);
      });

      if (showsContent) {
        it('has a story and a test file of its own', async () => {
          expect(await text(`/stories/${tag}.stories.ts`), `stories/${tag}.stories.ts is missing`).to.be.a('string');
          expect(await text(`/tests/${tag}.test.ts`), `tests/${tag}.test.ts is missing`).to.be.a('string');
        });

        it('is in the reviewer\'s packet, src/review/elements.ts', () => {
          const review = REVIEWED_ELEMENTS.find((element) => element.tag === tag);
          expect(review?.sections, `src/review/elements.ts has no sections for <${tag}> (the packet follows the guide: is it in src/back-surgery-guide/sections.ts?)`).to.be.an('array');
          expect(review?.summary?.en, `src/content/en/element-summaries.ts has no summary of <${tag}>`).to.be.a('string');
          expect(review?.summary?.es, `src/content/es/element-summaries.ts has no summary of <${tag}>`).to.be.a('string');
        });

        if (tag !== 'back-surgery-guide') {
          it('is a section of <back-surgery-guide>', () => {
            expect(GUIDE_SECTIONS as readonly string[], `<${tag}> is not in the guide: add it to src/back-surgery-guide/sections.ts, where a patient needs it`).to.include(tag);
          });
        }
      }
    });
  }

  it('lists only existing elements as sections of the guide', () => {
    expect(GUIDE_SECTIONS.filter((tag) => !CONTENT_TAGS.includes(tag)), 'src/back-surgery-guide/sections.ts names an element that does not exist').to.deep.equal([]);
  });
});
