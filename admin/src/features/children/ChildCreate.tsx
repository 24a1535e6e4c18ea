import { Create, Loading, SimpleForm } from 'react-admin';
import { useDefaultLocalAuthority } from '../../common/inputs';
import { ChildFormFields, validateChild } from './ChildForm';

export const ChildCreate = () => {
  const { isPending, defaults } = useDefaultLocalAuthority();
  if (isPending) return <Loading />;
  return (
    <Create title="New child record" redirect="show">
      <SimpleForm sx={{ maxWidth: 1040 }} validate={validateChild} defaultValues={{ complexHealthNeeds: false, lookedAfter: false, ...defaults }}>
        <ChildFormFields isCreate />
      </SimpleForm>
    </Create>
  );
};
