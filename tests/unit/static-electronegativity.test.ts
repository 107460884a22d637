/**
 * Electronegativity (Doyensec's scanner for Electron misconfigurations) over src/: no HIGH
 * finding may stand unless it is a reviewed false positive, listed below for one file and one
 * check with its reason. Every other finding is printed for review. The scanner is a pinned
 * devDependency (@doyensec/electronegativity), so the test needs no network.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slowMachineMs } from '../support/timeouts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SCAN_SCRIPT = fileURLToPath(new URL('./support/electronegativity-scan.mjs', import.meta.url));

/**
 * Compares the Electron version with GitHub's list of releases: a network call on every run,
 * for nothing, as it takes the version from a package.json and src/ has none.
 */
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

interface Finding {
  check: string;
  severity: 'INFORMATIONAL' | 'LOW' | 'MEDIUM' | 'HIGH';
  confidence: string;
  /** Relative to src/. */
  file: string;
  line: number;
  sample: string;
  description: string;
}

interface ScanError {
  file: string;
  message: string;
  /** True when the file was scanned nonetheless. */
  tolerable: boolean;
}

interface ReviewedFinding {
  file: string;
  check: string;
  reason: string;
}

/** Findings that were looked at and need nothing: why, for each file and check. */
const REVIEWED: ReviewedFinding[] = [
  {
    file: 'main/shell/window.ts',
    check: 'CONTEXT_ISOLATION_JS_CHECK',
    reason:
      'false positive: the check reads only an object literal given to `new BrowserWindow`; the ' +
      'factory gives secureWebPreferences(preload), with contextIsolation: true, and ' +
      'static-window-factory.test.ts asserts that this is what Electron receives',
  },
  {
    file: 'main/shell/window.ts',
    check: 'SANDBOX_JS_CHECK',
    reason:
      'false positive, as CONTEXT_ISOLATION_JS_CHECK: secureWebPreferences sets sandbox: true',
  },
  {
    file: 'main/shell/window.ts',
    check: 'AUXCLICK_JS_CHECK',
    reason:
      'a middle-click opens no window: the window-open handler of every web contents ' +
      '(shell/hardening.ts) denies them all',
  },
  {
    file: 'main/index.ts',
    check: 'OPEN_EXTERNAL_JS_CHECK',
    reason:
      'reached only through openExternalSafely (shell/hardening.ts): https: and mailto: only, ' +
      'no credentials in the URL, and after the user confirmed',
  },
  {
    file: 'renderer/index.html',
    check: 'CSP_GLOBAL_CHECK',
    reason:
      "csp-evaluator's warning that script-src 'self' is unsafe on an origin serving JSONP or " +
      'uploads; app://press-office serves only the built renderer',
  },
];

const reviewOf = (finding: Finding): ReviewedFinding | undefined =>
  REVIEWED.find(({ file, check }) => finding.file === file && finding.check === check);

const describeFinding = (finding: Finding): string =>
  `${finding.severity} ${finding.check} (${finding.confidence}) src/${finding.file}:${finding.line}: ` +
  `${finding.description} — ${finding.sample}`;

/** The version the scanner assumes for Electron's defaults: the installed one. */
async function electronVersion(): Promise<string> {
  const manifest = createRequire(import.meta.url).resolve('electron/package.json');
  return (JSON.parse(await readFile(manifest, 'utf8')) as { version: string }).version;
}

async function scan(reportFile: string): Promise<{ findings: Finding[]; errors: ScanError[] }> {
  const args = [
    SCAN_SCRIPT,
    join(root, 'src'),
    await electronVersion(),
    reportFile,
    ...EXCLUDED_CHECKS,
  ];
  await promisify(execFile)(process.execPath, args, { cwd: root, timeout: slowMachineMs(6) });
  return JSON.parse(await readFile(reportFile, 'utf8')) as {
    findings: Finding[];
    errors: ScanError[];
  };
}

describe('electronegativity over src/', () => {
  let workDir: string;
  let findings: Finding[];
  let errors: ScanError[];

  beforeAll(async () => {
    workDir = await mkdtemp(join(tmpdir(), 'press-office-electronegativity-'));
    ({ findings, errors } = await scan(join(workDir, 'report.json')));
    const lines = findings.map((finding) => {
      const review = reviewOf(finding);
      return `${describeFinding(finding)}\n  ${review ? `reviewed: ${review.reason}` : 'TO REVIEW'}`;
    });
    if (lines.length > 0) console.info(`[electronegativity] findings:\n${lines.join('\n')}`);
  }, slowMachineMs(6));

  afterAll(async () => {
    if (workDir) await rm(workDir, { recursive: true, force: true });
  });

  it('scanned every file', () => {
    expect(errors.filter((error) => !error.tolerable)).toEqual([]);
  });

  it('finds no HIGH severity issue', () => {
    const high = findings.filter((finding) => finding.severity === 'HIGH' && !reviewOf(finding));
    expect(high.map(describeFinding)).toEqual([]);
  });

  it('still reports each reviewed finding (an entry no longer needed must go)', () => {
    const unused = REVIEWED.filter(
      ({ file, check }) =>
        !findings.some((finding) => finding.file === file && finding.check === check),
    );
    expect(unused).toEqual([]);
  });
});
