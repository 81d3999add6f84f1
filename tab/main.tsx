import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { loadPersonalShell } from './mine/personal-entry.tsx';
import { isPersonalView } from './mine/personal-view.ts';
import { loadScreen } from './shell/screens.tsx';
import { viewFromUrl } from './shell/views.ts';

// The first screen's chunk downloads while teams-js starts and the data loads.
(isPersonalView() ? loadPersonalShell() : loadScreen(viewFromUrl())).catch(() => {});
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
