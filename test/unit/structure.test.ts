import { appendFile, cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import { afterAll, describe, expect, it } from 'vitest';

/** The structure rules of api/.dependency-cruiser.cjs, on the API as it is and on a copy with one import planted against each. */
const api = fileURLToPath(new URL('../../api', import.meta.url));

async function violations(root: string): Promise<string[]> {
  const options = await extractDepcruiseOptions(path.join(api, '.dependency-cruiser.cjs'));
  const result = await cruise(['src'], { ...options, baseDir: root }, {}, { tsConfig: extractTSConfig(path.join(root, 'tsconfig.json')) });
  return (result.output as ICruiseResult).summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
}

const copies: string[] = [];
afterAll(async () => {
  for (const dir of copies) await rm(dir, { recursive: true, force: true });
});

describe('the API structure', () => {
  it('holds: the core imports no feature, features reach each other only through index.ts, with no cycle', async () => {
    expect(await violations(api)).toEqual([]);
  });

  it('fails on a planted import against each rule', async () => {
    const copy = await mkdtemp(path.join(tmpdir(), 'send-qa-structure-'));
    copies.push(copy);
    await cp(path.join(api, 'src'), path.join(copy, 'src'), { recursive: true });
    await writeFile(path.join(copy, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext' } }));
    const plant = (file: string, line: string) => appendFile(path.join(copy, 'src', file), `\n${line}\n`);
    await plant('features/health/roles.ts', "export { GOOD as PLANTED } from '../ehcp-audits/grading.js';");
    await plant('core/csv.ts', "export { people as PLANTED } from '../features/people/index.js';");
    await plant('features/placements/costs.ts', "export { features as PLANTED } from '../../modules.js';");
    await plant('features/people/enums.ts', "export { health as PLANTED } from '../health/index.js';");
    const found = await violations(copy);
    expect(found).toContain('feature-through-its-index: src/features/health/roles.ts → src/features/ehcp-audits/grading.ts');
    expect(found).toContain('core-imports-no-feature: src/core/csv.ts → src/features/people/index.ts');
    expect(found).toContain('features-not-the-application: src/features/placements/costs.ts → src/modules.ts');
    expect(found.filter((v) => v.startsWith('no-cycle-between-features: src/features/people/'))).not.toEqual([]);
  });
});
