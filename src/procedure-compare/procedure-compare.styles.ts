import { css } from 'lit';

export const procedureCompareStyles = css`
  table {
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
    border: 1px solid var(--ubs-border, color-mix(in srgb, currentColor 30%, transparent));
    padding: 0.5em 0.75em;
    vertical-align: top;
    text-align: start;
  }

  thead th {
    background: var(--ubs-surface, color-mix(in srgb, currentColor 6%, transparent));
  }

  tbody th {
    font-weight: 600;
    width: 22%;
  }

  .highlighted {
    background: color-mix(in srgb, var(--ubs-accent, #0b5f7a) 10%, transparent);
  }

  .badge {
    display: block;
    font-size: 0.85em;
    font-weight: 600;
  }

  .cards {
    display: grid;
    gap: var(--ubs-space, 1rem);
  }

  .card.highlighted {
    border-width: 2px;
    border-color: var(--ubs-accent, #0b5f7a);
  }

  dt {
    font-weight: 600;
  }

  dd {
    margin: 0 0 0.5em;
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
