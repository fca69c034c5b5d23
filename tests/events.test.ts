import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { SurgeryFaq, UbsCandidacyCompleteDetail, UbsContactDetail, UbsEventMap, UbsOverrideRejectedDetail, UbsToggleDetail } from '../src/index.js';
import { captureWarnings } from './helpers.js';

/**
 * The `ubs-*` events are typed for TypeScript users: `npm run typecheck` fails on this file when the
 * types break (the event map missing from HTMLElementEventMap, a detail that turned `any`, a detail
 * type no longer exported from the package entry), and the browser run checks the detail is real.
 */

/** True only when A and B are the same type. */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

const exactDetails: [
  Same<UbsEventMap['ubs-toggle']['detail'], UbsToggleDetail>,
  Same<UbsToggleDetail, { id: string; open: boolean }>,
  Same<UbsContactDetail['channel'], 'phone' | 'booking' | 'email'>,
  Same<UbsCandidacyCompleteDetail, UbsEventMap['ubs-candidacy-complete']['detail']>,
  Same<UbsOverrideRejectedDetail, { paths: string[] }>,
] = [true, true, true, true, true];

describe('ubs-* events, as TypeScript sees them', () => {
  it('ubs-toggle on an element carries the id and state of the item the reader opened', async () => {
    const el = await fixture<SurgeryFaq>(html`<surgery-faq></surgery-faq>`);
    const seen: UbsToggleDetail[] = [];
    el.addEventListener('ubs-toggle', (event) => {
      const id: string = event.detail.id;
      const open: boolean = event.detail.open;
      // @ts-expect-error an id is text: this line fails typecheck if `detail` were untyped (any)
      const wrong: number = event.detail.id;
      void wrong;
      seen.push({ id, open });
    });
    const summary = el.shadowRoot!.querySelector<HTMLElement>('details[data-id] > summary')!;
    summary.click();
    await new Promise((resolve) => el.addEventListener('ubs-toggle', resolve, { once: true }));
    expect(seen).to.deep.equal([{ id: summary.parentElement!.dataset.id, open: true }]);
    expect(exactDetails).to.deep.equal([true, true, true, true, true]);
  });

  it('ubs-override-rejected reaches document, bubbling and composed, with the paths left out', async () => {
    const received: UbsEventMap['ubs-override-rejected'][] = [];
    const listener = (event: UbsEventMap['ubs-override-rejected']) => received.push(event);
    document.addEventListener('ubs-override-rejected', listener);
    await captureWarnings(() => fixture(html`<risk-list .overrides=${{ xx: {} }}></risk-list>`));
    document.removeEventListener('ubs-override-rejected', listener);
    const event = received[0]!;
    expect(event.detail.paths).to.deep.equal(['overrides: xx (not a language of the guide)']);
    expect(event.bubbles && event.composed).to.be.true;
  });
});
