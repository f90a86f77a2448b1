import { languageForLocale } from '../i18n/resolveLanguage';
import { en } from '../i18n/en';
import { zhCN } from '../i18n/zh-CN';

/** Start-up failed before i18next was ready: read the texts straight from the resources. */
export function BootFailure({ error }: { error: unknown }) {
  const messages = languageForLocale(navigator.language) === 'zh-CN' ? zhCN : en;
  const message = error instanceof Error ? error.message : String(error);
  return (
    <main className="boot-failure card">
      <h1>{messages.error.title}</h1>
      <p>{messages.error.body}</p>
      <pre className="mono">{message}</pre>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {messages.error.reload}
      </button>
    </main>
  );
}
