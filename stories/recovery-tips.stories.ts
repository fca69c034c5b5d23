import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/recovery-tips/recovery-tips.js';
import { sharedArgTypes } from './controls.js';

interface Args {
  'heading-level': number;
  lang?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/recovery-tips',
  component: 'recovery-tips',
  args: { 'heading-level': 2 },
  argTypes: { ...sharedArgTypes },
  render: (args) =>
    html`<recovery-tips heading-level=${args['heading-level']} lang=${ifDefined(args.lang || undefined)}></recovery-tips>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};

/** Colours and spacing follow the clinic's `--ubs-*` custom properties. */
export const Themed: Story = {
  render: () =>
    html`<div style="--ubs-accent: #6b2c91; --ubs-radius: 0; font-family: Georgia, serif">
      <recovery-tips></recovery-tips>
    </div>`,
};
