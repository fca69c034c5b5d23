import { css } from 'lit';

export const surgeryFaqStyles = css`
  .questions {
    list-style: none;
    padding: 0;
  }

  details {
    border-block-end: 1px solid var(--_border);
    padding-block: 0.5em;
  }

  summary {
    min-height: 24px;
  }

  /* The question is a heading inside the summary, so screen-reader users can jump between questions. */
  summary > * {
    display: inline;
    font-size: 1em;
  }

  .answer {
    display: grid;
    gap: 0.35em;
    padding-block-start: 0.35em;
  }
`;
