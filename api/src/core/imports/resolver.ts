import { IsNotEmpty, Length, MaxLength } from 'class-validator';
import { JSONObjectResolver } from 'graphql-scalars';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, InputType, Int, Mutation, Query, registerEnumType, Resolver } from 'type-graphql';
import { relations } from '../access/relations.js';
import { hasAnyRole, type AuthUser } from '../auth/auth-user.js';
import { today } from '../dates.js';
import type { Context } from '../graphql/context.js';
import { signedInUser } from '../graphql/context.js';
import { FieldErrors, ForbiddenError } from '../graphql/errors.js';
import { SortOrder } from '../graphql/list.js';
import { ResourceService, type ResourceDefinition } from '../graphql/resource.js';
import { LocalAuthorityResourceResolver, ReadOnlyResourceResolver } from '../graphql/resource.resolver.js';
import { UUID } from '../graphql/uuid.js';
import { IfPresent } from '../graphql/validation.js';
import { LocalAuthority } from '../tenancy/local-authority.entity.js';
import { confirmImport, previewImport, resolveMapping } from './engine.js';
import { ImportMapping, ImportRun } from './entities.js';
import { fileFromInput, ImportFileInput, uploadLimitBytes } from './file.js';
import { ImportKind, importerRoles, importKind, importKinds, type ImportKindDefinition, type ImportScope } from './kinds.js';
import { ImportKindInfo, ImportPreview, ImportResult, ImportTemplate } from './report.js';
import { importTemplate, TemplateFormat } from './template.js';

registerEnumType(TemplateFormat, { name: 'ImportTemplateFormat', description: 'CSV or an Excel workbook (XLSX)' });

/** Longest header or code a mapping names: longer than any export's. */
const MAX_HEADER_LENGTH = 200;
const MAX_CODE_LENGTH = 100;

/** The kind's own roles decide, within the operation's: a DCO imports advice, not plans. */
export function assertMayImport(user: AuthUser, kind: ImportKindDefinition): void {
  if (!hasAnyRole(user, kind.roles)) throw new ForbiddenError(`Your role does not import ${kind.kind}: ${kind.roles.join(', ')} do`);
}

/** Where the signed-in user imports: the authority asked for, among the ones they hold. */
export async function scopeFor(ctx: Context, localAuthorityId: string): Promise<ImportScope> {
  const user = signedInUser(ctx);
  const held = await ctx.em.find(LocalAuthority, { id: { $in: user.localAuthorityIds } });
  const localAuthority = held.find((la) => la.id === localAuthorityId);
  if (!localAuthority) throw new ForbiddenError('That local authority is not one of yours');
  return { em: ctx.em, localAuthority, held: new Map(held.map((la) => [la.code, la])), today: today() };
}

/** Checks a mapping's headers and codes against its kind's columns, naming each that does not fit. */
function checkMapping(kind: ImportKindDefinition, headers: Record<string, unknown>, codes: Record<string, unknown>): void {
  const errors = new FieldErrors();
  const columns = new Map(kind.columns.map((column) => [column.name, column]));
  for (const [name, header] of Object.entries(headers)) {
    if (!columns.has(name)) errors.add(`headers.${name}`, 'knownColumn', `is not a column of ${kind.kind}: one of ${[...columns.keys()].join(', ')}`);
    else if (typeof header !== 'string' || !header.trim() || header.length > MAX_HEADER_LENGTH) errors.add(`headers.${name}`, 'header', `must be a header of 1 to ${MAX_HEADER_LENGTH} characters`);
  }
  for (const [name, map] of Object.entries(codes)) {
    const column = columns.get(name);
    if (!column?.codes) {
      errors.add(`codes.${name}`, 'codedColumn', 'is not a coded column of this kind');
      continue;
    }
    if (!map || typeof map !== 'object' || Array.isArray(map)) {
      errors.add(`codes.${name}`, 'codeMap', 'must be { theirCode: productCode }');
      continue;
    }
    const accepted = Object.keys(column.codes).map((code) => code.toLowerCase());
    for (const [theirs, ours] of Object.entries(map)) {
      if (theirs.length > MAX_CODE_LENGTH) errors.add(`codes.${name}`, 'maxLength', `codes must be at most ${MAX_CODE_LENGTH} characters`);
      if (typeof ours !== 'string' || !accepted.includes(ours.toLowerCase())) errors.add(`codes.${name}.${theirs}`, 'knownCode', `must map to one of ${Object.keys(column.codes).join(', ')}`);
    }
  }
  errors.throwIfAny();
}

/**
 * The imports' GraphQL operations and the mappings' and runs' resources, made once the features'
 * import kinds are registered (defineImportKinds), since who may call them is who imports any kind.
 */
