import { UserMenu, useGetIdentity } from 'react-admin';

/**
 * react-admin's user menu, named by what it shows (the user's name and roles) rather than "Profile": a speech-input
 * user says the words they see (WCAG 2.5.3, label in name).
 */
export const AccountMenu = () => {
  const { identity } = useGetIdentity();
  return <UserMenu label={identity?.fullName ? `${identity.fullName}: account menu` : 'Account menu'} />;
};
