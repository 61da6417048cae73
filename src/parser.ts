/**
 * `localized-content/parser`: ICU MessageFormat parsing at run time, for bundles that let a site
 * override notice messages with text. Built-in catalogs arrive compiled, so a page that uses only
 * them leaves the parser (about 8 KB min+gz) out of its bundle. Node loads it when first needed.
 */
import { parse, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

/**
 * Parses a message as notices use it: HTML-like tags are text (`ignoreTag`).
 *
 * @example
 * createContentLibrary({ defaultLocale: 'en', resources, catalogs: [es], parseMessage });
 */
export function parseMessage(message: string): MessageFormatElement[] {
  return parse(message, { ignoreTag: true });
}
