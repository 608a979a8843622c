import { existsSync, rmSync, rmdirSync } from 'node:fs';
import { dirname } from 'node:path';

/** Everything SQLite may create beside a database file. */
const SIDE_FILES = ['-wal', '-shm', '-journal'];

/** What a command may undo: the paths it created itself, and nothing that was there before. */
export interface CreatedPaths {
  /** Removes the files and then the folders that did not exist when `noteNewDatabase` ran. */
  undo(): void;
}

/**
 * Notes which of a database's files and parent folders do not exist yet, so that a command that
 * fails (an import refused whole) can leave the disk as it found it, not with an empty database
 * in a folder made for it.
 */
export function noteNewDatabase(dbPath: string): CreatedPaths {
  const files = [dbPath, ...SIDE_FILES.map((s) => `${dbPath}${s}`)].filter((f) => !existsSync(f));
  const folders: string[] = [];
  for (let dir = dirname(dbPath); !existsSync(dir); dir = dirname(dir)) folders.push(dir);
  return {
    undo() {
      for (const f of files) rmSync(f, { force: true });
      // Deepest first; a folder something else has written into since is not empty, and stays.
      for (const dir of folders) {
        try {
          rmdirSync(dir);
        } catch {
          return;
        }
      }
    },
  };
}
