// The embedding snippets, read from the demo pages that the tests load, so the Storybook page, the
// docs/ guides and the tested pages show the same code.
import csp from '../demo/embed/csp.html?raw';
import drupal from '../demo/embed/drupal.html?raw';
import page from '../demo/embed/html.html?raw';
import npmApp from '../demo/embed/npm-app.js?raw';
import npmPage from '../demo/embed/npm.html?raw';
import squarespace from '../demo/embed/squarespace.html?raw';
import wixEmbed from '../demo/embed/wix-embed.html?raw';
import wordpressAdmin from '../demo/embed/wordpress-admin.html?raw';
import wordpressAuthor from '../demo/embed/wordpress-author.html?raw';
import { snippetsOf } from '../scripts/snippets.mjs';

/** Every snippet by name: `html-head`, `html-body`, `wordpress-admin`, `npm`… */
export const snippets: Record<string, string> = Object.assign(
  {},
  ...[csp, drupal, page, npmApp, npmPage, squarespace, wixEmbed, wordpressAdmin, wordpressAuthor].map(snippetsOf),
);
