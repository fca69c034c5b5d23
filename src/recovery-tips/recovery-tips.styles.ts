import { css } from 'lit';

export const recoveryTipsStyles = css`
  section {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }

  .timeline {
    list-style: none;
    padding: 0;
    border-inline-start: 0.25rem solid var(--_accent);
    padding-inline-start: var(--_space);
    gap: 0.75em;
  }

  .when {
    display: block;
    font-weight: 700;
  }
`;
