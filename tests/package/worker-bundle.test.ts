/**
 * The bundle entry in a worker or an edge runtime: bundled by a site's bundler for a runtime that
 * has neither `document` nor Node's `__filename`/`process`, and run in a bare V8 context. Both
 * module formats must load there and answer (the CommonJS build once read `__filename` at load).
 */
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

const pages = [
  [
    'require()',
    `const { createContentLibrary } = require('localized-content');
     const es = require('localized-content/catalogs/es');`,
  ],
  [
    'import',
    `import { createContentLibrary } from 'localized-content';
     import es from 'localized-content/catalogs/es';`,
  ],
] as const;

const USE = `
const library = createContentLibrary({
  defaultLocale: 'en',
  catalogs: [es.default ?? es],
  resources: {
    en: { articles: { port: { title: 'Port opens' }, fees: { title: 'Fees' } } },
    es: { articles: { fees: { title: 'Tasas' } } },
  },
});
const r = library.resolve('port', 'es');
globalThis.answer = { locale: r.locale, noticeLocale: r.notice && r.notice.locale, text: r.notice && r.notice.text };
`;

describe.each(pages)('a worker bundle that loads the package with %s', (_how, imports) => {
  it('loads without document, process or __filename and serves the Spanish notice', async () => {
    const result = await build({
      stdin: { contents: imports + USE, resolveDir: root, loader: 'js' },
      bundle: true,
      write: false,
      format: 'iife',
      platform: 'neutral',
      mainFields: ['module', 'main'],
      conditions: ['worker', 'browser'],
      logLevel: 'silent',
      absWorkingDir: root,
    });
    const sandbox: { answer?: unknown } = {};
    runInNewContext(result.outputFiles[0]!.text, sandbox);
    expect(sandbox.answer).toEqual({
      locale: 'en',
      noticeLocale: 'es',
      text: expect.stringContaining('español') as unknown,
    });
  });
});
