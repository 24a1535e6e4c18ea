import { createElement } from 'react';
import { defaultTheme, type RaThemeOptions } from 'react-admin';
import { ListEmpty } from './common/ListEmpty';

/** A calm, high-contrast light theme (council blue), readable for long sessions. */
export const lightTheme: RaThemeOptions = {
  ...defaultTheme,
  palette: {
    mode: 'light',
    primary: { main: '#1d4e89', contrastText: '#ffffff' },
    secondary: { main: '#1d4e89', contrastText: '#ffffff' },
    background: { default: '#f4f6f9', paper: '#ffffff' },
    success: { main: '#2e7d32' },
    warning: { main: '#b26a00' },
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
