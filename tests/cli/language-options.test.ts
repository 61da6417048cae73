/**
 * The CLI reads language options as the library reads tags: `--default-locale en_US` is `en-US`,
 * `--locale es_ES` is `es-ES`, a positional `FR` is `fr`. A value that is no tag is refused with
 * exit 2, naming the option; a default language with no folder is taken as the library takes it
 * (`en-US` → the folder `en`, said on stderr) or refused by every command, in the library's words;
 * nothing falls back to `en` silently.
 */
import { mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, copyTree, ROOT } from './run-cli.js';

const EXAMPLE = join(ROOT, 'examples/content/locales');

/** The example tree with its English folder named `name` instead of `en`. */
function treeWithSourceIn(name: string): string {
  const dir = copyTree(EXAMPLE);
  renameSync(join(dir, 'en'), join(dir, name));
  return dir;
}

describe('a --default-locale or --locale that is no language tag is refused, exit 2', () => {
  it.each([
    [['status', '--default-locale', 'english']],
    [['check', '--default-locale', 'en US']],
    [['export', 'fr', '--default-locale', 'zz!']],
    [['stamp', '--all', 'es', '--default-locale', '*']],
    [['resolve', 'green-customs-2024', 'es', '--default-locale', '']],
    [['import', 'x.po', '--locale', 'es_ES!']],
  ])('%j', async (args) => {
    const dir = copyTree(EXAMPLE);
    const run = await cli([...args, '--dir', dir]);
    expect(run.code).toBe(2);
    const option = args.includes('--locale') ? '--locale' : '--default-locale';
    expect(run.stderr).toMatch(new RegExp(`^localized-content ${args[0]}: ${option} ".*" is not a BCP 47 language tag`));
    expect(run.stdout).toBe('');
  });
});

describe('--default-locale is canonical, as the library makes it', () => {
  // The source folder is written en-US; the option as a careless hand types it.
  it.each(['en_US', 'EN-us', 'en_us'])('%s finds the folder en-US', async (value) => {
    const dir = treeWithSourceIn('en-US');
    const status = await cli(['status', '--json', '--default-locale', value, '--dir', dir]);
    expect(status.code).toBe(0);
    expect(JSON.parse(status.stdout).defaultLocale).toBe('en-US');
    const exported = await cli(['export', 'fr', '--format', 'po', '--default-locale', value, '--dir', dir]);
    expect(exported.code).toBe(0);
    expect(exported.stdout).toContain('"X-Source-Language: en-US\\n"');
    const check = await cli(['check', '--default-locale', value, '--dir', dir]);
    expect([check.stderr, check.stdout]).toEqual(['', expect.not.stringMatching(/ 0 entries checked/)]);
  });
});

describe('a default language is taken as the library takes it: its own folder, else its language\'s, else refused', () => {
  it.each([
    [['status']],
    [['export', 'fr']],
    [['stamp', '--all', 'es']],
  ])('%j --default-locale en_US on a tree whose source folder is en: en, said on stderr', async (args) => {
    const dir = copyTree(EXAMPLE);
    const run = await cli([...args, '--default-locale', 'en_US', '--dir', dir]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`${join(dir, 'en')}: note: --default-locale "en-US" has no "articles" content; "en", the content's locale in that language, is the default and source language (set --default-locale to en to say so) (DEFAULT_LOCALE_MATCHED)\n`);
  });

  it.each([
    [['status']],
    [['check']],
    [['export', 'fr']],
    [['stamp', '--all', 'es']],
  ])('%j --default-locale pt on a tree without Portuguese is refused', async (args) => {
    const dir = copyTree(EXAMPLE);
    const run = await cli([...args, '--default-locale', 'pt', '--dir', dir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('localized-content: --default-locale "pt" has no "articles" content, which is in ar, en, es, fr, ru, zh; set --default-locale to the language the entries are written in (DEFAULT_LOCALE_NOT_FOUND)\n');
  });
});

describe('positional locales are canonical too', () => {
  it('stamp es_es stamps es-ES, and a value that is no tag is named', async () => {
    const dir = copyTree(EXAMPLE);
    mkdirSync(join(dir, 'es-ES'));
    renameSync(join(dir, 'es/articles.json'), join(dir, 'es-ES/articles.json'));
    const run = await cli(['stamp', '--all', 'es_es', '--dir', dir]);
    expect(run.stderr).toBe('');
    // es-ES's entries, as stamp judges them in the folder es-ES.
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Already current: green-customs-2024, single-window-guide/);
    const bad = await cli(['stamp', '--all', 'es!', '--dir', dir]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('stamp: "es!" is not a BCP 47 language tag (INVALID_LOCALE)');
  });

  it('export FR_fr writes fr-FR and says that fr-FR has no folder, naming fr', async () => {
    const dir = copyTree(EXAMPLE);
    const run = await cli(['export', 'FR_fr', '--format', 'po', '--dir', dir]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('"Language: fr-FR\\n"');
    expect(run.stderr).toContain(`fr-FR has no folder in ${dir} yet, so every field is exported as missing; the nearest language that has one is fr (export fr if you meant it). Import the translation with --locale fr-FR.`);
  });
});
