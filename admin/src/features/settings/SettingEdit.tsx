import { Edit, SimpleForm } from 'react-admin';
import { SettingFormFields } from './SettingForm';
import { SettingTitle } from './SettingShow';

export const SettingEdit = () => (
  <Edit title={<SettingTitle />} mutationMode="pessimistic" redirect="show">
    <SimpleForm sx={{ maxWidth: 1040 }} warnWhenUnsavedChanges>
      <SettingFormFields isCreate={false} />
    </SimpleForm>
  </Edit>
);
