/**
 * Two folders whose names are spellings of one tag (`zh-yue` and `yue`, `pt-br` and `pt-BR`) hold
 * one locale: what they hold is merged entry by entry, the canonically spelt folder winning for an
 * entry both hold, whatever the names' order, and every reader of the tree (loadResources, status,
 * check, export, import) agrees on it. `check` says which version of an entry held twice is served.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTree, exportTranslations, importTranslations, loadResources, readContentTree, readCoverage, stampTranslations } from '../../src/node/index.js';
import { folder } from '../helpers/locale-trees.js';

type Layout = 'file per locale' | 'file per entry';

/** `entries` by folder name, written in `layout`; the source `en` is always one namespace file. */
function tree(layout: Layout, entries: Record<string, Record<string, { title: string }>>): string {
  const dir = join(folder(), 'locales');
  const write = (path: string, data: object): void => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), `${JSON.stringify(data, null, 2)}\n`);
  };
  for (const [name, data] of Object.entries(entries)) {
    if (name === 'en' || layout === 'file per locale') write(`${name}/articles.json`, data);
    else for (const [id, entry] of Object.entries(data)) write(`${name}/articles/${id}.json`, entry);
  }
  return dir;
}

// [canonical folder, other spelling]: the other spelling sorts after the canonical one in some, before it in others.
const SPELLINGS = [
  ['yue', 'zh-yue'],
  ['zh-Hant', 'zh-hant'],
  ['pt-BR', 'pt-br'],
  ['he', 'iw'],
] as const;
const LAYOUTS: readonly Layout[] = ['file per locale', 'file per entry'];
const CASES = SPELLINGS.flatMap(([canonical, other]) => LAYOUTS.map((layout) => [canonical, other, layout] as const));

/** en holds a, b, c, d; the canonical folder a and b, the other spelling a and c; d is missing. */
function spelt(canonical: string, other: string, layout: Layout): string {
  return tree(layout, {
    en: { a: { title: 'A' }, b: { title: 'B' }, c: { title: 'C' }, d: { title: 'D' } },
    [canonical]: { a: { title: 'a, canonical' }, b: { title: 'b, canonical' } },
    [other]: { a: { title: 'a, other spelling' }, c: { title: 'c, other spelling' } },
  });
}

const SERVED = { a: { title: 'a, canonical' }, b: { title: 'b, canonical' }, c: { title: 'c, other spelling' } };

