/**
 * Which file names in a locales folder are read, and what to tell about one that is not. A
 * translator who saves `budget.MD`, `budget.markdown`, `_budget.json` or leaves `budget.json.bak`
 * behind gets a warning that names what was expected, instead of an article that silently stays
 * missing.
 *
 * The rule (docs/file-format.md): in `<locale>/<namespace>/`, a file is an entry when its name is
 * `<id>.json` or `<id>.md`, extension in lowercase, and `<id>` is ASCII letters, digits, `.`, `_`,
 * `@` and `-`, starting with a letter or a digit (what a URL slug or an i18next key holds, never a
 * path). In `<locale>/`, a file is a namespace file when it is `<namespace>.json`, the namespace
 * written the same way (no `@`). Names that start with `.` are hidden files (`.DS_Store`,
 * `.gitkeep`, an editor's swap file) and are passed over without a word.
 */
import type { EntryFormat } from './entry-document.js';

export const NAMESPACE = /^[A-Za-z0-9][\w.-]*$/;
const ENTRY_ID = /^[A-Za-z0-9][\w.@-]*$/;

const ENTRY_FORMATS: Readonly<Record<string, EntryFormat>> = { '.json': 'json', '.md': 'markdown' };
/** Other spellings of Markdown's extension: the file is meant as an entry. */
const MARKDOWN_SPELLINGS = new Set(['.markdown', '.mdown', '.mkd', '.mkdn', '.mdwn']);
/** What editors, merge tools and copies leave behind. */
const LEFTOVER = /(?:~|\.(?:bak|backup|old|orig|tmp|temp|swp|save|copy|rej))$/i;

export type FileName<T> = { readonly read: true; readonly value: T } | { readonly read: false; readonly expected: string };

/** `name` without what may not be in an id, or `undefined` when nothing usable is left. */
function idLike(name: string, pattern: RegExp): string | undefined {
  const cleaned = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^\w.@-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '').replace(/-+$/, '');
  return pattern.test(cleaned) ? cleaned : undefined;
}

function split(name: string): { stem: string; extension: string } {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? { stem: name.slice(0, dot), extension: name.slice(dot) } : { stem: name, extension: '' };
}

const rename = (to: string | undefined, what: string): string => (to === undefined ? `name it ${what}` : `rename it "${to}"`);

/**
 * Whether `name`, a file in a namespace folder, is an entry file, and what is expected when it
 * is not.
 *
 * @example
 * entryFileName('budget.md') // { read: true, value: { id: 'budget', format: 'markdown' } }
 * entryFileName('budget.MD') // { read: false, expected: 'an entry file\'s extension is ".json" or ".md", in lowercase: rename it "budget.md"' }
 */
export function entryFileName(name: string): FileName<{ readonly id: string; readonly format: EntryFormat }> {
  const { stem, extension } = split(name);
  const format = ENTRY_FORMATS[extension];
  if (format !== undefined && ENTRY_ID.test(stem)) return { read: true, value: { id: stem, format } };
  const lower = extension.toLowerCase();
  if (LEFTOVER.test(name) || /\.(?:json|md)\./i.test(name)) {
    return { read: false, expected: 'it looks like a backup or a leftover copy, and is not read: entry files are named <id>.json or <id>.md (move it out of the locales folder)' };
  }
  const wanted = ENTRY_FORMATS[lower] !== undefined ? lower : MARKDOWN_SPELLINGS.has(lower) ? '.md' : undefined;
  if (wanted === undefined) return { read: false, expected: 'it is not read: entry files are named <id>.json or <id>.md' };
  const id = idLike(stem, ENTRY_ID);
  if (!ENTRY_ID.test(stem)) {
    return { read: false, expected: `"${stem}" is not an entry id (ASCII letters, digits, ".", "_", "@" and "-", starting with a letter or a digit), so the file is not read: ${rename(id === undefined ? undefined : id + wanted, `<id>${wanted}`)}` };
  }
  return { read: false, expected: `an entry file's extension is ".json" or ".md", in lowercase, so the file is not read: ${rename(stem + wanted, '')}` };
}

/**
 * Whether `name`, a file in a locale folder, is a namespace file, and what is expected when it is
 * not.
 *
 * @example
 * namespaceFileName('articles.JSON') // { read: false, expected: '… rename it "articles.json"' }
 */
export function namespaceFileName(name: string): FileName<string> {
  const { stem, extension } = split(name);
  if (extension === '.json' && NAMESPACE.test(stem)) return { read: true, value: stem };
  if (LEFTOVER.test(name) || /\.json\./i.test(name)) {
    return { read: false, expected: 'it looks like a backup or a leftover copy, and is not read: a locale folder holds <namespace>.json files and <namespace>/ folders (move it out of the locales folder)' };
  }
  if (extension.toLowerCase() === '.json') {
    const namespace = NAMESPACE.test(stem) ? stem : idLike(stem, NAMESPACE);
    return { read: false, expected: `a namespace file is named <namespace>.json (letters, digits, ".", "_" and "-", extension in lowercase), so it is not read: ${rename(namespace === undefined ? undefined : `${namespace}.json`, '<namespace>.json')}` };
  }
  return { read: false, expected: 'it is not read: a locale folder holds <namespace>.json files and <namespace>/ folders of entry files' };
}
