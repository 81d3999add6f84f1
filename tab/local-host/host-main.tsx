import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { HostApp } from './host-app.tsx';

const root = document.getElementById('root');
if (!root) throw new Error('the host page has no #root');
createRoot(root).render(
  <StrictMode>
    <HostApp />
  </StrictMode>,
);
