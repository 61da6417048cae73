/**
 * `export` and `import` say which entry files they left out because they do not read, at
 * file:line:col as `check` does; `export` says its file is incomplete and exits 1 (0 with
 * `--allow-incomplete`); `import` writes nothing over a file it could not read.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, copyTree, TREES } from './run-cli.js';

const TREE = join(TREES, 'broken-entry-files');

describe('export names the files it left out and says its file is incomplete', () => {
  it.each([
    ['without the flag', [], 1],
    ['with --allow-incomplete', ['--allow-incomplete'], 0],
  ] as const)('%s', async (_, flags, code) => {
    const run = await cli(['export', 'es', '--format', 'po', '--all', ...flags, '--dir', TREE]);
    expect(run.code).toBe(code);
    expect(run.stderr).toMatch(new RegExp(`${join(TREE, 'es/articles/fees.json').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:4:1: warning: .*left out \\(JSON_SYNTAX\\)`));
    expect(run.stderr).toMatch(new RegExp(`${join(TREE, 'es/articles/harbour.md').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3:1: warning: .*left out \\(YAML_SYNTAX\\)`));
    expect(run.stderr).toContain('The export is incomplete: 3 files left out (above) are not in it');
    // What reads is still exported.
    expect(run.stdout).toContain('msgctxt "welcome/title"');
  });

  it('another language\'s files that do not read leave this export whole', async () => {
    const run = await cli(['export', 'fr', '--format', 'po', '--dir', TREE]);
    expect(run.stderr).not.toContain(join(TREE, 'es/articles'));
    // The folder that is no tag belongs to no known language: it is still named.
    expect(run.stderr).toContain('The export is incomplete: 1 file left out (above) is not in it');
  });

  it('an entry whose file in the exported language does not read is not offered (import would refuse it)', async () => {
    const run = await cli(['export', 'es', '--all', '--format', 'po', '--allow-incomplete', '--dir', TREE]);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('msgctxt "harbour/');
    expect(run.stdout).not.toContain('msgctxt "fees/');
  });

  it('a tree where everything reads exports with exit 0 and no such line', async () => {
    const run = await cli(['export', 'fr', '--format', 'po', '--dir', join(TREES, 'clean')]);
    expect(run.code).toBe(0);
    expect(run.stderr).not.toContain('incomplete');
  });
});

describe('import names the files it left out and writes nothing over them', () => {
  it('a unit for an entry whose Spanish file does not read is refused, and the file is kept as it is', async () => {
    const dir = copyTree(TREE);
    const out = join(dir, '..', 'es.po');
    // Exported while the Spanish file was away, then the file came back broken before the import.
    const broken = readFileSync(join(dir, 'es/articles/harbour.md'), 'utf8');
    rmSync(join(dir, 'es/articles/harbour.md'));
    await cli(['export', 'es', '--all', '--format', 'po', '--out', out, '--allow-incomplete', '--dir', dir]);
    writeFileSync(join(dir, 'es/articles/harbour.md'), broken);
    const po = readFileSync(out, 'utf8');
    expect(po).toContain('msgctxt "harbour/title"');
    writeFileSync(out, po.replace(/(msgctxt "harbour\/title"\nmsgid "The harbour"\n)msgstr ""/, '$1msgstr "El puerto"'));
    const run = await cli(['import', out, '--dir', dir]);
    expect(run.stdout).toMatch(new RegExp(`^.*es\\.po:\\d+:\\d+: error: harbour/title: the entry's file ${join(dir, 'es/articles/harbour.md').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3:1 is left out .*\\(file-left-out\\)$`, 'm'));
    expect(run.stdout).toMatch(new RegExp(`${join(dir, 'es/articles/fees.json').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:4:1: warning: .*left out \\(JSON_SYNTAX\\)`));
    expect(run.code).toBe(1);
    expect(readFileSync(join(dir, 'es/articles/harbour.md'), 'utf8')).toBe(broken);
  });
});
