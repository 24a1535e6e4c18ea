import AddIcon from '@mui/icons-material/Add';
import {
  CreateButton,
  EditButton,
  ReferenceField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
} from 'react-admin';
import { primaryNeedChoices, sexChoices } from '../../common/choices';
import {
  AgeField,
  SectionTitle,
  UkDateField,
  UkDateTimeField,
  YesNoField,
  gridLayoutSx,
} from '../../common/fields';
import { RecordHistory } from '../history/RecordHistory';
import { RelatedPlans } from '../plans/RelatedPlans';

export const ChildTitle = () => {
  const record = useRecordContext();
  return record ? <span>Child {String(record.caseReference ?? '')}</span> : null;
};

const ChildShowActions = () => (
  <TopToolbar>
    <EditButton />
  </TopToolbar>
);

/** "Add a plan" for this child, with the child already chosen. */
const AddPlanButton = () => {
  const record = useRecordContext();
  if (!record) return null;
  return (
    <CreateButton
      resource="Plan"
      label="Add a plan"
      icon={<AddIcon />}
      state={{ record: { child: { id: record.id } } }}
    />
  );
};

export const ChildShow = () => (
  <Show title={<ChildTitle />} actions={<ChildShowActions />}>
    <SectionTitle>Child or young person</SectionTitle>
    <SimpleShowLayout sx={gridLayoutSx}>
      <TextField source="caseReference" label="Case reference" />
      <SelectField source="primaryNeed" label="Primary need (SEN2)" choices={primaryNeedChoices} />
      <UkDateField source="dateOfBirth" label="Date of birth" />
      <AgeField label="Age" />
      <SelectField source="sex" label="Sex" choices={sexChoices} />
      <YesNoField source="complexHealthNeeds" label="Complex health needs" />
      <YesNoField source="lookedAfter" label="Looked after" />
      <ReferenceField source="localAuthority.id" reference="LocalAuthority" link="show" label="Local authority">
        <TextField source="name" />
      </ReferenceField>
      <UkDateTimeField source="updatedAt" label="Last changed" />
    </SimpleShowLayout>
    <RelatedPlans target="childId" title="Plans" emptyText="No plans for this child." action={<AddPlanButton />} omit={['child']} />
    <RecordHistory entityName="Child" />
  </Show>
);
