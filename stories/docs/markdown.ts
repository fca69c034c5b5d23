// The pages of docs/ as Storybook shows them (stories/docs/*.mdx). The markdown links between those
// pages by file name (`settings.md#changing-the-text`), which works on GitHub and npm; here such a link
// goes to the page's Storybook twin instead, and a link to any other file of the repository goes to
// that file in the repository.
import packageText from '../../package.json?raw';

const { repository } = JSON.parse(packageText) as { repository: { url: string } };
const repositoryUrl = repository.url.replace(/^git\+/, '').replace(/\.git$/, '');

/** Where a link written in docs/<page>.md leads from Storybook. */
function storybookHref(target: string): string {
  const [path, hash] = target.split('#');
  const page = /^([\w-]+)\.md$/.exec(path);
  // Each docs page's title is its file name (`Docs/CMS guides` for cms-guides.md), so its id is the name.
  if (page) return `?path=/docs/docs-${page[1]}--docs`;
  const file = new URL(path, 'https://repository.invalid/docs/').pathname.slice(1);
  return `${repositoryUrl}/blob/main/${file}${hash ? `#${hash}` : ''}`;
}

/** The markdown of a docs/ page with its relative links pointing where they lead from Storybook. */
export function forStorybook(markdown: string): string {
  return markdown.replace(/\]\((?![a-z]+:|#|\?)([^)\s]+)\)/g, (_, target: string) => `](${storybookHref(target)})`);
}
