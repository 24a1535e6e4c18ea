import { RecordCreate } from '../../../common/pages';
import { TeamFormFields } from './TeamForm';

export const TeamCreate = () => (
  <RecordCreate title="New team" defaultValues={{ kind: 'CASEWORK' }} inLocalAuthority>
    <TeamFormFields isCreate />
  </RecordCreate>
);
