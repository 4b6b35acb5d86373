import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../lib/errors.js';

export class StoreLockedError extends AppError {
  constructor(folder: string, pid: number) {
    super(
      'store_locked',
      `The embedded database in ${folder} is already open in another Salesflow process (pid ${pid}). ` +
        'Stop that process, or point DATA_DIR at another folder, or use DATABASE_URL to share a Postgres server.',
    );
    this.name = 'StoreLockedError';
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite has no multi-process locking: two processes writing one folder corrupt it. A pid file created with
 * O_EXCL keeps a second process out; a file left by a crashed process (pid gone) is taken over.
 */
export function acquireDirectoryLock(folder: string): () => void {
  const lockFile = path.join(folder, '..', 'salesflow.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockFile, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => {
        try {
          unlinkSync(lockFile);
        } catch {
          // Already gone: nothing to release.
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(readFileSync(lockFile, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isRunning(pid)) {
        throw new StoreLockedError(folder, pid);
      }
      unlinkSync(lockFile);
    }
  }
  throw new StoreLockedError(folder, Number.NaN);
}
