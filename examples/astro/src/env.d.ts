// The ubs-* events, typed on document and on elements (HTMLElementEventMap). Importing an element's
// entry (`…/back-surgery-guide.js`) does not bring these types by itself yet; `…/types` does.
/// <reference types="upper-back-surgery-elements/types" />
