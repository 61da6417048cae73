import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

const dir = ['--dir', 'examples/content/locales'];

describe('localized-content resolve', () => {
  it('resolve wco-uncac-2021 es → the Spanish notice for the English article', async () => {
    const run = await cli(['resolve', 'wco-uncac-2021', 'es', ...dir]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('served in en (fallback)');
    expect(run.stdout).toContain('[unavailable, es, ltr]');
    expect(run.stdout).toContain('inglés');
  });

  it('resolve --json prints the resolution alone on stdout', async () => {
    const run = await cli(['resolve', 'tariff-classification-2025', 'es-MX,fr;q=0.5', ...dir, '--json']);
    expect(run.code).toBe(0);
    const r = JSON.parse(run.stdout);
    expect(r).toMatchObject({ id: 'tariff-classification-2025', locale: 'es', match: 'variant', uiLocale: 'es', requested: 'es-MX' });
    expect(r.notice.kind).toBe('outdated');
    expect(run.stderr).toBe('');
  });

  it('an unknown id prints a clear message and exits 1', async () => {
    const run = await cli(['resolve', 'no-such-article', 'es', ...dir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('no entry "no-such-article"');
    expect(run.stdout).toBe('');
  });

  it.each([
    [['resolve'], 2, 'resolve takes an entry id'],
    [['frobnicate'], 2, 'unknown command "frobnicate"'],
    [['resolve', 'x', 'es', '--bogus'], 2, "Unknown option '--bogus'"],
    [['resolve', 'x', 'es', '--dir', 'does/not/exist'], 1, 'locales folder not found (FILE_NOT_FOUND)'],
  ])('%j exits %i saying %s', async (args, code, message) => {
    const run = await cli(args);
    expect(run.code).toBe(code);
    expect(run.stderr).toContain(message);
  });

  it('--help lists the commands', async () => {
    const run = await cli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Commands:\n\s+resolve/);
  });
});
