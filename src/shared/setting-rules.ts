/**
 * What makes each page setting usable: one rule per setting, shared by the elements (which warn and
 * fall back when a value breaks it), the reviewer's packet and the snippet builder (which flag it next
 * to the field), so a value the builder accepts is one the elements use.
 */
import { emailLink, phoneLink, webLink } from './contact.js';
import { parseColor } from './contrast.js';
import type { PageSettings } from './page-settings.js';

export type Theme = 'auto' | 'light' | 'dark';
export const THEMES: readonly Theme[] = ['auto', 'light', 'dark'];

/** The theme a value names (any case, spaces around), or `undefined`. */
export function themeOf(value: string): Theme | undefined {
  const normalised = value.trim().toLowerCase();
  return (THEMES as readonly string[]).includes(normalised) ? (normalised as Theme) : undefined;
}

/** Digits, `+` and spaces, 2 to 15 characters, at least one digit: `911`, `112`, `+44 999`. */
const EMERGENCY_NUMBER = /^(?=.*\d)[\d+ ]{2,15}$/;

export const isEmergencyNumber = (value: string): boolean => EMERGENCY_NUMBER.test(value.trim());

// From year 1000: Date.UTC would read years 0–99 as 1900–1999, and no review is that old.
const ISO_DATE = /^([1-9]\d{3})-(\d{2})-(\d{2})$/;

/** A real calendar date written YYYY-MM-DD (year 1000 or later), as [year, month 1–12, day]; `undefined` otherwise. */
export function parseIsoDate(value: string): [number, number, number] | undefined {
  const match = ISO_DATE.exec(value.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? [year, month, day] : undefined;
}

/** A content version as the reviewer's packet names it: the first 12 hex digits of the text's SHA-256. */
const CONTENT_VERSION = /^[0-9a-f]{12}$/;

/**
 * The content versions a `reviewedVersion` setting names (`3f9a2b7c1d0e 8e1f…`, spaces or commas
 * between them), in lower case; `undefined` when any part of it is not a content version.
 */
export function contentVersionsOf(value: string): string[] | undefined {
  const versions = value.trim().toLowerCase().split(/[\s,]+/).filter(Boolean);
  return versions.length > 0 && versions.every((version) => CONTENT_VERSION.test(version)) ? versions : undefined;
}

export type TextSettingName = Exclude<keyof PageSettings, 'content'>;

/**
 * The settings that must have a certain form, each with the check the elements apply. The others
 * (the clinic's and the reviewer's names) take any text.
 */
export const SETTING_RULES: Readonly<Partial<Record<TextSettingName, (value: string) => boolean>>> = {
  phone: (value) => phoneLink(value) !== undefined,
  bookingUrl: (value) => webLink(value) !== undefined,
  email: (value) => emailLink(value) !== undefined,
  reviewDate: (value) => parseIsoDate(value) !== undefined,
  reviewedVersion: (value) => contentVersionsOf(value) !== undefined,
  emergencyNumber: isEmergencyNumber,
  accent: (value) => parseColor(value) !== undefined,
  theme: (value) => themeOf(value) !== undefined,
};
