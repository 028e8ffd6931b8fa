// Pulling the plug: SIGKILL every process of the Chromium that runs on this test's own profile
// (found by its --user-data-dir, so nothing else on the machine is touched).
import { execFileSync } from 'node:child_process';

/** The processes of the browser on this profile (looked up ahead, so a kill can land at once). */
export function browserPids(profile: string): number[] {
  try {
    return execFileSync('pgrep', ['-f', '--', `--user-data-dir=${profile}`], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map(Number);
  } catch {
    return []; // none running
  }
}

export function killPids(pids: readonly number[]): number {
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
  return pids.length;
}

export function killBrowserOn(profile: string): number {
  return killPids(browserPids(profile));
}
