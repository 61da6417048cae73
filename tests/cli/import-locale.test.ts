/**
 * `import --locale` never files one language's text as another's without saying so. `--locale`
 * may pick a language the file names (the one it was exported for, or its target language when a
 * tool changed it), a locale of it, or a language for a file that names none; any other language
 * is refused naming both, and nothing is written. A deprecated code (`iw`) goes into the folder of
 * its current one (`he`) with a warning that names both.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, copyTree, ROOT } from './run-cli.js';

const EXAMPLE = join(ROOT, 'examples/content/locales');

/** Drops the export's record (the exported-for notes), as a tool that strips notes might. */
const withoutRecord = (text: string): string => text.replace(/^#\. exported-for: .*\n/gm, '');
const relabelled = (to: string, from = 'es') => (text: string): string => text.replace(`"Language: ${from}\\n"`, `"Language: ${to}\\n"`);
const asExported = (text: string): string => text;

/** The example's PO export of `exportedFor`, changed by `edit`, in a copy of the tree. */
async function exported(exportedFor: string, edit: (text: string) => string): Promise<{ dir: string; file: string }> {
  const dir = copyTree(EXAMPLE);
  const file = join(dir, `${exportedFor}.po`);
  const run = await cli(['export', exportedFor, '--format', 'po', '--out', file, '--dir', dir]);
  expect(run.code, run.stderr).toBe(0);
  const text = readFileSync(file, 'utf8');
  const changed = edit(text);
  if (edit !== asExported) expect(changed).not.toBe(text);
  writeFileSync(file, changed);
  return { dir, file };
}

describe('--locale naming a language the file does not name is refused, naming both; nothing is written', () => {
  it.each([
    ['es export, --locale iw (deprecated code of he)', 'es', asExported, 'iw', 'he', 'the file was exported for es, but --locale asks for he (written iw, a deprecated code for he), another language'],
    ['es export, --locale he', 'es', asExported, 'he', 'he', 'the file was exported for es, but --locale asks for he, another language'],
    ['es export, --locale fr (a language the tree has)', 'es', asExported, 'fr', 'fr', 'the file was exported for es, but --locale asks for fr, another language'],
    ['es export whose notes a tool dropped, --locale ru', 'es', withoutRecord, 'ru', 'ru', "the file's target language is es, but --locale asks for ru, another language"],
    ['es export relabelled fr, --locale de', 'es', relabelled('fr'), 'de', 'de', 'the file was exported for es and its target language says fr, but --locale asks for de, another language'],
    ['zh (Simplified) export, --locale zh-TW (Traditional)', 'zh', asExported, 'zh-TW', 'zh-TW', 'the file was exported for zh, but --locale asks for zh-TW, another script'],
    ['zh export, --locale zh-Hant', 'zh', asExported, 'zh-Hant', 'zh-Hant', 'the file was exported for zh, but --locale asks for zh-Hant, another script'],
  ])('%s', async (_, exportedFor, edit, given, folder, message) => {
    const { dir, file } = await exported(exportedFor, edit);
    const before = existsSync(join(dir, folder)) ? readFileSync(join(dir, folder, 'articles.json'), 'utf8') : undefined;
    const run = await cli(['import', file, '--dir', dir, '--locale', given]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain(`set its target language to ${folder} (PO "Language", XLIFF trgLang) and import with --locale ${folder} (INVALID_EXCHANGE_FILE)`);
    expect(existsSync(join(dir, folder)) ? readFileSync(join(dir, folder, 'articles.json'), 'utf8') : undefined).toBe(before);
  });
});

describe('--locale the file allows is imported, with a warning where the language is not the one exported for', () => {
  it.each([
    ['es export, --locale es', 'es', asExported, 'es', 'es', []],
    ['es export, --locale es_MX (a locale of es)', 'es', asExported, 'es_MX', 'es-MX', []],
    ['es export relabelled fr, --locale es', 'es', relabelled('fr'), 'es', 'es', []],
    ['es export relabelled fr, --locale fr', 'es', relabelled('fr'), 'fr', 'fr', ['warning: the file was exported for es; its translations are written into fr, as its target language and --locale say (other-language)']],
    ['zh export, --locale zh-CN (Simplified too)', 'zh', asExported, 'zh-CN', 'zh-CN', []],
    ['zh export relabelled zh-TW, --locale zh-TW', 'zh', relabelled('zh-TW', 'zh'), 'zh-TW', 'zh-TW', ['warning: the file was exported for zh; its translations are written into zh-TW, as its target language and --locale say (other-language)']],
    ['he export (a new language), --locale iw', 'he', asExported, 'iw', 'he', ['warning: --locale iw is he in current codes; written into he (deprecated-code)']],
    ['he export relabelled iw by hand, --locale iw', 'he', (t: string) => t.replace('"Language: he\\n"', '"Language: iw\\n"'), 'iw', 'he', ['warning: --locale iw is he in current codes; written into he (deprecated-code)']],
  ])('%s', async (_, exportedFor, edit, given, locale, warnings) => {
    const { dir, file } = await exported(exportedFor, edit);
    const run = await cli(['import', file, '--dir', dir, '--locale', given]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(`into ${locale}`);
    expect(run.stdout.split('\n').filter((line) => line.includes(': warning: ') && !line.includes('(untranslated)')).map((line) => line.slice(line.indexOf('warning: ')))).toEqual(warnings);
    const json = await cli(['import', file, '--dir', dir, '--locale', given, '--json']);
    const result = JSON.parse(json.stdout) as { locale: string; exportedFor: string; warnings: { rule: string; message: string }[] };
    expect(result.locale).toBe(locale);
    expect(result.exportedFor).toBe(exportedFor);
    // The same warnings as the text, in the same words.
    expect(result.warnings.map((w) => `warning: ${w.message} (${w.rule})`)).toEqual(warnings);
  });
});

describe('import --json says what the text says about a file without its export record', () => {
  it.each([
    ['--locale es', ['--locale', 'es'], []],
    ['--locale iw', ['--locale', 'iw'], [{ rule: 'deprecated-code', message: '--locale iw is he in current codes; written into he' }]],
  ])('exportedFor is null, never left out (%s)', async (_, extra, warnings) => {
    const { dir, file } = await exported('es', (text) => withoutRecord(text).replace('"Language: es\\n"', extra[1] === 'iw' ? '"Language: he\\n"' : '"Language: es\\n"'));
    const json = await cli(['import', file, '--dir', dir, '--json', ...extra]);
    const result = JSON.parse(json.stdout) as Record<string, unknown>;
    expect(Object.hasOwn(result, 'exportedFor')).toBe(true);
    expect(result.exportedFor).toBeNull();
    expect(result.warnings).toEqual(warnings);
  });
});
