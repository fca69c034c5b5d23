import { css } from 'lit';

export const riskListStyles = css`
  .risks {
    list-style: none;
    padding: 0;
  }

  .risks details {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5em 0.75em;
  }

  .risks details[open] > summary {
    margin-block-end: 0.35em;
  }

  /* Comfortable touch target for the expandable summaries (WCAG 2.5.8). */
  summary {
    min-height: 24px;
  }
`;
