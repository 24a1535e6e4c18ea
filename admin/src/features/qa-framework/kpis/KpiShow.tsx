import { FunctionField, NumberField, SelectField, TextField, useRecordContext } from 'react-admin';
import { kpiCalculationChoices, kpiDirectionChoices, kpiFrequencyChoices, kpiSourceChoices, kpiUnitChoices, reportingCalendarChoices } from '../../../common/choices';
import { LocalAuthorityField, UkDateField } from '../../../common/fields';
import { RecordShow } from '../../../common/pages';
import { KpiHistory } from './KpiHistory';
import { formatValue } from './rag';
import { OwnerField } from '../../../common/owner';

const MilestoneTargets = (_props: { label?: string }) => {
  const kpi = useRecordContext();
  const targets = (kpi?.milestoneTargets as { date: string; target: number }[] | undefined) ?? [];
  if (targets.length === 0) return <>None</>;
  return <>{targets.map((t) => `${formatValue(String(kpi?.unit), t.target)} by ${t.date.split('-').reverse().join('/')}`).join('; ')}</>;
};

export const KpiShow = () => (
  <RecordShow heading="KPI" related={<KpiHistory />}>
    <TextField source="code" label="Code" />
    <TextField source="name" label="Name" />
    <TextField source="definition" label="Definition" />
    <OwnerField label="Owner" />
    <SelectField source="unit" label="Unit" choices={kpiUnitChoices} />
    <SelectField source="direction" label="Direction" choices={kpiDirectionChoices} />
    <FunctionField label="Target" render={(r) => formatValue(String(r.unit), Number(r.target))} />
    <NumberField source="amberTolerance" label="Amber tolerance" />
    <SelectField source="frequency" label="Frequency" choices={kpiFrequencyChoices} />
    <SelectField source="calendar" label="Counted in" choices={reportingCalendarChoices} />
    <SelectField source="source" label="Source" choices={kpiSourceChoices} />
    <SelectField source="calculation" label="Calculation" choices={kpiCalculationChoices} emptyText="—" />
    <FunctionField label="Baseline" render={(r) => (r.baselineValue === null || r.baselineValue === undefined ? 'None' : formatValue(String(r.unit), Number(r.baselineValue)))} />
    <UkDateField source="baselineDate" label="Baseline date" emptyText="—" />
    <MilestoneTargets label="Milestone targets" />
    <LocalAuthorityField label="Local authority" link="show" />
  </RecordShow>
);
