// The package's public surface agrees with its elements: every tag in custom-elements.json is
// registered by the main entry, importable alone, and marked as a side effect (so bundlers keep it).
import { expect } from '@open-wc/testing';
import '../src/index.js';

interface Manifest {
  modules: { declarations?: { tagName?: string; customElement?: boolean }[] }[];
}
interface PackageJson {
  exports: Record<string, unknown>;
  sideEffects: string[];
  customElements: string;
}

const json = async <T>(path: string): Promise<T> => (await (await fetch(path)).json()) as T;

describe('package', () => {
  it('registers, exports and keeps every element of the manifest', async () => {
    const [pkg, manifest] = await Promise.all([json<PackageJson>('/package.json'), json<Manifest>('/custom-elements.json')]);
    const tags = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => d.tagName!);
    expect(tags.length).to.be.at.least(3);
    expect(pkg.customElements).to.equal('custom-elements.json');
    for (const tag of tags) {
      expect(customElements.get(tag), `${tag} registered by the main entry`).to.not.equal(undefined);
      expect(pkg.exports, `${tag} export`).to.have.property(`./${tag}.js`);
      expect(pkg.sideEffects, `${tag} side effect`).to.include.members([`./dist/${tag}/${tag}.js`, `./src/${tag}/${tag}.ts`]);
    }
  });
});
