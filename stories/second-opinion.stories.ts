import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/second-opinion/second-opinion.js';
import { sharedArgTypes, type SharedArgs } from './controls.js';

interface Args extends SharedArgs {
  'clinic-name': string;
  phone: string;
  'booking-url': string;
  email: string;
}

const meta: Meta<Args> = {
  title: 'Elements/second-opinion',
  component: 'second-opinion',
  args: { 'heading-level': 2, 'clinic-name': '', phone: '', 'booking-url': '', email: '' },
  argTypes: {
    ...sharedArgTypes,
    'clinic-name': { control: { type: 'text' } },
    phone: { control: { type: 'text' } },
    'booking-url': { control: { type: 'text' } },
    email: { control: { type: 'text' } },
  },
  render: (args) =>
    html`<second-opinion
      heading-level=${args['heading-level']}
      lang=${ifDefined(args.lang || undefined)}
      theme=${ifDefined(args.theme)}
      clinic-name=${ifDefined(args['clinic-name'] || undefined)}
      phone=${ifDefined(args.phone || undefined)}
      booking-url=${ifDefined(args['booking-url'] || undefined)}
      email=${ifDefined(args.email || undefined)}
    ></second-opinion>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Without clinic details: general advice only. */
export const Default: Story = {};

export const WithClinicContact: Story = {
  args: {
    'clinic-name': 'Riverside Spine Clinic',
    phone: '+1 555 010 0100',
    'booking-url': 'https://riverside.example/book',
    email: 'spine@riverside.example',
  },
};
