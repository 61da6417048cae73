/**
 * One copy of the core per module format in the built package (`npm test` builds first): the
 * bundle entry and the Node entry share one chunk, and `localized-content/node` and the CLI import
 * the core by the package's own name, so one process holds one set of caches and one set of error
 * classes, whichever entries it loads.
 */
import { execFileSync } from 'node:child_process';
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

const formats = [
  ['ES modules', '.js'],
  ['CommonJS', '.cjs'],
] as const;

describe.each(formats)('dist/, %s', (_format, extension) => {
  it.each(['canonicalizeTag', 'LocalizedContentError', 'buildRecord', 'negotiate', 'createLibrary'])('defines %s once, in a chunk both package entries import', (name) => {
    const files = definitionsOf(name, extension);
    expect(files).toHaveLength(1);
    const [chunk] = files as [string];
    expect(chunk).toMatch(/^chunk-/);
    for (const entry of [`index${extension}`, `index.node${extension}`]) {
      expect(readFileSync(join(dist, entry), 'utf8')).toContain(`./${chunk}`);
    }
  });

  it('has localized-content/node and the CLI import the core by the package name', () => {
    const onTop = builtFiles(extension).filter((file) => /^(node|cli)\.c?js$/.test(file));
    const code = onTop.map((file) => readFileSync(join(dist, file), 'utf8')).join('\n');
    expect(code).toMatch(extension === '.js' ? /from ['"]localized-content['"]/ : /require\(['"]localized-content['"]\)/);
  });
});

/**
 * A script that loads the bundle entry, the Node entry and `localized-content/node` from dist/
 * together and prints what it finds: errors thrown through one entry are instances of the other
 * entries' classes, and both entries give the same answers.
 */
function crossEntryScript(load: string): string {
  return `${load}
  const resources = { en: { articles: { a: { title: 'Hello' } } }, fr: { articles: { a: { title: 'Bonjour' }, b: { title: 'Seulement' } } } };
  const thrown = (make) => { try { make(); } catch (error) { return error; } };
  const fromBundle = thrown(() => bundle.createContentLibrary({ defaultLocale: 42, resources }));
  const fromNode = thrown(() => main.createContentLibrary({ defaultLocale: 42, resources }));
  const answer = (entry) => {
    const { resolve } = entry.createContentLibrary({ defaultLocale: 'en', resources });
    const r = resolve('a', 'de-CH, fr;q=0.5');
    const b = resolve('b', 'en-GB');
    return [r.locale, r.entry.title, b.locale, b.notice.locale, b.notice.text, entry.negotiate(['fr-CA', 'en'], ['en', 'fr']).locale];
  };
  Promise.resolve(node.loadResources('no-such-folder')).catch((fileError) => {
    console.log(JSON.stringify({
      sameClasses: [bundle.ConfigError === main.ConfigError, bundle.FileError === main.FileError, bundle.LocalizedContentError === main.LocalizedContentError],
      bundleErrorInNode: [fromBundle instanceof main.ConfigError, fromBundle.code],
      nodeErrorInBundle: [fromNode instanceof bundle.ConfigError, fromNode.code],
      loaderError: [fileError instanceof bundle.FileError, fileError instanceof main.LocalizedContentError, fileError.code],
      answers: [answer(bundle), answer(main)],
    }));
  });`;
}

describe('the bundle entry, the Node entry and localized-content/node loaded together', () => {
  const scripts = {
    'ES modules': crossEntryScript(`
      const bundle = await import(${JSON.stringify(join(dist, 'index.js'))});
      const main = await import(${JSON.stringify(join(dist, 'index.node.js'))});
      const node = await import(${JSON.stringify(join(dist, 'node.js'))});`),
    CommonJS: crossEntryScript(`
      const bundle = require(${JSON.stringify(join(dist, 'index.cjs'))});
      const main = require(${JSON.stringify(join(dist, 'index.node.cjs'))});
      const node = require(${JSON.stringify(join(dist, 'node.cjs'))});`),
  };

  it.each(formats)('%s: one set of error classes, the same answers', (format) => {
    const args = format === 'ES modules' ? ['--input-type=module', '-e', scripts[format]] : ['--input-type=commonjs', '-e', scripts[format]];
    const seen = JSON.parse(execFileSync(process.execPath, args, { cwd: dist, encoding: 'utf8' })) as Record<string, unknown>;
    expect(seen).toEqual({
      sameClasses: [true, true, true],
      bundleErrorInNode: [true, 'INVALID_LOCALE'],
      nodeErrorInBundle: [true, 'INVALID_LOCALE'],
      loaderError: [true, true, 'FILE_NOT_FOUND'],
      answers: [
        ['fr', 'Bonjour', 'fr', 'en', 'This page is not available in English. It is shown in French instead.', 'fr'],
        ['fr', 'Bonjour', 'fr', 'en', 'This page is not available in English. It is shown in French instead.', 'fr'],
      ],
    });
  });
});
