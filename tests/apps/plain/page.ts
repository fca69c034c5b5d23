// A page's plain TypeScript that imports one element's entry and nothing else: the `ubs-*` events are
// typed on the page's event maps all the same (no reference to the package's `/types`).
import 'upper-back-surgery-elements/risk-list.js';

document.addEventListener('ubs-toggle', (event) => console.log(event.detail.id, event.detail.open));
document.querySelector('risk-list')?.addEventListener('ubs-toggle', (event) => console.log(event.detail.id));
// @ts-expect-error the detail of ubs-toggle has no `channel`
document.addEventListener('ubs-toggle', (event) => event.detail.channel);
