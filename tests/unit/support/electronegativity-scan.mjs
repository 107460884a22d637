/**
 * Scans a folder with electronegativity's own scanner (its package's main module) and writes
 * the findings, severities included, to a JSON file: the CLI's reports cannot serve, its SARIF
 * has no severity and its CSV header and rows are two concurrent writes that can overwrite
 * each other. The scanner is a devDependency; this runs in its own process so that its
 * CommonJS dependency tree and globals stay out of the test worker.
 *
 * Usage: node electronegativity-scan.mjs <input dir> <electron version> <report.json> [excluded check…]
 */
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { sep } from 'node:path';
import process from 'node:process';

const [input, electronVersion, reportFile, ...excludedChecks] = process.argv.slice(2);

const scan = createRequire(import.meta.url)('@doyensec/electronegativity');

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
