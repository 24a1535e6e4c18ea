import { Empty, useCanAccess, useResourceContext } from 'react-admin';

/**
 * react-admin's empty list page invites "Do you want to add one?" whenever the resource has a create page,
 * whoever is signed in; this one invites (and offers the Create button) only when the user may create.
 * The theme makes it every list's empty page.
 */
export const ListEmpty = () => {
  const resource = useResourceContext();
  const { canAccess, isPending } = useCanAccess({ resource, action: 'create' });
  return <Empty hasCreate={!isPending && canAccess === true ? undefined : false} />;
};
