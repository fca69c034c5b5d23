/** @param {import('@11ty/eleventy').UserConfig} eleventyConfig */
export default function (eleventyConfig) {
  // The browser bundle and its chunks, served from the site: it takes the server's HTML over.
  eleventyConfig.addPassthroughCopy({ 'node_modules/upper-back-surgery-elements/dist/cdn': 'ubs' });
  return { dir: { input: 'src', output: '_site' } };
}
