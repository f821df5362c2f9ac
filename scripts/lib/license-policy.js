'use strict';
// What an MIT product may ship (../shared/STYLE.md), as `npm run licenses` (scripts/licenses.js) applies it.
const COPYLEFT = /\b(A|L)?GPL\b|\bSSPL\b/i;
const UNKNOWN = /UNKNOWN|UNLICENSED|Custom|SEE LICENSE|\*$/i;

/** One SPDX licence id (or what a package.json says) is fine to ship. */
function allowedId(id) {
  return !COPYLEFT.test(id) && !UNKNOWN.test(id) && id.trim() !== '';
}

/**
 * An SPDX expression: "A OR B" is fine when one side is (the user picks it), "A AND B" only
 * when both are. Parentheses only group; Sitrep's tree has no nesting deeper than one level.
 */
function allowedExpression(expr) {
  const e = String(expr).replace(/[()]/g, ' ').trim();
  return e.split(/\s+OR\s+/i).some((alt) => alt.split(/\s+AND\s+/i).every((id) => allowedId(id.trim())));
}

module.exports = { allowedExpression };
