// The analyzer's options other than those on the command line (package.json "analyze").
export default {
  // Leave package.json "customElements" alone: it names dist/custom-elements.json, the copy with the
  // package's paths (scripts/package-manifest.mjs), not the analyzer's output with the sources' paths.
  packagejson: false,
};
