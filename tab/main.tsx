import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { loadScreen } from './shell/screens.tsx';
import { viewFromUrl } from './shell/views.ts';

// The first screen's chunk downloads while teams-js starts and the data loads.
loadScreen(viewFromUrl()).catch(() => {});
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
