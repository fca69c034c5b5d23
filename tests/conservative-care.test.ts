import { expect, fixture, html } from '@open-wc/testing';
import '../src/conservative-care/conservative-care.js';
import { en } from '../src/content/en.js';

describe('<conservative-care>', () => {
  it('lists the treatments tried before surgery', async () => {
    const el = await fixture(html`<conservative-care></conservative-care>`);
    const treatments = [...el.shadowRoot!.querySelectorAll('[part="treatments"] li')].map((li) => li.textContent);
    expect(treatments).to.have.length(en.conservativeCare.treatments.length);
    // Staying active and exercise come first (the first-line advice), and opioids come with their caution.
    expect(treatments[0]).to.contain('Staying as active as you can');
    expect(treatments[1]).to.contain('Exercise or physical therapy');
    expect(treatments.join(' ')).to.contain('Anti-inflammatory pain medicine').and.to.contain('thoughts and feelings');
    expect(treatments.join(' ')).to.contain('Massage').and.to.contain('Acupuncture').and.to.contain('opioids are not advised');
  });

  it('says the path is for planned surgery, and that emergencies do not wait for it', async () => {
    const el = await fixture(html`<conservative-care></conservative-care>`);
    expect(el.shadowRoot!.textContent).to.contain('This path is for planned surgery');
  });

  it('shows the path to a decision as numbered steps in order', async () => {
    const el = await fixture(html`<conservative-care></conservative-care>`);
    const steps = [...el.shadowRoot!.querySelectorAll('ol[part="path"] > li .step-title')].map((s) => s.textContent);
    expect(steps).to.deep.equal(['Try conservative care', 'See a spine specialist', 'Get a second opinion', 'Decide together']);
    const marker = getComputedStyle(el.shadowRoot!.querySelector('ol[part="path"] > li')!, '::before');
    expect(marker.content).to.not.equal('none');
  });
});
