/**
 * Path attacks on everything that reads files: loadResources, the CLI's tree reader and stamp, and
 * the lazy built-in catalog loader. A secret file sits beside the locales folder; no call may
 * return its content, and none may write outside the folder.
 */
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadResources } from '../../src/node/index.js';
import { builtinCatalogs } from '../../src/platform/builtin-catalogs.js';
import { readContentTree } from '../../src/tools/content-tree.js';
import { stampTranslations } from '../../src/tools/stamp/stamp.js';
import { createContentLibrary } from '../../src/index.node.js';

const SECRET = 'TOP-SECRET-1234';
let root: string;
let locales: string;

async function tree(name: string, files: Record<string, string>): Promise<string> {
  const dir = join(root, name);
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  return dir;
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'lc-paths-'));
  await writeFile(join(root, 'secret.json'), JSON.stringify({ leaked: { title: SECRET } }));
  await tree('outside', { 'articles.json': JSON.stringify({ leaked: { title: SECRET } }) });
  locales = await tree('locales', { 'en/articles.json': JSON.stringify({ a: { title: 'A' } }) });
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const fileError = (code: string) => expect.objectContaining({ name: 'FileError', code });

/** Whatever the call returns or throws, the secret must not be in it. */
async function outcome(call: () => Promise<unknown>): Promise<string> {
  try {
    return JSON.stringify(await call());
  } catch (error) {
    return `${(error as Error).name} ${(error as { code?: string }).code}: ${(error as Error).message}`;
  }
}

describe('loadResources(dir) on hostile trees', () => {
  it('a locale folder that is a symlink out of dir is never followed', async () => {
    const dir = await tree('link-folder', { 'en/articles.json': '{"a":{"title":"A"}}' });
    await symlink(join(root, 'outside'), join(dir, 'fr'));
    const result = await outcome(() => loadResources(dir));
    expect(result).not.toContain(SECRET);
  });

  it('a namespace file that is a symlink out of dir throws FileError PATH_OUTSIDE_DIR', async () => {
    const dir = await tree('link-file', { 'en/articles.json': '{"a":{"title":"A"}}' });
    await symlink(join(root, 'secret.json'), join(dir, 'en', 'leak.json'));
    await expect(loadResources(dir)).rejects.toThrow(fileError('PATH_OUTSIDE_DIR'));
  });

  // Folders whose name starts with "." are skipped like hidden folders; the others are not tags.
  it.each([
    ['%2e%2e', 'INVALID_LOCALE'],
    ['%2e%2e%2fsecret', 'INVALID_LOCALE'],
    ['en%00', 'INVALID_LOCALE'],
    ['en..', 'INVALID_LOCALE'],
    ['..%2f..', 'skipped'],
    ['..._', 'skipped'],
    ['.. ', 'skipped'],
  ])('a locale folder named %j: %s', async (name, expected) => {
    const dir = await tree(`folder-${encodeURIComponent(name)}`, { [`${name}/articles.json`]: '{"a":{"title":"A"}}' });
    // A folder that is no tag is left out too, and reported.
    const problems: { code: string }[] = [];
    await expect(loadResources(dir, { onProblem: (p) => problems.push(p) })).resolves.toEqual({});
    expect(problems.map((p) => p.code)).toEqual(expected === 'skipped' ? [] : [expected]);
  });

  it.each([`${'..'}/secret`, '%2e%2e', '/etc', '..\\..', 'en\u0000../../secret'])('loadResources(dir, { locales: [%j] }) reads nothing outside', async (locale) => {
    const result = await outcome(() => loadResources(locales, { locales: [locale], namespaces: ['../secret', '../../secret'] }));
    expect(result).toBe('{}');
  });

  it.each(['<locales>\u0000/../secret.json', '/dev/null\u0000', ''])('loadResources(%j) throws a FileError, reading nothing', async (dir) => {
    const result = await outcome(() => loadResources(dir.replace('<locales>', locales)));
    expect(result).toMatch(/^FileError /);
    expect(result).not.toContain(SECRET);
  });
});

describe('the CLI tree reader and stamp on hostile input', () => {
  it('readContentTree refuses a namespace file linked out of dir', async () => {
    const dir = await tree('cli-link', { 'en/articles.json': '{"a":{"title":"A"}}', 'es/articles.json': '{"a":{"title":"A es"}}' });
    await symlink(join(root, 'outside', 'articles.json'), join(dir, 'es', 'notes.json'));
    await mkdir(join(dir, 'fr'));
    await symlink(join(root, 'outside', 'articles.json'), join(dir, 'fr', 'articles.json'));
    const result = await outcome(() => readContentTree(dir));
    expect(result).not.toContain(SECRET);
    expect(result).toMatch(/PATH_OUTSIDE_DIR/);
  });

  // None of these is a language tag: refused as such (INVALID_LOCALE) before the tree is read.
  it.each(['../outside', '../../secret', '%2e%2e', '/etc', 'en\u0000', '..'])('stampTranslations(dir, %j, ["a"]) throws a ConfigError and writes nothing', async (locale) => {
    const dir = await tree(`stamp-${encodeURIComponent(locale)}`, { 'en/articles.json': '{"a":{"title":"A"}}', 'es/articles.json': '{"a":{"title":"A es"}}' });
    const before = await readFile(join(root, 'outside', 'articles.json'), 'utf8');
    await expect(stampTranslations(dir, locale, ['a'])).rejects.toMatchObject({ name: 'ConfigError', code: 'INVALID_LOCALE' });
    expect(await readFile(join(root, 'outside', 'articles.json'), 'utf8')).toBe(before);
  });

  it.each(['../outside/articles', '../../secret', '/etc/passwd'])('stampTranslations(dir, "es", ["a"], { namespace: %j }) reads nothing outside', async (namespace) => {
    const dir = await tree(`stamp-ns-${encodeURIComponent(namespace)}`, { 'en/articles.json': '{"a":{"title":"A"}}', 'es/articles.json': '{"a":{"title":"A es"}}' });
    const result = await outcome(() => stampTranslations(dir, 'es', ['a'], { namespace }));
    // No file of that namespace inside the folder: refused before anything is read.
    expect(result).toMatch(/^ConfigError NAMESPACE_NOT_FOUND/);
  });
});

describe('the lazy built-in catalog loader', () => {
  it.each(['../../package', '../locales/en', '/etc/passwd', '..', 'en/../en', 'en\u0000', '%2e%2e'])('builtinCatalogs().load(%j) → undefined', (locale) => {
    expect(builtinCatalogs().load(locale)).toBeUndefined();
  });

  it('requests that look like paths are read as (invalid) tags, never as files', () => {
    const library = createContentLibrary({ defaultLocale: 'en', resources: { en: { articles: { a: { title: 'A' } } } } });
    for (const requested of ['../../package', '/etc/passwd', '..%2f..%2f', 'en/../../secret', 'C:\\Windows', 'en\u0000de']) {
      expect(library.resolve('a', requested)).toMatchObject({ locale: 'en', requested: null, notice: null });
    }
  });
});
