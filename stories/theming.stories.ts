import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/procedure-compare/procedure-compare.js';
import '../src/recovery-tips/recovery-tips.js';
import '../src/risk-list/risk-list.js';
import '../src/ubs-settings/ubs-settings.js';

interface Args {
  accent: string;
  theme: 'auto' | 'light' | 'dark';
  radius: string;
  font: string;
  clinicName: string;
  riskTitle: string;
}

/**
 * A clinic's look and settings, live: the brand colour (text on it stays readable, whatever the
 * colour), light or dark, corner radius and font; and a page-wide text change through `<ubs-settings>`.
 */
const meta: Meta<Args> = {
  title: 'Guides/Theming and settings',
  // Settings are page-wide: each story gets a page (iframe) of its own on the docs page.
  parameters: { docs: { story: { inline: false, iframeHeight: 900 } } },
  args: {
    accent: '#0b5f7a',
    theme: 'auto',
    radius: '0.5rem',
    font: 'inherit',
    clinicName: 'Riverside Spine Clinic',
    riskTitle: 'Risks of surgery',
  },
  argTypes: {
    accent: { control: { type: 'color' }, description: 'Page settings `accent` (a page\'s `--ubs-accent` CSS wins over it).' },
    theme: { control: { type: 'radio' }, options: ['auto', 'light', 'dark'], description: 'Page settings `theme`.' },
    radius: { control: { type: 'text' }, description: '`--ubs-radius`' },
    font: { control: { type: 'select' }, options: ['inherit', 'Georgia, serif', 'system-ui, sans-serif'], description: '`--ubs-font`' },
    clinicName: { control: { type: 'text' }, description: 'Page settings `clinic-name`.' },
    riskTitle: { control: { type: 'text' }, description: 'A text change: the title of `<risk-list>`, given once for the page.' },
  },
  render: (args) => {
    const content = JSON.stringify({ en: { risks: { title: args.riskTitle } } });
    return html`<ubs-settings
        accent=${args.accent}
        theme=${args.theme}
        clinic-name=${ifDefined(args.clinicName || undefined)}
        content=${content}
      ></ubs-settings>
      <div class="theming-demo">
        <style>
          .theming-demo {
            display: grid;
            gap: 2rem;
          }
        </style>
        <procedure-compare highlight="minimally-invasive" style="--ubs-radius: ${args.radius}; --ubs-font: ${args.font}"></procedure-compare>
        <risk-list style="--ubs-radius: ${args.radius}; --ubs-font: ${args.font}"></risk-list>
        <recovery-tips style="--ubs-radius: ${args.radius}; --ubs-font: ${args.font}"></recovery-tips>
      </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};

/** A light brand colour: the focus ring falls back to the text colour so it stays visible. */
export const LightBrandColour: Story = { args: { accent: '#ffd600' } };

export const Dark: Story = { args: { theme: 'dark' } };
