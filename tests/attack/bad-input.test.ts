// Bad input for every documented attribute and property (see bad-input.cases.ts), a rotating subset
// of the values for each: every value is used by some attribute or property. The full set runs in
// `npm run test:attack` (bad-input.full.ts).
import { describeBadInput } from './bad-input.cases.js';

/** Three values per attribute or property, moving along the list so that together they cover it. */
const rotating = <T>(values: readonly T[], index: number): readonly T[] =>
  [0, 1, 2].map((offset) => values[(index * 3 + offset) % values.length]!);

describe('attack: bad input (subset)', () => {
  describeBadInput(rotating);
});
