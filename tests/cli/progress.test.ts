import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io.js';
import { progress } from '../../src/cli/progress.js';
import { cli, ROOT } from './run-cli.js';

function fakeIO(isTTY: boolean): CliIO & { written: string[] } {
  const written: string[] = [];
  return { cwd: ROOT, isTTY, stdout: () => undefined, stderr: (text) => void written.push(text), written };
}

describe('progress(io, command)', () => {
  it('progress on a terminal redraws one line per whole percent and erases it at the end', () => {
    const io = fakeIO(true);
    const bar = progress(io, 'check');
    for (let i = 1; i <= 20_000; i++) bar.update('checking entries', i, 20_000);
    bar.end();
    expect(io.written).toHaveLength(102); // 0% to 100%, then the erase
    expect(io.written[0]).toBe('\r\x1b[Kcheck: checking entries 0% (1/20000)');
    expect(io.written.at(-2)).toBe('\r\x1b[Kcheck: checking entries 100% (20000/20000)');
    expect(io.written.at(-1)).toBe('\r\x1b[K');
  });

  it('progress off a terminal writes nothing', () => {
    const io = fakeIO(false);
    const bar = progress(io, 'check');
    bar.update('reading files', 1, 2);
    bar.end();
    expect(io.written).toEqual([]);
  });
});

describe('long commands show progress on a terminal only', () => {
  it.each([
    [['check'], true],
    [['status'], true],
    [['check'], false],
    [['status', '--json'], false],
  ])('%j with isTTY %s', async (args, isTTY) => {
    const run = await cli([...args, '--dir', join(ROOT, 'examples/content/locales')], { isTTY });
    if (isTTY) {
      expect(run.stderr).toContain(`\r\x1b[K${args[0]}: reading files`);
      expect(run.stderr.endsWith('\r\x1b[K')).toBe(true);
    } else {
      expect(run.stderr).toBe('');
    }
  });
});
