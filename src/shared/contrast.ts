/**
 * Colour contrast, as WCAG 2.2 defines it, so a clinic's brand colour never makes text unreadable.
 */

export type Rgb = readonly [number, number, number];

let probe: CanvasRenderingContext2D | null | undefined;

/**
 * Any CSS colour the browser understands, as sRGB 0–255; `undefined` for an invalid or
 * transparent colour, and for one that is not a fixed colour (`var()`, `currentColor`, `inherit`…).
 * A canvas normalises the colour, so named, hex, rgb(), hsl() all work.
 */
export function parseColor(value: string): Rgb | undefined {
  if (parsed.has(value)) return parsed.get(value);
  const rgb = parseWithCanvas(value.trim());
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

function parseWithCanvas(text: string): Rgb | undefined {
  // The canvas takes currentColor as black.
  if (!text || /currentcolor/i.test(text)) return undefined;
  probe ??= document.createElement('canvas').getContext('2d');
  if (!probe) return undefined;
  // A value the canvas cannot paint (not a colour, or not one of its own: var(), inherit…) leaves its
  // previous colour: a value that gives the same from two starting colours is a colour.
  const [normalised, other] = ['#000', '#fff'].map((start) => {
    probe!.fillStyle = start;
    probe!.fillStyle = text;
    return String(probe!.fillStyle);
  });
  if (normalised !== other) return undefined;
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(normalised);
  if (hex) return [parseInt(hex[1]!, 16), parseInt(hex[2]!, 16), parseInt(hex[3]!, 16)];
  const rgba = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(normalised);
  if (!rgba || Number(rgba[4] ?? 1) === 0) return undefined;
  return [Number(rgba[1]), Number(rgba[2]), Number(rgba[3])];
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
