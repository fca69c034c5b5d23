import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/medical-disclaimer/medical-disclaimer.js';
import '../src/ubs-settings/ubs-settings.js';
import { sharedArgTypes, type SharedArgs } from './controls.js';

interface Args extends SharedArgs {
  'last-reviewed': string;
  'reviewed-by': string;
  'hide-sources': boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/medical-disclaimer',
  component: 'medical-disclaimer',
  args: { 'heading-level': 2, 'last-reviewed': '', 'reviewed-by': '', 'hide-sources': false },
  argTypes: {
    ...sharedArgTypes,
    'last-reviewed': { control: { type: 'text' }, description: 'YYYY-MM-DD' },
    'reviewed-by': { control: { type: 'text' } },
    'hide-sources': { control: { type: 'boolean' } },
  },
  render: (args) =>
    html`<medical-disclaimer
      heading-level=${args['heading-level']}
      lang=${ifDefined(args.lang || undefined)}
      theme=${ifDefined(args.theme)}
      last-reviewed=${ifDefined(args['last-reviewed'] || undefined)}
      reviewed-by=${ifDefined(args['reviewed-by'] || undefined)}
      ?hide-sources=${args['hide-sources']}
    ></medical-disclaimer>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};

export const ReviewedByTheClinic: Story = { args: { 'last-reviewed': '2026-10-01', 'reviewed-by': 'Dr. Ana Reyes, MD' } };

/** The page names its emergency number once (`<ubs-settings emergency-number>`); every element that says to call for help uses it. */
export const WithEmergencyNumber: Story = {
  render: (args) => html`<ubs-settings emergency-number="911"></ubs-settings>${meta.render!(args, {} as never)}`,
};
