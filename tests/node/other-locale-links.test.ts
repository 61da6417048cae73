/**
 * A file in one locale's folder that is a symbolic link into another locale's folder is not read as
 * the first locale: it would serve (and count, and stamp) the other language's text as an exact
 * translation. The loader, `check`, `status`, `export` and `import` agree on it.
 */
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createContentLibrary, type FileError } from '../../src/index.node.js';
import { loadResources } from '../../src/node/index.js';
import { cli, copyTree, ROOT } from '../cli/run-cli.js';

const EXAMPLE = join(ROOT, 'examples/content/locales');

/** The example tree with `link` (a path under it) replaced by a symbolic link to `target` (relative to the link). */
function treeWithLink(link: string, target: string): { dir: string; path: string } {
  const dir = copyTree(EXAMPLE);
  const path = join(dir, link);
  mkdirSync(join(path, '..'), { recursive: true });
  rmSync(path, { force: true });
  symlinkSync(target, path);
  return { dir, path };
}

// [what is linked, link, target, an entry whose Spanish text the link would replace, the locale a Spanish reader is then served: the source]
const LINKS: [string, string, string, string, string][] = [
  ['a namespace file', 'es/articles.json', '../en/articles.json', 'wco-uncac-2021', 'en'],
  ['an entry file', 'es/articles/port-community-systems.md', '../../fr/articles/port-community-systems.md', 'port-community-systems', 'en'],
];

