/**
 * Runs the dataset maintenance (interrupted imports undone, datasets past retention purged,
 * orphaned generations swept) at start-up and then daily, and again at a dataset's deadline if
 * that comes first, so expired rows never outlive their deadline by more than a few seconds.
 */
import { getDatabase } from '../db/database';
import { runDatasetMaintenance } from '../db/maintenance';
import { defaultImportLocks } from '../import/importLocks';
import { auditActor } from '../keys/auditActor';

const DAY_MS = 86_400_000;
/** Timers further out than this overflow; the daily run catches up instead. */
const LONGEST_TIMER_MS = 2 ** 31 - 1;

let timer: ReturnType<typeof setTimeout> | undefined;

async function runOnce(): Promise<void> {
  const db = getDatabase();
  const locks = defaultImportLocks();
  await runDatasetMaintenance(db, await locks.liveDatasets(), await auditActor(db), new Date());
}

async function nextDelay(): Promise<number> {
  const deadlines = (await getDatabase().datasets.toArray()).map((dataset) =>
    Date.parse(dataset.expires),
  );
  const soonest = Math.min(
    Date.now() + DAY_MS,
    ...deadlines.filter((deadline) => deadline > Date.now()),
  );
  return Math.min(LONGEST_TIMER_MS, Math.max(1000, soonest - Date.now() + 1000));
}

async function cycle(): Promise<void> {
  try {
    await runOnce();
  } catch (error) {
    console.error('Dataset maintenance failed', error);
  }
  const delay = await nextDelay().catch(() => DAY_MS);
  timer = setTimeout(() => void cycle(), delay);
}

/** Starts the schedule once per window; later calls do nothing. */
export function startDatasetMaintenance(): void {
  if (timer !== undefined) return;
  timer = setTimeout(() => void cycle(), 0);
}
