import { useState } from 'react';
import type { UbsToggleDetail } from 'upper-back-surgery-elements/types';
import { useDefined } from './use-defined.ts';

// Text changes for one element, by language (the `overrides` property; an object, never an attribute).
const riskText = { en: { risks: { title: 'Before you decide: the risks' } } };
const faqText = { en: { faq: { title: 'What patients ask us' } } };

// Code-split: this element's module loads after React's first render.
const loadFaq = () => import('upper-back-surgery-elements/surgery-faq.js');

export function App() {
  const [toggled, setToggled] = useState<UbsToggleDetail>();
  const faqDefined = useDefined('surgery-faq', loadFaq);

  return (
    <main>
      <h1>Northside Spine Clinic</h1>
      {/* React 19 listens to the event by its own name: onubs-toggle (onUbsToggle never fires). */}
      <risk-list heading-level="2" show="common" overrides={riskText} onubs-toggle={(event) => setToggled(event.detail)} />
      <p role="status">{toggled ? `You ${toggled.open ? 'opened' : 'closed'} "${toggled.id}".` : 'Open a risk to read more.'}</p>
      {faqDefined ? <surgery-faq heading-level="2" overrides={faqText} /> : <p>Loading the questions…</p>}
    </main>
  );
}
