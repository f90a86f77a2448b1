/**
 * CPU time of a Chromium's processes (browser, renderers, storage service…), from /proc (Linux):
 * on a machine shared with other jobs, wall time says more about the neighbours than the code.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND =
  Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

interface CpuInfo {
  pid: number;
  parent: number;
  commandLine: string;
  ticks: number;
}

function readCpu(pid: number): CpuInfo | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
    // Fields after the name: state(0) ppid(1) … utime(11) stime(12).
    return {
      pid,
      parent: Number(fields[1]),
      commandLine,
      ticks: Number(fields[11]) + Number(fields[12]),
    };
  } catch {
    return null;
  }
}

/**
 * Milliseconds of CPU the Chromium started with `profileFolder` and its children have used so far;
 * with `processType` (e.g. `renderer`), only its processes of that `--type=`.
 */
export function chromiumCpuMs(profileFolder: string, processType?: string): number {
  const processes = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map((name) => readCpu(Number(name)))
    .filter((info): info is CpuInfo => info !== null);
  const root = processes.find(
    (info) => info.commandLine.includes(profileFolder) && !info.commandLine.includes('--type='),
  );
  if (!root) return 0;
  const family = new Set([root.pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const info of processes)
      if (!family.has(info.pid) && family.has(info.parent)) {
        family.add(info.pid);
        grew = true;
      }
  }
  const ticks = processes
    .filter((info) => family.has(info.pid))
    .filter(
      (info) => processType === undefined || info.commandLine.includes(`--type=${processType}`),
    )
    .reduce((sum, info) => sum + info.ticks, 0);
  return (ticks / TICKS_PER_SECOND) * 1000;
}
