import { css } from 'lit';

export const surgeryFaqStyles = css`
  .questions {
    list-style: none;
    padding: 0;
  }

  /* The summary is 44 px to tap (shared styles). */
  details {
    border-block-end: 1px solid var(--_border);
  }

  /* The question is a heading inside the summary, so screen-reader users can jump between questions. */
  summary > * {
    display: inline;
    font-size: 1em;
  }

  .answer {
    display: grid;
    gap: 0.35em;
    padding-block: 0.35em 0.75em;
  }
`;
