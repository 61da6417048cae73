/**
 * Reads a locales tree in i18next's layout, `<dir>/<locale>/<namespace>.json`, into the resource
 * shape `createContentLibrary` takes. Nothing outside `dir` is read: locale folders must be BCP 47
 * tags, namespace files plain names, and links that lead elsewhere are refused.
 */
import { readdir, readFile, realpath } from 'node:fs/promises';
import { join, relative, isAbsolute } from 'node:path';
import { FileError } from '../errors.js';
import { canonicalizeTag } from '../negotiation/index.js';
import type { Resources } from '../options.js';
import { parseJsonFile } from './json.js';

export interface LoadResourcesOptions {
  /** Only these namespaces (file names without `.json`). Default: every namespace file. */
  readonly namespaces?: readonly string[];
  /** Only these locales. Default: every locale folder. */
  readonly locales?: readonly string[];
}

const NAMESPACE = /^[A-Za-z0-9][\w.-]*$/;

async function inside(root: string, path: string): Promise<string> {
  const real = await realpath(path);
  const rel = relative(root, real);
  if (rel.startsWith('..') || isAbsolute(rel)) {
    throw new FileError('PATH_OUTSIDE_DIR', 'refusing to read a file that leads outside the locales folder', { file: path });
  }
  return real;
}

/**
 * Loads every `<locale>/<namespace>.json` under `dir`.
 * Throws a `FileError`: `INVALID_LOCALE` for a folder that is not a language tag, `JSON_SYNTAX` with
 * line and column for a broken file, `FILE_NOT_FOUND` when `dir` does not exist.
 *
 * @example
 * const resources = await loadResources('locales');
 * const library = createContentLibrary({ defaultLocale: 'en', resources });
 */
export async function loadResources(dir: string, options: LoadResourcesOptions = {}): Promise<Resources> {
  let root: string;
  try {
    root = await realpath(dir);
  } catch (cause) {
    throw new FileError('FILE_NOT_FOUND', 'locales folder not found', { file: dir }, { cause });
  }
  const wantLocales = options.locales?.map((l) => canonicalizeTag(l));
  const resources: Record<string, Record<string, unknown>> = Object.create(null);
  const folders = (await readdir(root, { withFileTypes: true })).filter((d) => d.isDirectory() && !d.name.startsWith('.'));
  for (const folder of folders.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const locale = canonicalizeTag(folder.name);
    if (locale === undefined || folder.name.includes('_')) {
      const hint = folder.name.includes('_') ? ` (write "${folder.name.replace(/_/g, '-')}")` : '';
      throw new FileError('INVALID_LOCALE', `folder name "${folder.name}" is not a BCP 47 language tag${hint}`, { file: join(dir, folder.name) });
    }
    if (wantLocales !== undefined && !wantLocales.includes(locale)) continue;
    const namespaces: Record<string, unknown> = Object.create(null);
    const folderPath = await inside(root, join(root, folder.name));
    for (const file of (await readdir(folderPath, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (!file.name.endsWith('.json') || file.isDirectory()) continue;
      const namespace = file.name.slice(0, -'.json'.length);
      if (!NAMESPACE.test(namespace) || (options.namespaces !== undefined && !options.namespaces.includes(namespace))) continue;
      const shown = join(dir, folder.name, file.name);
      const text = await readFile(await inside(root, join(folderPath, file.name)), 'utf8');
      const data = parseJsonFile(text, shown);
      if (data === null || typeof data !== 'object' || Array.isArray(data)) {
        throw new FileError('INVALID_RESOURCES', 'a namespace file must hold a JSON object', { file: shown, line: 1, column: 1 });
      }
      namespaces[namespace] = data;
    }
    // Two folders for one locale ("zh-hant" and "zh-Hant") merge, the canonical spelling last.
    resources[locale] = { ...resources[locale], ...namespaces };
  }
  return { ...resources };
}
