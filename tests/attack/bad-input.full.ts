// Every bad value for every documented attribute and property (see bad-input.cases.ts). Run by
// `npm run test:attack`; `npm test` runs a subset (bad-input.test.ts).
import { describeBadInput } from './bad-input.cases.js';

describe('attack: bad input (every value)', () => {
  describeBadInput((values) => values);
});
