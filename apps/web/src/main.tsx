import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { i18nReady } from './lib/i18n';
import './app/global.css';

// A remembered English choice loads its catalogue first, so nobody sees Chinese flash by.
void i18nReady.then(() => createRoot(document.getElementById('root') as HTMLElement).render(<App />));
