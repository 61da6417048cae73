/**
 * Exchange with CAT tools: `export` writes XLIFF and PO that real tools read (GNU gettext's
 * `msgfmt --check`, Translate Toolkit for PO and XLIFF 1.2 — it has no XLIFF 2.0 reader: its
 * xlifffile looks for 1.x `<trans-unit>` elements only —, ilib-xliff for XLIFF 2.0, libxml2's
 * `xmllint` for well-formedness), a translation made with Translate Toolkit comes back through
 * `import`, and `check` is then clean. What cannot be written as it is (a source changed since the
 * export, broken markup, a message still fuzzy) is refused and reported, and nothing of it written.
 *
 * The Debian tools are installed by .ci/run; without them locally, the tests that need them are
 * skipped with a message saying which package to install.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import xliff2js from 'xliff/xliff2js';
import js2xliff from 'xliff/js2xliff';
import gettext from 'gettext-parser';
import { Xliff } from 'ilib-xliff';
import { describe, expect, it } from 'vitest';
import { cli, copyTree, ROOT } from './run-cli.js';

const EXAMPLE = join(ROOT, 'examples/content/locales');
/** Debian's Python, where the translate-toolkit package installs its library (a pyenv python3 may not see it). */
const PYTHON = '/usr/bin/python3';

const has = (command: string, args: string[]): boolean => spawnSync(command, args, { stdio: 'ignore' }).status === 0;
const hasGettext = has('msgfmt', ['--version']);
const hasToolkit = has(PYTHON, ['-c', 'import translate.storage.factory']);
const hasXmllint = has('xmllint', ['--version']);
if (!hasGettext) console.warn('skipping the msgfmt tests: install Debian "gettext" (apt-get install -y gettext)');
if (!hasXmllint) console.warn('skipping the xmllint tests: install Debian "libxml2-utils" (apt-get install -y libxml2-utils)');
if (!hasToolkit) console.warn('skipping the Translate Toolkit tests: install Debian "translate-toolkit" (apt-get install -y translate-toolkit)');

/**
 * "Translates" every unit with Translate Toolkit: the target becomes the source with "Customs" and
 * "customs" replaced by "Aduanas"/"aduanas" (markup untouched), and the fuzzy mark is removed, as a
 * translator confirming a unit would. Prints the number of units it read.
 */
const TRANSLATE = `
import sys
from translate.storage import factory
store = factory.getobject(sys.argv[1])
for unit in store.units:
    if unit.isheader() or not unit.source:
        continue
    unit.target = unit.source.replace("Customs", "Aduanas").replace("customs", "aduanas")
    unit.markfuzzy(False)
store.savefile(sys.argv[2])
print(len([u for u in store.units if not u.isheader() and u.source]))
`;

function translateWithToolkit(from: string, to: string): number {
  return Number(execFileSync(PYTHON, ['-c', TRANSLATE, from, to], { encoding: 'utf8' }).trim());
}

async function exported(dir: string, args: string[]): Promise<void> {
  const run = await cli(['export', ...args, '--dir', dir]);
  expect(run.code, run.stderr).toBe(0);
}

const problemsIn = (stdout: string, locale: string): string[] => stdout.split('\n').filter((line) => line.includes(`/${locale}/`) && / (?:error|warning): /.test(line));

