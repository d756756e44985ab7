import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { requestStartupView } from './api/startup-view';
import { initI18n } from './i18n';
import './styles.css';

// The document is asked for first; the app's code (the grid's most of all) is then loaded and parsed
// while the service opens it, rather than before the service is asked.
requestStartupView();
initI18n();
void import('./Root').then(({ Root }) =>
  createRoot(document.getElementById('root') as HTMLElement).render(
    <StrictMode>
      <Root />
    </StrictMode>,
  ),
);
