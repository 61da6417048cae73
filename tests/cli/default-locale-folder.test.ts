/**
 * The CLI and the library take the same folder as the source for a default language spelt another
 * way than its folder (`--default-locale en-US` over `en/`, `zh-TW` over `zh-Hant/`, a folder `EN`),
 * and refuse the same languages with the same words: every command says which folder it took, and
 * none judges translations against a folder that is not there.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createContentLibrary, type Problem } from '../../src/index.node.js';
import { loadResources } from '../../src/node/load-resources.js';
import { cli, ROOT } from './run-cli.js';

/** A tree in a new temporary folder: each folder holds one entry whose title names the folder. */
function tree(folders: readonly string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'lc-default-'));
  onTestFinished(() => rmSync(root, { recursive: true, force: true }));
  const dir = join(root, 'locales');
  for (const folder of folders) {
    mkdirSync(join(dir, folder), { recursive: true });
    const entry = { title: `Report (${folder})`, body: `<p>Body (${folder}) for {year}.</p>` };
    writeFileSync(join(dir, folder, 'articles.json'), `${JSON.stringify({ report: entry }, null, 2)}\n`);
  }
  return dir;
}

type Decision = { readonly locale: string; readonly matched: boolean } | { readonly refused: string; readonly message: string };

/** What the library decides over the tree as `loadResources` reads it: the source a reader of a language the site lacks is served. */
async function libraryDecision(dir: string, defaultLocale: string): Promise<Decision> {
  const resources = await loadResources(dir, { onProblem: () => undefined });
  const problems: Problem[] = [];
  try {
    const library = createContentLibrary({ defaultLocale, resources, onProblem: (p) => problems.push(p) });
    const served = library.resolve('report', 'de')!.locale;
    library.dispose();
    return { locale: served, matched: problems.some((p) => p.code === 'DEFAULT_LOCALE_MATCHED' && p.locale === served) };
  } catch (error) {
    const { code, message } = error as Error & { code: string };
    return { refused: code, message };
  }
}

// [folders, --default-locale, the folder taken as the source (null: refused), the locale it stands for]
const rows: [string[], string, string | null, string][] = [
  [['en', 'fr'], 'en', 'en', 'en'],
  [['en', 'fr'], 'en-US', 'en', 'en'],
  [['en', 'fr'], 'en_US', 'en', 'en'],
  [['EN', 'fr'], 'en', 'EN', 'en'],
  [['EN', 'fr'], 'en-US', 'EN', 'en'],
  [['en', 'en-GB', 'fr'], 'en-GB', 'en-GB', 'en-GB'], // the exact folder wins over its parent
  [['en', 'en-GB', 'fr'], 'en-US', 'en', 'en'],
  [['en-US', 'fr'], 'en', 'en-US', 'en-US'],
  [['zh-Hant', 'fr'], 'zh-TW', 'zh-Hant', 'zh-Hant'],
  [['fr', 'zh-Hans', 'zh-Hant'], 'zh-TW', 'zh-Hant', 'zh-Hant'],
  [['fr', 'pt-BR'], 'pt_BR', 'pt-BR', 'pt-BR'],
  [['fr', 'pt-br'], 'pt-BR', 'pt-br', 'pt-BR'],
  [['fr', 'pt-BR'], 'pt', 'pt-BR', 'pt-BR'],
  [['de', 'fr'], 'pt', null, ''],
  [['en', 'fr'], 'zh-TW', null, ''],
];

