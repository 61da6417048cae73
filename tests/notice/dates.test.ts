/**
 * Dates in `outdated` notices: the first of a month as each language writes it, Vietnamese's own
 * order, and every date — named styles and skeletons alike — on the calendar day it names, in any
 * time zone.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createContentLibrary } from '../../src/index.node.js';

/** A translation into `reader`'s language made before the English source changed on `updated`. */
function outdatedNotice(reader: string, updated: string, notice?: Record<string, string>) {
  const resources: Record<string, Record<string, unknown>> = {
    en: { articles: { a: { title: 'Source', body: 'Text', '@meta': { updated } } } },
    [reader]: { articles: { a: { title: 'Alt', body: 'Alt', '@meta': { sourceHash: '0000000000000000' } } }, ...(notice ? { notice } : {}) },
  };
  return createContentLibrary({ defaultLocale: 'en', resources }).resolve('a', reader)!.notice!;
}

describe('the first of a month', () => {
  it.each([
    ['fr', '2021-10-01', 'le 1er octobre 2021.'],
    ['fr', '2021-10-20', 'le 20 octobre 2021.'],
    ['pt', '2021-10-01', 'em 1º de outubro de 2021.'],
    ['pt', '2021-09-20', 'em 20 de setembro de 2021.'],
    ['el', '2021-10-01', 'την 1η Οκτωβρίου 2021.'],
    ['el', '2021-05-01', 'την 1η Μαΐου 2021.'],
    ['el', '2021-12-01', 'την 1η Δεκεμβρίου 2021.'],
    ['el', '2021-09-20', 'στις 20 Σεπτεμβρίου 2021.'],
    ['vi', '2021-09-20', 'vào ngày 20 tháng 9 năm 2021.'],
    ['vi', '2021-10-01', 'vào ngày 1 tháng 10 năm 2021.'],
  ])('%s, source updated %s: "%s"', (reader, updated, words) => {
    const notice = outdatedNotice(reader, updated);
    expect(notice.kind).toBe('outdated');
    expect(notice.text).toContain(words);
  });
});

describe('in any time zone', () => {
  it('a date with a time is the UTC day, through a skeleton in a site message too', () => {
    const notice = outdatedNotice('de', '2021-09-20T03:00:00Z', { outdated: 'Stand: {updated, date, ::yMMMMd} ({original})' });
    expect(notice.text).toBe('Stand: 20. September 2021 (Englisch)');
  });

  // A child process, since the time zone is read once per process; it runs the built package (npm test builds it first).
  it('under TZ=America/Los_Angeles: skeletons, named styles and the day argument all say the 20th (and the 1st)', () => {
    const script = `
      const { createContentLibrary } = await import(${JSON.stringify(new URL('../../dist/index.node.js', import.meta.url).href)});
      const out = {};
      for (const [reader, updated, notice] of [
        ['de', '2021-09-20', { outdated: 'Stand: {updated, date, ::yMMMMd} / {updated, date, long} ({original})' }],
        ['fr', '2021-10-01', undefined],
        ['vi', '2021-09-20', undefined],
      ]) {
        const resources = {
          en: { articles: { a: { title: 'S', body: 'S', '@meta': { updated } } } },
          [reader]: { articles: { a: { title: 'T', body: 'T', '@meta': { sourceHash: '0000000000000000' } } }, ...(notice ? { notice } : {}) },
        };
        out[reader] = createContentLibrary({ defaultLocale: 'en', resources }).resolve('a', reader).notice.text;
      }
      out.zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      console.log(JSON.stringify(out));
    `;
    const stdout = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      encoding: 'utf8',
      env: { ...process.env, TZ: 'America/Los_Angeles' },
    });
    const out = JSON.parse(stdout) as Record<string, string>;
    expect(out.zone).toBe('America/Los_Angeles');
    expect(out.de).toBe('Stand: 20. September 2021 / 20. September 2021 (Englisch)');
    expect(out.fr).toContain('le 1er octobre 2021');
    expect(out.vi).toContain('ngày 20 tháng 9 năm 2021');
  });
});
