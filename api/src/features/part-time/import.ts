import type { EntityManager } from '@mikro-orm/postgresql';
import { parse } from 'csv-parse/sync';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { isIsoDate, today } from '../../core/dates.js';
import { FieldErrors, type FieldError } from '../../core/graphql/errors.js';
import { Child, Setting } from '../people/index.js';
import { PartTimeReason, SenStatus } from './enums.js';
import { problems } from './rules.js';
import { SchoolReturn, PartTimeTimetable } from './timetable.entity.js';
import type { NewTimetable, PartTimeTimetableService } from './timetable.service.js';

export enum ImportOutcome {
  IMPORTED = 'IMPORTED',
  DUPLICATE = 'DUPLICATE',
  INVALID = 'INVALID',
  /** Valid, but not imported because another row was not. */
  NOT_IMPORTED = 'NOT_IMPORTED',
}
registerEnumType(ImportOutcome, {
  name: 'ImportOutcome',
  valuesConfig: {
    IMPORTED: { description: 'Recorded as a new timetable' },
    DUPLICATE: { description: 'Already recorded (same child, setting and start date): left as it is' },
    INVALID: { description: 'Breaks a rule: see its problems. Nothing in the file was imported' },
    NOT_IMPORTED: { description: 'Valid, but not imported because another row is invalid' },
  },
});

@ObjectType()
export class ImportProblem {
  @Field(() => String, { description: 'The CSV column' }) field!: string;
  @Field(() => String) rule!: string;
  @Field(() => String) message!: string;
}

@ObjectType()
export class ImportRow {
  @Field(() => Int, { description: 'Line in the file; the header is line 1' }) line!: number;
  @Field(() => String, { nullable: true }) caseReference?: string | null;
  @Field(() => ImportOutcome) outcome!: ImportOutcome;
  @Field(() => [ImportProblem]) problems!: ImportProblem[];
}

@ObjectType({ description: 'What happened to each row of an imported return' })
export class PartTimeImportReport {
  @Field(() => Boolean, { description: 'Every row was valid, so the return was recorded' }) accepted!: boolean;
  @Field(() => Int) imported!: number;
  @Field(() => Int) duplicates!: number;
  @Field(() => Int) invalid!: number;
  @Field(() => [ImportRow]) rows!: ImportRow[];
  @Field(() => [ImportProblem], { description: 'Problems with the file as a whole (its columns, its quoting)' }) fileProblems!: ImportProblem[];
  @Field(() => SchoolReturn, { nullable: true }) schoolReturn?: SchoolReturn | null;
}

/** The columns of a return, as schools fill them in; each maps to a field of the timetable. */
const COLUMNS = {
  case_reference: 'childId',
  sen_status: 'senStatus',
  start_date: 'startDate',
  agreed_end_date: 'agreedEndDate',
  hours_per_week: 'hoursPerWeek',
  reason: 'reason',
  reason_notes: 'reasonNotes',
  parent_agreement_date: 'parentAgreementDate',
  parent_agreed_by: 'parentAgreedBy',
  return_plan: 'returnPlan',
  caseworker_agreement_date: 'caseworkerAgreementDate',
  virtual_school_agreement_date: 'virtualSchoolAgreementDate',
  has_social_worker: 'hasSocialWorker',
  social_worker_involvement: 'socialWorkerInvolvement',
  extended_until: 'extendedUntil',
  extension_reason: 'extensionReason',
} as const;
type Column = keyof typeof COLUMNS;
export const RETURN_COLUMNS = Object.keys(COLUMNS) as Column[];
const REQUIRED: Column[] = ['case_reference', 'sen_status', 'start_date', 'agreed_end_date', 'hours_per_week', 'reason', 'return_plan'];
const COLUMN_OF = Object.fromEntries(Object.entries(COLUMNS).map(([column, field]) => [field, column])) as Record<string, Column>;

type Row = Record<string, string>;

/** Reads one row's cells into a timetable's values, naming each cell it cannot read. */
function readRow(row: Row, errors: FieldErrors): NewTimetable {
  const cell = (column: Column) => (row[column] ?? '').trim();
  const optional = (column: Column) => cell(column) || null;
  const date = (column: Column): string | null => {
    const text = cell(column);
    if (!text) return null;
    if (!isIsoDate(text)) errors.add(column, 'date', 'must be a date written YYYY-MM-DD');
    return text;
  };
  const oneOf = <T extends string>(column: Column, values: Record<string, T>): T => {
    const text = cell(column).toUpperCase();
    if (text && !(text in values)) errors.add(column, 'oneOf', `must be one of ${Object.keys(values).join(', ')}`);
    return text as T;
  };
  for (const column of REQUIRED) if (!cell(column)) errors.add(column, 'required', 'must be filled in');
  const hours = cell('hours_per_week');
  if (hours && !/^-?\d+(\.\d+)?$/.test(hours)) errors.add('hours_per_week', 'number', 'must be a number of hours, e.g. 12.5');
  const socialWorker = cell('has_social_worker').toLowerCase();
  if (socialWorker && !['yes', 'no', 'true', 'false', 'y', 'n'].includes(socialWorker)) errors.add('has_social_worker', 'yesNo', 'must be yes or no');
  return {
    senStatus: oneOf('sen_status', SenStatus),
    startDate: date('start_date') ?? '',
    agreedEndDate: date('agreed_end_date') ?? '',
    hoursPerWeek: Number(hours),
    reason: oneOf('reason', PartTimeReason),
    reasonNotes: optional('reason_notes'),
    parentAgreementDate: date('parent_agreement_date'),
    parentAgreedBy: optional('parent_agreed_by'),
    returnPlan: cell('return_plan'),
    caseworkerAgreementDate: date('caseworker_agreement_date'),
    virtualSchoolAgreementDate: date('virtual_school_agreement_date'),
    hasSocialWorker: ['yes', 'true', 'y'].includes(socialWorker),
    socialWorkerInvolvement: optional('social_worker_involvement'),
    extendedUntil: date('extended_until'),
    extensionReason: optional('extension_reason'),
  };
}

