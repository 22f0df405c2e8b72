import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const PAGE_SIZE = 4096;

/** Parent of every process, read from /proc (Linux): enough to find a command's whole tree. */
function processParents(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name may hold spaces and parentheses: fields start after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(name), Number(fields[1]));
    } catch {
      // The process ended between listing and reading.
    }
  }
  return parents;
}

function residentBytes(pid: number): number {
  try {
    const pages = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]);
    return pages * PAGE_SIZE;
  } catch {
    return 0;
  }
}

/** Resident memory of a process and all its descendants (workers, esbuild, sharp threads share their process). */
export function treeResidentBytes(root: number): number {
  const parents = processParents();
  const tree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, parent] of parents) {
      if (tree.has(parent) && !tree.has(pid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  return [...tree].reduce((sum, pid) => sum + residentBytes(pid), 0);
}

/**
 * CPU time, user and system, of this process's children that have ended and been waited for, in ms. A waited-for
 * child brings in its own waited-for children, so the difference around a command is the CPU of its whole tree: a
 * figure that holds on a shared machine where wall time depends on the neighbours.
 */
export function childrenCpuMs(): { user: number; system: number } {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // After the command name: cutime and cstime are fields 16 and 17 of stat(5), indices 13 and 14 here, in clock ticks (100 Hz on Linux).
  return { user: Number(fields[13]) * 10, system: Number(fields[14]) * 10 };
}

export interface Measure {
  wallMs: number;
  /** CPU time of the whole process tree (all cores added up), user and system. */
  cpuMs: number;
  /** Of which time spent in the kernel on the tree's behalf: memory mapping and page faults, file copies, I/O. */
  systemCpuMs: number;
  peakRssBytes: number;
  exitCode: number;
  output: string;
}

/** Runs a command to its end, sampling its process tree's memory every 100 ms. */
export function measureCommand(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<Measure> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const cpuBefore = childrenCpuMs();
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000)));
    child.stderr.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000)));
    let peak = 0;
    const sampler = setInterval(() => {
      if (child.pid) peak = Math.max(peak, treeResidentBytes(child.pid));
    }, 100);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(sampler);
      const cpuAfter = childrenCpuMs();
      resolve({
        wallMs: performance.now() - started,
        cpuMs: cpuAfter.user + cpuAfter.system - cpuBefore.user - cpuBefore.system,
        systemCpuMs: cpuAfter.system - cpuBefore.system,
        peakRssBytes: peak,
        exitCode: code ?? 1,
        output,
      });
    });
  });
}
