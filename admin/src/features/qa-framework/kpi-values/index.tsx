import TimelineIcon from '@mui/icons-material/Timeline';
import { DataTable, FunctionField, NumberField, ReferenceField, ReferenceInput, SelectInput, TextField, type RaRecord } from 'react-admin';
import { LocalAuthorityColumn } from '../../../common/columns';
import { LocalAuthorityField, UkDateTimeField } from '../../../common/fields';
import { localAuthorityFilter } from '../../../common/inputs';
import { RecordCreate, RecordEdit, RecordList, RecordShow } from '../../../common/pages';
import { RagChip, type Rag } from '../kpis/rag';
import { KpiValueFormFields } from './KpiValueForm';

const filters = [
  <ReferenceInput key="kpiId" source="kpiId" reference="Kpi" alwaysOn sort={{ field: 'code', order: 'ASC' }} perPage={100}>
    <SelectInput label="KPI" optionText="code" sx={{ minWidth: 200 }} />
  </ReferenceInput>,
  localAuthorityFilter,
];

const RagField = (_props: { label?: string }) => <FunctionField render={(r: RaRecord) => <RagChip value={r.rag as Rag} />} />;

const KpiValueList = () => (
  <RecordList title="KPI values" filters={filters}>
    <DataTable.Col source="kpi.id" label="KPI" disableSort>
      <ReferenceField source="kpi.id" reference="Kpi" link={false} />
    </DataTable.Col>
    <DataTable.Col source="periodStart" label="Period">
      <TextField source="period" />
    </DataTable.Col>
    <DataTable.Col source="value" label="Value" field={NumberField} />
    <DataTable.Col source="rag" label="RAG" disableSort>
      <RagField />
    </DataTable.Col>
    <DataTable.Col source="evidence" label="Evidence" disableSort field={TextField} />
    <LocalAuthorityColumn />
  </RecordList>
);

const KpiValueShow = () => (
  <RecordShow heading="KPI value">
    <ReferenceField source="kpi.id" reference="Kpi" link="show" label="KPI" />
    <TextField source="period" label="Period" />
    <NumberField source="value" label="Value" />
    <NumberField source="numerator" label="Numerator" emptyText="—" />
    <NumberField source="denominator" label="Denominator" emptyText="—" />
    <RagField label="RAG" />
    <TextField source="evidence" label="Evidence" emptyText="—" />
    <TextField source="exceptionCommentary" label="Exception note: commentary" emptyText="—" />
    <TextField source="exceptionActions" label="Exception note: actions" emptyText="—" />
    <UkDateTimeField source="frozenAt" label="Used by a published report on" emptyText="Not yet" />
    <LocalAuthorityField label="Local authority" />
  </RecordShow>
);

const KpiValueCreate = () => (
  <RecordCreate title="New KPI value">
    <KpiValueFormFields isCreate />
  </RecordCreate>
);

const KpiValueEdit = () => (
  <RecordEdit>
    <KpiValueFormFields isCreate={false} />
  </RecordEdit>
);

export default {
  name: 'KpiValue',
  list: KpiValueList,
  show: KpiValueShow,
  edit: KpiValueEdit,
  create: KpiValueCreate,
  icon: TimelineIcon,
  options: { label: 'KPI values' },
  recordRepresentation: (record: RaRecord) => String(record.period ?? record.id),
};
