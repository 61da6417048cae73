/**
 * The built-in notice catalogs (`locales/<locale>/notice.json`) checked as data: one named test per
 * locale for the file's shape and ICU syntax, and one that formats every message with sample labels.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { NOTICE_ARGUMENTS } from '../../src/notice/catalogs.js';
import { utcFormatters } from '../../src/notice/engine.js';

const LOCALES_DIR = fileURLToPath(new URL('../../locales/', import.meta.url));

const EXPECTED_LOCALES = [
  'ar', 'zh', 'en', 'fr', 'ru', 'es', 'bg', 'hr', 'cs', 'da', 'nl', 'et', 'fi', 'de', 'el', 'hu',
  'ga', 'it', 'lv', 'lt', 'mt', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv', 'ja', 'ko', 'tr', 'fa', 'he',
  'hi', 'id', 'ms', 'th', 'vi', 'uk', 'bn', 'ur', 'sw', 'ca', 'nb', 'sr', 'zh-Hant', 'pt-PT',
];

const KEYS = ['unavailable', 'partial', 'outdated', 'outdatedUndated', 'outdatedSource', 'alsoAvailable', 'fallbackLabel'] as const;
type Key = (typeof KEYS)[number];

type Catalog = Record<string, unknown>;
interface Meta {
  description?: unknown;
  placeholders?: Record<string, { description?: unknown; type?: unknown }>;
}

/** Folders of `locales/` that hold a notice catalog. */
const catalogFolders = readdirSync(LOCALES_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(LOCALES_DIR, entry.name, 'notice.json')))
  .map((entry) => entry.name)
  .sort();

function readCatalog(locale: string): Catalog {
  return JSON.parse(readFileSync(join(LOCALES_DIR, locale, 'notice.json'), 'utf8')) as Catalog;
}

/** Every argument element, through nested select/plural options and tag children. */
function argumentElements(elements: readonly MessageFormatElement[], into: MessageFormatElement[] = []): MessageFormatElement[] {
  for (const element of elements) {
    switch (element.type) {
      case TYPE.literal:
      case TYPE.pound:
        break;
      case TYPE.tag:
        argumentElements(element.children, into);
        break;
      case TYPE.select:
      case TYPE.plural:
        into.push(element);
        for (const option of Object.values(element.options)) argumentElements(option.value, into);
        break;
      default:
        into.push(element);
    }
  }
  return into;
}

/** The first element of a message, or of each branch of a plural or select it starts with. */
function leadingElements(ast: readonly MessageFormatElement[]): (MessageFormatElement | undefined)[] {
  const first = ast[0];
  if (first !== undefined && (first.type === TYPE.plural || first.type === TYPE.select)) {
    return Object.values(first.options).flatMap((option) => leadingElements(option.value));
  }
  return [first];
}

const argumentNames = (message: string) =>
  new Set(argumentElements(parse(message)).map((element) => String((element as { value: unknown }).value)));

const sorted = (names: Set<string>) => [...names].sort();

const english = readCatalog('en');
const englishArguments = Object.fromEntries(KEYS.map((key) => [key, argumentNames(english[key] as string)])) as Record<
  Key,
  Set<string>
>;

