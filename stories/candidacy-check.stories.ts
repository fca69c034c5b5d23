import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/candidacy-check/candidacy-check.js';
import { sharedArgTypes, type SharedArgs } from './controls.js';

const meta: Meta<SharedArgs> = {
  title: 'Elements/candidacy-check',
  component: 'candidacy-check',
  args: { 'heading-level': 2 },
  argTypes: { ...sharedArgTypes },
  render: (args) =>
    html`<candidacy-check
      heading-level=${args['heading-level']}
      lang=${ifDefined(args.lang || undefined)}
      theme=${ifDefined(args.theme)}
      @ubs-candidacy-complete=${(event: CustomEvent) => console.info('ubs-candidacy-complete', event.detail)}
    ></candidacy-check>`,
};
export default meta;

export const Default: StoryObj<SharedArgs> = {};
