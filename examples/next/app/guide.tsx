'use client';
// A client component, the only place for event handlers and object properties. Imported here, the
// element is defined in the browser before React hydrates the page. The server render runs this import
// too: it loads the class and defines nothing, as there is no DOM there.
import 'upper-back-surgery-elements/risk-list.js';
import { useState } from 'react';
import type { RiskList } from 'upper-back-surgery-elements/classes.js';
import type { UbsToggleDetail } from 'upper-back-surgery-elements/types';
import { useDefined } from './use-defined';

// Text changes for one element, by language (the `overrides` property; an object, never an attribute).
const riskText = { en: { risks: { title: 'Before you decide: the risks' } } };
const faqText = { en: { faq: { title: 'What patients ask us' } } };

// React renders an object prop into no HTML on the server and does not set it when it hydrates the
// element: hand `overrides` to the element itself, in a ref.
const setRiskText = (list: RiskList | null) => void (list && (list.overrides = riskText));

// Loaded in the browser after the first render (an effect); rendered once it is defined.
const loadFaq = () => import('upper-back-surgery-elements/surgery-faq.js');

export function Guide() {
  const [toggled, setToggled] = useState<UbsToggleDetail>();
  const faqDefined = useDefined('surgery-faq', loadFaq);

  return (
    <>
      {/* React 19 listens to the event by its own name: onubs-toggle (onUbsToggle never fires). */}
      <risk-list heading-level="2" show="common" ref={setRiskText} onubs-toggle={(event) => setToggled(event.detail)} />
      <p role="status">{toggled ? `You ${toggled.open ? 'opened' : 'closed'} "${toggled.id}".` : 'Open a risk to read more.'}</p>
      {faqDefined ? <surgery-faq heading-level="2" overrides={faqText} /> : <p>Loading the questions…</p>}
    </>
  );
}
