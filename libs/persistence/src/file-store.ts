import { createReadStream, promises as fs } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { randomBytes } from 'node:crypto';

/** Where document bytes live. The rows hold a storage key; the bytes sit behind this port. */
export abstract class FileStore {
  /** Writes the bytes under `key` atomically: readers see the whole file or none. */
  abstract put(key: string, bytes: Buffer): Promise<void>;
  /** The whole file under `key`; rejects (ENOENT on disk) when there is none. */
  abstract read(key: string): Promise<Buffer>;
  /**
   * The file under `key` as a stream, for sending without holding it in memory; a missing file errors on the stream.
   */
  abstract stream(key: string): Readable;
  /** Removes the file under `key`; removing a missing one is no error. */
  abstract delete(key: string): Promise<void>;
}

/** Files under a data directory; written to a temporary name, then renamed into place. */
export class LocalDiskFileStore extends FileStore {
  private readonly root: string;

  constructor(dataDir: string) {
    super();
    this.root = resolve(dataDir, 'files');
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    const path = this.pathOf(key);
    await fs.mkdir(dirname(path), { recursive: true });
    const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      await fs.writeFile(temp, bytes, { flag: 'wx' });
      await fs.rename(temp, path);
    } catch (error) {
      await fs.rm(temp, { force: true });
      throw error;
    }
  }

  read(key: string): Promise<Buffer> {
    return fs.readFile(this.pathOf(key));
  }

  stream(key: string): Readable {
    return createReadStream(this.pathOf(key));
  }

  async delete(key: string): Promise<void> {
    await fs.rm(this.pathOf(key), { force: true });
  }

  /** Keys are made by the service (`suppliers/<id>/<docId>`); refuse anything that could escape the root. */
  private pathOf(key: string): string {
    if (!/^[A-Za-z0-9/_.-]+$/.test(key) || key.split('/').some((part) => part === '..' || part === '')) {
      throw new Error(`invalid storage key ${key}`);
    }
    return join(this.root, key);
  }
}
