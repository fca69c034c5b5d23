import { css } from 'lit';

export const medicalDisclaimerStyles = css`
  .emergency {
    font-weight: 700;
  }

  .bibliography {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }

  [part='sources'] {
    font-size: 0.9em;
  }

  cite {
    font-style: normal;
  }
`;
