import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { defineConfig, type Options } from 'tsup';

/*
 * One copy of the core per module format:
 * - the bundle entry (`dist/index.js`, for browsers and edge runtimes) and the Node entry
 *   (`dist/index.node.js`) are built together with code splitting, so the core they share is one
 *   chunk that both import; only what differs (the platform: bundled English or catalogs read from
 *   files) is in each entry. A process that imports both holds one set of caches and one set of
 *   error classes;
 * - the entries that sit on top of the core (`localized-content/node`, the CLI, the framework
 *   entries) import it from src/core.ts, which their build turns into an import of the package's
 *   own name, `localized-content`: Node resolves it to the Node entry, a bundler to the bundle
 *   entry (a package may import itself through its `exports`);
 * - each built-in catalog is its own entry, for bundlers to take only the ones a page imports.
 * To add an entry, add it to the list it belongs to, and its branch to `exports` in package.json.
 */

/** Bundles: browsers, edge runtimes. One entry per built-in catalog (scripts/gen-catalogs.mjs). */
const bundleEntries: Record<string, string> = {
  index: 'src/index.ts',
  ...Object.fromEntries(
    readdirSync('locales')
      .filter((locale) => existsSync(`locales/${locale}/notice.json`))
      .map((locale) => [`catalogs/${locale}`, `src/catalogs/generated/${locale}.ts`]),
  ),
};

/** Entries on top of the core: their imports of src/core.ts become `localized-content` (below). */
const onTopEntries: Record<string, string> = {
  node: 'src/node/index.ts', // the loader and the translators' toolset
  parser: 'src/parser.ts', // ICU parsing at run time, for bundles
  express: 'src/express/index.ts', // middleware for Express and Connect
  hono: 'src/hono/index.ts', // middleware for Hono
  react: 'src/react/index.ts', // components; in a browser, `localized-content` is the bundle entry
};

/** On top of the core, as ES modules only: the `bin`. */
const onTopEsmOnly: Record<string, string> = { cli: 'src/cli/bin.ts' };

// The library entries format only compiled messages (built-in catalogs are syntax trees), so they
// carry intl-messageformat with the ICU parser swapped for its parser-less build, as FormatJS
// recommends: a bundle stays small and Node start-up loads no parser. Only intl-messageformat's own
// import is redirected; the parser entry and the translator tools keep the real one (external). A
// site that overrides messages with text passes `parseMessage` (Node loads it on first need).
const require = createRequire(import.meta.url);
const noParser = require.resolve('@formatjs/icu-messageformat-parser/no-parser.js');
const withoutParser: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'without-icu-parser-in-formatter',
  setup(build) {
    build.onResolve({ filter: /^@formatjs\/icu-messageformat-parser$/ }, (args) =>
      /[\\/]intl-messageformat[\\/]/.test(args.importer) ? { path: noParser } : { path: args.path, external: true },
    );
  },
};
// In the entries on top of the core, src/core.ts is the package itself.
const coreFromPackage: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'core-from-package',
  setup(build) {
    build.onResolve({ filter: /^(?:\.\.?\/)+core\.js$/ }, () => ({ path: 'localized-content', external: true }));
  },
};
// Bundled so that the plugin above sees intl-messageformat's import of the parser.
const formatter = ['intl-messageformat', '@formatjs/fast-memoize', '@formatjs/icu-messageformat-parser'];

const common: Options = {
  sourcemap: true,
  target: 'es2022',
  // No shims: the CommonJS one reads __filename at load, which a worker bundle does not have;
  // src/platform/module-url.ts finds the file's URL in both formats when it is needed.
  shims: false,
  treeshake: true,
  noExternal: formatter,
  esbuildPlugins: [withoutParser],
};
// Each is one file: they share no state beyond the core, and a file per entry is simplest to read.
const onTop: Options = { ...common, external: ['react', 'hono'], splitting: false, esbuildPlugins: [withoutParser, coreFromPackage] };

export default defineConfig([
  {
    ...common,
    // The Node entry is built from src/core.ts: the public API plus the names the entries on top of
    // it import; its published types are the public API alone (src/index.node.ts). The types both
    // entries share are `dist/types.d.ts` (src/exports.ts), a name that says what it holds, rather
    // than a chunk named after whichever module Rollup puts last in it.
    entry: { ...bundleEntries, 'index.node': 'src/core.ts' },
    format: ['esm', 'cjs'],
    dts: { entry: { ...bundleEntries, 'index.node': 'src/index.node.ts', types: 'src/exports.ts' } },
    splitting: true,
    // Node reads the compiled catalogs as data (src/platform/builtin-catalogs.ts).
    onSuccess: () => {
      for (const file of readdirSync('src/catalogs/generated').filter((name) => name.endsWith('.json'))) {
        copyFileSync(`src/catalogs/generated/${file}`, `dist/catalogs/${file}`);
      }
      return Promise.resolve();
    },
  },
  { ...onTop, entry: { ...onTopEntries, ...onTopEsmOnly }, format: ['esm'], dts: { entry: onTopEntries } },
  { ...onTop, entry: onTopEntries, format: ['cjs'], dts: { entry: onTopEntries } },
]);
