import type { LitElement, PropertyValues } from 'lit';
import { invalidAttribute, warn } from './warn.js';

/**
 * One value from a fixed set, for an enumerated attribute of `element`. An unknown value warns and
 * gives the fallback.
 */
export function pickOption<T extends string>(element: Element, attribute: string, value: string | null | undefined, options: readonly T[], fallback: T): T {
  if (value == null) return fallback;
  const normalised = value.trim().toLowerCase();
  if ((options as readonly string[]).includes(normalised)) return normalised as T;
  warn(invalidAttribute(element, attribute, value, `one of ${options.join(', ')}`, fallback));
  return fallback;
}

/**
 * Several values from a fixed set, given as a comma- or space-separated list. Unknown values warn
 * and are left out; when none is valid the fallback list is used.
 */
export function pickOptions<T extends string>(
  element: Element,
  attribute: string,
  value: string | null | undefined,
  options: readonly T[],
  fallback: readonly T[],
): readonly T[] {
  // Blank text asks for nothing, so it gets the fallback below, without a warning.
  if (value == null) return fallback;
  const asked = value.toLowerCase().split(/[\s,]+/).filter(Boolean);
  const known = options.filter((option) => asked.includes(option));
  const used = known.length > 0 ? known : fallback;
  if (asked.some((item) => !(options as readonly string[]).includes(item))) {
    warn(invalidAttribute(element, attribute, value, `a list of ${options.join(', ')}`, used.join(', ')));
  }
  return used;
}

/**
 * Text properties (those without a `type`) take only text, and boolean ones only `true` or `false`,
 * as their attributes do. Anything else from JavaScript (a number, an object, a Proxy…) warns and
 * means "not given", so the element uses its default; `null` (a removed attribute) means the same
 * without a warning. Never a throw, and never a hostile object inside a template.
 */
export function checkPropertyTypes(element: LitElement, changed: PropertyValues): void {
  const declared = (element.constructor as typeof LitElement).elementProperties;
  const properties = element as unknown as Record<PropertyKey, unknown>;
  for (const key of changed.keys()) {
    const options = declared.get(key);
    const value = properties[key];
    const wanted = !options || options.attribute === false ? '' : options.type === Boolean ? 'boolean' : options.type ? '' : 'string';
    if (!wanted || value === undefined || typeof value === wanted) continue;
    if (value !== null) warn(`<${element.localName}> ${key as string}: a ${typeof value} is not a ${wanted}; using the default.`);
    properties[key] = wanted === 'boolean' ? false : undefined;
  }
}
