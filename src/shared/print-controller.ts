import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * On paper every explanation is shown: opens the element's closed `<details>` before printing and
 * closes them again after, leaving the ones the reader opened as they were.
 */
export class PrintController implements ReactiveController {
  #opened: HTMLDetailsElement[] = [];

  constructor(private readonly host: ReactiveControllerHost & { renderRoot: ParentNode }) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.#open);
    window.addEventListener('afterprint', this.#close);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.#open);
    window.removeEventListener('afterprint', this.#close);
  }

  /** True between `beforeprint` and `afterprint`, so toggles caused by printing are not reported as the reader's. */
  get printing(): boolean {
    return this.#printing;
  }

  #printing = false;

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
