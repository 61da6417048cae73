import { readdirSync, existsSync } from 'node:fs';
import { defineConfig } from 'tsup';

// One entry per built-in catalog: `localized-content/catalogs/<locale>` (see scripts/gen-catalogs.mjs).
const catalogs = Object.fromEntries(
  readdirSync('locales')
    .filter((locale) => existsSync(`locales/${locale}/notice.json`))
    .map((locale) => [`catalogs/${locale}`, `src/catalogs/generated/${locale}.ts`]),
);

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      'index.node': 'src/index.node.ts',
      node: 'src/node/index.ts',
      ...catalogs,
    },
    format: ['esm', 'cjs'],
    dts: true,
    splitting: true,
    sourcemap: true,
    target: 'es2022',
    shims: true,
    treeshake: true,
  },
  {
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    target: 'node20',
    sourcemap: true,
    shims: true,
  },
]);
