import type { ReactNode } from 'react';
import { Box, type SxProps, type Theme } from '@mui/material';

/**
 * A region that scrolls its content (a wide table on a phone) rather than the page. It takes the keyboard's focus,
 * so that it can be scrolled without a mouse (WCAG 2.1.1), and so it carries a name.
 */
export const ScrollBox = ({ label, sx, children }: { label: string; sx?: SxProps<Theme>; children: ReactNode }) => (
  <Box tabIndex={0} role="region" aria-label={label} sx={[{ overflow: 'auto' }, ...(Array.isArray(sx) ? sx : [sx])]}>
    {children}
  </Box>
);
