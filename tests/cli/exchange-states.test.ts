/**
 * What an XLIFF file says about a target besides its text: the state a tool gave it (an outdated
 * translation goes out unfinished and is refused until confirmed, as PO's fuzzy), inline elements
 * this format does not carry (refused, with the line), CDATA (text), and the language the file names
 * (one the tree lacks is refused unless asked for with --locale).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, copyTree, ROOT } from './run-cli.js';

const EXAMPLE = join(ROOT, 'examples/content/locales');
const OUTDATED = ['tariff-classification-2025/title', 'tariff-classification-2025/summary', 'tariff-classification-2025/body'];

interface ImportJson {
  readonly locale: string;
  readonly refused: { id: string; field: string; reason: string; message: string; line: number }[];
  readonly stamped: string[];
  readonly untranslated: number;
  readonly imported: Record<string, string[]>;
}

async function exportTo(dir: string, format: string): Promise<string> {
  const file = join(dir, `es.${format}.xlf`);
  const run = await cli(['export', 'es', '--format', format, '--out', file, '--dir', dir]);
  expect(run.code, run.stderr).toBe(0);
  return file;
}

async function importJson(dir: string, file: string, extra: string[] = []): Promise<{ code: number; result: ImportJson }> {
  const run = await cli(['import', file, '--dir', dir, '--json', ...extra]);
  return { code: run.code, result: JSON.parse(run.stdout) as ImportJson };
}

describe('an outdated translation through XLIFF', () => {
  it.each([
    ['xliff', '<segment state="initial">', [/<segment state="initial">/g, '<segment state="translated">']],
    ['xliff12', '<target state="needs-review-translation">', [/<target state="needs-review-translation">/g, '<target state="translated">']],
  ] as const)('%s: exported marked %s; the untouched file is refused and the entry stays outdated, the confirmed one is imported', async (format, mark, [marked, confirmed]) => {
    const dir = copyTree(EXAMPLE);
    const file = await exportTo(dir, format);
    const text = readFileSync(file, 'utf8');
    expect(text.split(mark).length - 1).toBe(3); // the three fields of the one outdated entry
    const untouched = await importJson(dir, file);
    expect(untouched.code).toBe(1);
    expect(untouched.result.refused.map((r) => [`${r.id}/${r.field}`, r.reason])).toEqual(OUTDATED.map((at) => [at, 'unfinished']));
    expect(untouched.result.stamped).not.toContain('tariff-classification-2025');
    const outdatedInEs = async (): Promise<string[]> => (JSON.parse((await cli(['status', '--dir', dir, '--json'])).stdout) as { locales: Record<string, { outdated: string[] }> }).locales.es!.outdated;
    expect(await outdatedInEs()).toEqual(['tariff-classification-2025']);
    writeFileSync(file, text.replace(marked, confirmed));
    // Confirmed: written (the example's old body lacks a paragraph the source gained: that one is
    // still refused, for its markup, so the entry stays outdated).
    const done = await importJson(dir, file);
    expect(done.result.refused.map((r) => [`${r.id}/${r.field}`, r.reason])).toEqual([['tariff-classification-2025/body', 'markup']]);
    expect(done.result.imported['tariff-classification-2025']).toEqual(['title', 'summary']);
  });
});

describe('an XLIFF target that is not plain text', () => {
  /** The example's export for es with the (empty) title target of entry wco-uncac-2021 replaced. */
  async function withTitleTarget(dir: string, format: string, target: string): Promise<{ file: string; line: number }> {
    const file = await exportTo(dir, format);
    const text = readFileSync(file, 'utf8');
    const group = text.indexOf('"wco-uncac-2021"');
    const unit = text.indexOf('unit id=', group);
    const empty = text.indexOf('<target></target>', unit);
    writeFileSync(file, text.slice(0, empty) + target + text.slice(empty + '<target></target>'.length));
    return { file, line: text.slice(0, unit).split('\n').length };
  }

  it.each([
    ['xliff', '<target>Integridad <b>aduanera</b></target>', 'b'],
    ['xliff', '<target><pc id="1">Integridad</pc> aduanera</target>', 'pc'],
    ['xliff12', '<target>Integridad <g id="1">aduanera</g></target>', 'g'],
    ['xliff12', '<target><bpt id="1">&lt;b&gt;</bpt>Integridad</target>', 'bpt'],
  ])('%s %s: refused with its line, nothing written', async (format, target, element) => {
    const dir = copyTree(EXAMPLE);
    const { file, line } = await withTitleTarget(dir, format, target);
    const { result } = await importJson(dir, file);
    expect(result.refused.filter((r) => r.reason === 'unreadable').map((r) => [r.id, r.field, r.line, r.message])).toEqual([
      ['wco-uncac-2021', 'title', line, `the target holds the XML element <${element}>, which this format does not carry; write markup as the source does (as text, &lt;${element}&gt;) or leave it out`],
    ]);
    expect(JSON.parse(readFileSync(join(dir, 'es/articles.json'), 'utf8'))['wco-uncac-2021']).toBeUndefined();
  });

  it.each([
    ['xliff', '<target><![CDATA[Integridad aduanera]]></target>', 'Integridad aduanera'],
    ['xliff', '<target>Integridad <![CDATA[aduanera & más]]></target>', 'Integridad aduanera & más'],
    ['xliff12', '<target><![CDATA[Integridad]]> aduanera</target>', 'Integridad aduanera'],
  ])('%s %s: CDATA is text, imported as %j', async (format, target, title) => {
    const dir = copyTree(EXAMPLE);
    const { file } = await withTitleTarget(dir, format, target);
    const { result } = await importJson(dir, file);
    expect(result.refused.filter((r) => r.id === 'wco-uncac-2021')).toEqual([]);
    expect(JSON.parse(readFileSync(join(dir, 'es/articles.json'), 'utf8'))['wco-uncac-2021'].title).toBe(title);
  });
});

