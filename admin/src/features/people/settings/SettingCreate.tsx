import { RecordCreate } from '../../../common/pages';
import { SettingFormFields } from './SettingForm';

export const SettingCreate = () => (
  <RecordCreate title="New setting" defaultValues={{ ofstedRating: 'NOT_YET_INSPECTED' }} inLocalAuthority>
    <SettingFormFields isCreate />
  </RecordCreate>
);
