import { Create, Loading, SimpleForm } from 'react-admin';
import { useDefaultLocalAuthority } from '../../common/inputs';
import { TeamFormFields } from './TeamForm';

export const TeamCreate = () => {
  const { isPending, defaults } = useDefaultLocalAuthority();
  if (isPending) return <Loading />;
  return (
    <Create title="New team" redirect="show">
      <SimpleForm sx={{ maxWidth: 1040 }} defaultValues={{ kind: 'CASEWORK', ...defaults }}>
        <TeamFormFields isCreate />
      </SimpleForm>
    </Create>
  );
};
