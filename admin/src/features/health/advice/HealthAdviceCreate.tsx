import { RecordCreate } from '../../../common/pages';
import { HealthAdviceFormFields } from './HealthAdviceForm';

export const HealthAdviceCreate = () => (
  <RecordCreate title="New health advice request" defaultValues={{ occasion: 'ASSESSMENT', noAdvice: false }}>
    <HealthAdviceFormFields isCreate />
  </RecordCreate>
);
