import { LucideProvider } from 'lucide-react';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider } from 'react-router/dom';
import { i18n } from '../i18n';
import { router } from './router';

export function App() {
  return (
    <I18nextProvider i18n={i18n}>
      <LucideProvider size={16} strokeWidth={1.75}>
        <RouterProvider router={router} />
      </LucideProvider>
    </I18nextProvider>
  );
}
