// upper-back-surgery-late.js: loads upper-back-surgery.js (from this file's folder) after the page's first
// paint, for pages whose HTML already holds the guide's text (server-rendered or pasted, see
// docs/server-rendering.md). The text is then painted as soon as plain HTML would be; the elements
// take it over a moment later. An external file, so a strict Content-Security-Policy needs no exception.
const load = () =>
  import(new URL('upper-back-surgery.js', import.meta.url).href).catch((error) =>
    console.warn(`upper-back-surgery-elements: the elements could not be loaded (${error}); the page keeps its text.`),
  );
// A hidden tab paints nothing: nothing to wait for. Read through Document.prototype, as the library
// does, so an element named "visibilityState" on the page cannot stand in for it.
if (Reflect.get(Document.prototype, 'visibilityState', document) === 'hidden') load();
else requestAnimationFrame(() => setTimeout(load));
