// npm run house:setup -- <server url> --cafe <slug> [screen …]: prepares a café on the house
// server (see house-cafe.mjs). Running it again leaves what exists and adds what is missing;
// --reset-password and --remove handle one screen. The admin password is asked for without echo, or
// read from COUCHDB_PASSWORD, and never printed.
import { parseArgs } from 'node:util';
import { parseServer, SetupError, setupCafe } from './house-cafe.mjs';

const USAGE = `Prepares a café on the house server (Apache CouchDB 3).

  npm run house:setup -- <server url> --cafe <slug> [screen …] [options]

  <server url>               CouchDB as this computer reaches it, e.g. http://127.0.0.1:5984
  --cafe <slug>              the café: a–z, 0–9 and hyphens (database cafe-<slug>)
  [screen …]                 one login per screen, e.g. vaeg koekken tablet
  --reset-password <screen>  give this screen's login a new password
  --remove <screen>          delete this screen's login (a lost tablet)
  --admin <name>             the server admin (default: $COUCHDB_USER, else "admin")

The admin password is asked for, or read from $COUCHDB_PASSWORD. It is never printed.`;

/** Reads a line from the terminal without showing it. */
function askHidden(prompt, { stdin, stderr }) {
  return new Promise((resolve, reject) => {
    let value = '';
    const finish = () => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      stderr.write('\n');
    };
    const onData = (chunk) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') {
          finish();
          resolve(value);
          return;
        }
        if (ch === '\u0003') {
          finish();
          reject(new SetupError('cancelled', 'Cancelled.'));
          return;
        }
        value = ch === '\u007f' || ch === '\b' ? value.slice(0, -1) : value + ch;
      }
    };
    stderr.write(prompt);
    stdin.setRawMode(true);
    stdin.setEncoding('utf8');
    stdin.on('data', onData);
    stdin.resume();
  });
}

const STATUS = {
  created: 'new',
  reset: 'new password',
  existed: 'exists, password unchanged',
  removed: 'deleted: this screen can no longer read or write the café',
  absent: 'no such login (nothing to delete)',
};

/** The command line: returns the exit code; writes results to `out`, messages to `err`. */
async function main(
  argv,
  { env = process.env, out = process.stdout, err = process.stderr, stdin = process.stdin } = {},
) {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        cafe: { type: 'string' },
        admin: { type: 'string' },
        'reset-password': { type: 'string', multiple: true },
        remove: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      out.write(`${USAGE}\n`);
      return 0;
    }
    const [address, ...screens] = positionals;
    if (!address || !values.cafe) {
      err.write(`${USAGE}\n`);
      return 2;
    }
    const { base, admin: inUrl } = parseServer(address);
    const name = values.admin ?? inUrl?.name ?? env.COUCHDB_USER ?? 'admin';
    let password = inUrl?.password || env.COUCHDB_PASSWORD;
    if (!password) {
      if (!stdin.isTTY) {
        throw new SetupError(
          'no-admin',
          'Set COUCHDB_PASSWORD to the admin password, or run this in a terminal.',
        );
      }
      password = await askHidden(`Password of the admin "${name}" on ${base}: `, { stdin, stderr: err });
    }
    const report = await setupCafe({
      server: base,
      admin: { name, password },
      cafe: values.cafe,
      screens,
      resetPassword: values['reset-password'] ?? [],
      remove: values.remove ?? [],
    });
    const lines = [
      `${report.kind} ${report.version} at ${report.server}, admin "${name}".`,
      `Café "${report.cafe}": database ${report.database} ${report.created === 'created' ? 'created' : 'already there'}; ` +
        `${report.security === 'set' ? 'access set' : 'access kept'}: only the café's screen logins may read or write it.`,
    ];
    const entries = Object.entries(report.logins);
    if (entries.length) {
      const width = Math.max(...entries.map(([n]) => n.length));
      lines.push('', 'Screen logins:');
      for (const [login, { status, password: pw }] of entries) {
        lines.push(`  ${login.padEnd(width)}  ${pw ? `${pw}  (${STATUS[status]})` : STATUS[status]}`);
      }
      if (entries.some(([, l]) => l.password)) {
        lines.push(
          '',
          'Write each new password down now: it is shown only this once, and stored only on its screen.',
          `On each screen: Personale → Skærme → the server's address, Café "${report.cafe}", the login and its password, then "Test forbindelsen".`,
        );
      }
    }
    out.write(`${lines.join('\n')}\n`);
    return 0;
  } catch (error) {
    if (error instanceof SetupError) {
      err.write(`${error.message}\n`);
      return 1;
    }
    if (error?.code?.startsWith?.('ERR_PARSE_ARGS')) {
      err.write(`${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
