// The baseline: what a competent developer writes by hand with the same packages, no caches.
// Per request: negotiator parses Accept-Language, @formatjs/intl-localematcher picks (best fit) the
// reader's site language and the entry's best locale, i18next holds the content, and the notice is a
// fresh IntlMessageFormat filled with Intl.DisplayNames labels. Malformed tags make formatjs throw,
// so they are filtered first, as anyone who has seen it throw would do.
import { readFileSync } from 'node:fs';
import i18next from 'i18next';
import Negotiator from 'negotiator';
import { match } from '@formatjs/intl-localematcher';
import { IntlMessageFormat } from 'intl-messageformat';

function validTags(tags) {
  const out = [];
  for (const tag of tags) {
    try {
      out.push(Intl.getCanonicalLocales(tag)[0]);
    } catch {
      // '*', 'en_US' and friends: skipped
    }
  }
  return out;
}

const language = (tag) => tag.split('-')[0];

export function createBaseline({ resources, locales, defaultLocale, catalogsDir }) {
  const i18n = i18next.createInstance();
  i18n.init({ resources, initAsync: false, fallbackLng: false, ns: ['articles'], defaultNS: 'articles' });
  const data = i18n.store.data;
  const catalogs = {};
  for (const locale of locales) {
    try {
      catalogs[locale] = JSON.parse(readFileSync(new URL(`${locale}/notice.json`, catalogsDir), 'utf8'));
    } catch {
      // no catalog for this language: notices fall back to English
    }
  }

  return function resolve(id, header) {
    const prefs = validTags(new Negotiator({ headers: { 'accept-language': header } }).languages());
    // The store's data directly: getResource per locale would cost more than everything else.
    const available = locales.filter((locale) => data[locale]?.articles?.[id] !== undefined);
    if (available.length === 0) return null;
    const uiLocale = prefs.length ? match(prefs, locales, defaultLocale, { algorithm: 'best fit' }) : defaultLocale;
    const locale = match(prefs.length ? prefs : [uiLocale], available, available[0], { algorithm: 'best fit' });
    const entry = i18n.getResource(locale, 'articles', id);
    let notice = null;
    if (language(locale) !== language(uiLocale)) {
      const noticeLocale = catalogs[uiLocale] ? uiLocale : 'en';
      const names = new Intl.DisplayNames([noticeLocale], { type: 'language' });
      const message = new IntlMessageFormat(catalogs[noticeLocale].unavailable, noticeLocale);
      // Catalogs choose their wording by whether both are one language in two scripts (here: never).
      notice = { locale: noticeLocale, text: message.format({ requested: names.of(uiLocale), served: names.of(locale), sameLanguage: 'no' }) };
    }
    return { id, uiLocale, locale, entry, notice, alternates: available };
  };
}

/** The floor: a Map lookup plus a property read. */
export function createFloor(resources, defaultLocale) {
  const byId = new Map(Object.entries(resources[defaultLocale].articles));
  return (id) => byId.get(id)?.title;
}
