/**
 * One copy of the core per module format in the built package (`npm test` builds first): the Node
 * entry carries it, and `localized-content/node` and the CLI import it by the package's own name,
 * so one process holds one set of caches and one set of error classes. The bundle entry (browsers,
 * edge runtimes; Node never loads it) carries its own copy for bundlers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

function builtFiles(extension: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith(extension))
    .map((file) => relative(dist, join(dist, file)).split('\\').join('/'))
    .sort();
}

/** The built files of one format that define `name` (a function or a class). */
function definitionsOf(name: string, extension: string): string[] {
  const definition = new RegExp(`\\b(?:function|class)\\s+${name}\\b|\\b${name}\\s*=\\s*class\\b`);
  return builtFiles(extension).filter((file) => definition.test(readFileSync(join(dist, file), 'utf8')));
}

describe.each([
  ['ES modules', '.js'],
  ['CommonJS', '.cjs'],
])('dist/, %s', (_format, extension) => {
  it.each(['canonicalizeTag', 'LocalizedContentError', 'buildRecord', 'negotiate'])('defines %s in the Node entry and the bundle entry only', (name) => {
    expect(definitionsOf(name, extension)).toEqual([`index${extension}`, `index.node${extension}`]);
  });

  it('has localized-content/node and the CLI import the core by the package name', () => {
    const onTop = builtFiles(extension).filter((file) => /^(node|cli|chunk-[^/]*)\.c?js$/.test(file));
    const code = onTop.map((file) => readFileSync(join(dist, file), 'utf8')).join('\n');
    expect(code).toMatch(extension === '.js' ? /from ['"]localized-content['"]/ : /require\(['"]localized-content['"]\)/);
  });
});
