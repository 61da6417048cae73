/** A small site for notice tests: one English article, the reader languages given, one label style. */
import { createContentLibrary, type ContentLibraryOptions } from '../../src/index.node.js';
import type { LabelStyle } from '../../src/index.js';

const ARTICLE = { title: 'Article', body: '<p>Text.</p>' };

/** `en` holds `article`; every other locale listed has none, so its readers get `unavailable`. */
export function englishOnlySite(readers: readonly string[], labelStyle: LabelStyle = 'localized', extra: Partial<ContentLibraryOptions> = {}) {
  const resources: Record<string, Record<string, unknown>> = { en: { articles: { article: ARTICLE } } };
  for (const locale of readers) resources[locale] ??= { articles: {} };
  return createContentLibrary({ defaultLocale: 'en', resources, labelStyle, ...extra });
}
