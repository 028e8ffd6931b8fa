// Serves the production build once for all end-to-end files (builds it first if it is missing).
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { build, preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) await build({ logLevel: 'warn' });
  const server = await preview({
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    logLevel: 'warn',
  });
  const { port } = server.httpServer.address() as AddressInfo;
  project.provide('baseURL', `http://127.0.0.1:${port}/`);
  return async () => {
    await server.close();
  };
}
