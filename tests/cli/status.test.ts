import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createContentLibrary } from '../../src/index.node.js';
import { loadResources } from '../../src/node/load-resources.js';
import { cli, copyTree, ROOT, TREES } from './run-cli.js';

interface StatusJson {
  entries: number;
  locales: Record<string, { translated: string[]; unverified: string[]; missing: string[]; partial: string[]; outdated: string[]; source: string[]; total: number; percent: { translated: number } }>;
  matrix: { id: string; source: string; cells: Record<string, string[]> }[];
}

async function statusJson(dir: string): Promise<StatusJson> {
  const run = await cli(['status', '--json', '--dir', dir]);
  expect(run.code).toBe(0);
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as StatusJson;
}

describe('localized-content status', () => {
  it('status --json on the example content lists each locale’s entries by state, with totals', async () => {
    const status = await statusJson(join(ROOT, 'examples/content/locales'));
    expect(status.entries).toBe(11);
    expect(status.locales.es).toMatchObject({
      outdated: ['tariff-classification-2025'],
      partial: ['laboratory-network-2025'],
      missing: ['wco-uncac-2021', 'border-cooperation-asia', 'capacity-building-report', 'risk-management-handbook'],
      source: ['youth-trade-forum'],
      total: 10,
    });
    // Three in articles.json, one a Markdown file of its own.
    expect(status.locales.es!.translated).toEqual(['green-customs-2024', 'single-window-guide', 'rules-of-origin-faq', 'port-community-systems']);
    expect(status.locales.es!.percent.translated).toBe(40);
    expect(status.locales.fr).toMatchObject({ partial: ['capacity-building-report'], source: ['rules-of-origin-faq'] });
    expect(status.matrix.find((r) => r.id === 'rules-of-origin-faq')).toMatchObject({ source: 'fr', cells: { en: ['translated'], fr: ['source'], es: ['translated'] } });
    // A partial translation never stamped is both partial and unverified.
    expect(status.locales.es!.unverified).toEqual(['laboratory-network-2025']);
    expect(status.matrix.find((r) => r.id === 'laboratory-network-2025')!.cells.es).toEqual(['partial', 'unverified']);
  });

  it('status prints the totals and the matrix with a legend', async () => {
    const run = await cli(['status', '--dir', join(ROOT, 'examples/content/locales')]);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines).toContain('es            4/10           1         1        1        4   40.0%  ████████▒▒▒▒░░░░░░░░');
    expect(lines).toContain('laboratory-network-2025     S      ·      ~?     ·      ~?     ·');
    expect(lines).toContain('tariff-classification-2025  S      ·      !      ·      ·      ·');
    expect(lines).toContain('S source  ✓ translated  ? unverified  ! outdated  ~ partial  · missing  × unknown');
  });

  it('status on a broken file exits 1 and names its line and column', async () => {
    const run = await cli(['status', '--dir', join(TREES, 'json-syntax')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('json-syntax/es/articles.json:3:40: a comma is missing at the end of line 3: every entry and field but the last ends with a comma (JSON_SYNTAX)');
  });

  it('status --html <file> writes the page and says where', async () => {
    const dir = copyTree(join(TREES, 'clean'));
    const run = await cli(['status', '--dir', dir, '--html', join(dir, '../report.html')]);
    expect(run.stdout).toContain(`Wrote the coverage report to ${join(dir, '../report.html')}`);
    expect(readFileSync(join(dir, '../report.html'), 'utf8')).toMatch(/^<!doctype html>/);
  });
});

describe('after stamp, a change to the source makes the translation outdated', () => {
  it('stamp → edit English → status --json, resolve --json and the library agree', async () => {
    const dir = copyTree(join(TREES, 'clean'));
    expect((await cli(['stamp', 'budget', 'es', '--dir', dir])).code).toBe(0);
    expect((await statusJson(dir)).locales.es).toMatchObject({ translated: ['budget'], outdated: [] });

    const enFile = join(dir, 'en/articles.json');
    writeFileSync(enFile, readFileSync(enFile, 'utf8').replace('The budget for {year}', 'The revised budget for {year}'));

    expect((await statusJson(dir)).locales.es).toMatchObject({ translated: [], outdated: ['budget'] });
    const check = await cli(['check', '--dir', dir]);
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(/es\/articles\.json:\d+:\d+: warning: "budget" was translated from an older version .* \(outdated\)/);

    const resolved = await cli(['resolve', 'budget', 'es', '--json', '--dir', dir]);
    const resolution = JSON.parse(resolved.stdout) as { locale: string; notice: { kind: string; locale: string } };
    expect(resolution).toMatchObject({ locale: 'es', notice: { kind: 'outdated', locale: 'es' } });

    // The site may prefer the source: the reader then gets the English text, still told why.
    const library = createContentLibrary({ defaultLocale: 'en', resources: await loadResources(dir), outdated: 'source' });
    expect(library.resolve('budget', 'es')).toMatchObject({ locale: 'en', notice: { kind: 'outdated' } });
  });
});

describe('freshness from the first day', () => {
  const edit = (file: string, change: (data: Record<string, Record<string, unknown>>) => void): void => {
    const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Record<string, unknown>>;
    change(data);
    writeFileSync(file, JSON.stringify(data, null, 2));
  };

  it('a translation never stamped is unverified in status text, JSON and HTML; stamp --all makes it translated', async () => {
    const dir = copyTree(join(TREES, 'clean'));
    const json = JSON.parse((await cli(['status', '--json', '--dir', dir])).stdout) as StatusJson;
    expect(json.locales.es).toMatchObject({ translated: [], unverified: ['budget'] });
    expect(json.matrix[0]!.cells).toEqual({ en: ['source'], es: ['unverified'], ru: ['unverified'] });
    const text = (await cli(['status', '--dir', dir])).stdout;
    expect(text).toContain('locale  translated  unverified  outdated  partial  missing    done');
    expect(text).toContain('budget  S      ?      ?');
    // The source language's row says what it is, not "0/0 -".
    expect(text.split('\n').filter((line) => /^(en|es|ru) /.test(line)).map((line) => line.replace(/ +/g, ' ').trim())).toEqual([
      'en source of 1 entry',
      'es 0/1 1 0 0 0 0.0% ▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒',
      'ru 0/1 1 0 0 0 0.0% ▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒',
    ]);
    const html = join(dir, '..', 'report.html');
    await cli(['status', '--dir', dir, '--html', html]);
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('<td class="cell unverified" data-locale="es" title="es: unverified">?</td>');
    expect(page).toContain('0 of 1 translated · 1 unverified · 0 outdated');
    await cli(['stamp', '--all', 'es', '--dir', dir]);
    const after = JSON.parse((await cli(['status', '--json', '--dir', dir])).stdout) as StatusJson;
    expect(after.locales.es).toMatchObject({ translated: ['budget'], unverified: [] });
  });

  it('the outdated warning names the fields whose source changed since the stamp', async () => {
    const dir = copyTree(join(TREES, 'clean'));
    await cli(['stamp', 'budget', 'es', '--dir', dir]);
    edit(join(dir, 'en/articles.json'), (data) => {
      data.budget!.title = 'The budget for {year}, revised';
    });
    const run = await cli(['check', '--dir', dir]);
    expect(run.stdout).toContain('warning: "budget" was translated from an older version of the source (en): "title" changed since; update the translation, then run: localized-content stamp budget es (outdated)');
  });

  it('a stamp without field hashes (written before they existed) still tells outdated from current', async () => {
    const dir = copyTree(join(TREES, 'outdated'));
    const run = await cli(['check', '--dir', dir]);
    expect(run.stdout).toContain('was translated from an older version of the source (en); update the translation');
  });

  it('a partial translation that is also outdated shows as both', async () => {
    const dir = copyTree(join(TREES, 'clean'));
    await cli(['stamp', 'budget', 'es', '--dir', dir]);
    edit(join(dir, 'en/articles.json'), (data) => {
      data.budget!.title = 'A new title for {year}';
    });
    edit(join(dir, 'es/articles.json'), (data) => {
      delete data.budget!.body;
    });
    const json = JSON.parse((await cli(['status', '--json', '--dir', dir])).stdout) as StatusJson;
    expect(json.locales.es).toMatchObject({ partial: ['budget'], outdated: ['budget'], translated: [], unverified: [] });
    expect(json.matrix[0]!.cells.es).toEqual(['partial', 'outdated']);
    expect((await cli(['status', '--dir', dir])).stdout).toContain('budget  S      ~!');
  });
});

describe('status over a file per entry, read one entry at a time', () => {
  // Entries are read one id at a time across locales, not locale by locale: the rows and the files
  // left out keep the order of the tree (locales, then the namespace file, then files by name).
  it('status on careless per-entry files: rows in tree order, broken files named in listing order', async () => {
    const dir = join(TREES, 'entry-files-careless');
    const run = await cli(['status', '--dir', dir]);
    expect(run.code).toBe(0);
    const matrix = run.stdout.split('\n').filter((line) => /^[a-z-]+ +[S·?!~✓×]/.test(line));
    expect(matrix).toEqual([
      'ferry    S      ·      ?',
      'a        S      ·      ?',
      'b        S      ?      ·',
      'c        S      ·      ·',
      // Not in the source language (check: unknown-entry): nobody's to translate, missing nowhere.
      'only-es         ×',
      'd        ·      ·      S', // its source file does not read, so its French version stands alone
      'only-fr                ×',
    ]);
    expect(run.stdout).toContain("Not in the source language, so nobody's to translate and counted nowhere (check: unknown-entry): only-es (es), only-fr (fr).");
    expect(run.stderr.split('\n').map((line) => line.slice(0, line.indexOf(':', dir.length + 1)))).toEqual([
      join(dir, 'en/articles/d.json'),
      join(dir, 'fr/articles/b.md'),
      '',
    ]);
  });
});
