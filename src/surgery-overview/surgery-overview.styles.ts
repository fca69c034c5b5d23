import { css } from 'lit';

export const surgeryOverviewStyles = css`
  section {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }

  dl {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }

  dt {
    font-weight: 700;
  }

  dd {
    margin: 0;
    display: grid;
    gap: 0.35em;
  }
`;
