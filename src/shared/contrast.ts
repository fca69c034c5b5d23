/**
 * Colour contrast, as WCAG 2.2 defines it, so a clinic's brand colour never makes text unreadable.
 */
import { createElement } from './dom.js';

export type Rgb = readonly [number, number, number];

let probe: CanvasRenderingContext2D | null | undefined;

/**
 * Any CSS colour the browser understands, as sRGB 0–255; `undefined` for an invalid or
 * transparent colour, and for one that is not a fixed colour (`var()`, `currentColor`, `inherit`…).
 * A canvas normalises the colour, so named, hex, rgb(), hsl() all work.
 */
export function parseColor(value: string): Rgb | undefined {
  if (parsed.has(value)) return parsed.get(value);
  const rgb = parseText(value.trim());
  // A colour is short; a long value is not one worth keeping.
  if (value.length < 100) {
    if (parsed.size >= PARSED_KEPT) parsed.clear();
    parsed.set(value, rgb);
  }
  return rgb;
}

/**
 * Colours already parsed: a page asks for the same few (its background, the brand colour) for every
 * element. Emptied when full, so a page that tries many colours cannot grow it.
 */
const parsed = new Map<string, Rgb | undefined>();
const PARSED_KEPT = 64;

/** `#rgb`, `#rrggbb`, or `rgb()`/`rgba()` with commas: how computed styles and a canvas write colours. */
const HEX = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;
const RGB = /^rgba?\(([\d.]+), ?([\d.]+), ?([\d.]+)(?:, ?([\d.]+))?\)$/;

/** A colour written one of those ways; `undefined` for anything else, and for a transparent or out-of-range one. */
function readWritten(text: string): Rgb | undefined {
  const hex = HEX.exec(text)?.[1];
  if (hex) {
    const pairs = hex.length === 3 ? [...hex].map((digit) => digit + digit) : [hex.slice(0, 2), hex.slice(2, 4), hex.slice(4)];
    return pairs.map((pair) => parseInt(pair, 16)) as unknown as Rgb;
  }
  const rgb = RGB.exec(text);
  if (!rgb || Number(rgb[4] ?? 1) === 0) return undefined;
  const channels = [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])] as const;
  return channels.every((channel) => channel <= 255) ? channels : undefined;
}

/** A colour from its (trimmed) text: read directly when written the usual ways, else through a canvas. */
function parseText(text: string): Rgb | undefined {
  if (!text) return undefined;
  // Computed styles and most brand colours are written so: read them directly, as making the canvas
  // costs a first render tens of milliseconds on a phone.
  const direct = readWritten(text);
  if (direct) return direct;
  // Transparent, as most backgrounds compute: not a colour, and no canvas needed to say so.
  if (Number(RGB.exec(text)?.[4]) === 0) return undefined;
  // The canvas takes currentColor as black.
  if (/currentcolor/i.test(text)) return undefined;
  // On a server (no canvas) only the forms read above are understood.
  if (typeof document === 'undefined') return undefined;
  probe ??= createElement('canvas').getContext('2d');
  if (!probe) return undefined;
  // A value the canvas cannot paint (not a colour, or not one of its own: var(), inherit…) leaves its
  // previous colour: a value that gives the same from two starting colours is a colour.
  const [normalised, other] = ['#000', '#fff'].map((start) => {
    probe!.fillStyle = start;
    probe!.fillStyle = text;
    return String(probe!.fillStyle);
  });
  return normalised === other ? readWritten(normalised) : undefined;
}

/** Relative luminance (WCAG 2.2). */
export function luminance([r, g, b]: Rgb): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** Contrast ratio between two colours, from 1 to 21. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const BLACK: Rgb = [0, 0, 0];
const WHITE: Rgb = [255, 255, 255];

/** Black or white, whichever reads better on `background`. */
export function readableOn(background: Rgb): Rgb {
  return contrastRatio(background, BLACK) >= contrastRatio(background, WHITE) ? BLACK : WHITE;
}

export const toCss = ([r, g, b]: Rgb): string => `rgb(${r}, ${g}, ${b})`;
