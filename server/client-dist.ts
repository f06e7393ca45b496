// The explorer page as built by Vite into dist/client, which Express serves: where it lives, whether
// it is there, and how to build it (at install, at start when missing, and for the browser tests).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { SetupError } from './errors';
import { step } from './cli/progress';

const ROOT = path.resolve(__dirname, '..');
export const CLIENT_DIST = path.join(ROOT, 'dist', 'client');

export function clientBuilt(): boolean {
  return existsSync(path.join(CLIENT_DIST, 'index.html'));
}

export function buildClient(): Promise<void> {
  step('building the explorer page (vite)');
  return new Promise((resolve, reject) => {
    const vite = path.join(ROOT, 'node_modules', '.bin', 'vite');
    const child = spawn(vite, ['build', '--config', path.join(ROOT, 'client', 'vite.config.mts'), '--logLevel', 'warn'], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    child.on('error', (e) => reject(new SetupError(`could not run vite: ${e.message}`)));
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new SetupError(`the client build failed (exit ${code})`))));
  });
}
