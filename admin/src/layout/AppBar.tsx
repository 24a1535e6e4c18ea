import { Box, Typography } from '@mui/material';
import { AppBar as RaAppBar, TitlePortal } from 'react-admin';
import { AuthorityPicker } from '../common/authority';
import { WorkBadge } from '../work/WorkBadge';
import { AccountMenu } from './AccountMenu';

export const AppBar = () => (
  <RaAppBar color="primary" userMenu={<AccountMenu />}>
    <Typography
      component="span"
      variant="h6"
      sx={{ fontWeight: 700, letterSpacing: 0.5, mr: 2, whiteSpace: 'nowrap' }}
      aria-label="SEND QA"
    >
      SEND QA
    </Typography>
    <Box component="span" sx={{ opacity: 0.5, mr: 2 }} aria-hidden>
      |
    </Box>
    <TitlePortal />
    <AuthorityPicker />
    <WorkBadge />
  </RaAppBar>
);
