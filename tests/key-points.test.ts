// The "Key points" box at the top of <back-surgery-guide> and the drawings' captions say again, in short,
// what the guide says in full elsewhere (no new medical claim): each names the statement it restates and
// carries that statement's sources and article points (accessibility review 3, finding 16).
import { expect, fixture, html } from '@open-wc/testing';
import '../src/back-surgery-guide/back-surgery-guide.js';
import { en } from '../src/content/en.js';
import { loadLanguage } from '../src/shared/i18n/languages.js';
import type { GuideContent, Restatement, Statement } from '../src/content/types.js';
import { settled } from './helpers.js';

/** The value at a path written as text changes write it: `faq.items[5].answer[0]`. */
function at(content: GuideContent, path: string): unknown {
  return (path.match(/[^.[\]]+/g) ?? []).reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], content);
}

const same = (a: readonly string[] | undefined, b: readonly string[] | undefined) => JSON.stringify([...(a ?? [])].sort()) === JSON.stringify([...(b ?? [])].sort());

/** What is wrong with a restatement: `[]` when it names a statement of the guide and carries its sources and article points. */
function restatementProblems(content: GuideContent, where: string, line: Restatement): string[] {
  const full = at(content, line.restates) as Statement | undefined;
  if (typeof full?.text !== 'string') return [`${where}: restates ${line.restates}, which is not a statement`];
  if (line.restates.startsWith('keyPoints') || line.restates.startsWith('illustrations')) return [`${where}: restates a restatement`];
  const problems: string[] = [];
  if (!same(line.sources, full.sources)) problems.push(`${where}: sources ${line.sources?.join()} are not those of ${line.restates} (${full.sources?.join()})`);
  if (!same(line.seeds, full.seeds)) problems.push(`${where}: article points ${line.seeds?.join()} are not those of ${line.restates} (${full.seeds?.join()})`);
  return problems;
}

const languages = async (): Promise<[string, GuideContent][]> => [
  ['en', en],
  ['es', await loadLanguage('es')],
];

describe('key points and captions', () => {
  it('each restate a statement of the guide, with its sources and article points (both languages)', async () => {
    for (const [lang, content] of await languages()) {
      const lines: [string, Restatement][] = [
        ...content.keyPoints.points.map((point, i): [string, Restatement] => [`${lang} keyPoints.points[${i}]`, point]),
        [`${lang} illustrations.spine`, content.illustrations.spine.caption],
        [`${lang} illustrations.approaches`, content.illustrations.approaches.caption],
      ];
      expect(content.keyPoints.points.length, lang).to.be.within(3, 5);
      expect(lines.flatMap(([where, line]) => restatementProblems(content, where, line))).to.deep.equal([]);
    }
    // Both languages restate the same statements.
    const es = await loadLanguage('es');
    expect(es.keyPoints.points.map((point) => point.restates)).to.deep.equal(en.keyPoints.points.map((point) => point.restates));
  });

  it('catch a line that names no statement or other sources', () => {
    const point = en.keyPoints.points[0]!;
    expect(restatementProblems(en, 'x', { ...point, restates: 'overview.nothing' })).to.have.length(1);
    expect(restatementProblems(en, 'x', { ...point, sources: ['article'] })).to.have.length(1);
    expect(restatementProblems(en, 'x', { ...point, seeds: [] })).to.have.length(1);
  });

  it('open <back-surgery-guide>: under its title and introduction, before the contents, each line with its sources', async () => {
    const guide = await fixture<HTMLElement>(html`<back-surgery-guide></back-surgery-guide>`);
    await settled(guide);
    const root = guide.shadowRoot!;
    const box = root.querySelector('[part~="key-points"]')!;
    expect(box.querySelector('h3')!.textContent!.trim()).to.equal('Key points');
    const lines = [...box.querySelectorAll('li')];
    expect(lines.map((li) => li.querySelector('span')!.firstChild!.textContent)).to.deep.equal(
      en.keyPoints.points.map((point) => point.text.replace('{emergency}', en.references.emergencyNumber)),
    );
    expect(lines.every((li) => li.querySelector('sup.cite a'))).to.equal(true);
    const order = [...root.querySelectorAll('h2, [part~="key-points"], nav')].map((node) => node.localName);
    expect(order).to.deep.equal(['h2', 'section', 'nav']);
  });
});
