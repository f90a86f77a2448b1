import { expect, test, type Page } from '@playwright/test';
import { Workstation, type Language, type Theme } from './pages/workstation';

const NOTICE: Record<Language, { label: string; text: RegExp; dismiss: string }> = {
  'zh-CN': {
    label: '自动恢复与清除记录',
    text: /数据集“gd-cut”第 2 版的导入被中断.*已自动撤销/,
    dismiss: '知道了',
  },
  en: {
    label: 'Automatic recovery and purges',
    text: /import of dataset “gd-cut” version 2 was cut off .* has been undone/,
    dismiss: 'Dismiss',
  },
};

/** What a window closed mid-import leaves: a `started` marker and some rows of its generation. */
function leaveImportCutOff(page: Page): Promise<void> {
  return page.evaluate(async () => {
    const open = indexedDB.open('examiner-workstation');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error ?? new Error('open failed'));
    });
    const write = db.transaction(['imports', 'accounts'], 'readwrite');
    write.objectStore('imports').add({
      dataset: 'gd-cut',
      version: 2,
      state: 'started',
      startedAt: new Date().toISOString(),
      finishedAt: null,
      error: null,
      generation: 'gd-cut#2',
      kind: 'full',
    });
    write.objectStore('accounts').put({ dataset: 'gd-cut#2', id: 'A-half', region: '440300' });
    await new Promise((resolve) => (write.oncomplete = resolve));
    db.close();
  });
}

function rowsLeft(page: Page): Promise<{ accounts: number; markers: string[] }> {
  return page.evaluate(async () => {
    const open = indexedDB.open('examiner-workstation');
    const db = await new Promise<IDBDatabase>(
      (resolve) => (open.onsuccess = () => resolve(open.result)),
    );
    const read = db.transaction(['imports', 'accounts']);
    const count = (request: IDBRequest) =>
      new Promise<unknown>((resolve) => (request.onsuccess = () => resolve(request.result)));
    const accounts = (await count(
      read.objectStore('accounts').count(IDBKeyRange.bound(['gd-cut#2'], ['gd-cut#2', []])),
    )) as number;
    const markers = (await count(read.objectStore('imports').getAll())) as { state: string }[];
    db.close();
    return { accounts, markers: markers.map((marker) => marker.state) };
  });
}

const CASES: [Language, Theme][] = [
  ['zh-CN', 'light'],
  ['en', 'dark'],
];

for (const [language, theme] of CASES) {
  test(`an import cut off by a closed window is undone at the next start, and the app says so (${language}, ${theme})`, async ({
    page,
  }) => {
    const workstation = new Workstation(page);
    await workstation.open();
    if (language !== 'zh-CN') await workstation.chooseLanguage(language);
    await workstation.chooseTheme(theme);
    await leaveImportCutOff(page);

    await page.reload();
    const notice = page.getByRole('region', { name: NOTICE[language].label });
    await expect(notice).toContainText(NOTICE[language].text);
    expect(await rowsLeft(page)).toEqual({ accounts: 0, markers: ['failed'] });
    await workstation.goTo('datasets');
    await expect(page.getByRole('status').filter({ hasText: /正在加载|Loading/ })).toHaveCount(0);
    await workstation.screenshot(`recovery-notice-${language}-${theme}`);

    // On every page until dismissed; once dismissed, it stays gone after a restart.
    await workstation.goTo('alerts');
    await expect(notice).toBeVisible();
    await notice.getByRole('button', { name: NOTICE[language].dismiss }).click();
    await expect(notice).toBeHidden();
    await page.reload();
    await expect(workstation.heading()).toBeVisible();
    await expect(notice).toBeHidden();
  });
}
