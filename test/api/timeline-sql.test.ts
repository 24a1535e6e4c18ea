import { expect, inject, it } from 'vitest';
import { nextReviewDue, nextReviewDueSql } from '../../api/src/features/statutory-timeline/rules.js';
import { sql } from '../helpers/database.js';
import { plusDays, plusMonths } from '../helpers/timeline.js';

/** The live lists compute the review rule in SQL: it must give the same day as the rule itself, month ends and leap days included. */
it('gives the same next review date in PostgreSQL as the rules module, across month ends, leap days, the fifth birthday and transfers in', async () => {
  const { serverUrl } = inject('database');
  const cases: { issueDate: string; dateOfBirth: string; lastMeeting: string | null; transferOn: string | null; previousReviewOn: string | null }[] = [];
  const births = ['2020-02-29', '2021-08-31', '2019-01-31', '2012-03-15'];
  for (const dateOfBirth of births) {
    for (const issueDate of ['2024-02-29', '2024-08-31', '2025-01-31', '2025-03-31', plusMonths(dateOfBirth, 60), plusDays(plusMonths(dateOfBirth, 60), -1)]) {
      for (const lastMeeting of [null, plusMonths(issueDate, 11), plusDays(plusMonths(issueDate, 6), 1)]) {
        for (const transfer of [null, { transferOn: plusDays(issueDate, 200), previousReviewOn: null }, { transferOn: plusDays(issueDate, 200), previousReviewOn: plusDays(issueDate, 30) }]) {
          cases.push({ issueDate, dateOfBirth, lastMeeting, transferOn: transfer?.transferOn ?? null, previousReviewOn: transfer?.previousReviewOn ?? null });
        }
      }
    }
  }
  const expression = nextReviewDueSql({ issueDate: 'c.issue', dateOfBirth: 'c.born', lastMeeting: 'c.last', transferOn: 'c.moved', previousReviewOn: 'c.previous' });
  const rows = await sql<{ i: number; due: string }>(
    serverUrl,
    `select c.i, to_char(${expression}, 'YYYY-MM-DD') as due
       from unnest($1::int[], $2::date[], $3::date[], $4::date[], $5::date[], $6::date[]) as c(i, issue, born, last, moved, previous) order by c.i`,
    [cases.map((_, i) => i), cases.map((c) => c.issueDate), cases.map((c) => c.dateOfBirth), cases.map((c) => c.lastMeeting), cases.map((c) => c.transferOn), cases.map((c) => c.previousReviewOn)],
  );
  expect(rows.map((r) => r.due)).toEqual(
    cases.map((c) => nextReviewDue({ ...c, transfer: c.transferOn ? { on: c.transferOn, previousReviewOn: c.previousReviewOn } : null })),
  );
  expect(cases.length).toBeGreaterThan(200);
});
