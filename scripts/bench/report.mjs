// Medians and the printed tables.

export function median(values) {
  const sorted = values.filter((value) => typeof value === 'number' && Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** A value's spread over runs: the median and the middle half (25th to 75th percentile, interpolated). */
export function spread(values) {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  const at = (q) => {
    const position = (sorted.length - 1) * q;
    const below = Math.floor(position);
    return sorted[below] + (sorted[Math.min(below + 1, sorted.length - 1)] - sorted[below]) * (position - below);
  };
  return { median: median(sorted), low: at(0.25), high: at(0.75), runs: sorted.length };
}

const FORMATS = {
  bytes: (value) => `${Math.round(value).toLocaleString('en-US')} B`,
  ms: (value) => `${value.toFixed(value < 10 ? 2 : 1)} ms`,
  kb: (value) => `${(value / 1024).toFixed(1)} KB`,
  count: (value) => String(Math.round(value)),
  score: (value) => value.toFixed(4),
};

/** elements / static as a number; null when static is zero or nearly (CLS 0, heap under 1 KB), where a ratio means nothing. */
export function ratioOf(staticValue, elementsValue, unit = 'ms') {
  if (staticValue == null || elementsValue == null) return null;
  const floor = unit === 'score' ? 0.0001 : unit === 'kb' ? 1024 : 0;
  if (Math.abs(staticValue) <= floor) return null;
  return elementsValue / staticValue;
}

/** A row's ratio: the median of the run-by-run ratios when the bench has them, else the ratio of the medians. */
function ratioValue(staticValue, value, unit, paired) {
  const ofMedians = ratioOf(staticValue, value, unit);
  return ofMedians == null ? null : (paired ?? ofMedians);
}

function ratio(staticValue, value, unit, paired) {
  const shown = ratioValue(staticValue, value, unit, paired);
  return shown == null ? '–' : `${shown.toFixed(2)}×`;
}

/**
 * A markdown table: one row per metric, static HTML | elements | ratio, and the issue-14 target for
 * the rows that have one (a ratio limit), so the ratios that matter stand out.
 * @param {{ label: string, unit: keyof FORMATS, static: number|null, elements: number|null, target?: number }[]} rows
 */
export function table(rows) {
  const withTargets = rows.some((row) => row.target != null);
  // The server-rendered guide page (issue 12) is measured for the page loads only.
  const withServer = rows.some((row) => row.ssr != null);
  const lines = [
    ['metric (median)', 'static HTML', 'elements', 'ratio (elements / static, median of runs)', ...(withServer ? ['server-rendered', 'ratio (server-rendered / static, median of runs)'] : []), ...(withTargets ? ['issue 14 target'] : [])],
  ];
  for (const row of rows) {
    const show = (value) => (value == null ? '–' : FORMATS[row.unit](value));
    const line = [row.label, show(row.static), show(row.elements), ratio(row.static, row.elements, row.unit, row.elementsRatio)];
    if (withServer) line.push(show(row.ssr), row.ssr == null ? '–' : ratio(row.static, row.ssr, row.unit, row.ssrRatio));
    if (withTargets) {
      const value = ratioValue(row.static, row.elements, row.unit, row.elementsRatio);
      line.push(row.target == null ? '' : `≤ ${row.target.toFixed(2)}×: ${value == null ? '–' : value <= row.target ? 'holds' : 'misses'}`);
    }
    lines.push(line);
  }
  return align(lines);
}

/**
 * What a page pays once for an element type, whatever the number of copies (compiled code, shared
 * templates, caches), in bytes: the heap with N copies less N marginal copies.
 */
export const oneTimeJsHeap = ({ copies, medians }) => medians.elements.jsTotalLarge - copies.large * medians.elements.jsMarginal;

/**
 * The heap per element table: one row per element type, KB per copy.
 * @param {{ tag: string, hostsPerCopy: number, copies: { large: number }, medians: { static: object, elements: object } }[]} heaps
 */
export function heapTable(heaps) {
  const kb = (value) => (value == null ? '–' : FORMATS.kb(value));
  const lines = [
    ['element', 'copies (N)', 'shadow roots per copy', 'JS heap: elements', 'JS heap: static', 'own JS heap (elements − static)', 'marginal JS heap: elements', 'one-time JS heap per page: elements', 'DOM heap: elements', 'DOM heap: static'],
  ];
  for (const heap of heaps) {
    const { tag, hostsPerCopy, copies, medians } = heap;
    lines.push([
      `\`<${tag}>\``,
      String(copies.large),
      String(hostsPerCopy),
      kb(medians.elements.jsPerCopy),
      kb(medians.static.jsPerCopy),
      kb(medians.elements.jsPerCopy - medians.static.jsPerCopy),
      kb(medians.elements.jsMarginal),
      kb(oneTimeJsHeap(heap)),
      kb(medians.elements.domPerCopy),
      kb(medians.static.domPerCopy),
    ]);
  }
  return align(lines);
}

/** Pads a markdown table's cells: first column left, the others right. */
function align(lines) {
  const widths = lines[0].map((_, column) => Math.max(...lines.map((line) => line[column].length)));
  const format = (line) =>
    `| ${line.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join(' | ')} |`;
  const rule = `| ${widths.map((width, column) => (column === 0 ? '-'.repeat(width) : `${'-'.repeat(width - 1)}:`)).join(' | ')} |`;
  return [format(lines[0]), rule, ...lines.slice(1).map(format)].join('\n');
}
