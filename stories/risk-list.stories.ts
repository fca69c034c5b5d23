import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/risk-list/risk-list.js';
import { sharedArgTypes } from './controls.js';

interface Args {
  'heading-level': number;
  lang?: string;
  show: 'all' | 'common';
  expanded: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/risk-list',
  component: 'risk-list',
  args: { 'heading-level': 2, show: 'all', expanded: false },
  argTypes: {
    ...sharedArgTypes,
    show: { control: { type: 'radio' }, options: ['all', 'common'] },
    expanded: { control: { type: 'boolean' } },
  },
  render: (args) =>
    html`<risk-list
      heading-level=${args['heading-level']}
      lang=${ifDefined(args.lang || undefined)}
      show=${args.show}
      ?expanded=${args.expanded}
    ></risk-list>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};

export const CommonRisksOnly: Story = { args: { show: 'common' } };

export const Expanded: Story = { args: { expanded: true } };

export const WithClinicNote: Story = {
  render: (args) =>
    html`<risk-list heading-level=${args['heading-level']} show=${args.show}>
      <p slot="note">Questions about your own risks? Call our spine team on 555-0100.</p>
    </risk-list>`,
};
