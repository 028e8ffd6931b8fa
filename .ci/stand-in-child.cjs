// Runs pouchdb-server (its command-line arguments are ours) and ends it when the parent's pipe to
// our stdin closes: a stand-in never outlives the script or test that started it.
process.stdin.on('end', () => process.exit(0));
process.stdin.on('error', () => process.exit(0));
process.stdin.resume();
require('pouchdb-server/lib/index.js');
