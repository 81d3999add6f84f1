import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ConfigApp } from './config-app.tsx';

const root = document.getElementById('root');
if (!root) throw new Error('config.html has no #root');
createRoot(root).render(
  <StrictMode>
    <ConfigApp />
  </StrictMode>,
);
