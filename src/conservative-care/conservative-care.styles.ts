import { css } from 'lit';

export const conservativeCareStyles = css`
  /* The path: numbered circles joined by a line, drawn in CSS so the list stays a plain <ol>. */
  .path {
    list-style: none;
    padding: 0;
    counter-reset: step;
    gap: 0;
  }

  .path > li {
    counter-increment: step;
    position: relative;
    padding-inline-start: 3rem;
    padding-block-end: var(--_space);
  }

  .path > li::before {
    content: counter(step);
    position: absolute;
    inset-inline-start: 0;
    inset-block-start: 0;
    width: 2rem;
    height: 2rem;
    border-radius: 50%;
    display: grid;
    place-items: center;
    font-weight: 700;
    background: var(--_accent);
    color: var(--_on-accent);
  }

  .path > li:not(:last-child)::after {
    content: '';
    position: absolute;
    inset-inline-start: calc(1rem - 1px);
    inset-block: 2.25rem 0.25rem;
    border-inline-start: 2px solid var(--_border);
  }

  .step-title {
    display: block;
    font-weight: 700;
  }

  @media (forced-colors: active) {
    .path > li::before {
      border: 1px solid CanvasText;
    }
  }
`;
