import { css } from 'lit';

export const riskListStyles = css`
  .risks {
    list-style: none;
    padding: 0;
  }

  /* The summary is 44 px to tap (shared styles): no padding above or below it. */
  .risks details {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0 0.75em;
  }

  .risks details[open] {
    padding-block-end: 0.5em;
  }
`;
