/** The sandbox recipient each source's feedback was last encrypted to, so the next export starts from it. */
import type { WorkstationDatabase } from '../db/database';
import { getDatabase } from '../db/database';
import type { SettingRecord } from '../db/records';

/** The `settings` key of the last recipient each source's feedback went to (source id → age1…). */
export const FEEDBACK_RECIPIENTS_KEY = 'feedbackRecipients';

async function recipientsBySource(db: WorkstationDatabase): Promise<Record<string, string>> {
  const record = (await db.settings.get(FEEDBACK_RECIPIENTS_KEY as never)) as { value?: unknown } | undefined;
  const value = record?.value;
  return value && typeof value === 'object' ? (value as Record<string, string>) : {};
}

/** The recipient the feedback of this dataset's source was last encrypted to, or ''. */
export async function rememberedRecipient(
  dataset: string,
  db: WorkstationDatabase = getDatabase(),
): Promise<string> {
  const record = await db.datasets.get(dataset);
  if (!record) return '';
  const remembered = (await recipientsBySource(db))[record.sourceId];
  return typeof remembered === 'string' ? remembered : '';
}

/** Remembers the recipient for the dataset's source, so the next export starts from it. */
export async function rememberRecipient(
  dataset: string,
  recipient: string,
  db: WorkstationDatabase = getDatabase(),
): Promise<void> {
  await db.transaction('rw', db.datasets, db.settings, async () => {
    const record = await db.datasets.get(dataset);
    if (!record) return;
    const value = { ...(await recipientsBySource(db)), [record.sourceId]: recipient };
    await db.settings.put({ key: FEEDBACK_RECIPIENTS_KEY, value } as unknown as SettingRecord);
  });
}
