import { css } from 'lit';

/**
 * Styles every element shares. Colours derive from the inherited text colour (`currentColor`), so
 * the elements read well on light and dark pages alike; a clinic retunes them through a short list
 * of `--ubs-*` custom properties, each with a fallback.
 */
export const baseStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    font-family: var(--ubs-font, inherit);
    color: var(--ubs-text, inherit);
    line-height: 1.5;
    overflow-wrap: break-word;
  }

  :host([hidden]) {
    display: none;
  }

  [part='base'] {
    display: grid;
    gap: var(--ubs-space, 1rem);
  }

  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
    line-height: 1.25;
    font-weight: 700;
  }

  [part='heading'] {
    font-size: 1.5em;
  }

  [part='subheading'] {
    font-size: 1.2em;
  }

  p,
  ul,
  ol,
  dl {
    margin: 0;
  }

  ul,
  ol {
    padding-inline-start: 1.5em;
    display: grid;
    gap: 0.35em;
  }

  .panel {
    border: 1px solid var(--ubs-border, color-mix(in srgb, currentColor 30%, transparent));
    border-radius: var(--ubs-radius, 0.5rem);
    background: var(--ubs-surface, color-mix(in srgb, currentColor 4%, transparent));
    padding: var(--ubs-space, 1rem);
    display: grid;
    gap: calc(var(--ubs-space, 1rem) * 0.5);
  }

  .urgent {
    border-inline-start: 0.375rem solid var(--ubs-warning, #b3261e);
  }

  .disclaimer {
    font-size: 0.9em;
    font-style: italic;
  }

  a {
    color: inherit;
    text-decoration-thickness: 0.08em;
    text-underline-offset: 0.15em;
  }

  :focus-visible {
    outline: 3px solid var(--ubs-accent, #0b5f7a);
    outline-offset: 2px;
  }

  details > summary {
    cursor: pointer;
    font-weight: 600;
  }

  @media (forced-colors: active) {
    .panel,
    .urgent {
      border-color: CanvasText;
    }
  }
`;
