/**
 * `filesDifferingByCase`, the one grouping behind `loadResources`' `ID_CASE_COLLISION` (by
 * namespace) and `check`'s `id-case-collision` (by locale). Files are written `group/id@file`.
 */
import { describe, expect, it } from 'vitest';
import { filesDifferingByCase } from '../../src/node/files-differing-by-case.js';

interface File { readonly group: string | undefined; readonly id: string; readonly file: string }

const file = (spec: string): File => {
  const [where, file] = spec.split('@') as [string, string];
  const [group, id] = where.split('/') as [string, string];
  return { group: group === '-' ? undefined : group, id, file };
};

describe('filesDifferingByCase', () => {
  // [files in the order listed, the groups found (each file's `file`)]
  it.each([
    [['a/About@1', 'a/news@2', 'a/about@3'], [['1', '3']]],
    [['a/About@1', 'b/about@2'], []],
    [['a/About@1', 'b/about@2', 'a/ABOUT@3', 'b/About@4'], [['1', '3'], ['2', '4']]],
    [['a/x@1', 'a/X@2', 'a/y@3', 'a/Y@4', 'a/x@5'], [['5', '2'], ['3', '4']]],
    [['a/about@1', 'a/about@2'], []],
    [['-/About@1', '-/about@2', 'a/news@3'], []],
    [['a/About@1', 'a/aBout@2', 'a/abouT@3'], [['1', '2', '3']]],
    [[], []],
  ])('%j → %j', (listed, groups) => {
    expect(filesDifferingByCase(listed.map(file), (f) => f.group).map((group) => group.map((f) => f.file))).toEqual(groups);
  });
});
