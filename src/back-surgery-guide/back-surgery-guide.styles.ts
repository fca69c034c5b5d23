import { css } from 'lit';

export const backSurgeryGuideStyles = css`
  [part='base'] {
    gap: calc(var(--_space) * 2);
  }

  .opening {
    display: grid;
    gap: var(--_space);
  }

  /* As NHS pages open: the gist first, in a box edged in the brand colour. */
  .key-points {
    border-inline-start: 0.375rem solid var(--_accent);
  }

  .toc-title {
    font-weight: 700;
  }

  nav ol {
    margin-block-start: 0.35em;
  }

  /* A 24 px target; aligned at the top, so a title that wraps keeps its number beside its first line. */
  nav a {
    display: inline-block;
    min-height: 24px;
    vertical-align: top;
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