describe('folders spelling one tag', () => {
  it.each(CASES)('%s and %s (%s): loadResources merges them entry by entry, the canonical folder winning', async (canonical, other, layout) => {
    const dir = spelt(canonical, other, layout);
    const resources = await loadResources(dir, { onProblem: () => {} });
    expect(resources[canonical]?.articles).toEqual(SERVED);
    expect(Object.keys(resources).sort()).toEqual(['en', canonical].sort());
  });

  it.each(CASES)('%s and %s (%s): status counts every entry either holds, only d missing', async (canonical, other, layout) => {
    const dir = spelt(canonical, other, layout);
    const { coverage } = await readCoverage(dir, { defaultLocale: 'en' });
    expect(coverage.byLocale[canonical]?.missing).toEqual(['d']);
    expect([...coverage.byLocale[canonical]!.translated, ...coverage.byLocale[canonical]!.unverified].sort()).toEqual(['a', 'b', 'c']);
    const { data } = await readContentTree(dir, { defaultLocale: 'en' });
    expect(data.get(canonical)).toEqual(SERVED);
  });

  it.each(CASES)('%s and %s (%s): check says which version of a is served, and keeps the spelling warning', async (canonical, other, layout) => {
    const dir = spelt(canonical, other, layout);
    const { problems } = await checkTree(dir, { defaultLocale: 'en' });
    const file = (name: string, id: string): string => (layout === 'file per locale' ? join(dir, name, 'articles.json') : join(dir, name, 'articles', `${id}.json`));
    const twice = problems.filter((p) => p.rule === 'duplicate-entry');
    expect(twice.map((p) => [p.file, p.severity])).toEqual([[file(other, 'a'), 'error']]);
    expect(twice[0]!.message).toBe(`entry "a" is also in ${file(canonical, 'a')}: folders "${other}" and "${canonical}" both hold ${canonical}, and the one in "${canonical}" is served, not this one; keep one of them, in "${canonical}"`);
    expect(problems.filter((p) => p.rule === 'locale-folder').map((p) => p.message)).toContain(`folder "${other}" is better written "${canonical}"`);
  });

  it.each(CASES)('%s and %s (%s): export offers only d, and an import of it is served beside the rest', async (canonical, other, layout) => {
    const dir = spelt(canonical, other, layout);
    const exported = await exportTranslations(dir, canonical, { format: 'po', defaultLocale: 'en' });
    expect(exported.units.map((unit) => unit.id)).toEqual(['d']);
    const po = join(dir, '..', 'd.po');
    writeFileSync(po, exported.text.replace(/msgid "D"\nmsgstr ""/, 'msgid "D"\nmsgstr "d, imported"'));
    const imported = await importTranslations(dir, po, { defaultLocale: 'en' });
    expect([...imported.imported.keys()]).toEqual(['d']);
    expect(imported.refused).toEqual([]);
    const resources = await loadResources(dir, { onProblem: () => {} });
    expect(resources[canonical]?.articles).toEqual({ ...SERVED, d: expect.objectContaining({ title: 'd, imported' }) as unknown });
  });

  it.each(CASES)('%s and %s (%s): stamp and import write an entry where it is read from', async (canonical, other, layout) => {
    const dir = spelt(canonical, other, layout);
    const file = (name: string, id: string): string => (layout === 'file per locale' ? join(dir, name, 'articles.json') : join(dir, name, 'articles', `${id}.json`));
    const stamped = (path: string, id: string): boolean => {
      if (!existsSync(path)) return false;
      const data = JSON.parse(readFileSync(path, 'utf8')) as Record<string, { '@meta'?: { sourceHash?: string } }> & { '@meta'?: { sourceHash?: string } };
      return (layout === 'file per locale' ? data[id]?.['@meta'] : data['@meta'])?.sourceHash !== undefined;
    };
    await stampTranslations(dir, canonical, ['c'], { defaultLocale: 'en' });
    expect(stamped(file(other, 'c'), 'c')).toBe(true);
    // Everything through an exchange file: a and b go to the canonical folder, c stays where it is.
    const exported = await exportTranslations(dir, canonical, { format: 'po', defaultLocale: 'en', all: true });
    const po = join(dir, '..', 'all.po');
    writeFileSync(po, exported.text.replace(/msgid "D"\nmsgstr ""/, 'msgid "D"\nmsgstr "d, imported"'));
    const imported = await importTranslations(dir, po, { defaultLocale: 'en' });
    expect(imported.refused).toEqual([]);
    expect(stamped(file(canonical, 'a'), 'a')).toBe(true);
    expect(stamped(file(canonical, 'b'), 'b')).toBe(true);
    expect(stamped(file(other, 'a'), 'a')).toBe(false);
    expect(stamped(file(canonical, 'c'), 'c')).toBe(false);
    const resources = await loadResources(dir, { onProblem: () => {} });
    expect(resources[canonical]?.articles).toMatchObject({ ...SERVED, d: { title: 'd, imported' } });
  });

  // Three spellings of one tag: every version not served names the one served, not the one read after it.
  it.each([
    ['file per entry, the canonical one a Markdown file', { 'PT-BR/articles/a.json': '{"title":"up"}', 'pt-br/articles/a.json': '{"title":"low"}', 'pt-BR/articles/a.md': '---\ntitle: canonical\n---\n' }, 'pt-BR/articles/a.md', ['PT-BR/articles/a.json', 'pt-br/articles/a.json']],
    ['namespace files beside an entry file', { 'ZH-Hant/articles.json': '{"a":{"title":"up"}}', 'zh-hant/articles.json': '{"a":{"title":"low"}}', 'zh-Hant/articles/a.json': '{"title":"canonical"}' }, 'zh-Hant/articles/a.json', ['ZH-Hant/articles.json', 'zh-hant/articles.json']],
  ] as const)('three spellings (%s): each duplicate-entry names the file served', async (_name, files, served, hidden) => {
    const dir = join(folder(), 'locales');
    for (const [path, text] of Object.entries({ 'en/articles.json': '{"a":{"title":"A"}}', ...files })) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), `${text}\n`);
    }
    const resources = await loadResources(dir, { onProblem: () => {} });
    const locale = Object.keys(resources).find((l) => l !== 'en')!;
    expect(resources[locale]?.articles).toMatchObject({ a: { title: 'canonical' } });
    const { problems } = await checkTree(dir, { defaultLocale: 'en' });
    const twice = problems.filter((p) => p.rule === 'duplicate-entry');
    expect(twice.map((p) => p.file).sort()).toEqual(hidden.map((h) => join(dir, h)).sort());
    for (const problem of twice) expect(problem.message).toContain(`is also in ${join(dir, served)}:`);
  });
});
