/**
 * The list of the library's elements every suite and check takes its tags from: custom-elements.json,
 * which `npm run analyze` writes from each class's JSDoc (`@tagname`), and whose freshness
 * `npm run manifest:check` enforces. A new element is in this list once it has a documented class;
 * tests/registry.test.ts then names every file that does not know it yet.
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
}

interface ManifestDeclaration {
  name: string;
  tagName?: string;
  customElement?: boolean;
  superclass?: { name: string };
  attributes?: { name: string }[];
}

const manifest = (await (await fetch('/custom-elements.json')).json()) as { modules: { path: string; declarations?: ManifestDeclaration[] }[] };

/** Every element of the library, by tag name. */
export const ELEMENTS: readonly ElementEntry[] = manifest.modules
  .flatMap((module) => (module.declarations ?? []).map((declaration) => ({ module, declaration })))
  .filter(({ declaration }) => declaration.customElement && declaration.tagName)
  .map(({ module, declaration }) => ({
    tag: declaration.tagName!,
    className: declaration.name,
    path: module.path,
    showsContent: declaration.superclass?.name === 'GuideElement',
    attributes: (declaration.attributes ?? []).map((attribute) => attribute.name),
  }))
  .sort((a, b) => a.tag.localeCompare(b.tag));

/** Tags of the elements that render guide content: every shared suite runs on each of them. */
export const CONTENT_TAGS: readonly string[] = ELEMENTS.filter((element) => element.showsContent).map((element) => element.tag);
