/** `heading-level` → `headingLevel`: how the plugin's blocks and the settings JSON name an attribute. */
export const camel = (name: string): string => name.replace(/-([a-z])/g, (_, char: string) => char.toUpperCase());

/** `heading-level` → `Heading level`: an attribute's name as a form label, when the interface has no better one. */
export const labelOf = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1).replace(/-/g, ' ');
