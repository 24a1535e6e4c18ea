import { useShownAuthorities } from '../../../common/authority';

/**
 * The user's local authorities, and the one these pages work on: the one chosen in the app bar (the first of
 * them when several are shown side by side). Choosing here chooses there too.
 */
export function useChosenLocalAuthority() {
  const { authorities, shown, setChoice } = useShownAuthorities();
  return { localAuthorities: authorities, chosen: shown[0]?.id ?? '', chosenName: shown[0]?.name ?? '', choose: setChoice };
}
