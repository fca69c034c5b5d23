/**
 * The page's `document`, read where page markup cannot get in the way. An element with a `name`
 * (`<img name="querySelectorAll">`, `<form name="head">`) replaces the property of that name on
 * `document` (DOM clobbering), so the library reads the browser's own getters and methods from the
 * prototypes and calls them on `document`.
 */
const property = (name: string) => Object.getOwnPropertyDescriptor(Document.prototype, name)!.get!;
const root = property('documentElement');
const head = property('head');
const state = property('readyState');
const events = EventTarget.prototype;

/** `document.documentElement`: the `<html>` element. */
export const pageRoot = (): HTMLElement => root.call(document) as HTMLElement;

/** `document.head`. */
export const pageHead = (): HTMLHeadElement => head.call(document) as HTMLHeadElement;

/** Whether the parser is still reading the page (`document.readyState === 'loading'`). */
export const pageLoading = (): boolean => state.call(document) === 'loading';

/** `document.addEventListener`. */
export const onPage = (type: string, listener: EventListener, options?: AddEventListenerOptions): void =>
  events.addEventListener.call(document, type, listener, options);

/** `document.removeEventListener`. */
export const offPage = (type: string, listener: EventListener): void => events.removeEventListener.call(document, type, listener);

/** `document.dispatchEvent`. */
export const tellPage = (event: Event): boolean => events.dispatchEvent.call(document, event);
