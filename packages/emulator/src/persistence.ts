import { existsSync, readFileSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { parseState } from './store.ts';
import type { StateData } from './store.ts';

/** Reads a state file; undefined when it does not exist; a clear error naming the file when corrupt. */
export function loadStateFile(file: string): StateData | undefined {
  if (!existsSync(file)) return undefined;
  try {
    return parseState(JSON.parse(readFileSync(file, 'utf8')));
  } catch (error) {
    throw new Error(
      `Emulator state file ${file} is corrupt (${(error as Error).message}). ` +
        'It was left untouched: fix it, or move it away to start from the seed.',
      { cause: error },
    );
  }
}

/** Debounced atomic writer: write a temp file, then rename over the target. */
export class StateWriter {
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly file: string,
    private readonly read: () => StateData,
    private readonly delayMs = 50,
  ) {}

  /** Schedules a write soon. */
  markDirty(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, this.delayMs);
  }

  /** Writes now (and waits for any write in progress). */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const text = `${JSON.stringify(this.read())}\n`;
    this.writing = this.writing.then(async () => {
      const temp = `${this.file}.${process.pid}.tmp`;
      await writeFile(temp, text, 'utf8');
      await rename(temp, this.file);
    });
    await this.writing;
  }
}
