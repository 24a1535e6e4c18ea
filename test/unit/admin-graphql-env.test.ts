import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';

/**
 * The admin's GraphQL documents are typed from admin/src/common/graphql-env.d.ts, gql.tada's introspection of the
 * committed schema. It is checked in so that editors, `tsc` and CI see the same types without a generation step;
 * this test runs the same generator as `pnpm schema` into a scratch file and fails when the committed one differs.
 */
const admin = fileURLToPath(new URL('../../admin', import.meta.url));
const scratch = await mkdtemp(path.join(tmpdir(), 'send-qa-graphql-env-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));

it('admin/src/common/graphql-env.d.ts is generated from the committed schema (run `pnpm schema` after changing the API)', async () => {
  const fresh = path.join(scratch, 'graphql-env.d.ts');
  const cli = path.join(admin, 'node_modules', 'gql.tada', 'bin', 'cli.js');
  await promisify(execFile)(process.execPath, [cli, 'generate', 'output', '--tsconfig', 'tsconfig.json', '--output', fresh], { cwd: admin });
  const committed = await readFile(path.join(admin, 'src', 'common', 'graphql-env.d.ts'), 'utf8');
  expect(committed === (await readFile(fresh, 'utf8')), 'the committed graphql-env.d.ts is stale').toBe(true);
});
