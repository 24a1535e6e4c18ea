import { Typography } from '@mui/material';
import { DataTable, FormDataConsumer, Labeled, SelectField, SelectInput, TextInput, required } from 'react-admin';
import { importKindChoices } from '../../../common/choices';
import { LocalAuthorityColumn } from '../../../common/columns';
import { graphql, useGraphQL } from '../../../common/graphql';
import { FormRow, LocalAuthorityInput, localAuthorityFilter } from '../../../common/inputs';
import { RecordCreate, RecordEdit, RecordList } from '../../../common/pages';

const COLUMNS = graphql(`query { importKinds { kind columns { name description codes } } }`);

const filters = [<SelectInput key="kind" source="kind" label="What it imports" choices={importKindChoices} alwaysOn />, localAuthorityFilter];

export const ImportMappingList = () => (
  <RecordList title="Import column mappings" filters={filters}>
    <DataTable.Col source="name" label="Name" />
    <DataTable.Col source="kind" label="What it imports">
      <SelectField source="kind" choices={importKindChoices} />
    </DataTable.Col>
    <LocalAuthorityColumn />
  </RecordList>
);

/** Codes as "column: their code = our code", one a line: what a council types from its system's code list. */
const CODE_LINE = /^\s*([^:]+?)\s*:\s*(.+?)\s*=\s*(.+?)\s*$/;
const formatCodes = (codes: unknown) =>
  typeof codes === 'string'
    ? codes
    : Object.entries((codes ?? {}) as Record<string, Record<string, string>>)
        .flatMap(([column, map]) => Object.entries(map).map(([theirs, ours]) => `${column}: ${theirs} = ${ours}`))
        .join('\n');
/** The codes as the API takes them; text with a line that does not read so stays text, for `codesWellFormed` to refuse. */
const parseCodes = (text: string) => {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  if (!lines.every((line) => CODE_LINE.test(line))) return text;
  const codes: Record<string, Record<string, string>> = {};
  for (const line of lines) {
    const [, column, theirs, ours] = CODE_LINE.exec(line)!;
    (codes[column!] ??= {})[theirs!] = ours!;
  }
  return codes;
};
const codesWellFormed = (value: unknown) => (typeof value === 'string' ? 'Each line reads "column: their code = our code"' : undefined);

/** One header input per column of the chosen kind: left empty, the column keeps its template name. */
const HeaderInputs = () => {
  const { data } = useGraphQL(COLUMNS, {});
  return (
    <FormDataConsumer<{ kind?: string }>>
      {({ formData }) => {
        const kind = data?.importKinds.find((k) => k.kind === formData.kind);
        if (!kind) return <Typography color="text.secondary">Choose what it imports to map its columns.</Typography>;
        const coded = kind.columns.filter((c) => c.codes.length > 0).map((c) => c.name);
        return (
          <>
            <Typography variant="subtitle1" component="h3">The header of each column in your export</Typography>
            <FormRow columns={3}>
              {kind.columns.map((column) => (
                <TextInput key={column.name} source={`headers.${column.name}`} label={column.name} helperText={<span data-codes>{column.description}</span>} />
              ))}
            </FormRow>
            <TextInput
              source="codes"
              label="Codes your system uses"
              multiline
              minRows={3}
              fullWidth
              format={formatCodes}
              parse={parseCodes}
              validate={codesWellFormed}
              helperText={coded.length ? `One a line, "column: their code = our code", for ${coded.join(', ')}` : 'This kind has no coded columns'}
            />
          </>
        );
      }}
    </FormDataConsumer>
  );
};

const Fields = ({ isCreate }: { isCreate: boolean }) => (
  <>
    <FormRow columns={3}>
      <TextInput source="name" label="Name" validate={required()} helperText="e.g. the system it reads: Capita One nightly export" />
      {isCreate ? <SelectInput source="kind" label="What it imports" choices={importKindChoices} validate={required()} /> : (
        <Labeled label="What it imports">
          <SelectField source="kind" choices={importKindChoices} />
        </Labeled>
      )}
      <LocalAuthorityInput isCreate={isCreate} />
    </FormRow>
    <HeaderInputs />
  </>
);

export const ImportMappingCreate = () => (
  <RecordCreate title="New import column mapping" inLocalAuthority defaultValues={{ headers: {}, codes: {} }}>
    <Fields isCreate />
  </RecordCreate>
);

export const ImportMappingEdit = () => (
  <RecordEdit>
    <Fields isCreate={false} />
  </RecordEdit>
);
