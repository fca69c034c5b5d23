import { css } from 'lit';

export const procedureCompareStyles = css`
  /* Only the elements with container queries are containers: a container's style needs layout first. */
  :host {
    container-type: inline-size;
  }

  table {
    /* A page in quirks mode (no doctype) gives tables the browser's default font size otherwise. */
    font: inherit;
    border-collapse: collapse;
    width: 100%;
    /* Equal columns for the procedures, so neither looks favoured by its width. */
    table-layout: fixed;
  }

  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.5em;
  }

  th,
  td {
    border: 1px solid var(--_border);
    padding: 0.5em 0.75em;
    vertical-align: top;
    text-align: start;
  }

  thead th {
    background: var(--_surface);
  }

  tbody th {
    font-weight: 600;
    width: 22%;
  }

  .highlighted {
    background: color-mix(in srgb, var(--_accent) 10%, transparent);
  }

  .badge {
    display: block;
    font-size: 0.85em;
    font-weight: 600;
  }

  .cards {
    display: grid;
    gap: var(--_space);
  }

  /* A fact's card: each procedure's answer under its name, the two divided by a line. */
  .card dl {
    display: grid;
  }

  .card dl > div {
    padding-block: 0.5em;
  }

  .card dl > div + div {
    border-block-start: 1px solid var(--_border);
  }

  .card dl > .highlighted {
    padding-inline: 0.5em;
    border-inline-start: 0.25rem solid var(--_accent);
  }

  dt {
    font-weight: 600;
  }

  dd {
    margin: 0;
  }

  /* A real table where there is room, stacked cards where there is not: the element's own width
     decides (a sidebar is narrow on a wide screen), so this is a container query. */
  @container (min-width: 36rem) {
    .cards {
      display: none;
    }
  }

  @container (max-width: 35.99rem) {
    .table-wrap {
      display: none;
    }
  }
`;
