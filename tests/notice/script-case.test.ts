/**
 * One language in two scripts: a Traditional Chinese reader of a Simplified-only page is told that
 * the page is shown in Simplified characters, not "in another language". Catalogs select on
 * `sameLanguage`, which `check` accepts as a notice argument.
 */
import { describe, expect, it } from 'vitest';
import { createContentLibrary } from '../../src/index.node.js';
import { NOTICE_ARGUMENTS } from '../../src/notice/catalogs.js';

function onlyIn(content: string, reader: string) {
  const resources = { [content]: { articles: { a: { title: 'A', body: 'B' } } }, [reader]: { articles: {} } };
  return createContentLibrary({ defaultLocale: content, resources }).resolve('a', reader)!.notice!;
}

describe('the script case', () => {
  it.each([
    ['zh', 'zh-Hant', '本頁面沒有繁體中文版本，因此改以簡體中文顯示。'],
    ['zh-Hant', 'zh', '本页面没有简体中文版本，因此改以繁体中文显示。'],
    ['sr-Latn', 'sr', 'Ова страница није доступна на писму које сте изабрали, па се приказује на другом писму. Изабрано: српски (ћирилица). Приказано: српски (латиница).'],
  ])('content only in %s, %s reader', (content, reader, text) => {
    const notice = onlyIn(content, reader);
    expect(notice.kind).toBe('unavailable');
    expect(notice.text).toBe(text);
  });

  it('another language still reads "in another language"', () => {
    expect(onlyIn('en', 'zh-Hant').text).toBe('本頁面沒有所選語言（中文）的版本，因此以其他語言（英文）顯示。');
  });

  it('a partial translation whose source is in the other script', () => {
    const resources = {
      zh: { articles: { a: { title: '标题', body: '正文' } } },
      'zh-Hant': { articles: { a: { title: '標題' } } },
    };
    const notice = createContentLibrary({ defaultLocale: 'zh', resources }).resolve('a', 'zh-Hant')!.notice!;
    expect(notice).toMatchObject({ kind: 'partial', text: '本頁面部分內容尚無繁體中文版本，因此以原文的簡體中文顯示。' });
  });

  it('sameLanguage is a notice argument of unavailable and partial (so check accepts it)', () => {
    expect(NOTICE_ARGUMENTS.unavailable.has('sameLanguage')).toBe(true);
    expect(NOTICE_ARGUMENTS.partial.has('sameLanguage')).toBe(true);
  });

  it('a site message may select on it', () => {
    const resources = {
      zh: { articles: { a: { title: 'A', body: 'B' } } },
      'zh-Hant': { articles: {}, notice: { unavailable: '{sameLanguage, select, yes {字體不同：{served}} other {語言不同：{served}}}' } },
    };
    const library = createContentLibrary({ defaultLocale: 'zh', resources });
    expect(library.resolve('a', 'zh-Hant')!.notice!.text).toBe('字體不同：簡體中文');
    expect(library.problems()).toEqual([]);
  });
});
