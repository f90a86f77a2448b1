/**
 * Resident memory of a Chromium's processes, from /proc (Linux): the browser process is found by
 * its profile folder on the command line, its renderers as descendants with `--type=renderer`.
 * Workers run inside the renderer process, so the renderer's RSS includes the import worker.
 */
import { readdirSync, readFileSync } from 'node:fs';

interface ProcessInfo {
  pid: number;
  parent: number;
  commandLine: string;
  rssBytes: number;
}

function readProcess(pid: number): ProcessInfo | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    const commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return { pid, parent, commandLine, rssBytes: rssKb * 1024 };
  } catch {
    return null;
  }
}

export interface MemorySample {
  rendererBytes: number;
  allBytes: number;
}

export function sampleChromiumMemory(profileFolder: string): MemorySample {
  const processes = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map((name) => readProcess(Number(name)))
    .filter((info): info is ProcessInfo => info !== null);
  const root = processes.find(
    (info) => info.commandLine.includes(profileFolder) && !info.commandLine.includes('--type='),
  );
  if (!root) return { rendererBytes: 0, allBytes: 0 };
  const family = new Set([root.pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const info of processes) {
      if (!family.has(info.pid) && family.has(info.parent)) {
        family.add(info.pid);
        grew = true;
      }
    }
  }
  const members = processes.filter((info) => family.has(info.pid));
  const renderers = members.filter((info) => info.commandLine.includes('--type=renderer'));
  return {
    rendererBytes: Math.max(0, ...renderers.map((info) => info.rssBytes)),
    allBytes: members.reduce((sum, info) => sum + info.rssBytes, 0),
  };
}

/** Samples every `intervalMs` until stopped; returns the peaks. */
export function watchChromiumMemory(profileFolder: string, intervalMs = 200): () => MemorySample {
  const peak: MemorySample = { rendererBytes: 0, allBytes: 0 };
  const timer = setInterval(() => {
    const sample = sampleChromiumMemory(profileFolder);
    peak.rendererBytes = Math.max(peak.rendererBytes, sample.rendererBytes);
    peak.allBytes = Math.max(peak.allBytes, sample.allBytes);
  }, intervalMs);
  return () => {
    clearInterval(timer);
    return peak;
  };
}
