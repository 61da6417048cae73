/**
 * `import` refuses what it cannot trust. A file that is broken or cut short (as a crashed tool or
 * an interrupted copy leaves it) is refused whole, at its line and column, and nothing is written;
 * two units for one field are both refused, with their places, never "the last one wins"; a unit
 * left empty is skipped and listed at its place. Each case is a real file: the example's export,
 * translated by copying each source into its target, then broken the way the case says.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, copyTree, ROOT } from './run-cli.js';

const EXAMPLE = join(ROOT, 'examples/content/locales');

/** One hash of every file under `dir`, to show that nothing was written. */
function treeHash(dir: string): string {
  const hash = createHash('sha256');
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    hash.update(path).update(readFileSync(path));
  }
  return hash.digest('hex');
}

/** The locales tree and the es export in `format`, every unit translated with its own source text. */
async function translated(format: 'xliff' | 'xliff12' | 'po'): Promise<{ dir: string; text: string }> {
  const dir = copyTree(EXAMPLE);
  const run = await cli(['export', 'es', '--format', format, '--dir', dir]);
  expect(run.code).toBe(0);
  const text =
    format === 'po'
      ? run.stdout.replace(/^(msgctxt "[^\n]*"\n)(msgid "[^\n]*\n(?:"[^\n]*\n)*)msgstr "[^\n]*"\n(?:"[^\n]*\n)*/gm, (_, context: string, id: string) => `${context}${id}${id.replace(/^msgid/, 'msgstr')}`).replace(/^#, fuzzy\n/gm, '')
      : // Confirmed, as the fuzzy marks are removed from PO: outdated units are exported unfinished.
        run.stdout.replace(/ state="(?:initial|needs-review-translation)"/g, '').replace(/<source>([\s\S]*?)<\/source>(\s*)<target>[\s\S]*?<\/target>/g, '<source>$1</source>$2<target>$1</target>');
  return { dir, text };
}

/** 1-based line and column of the first `needle` in `text`, plus `shift` columns. */
function placeOf(text: string, needle: string, shift = 0): string {
  const at = text.indexOf(needle);
  expect(at).toBeGreaterThanOrEqual(0);
  const before = text.slice(0, at);
  return `${before.split('\n').length}:${at - before.lastIndexOf('\n') + shift}`;
}

/** Line and column of the last character of `text`. */
function endOf(text: string): string {
  const lines = text.split('\n');
  return `${lines.length}:${lines.at(-1)!.length}`;
}

const cut = (text: string, fraction: number): string => text.slice(0, Math.floor(text.length * fraction));

describe('a broken or cut-short file is refused whole, at file:line:col, and nothing is written', () => {
  type Case = [name: string, format: 'xliff' | 'xliff12' | 'po', breakIt: (text: string) => string, place: (broken: string) => string, message: string];
  const cases: Case[] = [
    ['XLIFF 2.0 cut short in the middle of a unit', 'xliff', (t) => cut(t, 0.6), endOf, 'the file ends before the <xliff> element is closed: it was cut short'],
    ['XLIFF 1.2 cut short', 'xliff12', (t) => cut(t, 0.5), endOf, 'the file ends before the <xliff> element is closed: it was cut short'],
    ['XLIFF 2.0 with a misspelt closing tag', 'xliff', (t) => t.replace('</target>', '</targte>'), (b) => placeOf(b, '</targte>', 8), 'not well-formed XML: Unexpected close tag'],
    ['XLIFF 2.0 with an attribute left unquoted', 'xliff', (t) => t.replace('name="title"', 'name=title'), (b) => placeOf(b, 'name=title', 5), 'not well-formed XML: Unquoted attribute value'],
    ['an XML file that is not XLIFF', 'xliff', (t) => t.replace(/<xliff [^>]*>/, '<html>').replace('</xliff>', '</html>'), (b) => placeOf(b, '<html>'), 'not an XLIFF document: the root element is <html>'],
    ['XLIFF 2.0 with one unit id twice (a tool that copied a unit)', 'xliff', (t) => t.replace('<unit id="u2"', '<unit id="u1"'), (b) => placeOf(b, '<unit id="u1" name="summary"'), 'unit id "u1" is used again in this <file> (first at 5:7)'],
    ['PO cut short inside a string', 'po', (t) => t.slice(0, t.indexOf('Customs integrity on the agenda') + 10), (b) => placeOf(b, '"Customs in'), 'the string that opens here is not closed on its line'],
    ['PO cut short after a msgid', 'po', (t) => t.slice(0, t.indexOf('\n', t.indexOf('msgid "Customs integrity')) + 1), (b) => `${b.split('\n').length}:1`, 'the file ends inside the message at'],
    ['PO with a quote left unescaped in a translation', 'po', (t) => t.replace('msgstr "Customs integrity on the agenda', 'msgstr "Customs "integrity" on the agenda'), (b) => placeOf(b, 'integrity" on the agenda'), 'text after the closing quote'],
    ['PO with a misspelt keyword', 'po', (t) => t.replace('msgstr "Customs integrity', 'msgtsr "Customs integrity'), (b) => placeOf(b, 'msgtsr'), '"msgtsr" is not a PO keyword'],
    ['PO with an unknown escape', 'po', (t) => t.replace('msgstr "Customs integrity', 'msgstr "Customs\\q integrity'), (b) => placeOf(b, '\\q'), 'unknown escape \\q'],
  ];

  it.each(cases)('%s', async (_, format, breakIt, place, message) => {
    const { dir, text } = await translated(format);
    const broken = breakIt(text);
    expect(broken).not.toBe(text);
    const file = join(dir, format === 'po' ? 'es.done.po' : 'es.done.xlf');
    writeFileSync(file, broken);
    const before = treeHash(dir);
    const run = await cli(['import', file, '--dir', dir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${file}:${place(broken)}: ${message}`);
    expect(run.stderr).toContain('(INVALID_EXCHANGE_FILE)');
    expect(treeHash(dir)).toBe(before);
    // The same file whole imports: the break, not the file, was refused.
    writeFileSync(file, text);
    expect((await cli(['import', file, '--dir', dir])).code).toBe(0);
  });
});

describe('two units for one entry field: both refused, with their places, neither written', () => {
  it.each([
    ['XLIFF 2.0 (a second unit, its own id)', 'xliff' as const],
    ['PO (the message twice, another translation)', 'po' as const],
  ])('%s', async (_, format) => {
    const { dir, text } = await translated(format);
    let twice: string;
    if (format === 'po') {
      const start = text.lastIndexOf('#.', text.indexOf('msgctxt "wco-uncac-2021/title"'));
      const block = text.slice(text.lastIndexOf('\n\n', start) + 2, text.indexOf('\n\n', start) + 2);
      twice = text.replace(block, `${block}${block.replace(/msgstr "Customs integrity/, 'msgstr "Integridad aduanera')}`);
    } else {
      const block = /<unit id="u1"[\s\S]*?<\/unit>\n/.exec(text)![0];
      twice = text.replace(block, `${block}${block.replace('id="u1"', 'id="u99"').replace(/<target>Customs integrity/, '<target>Integridad aduanera')}`);
    }
    const file = join(dir, format === 'po' ? 'es.done.po' : 'es.done.xlf');
    writeFileSync(file, twice);
    const run = await cli(['import', file, '--dir', dir, '--json']);
    expect(run.code).toBe(1);
    const result = JSON.parse(run.stdout);
    const needle = format === 'po' ? 'msgctxt "wco-uncac-2021/title"' : '<unit id="u';
    const first = format === 'po' ? placeOf(twice, '#.') : placeOf(twice, '<unit id="u1"');
    expect(first).toBeDefined();
    const places = [...twice.matchAll(new RegExp(format === 'po' ? needle : '<unit id="u(?:1|99)"', 'g'))].map((m) => {
      const before = twice.slice(0, m.index);
      return { line: before.split('\n').length, column: m.index - before.lastIndexOf('\n') };
    });
    expect(places).toHaveLength(2);
    expect(result.refused).toEqual(
      places.map((at, i) => ({ id: 'wco-uncac-2021', field: 'title', reason: 'duplicate', line: at.line, column: at.column, message: `this field is in the file 2 times (also at ${places[1 - i]!.line}:${places[1 - i]!.column}): keep one unit for it and import again` })),
    );
    const es = JSON.parse(readFileSync(join(dir, 'es/articles.json'), 'utf8'));
    // The entry's other fields came in; the doubled one did not, and the entry is not stamped.
    expect(es['wco-uncac-2021'].summary).toMatch(/^The Organisation/);
    expect(es['wco-uncac-2021'].title).toBeUndefined();
    expect(result.stamped).not.toContain('wco-uncac-2021');
  });
});

describe('a unit left empty is skipped and listed at its place', () => {
  it.each([['XLIFF 2.0', 'xliff' as const], ['PO', 'po' as const]])('%s', async (_, format) => {
    const { dir, text } = await translated(format);
    const emptied =
      format === 'po'
        ? text.replace(/(msgctxt "border-cooperation-asia\/summary"\nmsgid "[^\n]*"\n(?:"[^\n]*"\n)*)msgstr "[^\n]*"\n(?:"[^\n]*"\n)*/, '$1msgstr ""\n')
        : text.replace(/(<unit id="u8" name="summary"[\s\S]*?<target>)[\s\S]*?(<\/target>)/, '$1$2');
    expect(emptied).not.toBe(text);
    const file = join(dir, format === 'po' ? 'es.done.po' : 'es.done.xlf');
    writeFileSync(file, emptied);
    const run = await cli(['import', file, '--dir', dir]);
    expect(run.code, run.stdout).toBe(0);
    const at = format === 'po' ? placeOf(emptied, 'msgctxt "border-cooperation-asia/summary"') : placeOf(emptied, '<unit id="u8"');
    expect(run.stdout).toContain(`${file}:${at}: warning: border-cooperation-asia/summary: no translation in the file; skipped (untranslated)`);
    expect(run.stdout).toContain('Skipped 1 with no translation.');
    expect(run.stdout).toContain('Imported 15 fields of 6 entries into es');
  });
});
