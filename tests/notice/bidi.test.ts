/**
 * Labels in right-to-left notices (and right-to-left labels in left-to-right ones): a label's
 * direction comes from its letters, and every label not wholly in the notice's direction is
 * isolated, in text (FSI … PDI) as in HTML (`<bdi>`), so that both lay out the same way.
 */
import { describe, expect, it } from 'vitest';
import { languageLabel } from '../../src/notice/labels.js';
import { partsToHtml, partsToText } from '../../src/notice/html.js';
import { englishOnlySite } from './site.js';

const FSI = '\u2068';
const PDI = '\u2069';

describe("'english-autonym' in right-to-left notices: both labels isolated, in text and HTML alike", () => {
  it.each([
    ['ar', 'Arabic : العربية'],
    ['fa', 'Persian : فارسی'],
    ['he', 'Hebrew : עברית'],
    ['ur', 'Urdu : اردو'],
  ])('%s', (locale, own) => {
    const notice = englishOnlySite([locale], 'english-autonym').resolve('article', locale)!.notice!;
    expect(notice.dir).toBe('rtl');
    expect(notice.text).toContain(`${FSI}${own}${PDI}`);
    expect(notice.text).toContain(`${FSI}English : English${PDI}`);
    const [ownEnglish, ownAutonym] = own.split(' : ');
    expect(notice.html).toContain(`<bdi><span lang="en">${ownEnglish}</span> : <span lang="${locale}">${ownAutonym}</span></bdi>`);
    expect(notice.html).toContain('<bdi><span lang="en">English</span> : <span lang="en">English</span></bdi>');
  });
});

describe('the direction of a label is that of its letters', () => {
  it.each([
    ['autonym', 'ar', 'ar', 'rtl'],
    ['autonym', 'en', 'ar', 'ltr'],
    ['localized', 'en', 'ar', 'rtl'],
    ['english-autonym', 'ar', 'en', 'mixed'],
    ['english-autonym', 'en', 'ar', 'ltr'],
  ] as const)('%s label of %s in a %s notice: %s', (style, tag, notice, dir) => {
    expect(languageLabel(tag, notice, { style }).dir).toBe(dir);
  });

  it('an Arabic autonym in an English sentence is isolated; a mixed label in any sentence too', () => {
    const arabic = languageLabel('ar', 'en', { style: 'autonym' });
    const mixed = languageLabel('ar', 'en', { style: 'english-autonym' });
    const english = languageLabel('fr', 'en', { style: 'autonym' });
    expect(partsToText(['in ', arabic, ', ', mixed, ' and ', english], 'ltr')).toBe(`in ${FSI}العربية${PDI}, ${FSI}Arabic : العربية${PDI} and Français`);
  });

  it('HTML marks each run with its language; a one-run label is the <bdi> itself', () => {
    const french = languageLabel('fr', 'en', { style: 'english-autonym' });
    const html = partsToHtml(['in ', french, ' and ', languageLabel('fr', 'en', { style: 'autonym' })], 'unavailable', 'en', 'ltr');
    expect(html).toContain('in <bdi><span lang="en">French</span> : <span lang="fr">Français</span></bdi> and <bdi lang="fr">Français</bdi>');
  });
});
