// The renderer's entry: i18n first, then the shared stylesheets (styles/app.css says where the others live), then the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n/index.ts';
import './styles/app.css';
import './styles/controls.css';
import { App } from './shell/App.tsx';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
