/**
 * A catalog's `@@` settings are read by one function (src/notice/catalog-settings.ts) in the library
 * and in `check`: a wrong part is reported (at run time once, in `check` with its position) and left
 * out, and the valid parts are used.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createContentLibrary, type Problem } from '../../src/index.node.js';
import { readCatalogSetting } from '../../src/notice/catalog-settings.js';
import { checkTree } from '../../src/tools/check/check-tree.js';

describe('readCatalogSetting(key, value)', () => {
  it.each([
    ['@@names', { fr: 'francés', en: 'inglés' }, [['fr', 'francés'], ['en', 'inglés']], []],
    ['@@names', { fr: 'francés', en: 5 }, [['fr', 'francés']], ['gives "en" a name that is not text']],
    ['@@names', { 'not a tag': 'x', de: ' ' }, undefined, ['names "not a tag", which is not a language tag', 'gives "de" a name that is not text']],
    // Keys in canonical form, the form labels are looked up by.
    ['@@names', { 'zh-hant': 'chino de Taiwán', en_US: 'inglés de EE. UU.', 'PT-br': 'portugués de Brasil' }, [['zh-Hant', 'chino de Taiwán'], ['en-US', 'inglés de EE. UU.'], ['pt-BR', 'portugués de Brasil']], []],
    ['@@names', { 'zh-Hant': 'chino T', 'zh-hant': 'chino t' }, [['zh-Hant', 'chino T']], ['names zh-Hant twice ("zh-hant" is the same tag)']],
    ['@@names', ['fr', 'francés'], undefined, ['must be an object of language tags and names; got an array']],
    ['@@names', 'francés', undefined, ['must be an object of language tags and names; got a string']],
    ['@@listPatterns', { pair: '{0} y {1}' }, { pair: '{0} y {1}' }, []],
    ['@@listPatterns', { pair: 3, end: '{0} y {1}', last: '{0}, {1}' }, { end: '{0} y {1}' }, ['"pair" must be "{0}", a joining text, then "{1}"', 'has "last"; the patterns are pair, start, middle, end']],
    ['@@listPatterns', 42, undefined, ['must be an object with some of pair, start, middle, end; got a number']],
    ['@@labelSeparator', ' : ', ' : ', []],
    ['@@labelSeparator', ['-'], undefined, ['must be text; got an array']],
    ['@@labelSeparator', { text: '-' }, undefined, ['must be text; got an object']],
    ['@@names', new Map([['fr', 'francés']]), undefined, ['must be an object of language tags and names; got an object']],
    ['@@namesInSentence', 'lowercase', true, []],
    ['@@namesInSentence', true, undefined, ['may only be "lowercase"']],
    ['@@x-grammar', [1, 2], undefined, []], // a note: not read
    ['toString', 'x', undefined, []],
  ] as const)('readCatalogSetting(%j, %j) → %j, problems %j', (key, value, expected, problems) => {
    const read = readCatalogSetting(key, value);
    expect(read.value instanceof Map ? [...read.value] : read.value).toEqual(expected);
    expect(read.problems).toEqual(problems);
  });
});

const article = (title: string) => ({ title, body: `<p>${title}</p>` });
const content = {
  en: { articles: { a: article('A'), b: article('B') } },
  fr: { articles: { b: article('B fr') } },
  de: { articles: { b: article('B de') } },
};

function library(notice: Record<string, unknown>, problems: Problem[] = []) {
  return createContentLibrary({ defaultLocale: 'en', resources: { ...content, es: { notice } }, locales: ['en', 'es', 'fr', 'de'], onProblem: (p) => problems.push(p) });
}

describe("wrong-typed settings in a site's notice namespace", () => {
  it.each([
    ['@@names', ['francés'], '@@names" for es must be an object of language tags and names; got an array; the built-in one is used'],
    ['@@names', 7, '@@names" for es must be an object of language tags and names; got a number'],
    ['@@listPatterns', 'y', '@@listPatterns" for es must be an object with some of pair, start, middle, end; got a string'],
    ['@@listPatterns', ['{0} y {1}'], '@@listPatterns" for es must be an object'],
    ['@@labelSeparator', 3, '@@labelSeparator" for es must be text; got a number'],
    ['@@namesInSentence', ['lowercase'], '@@namesInSentence" for es may only be "lowercase"'],
  ])('"%s": %j is reported once (INVALID_MESSAGE) and the built-in setting is used', (key, value, message) => {
    const problems: Problem[] = [];
    const site = library({ [key]: value }, problems);
    const plain = library({});
    for (let i = 0; i < 3; i++) {
      expect(site.alsoAvailable('b', 'es')).toEqual(plain.alsoAvailable('b', 'es'));
      expect(site.resolve('a', 'es')?.notice).toEqual(plain.resolve('a', 'es')?.notice);
      expect(site.switcher('a', 'es')).toEqual(plain.switcher('a', 'es'));
    }
    expect(problems.map((p) => [p.code, p.locale, p.key])).toEqual([['INVALID_MESSAGE', 'es', key]]);
    expect(problems[0]!.message).toContain(message);
  });

  it('the valid parts are used: a name that is text, a pattern of the right shape', () => {
    const problems: Problem[] = [];
    const site = library({ '@@names': { fr: 'francés de Francia', de: 5 }, '@@listPatterns': { end: 3, pair: '{0} e incluso {1}' } }, problems);
    expect(site.alsoAvailable('b', 'es')?.text).toContain('francés de Francia e incluso alemán');
    expect(problems.map((p) => [p.code, p.key]).sort()).toEqual([['INVALID_MESSAGE', '@@listPatterns'], ['INVALID_MESSAGE', '@@names']]);
  });
});

describe("a site's @@names with region and script keys", () => {
  const regional = {
    en: { articles: { a: article('A'), b: article('B') } },
    'zh-Hant': { articles: { b: article('B zh') } },
    'pt-BR': { articles: { b: article('B pt') } },
    'en-US': { articles: { b: article('B us') } },
    'qaa-BR': { articles: { b: article('B qaa') } },
  };
  const locales = ['en', 'es', 'zh-Hant', 'pt-BR', 'en-US', 'qaa-BR'];
  it.each<[Record<string, string>, string]>([
    // The full canonical tag first, whatever the case or separator the site wrote.
    [{ 'zh-Hant': 'chino de Taiwán', 'pt-BR': 'brasileño', 'en-US': 'estadounidense' }, 'chino de Taiwán, brasileño, estadounidense y qaa (Brasil)'],
    [{ 'zh-hant': 'chino de Taiwán', pt_br: 'brasileño', en_US: 'estadounidense' }, 'chino de Taiwán, brasileño, estadounidense y qaa (Brasil)'],
    // Then the language, where CLDR has no name for it; CLDR's regional names stay otherwise.
    [{ qaa: 'lengua de la casa', pt: 'luso' }, 'chino tradicional, portugués de Brasil, inglés estadounidense y lengua de la casa'],
  ])('es @@names %j → "%s"', (names, list) => {
    const problems: Problem[] = [];
    const site = createContentLibrary({ defaultLocale: 'en', resources: { ...regional, es: { notice: { '@@names': names } } }, locales, onProblem: (p) => problems.push(p) });
    const text = site.alsoAvailable('b', 'es')?.text ?? '';
    expect(text.slice(text.indexOf(': ') + 2, -1)).toBe(list);
    expect(problems.filter((p) => p.code === 'INVALID_MESSAGE')).toEqual([]);
  });
});

describe('check reports a wrong-typed setting at its position, as the library does', () => {
  it.each([
    ['"@@names": ["francés"]', '"@@names" must be an object of language tags and names; got an array'],
    ['"@@listPatterns": { "pair": 3 }', '"@@listPatterns" "pair" must be "{0}", a joining text, then "{1}"'],
    ['"@@labelSeparator": 3', '"@@labelSeparator" must be text; got a number'],
  ])('es/notice.json with %s', async (line, message) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lc-settings-'));
    mkdirSync(path.join(dir, 'en'));
    mkdirSync(path.join(dir, 'es'));
    writeFileSync(path.join(dir, 'en', 'articles.json'), JSON.stringify(content.en.articles));
    writeFileSync(path.join(dir, 'es', 'notice.json'), `{\n  "@@locale": "es",\n  ${line}\n}\n`);
    const { problems } = await checkTree(dir);
    const column = 3 + line.indexOf(':') + 2;
    expect(problems.filter((p) => p.rule === 'notice-setting').map((p) => [p.line, p.column, p.severity, p.message])).toEqual([[3, column, 'error', message]]);
  });
});
