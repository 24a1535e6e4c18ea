import { RecordEdit } from '../../../common/pages';
import { SettingFormFields } from './SettingForm';

export const SettingEdit = () => (
  <RecordEdit>
    <SettingFormFields isCreate={false} />
  </RecordEdit>
);
