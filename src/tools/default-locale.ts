/**
 * The default (source) language the tools are given, read once for all of them: canonical as the
 * library makes it (`en_US` → `en-US`), and refused when it is no language tag, rather than
 * replaced by `en` without a word, which would judge every translation against another folder.
 * Its folder is then taken by the library's own rule (`matchDefaultLocale`), so that the CLI and
 * a library over the same tree agree on which language is the source.
 */
import { canonicalizeTag, ConfigError, FileError, matchDefaultLocale, type Problem } from '../core.js';
import { servedFolder, type LocaleFolder } from '../node/locale-tree.js';

/** `value` canonical, `'en'` when absent; throws a `ConfigError` (`INVALID_LOCALE`) for a value that is no language tag. */
export function readDefaultLocale(value: string | undefined): string {
  if (value === undefined) return 'en';
  const tag = canonicalizeTag(value);
  if (tag === undefined) throw new ConfigError('INVALID_LOCALE', `the default language "${value}" is not a BCP 47 language tag (as "en" or "pt-BR")`);
  return tag;
}

/**
 * The library's `DEFAULT_LOCALE_MATCHED` problem, said by a tool: the default language named has
 * no folder, and `folder`, the folder of that language, was taken as the source.
 */
export interface DefaultLocaleMatched extends Problem {
  /** The folder taken as the source, as shown to people (`locales/en`). */
  readonly folder: string;
}

/** What a tool was told about the default language, and whom to tell when it takes another folder. */
export interface DefaultLocaleOptions {
  /** The source language of entries without `@meta.source`. Default `'en'`. */
  readonly defaultLocale?: string;
  /** How messages name that setting: `'defaultLocale'` (default), or the CLI's `'--default-locale'`. */
  readonly defaultLocaleSetting?: 'defaultLocale' | '--default-locale';
  /**
   * Hears that the tree has no folder for `defaultLocale` and the folder of the same language was
   * taken as the source instead (`en-US` → `locales/en`), as the library would take it.
   */
  readonly onDefaultLocaleMatched?: (problem: DefaultLocaleMatched) => void;
}

/** The default language's folders: the locale taken, and its folders that hold the namespace. */
export interface SourceFolders {
  readonly locale: string;
  /** Folders of that locale (two spellings of one tag, `zh-hant` and `zh-Hant`, are both read) with files for the namespace. */
  readonly folders: readonly LocaleFolder[];
}

const holds = (folder: LocaleFolder, namespace: string): boolean =>
  folder.files.some((f) => f.namespace === namespace) || folder.entryFiles.some((f) => f.namespace === namespace);

/**
 * The folder `options.defaultLocale` names, else the folder of the same language the library
 * would take (`en-US` → `en`, said to `onDefaultLocaleMatched`); throws the library's
 * `DEFAULT_LOCALE_NOT_FOUND` when the tree has none. Decided from the folders that hold files for
 * the namespace, before any is read: a source folder whose files do not read is another mistake,
 * said by {@link requireReadableSource}.
 */
export function sourceFolders(all: readonly LocaleFolder[], namespace: string, options: DefaultLocaleOptions): SourceFolders {
  const wanted = readDefaultLocale(options.defaultLocale);
  const withContent = all.filter((folder) => folder.locale !== undefined && holds(folder, namespace));
  const content = [...new Set(withContent.map((folder) => folder.locale!))];
  const matched: Problem[] = [];
  const locale = matchDefaultLocale(wanted, content, namespace, (problem) => matched.push(problem), options.defaultLocaleSetting);
  const folders = withContent.filter((folder) => folder.locale === locale);
  for (const problem of matched) options.onDefaultLocaleMatched?.({ ...problem, folder: servedFolder(folders, locale)!.path });
  return { locale, folders };
}

/**
 * Throws a `FileError` (`SOURCE_UNREADABLE`) when none of the source folders' files for the
 * namespace read (`read` lists the locales whose files did): the folder is there, so "no folder"
 * would send the translator looking for the wrong mistake, and every entry would be judged against
 * no source.
 */
export function requireReadableSource(source: SourceFolders, namespace: string, read: readonly string[]): void {
  if (read.includes(source.locale)) return;
  const count = source.folders.reduce((n, folder) => n + folder.files.filter((f) => f.namespace === namespace).length + folder.entryFiles.filter((f) => f.namespace === namespace).length, 0);
  const unread = count === 1 ? `its "${namespace}" file could not be read` : `none of its ${count} "${namespace}" files could be read`;
  throw new FileError(
    'SOURCE_UNREADABLE',
    `the folder of the default language ${source.locale} is here, but ${unread}, so there is no source to judge translations against; "localized-content check" shows what is wrong in each`,
    { file: servedFolder(source.folders, source.locale)!.path },
  );
}
