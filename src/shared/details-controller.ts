import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emit } from './events.js';

/** The element the controller serves; `expanded` is the attribute of the elements that have one. */
type DetailsHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment; expanded?: boolean };

/** Controllers of connected elements: one pair of print listeners for the page, not one per element. */
const connected = new Set<DetailsController>();
const openAll = () => connected.forEach((controller) => controller.openForPrint());
const closeAll = () => connected.forEach((controller) => controller.closeAfterPrint());

/** The controller of each render root, for the one toggle listener all of them share. */
const byRoot = new WeakMap<EventTarget, DetailsController>();
function reportToggle(event: Event): void {
  byRoot.get(event.currentTarget!)?.report(event.target as HTMLDetailsElement);
}
function followLink(event: Event): void {
  byRoot.get(event.currentTarget!)?.follow(event);
}

/**
 * The element's `<details>`, with one listener for all of them (not one per item):
 * - on paper every explanation is shown: closed ones open before printing and close again after,
 *   leaving the ones the reader opened as they were;
 * - `expanded` opens every item (a `<details data-id>`), and closing it closes them;
 * - a reader opening or closing an item fires `ubs-toggle` with `{ id, open }`; opening by printing
 *   or by `expanded` does not;
 * - a source marker (`<a href="#source-2">`) opens the list of sources and moves focus to its entry,
 *   where a "Back to the text" link returns to the marker. Same-page links cannot reach into a shadow
 *   root by themselves, and the page's URL is the page's: no #hash of ours.
 */
export class DetailsController implements ReactiveController {
  #opened: HTMLDetailsElement[] = [];
  /** The marker the reader last followed to a source, for the way back. */
  #followed?: HTMLAnchorElement;
  #printing = false;
  #expanded = false;

  readonly #host: DetailsHost;

  constructor(host: DetailsHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    if (connected.size === 0) {
      window.addEventListener('beforeprint', openAll);
      window.addEventListener('afterprint', closeAll);
    }
    connected.add(this);
    byRoot.set(this.#host.renderRoot, this);
    // `toggle` does not bubble: caught on its way down to the <details>.
    this.#host.renderRoot.addEventListener('toggle', reportToggle, true);
    this.#host.renderRoot.addEventListener('click', followLink);
  }

  hostDisconnected(): void {
    connected.delete(this);
    if (connected.size === 0) {
      window.removeEventListener('beforeprint', openAll);
      window.removeEventListener('afterprint', closeAll);
    }
  }

  hostUpdated(): void {
    const expanded = this.#host.expanded === true;
    // Open while expanded (items a re-render added too); close all once, when it stops.
    if (expanded || this.#expanded) this.#items().forEach((details) => (details.open = expanded));
    this.#expanded = expanded;
  }

  #items(): HTMLDetailsElement[] {
    return [...this.#host.renderRoot.querySelectorAll<HTMLDetailsElement>('details[data-id]')];
  }

  /** A `<details>` of the element opened or closed: the reader's doing unless printing or `expanded` did it. */
  report(details: HTMLDetailsElement): void {
    const id = details.dataset?.id;
    if (!id || this.#host.expanded || this.#printing || !this.#host.isConnected) return;
    emit(this.#host, 'ubs-toggle', { id, open: details.open });
  }

  /** A click in the element: on a source marker, to its source; on a source's way back, to the marker. */
  follow(event: Event): void {
    const link = (event.target as Element).closest?.<HTMLAnchorElement>('.cite a, a.back-link');
    if (!link) return;
    event.preventDefault();
    const root = this.#host.renderRoot as ShadowRoot;
    if (link.classList.contains('back-link')) {
      link.hidden = true;
      this.#followed?.focus();
      return;
    }
    const entry = root.getElementById?.(link.getAttribute('href')!.slice(1));
    if (!entry) return;
    const list = entry.closest('details');
    if (list) list.open = true;
    root.querySelectorAll<HTMLAnchorElement>('a.back-link').forEach((back) => (back.hidden = true));
    const back = entry.querySelector<HTMLAnchorElement>('a.back-link');
    if (back) back.hidden = false;
    this.#followed = link;
    entry.focus();
  }

  openForPrint(): void {
    this.#printing = true;
    this.#opened = [...this.#host.renderRoot.querySelectorAll('details')].filter((details) => !details.open);
    this.#opened.forEach((details) => (details.open = true));
  }

  closeAfterPrint(): void {
    this.#opened.forEach((details) => (details.open = false));
    this.#opened = [];
    // <details> fire their toggle events in a later task: stay "printing" until they have.
    setTimeout(() => (this.#printing = false));
  }
}
