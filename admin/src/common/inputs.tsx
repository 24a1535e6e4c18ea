import { AutocompleteInput, ReferenceInput, SelectInput, required, useGetList, type Validator } from 'react-admin';

/**
 * The local authority for a new record. When the user works for a single council it is chosen for them.
 */
export const LocalAuthorityInput = ({ source = 'localAuthority.id', validate }: { source?: string; validate?: Validator }) => (
  <ReferenceInput source={source} reference="LocalAuthority" sort={{ field: 'name', order: 'ASC' }} perPage={100}>
    <SelectInput optionText="name" validate={validate ?? required()} label="Local authority" fullWidth />
  </ReferenceInput>
);

/** Default values for a create form: the user's only local authority, if they have just one. */
export function useDefaultLocalAuthority(source: 'localAuthority' = 'localAuthority') {
  const { data, isPending } = useGetList('LocalAuthority', {
    pagination: { page: 1, perPage: 2 },
    sort: { field: 'name', order: 'ASC' },
  });
  const only = data && data.length === 1 ? data[0] : undefined;
  return {
    isPending,
    defaults: only ? { [source]: { id: only.id } } : {},
  };
}

/** Pick a setting by name (the API searches with `q`). */
export const SettingReferenceInput = ({ source = 'setting.id', label = 'Section I: named setting' }: { source?: string; label?: string }) => (
  <ReferenceInput source={source} reference="Setting" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput label={label} optionText="name" fullWidth filterToQuery={(q: string) => ({ q })} />
  </ReferenceInput>
);

/** Pick a casework team. */
export const CaseworkTeamInput = ({ source = 'team.id', label = 'Casework team' }: { source?: string; label?: string }) => (
  <ReferenceInput source={source} reference="Team" filter={{ kind: 'CASEWORK' }} sort={{ field: 'name', order: 'ASC' }} perPage={100}>
    <SelectInput label={label} optionText="name" fullWidth emptyText="(none)" />
  </ReferenceInput>
);
