/**
 * Plain messages (text and `{names}`) are filled in without intl-messageformat (src/notice/message.ts).
 * These tests hold that shortcut to intl-messageformat's own output: every built-in message it
 * handles, in every catalog and label style, and a table of argument values.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { parse } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { intlMessageFormat } from '../../src/notice/engine.js';
import { compileFormat, type CreateFormatEngine } from '../../src/notice/message.js';
import { languageLabel, LABEL_STYLES } from '../../src/notice/labels.js';

const generated = new URL('../../src/catalogs/generated/', import.meta.url);
const catalogs = await Promise.all(
  readdirSync(generated)
    .filter((file) => file.endsWith('.ts') && file !== 'locales.ts' && file !== 'own-names.ts')
    .map(async (file) => (await import(new URL(file, generated).href)).default as Record<string, unknown>),
);

const KEYS = ['unavailable', 'partial', 'outdated', 'outdatedUndated', 'outdatedSource', 'alsoAvailable', 'fallbackLabel'];
const viaIntl = (ast: MessageFormatElement[], locale: string, values: Record<string, unknown>) =>
  intlMessageFormat(ast, locale).formatToParts(values).map((part) => part.value);

/** An engine that must not be used: plain messages never reach intl-messageformat. */
const refuse: CreateFormatEngine = () => {
  throw new Error('intl-messageformat was asked to format a plain message');
};

describe('built-in messages filled in directly agree with intl-messageformat', () => {
  it('covers every catalog', () => expect(catalogs.length).toBe(46));

  it.each(catalogs.map((catalog) => catalog['@@locale'] as string))('%s: every message, in every label style', (locale) => {
    const catalog = catalogs.find((c) => c['@@locale'] === locale)!;
    for (const key of KEYS) {
      const ast = catalog[key] as MessageFormatElement[];
      const plain = ast.every((element) => element.type === 0 || element.type === 1);
      const compiled = compileFormat(ast, locale, plain ? refuse : intlMessageFormat);
      for (const style of LABEL_STYLES) {
        const label = (tag: string) => languageLabel(tag, locale, { style });
        const values = {
          requested: label('de'), served: label('en'), original: label('en'), language: label('ar'),
          requestedCode: 'de', servedCode: 'en', originalCode: 'en', languageCode: 'ar',
          languages: 'English, Deutsch', count: 2, sameLanguage: 'no',
          updated: new Date(Date.UTC(2021, 8, 17)), updatedDay: 17, updatedMonth: 9, updatedYear: 2021,
        };
        expect(compiled.parts(values), `${key}, ${style} labels`).toEqual(viaIntl(ast, locale, values));
      }
    }
  });
});

describe('argument values', () => {
  const ast = parse('a {x} b', { ignoreTag: true });
  const label = { text: 'Deutsch', lang: 'de', dir: 'ltr' };
  it.each([
    ['text', 'x'],
    ['empty text', ''],
    ['zero', 0],
    ['a number', 12.5],
    ['a bigint', 10n],
    ['null', null],
    ['an object (a label)', label],
  ])('%s', (_, value) => {
    const values = { x: value };
    expect(compileFormat(ast, 'en', refuse).parts(values)).toEqual(viaIntl(ast, 'en', values));
  });

  it('merges adjacent text, as intl-messageformat does', () => {
    const adjacent = parse('{a}{b} and {c}', { ignoreTag: true });
    const values = { a: 'x', b: 'y', c: label };
    expect(compileFormat(adjacent, 'en', refuse).parts(values)).toEqual(['xy and ', label]);
    expect(viaIntl(adjacent, 'en', values)).toEqual(['xy and ', label]);
  });
});

describe('messages that need locale data go to intl-messageformat', () => {
  it.each([
    ['plural', '{n, plural, one {# page} other {# pages}}', { n: 3 }, ['3 pages']],
    ['select', '{g, select, f {she} other {they}}', { g: 'f' }, ['she']],
    ['date', 'on {d, date, long}', { d: new Date(Date.UTC(2021, 8, 17)) }, ['on September 17, 2021']],
    ['number', '{n, number}', { n: 1234.5 }, ['1,234.5']],
  ])('%s', (_, message, values, expected) => {
    const used: string[] = [];
    const engine: CreateFormatEngine = (ast, locale) => {
      used.push(locale);
      return new IntlMessageFormat(ast, locale, undefined, { ignoreTag: true });
    };
    const compiled = compileFormat(parse(message, { ignoreTag: true }), 'en', engine);
    expect(compiled.parts(values)).toEqual(expected);
    expect(used).toEqual(['en']);
  });
});
