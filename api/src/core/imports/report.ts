import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ImportRun } from './entities.js';

export enum ImportAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  UNCHANGED = 'UNCHANGED',
  ERROR = 'ERROR',
}
registerEnumType(ImportAction, {
  name: 'ImportAction',
  valuesConfig: {
    CREATE: { description: 'Makes a new record' },
    UPDATE: { description: 'Changes a record held: see its changes' },
    UNCHANGED: { description: 'Matches a record held exactly: changes nothing' },
    ERROR: { description: 'Breaks a rule: see its errors. While any row does, the file imports nothing' },
  },
});

@ObjectType({ description: 'A rule a row breaks, named by the row, the column (as the file heads it) and the rule' })
export class ImportRowError {
  @Field(() => Int, { description: 'The line of a CSV file or the row of a sheet; the header is 1' }) row!: number;
  @Field(() => String) column!: string;
  @Field(() => String) rule!: string;
  @Field(() => String) message!: string;
}

@ObjectType()
export class ImportFieldChange {
  @Field(() => String, { description: 'The type of record the field is of, as this schema names it: its values read as that type\'s field does' }) record!: string;
  @Field(() => String) field!: string;
  @Field(() => String, { nullable: true }) before!: string | null;
  @Field(() => String, { nullable: true }) after!: string | null;
}

@ObjectType()
export class ImportPreviewRow {
  @Field(() => Int) row!: number;
  @Field(() => String, { nullable: true, description: 'What the row is matched on: the case reference (and request date, for a plan), the URN' }) key!: string | null;
  @Field(() => ImportAction) action!: ImportAction;
  @Field(() => [ImportFieldChange]) changes!: ImportFieldChange[];
  @Field(() => [ImportRowError]) errors!: ImportRowError[];
}

@ObjectType({ description: 'Which header of the file each column was read from' })
export class ImportColumnUse {
  @Field(() => String) column!: string;
  @Field(() => String) header!: string;
  @Field(() => Boolean, { description: 'The file has it' }) found!: boolean;
}

@ObjectType({ description: 'What importing a file would do, row by row; nothing is written' })
export class ImportPreview {
  @Field(() => String) kind!: string;
  @Field(() => String) filename!: string;
  @Field(() => String, { description: 'SHA-256 of the file: give it back to confirmImport with the same file' }) fileHash!: string;
  @Field(() => String, { description: 'Fingerprint of what the preview found: confirmImport writes only if re-reading the file finds the same' }) digest!: string;
  @Field(() => String, { description: 'CSV or XLSX' }) format!: string;
  @Field(() => String, { nullable: true, description: "A CSV file's encoding: UTF-8 or Windows-1252" }) encoding!: string | null;
  @Field(() => String, { nullable: true }) sheet!: string | null;
  @Field(() => String) mappingName!: string;
  @Field(() => [ImportColumnUse]) columns!: ImportColumnUse[];
  @Field(() => [String], { description: "Headers of the file that no column reads (a GIAS extract's other columns, say)" }) ignoredHeaders!: string[];
  @Field(() => Int) rowCount!: number;
  @Field(() => Int) toCreate!: number;
  @Field(() => Int) toUpdate!: number;
  @Field(() => Int) unchanged!: number;
  @Field(() => Int, { description: 'Rows with at least one error' }) invalid!: number;
  @Field(() => [ImportPreviewRow], { description: 'Rows to create or update and rows in error, in file order, at most 1,000 (unchanged rows are only counted)' }) rows!: ImportPreviewRow[];
  @Field(() => Int, { description: 'Rows to create, update or in error left out of `rows`' }) rowsOmitted!: number;
}

@ObjectType({ description: 'What a confirmed import wrote' })
export class ImportResult {
  @Field(() => Int) created!: number;
  @Field(() => Int) updated!: number;
  @Field(() => Int) unchanged!: number;
  @Field(() => ImportRun, { nullable: true, description: 'The import, when it changed anything (a file imported again changes nothing and records none)' }) importRun!: ImportRun | null;
}

@ObjectType({ description: 'A file to download' })
export class ImportTemplate {
  @Field(() => String) filename!: string;
  @Field(() => String) contentType!: string;
  @Field(() => String) base64!: string;
}

@ObjectType({ description: 'A column an import reads' })
export class ImportColumnInfo {
  @Field(() => String, { description: "Its header in the template, and its name in mappings and errors" }) name!: string;
  @Field(() => String) description!: string;
  @Field(() => String, { description: 'text, date, code, yesNo or number' }) type!: string;
  @Field(() => Boolean) required!: boolean;
  @Field(() => Boolean, { description: "The name is the SEN2 return's item name" }) sen2!: boolean;
  @Field(() => [String], { description: 'For a coded column, every code accepted' }) codes!: string[];
}

@ObjectType({ description: 'A kind of file the product imports: its columns, who imports it, its built-in mappings' })
export class ImportKindInfo {
  @Field(() => String, { description: 'The ImportKind value' }) kind!: string;
  @Field(() => String) description!: string;
  @Field(() => [String], { description: 'The roles that import it' }) roles!: string[];
  @Field(() => [ImportColumnInfo]) columns!: ImportColumnInfo[];
  @Field(() => [String], { description: 'The columns a row is matched on' }) keyColumns!: string[];
  @Field(() => [String], { description: "The built-in mappings by name, the template's first" }) builtInMappings!: string[];
}