describe('built-in notice catalogs', () => {
  it('exist for exactly the expected locales', () => {
    expect(catalogFolders).toEqual([...EXPECTED_LOCALES].sort());
  });

  it('English declares the reference arguments', () => {
    expect(sorted(englishArguments.unavailable)).toEqual(['requested', 'served']);
    expect(sorted(englishArguments.partial)).toEqual(['requested', 'served']);
    expect(sorted(englishArguments.outdated)).toEqual(['original', 'updated']);
    expect(sorted(englishArguments.outdatedUndated)).toEqual(['original']);
    expect(sorted(englishArguments.outdatedSource)).toEqual(['original', 'requested']);
    expect(sorted(englishArguments.alsoAvailable)).toEqual(['languages']);
    expect(sorted(englishArguments.fallbackLabel)).toEqual(['language']);
  });

  describe.each(EXPECTED_LOCALES)('%s', (locale) => {
    it('is a well-formed catalog', () => {
      const path = join(LOCALES_DIR, locale, 'notice.json');
      expect(existsSync(path), `${path} exists`).toBe(true);
      const text = readFileSync(path, 'utf8');
      let catalog: Catalog = {};
      expect(() => (catalog = JSON.parse(text) as Catalog), 'valid JSON').not.toThrow();

      expect(catalog['@@locale']).toBe(locale);
      expect(typeof catalog['@@x-grammar']).toBe('string');
      expect((catalog['@@x-grammar'] as string).trim()).not.toBe('');

      for (const key of KEYS) {
        const message = catalog[key];
        expect(typeof message, `${locale}.${key} is a string`).toBe('string');
        let ast: MessageFormatElement[] = [];
        expect(() => (ast = parse(message as string)), `${locale}.${key} parses`).not.toThrow();

        // English's arguments, and only arguments the library provides (NOTICE_ARGUMENTS: a plural
        // on {count}, a select on {sameLanguage}, a date's parts).
        const used = argumentNames(message as string);
        for (const name of englishArguments[key]) expect(used, `${locale}.${key} uses {${name}}`).toContain(name);
        for (const name of used) expect(NOTICE_ARGUMENTS[key], `${locale}.${key}: {${name}} is provided`).toContain(name);

        // A message never starts with a placeholder (localized labels are often lowercase): each
        // branch of a leading plural or select starts with text.
        for (const first of leadingElements(ast)) {
          expect(first?.type, `${locale}.${key} starts with text`).toBe(TYPE.literal);
          expect((first as { value: string }).value.trim(), `${locale}.${key} starts with text`).not.toBe('');
        }

        // Translator notes: a description, and one per placeholder the message uses.
        const meta = catalog[`@${key}`] as Meta | undefined;
        expect(meta, `@${key} exists`).toBeTypeOf('object');
        expect(typeof meta?.description).toBe('string');
        expect((meta?.description as string).trim(), `@${key}.description`).not.toBe('');
        for (const name of argumentNames(message as string)) {
          const placeholder = meta?.placeholders?.[name];
          expect(typeof placeholder?.description, `@${key}.placeholders.${name}.description`).toBe('string');
          expect((placeholder?.description as string).trim()).not.toBe('');
        }
      }

      // `updated` is always a date argument (a named style or a skeleton).
      const updated = argumentElements(parse(catalog.outdated as string)).filter(
        (element) => (element as { value: unknown }).value === 'updated',
      );
      expect(updated.length).toBeGreaterThan(0);
      for (const element of updated) expect(element.type, `${locale}.outdated: {updated, date, …}`).toBe(TYPE.date);
      expect((catalog['@outdated'] as Meta).placeholders?.updated?.type).toBe('date');
    });

    it('formats every message with sample labels', () => {
      const catalog = readCatalog(locale);
      const names = new Intl.DisplayNames([locale], { type: 'language' });
      const english = names.of('en') as string;
      const own = names.of(locale) as string;
      const date = new Date(Date.UTC(2021, 8, 17));
      // As the library formats dates: in UTC, so the day does not depend on the machine's time zone.
      const formats = { date: { long: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' } } } as const;
      const longDate = new IntlMessageFormat('{d, date, long}', locale, formats).format({ d: date }) as string;
      // A catalog that writes its own date (vi "ngày 17 tháng 9 năm 2021") still names the year.
      const year = new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' }).format(date).replace(/\D*$/, '');
      const languages = new Intl.ListFormat(locale, { type: 'conjunction' }).format([english, own]);
      const values = {
        requested: own, served: english, original: english, updated: date, languages, language: english,
        count: 2, sameLanguage: 'no', updatedDay: 17, updatedMonth: 9, updatedYear: 2021,
      };
      const expected: Record<Key, string[]> = {
        unavailable: [own, english],
        partial: [own, english],
        outdated: [english, locale === 'vi' ? year : longDate],
        outdatedUndated: [english],
        outdatedSource: [own, english],
        alsoAvailable: [languages],
        fallbackLabel: [english],
      };

      for (const key of KEYS) {
        const output = new IntlMessageFormat(catalog[key] as string, locale, formats, { formatters: utcFormatters }).format(values);
        expect(typeof output, `${locale}.${key}`).toBe('string');
        for (const inserted of expected[key]) expect(output, `${locale}.${key} contains ${inserted}`).toContain(inserted);
        expect(output, `${locale}.${key} has no leftover braces`).not.toMatch(/[{}]/);
        expect(output).not.toContain('undefined');
        // A date that ends in an abbreviation or ordinal dot (ru "г.", hr "2021.") must not meet a full stop.
        expect(output, `${locale}.${key} has no doubled full stop`).not.toMatch(/\.\s*\./);
      }
    });
  });
});
