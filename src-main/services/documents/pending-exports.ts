import { lstat, unlink } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import type { Db } from '../../db/connection';
import { fsyncDir, TEMP_NAME } from '../../storage/document-store';
import type { Clock } from '../clock';

/**
 * Exports write plaintext to a temp file next to the destination before it is renamed into
 * place (issue 11, item 10). If the process dies half-way (killed, crash, power cut), that temp
 * file is decrypted client data in a folder nobody looks at. So its path is recorded in the
 * vault before the file is created and forgotten once it was published or removed; the next
 * unlock deletes whatever such a record still names. O_TMPFILE would avoid the name but Node
 * cannot link such a file into place, and the USB sticks lawyers export to (FAT, exFAT) do not
 * support it.
 */
export function createPendingExports(deps: { db: () => Db; clock: Clock }) {
  // Exports this process is writing right now: a sweep (unlock in another window) leaves them.
  const mine = new Set<string>();

  /** True when `pid` is a running process other than this one (another Emanet writing its export). */
  function otherProcessAlive(pid: number): boolean {
    if (pid === process.pid) return false;
    try {
      process.kill(pid, 0);
      return true;
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'EPERM';
    }
  }

  return {
    /** Before the temp file exists. Fails (LOCKED, say) before any plaintext is written. */
    async record(tempPath: string): Promise<void> {
      mine.add(tempPath);
      try {
        await deps
          .db()
          .insertInto('pending_export')
          .values({ temp_path: tempPath, pid: process.pid, created_at: new Date(deps.clock.now()).toISOString() })
          .execute();
      } catch (error) {
        mine.delete(tempPath);
        throw error;
      }
    },

    /** After the temp file was renamed into place or removed. Best effort: a lock may have closed the vault. */
    async settle(tempPath: string): Promise<void> {
      mine.delete(tempPath);
      await deps
        .db()
        .deleteFrom('pending_export')
        .where('temp_path', '=', tempPath)
        .execute()
        .catch(() => undefined);
    },

    /** Deletes the temp files of exports whose process is gone; returns how many files it removed. */
    async sweep(): Promise<number> {
      const rows = await deps.db().selectFrom('pending_export').select(['temp_path', 'pid']).execute();
      let removed = 0;
      for (const row of rows) {
        if (mine.has(row.temp_path) || otherProcessAlive(row.pid)) continue;
        // Only ever a regular file with our temp name: never a link, never a published export.
        const info = await lstat(row.temp_path).catch(() => null);
        if (info?.isFile() && TEMP_NAME.test(basename(row.temp_path))) {
          const gone = await unlink(row.temp_path).then(
            () => true,
            (error: NodeJS.ErrnoException) => error.code === 'ENOENT',
          );
          // Not removable now (a read-only remount, say): the record stays for the next unlock.
          if (!gone) continue;
          await fsyncDir(dirname(row.temp_path));
          removed++;
        }
        await deps.db().deleteFrom('pending_export').where('temp_path', '=', row.temp_path).execute();
      }
      return removed;
    },
  };
}

export type PendingExports = ReturnType<typeof createPendingExports>;
