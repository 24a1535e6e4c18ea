import { Box } from '@mui/material';
import type { ReactElement, ReactNode } from 'react';
import {
  AutocompleteInput,
  Labeled,
  ReferenceField,
  ReferenceInput,
  SelectInput,
  TextField,
  required,
  useGetList,
  type LinkToType,
  type SelectInputProps,
} from 'react-admin';
import { ukDate } from './fields';

const BY_NAME = { field: 'name', order: 'ASC' } as const;

/** Lays a few short inputs side by side on wide screens, one under another on phones. */
export const FormRow = ({ columns = 3, children }: { columns?: number; children: ReactNode }) => (
  <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: `repeat(${columns}, 1fr)` }, columnGap: 2, width: '100%' }}>
    {children}
  </Box>
);

interface FixedAfterCreateProps {
  isCreate: boolean;
  label: string;
  source: string;
  reference: string;
  /** The referenced record's field shown once it is fixed. */
  display: string;
  link?: LinkToType;
  /** The input that chooses it on create. */
  children: ReactElement;
}

/** A reference chosen when the record is created and only shown afterwards: the API's update cannot change it. */
export const FixedAfterCreate = ({ isCreate, label, source, reference, display, link = false, children }: FixedAfterCreateProps) =>
  isCreate ? (
    children
  ) : (
    <Labeled label={label}>
      <ReferenceField source={source} reference={reference} link={link}>
        <TextField source={display} />
      </ReferenceField>
    </Labeled>
  );

/** The council a child, setting or team belongs to; `filter` narrows the councils offered. */
export const LocalAuthorityInput = ({ isCreate, filter }: { isCreate: boolean; filter?: Record<string, unknown> }) => (
  <FixedAfterCreate isCreate={isCreate} label="Local authority" source="localAuthority.id" reference="LocalAuthority" display="name">
    <Box sx={{ minWidth: 320 }}>
      <ReferenceInput source="localAuthority.id" reference="LocalAuthority" sort={BY_NAME} perPage={100} filter={filter}>
        <SelectInput optionText="name" validate={required()} label="Local authority" fullWidth />
      </ReferenceInput>
    </Box>
  </FixedAfterCreate>
);

/** The child a plan is for, found by case reference. */
export const ChildInput = ({ isCreate }: { isCreate: boolean }) => (
  <FixedAfterCreate isCreate={isCreate} label="Case reference" source="child.id" reference="Child" display="caseReference" link="show">
    <ReferenceInput source="child.id" reference="Child" sort={{ field: 'caseReference', order: 'ASC' }}>
      <AutocompleteInput
        label="Case reference"
        optionText="caseReference"
        filterToQuery={(q: string) => ({ q })}
        validate={required()}
        helperText="Start typing the child's case reference"
        sx={{ minWidth: 320 }}
      />
    </ReferenceInput>
  </FixedAfterCreate>
);

/** A plan named by its dates in words, as a chooser lists it. */
const planName = (p: { issueDate?: string | null; requestDate?: string }) =>
  p.issueDate ? `Plan issued ${ukDate(p.issueDate)}` : `Plan requested ${ukDate(p.requestDate ?? '')}`;

/** The plan a record is about, found by its child's case reference; required unless `optional`. */
export const PlanInput = ({ filter, helperText, optional = false }: { filter?: Record<string, unknown>; helperText?: string; optional?: boolean }) => (
  <ReferenceInput source="plan.id" reference="Plan" filter={filter}>
    <AutocompleteInput
      label="Plan (search by case reference)"
      helperText={helperText}
      optionText={planName}
      filterToQuery={(q: string) => ({ q })}
      validate={optional ? undefined : required()}
    />
  </ReferenceInput>
);

/** Default values for a create form: the user's only local authority, if they have just one. */
export function useDefaultLocalAuthority(enabled = true) {
  const { data, isPending } = useGetList(
    'LocalAuthority',
    { pagination: { page: 1, perPage: 2 }, sort: BY_NAME },
    { enabled },
  );
  const only = data && data.length === 1 ? data[0] : undefined;
  return {
    // A query that is not enabled stays "pending" for ever.
    isPending: enabled && isPending,
    defaults: only ? { localAuthority: { id: only.id } } : {},
  };
}

/** What forms and list filters may set on the shared reference inputs below. */
type ReferenceInputOptions = { source?: string } & Pick<SelectInputProps, 'fullWidth' | 'emptyText' | 'sx'>;

/** Pick a setting by name (the API searches with `q`). */
export const SettingInput = ({ source = 'setting.id', fullWidth, sx }: ReferenceInputOptions) => (
  <ReferenceInput source={source} reference="Setting" sort={BY_NAME}>
    <AutocompleteInput label="Section I: named setting" optionText="name" fullWidth={fullWidth} sx={sx} filterToQuery={(q: string) => ({ q })} />
  </ReferenceInput>
);

/** Pick a casework team. */
export const CaseworkTeamInput = ({ source = 'team.id', fullWidth, emptyText, sx }: ReferenceInputOptions) => (
  <ReferenceInput source={source} reference="Team" filter={{ kind: 'CASEWORK' }} sort={BY_NAME} perPage={100}>
    <SelectInput label="Casework team" optionText="name" fullWidth={fullWidth} emptyText={emptyText} sx={sx} />
  </ReferenceInput>
);

/** The list filter for one council (FilterForm reads `source` from the element itself). */
export const localAuthorityFilter = (
  <ReferenceInput key="localAuthorityId" source="localAuthorityId" reference="LocalAuthority" sort={BY_NAME}>
    <SelectInput optionText="name" label="Local authority" />
  </ReferenceInput>
);
