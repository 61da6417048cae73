/**
 * The example site's own interface text ("chrome") in its six languages. The notices come from the
 * library's catalogs; these strings are the site's. `{date}` is replaced by a formatted date.
 */
export const CHROME = {
  en: {
    siteName: 'Customs and Trade Newsroom',
    latest: 'Latest articles',
    published: 'Published on {date}',
    languages: 'Languages',
    availableIn: 'Available in:',
    allArticles: 'All articles',
    notFound: 'Page not found',
    notFoundText: 'Nothing is published at this address. The list of articles may help.',
  },
  fr: {
    siteName: 'Actualités des douanes et du commerce',
    latest: 'Derniers articles',
    published: 'Publié le {date}',
    languages: 'Langues',
    availableIn: 'Langues disponibles\u00a0:',
    allArticles: 'Tous les articles',
    notFound: 'Page introuvable',
    notFoundText: 'Rien n’est publié à cette adresse. La liste des articles peut vous aider.',
  },
  es: {
    siteName: 'Noticias de aduanas y comercio',
    latest: 'Últimos artículos',
    published: 'Publicado el {date}',
    languages: 'Idiomas',
    availableIn: 'Idiomas disponibles:',
    allArticles: 'Todos los artículos',
    notFound: 'Página no encontrada',
    notFoundText: 'No hay nada publicado en esta dirección. La lista de artículos puede servirle de ayuda.',
  },
  ru: {
    siteName: 'Новости таможни и торговли',
    latest: 'Последние статьи',
    published: 'Опубликовано {date}',
    languages: 'Языки',
    availableIn: 'Доступные языки:',
    allArticles: 'Все статьи',
    notFound: 'Страница не найдена',
    notFoundText: 'По этому адресу ничего не опубликовано. Воспользуйтесь списком статей.',
  },
  ar: {
    siteName: 'أخبار الجمارك والتجارة',
    latest: 'أحدث المقالات',
    published: 'نُشر في {date}',
    languages: 'اللغات',
    availableIn: 'اللغات المتاحة:',
    allArticles: 'جميع المقالات',
    notFound: 'الصفحة غير موجودة',
    notFoundText: 'لا يوجد شيء منشور على هذا العنوان. يمكنك الرجوع إلى قائمة المقالات.',
  },
  zh: {
    siteName: '海关与贸易新闻',
    latest: '最新文章',
    published: '发布于{date}',
    languages: '语言',
    availableIn: '可用语言：',
    allArticles: '全部文章',
    notFound: '找不到页面',
    notFoundText: '此地址没有发布任何内容。请查看文章列表。',
  },
};

/** The chrome of a site language (English for any other). */
export function chromeFor(locale) {
  return Object.hasOwn(CHROME, locale) ? CHROME[locale] : CHROME.en;
}
