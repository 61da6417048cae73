/**
 * The core as the entries on top of it see it (`localized-content/node`, the CLI, the framework
 * entries): the public API of src/index.node.ts, plus the building blocks the translators' tools
 * share with the library. Their build imports it as the package itself (tsup.config.ts), and it is
 * what the Node entry is built from (`dist/index.node.js`, which shares its chunk of the core with
 * the bundle entry), so that a process that loads several entries holds one copy of the core: one
 * set of caches, and error classes for which `instanceof` holds across entries. In a bundle, the package is the bundle entry, which carries
 * the public API only: the framework entries use nothing else.
 *
 * The extra names are not part of the public API: the published types are those of
 * src/index.node.ts, and the names may change in any release.
 */
export * from './index.node.js';
export { canonicalizeTag, languageSubtag, scriptKey } from './negotiation/index.js';
export { buildRecord } from './content/store.js';
export { isUnknownEntry } from './content/unknown-entry.js';
export { fieldKind, isMetaKey, isPlainObject, isTextValue, META_KEY, textFieldNames, type EntryData } from './content/fields.js';
export { readEntryMeta } from './content/read-entry-meta.js';
export { isoDateShape, readIsoDate } from './format/read-iso-date.js';
export { NOTICE_ARGUMENTS, NOTICE_KEYS } from './notice/catalogs.js';
export { readCatalogSetting } from './notice/catalog-settings.js';
export { validateMessage } from './notice/validate-message.js';
export { intlMessageFormat } from './notice/engine.js';
export { walkArguments, type ArgumentKind } from './notice/message-tree.js';
export { builtinCatalogText } from './platform/builtin-catalogs.js';
export { isFieldFormat } from './content/field-formats.js';
export { changedFields, fieldHashes, freshnessOf, stampedFieldHashes } from './content/freshness.js';
export { directionOf } from './locale/direction.js';
export { escapeHtml } from './notice/html.js';
export { autonym } from './locale/names.js';
export { missingNamespace } from './content/missing-namespace.js';
export { matchDefaultLocale } from './content/match-default-locale.js';
export { editDistance } from './text/edit-distance.js';
export { isUnknownNoticeKey } from './notice/unknown-notice-key.js';
export { BUILTIN_LOCALES } from './catalogs/generated/locales.js';