export function importResolvers(): Function[] {
  const importers = importerRoles();

  @InputType()
  class ImportMappingFilter {
    @Field(() => [UUID], { nullable: true }) ids?: string[];
    @Field(() => UUID, { nullable: true }) localAuthorityId?: string;
    @Field(() => ImportKind, { nullable: true }) kind?: string;
  }

  const mappings: ResourceDefinition<ImportMapping, ImportMappingFilter> = {
    entity: ImportMapping,
    name: 'ImportMapping',
    plural: 'ImportMappings',
    filter: ImportMappingFilter,
    tenancy: 'owned',
    readRoles: importers,
    writeRoles: importers,
    sortFields: { name: 'name', kind: 'kind' },
    defaultSort: { field: 'name', order: SortOrder.ASC },
  };

  @ArgsType()
  class CreateImportMappingArgs {
    @Field(() => UUID) localAuthorityId!: string;
    @Field(() => ImportKind) kind!: string;
    @Field(() => String) @Length(1, 100) name!: string;
    @Field(() => JSONObjectResolver, { description: '{ column: header }' }) headers!: Record<string, string>;
    @Field(() => JSONObjectResolver, { nullable: true, description: '{ column: { theirCode: productCode } }' }) codes?: Record<string, Record<string, string>> | null;
  }

  @ArgsType()
  class UpdateImportMappingArgs {
    @Field(() => UUID) id!: string;
    @Field(() => Int) version!: number;
    @Field(() => String, { nullable: true }) @IfPresent() @IsNotEmpty() @MaxLength(100) name?: string;
    @Field(() => JSONObjectResolver, { nullable: true }) @IfPresent() @IsNotEmpty() headers?: Record<string, string>;
    @Field(() => JSONObjectResolver, { nullable: true }) @IfPresent() @IsNotEmpty() codes?: Record<string, Record<string, string>>;
  }

  class ImportMappingService extends ResourceService<ImportMapping, ImportMappingFilter> {
    private async checkName(localAuthorityId: string, kind: string, name: string, id?: string): Promise<void> {
      new FieldErrors().check(name.length > 0, 'name', 'required', 'must not be blank').throwIfAny();
      const taken = await this.em.count(ImportMapping, { localAuthority: localAuthorityId, kind, name, ...(id ? { id: { $ne: id } } : {}) });
      new FieldErrors().check(taken === 0, 'name', 'unique', `another ${kind} mapping of this local authority is named ${name}`).throwIfAny();
    }

    async create({ localAuthorityId, kind, name, headers, codes }: CreateImportMappingArgs): Promise<ImportMapping> {
      const definition = importKind(kind);
      assertMayImport(this.user, definition);
      checkMapping(definition, headers, codes ?? {});
      await this.checkName(localAuthorityId, kind, name.trim());
      return this.createRecord(localAuthorityId, { kind, name: name.trim(), headers, codes: codes ?? {} });
    }

    update(args: UpdateImportMappingArgs): Promise<ImportMapping> {
      return this.updateRecord(args, async (mapping) => {
        const definition = importKind(mapping.kind);
        assertMayImport(this.user, definition);
        checkMapping(definition, mapping.headers, mapping.codes);
        mapping.name = mapping.name.trim();
        await this.checkName(mapping.localAuthority.id, mapping.kind, mapping.name, mapping.id);
      });
    }

    override async remove(id: string): Promise<ImportMapping> {
      assertMayImport(this.user, importKind((await this.get(id)).kind));
      return super.remove(id);
    }
  }
  const mappingService = (ctx: Context) => new ImportMappingService(ctx, mappings);

  @Resolver(() => ImportMapping)
  class ImportMappingResolver extends LocalAuthorityResourceResolver(mappings, mappingService) {
    @Authorized(importers)
    @Mutation(() => ImportMapping)
    createImportMapping(@Args(() => CreateImportMappingArgs) args: CreateImportMappingArgs, @Ctx() ctx: Context): Promise<ImportMapping> {
      return mappingService(ctx).create(args);
    }

    @Authorized(importers)
    @Mutation(() => ImportMapping)
    updateImportMapping(@Args(() => UpdateImportMappingArgs) args: UpdateImportMappingArgs, @Ctx() ctx: Context): Promise<ImportMapping> {
      return mappingService(ctx).update(args);
    }
  }

  @InputType()
  class ImportRunFilter {
    @Field(() => [UUID], { nullable: true }) ids?: string[];
    @Field(() => UUID, { nullable: true }) localAuthorityId?: string;
    @Field(() => ImportKind, { nullable: true }) kind?: string;
  }

  const runs: ResourceDefinition<ImportRun, ImportRunFilter> = {
    entity: ImportRun,
    name: 'ImportRun',
    plural: 'ImportRuns',
    filter: ImportRunFilter,
    tenancy: 'owned',
    readRoles: importers,
    writeRoles: [],
    sortFields: { createdAt: 'createdAt', kind: 'kind', filename: 'filename' },
    defaultSort: { field: 'createdAt', order: SortOrder.DESC },
  };

  @ArgsType()
  class PreviewImportArgs {
    @Field(() => ImportKind) kind!: string;
    @Field(() => UUID, { description: 'The authority to import into; a row naming another (column LA) must name one you hold' }) localAuthorityId!: string;
    @Field(() => ImportFileInput) file!: ImportFileInput;
    @Field(() => UUID, { nullable: true, description: 'A saved mapping of the authority' }) mappingId?: string | null;
    @Field(() => String, { nullable: true, description: "Or a mapping by name: a saved one, or a built-in one; the kind's template (SEN2) when neither is given" })
    @MaxLength(100)
    mapping?: string | null;
    @Field(() => String, { nullable: true, description: "The sheet to read, for a workbook of several" }) @MaxLength(100) sheet?: string | null;
  }

  @ArgsType()
  class ConfirmImportArgs extends PreviewImportArgs {
    @Field(() => String, { description: "The preview's fileHash" }) @Length(64, 64) fileHash!: string;
    @Field(() => String, { description: "The preview's digest" }) @Length(64, 64) previewDigest!: string;
  }

  const request = async (ctx: Context, args: PreviewImportArgs) => {
    const kind = importKind(args.kind);
    assertMayImport(signedInUser(ctx), kind);
    const scope = await scopeFor(ctx, args.localAuthorityId);
    const file = fileFromInput(args.file);
    const mapping = await resolveMapping(scope, kind, args);
    return { scope, kind, file, mapping, sheet: args.sheet };
  };

  @Resolver()
  class ImportResolver {
    @Authorized(importers)
    @Query(() => ImportPreview, { description: 'What importing a file would do, row by row (create, update with the changes, unchanged, errors); writes nothing' })
    async previewImport(@Args(() => PreviewImportArgs) args: PreviewImportArgs, @Ctx() ctx: Context): Promise<ImportPreview> {
      const { scope, ...rest } = await request(ctx, args);
      return previewImport(scope, rest);
    }

    @Authorized(importers)
    @Mutation(() => ImportResult, { description: 'Imports a previewed file again sent: all its rows or, if any breaks a rule or anything changed since the preview, none' })
    async confirmImport(@Args(() => ConfirmImportArgs) args: ConfirmImportArgs, @Ctx() ctx: Context): Promise<ImportResult> {
      const { scope, ...rest } = await request(ctx, args);
      const result = await confirmImport({ ...scope, actor: signedInUser(ctx).email }, { ...rest, fileHash: args.fileHash, previewDigest: args.previewDigest });
      if (result.importRun) relations(ctx).vouch([result.importRun]);
      return result;
    }

    @Authorized()
    @Query(() => Int, { description: 'The largest file, in bytes, that an upload to this server can import (the import limit, or less under the request body limit)' })
    importUploadLimit(@Ctx() ctx: Context): number {
      return uploadLimitBytes(ctx.bodyLimitBytes);
    }

    @Authorized()
    @Query(() => [ImportKindInfo], { description: 'Every kind of file the product imports, with its columns and who imports it' })
    importKinds(): ImportKindInfo[] {
      return importKinds().map((kind) => ({
        kind: kind.kind,
        description: kind.description,
        roles: kind.roles,
        keyColumns: [...kind.keyColumns],
        builtInMappings: [kind.defaultMappingName, ...(kind.mappings ?? []).map((m) => m.name)],
        columns: kind.columns.map((c) => ({ name: c.name, description: c.description, type: c.type, required: Boolean(c.required), sen2: Boolean(c.sen2), codes: Object.keys(c.codes ?? {}) })),
      }));
    }

    @Authorized()
    @Query(() => ImportTemplate, { description: "An empty file with an import's headers (the template mapping's), to fill in" })
    importTemplate(@Arg('kind', () => ImportKind) kind: string, @Arg('format', () => TemplateFormat) format: TemplateFormat): Promise<ImportTemplate> {
      return importTemplate(importKind(kind), format);
    }
  }

  @Resolver(() => ImportRun)
  class ImportRunResolver extends ReadOnlyResourceResolver(runs) {}

  return [ImportMappingResolver, ImportRunResolver, ImportResolver];
}
