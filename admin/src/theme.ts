import { createElement } from 'react';
import type { ChipProps, Theme } from '@mui/material';
import { grey } from '@mui/material/colors';
import { defaultTheme, type RaThemeOptions } from 'react-admin';
import { ListEmpty } from './common/ListEmpty';

/**
 * Amber as a fill, with the text that reads on it at 8.6:1: the BRAG and RAG chips and every filled warning chip
 * share it, so that Amber looks the same on every screen. As text or outline on white, amber is the palette's
 * darker warning (6.0:1); the lighter shade there read at 4.23:1, below WCAG AA's 4.5:1.
 */
export const AMBER = { colour: '#ef8f00', text: '#000000' } as const;

/** A calm, high-contrast light theme (council blue), readable for long sessions. */
export const lightTheme: RaThemeOptions = {
  ...defaultTheme,
  palette: {
    mode: 'light',
    primary: { main: '#1d4e89', contrastText: '#ffffff' },
    secondary: { main: '#1d4e89', contrastText: '#ffffff' },
    background: { default: '#f4f6f9', paper: '#ffffff' },
    success: { main: '#2e7d32' },
    warning: { main: '#8f5600' },
    // MUI's red (#d32f2f) reads at 4.4:1 on its own tinted chip; this is the RAG chips' red.
    error: { main: '#c62828' },
  },
  shape: { borderRadius: 8 },
  typography: {
    fontFamily: ['system-ui', '-apple-system', '"Segoe UI"', 'Roboto', 'Arial', 'sans-serif'].join(','),
  },
  sidebar: { width: 230, closedWidth: 55 },
  components: {
    ...defaultTheme.components,
    // Every list's empty page, unless the list gives its own.
    // Every list fits a 1440 px window (the browser walk checks it): its buttons wrap under the filters rather
    // than push the page sideways, and its cells keep half MUI's side padding.
    RaList: {
      defaultProps: { empty: createElement(ListEmpty) },
      styleOverrides: { root: { '& .RaList-actions, & .RaList-actions .MuiToolbar-root': { flexWrap: 'wrap' } } },
    },
    RaDataTable: {
      styleOverrides: { root: { '& .RaDataTable-headerCell, & .RaDataTable-rowCell': { paddingLeft: 8, paddingRight: 8 } } },
    },
    // A spinner or progress bar is named, so that a screen reader says what is going on.
    MuiCircularProgress: { defaultProps: { 'aria-label': 'Loading' } },
    MuiLinearProgress: { defaultProps: { 'aria-label': 'Loading' } },
    MuiChip: {
      styleOverrides: {
        root: ({ ownerState }: { ownerState: ChipProps }) => (ownerState.color === 'warning' && ownerState.variant === 'filled' ? { backgroundColor: AMBER.colour, color: AMBER.text } : {}),
      },
    },
    // react-admin's form toolbar is grey 300, on which even the red of a Delete button falls below 4.5:1.
    RaToolbar: {
      styleOverrides: { root: { backgroundColor: grey[100] } },
    },
    // react-admin's empty list page writes in the disabled grey (2.6:1).
    RaEmpty: {
      styleOverrides: { root: ({ theme }: { theme: Theme }) => ({ '& .RaEmpty-message': { color: theme.palette.text.secondary } }) },
    },
    // A disabled field's helper text still explains something (where else to do it), so it must stay readable.
    MuiFormHelperText: {
      styleOverrides: { root: ({ theme }: { theme: Theme }) => ({ '&.Mui-disabled': { color: theme.palette.text.secondary } }) },
    },
    MuiAppBar: {
      styleOverrides: { root: { boxShadow: 'none' } },
    },
    MuiPaper: {
      styleOverrides: { elevation1: { boxShadow: '0 1px 3px rgba(16, 24, 40, 0.08), 0 1px 2px rgba(16, 24, 40, 0.04)' } },
    },
    MuiTableCell: {
      styleOverrides: { head: { fontWeight: 600 } },
    },
  },
};