describe('a link into another locale\'s folder is not read as this locale', () => {
  it.each(LINKS)('%s: loadResources leaves it out and reports OTHER_LOCALE_LINK', async (_, link, target, id, served) => {
    const { dir, path } = treeWithLink(link, target);
    const problems: FileError[] = [];
    const resources = await loadResources(dir, { onProblem: (p) => problems.push(p) });
    expect(problems.map((p) => [p.code, p.file])).toEqual([['OTHER_LOCALE_LINK', path]]);
    expect(problems[0]!.message).toMatch(/would pass for a translation into es, so it is not read as es; remove the link \(readers of es are then served as for any translation es lacks: the next language along their fallback chain, with a notice\) or put a translation into es here$/);
    const library = createContentLibrary({ defaultLocale: 'en', resources });
    const r = library.resolve(id, 'es')!;
    expect(r.locale).toBe(served);
    expect(r.match).toBe('fallback');
    expect(r.notice?.kind).toBe('unavailable');
  });

  it.each(LINKS)('%s: check reports it as an error at its path (other-locale-link)', async (_, link, target) => {
    const { dir, path } = treeWithLink(link, target);
    const run = await cli(['check', '--dir', dir]);
    expect(run.stdout).toMatch(new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1:1: error: a symbolic link to .* \\(other-locale-link\\)`));
    expect(run.code).toBe(1);
  });

  it.each(LINKS)('%s: status does not count it as translated, and says so', async (_, link, target, id) => {
    const { dir, path } = treeWithLink(link, target);
    const run = await cli(['status', '--json', '--dir', dir]);
    const es = JSON.parse(run.stdout).locales.es;
    expect([...es.translated, ...es.unverified]).not.toContain(id);
    expect(es.missing).toContain(id);
    expect(run.stderr).toContain(`${path}: warning: a symbolic link to`);
    expect(run.stderr).toContain('(OTHER_LOCALE_LINK)');
  });

  it('a link into a folder spelt with an underscore (fr_FR) is another locale\'s too', async () => {
    const { dir, path } = treeWithLink('es/articles/port-community-systems.md', '../../fr_FR/articles/port.md');
    mkdirSync(join(dir, 'fr_FR/articles'), { recursive: true });
    writeFileSync(join(dir, 'fr_FR/articles/port.md'), '---\ntitle: Port\n---\nTexte.\n');
    const problems: FileError[] = [];
    const resources = await loadResources(dir, { onProblem: (p) => problems.push(p) });
    expect(problems.map((p) => [p.code, p.file])).toContainEqual(['OTHER_LOCALE_LINK', path]);
    expect(createContentLibrary({ defaultLocale: 'en', resources }).resolve('port-community-systems', 'es')!.locale).toBe('en');
    const run = await cli(['check', '--dir', dir]);
    expect(run.stdout).toMatch(/error: a symbolic link to .* \(other-locale-link\)/);
  });

  it('import writes nothing over a linked entry file, and refuses its units', async () => {
    const { dir, path } = treeWithLink('es/articles/port-community-systems.md', '../../fr/articles/port-community-systems.md');
    const out = join(dir, '..', 'es.po');
    // Exported before the link was made (export does not offer an entry whose file it leaves out).
    rmSync(path);
    const exported = await cli(['export', 'es', '--format', 'po', '--out', out, '--dir', dir]);
    expect(exported.code).toBe(0);
    symlinkSync('../../fr/articles/port-community-systems.md', path);
    const po = readFileSync(out, 'utf8').replace(/(msgctxt "port-community-systems\/title"\nmsgid "[^"]*"\n)msgstr ""/, '$1msgstr "Sistemas portuarios"');
    writeFileSync(out, po);
    const french = readFileSync(path, 'utf8');
    const run = await cli(['import', out, '--dir', dir]);
    expect(run.stdout).toMatch(/port-community-systems\/title: the entry's file .* is left out .* \(file-left-out\)/);
    expect(run.code).toBe(1);
    expect(readFileSync(join(dir, 'fr/articles/port-community-systems.md'), 'utf8')).toBe(french);
  });

  it.each([
    ['within the same locale', 'es/articles/port-community-systems.md', './laboratory-network-2025.md'],
    ['to a folder that is no language tag', 'es/articles/port-community-systems.md', '../../shared/port.md'],
    ['to another spelling of the same locale', 'zh/articles/port-community-systems.md', '../../ZH/articles/port.md'],
  ])('a link %s is read', async (_, link, target) => {
    const { dir } = treeWithLink(link, target);
    mkdirSync(join(dir, 'shared'), { recursive: true });
    mkdirSync(join(dir, 'ZH/articles'), { recursive: true });
    writeFileSync(join(dir, 'shared/port.md'), '---\ntitle: Puerto\n---\nTexto.\n');
    writeFileSync(join(dir, 'ZH/articles/port.md'), '---\ntitle: 港口\n---\n文字。\n');
    const problems: FileError[] = [];
    await loadResources(dir, { onProblem: (p) => problems.push(p) });
    expect(problems.filter((p) => p.code === 'OTHER_LOCALE_LINK')).toEqual([]);
  });
});

describe('a link into a folder spelt with an underscore (pt_BR), which is never loaded', () => {
  it('says that readers get what they get for a missing translation, not pt-BR', async () => {
    const dir = copyTree(EXAMPLE);
    mkdirSync(join(dir, 'pt_BR'));
    mkdirSync(join(dir, 'it'));
    writeFileSync(join(dir, 'pt_BR/articles.json'), readFileSync(join(dir, 'es/articles.json')));
    const path = join(dir, 'it/articles.json');
    symlinkSync('../pt_BR/articles.json', path);
    const problems: FileError[] = [];
    const resources = await loadResources(dir, { onProblem: (p) => problems.push(p) });
    const link = problems.find((p) => p.code === 'OTHER_LOCALE_LINK');
    expect(link?.reason).toBe(`a symbolic link to ${join(dir, 'pt_BR/articles.json')}, in the pt-BR folder: its pt-BR text would pass for a translation into it, so it is not read as it (nor is ${join(dir, 'pt_BR')} read as pt-BR at all: its name is no language tag); remove the link (readers of it are then served as for any translation it lacks: the next language along their fallback chain, with a notice) or put a translation into it here`);
    // What the message promises is what an Italian reader gets: the source, with a notice.
    expect(createContentLibrary({ defaultLocale: 'en', resources }).resolve('wco-uncac-2021', 'it')).toMatchObject({ locale: 'en', match: 'fallback' });
  });
});

describe('a link is said as what it leads to: another locale\'s folder itself, a folder in it, a hidden folder', () => {
  // [what, link, target (relative to the link), a file the target needs, code, rule, what the message says the target is]
  const CASES: [string, string, string, string | undefined, string, string, string][] = [
    ['a namespace file linked to the en folder itself', 'es/articles.json', '../en', undefined, 'OTHER_LOCALE_LINK', 'other-locale-link', 'the en folder itself, not a file, so it is not read as es'],
    ['an entry file linked to the en folder itself', 'es/articles/x.json', '../../en', undefined, 'OTHER_LOCALE_LINK', 'other-locale-link', 'the en folder itself, not a file, so it is not read as es'],
    ['an entry file linked to a folder in the en folder', 'es/articles/x.json', '../../en/articles', undefined, 'OTHER_LOCALE_LINK', 'other-locale-link', 'a folder in the en folder, not a file, so it is not read as es'],
    ['the folder of entry files linked to en\'s', 'es/articles', '../en/articles', undefined, 'OTHER_LOCALE_LINK', 'other-locale-link', 'in the en folder: its en entries would pass for es translations, so it is not read as es'],
  ];

  it.each(CASES)('%s: loadResources leaves it out and says so; check reports it; status goes on', async (_, link, target, needs, code, rule, what) => {
    const dir = copyTree(EXAMPLE);
    if (needs !== undefined) {
      mkdirSync(join(dir, needs, '..'), { recursive: true });
      writeFileSync(join(dir, needs), '{ "title": "Borrador" }\n');
    }
    const path = join(dir, link);
    rmSync(path, { force: true, recursive: true });
    symlinkSync(target, path);
    const problems: FileError[] = [];
    const resources = await loadResources(dir, { onProblem: (p) => problems.push(p) });
    expect(problems.map((p) => [p.code, p.file])).toEqual([[code, path]]);
    expect(problems[0]!.reason.startsWith(`a symbolic link to ${join(dir, target.replace(/^(\.\.\/)+/, ''))}, ${what}`)).toBe(true);
    expect(Object.keys((resources.es as { articles?: object } | undefined)?.articles ?? {})).not.toContain('x');
    const checked = await cli(['check', '--dir', dir]);
    expect(checked.stdout).toContain(`${path}:1:1: error: a symbolic link to ${join(dir, target.replace(/^(\.\.\/)+/, ''))}, ${what}`);
    expect(checked.stdout).toContain(`(${rule})`);
    const status = await cli(['status', '--dir', dir]);
    expect(status.code).toBe(0);
    expect(status.stderr).toContain(`${path}: warning: a symbolic link to`);
    expect(status.stderr).toContain(`(${code})`);
  });

  // [where the hidden text is, the link's target, what check says it is]
  it.each([
    ['.drafts/x.json', '../../.drafts/x.json', 'in the hidden folder .drafts'],
    ['es/.drafts/x.json', '../.drafts/x.json', 'in the hidden folder es/.drafts'],
    ['es/articles/.drafts/x.json', '.drafts/x.json', 'in the hidden folder es/articles/.drafts'],
    ['es/articles/.x.json', '.x.json', 'the hidden file es/articles/.x.json'],
  ])('an entry file linked to %s is read as es, and check says so (hidden-link, a warning)', async (hidden, target, what) => {
    const dir = copyTree(EXAMPLE);
    mkdirSync(join(dir, hidden, '..'), { recursive: true });
    writeFileSync(join(dir, hidden), '{ "title": "Borrador" }\n');
    writeFileSync(join(dir, 'en/articles/x.json'), '{ "title": "Draft" }\n');
    const path = join(dir, 'es/articles/x.json');
    symlinkSync(target, path);
    const problems: FileError[] = [];
    const resources = await loadResources(dir, { onProblem: (p) => problems.push(p) });
    expect(problems).toEqual([]);
    expect(createContentLibrary({ defaultLocale: 'en', resources }).resolve('x', 'es')).toMatchObject({ locale: 'es', entry: { title: 'Borrador' } });
    const checked = await cli(['check', '--dir', dir]);
    expect(checked.stdout).toContain(`${path}:1:1: warning: a symbolic link to ${join(dir, hidden)}, ${what}: what is hidden is not read on its own, but through this link its text is read as es (served, counted and stamped as es); if it is not ready to publish, remove the link (hidden-link)`);
    expect(checked.code).toBe(0);
  });

  // A link to a folder is never read as text: said to be no file, and not called a hidden-link
  // (whose message says the text is read as this language).
  it.each([
    ['the folder of entry files linked into a hidden folder', 'es/articles', '../.drafts/articles', 'es/articles:1:1: warning: a symbolic link to a folder is not read: entry files sit in a real articles/ folder (stray-file)'],
    ['a namespace file linked to a hidden folder', 'es/articles.json', '../.drafts', 'es/articles.json:1:1: error: this is a folder (or a symbolic link to one), not a file; only ordinary files are read (unreadable-file)'],
    ['a namespace file linked to a folder that is no locale', 'es/articles.json', '../shared', 'es/articles.json:1:1: error: this is a folder (or a symbolic link to one), not a file; only ordinary files are read (unreadable-file)'],
  ])('%s: check says it is no file, once, and never that its text is read', async (_, link, target, said) => {
    const dir = copyTree(EXAMPLE);
    mkdirSync(join(dir, '.drafts/articles'), { recursive: true });
    mkdirSync(join(dir, 'shared'), { recursive: true });
    writeFileSync(join(dir, '.drafts/articles/x.json'), '{ "title": "Borrador" }\n');
    const path = join(dir, link);
    rmSync(path, { force: true, recursive: true });
    symlinkSync(target, path);
    const checked = await cli(['check', '--dir', dir]);
    const here = checked.stdout.split('\n').filter((line) => line.startsWith(`${path}:`));
    expect(here).toEqual([`${dir}/${said}`]);
  });

  it('loadResources names a namespace file linked to a folder as a folder', async () => {
    const dir = copyTree(EXAMPLE);
    mkdirSync(join(dir, 'shared'), { recursive: true });
    const path = join(dir, 'es/articles.json');
    rmSync(path);
    symlinkSync('../shared', path);
    await expect(loadResources(dir)).rejects.toMatchObject({ code: 'NOT_A_FILE', file: path, reason: 'this is a folder (or a symbolic link to one), not a file; only ordinary files are read' });
  });
});
