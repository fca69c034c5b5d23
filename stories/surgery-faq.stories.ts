import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/surgery-faq/surgery-faq.js';
import { sharedArgTypes, type SharedArgs } from './controls.js';

interface Args extends SharedArgs {
  questions: string;
  expanded: boolean;
  'structured-data': boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/surgery-faq',
  component: 'surgery-faq',
  args: { 'heading-level': 2, questions: '', expanded: false, 'structured-data': false },
  argTypes: {
    ...sharedArgTypes,
    questions: { control: { type: 'text' } },
    expanded: { control: { type: 'boolean' } },
    'structured-data': { control: { type: 'boolean' } },
  },
  render: (args) =>
    html`<surgery-faq
      heading-level=${args['heading-level']}
      lang=${ifDefined(args.lang || undefined)}
      theme=${ifDefined(args.theme)}
      questions=${args.questions}
      ?expanded=${args.expanded}
      ?structured-data=${args['structured-data']}
    ></surgery-faq>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};

export const SomeQuestions: Story = { args: { questions: 'cure, laser-better, ask-surgeon', expanded: true } };