describe("the file's language, judged with the export's own record (each unit's exported-for note)", () => {
  /** Drops every note but the hash, as a tool that strips notes it did not write might. */
  const withoutRecord = (text: string): string => text.replace(/<note>exported-for: [^<]*<\/note>\s*/g, '');

  it.each([
    ['xliff', 'trgLang="es"', 'trgLang="es-ES"'],
    ['xliff12', 'target-language="es"', 'target-language="es-ES"'],
  ])('%s relabelled %s → %s within one language: the record wins, imported into es', async (format, from, to) => {
    const dir = copyTree(EXAMPLE);
    const file = await exportTo(dir, format);
    writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));
    const { result } = await importJson(dir, file);
    expect(result.locale).toBe('es');
    expect(result.refused.map((r) => r.reason)).toEqual(['unfinished', 'unfinished', 'unfinished']);
    expect(existsSync(join(dir, 'es-ES'))).toBe(false);
  });

  it.each([
    ['xliff', 'trgLang="es"', 'trgLang="fr"', 'fr'],
    ['xliff', 'trgLang="es"', 'trgLang="de"', 'de'],
    ['xliff12', 'target-language="es"', 'target-language="ru"', 'ru'],
  ])('%s relabelled %s → %s, another language: refused, naming both; --locale es imports into es', async (format, from, to, relabelled) => {
    const dir = copyTree(EXAMPLE);
    const file = await exportTo(dir, format);
    writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));
    const before = existsSync(join(dir, relabelled, 'articles.json')) ? readFileSync(join(dir, relabelled, 'articles.json'), 'utf8') : undefined;
    const run = await cli(['import', file, '--dir', dir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`the file was exported for es, but its target language now says ${relabelled} (a tool or a hand changed it), so which language its translations are in cannot be told; import with --locale es if they are in es, or --locale ${relabelled} if they are in ${relabelled} (INVALID_EXCHANGE_FILE)`);
    expect(existsSync(join(dir, relabelled, 'articles.json')) ? readFileSync(join(dir, relabelled, 'articles.json'), 'utf8') : undefined).toBe(before);
    const chosen = await importJson(dir, file, ['--locale', 'es']);
    expect(chosen.result.locale).toBe('es');
    expect(chosen.result.refused.map((r) => r.reason)).toEqual(['unfinished', 'unfinished', 'unfinished']);
  });

  it('PO whose Language a translator changed from es to fr: refused the same way', async () => {
    const dir = copyTree(EXAMPLE);
    const file = join(dir, 'es.po');
    await cli(['export', 'es', '--format', 'po', '--out', file, '--dir', dir]);
    writeFileSync(file, readFileSync(file, 'utf8').replace('"Language: es\\n"', '"Language: fr\\n"'));
    const run = await cli(['import', file, '--dir', dir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('the file was exported for es, but its target language now says fr');
  });

  it('without the record (a tool dropped the notes), the file\'s language is taken as it is: es-ES has no folder, so --locale is asked for', async () => {
    const dir = copyTree(EXAMPLE);
    const file = await exportTo(dir, 'xliff');
    writeFileSync(file, withoutRecord(readFileSync(file, 'utf8')).replace('trgLang="es"', 'trgLang="es-ES"'));
    const run = await cli(['import', file, '--dir', dir]);
    expect(run.code).toBe(1);
    expect(run.stderr + run.stdout).toContain(`the file is for es-ES, which ${dir} has no folder for (it has en, ar, es, fr, ru, zh); if a tool changed the file's language, import with --locale set to the language it was exported for, or with --locale es-ES to start es-ES`);
    expect(existsSync(join(dir, 'es-ES'))).toBe(false);
  });
});
