/**
 * How long the page's main thread was blocked while something ran: long tasks as the browser
 * reports them, and the worst lateness of a 10 ms timer, which catches blocks the observer misses.
 */
import type { UiBlockReport } from '../../../shared/importer/benchProtocol';

const PROBE_INTERVAL_MS = 10;
const KEPT = 8;

export function startUiBlockProbe(): () => UiBlockReport {
  const origin = performance.now();
  const report: UiBlockReport = { maxTimerDriftMs: 0, longTasks: 0, maxLongTaskMs: 0, worst: [] };
  const note = (atMs: number, ms: number, kind: 'timer' | 'longtask') => {
    report.worst.push({ atMs: Math.round(atMs - origin), ms: Math.round(ms), kind });
    report.worst.sort((a, b) => b.ms - a.ms);
    report.worst.length = Math.min(report.worst.length, KEPT);
  };
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      report.longTasks++;
      report.maxLongTaskMs = Math.max(report.maxLongTaskMs, entry.duration);
      note(entry.startTime, entry.duration, 'longtask');
    }
  });
  observer.observe({ type: 'longtask', buffered: false });
  let expected = performance.now() + PROBE_INTERVAL_MS;
  let timer = setTimeout(function tick() {
    const now = performance.now();
    const drift = now - expected;
    if (drift > report.maxTimerDriftMs) report.maxTimerDriftMs = drift;
    if (drift > 16) note(expected, drift, 'timer');
    expected = now + PROBE_INTERVAL_MS;
    timer = setTimeout(tick, PROBE_INTERVAL_MS);
  }, PROBE_INTERVAL_MS);
  return () => {
    clearTimeout(timer);
    observer.disconnect();
    return report;
  };
}
