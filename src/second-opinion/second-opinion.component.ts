import { html, nothing, type PropertyValues } from 'lit';
import { freeze } from '../shared/freeze.js';
import { emailLink, phoneLink, webLink, type ContactLink } from '../shared/contact.js';
import { emit, type UbsContactDetail } from '../shared/events.js';
import { GuideElement } from '../shared/guide-element.js';
import { renderHeading } from '../shared/heading.js';
import { References } from '../shared/references.js';
import { fill, renderFooter } from '../shared/render.js';
import { cut, invalidAttribute, warn, warnPage } from '../shared/warn.js';
import { secondOpinionStyles } from './second-opinion.styles.js';
import { secondOpinion } from '../content/en/second-opinion.js';
import { provideEnglish } from '../shared/i18n/english.js';

// This element's English (see english.ts): a page that imports only this element ships only this text.
provideEnglish({ secondOpinion });

type Channel = UbsContactDetail['channel'];

/** Each contact channel: its attribute, its property and page setting (same name), and how its value becomes a link. */
const CHANNELS = [
  { channel: 'phone', attribute: 'phone', setting: 'phone', toLink: phoneLink, expected: 'a phone number of 7 to 15 digits' },
  { channel: 'booking', attribute: 'booking-url', setting: 'bookingUrl', toLink: webLink, expected: 'an http: or https: link' },
  { channel: 'email', attribute: 'email', setting: 'email', toLink: emailLink, expected: 'an email address' },
] as const;

/**
 * Why a second opinion helps before agreeing to surgery, and how to get one. A clinic may add its
 * own contact details (here or once per page in `<ubs-settings>`); without them the element gives
 * general advice. Only real phone numbers, `http:`/`https:` links and email addresses become links;
 * anything else is dropped with a warning.
 *
 * @summary Why and how to get a second opinion, with the clinic's contact details.
 * @tagname second-opinion
 *
 * @csspart subheading - Titles of its parts.
 * @csspart contact - The clinic's contact box (shown when a phone, booking link or email is given).
 * @csspart term - The definition of a medical word, where the element first uses it.
 * @csspart sources - The element's sources (a `<details>`, open when printed), numbered as marked in the text.
 *
 * @fires ubs-contact - The reader used a contact link. `detail: { channel }`, one of `phone`, `booking`, `email`; nothing else.
 */
export class SecondOpinion extends GuideElement {
  static override styles = [...GuideElement.styles, secondOpinionStyles];

  static override properties = {
    clinicName: { attribute: 'clinic-name' },
    phone: {},
    bookingUrl: { attribute: 'booking-url' },
    email: {},
  };

  /**
   * The clinic's name, shown in the contact box.
   * Falls back to the page settings; ignored where the page has settings in `<head>`, which are final.
   */
  clinicName?: string;

  /**
   * The clinic's phone number, e.g. `+1 555 010 0100`.
   * Falls back to the page settings; ignored where the page has settings in `<head>`, which are final.
   */
  phone?: string;

  /**
   * A booking page (`http:` or `https:` only).
   * Falls back to the page settings; ignored where the page has settings in `<head>`, which are final.
   */
  bookingUrl?: string;

  /**
   * The clinic's email address.
   * Falls back to the page settings; ignored where the page has settings in `<head>`, which are final.
   */
  email?: string;

  #links: { channel: Channel; link: ContactLink }[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#links = CHANNELS.flatMap(({ channel, attribute, setting, toLink, expected }) => {
      // The property, which the attribute sets too (text only: see GuideElement); none where the page's settings are final.
      const own = this.ownClinicValue(setting);
      const value = own ?? this.settings[setting];
      if (value == null || value.trim() === '') return [];
      const link = toLink(value);
      if (link) return [{ channel, link }];
      // Once per value: when it is given, not at every render.
      if (own === undefined) warnPage(`the page settings ${setting} "${cut(value)}" is not ${expected}; it is not shown.`);
      else if (changed.has(setting)) warn(invalidAttribute(this, attribute, own, expected, 'no link'));
      return [];
    });
  }

  #onContact(channel: Channel) {
    emit(this, 'ubs-contact', { channel });
  }

  #renderContact() {
    if (this.#links.length === 0) return nothing;
    const text = this.content.secondOpinion;
    const clinic = (this.ownClinicValue('clinicName') ?? this.settings.clinicName)?.trim();
    const labels: Record<Channel, string> = { phone: text.callLabel, booking: text.bookLabel, email: text.emailLabel };
    return html`<section class="panel contact" part="contact">
      ${renderHeading(this.level + 1, clinic ? fill(text.contactTitle, 'clinic', clinic) : text.contactTitleNoName, 'subheading')}
      <ul>
        ${this.#links.map(
          ({ channel, link }) =>
            html`<li>
              <a href=${link.href} @click=${() => this.#onContact(channel)}
                >${labels[channel]}${channel === 'booking' ? nothing : html`: ${link.text}`}</a
              >
            </li>`,
        )}
      </ul>
    </section>`;
  }

  protected override render() {
    const text = this.content.secondOpinion;
    const refs = new References(this.content, this.settings);
    return freeze(html`<div part="base" lang=${this.content.lang}>
      ${renderHeading(this.level, refs.label(text.title))} ${text.why.map((statement) => refs.p(statement))}
      ${renderHeading(this.level + 1, refs.label(text.howTitle), 'subheading')}
      <ul>
        ${text.how.map((statement) => refs.li(statement))}
      </ul>
      ${this.#renderContact()} ${renderFooter(this.content, refs)}
    </div>`);
  }
}
