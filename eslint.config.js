// `npm run lint`: typescript-eslint's type-aware recommended rules on the TypeScript sources and
// tests; ESLint's recommended rules on the plain JavaScript scripts, benches and examples; React's
// rules of hooks on components (.tsx, .jsx), and Next.js's own rules on the Next.js example.
import js from '@eslint/js';
import nextPlugin from '@next/eslint-plugin-next';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Globals of Node and browsers that the plain scripts use (the TypeScript files get theirs from tsc). */
const RUNTIME_GLOBALS = [
  'process', 'console', 'Buffer', 'URL', 'URLSearchParams', 'performance', 'setTimeout', 'clearTimeout', 'setInterval',
  'clearInterval', 'setImmediate', 'queueMicrotask', 'structuredClone', 'TextEncoder', 'TextDecoder', 'fetch', 'AbortController',
  'document', 'window', 'navigator', 'location', 'HTMLElement', 'customElements', 'Intl',
];

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'src/catalogs/generated/', 'examples/**/dist/', '**/.next/', '**/node_modules/', '.size-*/', 'tests/artifacts/'] },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'],
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // ICU element types are compared as plain numbers: the core reads syntax trees without
      // importing the parser package that declares the enum.
      '@typescript-eslint/no-unsafe-enum-comparison': 'off',
      // A library's methods are bound when it is created (its users destructure them), and the
      // interface that documents them uses method syntax.
      '@typescript-eslint/unbound-method': 'off',
      // A leading underscore marks a binding kept for its position (a parameter, a skipped element).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    // The entries on top of the core reach it through src/core.ts only, which their build turns into
    // the package itself (tsup.config.ts); a direct import would put a second copy into dist/.
    files: ['src/{node,tools,cli,express,hono,react,middleware}/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: String.raw`^(\.\./)+(errors|options|problems|exports|index|index\.node|parser|library|reader|content|locale|negotiation|notice|web|format|platform|catalogs)(/|\.js$)`,
              message: 'Import the core from src/core.ts: the build makes it the package itself, one copy in dist/.',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests read JSON that a child process or the CLI printed (typed `any`) and check it with `expect`.
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      // Tests look for control characters in output.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs', '**/*.jsx'],
    extends: [js.configs.recommended],
    languageOptions: {
      globals: Object.fromEntries(RUNTIME_GLOBALS.map((name) => [name, 'readonly'])),
      // JSX in .jsx files; ESLint's scope analysis counts a component used in JSX as used.
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
  },
  {
    // Components: the React entry and the Next.js example.
    files: ['**/*.tsx', '**/*.jsx'],
    extends: [reactHooks.configs.flat.recommended],
  },
  {
    files: ['examples/next/**/*.{js,jsx,mjs}'],
    extends: [nextPlugin.configs['core-web-vitals']],
    settings: { next: { rootDir: 'examples/next/' } },
  },
);
