import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { defineConfig, type Options } from 'tsup';

// One entry per built-in catalog: `localized-content/catalogs/<locale>` (see scripts/gen-catalogs.mjs).
const catalogs = Object.fromEntries(
  readdirSync('locales')
    .filter((locale) => existsSync(`locales/${locale}/notice.json`))
    .map((locale) => [`catalogs/${locale}`, `src/catalogs/generated/${locale}.ts`]),
);

// Both library entries format only compiled messages (built-in catalogs are syntax trees), so they
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
const errorsFromNodeEntry: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'errors-from-node-entry',
  setup(build) {
    // tsup builds CommonJS through esbuild's ESM output, so the extension tells the formats apart.
    const entry = `./index.node${build.initialOptions.outExtension?.['.js'] ?? '.js'}`;
    build.onResolve({ filter: /^\.\.?\/errors\.js$/ }, () => ({ path: entry, external: true }));
  },
};
// The framework entries (express, hono, react) sit on top of the core and reach it only through
// its public entry, which they import as the package itself: a site then loads one copy of the
// core, the one its own `import 'localized-content'` loads, whatever the runtime's conditions.
const coreFromPackage: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'core-from-package',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/index\.js$/ }, () => ({ path: 'localized-content', external: true }));
  },
};
// Bundled so that the plugin above sees intl-messageformat's import of the parser.
const formatter = ['intl-messageformat', '@formatjs/fast-memoize', '@formatjs/icu-messageformat-parser'];

const common: Options = { format: ['esm', 'cjs'], dts: true, sourcemap: true, target: 'es2022', shims: true, treeshake: true };

export default defineConfig([
  {
    ...common,
    entry: { index: 'src/index.ts', ...catalogs },
    splitting: true,
    noExternal: formatter,
    esbuildPlugins: [withoutParser],
    // Node reads the compiled catalogs as data (src/platform/builtin-catalogs.ts).
    onSuccess: async () => {
      for (const file of readdirSync('src/catalogs/generated').filter((name) => name.endsWith('.json'))) {
        copyFileSync(`src/catalogs/generated/${file}`, `dist/catalogs/${file}`);
      }
    },
  },
  // The Node entry is one file: each further ES module costs Node's loader 1–2 ms at start-up.
  {
    ...common,
    entry: { 'index.node': 'src/index.node.ts' },
    splitting: false,
    noExternal: formatter,
    esbuildPlugins: [withoutParser],
  },
  // The translator tools carry their own copy of the core; only the error classes come from the
  // Node entry, so that `instanceof FileError` holds whichever entry a caller imports it from.
  {
    ...common,
    entry: { node: 'src/node/index.ts', parser: 'src/parser.ts' },
    splitting: false,
    noExternal: formatter,
    esbuildPlugins: [withoutParser, errorsFromNodeEntry],
  },
  {
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    target: 'node20',
    sourcemap: true,
    shims: true,
  },
  {
    ...common,
    entry: { express: 'src/express/index.ts', hono: 'src/hono/index.ts', react: 'src/react/index.ts' },
    splitting: false,
    external: ['localized-content', 'react', 'hono'],
    esbuildPlugins: [coreFromPackage],
  },
]);
