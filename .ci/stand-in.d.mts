export interface StandIn {
  /** `http://<host>:<port>/` */
  url: string;
  port: number;
  host: string;
  dir: string;
  pid: number;
  /** What it printed, and the end of its log.txt. */
  log(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stop(): Promise<void>;
  kill(): Promise<void>;
}

export function freePort(host?: string, port?: number): Promise<number>;

export function startStandIn(options: {
  dir: string;
  admin: { name: string; password: string };
  port?: number;
  host?: string;
  timeoutMs?: number;
  onExit?: (how: { code: number | null; signal: NodeJS.Signals | null }) => void;
}): Promise<StandIn>;
