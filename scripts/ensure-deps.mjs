// Installs npm dependencies when node_modules is missing or older than the lockfile.
// Plain Node with no imports from node_modules: it runs before anything is installed.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`Gyokaku には Node.js 20.19 以降が必要です（現在 ${process.version}）。`);
  process.exit(1);
}

const installed = 'node_modules/.package-lock.json';
const stale = !existsSync(installed) || statSync('package-lock.json').mtimeMs > statSync(installed).mtimeMs;
if (stale) {
  console.log('依存パッケージをインストールしています（npm ci）…');
  execSync('npm ci --no-audit --no-fund', { stdio: 'inherit' });
}
