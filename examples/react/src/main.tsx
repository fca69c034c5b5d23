import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Registered before React's first render, so React sets `overrides` (an object) as a property.
import 'upper-back-surgery-elements/risk-list.js';
import { App } from './App.tsx';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
