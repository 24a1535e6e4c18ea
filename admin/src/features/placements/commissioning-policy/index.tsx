/** Each authority's commissioning policy: visit intervals, the Ofsted window, the baseline and the reduction target. */
import TuneIcon from '@mui/icons-material/Tune';
import { DataTable, DateInput, NumberField, NumberInput, ListActions, Loading, Title, useGetList } from 'react-admin';
import { Alert } from '@mui/material';
import { defaultSort } from '../../../common/sorting';
import { LocalAuthorityColumn } from '../../../common/columns';
import { LocalAuthorityField, UkDateField } from '../../../common/fields';
import { FormRow, LocalAuthorityInput } from '../../../common/inputs';
import { RecordCreate, RecordEdit, RecordList, RecordShow } from '../../../common/pages';

/** An authority has one commissioning policy: those of the user's authorities that have none yet. */
function useAuthoritiesWithoutPolicy(): { isPending: boolean; ids: string[] } {
  const all = { pagination: { page: 1, perPage: 100 } };
  const authorities = useGetList('LocalAuthority', { ...all, sort: defaultSort('LocalAuthority') });
  const policies = useGetList('CommissioningPolicy', { ...all, sort: defaultSort('CommissioningPolicy') });
  const taken = new Set((policies.data ?? []).map((p) => (p.localAuthority as { id?: string } | undefined)?.id));
  return { isPending: authorities.isPending || policies.isPending, ids: (authorities.data ?? []).map((la) => String(la.id)).filter((id) => !taken.has(id)) };
}

const PolicyListActions = () => {
  const { isPending, ids } = useAuthoritiesWithoutPolicy();
  return <ListActions hasCreate={!isPending && ids.length > 0} />;
};

const PolicyCreate = () => {
  const { isPending, ids } = useAuthoritiesWithoutPolicy();
  if (isPending) return <Loading />;
  if (ids.length === 0) {
    return (
      <>
        <Title title="New commissioning policy" />
        <Alert severity="info" sx={{ mt: 2 }}>
          Each of your local authorities has its commissioning policy: open it from the list to change it.
        </Alert>
      </>
    );
  }
  return (
    <RecordCreate title="New commissioning policy" inLocalAuthority>
      <PolicyFields isCreate authorities={ids} />
    </RecordCreate>
  );
};

const PolicyFields = ({ isCreate, authorities }: { isCreate: boolean; authorities?: string[] }) => (
  <>
    <LocalAuthorityInput isCreate={isCreate} filter={authorities ? { ids: authorities } : undefined} />
    <FormRow>
      <NumberInput source="visitIntervalMonths" label="Visit every (months)" helperText="Default for new placements" />
      <NumberInput source="visitDueSoonDays" label="Flag visits due within (days)" />
      <NumberInput source="ofstedReinspectionMonths" label="Ofsted judgement out of date after (months)" />
    </FormRow>
    <FormRow columns={2}>
      <NumberInput source="homeLatitude" label="Distances from: latitude" />
      <NumberInput source="homeLongitude" label="Distances from: longitude" />
    </FormRow>
    <FormRow columns={4}>
      <DateInput source="baselineDate" label="Baseline date" />
      <NumberInput source="baselineCount" label="Placements at baseline" />
      <NumberInput source="targetReductionPercent" label="Reduction aimed for (%)" />
      <DateInput source="targetDate" label="By" />
    </FormRow>
  </>
);

export const commissioningPolicyResource = {
  name: 'CommissioningPolicy',
  list: () => (
    <RecordList title="Commissioning policy" filters={[]} actions={<PolicyListActions />}>
      <LocalAuthorityColumn />
      <DataTable.Col source="visitIntervalMonths" label="Visit every (months)" disableSort />
      <DataTable.Col source="ofstedReinspectionMonths" label="Ofsted window (months)" disableSort />
      <DataTable.Col source="baselineCount" label="Baseline" disableSort />
      <DataTable.Col source="targetReductionPercent" label="Reduction %" disableSort />
      <DataTable.Col source="targetDate" label="By" disableSort field={UkDateField} />
    </RecordList>
  ),
  show: () => (
    <RecordShow heading="Commissioning policy">
      <LocalAuthorityField label="Local authority" />
      <NumberField source="visitIntervalMonths" label="Visit every (months)" />
      <NumberField source="visitDueSoonDays" label="Flag visits due within (days)" />
      <NumberField source="ofstedReinspectionMonths" label="Ofsted judgement out of date after (months)" />
      <NumberField source="homeLatitude" label="Distances from: latitude" />
      <NumberField source="homeLongitude" label="Distances from: longitude" />
      <UkDateField source="baselineDate" label="Baseline date" />
      <NumberField source="baselineCount" label="Placements at baseline" />
      <NumberField source="targetReductionPercent" label="Reduction aimed for (%)" />
      <UkDateField source="targetDate" label="By" />
    </RecordShow>
  ),
  create: PolicyCreate,
  edit: () => (
    <RecordEdit>
      <PolicyFields isCreate={false} />
    </RecordEdit>
  ),
  icon: TuneIcon,
  recordRepresentation: () => 'Commissioning policy',
};
