import { Migration } from '@mikro-orm/migrations';

/**
 * Owners are users: follow-up actions, visit actions, improvement actions (and so their milestones) and
 * KPIs get `owner_user_id`, and part-time timetables an owner who sees that they are reviewed. The
 * free-text `owner` stays only for owners outside the system, so it may now be empty.
 *
 * An existing free-text owner becomes its user where it is exactly one active user's display name or
 * email (ignoring case and surrounding spaces) among the users of the record's local authority who hold
 * a role that may change the record; the text is then cleared. Any other owner (a team, a provider, a
 * name matching nobody or more than one person) is left as text, as it was.
 */
const OWNED: { table: string; roles: string[] }[] = [
  { table: 'follow_up_action', roles: ['ADMIN', 'QA_OFFICER', 'DCO'] },
  { table: 'visit_action', roles: ['ADMIN', 'COMMISSIONER'] },
  { table: 'improvement_action', roles: ['ADMIN', 'QA_OFFICER'] },
  { table: 'kpi', roles: ['ADMIN', 'QA_OFFICER'] },
];

export class Migration20261203163500 extends Migration {
  override async up(): Promise<void> {
    for (const { table, roles } of OWNED) {
      this.addSql(`alter table "${table}" add column "owner_user_id" uuid null;`);
      this.addSql(`alter table "${table}" alter column "owner" drop not null;`);
      this.addSql(`create index "${table}_owner_user_id_index" on "${table}" ("owner_user_id");`);
      this.addSql(
        `alter table "${table}" add constraint "${table}_owner_user_id_foreign" foreign key ("owner_user_id") references "app_user" ("id") on update cascade on delete restrict;`,
      );
      this.addSql(`
        with candidate as (
          select r.id as record_id, u.id as user_id, count(*) over (partition by r.id) as matches
            from "${table}" r
            join app_user u on u.active
             and (lower(trim(r.owner)) = lower(trim(u.display_name)) or lower(trim(r.owner)) = lower(trim(u.email)))
             and u.roles && array[${roles.map((role) => `'${role}'`).join(', ')}]::text[]
            join app_user_local_authority ula on ula.user_id = u.id and ula.local_authority_id = r.local_authority_id
        )
        update "${table}" r set owner_user_id = c.user_id, owner = null
          from candidate c
         where c.record_id = r.id and c.matches = 1;`);
    }
    this.addSql(`alter table "part_time_timetable" add column "owner_user_id" uuid null;`);
    this.addSql(`create index "part_time_timetable_owner_user_id_index" on "part_time_timetable" ("owner_user_id");`);
    this.addSql(
      `alter table "part_time_timetable" add constraint "part_time_timetable_owner_user_id_foreign" foreign key ("owner_user_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "part_time_timetable" drop constraint "part_time_timetable_owner_user_id_foreign";`);
    this.addSql(`alter table "part_time_timetable" drop column "owner_user_id";`);
    for (const { table } of [...OWNED].reverse()) {
      // A user's name is the nearest free text to them.
      this.addSql(`update "${table}" r set owner = u.display_name from app_user u where r.owner is null and u.id = r.owner_user_id;`);
      this.addSql(`alter table "${table}" drop constraint "${table}_owner_user_id_foreign";`);
      this.addSql(`alter table "${table}" drop column "owner_user_id";`);
      this.addSql(`alter table "${table}" alter column "owner" set not null;`);
    }
  }
}
