// The browser tests drive Debian's Chromium (never a downloaded one). As root on Debian,
// install it with the Japanese fonts and poppler when missing; otherwise say what to install.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = '/usr/bin/chromium';

export function ensureBrowser() {
  const missing = [];
  if (!existsSync(CHROMIUM)) missing.push('chromium');
  if (!existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc')) missing.push('fonts-noto-cjk');
  // pdftotext reads the text of the PDFs the browser tests download.
  if (!existsSync('/usr/bin/pdftotext')) missing.push('poppler-utils');
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) {
    throw new Error(`ブラウザテストには Debian パッケージ ${missing.join(' ')} が必要です: sudo apt-get install -y ${missing.join(' ')}`);
  }
  console.log(`Debian パッケージをインストールしています: ${missing.join(' ')}`);
  execSync('apt-get update -qq', { stdio: 'inherit' });
  execSync(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`, { stdio: 'inherit' });
}
