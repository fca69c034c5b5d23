import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/back-surgery-guide/back-surgery-guide.js';
import { sharedArgTypes, type SharedArgs } from './controls.js';

interface Args extends SharedArgs {
  exclude: string;
}

const meta: Meta<Args> = {
  title: 'Elements/back-surgery-guide',
  component: 'back-surgery-guide',
  args: { 'heading-level': 2, exclude: '' },
  argTypes: { ...sharedArgTypes, exclude: { control: { type: 'text' } } },
  render: (args) =>
    html`<back-surgery-guide
      heading-level=${args['heading-level']}
      lang=${ifDefined(args.lang || undefined)}
      theme=${ifDefined(args.theme)}
      exclude=${args.exclude}
    ></back-surgery-guide>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};

export const WithoutQuestionnaireAndFaq: Story = { args: { exclude: 'candidacy-check surgery-faq' } };
