// npm start, npm test, npm run build and npm run kiosk run this first: on a Node older than the
// one package.json's "engines" names, it says so plainly instead of letting Vite fail deep inside
// (Debian 12 and Raspberry Pi OS bookworm install Node 18 from apt). Plain old JavaScript (var,
// no arrows, no template strings) on purpose: it must run on any old Node to be able to say this.
'use strict';

var engines = require('../package.json').engines.node;
var HOW =
  'Debian 13 and Raspberry Pi OS trixie have it in apt (sudo apt-get install nodejs npm). On older ' +
  'systems install Node 20 or newer from NodeSource or the official tarball (https://nodejs.org): ' +
  'see "Wall screen" in the README.';

/** The oldest version a ">=20.19" range allows, as [major, minor]. */
function wanted(range) {
  var m = /^>=\s*(\d+)(?:\.(\d+))?/.exec(range);
  if (!m) throw new Error('engines.node must read ">=X.Y", not "' + range + '"');
  return [Number(m[1]), Number(m[2] || 0)];
}

/** A message for a Node that is too old, or null when it will do. */
function check(version, range) {
  var need = wanted(range || engines);
  var parts = String(version).replace(/^v/, '').split('.');
  var major = Number(parts[0]);
  var minor = Number(parts[1] || 0);
  if (major > need[0] || (major === need[0] && minor >= need[1])) return null;
  var have = major + '.' + minor;
  return 'Dagstavlen needs Node ' + need.join('.') + ' or newer; this machine has ' + have + '.\n' + HOW;
}

module.exports = { check: check };

var problem = require.main === module ? check(process.versions.node) : null;
if (problem) {
  console.error(problem);
  process.exit(1);
}
