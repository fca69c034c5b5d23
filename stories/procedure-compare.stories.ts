import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/procedure-compare/procedure-compare.js';
import { sharedArgTypes } from './controls.js';

interface Args {
  'heading-level': number;
  lang?: string;
  procedures: string;
  highlight: string;
}

const meta: Meta<Args> = {
  title: 'Elements/procedure-compare',
  component: 'procedure-compare',
  args: { 'heading-level': 2, procedures: 'open, minimally-invasive', highlight: '' },
  argTypes: {
    ...sharedArgTypes,
    procedures: { control: { type: 'text' } },
    highlight: { control: { type: 'select' }, options: ['', 'open', 'minimally-invasive'] },
  },
  render: (args) =>
    html`<procedure-compare
      heading-level=${args['heading-level']}
      lang=${ifDefined(args.lang || undefined)}
      procedures=${args.procedures}
      highlight=${args.highlight}
    ></procedure-compare>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};

export const Highlighted: Story = { args: { highlight: 'minimally-invasive' } };

/** In a narrow container (a sidebar, a phone) the table becomes one card per procedure. */
export const Narrow: Story = {
  render: (args) => html`<div style="max-width: 22rem">${meta.render!(args, {} as never)}</div>`,
};

/** The sources behind the comparison, listed at its end, opened; each marker's number points into the list. */
export const SourcesOpen: Story = {
  play: ({ canvasElement }) => {
    const element = canvasElement.querySelector('procedure-compare')!;
    void (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete.then(() => {
      const list = element.shadowRoot!.querySelector<HTMLDetailsElement>('details[part="sources"]');
      if (list) list.open = true;
    });
  },
};
