import { expect } from '@open-wc/testing';
import { en } from '../src/content/en.js';
import type { Source } from '../src/content/types.js';
import { applyOverrides } from '../src/shared/content-overrides.js';
import { parseJson } from '../src/shared/json.js';

describe('content overrides', () => {
  it('replaces one statement and keeps everything else', () => {
    const { content, rejected } = applyOverrides(en, {
      comparison: { procedures: { open: { facts: { results: { text: 'At our clinic, 8 in 10 patients…', sources: ['clinicAudit'] } } } } },
      sources: { clinicAudit: { title: 'Riverside outcomes audit 2025', publisher: 'Riverside Spine Clinic', year: 2025 } },
    });
    expect(rejected).to.deep.equal([]);
    expect(content.comparison.procedures.open.facts.results.text).to.equal('At our clinic, 8 in 10 patients…');
    expect(content.comparison.procedures.open.facts.results.seeds).to.deep.equal(['S11']);
    expect(content.comparison.procedures.open.facts.incision).to.equal(en.comparison.procedures.open.facts.incision);
    expect((content.sources as Record<string, Source>).clinicAudit!.publisher).to.equal('Riverside Spine Clinic');
    expect(en.comparison.procedures.open.facts.results.text).to.contain('Some websites say it eases back pain'); // default untouched
  });

  it('adds a risk and changes one by id', () => {
    const { content, rejected } = applyOverrides(en, {
      risks: {
        items: [
          { id: 'infection', detail: 'Our infection rate is below 1 in 100.' },
          { id: 'clinic-extra', name: 'Dry eyes after a long operation', detail: 'Eye drops help.', common: false },
        ],
      },
    });
    expect(rejected).to.deep.equal([]);
    expect(content.risks.items.length).to.equal(en.risks.items.length + 1);
    expect(content.risks.items.find((r) => r.id === 'infection')!.detail).to.equal('Our infection rate is below 1 in 100.');
    expect(content.risks.items.find((r) => r.id === 'infection')!.name).to.equal('Infection');
    expect(content.risks.items.at(-1)!.name).to.equal('Dry eyes after a long operation');
  });

  it('replaces a list without ids whole, e.g. a clinic\'s own timeline', () => {
    const { content, rejected } = applyOverrides(en, { recovery: { timeline: [{ when: 'Day 1', what: 'You walk with a nurse.' }] } });
    expect(rejected).to.deep.equal([]);
    expect(content.recovery.timeline).to.deep.equal([{ when: 'Day 1', what: 'You walk with a nurse.' }]);
  });

  it('leaves out invalid parts, lists their paths, and applies the rest', () => {
    const { content, rejected } = applyOverrides(en, {
      risks: { title: 42, intro: { text: 'Every operation has risks.' }, itmes: [] },
      recovery: { timeline: [{ when: 'Day 1' }] },
      sources: { bad: { title: 'Link', publisher: 'X', url: 'javascript:alert(1)' }, __proto__: { polluted: true } },
      comparison: { procedures: { open: { facts: { results: { seeds: ['S11', 'S99'] } } } } },
      unknownSection: {},
    });
    expect(rejected).to.have.members([
      'risks.title',
      'risks.itmes',
      'recovery.timeline[0]',
      'sources.bad.url',
      'comparison.procedures.open.facts.results.seeds[1]',
      'unknownSection',
    ]);
    expect(content.risks.intro.text).to.equal('Every operation has risks.');
    expect(content.risks.title).to.equal(en.risks.title);
    expect(content.recovery.timeline).to.equal(en.recovery.timeline);
    expect((content.sources as Record<string, Source>).bad).to.deep.equal({ title: 'Link', publisher: 'X' }); // the unsafe link alone is dropped
    expect(content.comparison.procedures.open.facts.results.seeds).to.deep.equal(['S11']);
    expect(({} as { polluted?: boolean }).polluted).to.equal(undefined);
  });

  it('keeps markup as plain text', () => {
    const { content } = applyOverrides(en, { risks: { title: '<img src=x onerror=alert(1)>' } });
    expect(content.risks.title).to.equal('<img src=x onerror=alert(1)>');
  });

  it('rejects an override that is not an object', () => {
    for (const bad of [null, 'text', 3, []]) {
      const { content, rejected } = applyOverrides(en, bad);
      expect(content).to.equal(en);
      expect(rejected).to.deep.equal(['(root)']);
    }
  });

  it('parses JSON, and reports malformed JSON instead of throwing', () => {
    expect(parseJson('{"risks": {}}').value).to.deep.equal({ risks: {} });
    const { value, error } = parseJson('{"risks": ');
    expect(value).to.equal(undefined);
    expect(error).to.be.a('string').and.not.equal('');
  });
});
