/**
 * Live JavaScript memory of the page and its workers, from
 * `performance.measureUserAgentSpecificMemory()` (needs a cross-origin-isolated page; the bench
 * server sends COOP and COEP). Unlike the process's resident size it is measured at a garbage
 * collection, so it shows what the import holds rather than what the heap has not yet returned.
 * Each measurement waits for the next natural collection (forcing collections would slow the
 * import it measures), and only one is outstanding at a time.
 */

interface MemoryMeasurement {
  bytes: number;
}

type MeasuringPerformance = Performance & {
  measureUserAgentSpecificMemory?: () => Promise<MemoryMeasurement>;
};

const SAMPLE_INTERVAL_MS = 1000;

/** Starts sampling; the returned function stops and gives the peak in bytes (null if unmeasurable). */
export function startJsMemoryProbe(): () => Promise<number | null> {
  const measuring = performance as MeasuringPerformance;
  if (!crossOriginIsolated || !measuring.measureUserAgentSpecificMemory) return async () => null;
  const measure = measuring.measureUserAgentSpecificMemory.bind(measuring);
  let peak = 0;
  let outstanding = false;
  const timer = setInterval(() => {
    if (outstanding) return;
    outstanding = true;
    measure()
      .then((result) => {
        peak = Math.max(peak, result.bytes);
      })
      .catch(() => undefined)
      .finally(() => {
        outstanding = false;
      });
  }, SAMPLE_INTERVAL_MS);
  return async () => {
    clearInterval(timer);
    return peak > 0 ? peak : null;
  };
}
