import { useEffect, useState } from 'react';
import { useGetList } from 'react-admin';

/** The user's local authorities, and the one chosen (the first until they pick another). */
export function useChosenLocalAuthority() {
  const { data } = useGetList('LocalAuthority', { pagination: { page: 1, perPage: 100 }, sort: { field: 'name', order: 'ASC' } });
  const [chosen, choose] = useState<string>('');
  useEffect(() => {
    if (!chosen && data?.length) choose(String(data[0]!.id));
  }, [chosen, data]);
  return { localAuthorities: data ?? [], chosen, choose };
}
