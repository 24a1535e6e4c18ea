import { Migration } from '@mikro-orm/migrations';

/** Easter Sunday of a year (the anonymous Gregorian computus, as core/periods.ts has it), for this migration alone. */
const EASTER = `create or replace function pg_temp.easter_sunday(y int) returns date language sql immutable as $$
  with s as (select y % 19 as a, y / 100 as b, y % 100 as c),
       t as (select a, b, c, b / 4 as d, b % 4 as e, (b - (b + 8) / 25 + 1) / 3 as g from s),
       u as (select a, e, c, (19 * a + b - d - g + 15) % 30 as h from t),
       v as (select a, h, (32 + 2 * e + 2 * (c / 4) - h - c % 4) % 7 as l from u),
       w as (select h + l - 7 * ((a + 11 * h + 22 * l) / 451) + 114 as n from v)
  select make_date(y, n / 31, n % 31 + 1) from w
$$`;

/**
 * KPIs name their calendar, and gain bi-monthly, half-yearly and yearly periods.
 *
 * Existing KPIs move to the calendar a council reports them in: quarterly and monthly KPIs to the financial
 * year (its quarters are the same months as the calendar quarters they had, so no figure changes: only the
 * labels, "2026 Q2" becoming "2026/27 Q1"), termly KPIs to the academic year. Terms now follow Easter
 * (spring ends the day before Easter Sunday, summer starts on it) instead of turning on 1 April, so the
 * kept values of termly KPIs are re-dated to the terms they were for; their figures stay as they were.
 */
export class Migration20261203163550 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "kpi" drop constraint if exists "kpi_frequency_check";`);
    this.addSql(`alter table "kpi" add constraint "kpi_frequency_check" check("frequency" in ('MONTHLY', 'BI_MONTHLY', 'QUARTERLY', 'HALF_YEARLY', 'TERMLY', 'YEARLY'));`);
    this.addSql(`alter table "kpi" add column "calendar" text check ("calendar" in ('FINANCIAL', 'ACADEMIC', 'CALENDAR')) not null default 'FINANCIAL';`);
    this.addSql(`update "kpi" set "calendar" = 'ACADEMIC' where "frequency" = 'TERMLY';`);
    this.addSql(`update "kpi_value" v set "period" = case
        when extract(month from v.period_start) < 4
          then (extract(year from v.period_start)::int - 1) || '/' || lpad((extract(year from v.period_start)::int % 100)::text, 2, '0') || ' Q4'
        else extract(year from v.period_start)::int || '/' || lpad(((extract(year from v.period_start)::int + 1) % 100)::text, 2, '0') || ' Q' || ((extract(month from v.period_start)::int - 4) / 3 + 1)
      end
      from "kpi" k where k.id = v.kpi_id and k.frequency = 'QUARTERLY';`);
    this.addSql(EASTER);
    this.addSql(`update "kpi_value" v set "period_end" = pg_temp.easter_sunday(extract(year from v.period_start)::int) - 1
      from "kpi" k where k.id = v.kpi_id and k.frequency = 'TERMLY' and v.period like '% Spring';`);
    this.addSql(`update "kpi_value" v set "period_start" = pg_temp.easter_sunday(extract(year from v.period_start)::int)
      from "kpi" k where k.id = v.kpi_id and k.frequency = 'TERMLY' and v.period like '% Summer';`);
  }

  override async down(): Promise<void> {
    this.addSql(`update "kpi_value" v set "period_start" = make_date(extract(year from v.period_start)::int, 4, 1)
      from "kpi" k where k.id = v.kpi_id and k.frequency = 'TERMLY' and v.period like '% Summer';`);
    this.addSql(`update "kpi_value" v set "period_end" = make_date(extract(year from v.period_start)::int, 3, 31)
      from "kpi" k where k.id = v.kpi_id and k.frequency = 'TERMLY' and v.period like '% Spring';`);
    this.addSql(`update "kpi_value" v set "period" = extract(year from v.period_start)::int || ' Q' || ((extract(month from v.period_start)::int - 1) / 3 + 1)
      from "kpi" k where k.id = v.kpi_id and k.frequency = 'QUARTERLY';`);
    this.addSql(`alter table "kpi" drop column "calendar";`);
    this.addSql(`alter table "kpi" drop constraint if exists "kpi_frequency_check";`);
    this.addSql(`alter table "kpi" add constraint "kpi_frequency_check" check("frequency" in ('MONTHLY', 'QUARTERLY', 'TERMLY'));`);
  }
}
