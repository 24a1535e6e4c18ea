import { ArrayInput, DateInput, NumberInput, SelectInput, SimpleFormIterator, TextInput, required } from 'react-admin';
import { kpiCalculationChoices, kpiDirectionChoices, kpiFrequencyChoices, kpiSourceChoices, kpiUnitChoices, reportingCalendarChoices } from '../../../common/choices';
import { FormRow, LocalAuthorityInput } from '../../../common/inputs';
import { OwnerInput } from '../../../common/owner';

// The rules (a target inside the unit's range, a calculation for a computed KPI) are the API's; its errors show under the inputs.
export const KpiFormFields = ({ isCreate }: { isCreate: boolean }) => (
  <>
    <LocalAuthorityInput isCreate={isCreate} />
    <FormRow columns={2}>
      <TextInput source="code" label="Code" validate={required()} />
      <TextInput source="name" label="Name" validate={required()} />
    </FormRow>
    <OwnerInput resource="Kpi" label="Owner (accountable manager)" />
    <TextInput source="definition" label="Definition, in plain language" validate={required()} multiline fullWidth />
    <FormRow columns={4}>
      <SelectInput source="unit" label="Unit" choices={kpiUnitChoices} validate={required()} />
      <SelectInput source="direction" label="Direction" choices={kpiDirectionChoices} validate={required()} />
      <NumberInput source="target" label="Target" validate={required()} />
      <NumberInput source="amberTolerance" label="Amber tolerance" validate={required()} helperText="How far it may miss the target and be amber" />
    </FormRow>
    <FormRow columns={4}>
      <SelectInput source="frequency" label="Frequency" choices={kpiFrequencyChoices} validate={required()} />
      <SelectInput source="calendar" label="Counted in" choices={reportingCalendarChoices} emptyText="Financial year (academic for termly)" helperText="Termly KPIs count in the academic year" />
      <SelectInput source="source" label="Source" choices={kpiSourceChoices} validate={required()} />
      <SelectInput source="calculation" label="Calculation (computed KPIs)" choices={kpiCalculationChoices} emptyText="None" />
    </FormRow>
    <FormRow columns={2}>
      <NumberInput source="baselineValue" label="Baseline value" />
      <DateInput source="baselineDate" label="Baseline date" />
    </FormRow>
    <ArrayInput source="milestoneTargets" label="Milestone targets">
      <SimpleFormIterator inline disableReordering>
        <DateInput source="date" label="By" validate={required()} />
        <NumberInput source="target" label="Target" validate={required()} />
      </SimpleFormIterator>
    </ArrayInput>
  </>
);