describe('the library and every command take the same source folder', () => {
  it.each(rows)('folders %j, --default-locale %s → %s', async (folders, option, folder, locale) => {
    const dir = tree(folders);
    const canonical = option.replace('_', '-');
    const library = await libraryDecision(dir, option);
    if (folder === null) {
      // Refused by the library and by every command, with the same words and code.
      expect(library).toMatchObject({ refused: 'DEFAULT_LOCALE_NOT_FOUND' });
      const tail = `"${canonical}" has no "articles" content, which is in ${folders.join(', ')}; set `;
      expect((library as { message: string }).message).toBe(`defaultLocale ${tail}defaultLocale to the language the entries are written in`);
      const po = join(dir, '..', 'fr.po');
      writeFileSync(po, 'msgid ""\nmsgstr "Language: fr\\n"\n');
      const runs = [['status'], ['check'], ['stamp', '--all', 'fr'], ['export', 'fr'], ['import', po], ['resolve', 'report', 'fr']];
      for (const args of runs) {
        const run = await cli([...args, '--default-locale', option, '--dir', dir]);
        expect([args[0], run.code, run.stderr]).toEqual([args[0], 1, `localized-content: --default-locale ${tail}--default-locale to the language the entries are written in (DEFAULT_LOCALE_NOT_FOUND)\n`]);
      }
      return;
    }
    const matched = locale !== canonical;
    expect(library).toEqual({ locale, matched });
    const note = matched
      ? `${join(dir, folder)}: note: --default-locale "${canonical}" has no "articles" content; "${locale}", the content's locale in that language, is the default and source language (set --default-locale to ${locale} to say so) (DEFAULT_LOCALE_MATCHED)\n`
      : '';

    const status = await cli(['status', '--json', '--default-locale', option, '--dir', dir]);
    expect([status.code, JSON.parse(status.stdout).defaultLocale, status.stderr]).toEqual([0, locale, note]);

    // The source is compared with its translations, and every problem is in a file that is there.
    const check = await cli(['check', '--json', '--default-locale', option, '--dir', dir]);
    const result = JSON.parse(check.stdout) as { entries: number; problems: { file: string; rule: string }[] };
    expect([check.code, result.entries, check.stderr]).toEqual([0, 1, note]);
    for (const problem of result.problems) expect([problem.rule, existsSync(problem.file)]).toEqual([problem.rule, true]);

    const exported = await cli(['export', 'fr', '--all', '--format', 'po', '--default-locale', option, '--dir', dir]);
    expect([exported.code, exported.stderr]).toEqual([0, `${note}Exported 2 fields of 1 entry for fr.\n`]);
    expect(exported.stdout).toContain(`"X-Source-Language: ${locale}\\n"`);
    expect(exported.stdout).toContain(`msgid "Report (${folder})"`);

    const po = join(dir, '..', 'fr.po');
    const written = await cli(['export', 'fr', '--all', '--out', po, '--default-locale', option, '--dir', dir]);
    const imported = await cli(['import', po, '--default-locale', option, '--dir', dir]);
    expect([written.code, written.stderr, imported.code, imported.stderr]).toEqual([0, note, 0, note]);
    expect(imported.stdout).toMatch(/^Imported 2 fields of 1 entry into fr/);

    const stamp = await cli(['stamp', 'report', 'fr', '--default-locale', option, '--dir', dir]);
    expect([stamp.code, stamp.stderr]).toEqual([0, note]);

    const resolved = await cli(['resolve', 'report', 'de', '--json', '--default-locale', option, '--dir', dir]);
    expect([resolved.code, resolved.stderr]).toEqual([0, note]);
    // A reader of a language the site lacks is served the source.
    expect(JSON.parse(resolved.stdout)).toMatchObject({ locale, entry: { title: `Report (${folder})` } });
  });
});

describe('check --default-locale en_US over a folder en checks the en source', () => {
  it('the example tree: the same problems and entries as with --default-locale en, in files that are there', async () => {
    const dir = join(ROOT, 'examples/content/locales');
    const spelt = await cli(['check', '--json', '--default-locale', 'en_US', '--dir', dir]);
    const exact = await cli(['check', '--json', '--default-locale', 'en', '--dir', dir]);
    const result = JSON.parse(spelt.stdout) as { entries: number; problems: { file: string }[] };
    expect(result.entries).toBeGreaterThan(5);
    expect(spelt.stdout).toBe(exact.stdout);
    for (const { file } of result.problems) expect([file, existsSync(file)]).toEqual([file, true]);
    expect(spelt.stderr).toBe(`${join(dir, 'en')}: note: --default-locale "en-US" has no "articles" content; "en", the content's locale in that language, is the default and source language (set --default-locale to en to say so) (DEFAULT_LOCALE_MATCHED)\n`);
  });
});

describe('the note names the folder served as the source when two folders spell it', () => {
  it.each([['EN', 'en'], ['en', 'EN']])('folders %s and %s: the note names en/, the spelling loadResources serves', async (first, second) => {
    const dir = tree([first, second]);
    const note = `${join(dir, 'en')}: note: --default-locale "en-US" has no "articles" content; "en", the content's locale in that language, is the default and source language (set --default-locale to en to say so) (DEFAULT_LOCALE_MATCHED)\n`;
    const run = await cli(['status', '--default-locale', 'en-US', '--dir', dir]);
    expect(run.stderr).toBe(note);
    const resolved = await cli(['resolve', 'report', 'fr', '--default-locale', 'en-US', '--dir', dir]);
    expect(resolved.stderr).toBe(note);
  });

  it('folders EN and En, neither spelt as the tag: every command names En, the later by name, whose entry is served', async () => {
    const dir = tree(['EN', 'En']);
    const note = `${join(dir, 'En')}: note: --default-locale "en-US" has no "articles" content; "en", the content's locale in that language, is the default and source language (set --default-locale to en to say so) (DEFAULT_LOCALE_MATCHED)\n`;
    expect((await cli(['status', '--default-locale', 'en-US', '--dir', dir])).stderr).toBe(note);
    const resolved = await cli(['resolve', 'report', 'fr', '--json', '--default-locale', 'en-US', '--dir', dir]);
    expect(resolved.stderr).toBe(note);
    expect(JSON.parse(resolved.stdout)).toMatchObject({ locale: 'en', entry: { title: 'Report (En)' } });
  });
});

