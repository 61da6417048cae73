/**
 * Types of what the library's methods give back (vitest's typecheck, `npm test`): resolve,
 * switcher and reader results, requestLanguage's object, and errors with their codes.
 */
import { describe, expectTypeOf, it } from 'vitest';
import {
  ConfigError,
  createContentLibrary,
  FileError,
  LocalizedContentError,
  requestLanguage,
  type Alternate,
  type Direction,
  type ErrorCode,
  type FormattedMessage,
  type LanguageChoice,
  type MatchKind,
  type Notice,
  type NoticeKind,
  type Problem,
  type ReaderInfo,
  type SwitcherItem,
} from '../../src/index.node.js';

const library = createContentLibrary<{ title: string }>({ defaultLocale: 'en', resources: { en: { articles: { a: { title: 'T' } } } } });

describe('resolve', () => {
  it('answers a Resolution whose parts have their own exported types', () => {
    const r = library.resolve('a', 'es')!;
    expectTypeOf(r.locale).toEqualTypeOf<string>();
    expectTypeOf(r.match).toEqualTypeOf<MatchKind>();
    expectTypeOf(r.dir).toEqualTypeOf<Direction>();
    expectTypeOf(r.dir).toEqualTypeOf<'ltr' | 'rtl'>();
    expectTypeOf(r.notice).toEqualTypeOf<Notice | null>();
    expectTypeOf(r.notice!.kind).toEqualTypeOf<NoticeKind>();
    expectTypeOf(r.notice!.text).toEqualTypeOf<string>();
    expectTypeOf(r.alternates).toEqualTypeOf<readonly Alternate[]>();
  });
});

describe('switcher and reader', () => {
  it('switcher gives items or null for an unknown entry', () => {
    expectTypeOf(library.switcher('a')).toEqualTypeOf<SwitcherItem[] | null>();
    expectTypeOf<SwitcherItem['current']>().toEqualTypeOf<boolean>();
    expectTypeOf<SwitcherItem['note']>().toEqualTypeOf<FormattedMessage | null>();
  });

  it('reader gives who the reader is', () => {
    const reader = library.reader('fr');
    expectTypeOf(reader).toEqualTypeOf<ReaderInfo>();
    expectTypeOf(reader.uiLocale).toEqualTypeOf<string>();
    expectTypeOf(reader.requested).toEqualTypeOf<string | null>();
  });

  it('alsoAvailable, locales, problems', () => {
    expectTypeOf(library.alsoAvailable('a')).toEqualTypeOf<FormattedMessage | null>();
    expectTypeOf(library.locales()).toEqualTypeOf<readonly string[]>();
    expectTypeOf(library.problems()).toEqualTypeOf<readonly Problem[]>();
  });
});

describe('requestLanguage', () => {
  it('gives the object resolve takes, with where the choice came from', () => {
    const lang = requestLanguage(new Request('http://127.0.0.1/es/a'), { locales: library.locales });
    expectTypeOf(lang.requested).toEqualTypeOf<readonly string[]>();
    expectTypeOf(lang.source).toEqualTypeOf<'path' | 'query' | 'cookie' | 'header' | 'default'>();
    expectTypeOf(lang).toExtend<LanguageChoice>();
    expectTypeOf(requestLanguage).toBeCallableWith({ url: '/es/a', headers: { 'accept-language': 'es' } }, { locales: ['en', 'es'], pathSegment: false });
  });
});

describe('errors', () => {
  it('are classes with a code callers can switch on', () => {
    expectTypeOf<ConfigError>().toExtend<LocalizedContentError>();
    expectTypeOf<FileError>().toExtend<LocalizedContentError>();
    expectTypeOf<LocalizedContentError>().toExtend<Error>();
    expectTypeOf<LocalizedContentError['code']>().toEqualTypeOf<ErrorCode>();
    expectTypeOf<'FILE_NOT_FOUND'>().toExtend<ErrorCode>();
    expectTypeOf<'NO_SUCH_CODE'>().not.toExtend<ErrorCode>();
    expectTypeOf<FileError['file']>().toEqualTypeOf<string>();
    expectTypeOf<FileError['reason']>().toEqualTypeOf<string>();
  });

  it('narrow with instanceof', () => {
    const error: unknown = new Error('x');
    if (error instanceof FileError) expectTypeOf(error.line).toEqualTypeOf<number | null>();
  });
});
