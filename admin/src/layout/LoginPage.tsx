import { Box, Typography } from '@mui/material';
import { Login, LoginForm } from 'react-admin';

/** react-admin's sign-in form (fields `username` = email and `password`) with the product's name. */
export const LoginPage = () => (
  <Login
    sx={{
      background: 'linear-gradient(135deg, #1d4e89 0%, #2f6db3 60%, #5a8fd1 100%)',
    }}
  >
    <Box sx={{ px: 3, pt: 1, textAlign: 'center' }}>
      <Typography variant="h5" component="h1" sx={{ fontWeight: 700, color: 'primary.main' }}>
        SEND QA
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
        Quality assurance for SEND services. Sign in with your council email.
      </Typography>
    </Box>
    <LoginForm />
  </Login>
);
