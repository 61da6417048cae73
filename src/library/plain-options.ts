/**
 * readPlainOptions: options are read once, at creation, and must be plain data. A getter that
 * throws, a revoked Proxy or an accessor where a value belongs would otherwise surface later, at
 * request time, as an error of another kind; here it is a `ConfigError` at creation.
 */
import { ConfigError } from '../errors.js';
import { readOptions, refuseOption, type Config, type ContentLibraryOptions } from '../options.js';

/**
 * How deep `resources` is walked: its locales and their namespaces, what creation reads. Entries
 * are not walked: a site with 100,000 entries in 30 languages would pay for it at every start.
 */
const RESOURCE_DEPTH = 2;

/**
 * What to import instead, per option, when a whole module is passed where its value belongs
 * (`import * as es from 'localized-content/catalogs/es'` gives `{ default: catalog }`): a plausible
 * mistake that would otherwise be read as data (an entry named "default") or refused without a hint.
 */
const MODULE_FIXES: Readonly<Record<string, { readonly code: 'INVALID_CATALOG' | 'INVALID_OPTION'; readonly fix: (module: Readonly<Record<string, unknown>>) => string }>> = {
  catalogs: {
    code: 'INVALID_CATALOG',
    fix: (module) => {
      const locale = (module.default as { '@@locale'?: unknown } | undefined)?.['@@locale'];
      const name = typeof locale === 'string' && /^[A-Za-z0-9-]+$/.test(locale) ? locale : '<locale>';
      const id = name.replaceAll('-', '_');
      return `import ${id} from 'localized-content/catalogs/${name}' (its default export) and pass catalogs: [${id}], or pass ${id}.default`;
    },
  },
  parseMessage: { code: 'INVALID_OPTION', fix: () => "import { parseMessage } from 'localized-content/parser' and pass parseMessage" },
  i18n: { code: 'INVALID_OPTION', fix: () => "import i18next from 'i18next' (its default export), initialize it, and pass i18n: i18next" },
  resources: { code: 'INVALID_OPTION', fix: () => "import data from './file.json' with { type: 'json' } (its default export), or pass module.default" },
};

/** A module namespace object (`import * as x`), native or as bundlers build it (`__esModule`). */
function isModule(value: object): boolean {
  return Object.prototype.toString.call(value) === '[object Module]' || (Object.hasOwn(value, '__esModule') && Object.hasOwn(value, 'default'));
}

function refuseModule(value: unknown, where: string): void {
  if (typeof value !== 'object' || value === null || !isModule(value)) return;
  const option = where.split(/[.[]/, 1)[0] ?? where;
  const { code, fix } = MODULE_FIXES[option] ?? { code: 'INVALID_OPTION' as const, fix: () => 'pass its default export, or the named export that holds the value' };
  refuseOption(`${where} is a module namespace (import * as …), not the value it exports: ${fix(value as Record<string, unknown>)}`, code);
}

function fail(where: string, cause?: unknown): never {
  refuseOption(`${where} is not plain data (an accessor, or an object that throws when read)`, 'INVALID_OPTION', { cause });
}

/** Checks that every own property down to `depth` levels is a data property. */
function checkData(value: unknown, where: string, depth: number): void {
  refuseModule(value, where);
  if (depth === 0 || typeof value !== 'object' || value === null) return;
  for (const key of Reflect.ownKeys(value)) {
    const descriptor = Reflect.getOwnPropertyDescriptor(value, key);
    const name = Array.isArray(value) && typeof key === 'string' && /^\d+$/.test(key) ? `${where}[${key}]` : `${where}.${String(key)}`;
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
      if (key === 'i18n') refuseModule(descriptor.value, key);
      if (key === 'i18n' || typeof descriptor.value === 'function') continue;
      checkData(descriptor.value, String(key), key === 'resources' ? RESOURCE_DEPTH : 3);
    }
    return readOptions(options);
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    fail('options', error);
  }
}
