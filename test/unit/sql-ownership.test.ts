import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MikroORM } from '@mikro-orm/postgresql';
import { entities, features } from '@send-qa/api';
import { afterAll, beforeAll, expect, it } from 'vitest';

/**
 * No feature reads another's tables in SQL, where no import would show it: a feature's raw SQL names
 * only its own tables, the core's, and those of people, the foundation every capability builds on
 * (the register of children, plans, settings and teams, which figures join to count by need, age or
 * school). Everything else is asked of the owning feature through its index.ts.
 */
const FOUNDATION = 'people';
const featuresDir = fileURLToPath(new URL('../../api/src/features', import.meta.url));
let orm: MikroORM;
const owner = new Map<string, string>();

beforeAll(async () => {
  orm = await MikroORM.init({ entities, clientUrl: 'postgresql://nobody@127.0.0.1:1/none', connect: false });
  const featureOf = new Map(features.flatMap((feature) => feature.entities.map((entity) => [entity.name, feature.name] as const)));
  for (const meta of Object.values(orm.getMetadata().getAll())) {
    const feature = featureOf.get(meta.className);
    if (!feature) continue;
    owner.set(meta.tableName, feature);
    for (const relation of meta.relations) if (relation.kind === 'm:n' && relation.owner) owner.set(relation.pivotTable, feature);
  }
});
afterAll(() => orm?.close());

/** The tables a piece of SQL text reads or writes. */
const tablesIn = (text: string) =>
  [...text.matchAll(/\b(?:from|join|into|update|analyze)\s+("?[a-z_]+"?(?:\s*,\s*"?[a-z_]+"?)*)/gi)].flatMap((m) => m[1]!.split(',').map((t) => t.trim().replaceAll('"', '')));

it('knows which feature owns each table', () => {
  expect(owner.get('audit')).toBe('ehcp-audits');
  expect(owner.get('improvement_action_kpis')).toBe('qa-framework');
  expect(owner.get('plan')).toBe(FOUNDATION);
});

it("no feature's SQL names another feature's table but the foundation's", async () => {
  const reads: { feature: string; file: string; table: string; of: string }[] = [];
  for (const feature of features) {
    const dir = path.join(featuresDir, feature.name);
    for (const file of (await readdir(dir)).filter((name) => name.endsWith('.ts'))) {
      const source = await readFile(path.join(dir, file), 'utf8');
      for (const [literal] of source.matchAll(/`[^`]*`|'[^'\n]*'/g)) {
        for (const table of tablesIn(literal)) {
          const of = owner.get(table);
          if (of && of !== feature.name) reads.push({ feature: feature.name, file, table, of });
        }
      }
    }
  }
  expect(reads.filter((read) => read.of !== FOUNDATION).map((read) => `${read.feature}/${read.file} reads ${read.table}, ${read.of}'s`)).toEqual([]);
  // The scan does read the SQL: the timeline's deadlines join the plans.
  expect(reads).toContainEqual({ feature: 'statutory-timeline', file: 'deadlines.ts', table: 'plan', of: FOUNDATION });
});

it('would see a crossing', () => {
  expect(tablesIn(`select a.id from audit a join audit_cycle c on c.id = a.cycle_id`)).toEqual(['audit', 'audit_cycle']);
  expect(tablesIn('analyze child, plan, annual_review')).toEqual(['child', 'plan', 'annual_review']);
});