describe('export', () => {
  it('export es --format po: every missing, partial or outdated field, with notes and the source hash', async () => {
    const run = await cli(['export', 'es', '--format', 'po', '--dir', EXAMPLE]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('Exported 16 fields of 6 entries for es.\n');
    expect(run.stdout).toContain('"Language: es\\n"');
    // Missing entry: every text field; its notes say what it is, the last one carries the hash.
    expect(run.stdout).toMatch(/#\. entry wco-uncac-2021, field title; written in en\n#\. exported-for: es\n#\. source-hash: [0-9a-f]{16}\nmsgctxt "wco-uncac-2021\/title"\nmsgid "Customs integrity on the agenda at UN anti-corruption talks"\nmsgstr ""/);
    // Partial Markdown entry: only the body, with the Markdown note.
    expect(run.stdout).toContain('msgctxt "laboratory-network-2025/body"');
    expect(run.stdout).not.toContain('msgctxt "laboratory-network-2025/title"');
    expect(run.stdout).toContain('Markdown: keep the headings');
    // Outdated: the translation so far goes along, marked fuzzy.
    expect(run.stdout).toMatch(/#, fuzzy\nmsgctxt "tariff-classification-2025\/title"\nmsgid "[^"]+"\nmsgstr "[^"]+"/);
    // Current translations stay out, unless --all.
    expect(run.stdout).not.toContain('green-customs-2024');
    expect((await cli(['export', 'es', '--all', '--format', 'po', '--dir', EXAMPLE])).stdout).toContain('msgctxt "green-customs-2024/title"');
  });

  it('export es (XLIFF 2.0): a group per entry, a unit per field, its source, notes and hash', async () => {
    const run = await cli(['export', 'es', '--dir', EXAMPLE]);
    expect(run.stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="es">/);
    // Read back by the xliff package (a third-party reader), not by our own code.
    const js = (await xliff2js(run.stdout)) as { resources: Record<string, Record<string, { additionalAttributes: { name: string }; groupUnits: Record<string, { source: string; note: string[]; additionalAttributes: Record<string, string> }> }>> };
    const groups = Object.values(js.resources.articles!);
    expect(groups.map((g) => g.additionalAttributes.name)).toEqual([
      'wco-uncac-2021', 'tariff-classification-2025', 'border-cooperation-asia', 'capacity-building-report', 'laboratory-network-2025', 'risk-management-handbook',
    ]);
    const body = Object.values(groups.at(-1)!.groupUnits).find((u) => u.additionalAttributes.name === 'body')!;
    expect(body.additionalAttributes['xml:space']).toBe('preserve');
    const markdown = readFileSync(join(EXAMPLE, 'en/articles/risk-management-handbook.md'), 'utf8').split('---\n')[2]!;
    // The xliff package trims the text it reads; the file itself holds the Markdown to its last line break.
    expect(body.source).toBe(markdown.trimEnd());
    expect(run.stdout).toContain(`<source>${markdown}</source>`);
    expect(body.note.at(-1)).toMatch(/^source-hash: [0-9a-f]{16}$/);
  });

  it('XLIFF 2.0 read back by ilib-xliff, a reader written apart from the xliff package that writes it: every unit, exact', async () => {
    const run = await cli(['export', 'es', '--dir', EXAMPLE]);
    const units = new Xliff({ version: '2.0' }).deserialize(run.stdout);
    expect(units).toHaveLength(16);
    expect(new Set(units.map((u) => `${u.sourceLocale}>${u.targetLocale} ${u.file}`))).toEqual(new Set(['en>es articles']));
    // Group name: the entry id; unit name: the field.
    expect(units.slice(0, 3).map((u) => `${u.datatype}/${u.key}`)).toEqual(['wco-uncac-2021/title', 'wco-uncac-2021/summary', 'wco-uncac-2021/body']);
    expect(units[0]).toMatchObject({ source: 'Customs integrity on the agenda at UN anti-corruption talks', target: '', comment: 'entry wco-uncac-2021, field title; written in en' });
    // It keeps whitespace: the Markdown body to its last line break, as in the file on disk.
    const markdown = readFileSync(join(EXAMPLE, 'en/articles/risk-management-handbook.md'), 'utf8').split('---\n')[2]!;
    expect(units.find((u) => u.datatype === 'risk-management-handbook' && u.key === 'body')!.source).toBe(markdown);
    // The outdated entry's translation so far goes along as the target.
    expect(units.find((u) => u.datatype === 'tariff-classification-2025' && u.key === 'title')!.target).toMatch(/\S/);
  });

  it.skipIf(!hasXmllint)('libxml2 (xmllint) finds both XLIFF files well-formed, and names the place in a truncated one', async () => {
    const dir = copyTree(EXAMPLE);
    await exported(dir, ['es', '--out', join(dir, 'es.xlf')]);
    await exported(dir, ['es', '--format', 'xliff12', '--out', join(dir, 'es12.xlf')]);
    for (const file of ['es.xlf', 'es12.xlf']) {
      const lint = spawnSync('xmllint', ['--noout', join(dir, file)], { encoding: 'utf8' });
      expect(lint.status, lint.stderr).toBe(0);
    }
    // The same check fails on a file cut short, so its success above means something.
    writeFileSync(join(dir, 'cut.xlf'), readFileSync(join(dir, 'es.xlf'), 'utf8').slice(0, 900));
    expect(spawnSync('xmllint', ['--noout', join(dir, 'cut.xlf')], { encoding: 'utf8' }).stderr).toMatch(/cut\.xlf:\d+: parser error/);
  });

  it.skipIf(!hasGettext)('msgfmt --check accepts the PO file', async () => {
    const dir = copyTree(EXAMPLE);
    await exported(dir, ['es', '--out', join(dir, 'es.po')]);
    const check = spawnSync('msgfmt', ['--check', '-o', '/dev/null', join(dir, 'es.po')], { encoding: 'utf8' });
    expect(check.status, check.stderr).toBe(0);
  });

  it.skipIf(!hasToolkit)('Translate Toolkit reads the XLIFF 1.2 and the PO file: every unit, with its notes', async () => {
    const dir = copyTree(EXAMPLE);
    await exported(dir, ['es', '--format', 'xliff12', '--out', join(dir, 'es.xlf')]);
    await exported(dir, ['es', '--out', join(dir, 'es.po')]);
    for (const file of ['es.xlf', 'es.po']) {
      const read = execFileSync(PYTHON, ['-c', `
import sys
from translate.storage import factory
units = [u for u in factory.getobject(sys.argv[1]).units if not u.isheader()]
print(len(units))
print(units[0].source)
print(units[0].getnotes().splitlines()[-1])
`, join(dir, file)], { encoding: 'utf8' }).split('\n');
      expect(read.slice(0, 2)).toEqual(['16', 'Customs integrity on the agenda at UN anti-corruption talks']);
      expect(read[2]).toMatch(/source-hash: [0-9a-f]{16}/);
    }
  });
});

describe('the round trip: export → translate in a CAT tool → import → check', () => {
  it.skipIf(!hasToolkit || !hasGettext)('PO through Translate Toolkit: msgfmt accepts both files, the import is clean, check and status agree', async () => {
    const dir = copyTree(EXAMPLE);
    const before = readFileSync(join(dir, 'es/articles.json'), 'utf8');
    await exported(dir, ['es', '--out', join(dir, 'es.po')]);
    expect(translateWithToolkit(join(dir, 'es.po'), join(dir, 'es.done.po'))).toBe(16);
    expect(spawnSync('msgfmt', ['--check', '-o', '/dev/null', join(dir, 'es.done.po')]).status).toBe(0);

    const run = await cli(['import', join(dir, 'es.done.po'), '--dir', dir]);
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain('Imported 16 fields of 6 entries into es');
    expect(run.stdout).toContain('Stamped 6:');

    const check = await cli(['check', '--dir', dir]);
    expect(check.code).toBe(0);
    expect(problemsIn(check.stdout, 'es')).toEqual([]);
    const status = JSON.parse((await cli(['status', '--json', '--dir', dir])).stdout);
    expect(status.locales.es).toMatchObject({ missing: [], partial: [], outdated: [] });

    // Written in place: the entries that were current are byte for byte as they were.
    const after = readFileSync(join(dir, 'es/articles.json'), 'utf8');
    const green = /\n {2}"green-customs-2024": \{[\s\S]*?\n {2}\}/.exec(before)![0];
    expect(after).toContain(green);
    expect(JSON.parse(after)['wco-uncac-2021'].title).toBe('Aduanas integrity on the agenda at UN anti-corruption talks');
    // The Markdown entries: the partial one's front matter kept and stamped, the missing one created as Markdown.
    const lab = readFileSync(join(dir, 'es/articles/laboratory-network-2025.md'), 'utf8');
    expect(lab).toMatch(/^---\ntitle: Los laboratorios aduaneros forman una red regional\nsummary: Nueve laboratorios acuerdan compartir métodos, muestras de referencia y resultados\.\n"@meta":\n {2}sourceHash: "?[0-9a-f]{16}"?\n---\nNine aduanas laboratories signed/);
    const created = readFileSync(join(dir, 'es/articles/risk-management-handbook.md'), 'utf8');
    expect(created).toMatch(/^---\ntitle: A new handbook on risk management\nsummary: .*\n"@meta":\n {2}sourceHash: "?[0-9a-f]{16}"?\n---\nThe secretariat has published/);
    const resolved = JSON.parse((await cli(['resolve', 'risk-management-handbook', 'es', '--json', '--dir', dir])).stdout);
    expect(resolved).toMatchObject({ locale: 'es', notice: null });
  });

  it.skipIf(!hasToolkit)('XLIFF 1.2 through Translate Toolkit: the import is clean and check finds nothing in es', async () => {
    const dir = copyTree(EXAMPLE);
    await exported(dir, ['es', '--format', 'xliff12', '--out', join(dir, 'es.xlf')]);
    expect(translateWithToolkit(join(dir, 'es.xlf'), join(dir, 'es.done.xlf'))).toBe(16);
    const run = await cli(['import', join(dir, 'es.done.xlf'), '--dir', dir]);
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain('Imported 16 fields of 6 entries into es');
    const check = await cli(['check', '--dir', dir]);
    expect(problemsIn(check.stdout, 'es')).toEqual([]);
  });

  it('XLIFF 2.0 translated with the xliff package: the import is clean and check finds nothing in es', async () => {
    const dir = copyTree(EXAMPLE);
    await exported(dir, ['es', '--out', join(dir, 'es.xlf')]);
    const js = (await xliff2js(readFileSync(join(dir, 'es.xlf'), 'utf8'))) as { resources: Record<string, Record<string, { groupUnits: Record<string, { source: string; target?: string }> }>> };
    for (const group of Object.values(js.resources.articles!)) for (const unit of Object.values(group.groupUnits)) unit.target = unit.source.replace(/Customs/g, 'Aduanas');
    writeFileSync(join(dir, 'es.done.xlf'), await js2xliff(js));
    const run = await cli(['import', join(dir, 'es.done.xlf'), '--dir', dir]);
    expect(run.code, run.stdout).toBe(0);
    expect(problemsIn((await cli(['check', '--dir', dir])).stdout, 'es')).toEqual([]);
    // Line breaks in Markdown came through the XML unchanged.
    const body = readFileSync(join(dir, 'es/articles/risk-management-handbook.md'), 'utf8').split('---\n')[2];
    expect(body).toBe(readFileSync(join(dir, 'en/articles/risk-management-handbook.md'), 'utf8').split('---\n')[2]);
  });
});

describe('import refuses what it cannot write as it is', () => {
  /**
   * The example's PO export for es "translated" with gettext-parser (a third-party reader): every
   * message gets its source text as translation and loses its fuzzy mark, then `edit` may change
   * one message's translation by its context ("<entry id>/<field>").
   */
  async function translatedPo(dir: string, edit: (context: string, text: string) => string = (_, text) => text): Promise<string> {
    await exported(dir, ['es', '--format', 'po', '--out', join(dir, 'es.po')]);
    const po = gettext.po.parse(readFileSync(join(dir, 'es.po'))) as { translations: Record<string, Record<string, { msgid: string; msgstr: string[]; comments?: { flag?: string } }>> };
    for (const [context, messages] of Object.entries(po.translations)) {
      for (const message of Object.values(messages)) {
        if (message.msgid === '') continue;
        message.msgstr = [edit(context, message.msgid)];
        if (message.comments) delete message.comments.flag;
      }
    }
    writeFileSync(join(dir, 'es.done.po'), gettext.po.compile(po));
    return join(dir, 'es.done.po');
  }

  it('a source changed since the export: refused, nothing of that entry written', async () => {
    const dir = copyTree(EXAMPLE);
    const file = await translatedPo(dir);
    const en = join(dir, 'en/articles.json');
    writeFileSync(en, readFileSync(en, 'utf8').replace('Customs integrity on the agenda', 'Customs integrity high on the agenda'));
    const esBefore = JSON.parse(readFileSync(join(dir, 'es/articles.json'), 'utf8'));
    const run = await cli(['import', file, '--dir', dir]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/es\.done\.po:\d+:1: error: wco-uncac-2021\/title: the source text of "title" \(en\) changed since this file was exported \(it was "Customs integrity on the agenda.*" and is now "Customs integrity high on the agenda.*"\); export again and translate the new text \(source-changed\)/);
    expect(JSON.parse(readFileSync(join(dir, 'es/articles.json'), 'utf8'))['wco-uncac-2021']).toBeUndefined();
    expect(esBefore['wco-uncac-2021']).toBeUndefined();
    // The other entries came in.
    expect(JSON.parse(readFileSync(join(dir, 'es/articles.json'), 'utf8'))['border-cooperation-asia'].title).toBe('Neighbouring customs administrations in Asia agree on joint border controls');
    expect(run.stdout).toContain('Imported 13 fields of 5 entries into es');
  });

  it('a file that is not UTF-8 (saved as Latin-1 by an old tool): refused with the byte, nothing written', async () => {
    const dir = copyTree(EXAMPLE);
    const file = await translatedPo(dir, (at, text) => (at === 'wco-uncac-2021/title' ? 'Integridad aduanera en la reunión' : text));
    writeFileSync(file, Buffer.from(readFileSync(file, 'utf8'), 'latin1'));
    const before = readFileSync(join(dir, 'es/articles.json'));
    const run = await cli(['import', file, '--dir', dir]);
    expect(run.code).toBe(1);
    expect(run.stderr + run.stdout).toMatch(/es\.done\.po:\d+:\d+: .*not UTF-8/);
    expect(readFileSync(join(dir, 'es/articles.json')).equals(before)).toBe(true);
  });

  it.each([
    ['a placeholder the source lacks', 'wco-uncac-2021/title', (text: string) => `${text} {year}`, 'placeholder {year} is not in the source'],
    ['a dropped HTML tag', 'wco-uncac-2021/body', (text: string) => text.replace('<p>', ''), "the source's <p> element is missing here"],
    ['a tag the source lacks, never closed', 'border-cooperation-asia/title', (text: string) => `${text} <b>`, '<b> is not in the source'],
  ])('broken markup (%s): refused, and the entry not stamped', async (_, context, change, message) => {
    const dir = copyTree(EXAMPLE);
    const file = await translatedPo(dir, (at, text) => (at === context ? change(text) : text));
    const run = await cli(['import', file, '--dir', dir, '--json']);
    expect(run.code).toBe(1);
    const result = JSON.parse(run.stdout);
    const [id, field] = context.split('/');
    expect(result.refused).toEqual([{ id, field, reason: 'markup', message: expect.stringContaining(message === id ? '' : message), line: expect.any(Number), column: 1 }]);
    expect(result.stamped).not.toContain(id);
  });

  it('a Markdown translation that loses a link or translates code: refused', async () => {
    const dir = copyTree(EXAMPLE);
    await exported(dir, ['es', '--out', join(dir, 'es.xlf')]);
    const js = (await xliff2js(readFileSync(join(dir, 'es.xlf'), 'utf8'))) as { resources: Record<string, Record<string, { additionalAttributes: { name: string }; groupUnits: Record<string, { source: string; target?: string; additionalAttributes: { name: string } }> }>> };
    for (const group of Object.values(js.resources.articles!)) {
      for (const unit of Object.values(group.groupUnits)) {
        unit.target = group.additionalAttributes.name === 'laboratory-network-2025'
          ? unit.source.replace('[laboratory network page](https://example.org/labs)', 'página de la red de laboratorios')
          : unit.target || unit.source;
      }
    }
    writeFileSync(join(dir, 'es.done.xlf'), await js2xliff(js));
    const run = await cli(['import', join(dir, 'es.done.xlf'), '--dir', dir]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('error: laboratory-network-2025/body: the source\'s link to "https://example.org/labs" is missing (markup)');
    expect(readFileSync(join(dir, 'es/articles/laboratory-network-2025.md'), 'utf8')).toBe(readFileSync(join(EXAMPLE, 'es/articles/laboratory-network-2025.md'), 'utf8'));
  });

  it('a message still marked fuzzy: refused', async () => {
    const dir = copyTree(EXAMPLE);
    await exported(dir, ['es', '--format', 'po', '--out', join(dir, 'es.po')]);
    const run = await cli(['import', join(dir, 'es.po'), '--dir', dir, '--json']);
    const result = JSON.parse(run.stdout);
    expect(result.refused.filter((r: { reason: string }) => r.reason === 'unfinished').map((r: { id: string; field: string }) => `${r.id}/${r.field}`)).toEqual([
      'tariff-classification-2025/title', 'tariff-classification-2025/summary', 'tariff-classification-2025/body',
    ]);
    expect(result.untranslated).toBe(13);
  });
});
