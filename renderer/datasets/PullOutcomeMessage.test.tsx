import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Language } from '../../shared/host/hostApi';
import { i18n, initI18n } from '../i18n';
import { PullOutcomeMessage } from './PullOutcomeMessage';

// The unlock dialog reaches the app's host and keyring, which need a browser; this outcome never shows it.
vi.mock('../keys/UnlockKeysDialog', () => ({ UnlockKeysDialog: () => null }));

/** The message as the Datasets page shows it, in `language`. */
async function shown(language: Language): Promise<string> {
  await i18n.changeLanguage(language);
  const html = renderToStaticMarkup(
    <MemoryRouter>
      <PullOutcomeMessage
        outcome={{ status: 'storage-full', dataset: 'gd', imported: [] }}
        datasetTitle="广东演示"
        source={{ title: '演示沙箱', kind: 'folder' }}
        onDismiss={() => undefined}
        onRetry={() => undefined}
      />
    </MemoryRouter>,
  );
  return html.replace(/<[^>]+>/g, ' ');
}

beforeAll(() => initI18n('zh-CN'));

describe('an import that ran out of storage', () => {
  it('is explained in the user’s language, naming the dataset and what to do', async () => {
    const chinese = await shown('zh-CN');
    expect(chinese).toContain('存储空间已满');
    expect(chinese).toContain('广东演示');
    expect(chinese).toContain('设置 → 存储');
    expect(chinese).not.toMatch(/storage is full/i);

    const english = await shown('en');
    expect(english).toContain('Storage is full');
    expect(english).toContain('广东演示');
    expect(english).toContain('rolled back');
  });
});
