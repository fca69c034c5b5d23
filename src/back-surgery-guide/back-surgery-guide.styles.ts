import { css } from 'lit';

export const backSurgeryGuideStyles = css`
  [part='base'] {
    gap: calc(var(--_space) * 2);
  }

  .toc-title {
    font-weight: 700;
  }

  nav ol {
    margin-block-start: 0.35em;
  }

  nav a {
    display: inline-block;
    min-height: 24px;
  }

  .section:focus {
    outline: none;
  }

  .section:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 4px;
  }

  /* Each section says it does not replace the doctor; the guide says it once, at the top. */
  .section > *::part(disclaimer) {
    display: none;
  }
`;
