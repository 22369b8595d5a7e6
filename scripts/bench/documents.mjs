// Plan sheet PDF (warm browser), booklets of 40 and 165 plans, workbook and CSV, on synthetic plans.
import { benchDocuments } from '../../packages/server/dist/documents/document-bench.js';

export async function benchDocumentOutputs() {
  console.log('\n== 帳票（PDF・Excel・CSV）==');
  const rows = await benchDocuments();
  for (const row of rows) {
    const sorted = [...row.runs].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    const runs = row.runs.map((ms) => ms.toFixed(0)).join(', ');
    console.log(`${row.label.padEnd(44)} median ${median.toFixed(0).padStart(6)} ms   ${(row.bytes / 1024).toFixed(0).padStart(6)} KiB   runs: ${runs}`);
  }
}
