import { Migration } from '@mikro-orm/migrations';

/**
 * Part-time timetables: behaviour becomes a reason that can be recorded (so that misuse shows), and the full-time
 * benchmark defaults to DfE's expected 32.5-hour week; a policy still holding the old defaults in every key stage
 * takes the new ones, a council's own figures stay.
 */
export class Migration20261203150000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "part_time_timetable" drop constraint if exists "part_time_timetable_reason_check";`);
    this.addSql(`alter table "part_time_timetable" add constraint "part_time_timetable_reason_check" check ("reason" in ('MEDICAL', 'REINTEGRATION', 'IN_SCHOOL_SUPPORT', 'BEHAVIOUR', 'OTHER'));`);
    this.addSql(
      `alter table "part_time_policy" alter column "key_stage1hours" set default 32.5, alter column "key_stage2hours" set default 32.5, alter column "key_stage3hours" set default 32.5, alter column "year11hours" set default 32.5;`,
    );
    this.addSql(
      `update "part_time_policy" set "key_stage1hours" = 32.5, "key_stage2hours" = 32.5, "key_stage3hours" = 32.5, "year11hours" = 32.5
        where ("key_stage1hours", "key_stage2hours", "key_stage3hours", "year11hours") = (21, 23.5, 24, 25);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "part_time_timetable" drop constraint if exists "part_time_timetable_reason_check";`);
    this.addSql(`update "part_time_timetable" set "reason" = 'OTHER' where "reason" = 'BEHAVIOUR';`);
    this.addSql(`alter table "part_time_timetable" add constraint "part_time_timetable_reason_check" check ("reason" in ('MEDICAL', 'REINTEGRATION', 'IN_SCHOOL_SUPPORT', 'OTHER'));`);
    this.addSql(
      `alter table "part_time_policy" alter column "key_stage1hours" set default 21, alter column "key_stage2hours" set default 23.5, alter column "key_stage3hours" set default 24, alter column "year11hours" set default 25;`,
    );
  }
}
