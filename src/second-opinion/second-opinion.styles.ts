import { css } from 'lit';

export const secondOpinionStyles = css`
  .contact ul {
    list-style: none;
    padding: 0;
  }

  /* Large, easy targets on a phone (WCAG 2.5.8 asks for 24px; 44px is kinder). */
  .contact a {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    padding-inline: 0.75em;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
    text-decoration: none;
  }

  .contact a:hover {
    text-decoration: underline;
  }
`;
