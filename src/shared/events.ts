import type { CandidacyAnswers } from '../content/sections/candidacy.js';

/** `ubs-toggle`: a reader opened or closed a risk or a question (`<risk-list>`, `<surgery-faq>`). */
export interface UbsToggleDetail {
  /** The item's id, e.g. `dural-tear`. */
  id: string;
  open: boolean;
}

/** `ubs-contact`: a reader used one of the clinic's contact links (`<second-opinion>`). */
export interface UbsContactDetail {
  channel: 'phone' | 'booking' | 'email';
}

/**
 * `ubs-candidacy-complete`: a reader completed the questionnaire (`<candidacy-check>`). The answers
 * describe the reader's health: count the event, do not send them where the reader is known.
 */
export interface UbsCandidacyCompleteDetail {
  /** The chosen option ids by question; nothing the reader typed. */
  answers: CandidacyAnswers;
}

/** `ubs-override-rejected`: parts of the clinic's text changes were invalid and left out (every element). */
export interface UbsOverrideRejectedDetail {
  /** Where, e.g. `overrides: en.risks.items[2].name`. */
  paths: string[];
}

/** Every event the elements fire, by name; all bubble and cross shadow roots, so they reach `document`. */
export interface UbsEventMap {
  'ubs-toggle': CustomEvent<UbsToggleDetail>;
  'ubs-contact': CustomEvent<UbsContactDetail>;
  'ubs-candidacy-complete': CustomEvent<UbsCandidacyCompleteDetail>;
  'ubs-override-rejected': CustomEvent<UbsOverrideRejectedDetail>;
}

// So that `element.addEventListener('ubs-toggle', (event) => event.detail.id)` type-checks, on an
// element or where the events bubble to.
declare global {
  /* eslint-disable @typescript-eslint/no-empty-object-type */
  interface HTMLElementEventMap extends UbsEventMap {}
  interface DocumentEventMap extends UbsEventMap {}
  interface WindowEventMap extends UbsEventMap {}
  /* eslint-enable @typescript-eslint/no-empty-object-type */
}

/** Fires one of the elements' events on `host`: bubbling and composed, so it reaches the page. */
export function emit<Name extends keyof UbsEventMap>(host: EventTarget, name: Name, detail: UbsEventMap[Name]['detail']): void {
  host.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail }));
}
