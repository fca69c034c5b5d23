import { css } from 'lit';

/**
 * Styles every element shares. Colours derive from the inherited text colour (`currentColor`), so
 * the elements read well on light and dark pages alike; a clinic retunes them through a short list
 * of `--ubs-*` custom properties, each with a fallback.
 */
export const baseStyles = css`
  /* The design tokens: a clinic's --ubs-* value first, then the page settings' brand colour (set by
     GuideElement through its own style sheet), then a WordPress block theme's primary colour, then ours.
     --_on-accent and --_focus are computed so text on the brand colour, and the focus ring, stay readable. */
  :host {
    --_accent: var(--ubs-accent, var(--_settings-accent, var(--wp--preset--color--primary, #0b5f7a)));
    --_on-accent: var(--_computed-on-accent, #fff);
    --_focus: var(--_computed-focus, var(--_accent));
    --_border: var(--ubs-border, color-mix(in srgb, currentColor 30%, transparent));
    --_surface: var(--ubs-surface, color-mix(in srgb, currentColor 4%, transparent));
    --_warning: var(--ubs-warning, #b3261e);
    /* Red as text or as an edge on the element's own background: the warning red on light surfaces,
       a light red on dark ones (worked out by GuideElement's colours), so both stay readable. */
    --_warning-text: var(--ubs-warning-text, var(--_computed-warning-text, var(--_warning)));
    /* Text on the warning red: white, or black on a light red a clinic chose. */
    --_on-warning: var(--_computed-on-warning, #fff);
    --_radius: var(--ubs-radius, 0.5rem);
    --_space: var(--ubs-space, 1rem);
    display: block;
    font-family: var(--ubs-font, inherit);
    color: var(--ubs-text, inherit);
    line-height: 1.5;
    /* A word longer than the line (a DOI, a long Spanish word at 200% text on a phone) breaks rather than
       widening its box: with "anywhere", unlike "break-word", the box's minimum width allows for it too. */
    overflow-wrap: anywhere;
    /* Inherited text effects a theme may set on <body> that would make patient text hard to read;
       font and colour are inherited on purpose, these are not. */
    font-style: normal;
    font-weight: 400;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    white-space: normal;
  }

  :host([hidden]) {
    display: none;
  }

  /* One column as wide as the element, never wider: a grid item's min-content must not widen the page. */
  [part='base'] {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
  }

  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
    line-height: 1.25;
    font-weight: 700;
    /* "mínimamente" at 200% text is wider than a phone: hyphenated where the language allows. */
    hyphens: auto;
  }

  fieldset {
    min-inline-size: 0;
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
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    padding: var(--_space);
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }

  .urgent {
    border-inline-start: 0.375rem solid var(--_warning-text);
  }

  /* Care cards, as on the NHS's health pages: a coloured band says whom to contact and how fast.
     Non-urgent in the brand colour, urgent in red, emergency in red over a dark body. The text on each
     band is white or the brand's readable colour whatever the theme; the band's words carry the level
     for screen readers and forced colours. */
  .care {
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
  }

  .care-heading {
    padding: calc(var(--_space) * 0.5) var(--_space);
  }

  .care-body {
    padding: var(--_space);
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }

  .care.non-urgent .care-heading {
    background: var(--_accent);
    color: var(--_on-accent);
  }

  .care.urgent,
  .care.emergency {
    border-color: var(--_warning-text);
  }

  .care.urgent .care-heading,
  .care.emergency .care-heading {
    background: var(--_warning);
    color: var(--_on-warning);
  }

  .care.emergency .care-body {
    --_focus: #fff;
    background: #212b32;
    color: #fff;
  }

  .care-group {
    display: grid;
    gap: var(--_space);
  }

  /* Not small italic, the hardest text for older readers (accessibility review 3, finding 14). */
  .disclaimer {
    font-weight: 600;
  }

  a {
    color: inherit;
    text-decoration-thickness: 0.08em;
    text-underline-offset: 0.15em;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  /* At least 44 px to tap, as the questionnaire's options: one line (1.5em) centred in it. */
  details > summary {
    cursor: pointer;
    font-weight: 600;
    padding-block: max(0.25em, (44px - 1.5em) / 2);
    box-sizing: border-box;
    min-block-size: 44px;
  }

  /* A medical word's definition: its own inset after the statement that first uses it ("what this means"),
     at the size of the text around it, not small or italic. */
  .term {
    display: block;
    margin-block-start: 0.5em;
    padding-block: 0.25em;
    padding-inline-start: 0.75em;
    border-inline-start: 0.25rem solid var(--_border);
  }

  .term[hidden] {
    display: none;
  }

  dfn {
    font-style: normal;
    font-weight: 700;
  }

  .sources {
    font-size: 0.9em;
  }

  .cite {
    line-height: 0;
  }

  /* Where a source marker leads: the entry is outlined, with its way back beside it. */
  [part~='sources'] li:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .back-link {
    margin-inline-start: 0.5em;
  }

  .back-link[hidden] {
    display: none;
  }

  /* Read by screen readers only (" Sources 1 and 2"). */
  .vh {
    position: absolute;
    clip-path: inset(50%);
    width: 1px;
    height: 1px;
    overflow: hidden;
    white-space: nowrap;
  }

  /* Nothing here moves; this also stills any transition a page adds through ::part. */
  @media (prefers-reduced-motion: reduce) {
    *,
    ::before,
    ::after {
      animation: none !important;
      transition: none !important;
    }
  }

  /* On paper: black on white, every explanation open (GuideElement opens <details> before
     printing), link targets written out, and no controls that do nothing on paper. */
  @media print {
    :host {
      color: #000 !important;
      background: none !important;
    }

    .panel {
      break-inside: avoid;
    }

    /* Every link but same-page ones (the table of contents, hidden on paper anyway). */
    a:not([href^='#'])::after {
      content: ' (' attr(href) ')';
      font-size: 0.9em;
    }

    button,
    [data-print='hide'] {
      display: none !important;
    }
  }

  @media (forced-colors: active) {
    .panel,
    .urgent,
    .care {
      border-color: CanvasText;
    }

  }
`;
