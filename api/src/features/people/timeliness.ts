import type { EntityManager } from '@mikro-orm/postgresql';

/** The statutory limit from the request for an EHC needs assessment to the final plan. */
export const ASSESSMENT_WEEKS = 20;

export interface AssessmentTimeliness {
  /** Final plans issued in the period. */
  issued: number;
  /** Of those, issued within 20 weeks of the request. */
  withinTimescale: number;
}

/**
 * Final plans issued between `from` and `to` (inclusive) and how many were issued within 20 weeks of
 * the request, as national statistics count them: by issue date. Excluding exceptions leaves out the
 * plans an allowed exception applied to, from both counts.
 */
export async function assessmentTimeliness(
  em: EntityManager,
  localAuthorityIds: readonly string[],
  period: { from: string; to: string },
  options: { excludingExceptions: boolean },
): Promise<AssessmentTimeliness> {
  const [row] = await em.execute<{ issued: string; within: string }[]>(
    `select count(*) as issued, count(*) filter (where issue_date <= request_date + ?::int) as within
       from plan
      where issue_date between ?::date and ?::date
        and local_authority_id in (select unnest(?::uuid[]))
        ${options.excludingExceptions ? 'and timescale_exception is null' : ''}`,
    [ASSESSMENT_WEEKS * 7, period.from, period.to, `{${localAuthorityIds.join(',')}}`],
  );
  return { issued: Number(row?.issued ?? 0), withinTimescale: Number(row?.within ?? 0) };
}

/** The statutory limit from an annual review meeting to the council's decision (maintain, amend or cease). */
export const ANNUAL_REVIEW_DECISION_WEEKS = 4;

export interface AnnualReviewDecisionTimeliness {
  /** Annual review decisions made in the period. */
  decided: number;
  /** Of those, made within 4 weeks of the meeting. */
  withinTimescale: number;
}

/** Annual review decisions made between `from` and `to` (inclusive), and how many came within 4 weeks of the meeting. */
export async function annualReviewDecisionTimeliness(
  em: EntityManager,
  localAuthorityIds: readonly string[],
  period: { from: string; to: string },
): Promise<AnnualReviewDecisionTimeliness> {
  const [row] = await em.execute<{ decided: string; within: string }[]>(
    `select count(*) as decided, count(*) filter (where decision_date <= meeting_date + ?::int) as within
       from annual_review
      where decision_date between ?::date and ?::date
        and local_authority_id in (select unnest(?::uuid[]))`,
    [ANNUAL_REVIEW_DECISION_WEEKS * 7, period.from, period.to, `{${localAuthorityIds.join(',')}}`],
  );
  return { decided: Number(row?.decided ?? 0), withinTimescale: Number(row?.within ?? 0) };
}
