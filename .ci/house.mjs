// npm run house: several screens on one computer, for trying them on the café's network. Builds
// the app if dist/ is missing, starts the CouchDB stand-in (pouchdb-server) with its data in a
// folder that survives restarts, prepares café "demo" with three screen logins, and serves the app
// and the database on one origin (all interfaces, port 8080). Ctrl-C stops both.
//
//   --port <n>      the app's port (default 8080)
//   --dir <folder>  the data folder (default ~/.local/share/dagstavlen/house)
//   --cert <pem> --key <pem>   serve HTTPS (phones need it: see the README, "Flere skærme")
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir, networkInterfaces } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { newPassword, setupCafe } from './house-cafe.mjs';
import { serveOneOrigin } from './one-origin.mjs';
import { startStandIn } from './stand-in.mjs';

const CAFE = 'demo';
const SCREENS = ['vaeg', 'koekken', 'tablet'];
const root = resolve(fileURLToPath(new URL('..', import.meta.url)));

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8080' },
    dir: { type: 'string', default: join(homedir(), '.local/share/dagstavlen/house') },
    cert: { type: 'string' },
    key: { type: 'string' },
  },
});
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port ${values.port} is not a port number.`);
  process.exit(2);
}
if (Boolean(values.cert) !== Boolean(values.key)) {
  console.error('HTTPS needs both --cert and --key.');
  process.exit(2);
}
const dir = resolve(values.dir);
mkdirSync(dir, { recursive: true });

if (!existsSync(join(root, 'dist/index.html'))) {
  console.log('Building the app (dist/ is missing)…');
  const { build } = await import('vite');
  await build({ root, logLevel: 'warn' });
}

// The stand-in's admin and the demo logins' passwords, so a restart can print them again. This is
// the try-out only: a real house server keeps no screen passwords anywhere but on each screen.
const stateFile = join(dir, 'house.json');
const state = existsSync(stateFile)
  ? JSON.parse(readFileSync(stateFile, 'utf8'))
  : { admin: { name: 'admin', password: newPassword() }, logins: {} };
const save = () => writeFileSync(stateFile, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
save();

let stopping = false;
let web;
let standIn;
standIn = await startStandIn({
  dir,
  admin: state.admin,
  onExit: ({ code, signal }) => {
    if (stopping) return;
    console.error(`\nThe stand-in stopped by itself (code ${code}, signal ${signal}). Its last words:\n`);
    console.error(standIn.log().split('\n').slice(-30).join('\n'));
    console.error('\nIts data is kept: run "npm run house" again.');
    web?.close();
    process.exit(1);
  },
}).catch((error) => {
  console.error(error.message);
  process.exit(1);
});

const report = await setupCafe({
  server: standIn.url,
  admin: state.admin,
  cafe: CAFE,
  screens: SCREENS,
  resetPassword: SCREENS.filter((name) => !state.logins[name]),
});
for (const [name, { password }] of Object.entries(report.logins)) if (password) state.logins[name] = password;
save();

web = await serveOneOrigin({
  distDir: join(root, 'dist'),
  dbTarget: standIn.url,
  port,
  host: '0.0.0.0',
  tls: values.cert ? { cert: values.cert, key: values.key } : undefined,
}).catch(async (error) => {
  stopping = true;
  await standIn.stop();
  console.error(error.code === 'EADDRINUSE' ? `Port ${port} is in use: try --port 8081.` : error.message);
  process.exit(1);
});

const scheme = values.cert ? 'https' : 'http';
const lan = Object.values(networkInterfaces())
  .flat()
  .filter((a) => a && a.family === 'IPv4' && !a.internal)
  .map((a) => `${scheme}://${a.address}:${web.port}/`);
const width = Math.max(...SCREENS.map((s) => s.length));
console.log(
  [
    '',
    'Dagstavlen with a house server (the stand-in for CouchDB), for trying several screens.',
    '',
    `  On this computer:      ${scheme}://localhost:${web.port}/`,
    ...lan.map((url, i) => `  ${i === 0 ? 'On the network:        ' : '                       '}${url}`),
    '',
    'Personale → Skærme on each screen:',
    `  Serverens adresse     ${lan[0] ?? `${scheme}://localhost:${web.port}/`}db`,
    `  Café                  ${CAFE}`,
    '  Skærmens login and Adgangskode, one login per screen:',
    ...SCREENS.map((name) => `    ${name.padEnd(width)}  ${state.logins[name]}`),
    '',
    `Data folder: ${dir} (kept between runs; delete it to start over)`,
    ...(values.cert
      ? []
      : [
          'Phones and tablets need HTTPS: over plain http a browser gives a page from another computer no PIN',
          'and no offline use. Start with --cert and --key, or see "Flere skærme" in the README.',
        ]),
    'Ctrl-C stops.',
    '',
  ].join('\n'),
);

const shutdown = async () => {
  if (stopping) return;
  stopping = true;
  console.log('Stopping…');
  await web.close();
  await standIn.stop();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
