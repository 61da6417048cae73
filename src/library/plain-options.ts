/**
 * readPlainOptions: options are read once, at creation, and must be plain data. A getter that
 * throws, a revoked Proxy or an accessor where a value belongs would otherwise surface later, at
 * request time, as an error of another kind; here it is a `ConfigError` at creation.
 */
import { ConfigError } from '../errors.js';
import { readOptions, type Config, type ContentLibraryOptions } from '../options.js';

/**
 * How deep `resources` is walked: its locales and their namespaces, what creation reads. Entries
 * are not walked: a site with 100,000 entries in 30 languages would pay for it at every start.
 */
const RESOURCE_DEPTH = 2;

function fail(where: string, cause?: unknown): never {
  throw new ConfigError('INVALID_OPTION', `createContentLibrary: ${where} is not plain data (an accessor, or an object that throws when read)`, { cause });
}

/** Checks that every own property down to `depth` levels is a data property. */
function checkData(value: unknown, where: string, depth: number): void {
  if (depth === 0 || typeof value !== 'object' || value === null) return;
  for (const key of Reflect.ownKeys(value)) {
    const descriptor = Reflect.getOwnPropertyDescriptor(value, key);
    const name = `${where}.${String(key)}`;
    if (descriptor === undefined || !('value' in descriptor)) fail(name);
    checkData(descriptor.value, name, depth - 1);
  }
}

/**
 * The checked configuration, as readOptions gives it, after a walk of the options as plain data
 * (`resources` to its namespaces; an i18next instance is not walked: it is the caller's).
 */
export function readPlainOptions(options: ContentLibraryOptions): Config {
  try {
    if (typeof options !== 'object' || options === null) return readOptions(options); // it says what is wrong
    for (const key of Reflect.ownKeys(options)) {
      const descriptor = Reflect.getOwnPropertyDescriptor(options, key);
      if (descriptor === undefined || !('value' in descriptor)) fail(`option "${String(key)}"`);
      if (key === 'i18n' || typeof descriptor.value === 'function') continue;
      checkData(descriptor.value, String(key), key === 'resources' ? RESOURCE_DEPTH : 3);
    }
    return readOptions(options);
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    fail('options', error);
  }
}
