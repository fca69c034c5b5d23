/** The library's version; a test keeps it equal to package.json's. Named in double-load warnings. */
export const VERSION = '0.1.0';
