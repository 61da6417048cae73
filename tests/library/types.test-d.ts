import { describe, expectTypeOf, it } from 'vitest';
import { createContentLibrary as createBundleLibrary } from '../../src/index.js';
import {
  createContentLibrary,
  negotiate,
  requestLanguage,
  toDate,
  type ContentLibrary,
  type FileError,
  type EntryRecord,
  type FieldFormat,
  type FieldFormats,
  type FieldLocales,
  type Negotiation,
  type NegotiateOptions,
  type ParseMessage,
  type ReaderInfo,
  type Requested,
  type Resolution,
  type VersionStatus,
} from '../../src/index.node.js';
import type { CoverageRow } from '../../src/node/index.js';

interface Article {
  readonly title: string;
  readonly date: string;
  readonly body: string;
}

const resources = { en: { articles: { a: { title: 'T', date: '2024-01-01', body: 'B' } } } };

describe('createContentLibrary<Entry>', () => {
  it('types r.entry and r.fieldLocales with Entry, in both entries', () => {
    const node = createContentLibrary<Article>({ defaultLocale: 'en', resources });
    const bundle = createBundleLibrary<Article>({ defaultLocale: 'en', resources });
    expectTypeOf(node).toEqualTypeOf<ContentLibrary<Article>>();
    expectTypeOf(bundle).toEqualTypeOf<ContentLibrary<Article>>();
    const r = node.resolve('a', 'es');
    expectTypeOf(r).toEqualTypeOf<Resolution<Article> | null>();
    expectTypeOf(r!.entry.title).toEqualTypeOf<string>();
    expectTypeOf(r!.fieldLocales).toEqualTypeOf<FieldLocales<Article>>();
    expectTypeOf(r!.fieldLocales.body).toEqualTypeOf<string>();
    expectTypeOf(r!.fieldFormats).toEqualTypeOf<FieldFormats<Article>>();
    expectTypeOf(r!.fieldFormats.body).toEqualTypeOf<FieldFormat | undefined>();
    expectTypeOf<FieldFormat>().toEqualTypeOf<'markdown'>();
    expectTypeOf(bundle.resolve('a')!.entry).toEqualTypeOf<Article>();
  });

  it('without a type argument, entries are records of unknown values', () => {
    const library = createContentLibrary({ defaultLocale: 'en', resources });
    expectTypeOf(library.resolve('a')!.entry).toEqualTypeOf<Readonly<Record<string, unknown>>>();
  });
});

describe('what the methods take', () => {
  const library = createContentLibrary<Article>({ defaultLocale: 'en', resources });
  const lang = requestLanguage(new Request('http://127.0.0.1/'), { locales: library.locales });

  it('accept a tag, a list, a header, nothing, or requestLanguage’s result', () => {
    expectTypeOf(library.resolve).toBeCallableWith('a', 'es');
    expectTypeOf(library.resolve).toBeCallableWith('a', ['es-MX', 'en']);
    expectTypeOf(library.resolve).toBeCallableWith('a', 'es-MX,es;q=0.9');
    expectTypeOf(library.resolve).toBeCallableWith('a');
    expectTypeOf(library.resolve).toBeCallableWith('a', null);
    expectTypeOf(library.resolve).toBeCallableWith('a', lang);
    expectTypeOf(library.reader).toBeCallableWith(lang);
    expectTypeOf(library.switcher).toBeCallableWith('a', lang);
    expectTypeOf(library.alsoAvailable).toBeCallableWith('a', lang);
    expectTypeOf(lang).toExtend<Requested>();
  });

  it('reject what the run time would ignore', () => {
    // @ts-expect-error a number is no language
    library.resolve('a', 42);
    // @ts-expect-error an id is a string
    library.resolve(42, 'es');
    // @ts-expect-error an object without `requested`
    library.reader({ locale: 'es' });
    // @ts-expect-error a number is no language
    library.switcher('a', 7);
  });
});

describe('absent is null; one name per status; every type in a signature is exported', () => {
  const library = createContentLibrary({ defaultLocale: 'en', resources });
  it('null, never undefined, for what is absent', () => {
    expectTypeOf(library.entry('a')).toEqualTypeOf<EntryRecord | null>();
    expectTypeOf<ReaderInfo['noticeLocale']>().toEqualTypeOf<string | null>();
    expectTypeOf<EntryRecord['updated']>().toEqualTypeOf<string | null>();
    expectTypeOf(requestLanguage(new Request('http://127.0.0.1/'), { locales: [] }).pathLocale).toEqualTypeOf<string | null>();
    expectTypeOf<Resolution['requested']>().toEqualTypeOf<string | null>();
    expectTypeOf<FileError['line']>().toEqualTypeOf<number | null>();
    expectTypeOf<FileError['column']>().toEqualTypeOf<number | null>();
    expectTypeOf(toDate('x')).toEqualTypeOf<Date | null>();
    expectTypeOf<CoverageRow['title']>().toEqualTypeOf<string | null>();
  });

  it('VersionStatus uses the names of status --json', () => {
    expectTypeOf<VersionStatus>().toEqualTypeOf<'source' | 'translated' | 'partial' | 'outdated'>();
  });

  it('negotiate and parseMessage have exported types', () => {
    expectTypeOf(negotiate).parameter(2).toEqualTypeOf<NegotiateOptions | undefined>();
    expectTypeOf(negotiate).returns.toEqualTypeOf<Negotiation>();
    expectTypeOf<ParseMessage>().toBeFunction();
  });
});
