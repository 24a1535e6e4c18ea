import { DataTable, TextField } from 'react-admin';
import { LocalAuthorityField } from './fields';

/** Teams can be sorted by council name; the other lists cannot (see the API's sortFields). */
export const LocalAuthorityColumn = ({ sortable = false }: { sortable?: boolean }) => (
  <DataTable.Col source={sortable ? 'localAuthority' : 'localAuthority.id'} label="Local authority" disableSort={!sortable}>
    <LocalAuthorityField />
  </DataTable.Col>
);

/** The column people scan a list by (a name, a case reference), in bold. */
export const KeyColumn = ({ source, label }: { source: string; label: string }) => (
  <DataTable.Col source={source} label={label}>
    <TextField source={source} sx={{ fontWeight: 600 }} />
  </DataTable.Col>
);
