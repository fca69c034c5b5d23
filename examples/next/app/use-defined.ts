'use client';
import { useEffect, useState } from 'react';

/**
 * Loads an element's module in the browser and says when its tag is defined. Render the element only
 * then: React 19 sets a prop as a property only on an element that is already defined, and on one
 * defined later an object such as `overrides` becomes the attribute "[object Object]" and is lost.
 */
export function useDefined(tag: string, load: () => Promise<unknown>): boolean {
  const [defined, setDefined] = useState(false);
  useEffect(() => {
    if (customElements.get(tag)) return setDefined(true);
    let live = true;
    void load().then(() => customElements.whenDefined(tag)).then(() => live && setDefined(true));
    return () => {
      live = false;
    };
  }, [tag, load]);
  return defined;
}
