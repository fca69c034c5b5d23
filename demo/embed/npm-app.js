// The site's own script, as its bundler would build it.
/* snippet:npm */
// npm install upper-back-surgery-elements
import 'upper-back-surgery-elements'; // registers every element
// or only what the page uses, which brings only that element's text:
// import 'upper-back-surgery-elements/recovery-tips.js';
/* /snippet */
