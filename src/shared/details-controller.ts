import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The element the controller serves; `expanded` is the attribute of the elements that have one. */
type DetailsHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment; expanded?: boolean };

/**
 * The element's `<details>`, with one listener for all of them (not one per item):
 * - on paper every explanation is shown: closed ones open before printing and close again after,
 *   leaving the ones the reader opened as they were;
 * - `expanded` opens every item (a `<details data-id>`), and closing it closes them;
 * - a reader opening or closing an item fires `ubs-toggle` with `{ id, open }`; opening by printing
 *   or by `expanded` does not.
 */
export class DetailsController implements ReactiveController {
  #opened: HTMLDetailsElement[] = [];
  #printing = false;
  #expanded = false;

  constructor(private readonly host: DetailsHost) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.#open);
    window.addEventListener('afterprint', this.#close);
    // `toggle` does not bubble: caught on its way down to the <details>.
    this.host.renderRoot.addEventListener('toggle', this.#report, true);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.#open);
    window.removeEventListener('afterprint', this.#close);
    this.host.renderRoot.removeEventListener('toggle', this.#report, true);
  }

  hostUpdated(): void {
    const expanded = this.host.expanded === true;
    // Open while expanded (items a re-render added too); close all once, when it stops.
    if (expanded || this.#expanded) this.#items().forEach((details) => (details.open = expanded));
    this.#expanded = expanded;
  }

  #items(): HTMLDetailsElement[] {
    return [...this.host.renderRoot.querySelectorAll<HTMLDetailsElement>('details[data-id]')];
  }

  readonly #report = (event: Event) => {
    const details = event.target as HTMLDetailsElement;
    if (!details.dataset?.id || this.host.expanded || this.#printing) return;
    this.host.dispatchEvent(new CustomEvent('ubs-toggle', { bubbles: true, composed: true, detail: { id: details.dataset.id, open: details.open } }));
  };

  readonly #open = () => {
    this.#printing = true;
    this.#opened = [...this.host.renderRoot.querySelectorAll('details')].filter((details) => !details.open);
    this.#opened.forEach((details) => (details.open = true));
  };

  readonly #close = () => {
    this.#opened.forEach((details) => (details.open = false));
    this.#opened = [];
    // <details> fire their toggle events in a later task: stay "printing" until they have.
    setTimeout(() => (this.#printing = false));
  };
}
