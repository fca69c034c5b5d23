// Medians and the printed tables.

export function median(values) {
  const sorted = values.filter((value) => typeof value === 'number' && Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const FORMATS = {
  bytes: (value) => `${Math.round(value).toLocaleString('en-US')} B`,
  ms: (value) => `${value.toFixed(value < 10 ? 2 : 1)} ms`,
  kb: (value) => `${(value / 1024).toFixed(1)} KB`,
  count: (value) => String(Math.round(value)),
  score: (value) => value.toFixed(4),
};

/** elements / static; none when static is zero or nearly (CLS 0, heap under 1 KB), where a ratio means nothing. */
function ratio(staticValue, elementsValue, unit) {
  if (staticValue == null || elementsValue == null) return '–';
  const floor = unit === 'score' ? 0.0001 : unit === 'kb' ? 1024 : 0;
  if (Math.abs(staticValue) <= floor) return '–';
  return `${(elementsValue / staticValue).toFixed(2)}×`;
}

/**
 * A markdown table: one row per metric, static HTML | elements | ratio.
 * @param {{ label: string, unit: keyof FORMATS, static: number|null, elements: number|null }[]} rows
 */
export function table(rows) {
  const lines = [['metric (median)', 'static HTML', 'elements', 'ratio (elements / static)']];
  for (const row of rows) {
    const show = (value) => (value == null ? '–' : FORMATS[row.unit](value));
    lines.push([row.label, show(row.static), show(row.elements), ratio(row.static, row.elements, row.unit)]);
  }
  const widths = lines[0].map((_, column) => Math.max(...lines.map((line) => line[column].length)));
  const format = (line) =>
    `| ${line.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join(' | ')} |`;
  const rule = `| ${widths.map((width, column) => (column === 0 ? '-'.repeat(width) : `${'-'.repeat(width - 1)}:`)).join(' | ')} |`;
  return [format(lines[0]), rule, ...lines.slice(1).map(format)].join('\n');
}
