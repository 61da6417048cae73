/**
 * `localized-content/parser`: ICU MessageFormat parsing at run time, for bundles that let a site
 * override notice messages with text. Built-in catalogs arrive compiled, so a page that uses only
 * them leaves the parser (about 8 KB min+gz) out of its bundle. Node loads it when first needed.
 */
import { parse } from '@formatjs/icu-messageformat-parser';
import type { MessageElement } from './notice/catalogs.js';

/**
 * Parses a message as notices use it: HTML-like tags are text (`ignoreTag`). The elements are
 * @formatjs/icu-messageformat-parser's; the declared type names only what the API reads, so that
 * CommonJS declarations import nothing from that ES-module-only package.
 *
 * @example
 * createContentLibrary({ defaultLocale: 'en', resources, catalogs: [es], parseMessage });
 */
export function parseMessage(message: string): MessageElement[] {
  return parse(message, { ignoreTag: true });
}