/** A rule broken on a timetable's field, named by the return's column for the school to find. */
const asColumn = (problem: FieldError): ImportProblem => ({ ...problem, field: COLUMN_OF[problem.field] ?? problem.field });

export interface ReturnTarget {
  localAuthorityId: string;
  setting: Setting;
  academicYear: number;
  halfTerm: number;
}

/**
 * Imports a school's half-termly return: all rows or none. Rows already recorded (the same child,
 * setting and start date) are reported as duplicates and left alone, so the same file imported twice
 * records each timetable once. A file with a header and no rows is a nil return.
 */
export async function importReturn(em: EntityManager, service: PartTimeTimetableService, target: ReturnTarget, csv: string): Promise<PartTimeImportReport> {
  let header: string[] = [];
  let records: { record: Row; info: { lines: number } }[];
  try {
    records = parse(csv, {
      columns: (names: string[]) => (header = names.map((name) => name.trim().toLowerCase())),
      skip_empty_lines: true,
      bom: true,
      info: true,
    });
  } catch (error) {
    return rejected([{ field: 'csv', rule: 'readable', message: (error as Error).message }]);
  }
  const unknown = header.filter((column) => column && !(column in COLUMNS));
  const absent = REQUIRED.filter((column) => !header.includes(column));
  if (unknown.length || absent.length) {
    return rejected([
      ...unknown.map((column) => ({ field: column, rule: 'knownColumn', message: `is not a column of a return (columns: ${RETURN_COLUMNS.join(', ')})` })),
      ...absent.map((column) => ({ field: column, rule: 'requiredColumn', message: 'the file needs this column' })),
    ]);
  }

  const references = [...new Set(records.map(({ record }) => (record.case_reference ?? '').trim()).filter(Boolean))];
  const children = await em.find(Child, { localAuthority: target.localAuthorityId, caseReference: { $in: references } });
  const childByReference = new Map(children.map((child) => [child.caseReference, child]));
  const facts = await service.settingFacts(target.localAuthorityId, target.setting.id, children.map((child) => child.id));

  const rows: ImportRow[] = [];
  const toSave: ReturnType<PartTimeTimetableService['newTimetable']>[] = [];
  for (const { record, info } of records) {
    const errors = new FieldErrors();
    const caseReference = (record.case_reference ?? '').trim() || null;
    const values = readRow(record, errors);
    const child = caseReference ? childByReference.get(caseReference) : undefined;
    if (caseReference && !child) errors.add('case_reference', 'exists', 'no child in this local authority has this case reference');
    let outcome = ImportOutcome.IMPORTED;
    if (child && problems(errors).length === 0) {
      const data = service.newTimetable(facts, child, values, errors);
      if (service.isRecorded(facts, child.id, values.startDate)) outcome = ImportOutcome.DUPLICATE;
      else if (problems(errors).length === 0) {
        toSave.push(data);
        service.markRecorded(facts, child.id, values.startDate);
      }
    }
    const found = problems(errors).map(asColumn);
    rows.push({ line: info.lines, caseReference, outcome: found.length ? ImportOutcome.INVALID : outcome, problems: found });
  }
  const invalid = rows.filter((row) => row.outcome === ImportOutcome.INVALID).length;
  if (invalid) {
    for (const row of rows) if (row.outcome === ImportOutcome.IMPORTED) row.outcome = ImportOutcome.NOT_IMPORTED;
    return { accepted: false, imported: 0, duplicates: rows.filter((row) => row.outcome === ImportOutcome.DUPLICATE).length, invalid, rows, fileProblems: [], schoolReturn: null };
  }

  const existing = await em.findOne(SchoolReturn, { setting: target.setting, academicYear: target.academicYear, halfTerm: target.halfTerm });
  const schoolReturn =
    existing ??
    em.create(SchoolReturn, {
      localAuthority: target.localAuthorityId,
      setting: target.setting,
      academicYear: target.academicYear,
      halfTerm: target.halfTerm,
      receivedOn: today(),
      rowCount: rows.length,
    });
  for (const data of toSave) em.create(PartTimeTimetable, { ...data, schoolReturn });
  await em.flush();
  return {
    accepted: true,
    imported: toSave.length,
    duplicates: rows.filter((row) => row.outcome === ImportOutcome.DUPLICATE).length,
    invalid: 0,
    rows,
    fileProblems: [],
    schoolReturn,
  };
}

function rejected(fileProblems: ImportProblem[]): PartTimeImportReport {
  return { accepted: false, imported: 0, duplicates: 0, invalid: 0, rows: [], fileProblems, schoolReturn: null };
}
