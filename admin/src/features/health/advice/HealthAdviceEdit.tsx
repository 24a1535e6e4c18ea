import { RecordEdit } from '../../../common/pages';
import { HealthAdviceFormFields } from './HealthAdviceForm';

export const HealthAdviceEdit = () => (
  <RecordEdit>
    <HealthAdviceFormFields isCreate={false} />
  </RecordEdit>
);
