// Pulling the plug: SIGKILL every process of the Chromium that runs on this test's own profile
// (found by its --user-data-dir, so nothing else on the machine is touched).
import { execFileSync } from 'node:child_process';

export function killBrowserOn(profile: string): number {
  let pids: number[] = [];
  try {
    pids = execFileSync('pgrep', ['-f', '--', `--user-data-dir=${profile}`], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map(Number);
  } catch {
    return 0; // none running
  }
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
  return pids.length;
}
