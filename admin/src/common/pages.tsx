import type { ReactElement, ReactNode } from 'react';
import {
  Create,
  DataTable,
  Edit,
  EditButton,
  List,
  Loading,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TopToolbar,
  useRecordContext,
  useResourceContext,
  type Exporter,
  type RaRecord,
  type SortPayload,
} from 'react-admin';
import { RecordHistory } from '../features/administration/history/RecordHistory';
import { SectionTitle, gridLayoutSx } from './fields';
import { useDefaultLocalAuthority } from './inputs';
import { defaultSort } from './sorting';

/*
 * The frames every resource's List, Show, Edit and Create pages share. Titles come from each
 * <Resource recordRepresentation> (see i18n.ts); pass `title` only where the record alone cannot name itself.
 */

const FORM_SX = { maxWidth: 1040 };

interface RecordListProps {
  title: string;
  filters: ReactElement[];
  /** The order the list opens in; the API's default order for the resource unless given. */
  sort?: SortPayload;
  /** CSV export of the filtered list (react-admin's exporter); none unless given. */
  exporter?: Exporter | false;
  /** Filters set when the list first opens, which the user may clear, e.g. only active placements. */
  filterDefaultValues?: Record<string, unknown>;
  /** The list's buttons, when not react-admin's default (filters, create, export). */
  actions?: ReactElement;
  /** The DataTable columns. */
  children: ReactNode;
}

/** Lists are read-only overviews: no bulk actions; a row opens the record. */
export const RecordList = ({ title, filters, sort, exporter = false, filterDefaultValues, actions, children }: RecordListProps) => {
  const resource = useResourceContext() ?? '';
  return (
    <List title={title} filters={filters} sort={sort ?? defaultSort(resource)} perPage={25} exporter={exporter} filterDefaultValues={filterDefaultValues} actions={actions}>
      <DataTable bulkActionButtons={false} rowClick="show">
        {children}
      </DataTable>
    </List>
  );
};

interface RecordShowProps {
  /** The heading over the record's own fields. */
  heading: string;
  title?: ReactNode;
  /** Shown between the fields and the change history, e.g. the plans that point at this record. */
  related?: ReactNode;
  /** Whether the record in its present state can still be edited (a published report cannot); always, unless given. */
  editable?: (record: RaRecord) => boolean;
  /** The record's fields, laid out in columns. */
  children: ReactNode;
}

/** The Edit button (which itself checks the user may edit), only while the record is editable. */
const ShowActions = ({ editable }: { editable: (record: RaRecord) => boolean }) => {
  const record = useRecordContext();
  return <TopToolbar>{record && editable(record) ? <EditButton /> : null}</TopToolbar>;
};

export const RecordShow = ({ heading, title, related, editable, children }: RecordShowProps) => {
  // The change history names records by their GraphQL type, which is also the resource name.
  const resource = useResourceContext() ?? '';
  return (
    <Show title={title} actions={editable ? <ShowActions editable={editable} /> : undefined}>
      <SectionTitle>{heading}</SectionTitle>
      <SimpleShowLayout sx={gridLayoutSx}>{children}</SimpleShowLayout>
      {related}
      <RecordHistory entityName={resource} />
    </Show>
  );
};

/**
 * Pessimistic, so that nothing looks saved before the API has accepted it, and so that its
 * BAD_USER_INPUT field errors (see errors.ts) come back to the form and show under the inputs.
 */
export const RecordEdit = ({ title, transform, children }: { title?: ReactNode; transform?: (data: RaRecord) => RaRecord; children: ReactNode }) => (
  <Edit title={title} mutationMode="pessimistic" redirect="show" transform={transform}>
    <SimpleForm sx={FORM_SX} warnWhenUnsavedChanges>
      {children}
    </SimpleForm>
  </Edit>
);

interface RecordCreateProps {
  title: string;
  defaultValues?: Record<string, unknown>;
  /** Preselect the user's council when they have only one. */
  inLocalAuthority?: boolean;
  children: ReactNode;
}

export const RecordCreate = ({ title, defaultValues, inLocalAuthority = false, children }: RecordCreateProps) => {
  const { isPending, defaults } = useDefaultLocalAuthority(inLocalAuthority);
  // A form reads its default values once, so wait for them.
  if (isPending) return <Loading />;
  return (
    <Create title={title} redirect="show">
      <SimpleForm sx={FORM_SX} defaultValues={{ ...defaultValues, ...defaults }}>
        {children}
      </SimpleForm>
    </Create>
  );
};
