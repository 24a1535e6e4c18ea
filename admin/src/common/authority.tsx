/**
 * Which local authority the dashboards show. Figures are never added up across authorities: a user who holds
 * several picks one in the app bar, or all of them side by side, and every dashboard follows the choice,
 * remembered between visits. The API still limits every figure to the caller's own authorities.
 */
import type { ReactNode } from 'react';
import { Box, MenuItem, TextField, Typography } from '@mui/material';
import { useGetList, useStore } from 'react-admin';

export interface Authority {
  id: string;
  name: string;
  code: string;
}

/** The choice that shows every authority the user holds, each in its own column. */
export const SIDE_BY_SIDE = 'side-by-side';

/** The user's own local authorities, by name. */
export function useMyAuthorities(): { authorities: Authority[]; isPending: boolean } {
  const { data, isPending } = useGetList('LocalAuthority', { pagination: { page: 1, perPage: 100 }, sort: { field: 'name', order: 'ASC' } });
  return { authorities: (data ?? []).map((la) => ({ id: String(la.id), name: String(la.name), code: String(la.code) })), isPending };
}

/** The authorities the dashboards show now (the first by name until the user picks), and the choice. */
export function useShownAuthorities() {
  const { authorities, isPending } = useMyAuthorities();
  const [choice, setChoice] = useStore<string>('localAuthority.shown', '');
  const picked = authorities.find((la) => la.id === choice);
  const shown = choice === SIDE_BY_SIDE && authorities.length > 1 ? authorities : picked ? [picked] : authorities.slice(0, 1);
  return { authorities, shown, choice: shown.length > 1 ? SIDE_BY_SIDE : (shown[0]?.id ?? ''), setChoice, isPending };
}

/** The app bar's picker, for users who hold more than one authority. */
export const AuthorityPicker = () => {
  const { authorities, choice, setChoice } = useShownAuthorities();
  if (authorities.length < 2) return null;
  return (
    <TextField
      select
      size="small"
      label="Local authority"
      value={choice}
      onChange={(e) => setChoice(e.target.value)}
      fullWidth={false}
      sx={{
        flex: '0 1 auto',
        minWidth: { xs: 0, sm: 200 },
        maxWidth: { xs: 120, sm: 'none' },
        mx: 1,
        '& .MuiInputBase-root': { color: 'inherit', bgcolor: 'rgba(255, 255, 255, 0.12)' },
        '& .MuiInputLabel-root, & .MuiInputLabel-root.Mui-focused': { color: 'inherit' },
        '& .MuiOutlinedInput-notchedOutline': { borderColor: 'rgba(255, 255, 255, 0.7)' },
        '& .MuiSvgIcon-root': { color: 'inherit' },
      }}
    >
      {authorities.map((la) => (
        <MenuItem key={la.id} value={la.id}>
          {la.name}
        </MenuItem>
      ))}
      <MenuItem value={SIDE_BY_SIDE}>{authorities.length === 2 ? 'Both side by side' : 'All side by side'}</MenuItem>
    </TextField>
  );
};

/** A figure's authority, said in words under its title. */
export const AuthorityCaption = ({ authority }: { authority: Authority }) => (
  <Typography variant="caption" color="text.secondary" component="p" data-authority={authority.code}>
    {authority.name}
  </Typography>
);

/**
 * Renders a dashboard's body once per shown authority: one column, or (side by side) one column each on wide
 * screens and one under another on narrow ones. Each column is headed with its authority's name.
 */
export const ForEachAuthority = ({ children }: { children: (authority: Authority) => ReactNode }) => {
  const { shown, isPending } = useShownAuthorities();
  if (isPending) return null;
  if (shown.length === 0) return <Typography sx={{ m: 2 }}>You hold no local authority, so there are no figures to show.</Typography>;
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: `repeat(${shown.length}, minmax(0, 1fr))` } }}>
      {shown.map((authority) => (
        <Box key={authority.id} component="section" aria-label={authority.name} data-authority={authority.code} sx={{ minWidth: 0 }}>
          {children(authority)}
        </Box>
      ))}
    </Box>
  );
};

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
