import AddIcon from '@mui/icons-material/Add';
import { CreateButton, SelectField, TextField, useRecordContext } from 'react-admin';
import { primaryNeedChoices, sexChoices } from '../../../common/choices';
import { AgeField, LocalAuthorityField, UkDateField, UkDateTimeField, YesNoField } from '../../../common/fields';
import { RecordShow } from '../../../common/pages';
import { RelatedPlans } from '../plans/RelatedPlans';

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
  <RecordShow
    heading="Child or young person"
    related={<RelatedPlans target="childId" title="Plans" emptyText="No plans for this child." action={<AddPlanButton />} omit={['child']} />}
  >
    <TextField source="caseReference" label="Case reference" />
    <SelectField source="primaryNeed" label="Primary need (SEN2)" choices={primaryNeedChoices} />
    <UkDateField source="dateOfBirth" label="Date of birth" />
    <AgeField label="Age" />
    <SelectField source="sex" label="Sex" choices={sexChoices} />
    <YesNoField source="complexHealthNeeds" label="Complex health needs" />
    <YesNoField source="lookedAfter" label="Looked after" />
    <LocalAuthorityField label="Local authority" link="show" />
    <UkDateTimeField source="updatedAt" label="Last changed" />
  </RecordShow>
);
