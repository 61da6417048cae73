/** Everything both package entries export besides `createContentLibrary`. */
export { negotiate, parseAcceptLanguage, type MatchKind, type Negotiation, type NegotiateOptions } from './negotiation/index.js';
export { ConfigError, FileError, LocalizedContentError, type ErrorCode } from './errors.js';
export type { ContentLibrary, EntryFields, FieldFormats, FieldLocales, ReaderInfo, Resolution, SwitcherItem } from './library/create-library.js';
export type { FieldFormat } from './content/field-formats.js';
export type { LanguageChoice, Requested } from './reader/requested.js';
export type { LoadResult } from './library/content-loader.js';
export type { ContentLibraryOptions, Resources } from './options.js';
export type { Alternate, EntryRecord, Version, VersionStatus } from './content/store.js';
export type { FormattedMessage, Notice, NoticeKind } from './notice/format.js';
export type { MessageElement, NoticeCatalog, NoticeKey, ParseMessage } from './notice/catalogs.js';
export type { LabelStyle } from './notice/labels.js';
export type { Direction } from './locale/direction.js';
export type { Problem, ProblemCode } from './problems.js';
export { sourceHash } from './content/freshness.js';
export type { EntryData } from './content/fields.js';
export * from './web/index.js';
export * from './format/index.js';
