import { setCustomElementsManifest } from '@storybook/web-components-vite';
import customElements from '../custom-elements.json' with { type: 'json' };

// Docs tables (attributes, slots, parts, CSS properties, events), the library's API reference, come from
// custom-elements.json, generated from the elements' JSDoc (`npm run analyze`).
setCustomElementsManifest(customElements);

/** @type { import('@storybook/web-components-vite').Preview } */
const preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
  },
};
export default preview;
