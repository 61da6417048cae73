/**
 * Every type a public signature uses is exported: a declaration file that names a type it does not
 * export leaves users unable to write that type (`Negotiation`, `ParseMessage`, …). Reads the built
 * `.d.ts` files (`npm test` builds first).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const dist = resolve(import.meta.dirname, '../../dist');
// The package's entries (`index`, `node`, `express`, …); shared chunks carry a hash in their name.
const entries = readdirSync(dist).filter((file) => /^[a-z.]+\.d\.ts$/.test(file));

/** Types declared in a declaration file, and the names it exports. */
function shape(text: string): { declared: string[]; exported: Set<string> } {
  const declared = [...text.matchAll(/^(?:declare )?(?:interface|type|declare class|class) (\w+)/gm)].map((m) => m[1]!);
  const exported = new Set<string>();
  for (const [, list] of text.matchAll(/export \{([^}]*)\}/g)) {
    for (const part of list!.split(',')) {
      const name = part.trim().replace(/^type /, '').split(' as ').pop()!.trim();
      if (name !== '') exported.add(name);
    }
  }
  return { declared, exported };
}

describe('declaration files', () => {
  it('the package has the entries this test reads', () => {
    expect(entries).toEqual(expect.arrayContaining(['index.d.ts', 'index.node.d.ts', 'node.d.ts']));
  });

  // A type may be exported by another entry than the one using it (`NodeHeaders` in the Express
  // entry's signatures comes from the main entry): what counts is that users can import it.
  const shapes = entries.map((file) => ({ file, ...shape(readFileSync(join(dist, file), 'utf8')) }));
  const exportedAnywhere = new Set(shapes.flatMap((s) => [...s.exported]));
  it.each(entries)('every type %s declares is exported by the package', (file) => {
    const { declared } = shapes.find((s) => s.file === file)!;
    expect(declared.filter((name) => !exportedAnywhere.has(name))).toEqual([]);
  });

  // What an editor shows as the file of a public type (on hover, in "go to definition"): the types
  // both package entries share are in `types.d.ts`; catalogs' types in a `catalogs-…` chunk.
  it.each(['index.d.ts', 'index.node.d.ts', 'index.d.cts', 'index.node.d.cts'])('%s takes its types from files named after what they hold', (file) => {
    const text = readFileSync(join(dist, file), 'utf8');
    const sources = [...text.matchAll(/from '\.\/([^']+)'/g)].map((m) => m[1]!);
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.filter((source) => !/^types\.c?js$/.test(source) && !/^catalogs-[\w-]+\.c?js$/.test(source))).toEqual([]);
  });
});
