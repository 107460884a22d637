/**
 * Scans a folder with electronegativity's own scanner (its package's main module) and writes
 * the findings, severities included, to a JSON file: the CLI's reports cannot serve, its SARIF
 * has no severity and its CSV header and rows are two concurrent writes that can overwrite
 * each other. Run through `npx -p @doyensec/electronegativity@<version> -- node <this file>`,
 * which installs the package outside the project and puts its bin folder first on PATH.
 *
 * Usage: node electronegativity-scan.mjs <input dir> <electron version> <report.json> [excluded check…]
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { delimiter, dirname, join, sep } from 'node:path';
import process from 'node:process';

const [input, electronVersion, reportFile, ...excludedChecks] = process.argv.slice(2);

const binDir = (process.env.PATH ?? '')
  .split(delimiter)
  .find(
    (dir) =>
      existsSync(join(dir, 'electronegativity')) || existsSync(join(dir, 'electronegativity.cmd')),
  );
if (binDir === undefined) {
  throw new Error(
    'electronegativity is not on PATH: run this through `npx -p @doyensec/electronegativity`',
  );
}
// <npx install>/node_modules/.bin → resolve the package from <npx install>/node_modules.
const requireFromInstall = createRequire(join(dirname(binDir), 'resolve-from-here.js'));
const scan = requireFromInstall('@doyensec/electronegativity');

const { issues, errors } = await scan({
  input,
  electronVersionOverride: electronVersion,
  excludeFromScan: excludedChecks,
  isRelative: true,
});

const findings = issues.map((issue) => ({
  check: issue.id,
  severity: issue.severity.name,
  confidence: issue.confidence.name,
  file: issue.file.split(sep).join('/'),
  line: issue.location.line,
  sample: issue.sample ?? '',
  description: issue.description,
}));
await writeFile(reportFile, JSON.stringify({ findings, errors }, null, 2));
