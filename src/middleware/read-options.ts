/**
 * readOptions for the framework entries: checks the library and the options once, when the
 * middleware is created, so that a mistake throws a `ConfigError` at start-up and never at request
 * time.
 */
import { ConfigError, requestLanguage, type ContentLibrary } from '../core.js';
import type { LocalizedContentOptions } from './localized-request.js';

const KNOWN = new Set(['locales', 'pathSegment', 'query', 'cookie', 'url', 'origin', 'redirectRoot', 'links']);

const isUrl = (value: unknown): boolean => typeof value === 'string' || typeof value === 'function';

/** Returns the options to use, or throws `ConfigError` (`INVALID_OPTION`) naming the one at fault. */
export function readOptions<Entry>(entry: string, library: ContentLibrary<Entry>, options: LocalizedContentOptions | undefined): LocalizedContentOptions {
  const fail = (what: string): never => {
    throw new ConfigError('INVALID_OPTION', `${entry}: ${what}`);
  };
  if (typeof library !== 'object' || library === null || typeof library.resolve !== 'function' || typeof library.locales !== 'function') {
    fail('the first argument must be a library from createContentLibrary()');
  }
  if (options === undefined) return {};
  if (typeof options !== 'object' || options === null) return fail('options must be an object');
  for (const name of Object.keys(options)) if (!KNOWN.has(name)) fail(`unknown option "${name}"`);
  if (options.url !== undefined && !isUrl(options.url)) fail('options.url must be a {locale}/{id} pattern or a function');
  if (options.origin !== undefined && (typeof options.origin !== 'string' || !/^https?:\/\/[^/?#]+\/?$/.test(options.origin))) {
    fail(`options.origin must be a scheme and host such as "https://example.org", not ${JSON.stringify(options.origin)}`);
  }
  if (options.redirectRoot !== undefined && typeof options.redirectRoot !== 'boolean' && !isUrl(options.redirectRoot)) {
    fail('options.redirectRoot must be true, false, a {locale} pattern or a function');
  }
  // The request-reading options are requestLanguage's own: let it check them on an empty request.
  try {
    requestLanguage(new Headers(), { ...options, locales: options.locales ?? (() => library.locales()) });
  } catch (error) {
    throw new ConfigError('INVALID_OPTION', `${entry}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  return options;
}
