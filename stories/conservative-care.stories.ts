import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/conservative-care/conservative-care.js';
import { sharedArgTypes, type SharedArgs } from './controls.js';

const meta: Meta<SharedArgs> = {
  title: 'Elements/conservative-care',
  component: 'conservative-care',
  args: { 'heading-level': 2 },
  argTypes: { ...sharedArgTypes },
  render: (args) =>
    html`<conservative-care heading-level=${args['heading-level']} lang=${ifDefined(args.lang || undefined)} theme=${ifDefined(args.theme)}></conservative-care>`,
};
export default meta;

export const Default: StoryObj<SharedArgs> = {};
