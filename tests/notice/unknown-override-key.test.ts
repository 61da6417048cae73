/**
 * A site's notice override under a key that names no message (`"unavialable"`) is never used:
 * the library reports it once (`UNKNOWN_MESSAGE`), after each change of the resources, and `check`
 * reports it at the key with the nearest message's name; one function judges for both.
 * A key written twice in a notice file is an error at the second one, naming the first.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createContentLibrary, type Problem } from '../../src/index.node.js';
import { cli, copyTree, ROOT } from '../cli/run-cli.js';

const articles = { x: { title: 'X', body: '<p>X</p>' } };

// [key as written, what the report adds]
const KEYS: [string, string][] = [
  ['unavialable', 'did you mean "unavailable"?'],
  ['Partial', 'did you mean "partial"?'],
  ['outdatd', 'did you mean "outdated"?'],
  ['alsoavailable', 'did you mean "alsoAvailable"?'],
  ['notAvailable', 'the messages are unavailable, partial, outdated, outdatedUndated, outdatedSource, alsoAvailable, fallbackLabel'],
];

describe('the library reports an override key that names no message, once; check names the nearest', () => {
  it.each(KEYS)('%s', async (key, hint) => {
    const problems: Problem[] = [];
    const library = createContentLibrary({
      defaultLocale: 'en',
      resources: { en: { articles }, es: { notice: { [key]: 'No está en {requested}.', '@@locale': 'es', '@unavailable': 'a note' } } },
      onProblem: (p) => problems.push(p),
    });
    for (let i = 0; i < 3; i++) library.resolve('x', 'es');
    expect(problems.map((p) => [p.code, p.locale, p.key])).toEqual([['UNKNOWN_MESSAGE', 'es', key]]);
    expect(problems[0]!.message).toBe(`notice key "${key}" for es is no message and is never used (run check)`);
    const dir = copyTree(join(ROOT, 'examples/content/locales'));
    writeFileSync(join(dir, 'es/notice.json'), `{\n  "${key}": "No está en {requested}; está en {served}."\n}\n`);
    expect((await cli(['check', '--dir', dir])).stdout).toContain(`${join(dir, 'es/notice.json')}:2:3: error: "${key}" is not a notice message; ${hint} (notice-key)`);
  });

  it('known keys, settings and notes raise nothing', () => {
    const problems: Problem[] = [];
    createContentLibrary({
      defaultLocale: 'en',
      resources: { en: { articles }, es: { notice: { '@@locale': 'es', '@@x-grammar': 'a note', unavailable: 'No está en {requested}; está en {served}.', '@unavailable': 'a note' } } },
      onProblem: (p) => problems.push(p),
    }).resolve('x', 'es');
    expect(problems).toEqual([]);
  });

  it('reported again after the resources change, once', () => {
    const problems: Problem[] = [];
    const resources = { en: { articles }, es: { notice: { unavialable: 'x' } } };
    const library = createContentLibrary({ defaultLocale: 'en', resources, onProblem: (p) => problems.push(p) });
    library.resolve('x', 'es');
    library.i18n.addResource('es', 'notice', 'partiel', 'y');
    library.resolve('x', 'es');
    library.resolve('x', 'es');
    expect(problems.filter((p) => p.code === 'UNKNOWN_MESSAGE').map((p) => p.key)).toEqual(['unavialable', 'unavialable', 'partiel']);
  });
});

describe('check says the same, at the key; and a key written twice, at both places', () => {
  it('"unavialable" and "@@locale" twice in es/notice.json', async () => {
    const dir = copyTree(join(ROOT, 'examples/content/locales'));
    mkdirSync(join(dir, 'es'), { recursive: true });
    const file = join(dir, 'es/notice.json');
    writeFileSync(file, '{\n  "@@locale": "es",\n  "unavialable": "No está en {requested}; está en {served}.",\n  "@@locale": "es"\n}\n');
    const run = await cli(['check', '--dir', dir]);
    expect(run.stdout).toContain(`${file}:3:3: error: "unavialable" is not a notice message; did you mean "unavailable"? (notice-key)`);
    expect(run.stdout).toContain(`${file}:4:3: error: duplicate key "@@locale" (also at line 2, column 3); JSON keeps only the last one (duplicate-key)`);
    expect(run.code).toBe(1);
  });
});
