import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import './styles.css';
import './i18n';
import { ApiProvider } from './api/ApiContext';
import { resolveBridge } from './api/bridge';
import { App } from './App';
import { MissingToken } from './pages/MissingToken';

const state = resolveBridge();
const root = createRoot(document.getElementById('root')!);

root.render(
  <StrictMode>
    {state.kind === 'ready' ? (
      <ApiProvider value={state.bridge}>
        <BrowserRouter>
          <App />
        </BrowserRouter>
      </ApiProvider>
    ) : (
      <MissingToken />
    )}
  </StrictMode>,
);
