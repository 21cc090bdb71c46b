import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite is single-process: two processes on one data folder corrupt it. A pid lock file lets the
 * second one (the CLI while the server runs, say) stop with a message instead.
 */
export class EmbeddedLock {
  private readonly file: string;

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.file = join(dataDir, 'embedded.lock');
  }

  acquire(purpose: string): void {
    if (existsSync(this.file)) {
      const [pidText, holder] = readFileSync(this.file, 'utf8').split('\n');
      const pid = Number(pidText);
      if (pid && pid !== process.pid && alive(pid)) {
        throw new Error(
          `The embedded database in ${this.file.replace(/\/embedded\.lock$/, '')} is in use by process ${pid} (${holder ?? 'unknown'}). ` +
            'Only one process can open it: stop that process first, or point both at PostgreSQL with DATABASE_URL.',
        );
      }
    }
    writeFileSync(this.file, `${process.pid}\n${purpose}\n`);
  }

  release(): void {
    try {
      const [pidText] = readFileSync(this.file, 'utf8').split('\n');
      if (Number(pidText) === process.pid) rmSync(this.file);
    } catch {
      // already gone
    }
  }
}
