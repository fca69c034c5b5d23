import { css } from 'lit';

export const recoveryTipsStyles = css`
  section {
    display: grid;
    gap: calc(var(--ubs-space, 1rem) * 0.5);
  }

  .timeline {
    list-style: none;
    padding: 0;
    border-inline-start: 0.25rem solid var(--ubs-accent, #0b5f7a);
    padding-inline-start: var(--ubs-space, 1rem);
    gap: 0.75em;
  }

  .when {
    display: block;
    font-weight: 700;
  }
`;
