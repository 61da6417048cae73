/**
 * The site's content library, made once per server process from the example content (the same
 * files as examples/site). JSON imports put the content in the server bundle, so the pages need no
 * file system at run time.
 */
import { createContentLibrary } from 'localized-content';
import ar from '../../content/locales/ar/articles.json';
import en from '../../content/locales/en/articles.json';
import es from '../../content/locales/es/articles.json';
import fr from '../../content/locales/fr/articles.json';
import ru from '../../content/locales/ru/articles.json';
import zh from '../../content/locales/zh/articles.json';

export const library = createContentLibrary({
  defaultLocale: 'en',
  locales: ['en', 'fr', 'es', 'ru', 'ar', 'zh'],
  resources: { en: { articles: en }, fr: { articles: fr }, es: { articles: es }, ru: { articles: ru }, ar: { articles: ar }, zh: { articles: zh } },
});

/** An article's URL; hreflang and canonical links are made absolute by the layout's `metadataBase`. */
export const ARTICLE_URL = '/{locale}/articles/{id}';
