// The hazard log (docs/clinical-safety/hazard-log.md) names, for every control, the test that checks
// it. A control whose test is renamed or deleted would be a control nobody checks: this fails then.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const LOG = 'docs/clinical-safety/hazard-log.md';
const log = readFileSync(LOG, 'utf8');

/** The rows of the table that follows `heading`, as arrays of cells. */
function tableAfter(heading) {
  const lines = log.slice(log.indexOf(heading)).split('\n');
  const end = lines.findIndex((line) => !line.startsWith('|'));
  return lines
    .slice(2, end === -1 ? undefined : end)
    .map((line) => line.split(/(?<!\\)\|/).slice(1, -1).map((cell) => cell.trim()));
}

describe('hazard log', () => {
  const hazards = tableAfter('| Id | Hazard');
  const controls = tableAfter('| Hazard | Control | Test |');

  it('lists hazards with cause, effect, severity and likelihood', () => {
    assert.ok(hazards.length >= 10);
    for (const [id, hazard, causes, effect, severity, likelihood, risk] of hazards) {
      assert.match(id, /^H\d+$/);
      for (const cell of [hazard, causes, effect, severity, likelihood, risk]) assert.ok(cell, `${id} has an empty cell`);
      assert.match(severity, /^(Minor|Significant|Considerable|Major|Catastrophic)$/, id);
    }
  });

  it('gives every hazard at least one control', () => {
    const controlled = new Set(controls.map(([hazard]) => hazard));
    assert.deepEqual(hazards.map(([id]) => id).filter((id) => !controlled.has(id)), []);
  });

  it('names, for every control, a test that exists', () => {
    const missing = [];
    for (const [hazard, control, test] of controls) {
      // `tests/file: "title or a fragment of it"`, a quote inside the title written \" in the table.
      const match = /^(tests\/\S+): "(.+)"$/.exec(test);
      if (!match) {
        missing.push(`${hazard} "${control}": no test named`);
        continue;
      }
      const [, file, quoted] = match;
      const title = quoted.replaceAll('\\"', '"');
      // In the test's source, a title's quotes may be escaped.
      const source = existsSync(file) ? readFileSync(file, 'utf8').replaceAll("\\'", "'").replaceAll('\\"', '"') : undefined;
      if (source === undefined) missing.push(`${hazard}: ${file} does not exist`);
      else if (!source.includes(title)) missing.push(`${hazard}: ${file} has no test "${title}"`);
    }
    assert.deepEqual(missing, []);
  });
});
