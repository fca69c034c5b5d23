// How long the tests wait for a browser, a page or a condition, scaled for a loaded machine:
// `UBS_TEST_TIMEOUT_SCALE=3 npm test` waits three times as long everywhere (web-test-runner's
// per-test timeout, and the waits of the node page tests). Timings a test asserts (a file that
// must show English after 3 s) are not scaled: they are what is tested.

/** The factor, from UBS_TEST_TIMEOUT_SCALE (a number ≥ 1; default 1). */
export const TIMEOUT_SCALE = (() => {
  const setting = process.env.UBS_TEST_TIMEOUT_SCALE;
  if (setting === undefined || setting === '') return 1;
  const scale = Number(setting);
  if (!Number.isFinite(scale) || scale < 1) throw new Error(`UBS_TEST_TIMEOUT_SCALE must be a number of 1 or more, not "${setting}"`);
  return scale;
})();

/** `ms`, scaled by UBS_TEST_TIMEOUT_SCALE. */
export const scaled = (ms) => Math.round(ms * TIMEOUT_SCALE);
