import { Edit, SimpleForm } from 'react-admin';
import { TeamFormFields } from './TeamForm';
import { TeamTitle } from './TeamShow';

export const TeamEdit = () => (
  <Edit title={<TeamTitle />} mutationMode="pessimistic" redirect="show">
    <SimpleForm sx={{ maxWidth: 1040 }} warnWhenUnsavedChanges>
      <TeamFormFields isCreate={false} />
    </SimpleForm>
  </Edit>
);
