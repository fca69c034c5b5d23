import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/surgery-overview/surgery-overview.js';
import { sharedArgTypes, type SharedArgs } from './controls.js';

const meta: Meta<SharedArgs> = {
  title: 'Elements/surgery-overview',
  component: 'surgery-overview',
  args: { 'heading-level': 2 },
  argTypes: { ...sharedArgTypes },
  render: (args) =>
    html`<surgery-overview heading-level=${args['heading-level']} lang=${ifDefined(args.lang || undefined)} theme=${ifDefined(args.theme)}></surgery-overview>`,
};
export default meta;

export const Default: StoryObj<SharedArgs> = {};
