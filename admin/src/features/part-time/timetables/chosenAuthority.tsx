import { MenuItem, TextField } from '@mui/material';
import { useShownAuthorities } from '../../../common/authority';

/**
 * The user's local authorities, and the one these pages work on: the one chosen in the app bar (the first of
 * them when several are shown side by side). Choosing here chooses there too.
 */
export function useChosenLocalAuthority() {
  const { authorities, shown, setChoice } = useShownAuthorities();
  return { localAuthorities: authorities, chosen: shown[0]?.id ?? '', chosenName: shown[0]?.name ?? '', choose: setChoice };
}

/** The picker these pages share for that authority. */
export const ChosenAuthoritySelect = () => {
  const { localAuthorities, chosen, choose } = useChosenLocalAuthority();
  return (
    <TextField select label="Local authority" value={chosen} onChange={(e) => choose(e.target.value)} fullWidth={false} sx={{ width: 240 }}>
      {localAuthorities.map((la) => (
        <MenuItem key={la.id} value={la.id}>{la.name}</MenuItem>
      ))}
    </TextField>
  );
};
