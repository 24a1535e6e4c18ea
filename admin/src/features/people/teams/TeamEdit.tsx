import { RecordEdit } from '../../../common/pages';
import { TeamFormFields } from './TeamForm';

export const TeamEdit = () => (
  <RecordEdit>
    <TeamFormFields isCreate={false} />
  </RecordEdit>
);
