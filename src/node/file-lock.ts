/**
 * A lock file beside a file being edited, `.<name>.lock`, created exclusively (`wx`): two
 * programs of this package editing one file take turns instead of each writing over the other's
 * change. A lock whose process is gone, or that is older than `STALE_LOCK_MS`, is taken over.
 */
import { open, readFile, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { FileError } from '../core.js';
import { fileErrorOf, isSystemError } from './system-error.js';

/** How long to wait for another program's lock before giving up. */
const LOCK_WAIT_MS = 30_000;
/** A lock this old is left over from a crash: no edit holds a lock for minutes. */
const STALE_LOCK_MS = 120_000;

/** The lock file's path for `file`. */
function lockPathOf(file: string): string {
  return join(dirname(file), `.${basename(file)}.lock`);
}

function processIsGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return isSystemError(error) && error.code === 'ESRCH';
  }
}

/** A lock younger than this is never taken over: its owner may have just released it and exited. */
const MIN_TAKEOVER_AGE_MS = 1_000;

/** Identity of one lock file: a lock released and taken again by another program is another file. */
type LockIdentity = { readonly ino: number; readonly mtimeMs: number };

/** The lock's identity when it is left over (its process gone, or too old), else `undefined`. */
async function staleLock(lock: string): Promise<LockIdentity | undefined> {
  try {
    const [text, stats] = await Promise.all([readFile(lock, 'utf8'), stat(lock)]);
    const pid = Number.parseInt(text, 10);
    const age = Date.now() - stats.mtimeMs;
    const stale = age > STALE_LOCK_MS || (age > MIN_TAKEOVER_AGE_MS && Number.isSafeInteger(pid) && pid > 0 && pid !== process.pid && processIsGone(pid));
    return stale ? { ino: stats.ino, mtimeMs: stats.mtimeMs } : undefined;
  } catch {
    return undefined; // released meanwhile, or being written: try again
  }
}

/**
 * Removes a left-over lock, but only the one judged stale: between the judgement and the removal
 * its owner may release it and another program take a new one, which must stay.
 */
async function removeStale(lock: string, judged: LockIdentity): Promise<void> {
  const now = await stat(lock).catch(() => undefined);
  if (now !== undefined && now.ino === judged.ino && now.mtimeMs === judged.mtimeMs) await rm(lock, { force: true });
}

/**
 * Runs `task` while holding the lock of `file`. Throws a `FileError` (`FILE_LOCKED`) after
 * `waitMs` when another program keeps it.
 */
export async function withFileLock<T>(file: string, shownAs: string, task: () => Promise<T>, waitMs = LOCK_WAIT_MS): Promise<T> {
  const lock = lockPathOf(file);
  const deadline = Date.now() + waitMs;
  let pause = 5;
  for (;;) {
    try {
      const handle = await open(lock, 'wx', 0o644);
      await handle.writeFile(`${process.pid}\n`).finally(() => handle.close());
      break;
    } catch (error) {
      if (!isSystemError(error) || error.code !== 'EEXIST') throw fileErrorOf(error, shownAs, 'write');
    }
    const stale = await staleLock(lock);
    if (stale !== undefined) {
      await removeStale(lock, stale);
      continue;
    }
    if (Date.now() > deadline) {
      throw new FileError('FILE_LOCKED', `another program has been editing this file for ${Math.round(waitMs / 1000)} s (lock file ${lock}); try again, or delete the lock file if nothing is running`, { file: shownAs });
    }
    await sleep(pause + Math.random() * pause);
    pause = Math.min(pause * 2, 100);
  }
  try {
    return await task();
  } finally {
    await rm(lock, { force: true });
  }
}
