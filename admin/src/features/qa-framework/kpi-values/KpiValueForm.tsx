import { DateInput, NumberInput, ReferenceInput, SelectInput, TextInput, required } from 'react-admin';
import { FixedAfterCreate, FormRow } from '../../../common/inputs';

/** A manual KPI's value needs its evidence; any red value takes the owner's exception note. */
export const KpiValueFormFields = ({ isCreate }: { isCreate: boolean }) => (
  <>
    <FixedAfterCreate isCreate={isCreate} label="KPI" source="kpi.id" reference="Kpi" display="name" link="show">
      <ReferenceInput source="kpi.id" reference="Kpi" filter={{ source: 'MANUAL' }} sort={{ field: 'code', order: 'ASC' }} perPage={100}>
        <SelectInput label="KPI (entered by hand)" optionText={(k: { code: string; name: string }) => `${k.code} ${k.name}`} validate={required()} sx={{ minWidth: 420 }} />
      </ReferenceInput>
    </FixedAfterCreate>
    {isCreate && <DateInput source="date" label="Any day of the period" validate={required()} />}
    <FormRow columns={3}>
      <NumberInput source="value" label="Value" validate={isCreate ? required() : undefined} />
      <NumberInput source="numerator" label="Numerator" />
      <NumberInput source="denominator" label="Denominator" />
    </FormRow>
    <TextInput source="evidence" label="Evidence" helperText="The survey, return or minute the value comes from" validate={required()} multiline fullWidth />
    <TextInput source="exceptionCommentary" label="Exception note: commentary (when red)" multiline fullWidth />
    <TextInput source="exceptionActions" label="Exception note: actions" multiline fullWidth />
  </>
);
