/**
 * One library shared by thousands of interleaved async requests in different languages: each
 * request gets its own reader's answer, also while the i18next instance passed in has its language
 * changed underneath (the library never reads or sets that language).
 */
import i18next, { type i18n as I18n } from 'i18next';
import { describe, expect, it } from 'vitest';
import { createContentLibrary, type ContentLibrary } from '../../src/index.node.js';

const LANGUAGES = ['en', 'es', 'fr', 'ar', 'ru', 'zh', 'zh-Hant', 'de', 'es-MX', 'pt-BR', 'en-GB', 'fr-CA', 'zh-TW', 'sr-Latn'];
const HEADERS = ['es-MX,es;q=0.9,en;q=0.5', 'fr-CH, fr;q=0.9', 'de-DE,de;q=0.8,en;q=0.2', 'ar-EG', 'zh-HK,zh;q=0.7'];
const IDS = ['everywhere', 'english-only', 'some'];

const entry = (title: string) => ({ title, body: `<p>${title}</p>` });
const resources = {
  en: { articles: { everywhere: entry('Everywhere'), 'english-only': entry('English'), some: entry('Some') } },
  es: { articles: { everywhere: entry('Todas'), some: entry('Algunas') } },
  fr: { articles: { everywhere: entry('Partout') } },
  ar: { articles: { everywhere: entry('كل'), some: entry('بعض') } },
  ru: { articles: { everywhere: entry('Везде') } },
  zh: { articles: { everywhere: entry('到处'), some: entry('一些') } },
  'zh-Hant': { articles: { everywhere: entry('到處') } },
};

/** mulberry32 (public domain): a deterministic order of interleaving. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Yields to other requests a random number of times, through microtasks and macrotasks. */
async function interleave(random: () => number): Promise<void> {
  const turns = Math.floor(random() * 4);
  for (let i = 0; i < turns; i++) {
    if (random() < 0.5) await Promise.resolve();
    else await new Promise((done) => setImmediate(done));
  }
}

const summary = (library: ContentLibrary, id: string, requested: string) => {
  const r = library.resolve(id, requested)!;
  return { uiLocale: r.uiLocale, locale: r.locale, requested: r.requested, notice: r.notice && `${r.notice.locale}:${r.notice.text}`, title: r.entry.title };
};

/** Runs `count` interleaved requests and returns those whose answer differs from the one-at-a-time answer. */
async function mismatches(library: ContentLibrary, count: number, seed: number, meanwhile?: (random: () => number) => void): Promise<string[]> {
  const requests = [...LANGUAGES, ...HEADERS];
  const expected = new Map<string, string>();
  for (const id of IDS) for (const r of requests) expected.set(`${id}|${r}`, JSON.stringify(summary(library, id, r)));
  const random = prng(seed);
  const wrong: string[] = [];
  await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const id = IDS[i % IDS.length]!;
      const requested = requests[Math.floor(random() * requests.length)]!;
      await interleave(random);
      meanwhile?.(random);
      const first = JSON.stringify(summary(library, id, requested));
      await interleave(random);
      const again = JSON.stringify(summary(library, id, requested));
      if (first !== expected.get(`${id}|${requested}`) || again !== first) wrong.push(`${id} ${requested}: ${first}`);
    }),
  );
  return wrong;
}

describe('a library shared by concurrent requests', () => {
  it('5,000 interleaved requests (14 tags, 5 headers) each get their own reader\'s answer', async () => {
    const library = createContentLibrary({ defaultLocale: 'en', resources });
    expect(await mismatches(library, 5000, 1)).toEqual([]);
    // The one-at-a-time answers really are different per reader (else the test could not fail).
    expect(new Set(LANGUAGES.map((l) => library.resolve('everywhere', l)!.locale)).size).toBeGreaterThan(5);
  });

  it('with an i18next instance passed in whose language other code keeps changing', async () => {
    const i18n: I18n = i18next.createInstance();
    await i18n.init({ resources, lng: 'en', fallbackLng: false, initAsync: false });
    const library = createContentLibrary({ defaultLocale: 'en', i18n });
    let changes = 0;
    const wrong = await mismatches(library, 5000, 2, (random) => {
      if (random() < 0.2) {
        changes++;
        void i18n.changeLanguage(LANGUAGES[Math.floor(random() * LANGUAGES.length)]);
      }
    });
    expect(wrong).toEqual([]);
    expect(changes).toBeGreaterThan(500);
  });

  it('never changes the language of the i18next instance passed in', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ resources, lng: 'ru', fallbackLng: false, initAsync: false });
    const library = createContentLibrary({ defaultLocale: 'en', i18n });
    await Promise.all(LANGUAGES.map((l) => Promise.resolve(library.resolve('everywhere', l))));
    library.switcher('everywhere', 'es');
    library.alsoAvailable('everywhere', 'fr');
    library.reader('ar');
    expect(i18n.language).toBe('ru');
    expect(i18n.t('everywhere.title', { ns: 'articles' })).toBe('Везде');
  });
});
