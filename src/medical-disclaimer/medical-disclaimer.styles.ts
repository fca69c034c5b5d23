import { css } from 'lit';

export const medicalDisclaimerStyles = css`
  .emergency {
    font-weight: 700;
  }

  .sources {
    font-size: 0.9em;
  }

  cite {
    font-style: normal;
  }
`;
