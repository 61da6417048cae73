/**
 * The packed tarball, installed into a new project, used the ways a user would: ESM import, CJS
 * require, the bin, a catalog subpath, and TypeScript type resolution (node16 and bundler).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
let project: string;

function run(cmd: string, args: string[], cwd = project): string {
  return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'lc-tarball-'));
  // `npm test` builds first (pretest); pack what is built.
  const packed = run('npm', ['pack', '--ignore-scripts', '--pack-destination', project], root).trim().split('\n').pop()!;
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(project, packed)]);
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', `typescript@${require_ts_version()}`]);
  // A site that brings its own i18next, as i18next plugins expect: the library uses that copy (a peer).
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', `i18next@${devVersion('i18next')}`]);
}, 240_000);

function require_ts_version(): string {
  return (JSON.parse(run('npm', ['pkg', 'get', 'devDependencies.typescript'], root)) as string) || '5.9';
}

function devVersion(name: string): string {
  return JSON.parse(run('npm', ['pkg', 'get', `devDependencies.${name}`], root)) as string;
}

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

const content = `{ en: { articles: { a: { title: 'Hello' } } }, es: { articles: {} }, fr: { articles: {} } }`;

describe('the packed package in a new project', () => {
  it('ships dist, locales and no tests', () => {
    const files = run('tar', ['-tzf', readdirSync(project).find((f) => f.endsWith('.tgz'))!]);
    expect(files).toContain('package/dist/index.js');
    expect(files).toContain('package/locales/es/notice.json');
    // The guide "check --help" points at, and the file format it links to.
    expect(files).toContain('package/docs/translating.md');
    expect(files).toContain('package/docs/file-format.md');
    expect(files).not.toContain('package/tests/');
  });

  it('works with import', () => {
    writeFileSync(
      join(project, 'esm.mjs'),
      `import { createContentLibrary, parseAcceptLanguage } from 'localized-content';
       const { resolve } = createContentLibrary({ defaultLocale: 'en', resources: ${content} });
       console.log(JSON.stringify([resolve('a', 'es').notice.locale, parseAcceptLanguage('fr;q=0.5, de')]));`,
    );
    expect(JSON.parse(run('node', ['esm.mjs']))).toEqual(['es', ['de', 'fr']]);
  });

  it('works with require', () => {
    writeFileSync(
      join(project, 'cjs.cjs'),
      `const { createContentLibrary } = require('localized-content');
       const { loadResources } = require('localized-content/node');
       const { resolve } = createContentLibrary({ defaultLocale: 'en', resources: ${content} });
       console.log(JSON.stringify([resolve('a', 'fr').notice.locale, typeof loadResources]));`,
    );
    expect(JSON.parse(run('node', ['cjs.cjs']))).toEqual(['fr', 'function']);
  });

  it('errors from localized-content/node are instances of the main entry\'s classes, in both formats', () => {
    const check = '(error, classes) => [error.code, error instanceof classes.FileError, error instanceof classes.LocalizedContentError]';
    writeFileSync(
      join(project, 'errors.mjs'),
      `import * as main from 'localized-content';
       import { loadResources } from 'localized-content/node';
       const check = ${check};
       console.log(JSON.stringify(await loadResources('missing-folder').catch((error) => check(error, main))));`,
    );
    writeFileSync(
      join(project, 'errors.cjs'),
      `const main = require('localized-content');
       const { loadResources } = require('localized-content/node');
       const check = ${check};
       loadResources('missing-folder').catch((error) => console.log(JSON.stringify(check(error, main))));`,
    );
    expect(JSON.parse(run('node', ['errors.mjs']))).toEqual(['FILE_NOT_FOUND', true, true]);
    expect(JSON.parse(run('node', ['errors.cjs']))).toEqual(['FILE_NOT_FOUND', true, true]);
  });

  it('bundle entry: one catalog passed in `catalogs`', () => {
    writeFileSync(
      join(project, 'catalog.mjs'),
      `import { createContentLibrary } from 'localized-content';
       import es from 'localized-content/catalogs/es';
       const { resolve } = createContentLibrary({ defaultLocale: 'en', resources: ${content}, catalogs: [es] });
       console.log(JSON.stringify([es['@@locale'], resolve('a', 'es').notice.locale, resolve('a', 'fr').notice.locale]));`,
    );
    // A French reader on a page that carries only Spanish gets English, the last resort every entry carries.
    expect(JSON.parse(run('node', ['catalog.mjs']))).toEqual(['es', 'es', 'en']);
  });

  it('the express and hono entries work with neither React nor Hono installed, in both formats', () => {
    const use = (load: string) => `${load}
       const library = createContentLibrary({ defaultLocale: 'en', resources: ${content} });
       const headers = {};
       const req = { url: '/es/articles/a', method: 'GET', headers: { 'accept-language': 'fr' } };
       const res = { headersSent: false, statusCode: 200, locals: {}, getHeader: (n) => headers[n], setHeader: (n, v) => { headers[n] = v; }, end() {} };
       express.localizedContent(library)(req, res, () => {});
       const notice = req.localized.resolve('a').notice;
       let local;
       const c = { req: { raw: new Request('http://127.0.0.1/?lang=fr'), method: 'GET', path: '/' }, set: (_, v) => { local = v; }, res: new Response('') };
       hono.localizedContent(library, { pathSegment: false })(c, async () => { local.resolve('a'); }).then(() =>
         console.log(JSON.stringify([notice.locale, headers['Content-Language'], res.locals.localized === req.localized, c.res.headers.get('content-language'), c.res.headers.get('vary')])));`;
    writeFileSync(
      join(project, 'frameworks.mjs'),
      use(`import { createContentLibrary } from 'localized-content';
       import * as express from 'localized-content/express';
       import * as hono from 'localized-content/hono';`),
    );
    writeFileSync(
      join(project, 'frameworks.cjs'),
      use(`const { createContentLibrary } = require('localized-content');
       const express = require('localized-content/express');
       const hono = require('localized-content/hono');`),
    );
    const expected = ['es', 'en', true, 'en', null];
    expect(JSON.parse(run('node', ['frameworks.mjs']))).toEqual(expected);
    expect(JSON.parse(run('node', ['frameworks.cjs']))).toEqual(expected);
    expect(() => run('node', ['-e', "require('react')"])).toThrow();
  });

  it('i18next is a peer: the site’s own copy is the one the library uses, with the instance it passes in', () => {
    const installed = JSON.parse(readFileSync(join(project, 'node_modules/localized-content/package.json'), 'utf8')) as { dependencies?: Record<string, string>; peerDependencies?: Record<string, string> };
    expect(installed.peerDependencies?.i18next).toBeDefined();
    expect(installed.dependencies?.i18next).toBeUndefined();
    expect(existsSync(join(project, 'node_modules/localized-content/node_modules/i18next'))).toBe(false);
    writeFileSync(
      join(project, 'own-i18next.mjs'),
      `import { createRequire } from 'node:module';
       import i18next from 'i18next';
       import { createContentLibrary } from 'localized-content';
       const require = createRequire(import.meta.url);
       const fromLibrary = createRequire(require.resolve('localized-content')).resolve('i18next');
       const i18n = i18next.createInstance();
       await i18n.init({ resources: ${content}, lng: 'fr', initAsync: false });
       const library = createContentLibrary({ defaultLocale: 'en', i18n });
       console.log(JSON.stringify([fromLibrary === require.resolve('i18next'), library.i18n === i18n, library.resolve('a', 'es').notice.locale, i18n.language]));`,
    );
    expect(JSON.parse(run('node', ['own-i18next.mjs']))).toEqual([true, true, 'es', 'fr']);
  });

  it('TypeScript: createContentLibrary<Article>() types r.entry; resolve(id, 42) does not compile', () => {
    const library = `import { createContentLibrary } from 'localized-content';
       interface Article { readonly title: string; readonly date: string; readonly body: string }
       export const library = createContentLibrary<Article>({ defaultLocale: 'en', resources: { en: { articles: { a: { title: 'T', date: '2021-09-17', body: 'B' } } } } });`;
    writeFileSync(join(project, 'typed-library.ts'), library);
    writeFileSync(
      join(project, 'typed.ts'),
      `import { requestLanguage } from 'localized-content';
       import { library } from './typed-library.js';
       const r = library.resolve('a', requestLanguage(new Request('http://127.0.0.1/'), { locales: library.locales }));
       if (r !== null) {
         const t: string = r.entry.title;
         const bodyFrom: string = r.fieldLocales.body;
         console.log(t, bodyFrom);
       }`,
    );
    writeFileSync(join(project, 'wrong.ts'), `import { library } from './typed-library.js';\nlibrary.resolve('a', 42);\n`);
    const tsconfig = (file: string) =>
      JSON.stringify({
        compilerOptions: { strict: true, noEmit: true, target: 'es2022', lib: ['es2022', 'dom'], skipLibCheck: false, types: [], module: 'node16', moduleResolution: 'node16' },
        files: [file],
      });
    writeFileSync(join(project, 'tsconfig.typed.json'), tsconfig('typed.ts'));
    writeFileSync(join(project, 'tsconfig.wrong.json'), tsconfig('wrong.ts'));
    expect(() => run('npx', ['--no-install', 'tsc', '-p', 'tsconfig.typed.json'])).not.toThrow();
    let output = '';
    try {
      run('npx', ['--no-install', 'tsc', '-p', 'tsconfig.wrong.json']);
    } catch (error) {
      output = String((error as { stdout?: string }).stdout);
    }
    expect(output).toMatch(/wrong\.ts\(2,\d+\): error TS2345: Argument of type '(?:number|42)' is not assignable to parameter of type 'Requested'/);
  });

  it('compiles a CommonJS and an ES module consumer of every entry with skipLibCheck false', () => {
    const consumer = `import { ConfigError, createContentLibrary, type ParseMessage, type Resolution } from 'localized-content';
       import { loadResources, type Resources } from 'localized-content/node';
       import { parseMessage } from 'localized-content/parser';
       import es from 'localized-content/catalogs/es';
       import { localizedContent } from 'localized-content/express';
       const parse: ParseMessage = parseMessage;
       const library = createContentLibrary({ defaultLocale: 'en', resources: {}, catalogs: [es], parseMessage: parse });
       const r: Resolution | null = library.resolve('a', 'es');
       const loaded: Promise<Resources> = loadResources('content');
       const code: string | undefined = new ConfigError('INVALID_OPTION', 'x').code;
       export { code, loaded, r, localizedContent };`;
    writeFileSync(join(project, 'consumer.cts'), consumer);
    writeFileSync(join(project, 'consumer.mts'), consumer);
    writeFileSync(
      join(project, 'tsconfig.consumers.json'),
      JSON.stringify({
        compilerOptions: { strict: true, noEmit: true, target: 'es2022', lib: ['es2022', 'dom'], skipLibCheck: false, types: [], module: 'node16', moduleResolution: 'node16' },
        files: ['consumer.cts', 'consumer.mts'],
      }),
    );
    let output = '';
    try {
      run('npx', ['--no-install', 'tsc', '-p', 'tsconfig.consumers.json']);
    } catch (error) {
      output = String((error as { stdout?: string }).stdout);
    }
    expect(output).toBe('');
  });

  it('runs the bin', () => {
    expect(run('npx', ['--no-install', 'localized-content', '--help'])).toContain('resolve');
  });

  it.each(['node16', 'bundler'])('resolves its types with moduleResolution %s', (moduleResolution) => {
    writeFileSync(
      join(project, 'use.ts'),
      `import { createContentLibrary, type Resolution } from 'localized-content';
       import { loadResources } from 'localized-content/node';
       import es from 'localized-content/catalogs/es';
       import { localizedContent, type LocalizedRequest } from 'localized-content/express';
       const library = createContentLibrary({ defaultLocale: 'en', resources: {}, catalogs: [es] });
       const r: Resolution | null = library.resolve('a', 'es');
       const kind: 'unavailable' | 'partial' | 'outdated' | undefined = r?.notice?.kind;
       const middleware = localizedContent(library, { redirectRoot: true });
       const resolved: Resolution | null = ({} as LocalizedRequest).resolve('a');
       export { kind, loadResources, middleware, resolved };`,
    );
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true, noEmit: true, target: 'es2022', skipLibCheck: false, types: [],
          module: moduleResolution === 'node16' ? 'node16' : 'esnext', moduleResolution,
        },
        files: ['use.ts'],
      }),
    );
    expect(() => run('npx', ['--no-install', 'tsc', '-p', 'tsconfig.json'])).not.toThrow();
  });
});

describe('package lint on the packed tarball', () => {
  it('publint finds nothing', () => {
    expect(run('npx', ['--no-install', 'publint'], root)).toContain('All good');
  }, 60_000);

  it('are-the-types-wrong finds nothing for Node 16+ and bundlers', () => {
    // node10 resolution has no `exports` support; engines requires Node >= 20.19.
    expect(() => run('npx', ['--no-install', 'attw', '--pack', '.', '--profile', 'node16'], root)).not.toThrow();
  }, 60_000);
});
