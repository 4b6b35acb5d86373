import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PGlite } from '@electric-sql/pglite';

/**
 * PGlite's initdb, the first time a data folder is opened, grows its WebAssembly memory to about 650 MB, and a
 * WebAssembly memory never shrinks: a new install's first process would hold that until it restarts (measured
 * 774 MB resident after initdb against 240 MB for a later start; BENCHMARKS.md, memory). So a new folder is
 * created by a short-lived child process, and the app opens the folder it left.
 */
export async function createPgliteFolder(folder: string): Promise<void> {
  if (existsSync(path.join(folder, 'PG_VERSION'))) return;
  const self = fileURLToPath(import.meta.url);
  // Through `npm start` (tsx) this file is TypeScript; the child needs the same loader, found from here (the
  // process may run in any folder).
  const loader = () => pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  const execArgv = self.endsWith('.ts') ? ['--import', loader()] : [];
  await new Promise<void>((resolve, reject) => {
    const child = fork(self, [folder], { execArgv, stdio: 'inherit' });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`PGlite initdb in a child process exited with ${code}`)),
    );
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const folder = process.argv[2] as string;
  const client = new PGlite(folder);
  await client.waitReady;
  await client.close();
}
