// The browser's print dialog (the paper fallback for the week plan).
export function printPage(): void {
  globalThis.print?.();
}
