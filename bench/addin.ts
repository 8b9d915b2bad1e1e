import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildPane } from '../scripts/addin/bundle';
import { addinSettings } from '../scripts/addin/settings';
import type { BenchSection } from './run';

// The Outlook task pane's first load: what the browser fetches from our server before the pane is usable
// (page, styles, script), gzipped as the server sends it. office.js comes from Microsoft's CDN and is not counted.

export const ADDIN_BUDGET_KB = 150;
const FIRST_LOAD = ['taskpane.html', 'taskpane.css', 'taskpane.js'];

export async function paneFirstLoad(): Promise<{ file: string; rawKb: number; gzipKb: number }[]> {
  const { dir } = await buildPane(addinSettings());
  return FIRST_LOAD.map((file) => {
    const raw = readFileSync(join(dir, file));
    return { file, rawKb: raw.length / 1024, gzipKb: gzipSync(raw, { level: 9 }).length / 1024 };
  });
}

const section: BenchSection = {
  name: 'Outlook add-in pane (first load, gzipped, without office.js)',
  async run() {
    const files = await paneFirstLoad();
    const total = files.reduce((s, f) => s + f.gzipKb, 0);
    return [
      ...files.map((f) => `${f.file.padEnd(14)} ${f.rawKb.toFixed(1).padStart(6)} KB raw  ${f.gzipKb.toFixed(1).padStart(6)} KB gzip`),
      `first load     ${total.toFixed(1).padStart(6)} KB gzip of a ${ADDIN_BUDGET_KB} KB budget (${total <= ADDIN_BUDGET_KB ? 'within' : 'OVER'})`,
    ];
  },
};
export default section;
