import { css } from 'lit';

export const candidacyCheckStyles = css`
  /* Only the elements with container queries are containers: a container's style needs layout first. */
  :host {
    container-type: inline-size;
  }

  form {
    display: grid;
    gap: var(--_space);
  }

  fieldset {
    margin: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75) var(--_space);
    display: grid;
    gap: 0.25em;
  }

  legend {
    font-weight: 700;
    padding-inline: 0.25em;
  }

  /* A legend keeps its min-content width: long Spanish words at large text sizes must wrap instead. */
  fieldset {
    min-inline-size: 0;
  }

  .required,
  .hint {
    font-weight: 400;
    font-size: 0.9em;
  }

  .error {
    color: var(--_warning-text);
    font-weight: 700;
  }

  /* "There is a problem", as GOV.UK's error summary: first in the form after a submit that needs answers. */
  .error-summary {
    border: 4px solid var(--_warning-text);
    border-radius: var(--_radius);
    padding: var(--_space);
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }

  .error-summary a {
    color: var(--_warning-text);
    font-weight: 700;
  }

  [hidden] {
    display: none !important;
  }

  /* Server-rendered HTML read with scripts off: the questions cannot work, so say so. Not a
     <noscript>: its content parses differently with scripts on and off, which breaks taking the
     server's HTML over. With scripts on the note takes no room, so nothing moves when they run. */
  .needs-script {
    display: none;
  }

  @media (scripting: none) {
    .needs-script {
      display: block;
    }
  }

  .urgent-hint {
    font-weight: 700;
  }

  /* One option per line, with a touch target of at least 44px. */
  label {
    display: flex;
    align-items: center;
    gap: 0.6em;
    min-height: 44px;
    cursor: pointer;
  }

  input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    flex: none;
    accent-color: var(--_accent);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
  }

  button {
    font: inherit;
    font-weight: 600;
    min-height: 44px;
    padding-inline: 1.25em;
    border-radius: var(--_radius);
    border: 2px solid var(--_accent);
    cursor: pointer;
  }

  button[type='submit'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }

  button[type='reset'] {
    background: transparent;
    color: inherit;
  }

  .result {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }

  .result dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25em 1em;
  }

  .result dt {
    font-weight: 700;
  }

  .result dd {
    margin: 0;
  }

  @container (max-width: 30rem) {
    .result dl {
      grid-template-columns: 1fr;
    }

    .result dd {
      margin-block-end: 0.5em;
    }
  }
`;
