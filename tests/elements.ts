/**
 * The list of the library's elements every suite and check takes its tags from: custom-elements.json,
 * which `npm run analyze` writes from each class's JSDoc (`@tagname`), and whose freshness
 * `npm run manifest:check` enforces, and every folder with a `src/<tag>/<tag>.component.ts`, so a new
 * element is in this list even before `npm run analyze` has run. tests/registry.test.ts then names
 * every file that does not know it yet, the manifest included.
 */

/** One element of the library, as the manifest describes it. */
export interface ElementEntry {
  /** `risk-list`. */
  readonly tag: string;
  /** The class name, as `classes.ts` exports it: `RiskList`. */
  readonly className: string;
  /** `src/risk-list/risk-list.component.ts`. */
  readonly path: string;
  /** Whether it renders guide content (extends GuideElement); `<ubs-settings>` does not. */
  readonly showsContent: boolean;
  /** Its documented attributes. */
  readonly attributes: readonly string[];
  /** Whether custom-elements.json lists it (`npm run analyze` adds it). */
  readonly inManifest: boolean;
}

interface ManifestDeclaration {
  name: string;
  tagName?: string;
  customElement?: boolean;
  superclass?: { name: string };
  attributes?: { name: string }[];
}

const manifest = (await (await fetch('/custom-elements.json')).json()) as { modules: { path: string; declarations?: ManifestDeclaration[] }[] };

const fromManifest: ElementEntry[] = manifest.modules
  .flatMap((module) => (module.declarations ?? []).map((declaration) => ({ module, declaration })))
  .filter(({ declaration }) => declaration.customElement && declaration.tagName)
  .map(({ module, declaration }) => ({
    tag: declaration.tagName!,
    className: declaration.name,
    path: module.path,
    showsContent: declaration.superclass?.name === 'GuideElement',
    attributes: (declaration.attributes ?? []).map((attribute) => attribute.name),
    inManifest: true,
  }));

/** An element folder the manifest does not list yet, described from its source. */
async function fromFolder(tag: string): Promise<ElementEntry> {
  const path = `src/${tag}/${tag}.component.ts`;
  const source = await (await fetch(`/${path}`)).text();
  const className = tag.replace(/(^|-)(\w)/g, (_, _hyphen: string, letter: string) => letter.toUpperCase());
  return { tag, className, path, showsContent: /\bextends GuideElement\b/.test(source), attributes: [], inManifest: false };
}

const folders = (await (await fetch('/element-folders.json')).json()) as string[];
const unlisted = await Promise.all(folders.filter((tag) => !fromManifest.some((element) => element.tag === tag)).map(fromFolder));

/** Every element of the library, by tag name. */
export const ELEMENTS: readonly ElementEntry[] = [...fromManifest, ...unlisted].sort((a, b) => a.tag.localeCompare(b.tag));

/** Tags of the elements that render guide content: every shared suite runs on each of them. */
export const CONTENT_TAGS: readonly string[] = ELEMENTS.filter((element) => element.showsContent).map((element) => element.tag);
