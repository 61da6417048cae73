/**
 * A strict Content-Security-Policy (no 'unsafe-eval'): the browser bundle, with i18next,
 * intl-messageformat and the locale matcher inside, must work where code cannot be generated from
 * strings. The bundle runs in a `node:vm` context with string code generation turned off, where
 * `eval` and `new Function` throw an EvalError.
 */
import { build } from 'esbuild';
import { runInContext, createContext } from 'node:vm';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
let bundle = '';

beforeAll(async () => {
  // What a page would ship: the bundle entry, one catalog, every dependency inlined.
  const result = await build({
    stdin: {
      contents: `import { createContentLibrary, negotiate } from './src/index.js';
        import es from './src/catalogs/generated/es.js';
        globalThis.run = () => {
          const library = createContentLibrary({ defaultLocale: 'en', catalogs: [es],
            resources: { en: { articles: { a: { title: 'A', body: 'B' } } }, es: { articles: {} } } });
          const r = library.resolve('a', 'es-MX,es;q=0.9');
          return { locale: r.locale, notice: r.notice && r.notice.html, match: negotiate('zh-TW', ['en', 'zh-Hant']).locale };
        };`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    logLevel: 'error',
  });
  bundle = result.outputFiles[0]!.text;
});

describe('under a CSP without unsafe-eval', () => {
  it('the vm context really refuses code from strings (the test can fail)', () => {
    const context = createContext({}, { codeGeneration: { strings: false, wasm: false } });
    expect(() => runInContext('eval("1")', context)).toThrow(/Code generation from strings disallowed/);
    expect(() => runInContext('new Function("return 1")', context)).toThrow(/Code generation from strings disallowed/);
  });

  it('resolve and negotiate work in the bundle (with i18next and intl-messageformat inside)', () => {
    const context = createContext({ console }, { codeGeneration: { strings: false, wasm: false } });
    runInContext(bundle, context);
    const result = runInContext('run()', context) as { locale: string; notice: string; match: string };
    expect(result.locale).toBe('en');
    expect(result.notice).toMatch(/^<p class="lc-notice lc-notice--unavailable" role="note" lang="es"/);
    expect(result.match).toBe('zh-Hant');
  });

  it('the bundle contains no eval( and no new Function / Function( call', () => {
    expect(bundle).not.toMatch(/\beval\s*\(/);
    expect(bundle).not.toMatch(/\bnew\s+Function\b|[^.\w$]Function\s*\(/);
  });
});
