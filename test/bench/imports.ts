import { performance } from 'node:perf_hooks';
import type { TestApp } from '../helpers/app.js';

const PREVIEW = `query ($kind: ImportKind!, $la: UUID!, $file: ImportFileInput!) { previewImport(kind: $kind, localAuthorityId: $la, file: $file) { fileHash digest toCreate invalid rows { errors { row column rule } } } }`;
const CONFIRM = `mutation ($kind: ImportKind!, $la: UUID!, $file: ImportFileInput!, $h: String!, $d: String!) { confirmImport(kind: $kind, localAuthorityId: $la, file: $file, fileHash: $h, previewDigest: $d) { created } }`;

export interface ImportFigure {
  name: string;
  rows: number;
  seconds: number;
}

/**
 * 10,000 new children, then a plan for each, imported through the API as a council's first load would
 * be: the dry run (preview) and the write (confirm, which reads the file again) timed apart.
 */
export async function importBenchmark(app: TestApp, token: string, rows = 10_000): Promise<ImportFigure[]> {
  const [{ id: la }] = (await app.sql<{ id: string }>("select id from local_authority where code = '873'")) as [{ id: string }];
  const needs = ['ASD', 'SEMH', 'SLCN', 'MLD', 'SPLD'];
  const references = Array.from({ length: rows }, (_, i) => `CAM-B${String(i).padStart(6, '0')}`);
  const children = ['CaseReference,PersonBirthDate,Sex,SENtype', ...references.map((ref, i) => `${ref},${String((i % 28) + 1).padStart(2, '0')}/0${(i % 9) + 1}/${2008 + (i % 15)},${i % 2 ? 'M' : 'F'},${needs[i % needs.length]}`)].join('\r\n');
  const plans = ['CaseReference,ReceivedDate,StartDate', ...references.map((ref, i) => `${ref},${String((i % 28) + 1).padStart(2, '0')}/01/2025,${String((i % 28) + 1).padStart(2, '0')}/0${(i % 6) + 4}/2025`)].join('\r\n');
  const figures: ImportFigure[] = [];
  for (const [kind, text] of [['CHILDREN', children], ['PLANS', plans]] as const) {
    const file = { filename: `${kind.toLowerCase()}.csv`, text };
    let started = performance.now();
    const preview = await app.graphql(PREVIEW, { kind, la, file }, token);
    const shown = preview.data?.previewImport;
    if (!shown || shown.invalid) throw new Error(`${kind} preview: ${JSON.stringify(preview.errors ?? shown.rows.slice(0, 3))}`);
    figures.push({ name: `${kind} dry run (preview)`, rows, seconds: (performance.now() - started) / 1000 });
    started = performance.now();
    const confirmed = await app.graphql(CONFIRM, { kind, la, file, h: shown.fileHash, d: shown.digest }, token);
    if (confirmed.data?.confirmImport?.created !== rows) throw new Error(`${kind} confirm: ${JSON.stringify(confirmed.errors)}`);
    figures.push({ name: `${kind} write (confirm: read again, check, write)`, rows, seconds: (performance.now() - started) / 1000 });
  }
  return figures;
}

export function printImportFigures(figures: ImportFigure[]): boolean {
  console.log('\n| import | rows | seconds | rows/s | target |');
  console.log('| --- | ---: | ---: | ---: | --- |');
  for (const f of figures) console.log(`| ${f.name} | ${f.rows} | ${f.seconds.toFixed(1)} | ${Math.round(f.rows / f.seconds)} | under 30 s |`);
  return figures.every((f) => f.seconds < 30);
}
