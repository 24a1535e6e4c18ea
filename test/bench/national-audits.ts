/**
 * National scale for the grade trend: 150 more local authorities, each with its casework teams,
 * children and plans, twelve termly cycles and enough final audits to make `total` in all, with their
 * outcome rows. Written with SQL (seeded, so the figures repeat) because a million rows through the ORM would
 * take longer than the benchmark. The audits carry no section findings: the trend never reads them.
 */
import pg from 'pg';

const AUTHORITIES = 150;
const TERMS = 12;
const TEAMS_PER_AUTHORITY = 5;

export async function addNationalAudits(databaseUrl: string, total: number): Promise<{ authorities: number; audits: number }> {
  const perAuthority = Math.ceil(total / AUTHORITIES);
  const perCycle = Math.ceil(perAuthority / TERMS);
  // Each plan is audited at most once per cycle: enough plans for the largest cycle, reused across cycles.
  const plansPerAuthority = perCycle * 3;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('begin');
    await client.query('select setseed(0.42)');
    await client.query(
      `insert into local_authority (id, created_at, updated_at, code, name)
       select gen_random_uuid(), now(), now(), (100 + n)::text, 'National authority ' || n from generate_series(1, $1) n`,
      [AUTHORITIES],
    );
    await client.query(`create temporary table national on commit drop as
      select id, row_number() over (order by code) as n from local_authority where code::int between 101 and 100 + ${AUTHORITIES}`);
    await client.query(
      `insert into team (id, created_at, updated_at, local_authority_id, name, kind)
       select gen_random_uuid(), now(), now(), la.id, 'Casework ' || t, 'CASEWORK' from national la, generate_series(1, $1) t`,
      [TEAMS_PER_AUTHORITY],
    );
    await client.query(
      `insert into child (id, created_at, updated_at, local_authority_id, case_reference, date_of_birth, sex, primary_need)
       select gen_random_uuid(), now(), now(), la.id, 'N' || la.n || '-' || c,
              date '2004-09-01' + (random() * 7300)::int,
              (array['FEMALE','MALE'])[1 + (random() < 0.7)::int],
              (array['ASD','SEMH','SLCN','MLD','SLD','PMLD','SPLD','HI','VI','MSI','PD','OTH'])[1 + floor(random() * 12)::int]
         from national la, generate_series(1, $1) c`,
      [plansPerAuthority],
    );
    await client.query(`with settings as (select array_agg(id) as ids from setting),
           teams as (select local_authority_id, array_agg(id) as ids from team group by 1)
      insert into plan (id, created_at, updated_at, local_authority_id, child_id, status, request_date, issue_date, setting_id, team_id)
      select gen_random_uuid(), now(), now(), ch.local_authority_id, ch.id, 'FINAL', date '2023-01-01', date '2023-05-01',
             s.ids[1 + floor(random() * cardinality(s.ids))::int], t.ids[1 + floor(random() * cardinality(t.ids))::int]
        from child ch join national la on la.id = ch.local_authority_id
        cross join settings s join teams t on t.local_authority_id = ch.local_authority_id`);
    await client.query(
      `insert into audit_cycle (id, created_at, updated_at, local_authority_id, name, kind, term, academic_year, opens_on, closes_on,
                                rubric_version_id, sample_size, stratify_by, include_plan_ids, seed, sampled_at)
       select gen_random_uuid(), now(), now(), la.id, 'Term ' || k, 'EHCP_AUDIT', (array['AUTUMN','SPRING','SUMMER'])[1 + k % 3],
              2022 + k / 3, make_date(2022 + k / 3 + (k % 3 > 0)::int, (array[9, 1, 4])[1 + k % 3], 1),
              make_date(2022 + k / 3 + (k % 3 > 0)::int, (array[12, 3, 7])[1 + k % 3], 15),
              (select id from rubric_version limit 1), $1, '{TEAM,PHASE,PRIMARY_NEED}', '[]', k + 1, now()
         from national la, generate_series(0, $2 - 1) k`,
      [perCycle, TERMS],
    );
    // The share good or outstanding rises term by term, from about 45% to about 83%.
    await client.query(
      `insert into audit (id, created_at, updated_at, local_authority_id, cycle_id, plan_id, rubric_version_id, status, sections,
                          suggested_grade, overall_grade, agreed_grade, submitted_at)
       select gen_random_uuid(), now(), now(), local_authority_id, cycle_id, plan_id, rubric_version_id, 'FINAL', '[]', grade, grade, grade, now()
         from (select c.local_authority_id, c.id as cycle_id, p.id as plan_id, c.rubric_version_id,
                      case when random() < 0.45 + 0.035 * ((c.academic_year - 2022) * 3 + array_position(array['AUTUMN','SPRING','SUMMER'], c.term::text) - 1) then 3 + (random() < 0.25)::int else 2 - (random() < 0.25)::int end as grade
                 from audit_cycle c
                 join national la on la.id = c.local_authority_id
                 cross join lateral (select p.id from plan p where p.local_authority_id = c.local_authority_id order by random() limit $1) p) sampled`,
      [perCycle],
    );
    await client.query(`insert into audit_outcome (audit_id, local_authority_id, academic_year, term, team_id, primary_need, phase, setting_type, grade, finalised_at)
      select a.id, a.local_authority_id, c.academic_year, c.term, p.team_id, ch.primary_need,
             case when age(c.opens_on, ch.date_of_birth) < interval '5 years' then 'EARLY_YEARS'
                  when age(c.opens_on, ch.date_of_birth) < interval '11 years' then 'PRIMARY'
                  when age(c.opens_on, ch.date_of_birth) < interval '16 years' then 'SECONDARY'
                  when age(c.opens_on, ch.date_of_birth) < interval '19 years' then 'POST_16' else 'POST_19' end,
             s.type, a.agreed_grade, now()
        from audit a join national la on la.id = a.local_authority_id
        join audit_cycle c on c.id = a.cycle_id join plan p on p.id = a.plan_id join child ch on ch.id = p.child_id
        left join setting s on s.id = p.setting_id`);
    // A QA officer who sees every authority: the widest (slowest) trend there is.
    await client.query(`insert into app_user (id, created_at, updated_at, email, display_name, roles, password_hash)
      select gen_random_uuid(), now(), now(), 'national@example.org', 'National QA officer', '{QA_OFFICER}', password_hash
        from app_user where email = 'qa@example.org'`);
    await client.query(`insert into app_user_local_authority (user_id, local_authority_id)
      select u.id, la.id from app_user u, local_authority la where u.email = 'national@example.org'`);
    await client.query('commit');
    await client.query('vacuum analyze');
    const audits = await client.query<{ n: string }>(`select count(*) as n from audit_outcome`);
    return { authorities: AUTHORITIES, audits: Number(audits.rows[0]!.n) };
  } finally {
    await client.end();
  }
}