describe('a source folder whose files all fail to read is said to be there, not missing', () => {
  /** en/ holds `count` entry files that are not JSON; fr/ a good translation of each. */
  function brokenSource(count: number): string {
    const dir = tree(['fr']);
    mkdirSync(join(dir, 'en/articles'), { recursive: true });
    for (let i = 0; i < count; i++) writeFileSync(join(dir, `en/articles/e${i}.json`), '{ "title": "Report", }\n');
    return dir;
  }

  it.each([
    [3, ['status'], 'en', 'none of its 3 "articles" files could be read'],
    [1, ['status'], 'en', 'its "articles" file could not be read'],
    [2, ['stamp', '--all', 'fr'], 'en', 'none of its 2 "articles" files could be read'],
    [2, ['export', 'fr'], 'en-US', 'none of its 2 "articles" files could be read'],
    [2, ['resolve', 'report', 'fr'], 'en', 'none of its 2 "articles" files could be read'],
  ])('%i broken files, %j --default-locale %s', async (count, args, option, unread) => {
    const dir = brokenSource(count);
    const run = await cli([...args, '--default-locale', option, '--dir', dir]);
    expect(run.code).toBe(1);
    expect(run.stderr).not.toContain('folder or file');
    expect(run.stderr.split('\n').at(-2)).toBe(
      `localized-content: ${join(dir, 'en')}: the folder of the default language en is here, but ${unread}, so there is no source to judge translations against; "localized-content check" shows what is wrong in each (SOURCE_UNREADABLE)`,
    );
  });

  it('with the source spelt twice (EN beside en), it names en, the folder that would be served', async () => {
    const dir = brokenSource(1);
    mkdirSync(join(dir, 'EN/articles'), { recursive: true });
    writeFileSync(join(dir, 'EN/articles/e9.json'), '{ "title": "Report", }\n');
    const run = await cli(['status', '--default-locale', 'en', '--dir', dir]);
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n').at(-2)).toBe(
      `localized-content: ${join(dir, 'en')}: the folder of the default language en is here, but none of its 2 "articles" files could be read, so there is no source to judge translations against; "localized-content check" shows what is wrong in each (SOURCE_UNREADABLE)`,
    );
  });

  it('check reports each broken file at its place', async () => {
    const dir = brokenSource(2);
    const run = await cli(['check', '--dir', dir]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${join(dir, 'en/articles/e0.json')}:1:`);
    expect(run.stdout).toContain(`${join(dir, 'en/articles/e1.json')}:1:`);
  });
});

describe('import writes into a locale\'s folder as it is spelt', () => {
  it.each([
    ['pt-br', 'pt-BR'],
    ['ZH-hant', 'zh-Hant'],
  ])('folder %s (%s): new files go into it, not into a second folder', async (folder, locale) => {
    const dir = tree(['en']);
    mkdirSync(join(dir, 'en/articles'));
    writeFileSync(join(dir, 'en/articles/harbour.json'), '{ "title": "Harbour", "body": "<p>The pier.</p>" }\n');
    mkdirSync(join(dir, folder));
    writeFileSync(join(dir, folder, 'notice.json'), '{}\n');
    const po = join(dir, '..', 'out.po');
    expect((await cli(['export', locale, '--out', po, '--dir', dir])).code).toBe(0);
    writeFileSync(po, readFileSync(po, 'utf8').replace(/msgid "(.+)"\nmsgstr ""/g, 'msgid "$1"\nmsgstr "[$1]"'));
    const run = await cli(['import', po, '--locale', locale, '--dir', dir]);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(readdirSync(dir).sort()).toEqual(['en', folder].sort());
    expect(readdirSync(join(dir, folder)).sort()).toEqual(['articles', 'articles.json', 'notice.json']);
    const resources = await loadResources(dir);
    expect(resources[locale]?.articles).toMatchObject({ harbour: { title: '[Harbour]' }, report: { title: '[Report (en)]' } });
  });

  it('folders PT-BR and pt-br, neither spelt as the tag: new files go into pt-br, the folder served', async () => {
    const dir = tree(['en']);
    mkdirSync(join(dir, 'en/articles'));
    writeFileSync(join(dir, 'en/articles/harbour.json'), '{ "title": "Harbour", "body": "<p>The pier.</p>" }\n');
    for (const folder of ['PT-BR', 'pt-br']) {
      mkdirSync(join(dir, folder));
      writeFileSync(join(dir, folder, 'notice.json'), '{}\n');
    }
    const po = join(dir, '..', 'out.po');
    expect((await cli(['export', 'pt-BR', '--out', po, '--dir', dir])).code).toBe(0);
    writeFileSync(po, readFileSync(po, 'utf8').replace(/msgid "(.+)"\nmsgstr ""/g, 'msgid "$1"\nmsgstr "[$1]"'));
    expect((await cli(['import', po, '--locale', 'pt-BR', '--dir', dir])).code).toBe(0);
    expect([readdirSync(join(dir, 'PT-BR')), readdirSync(join(dir, 'pt-br')).sort()]).toEqual([['notice.json'], ['articles', 'articles.json', 'notice.json']]);
  });
});
