#!/usr/bin/env node
/**
 * `press-office` (built to out/main/cli.js, package.json "bin"): list, import and export
 * releases of a library from the shell, with the app's own importers and exporter. Exit
 * codes: 0 success, 1 failure, 2 bad usage; errors are one line on stderr.
 */
import { failureText } from '../export/export-release';
import { runExport } from './export-command';
import { runImport } from './import-command';
import { runSync } from './sync-command';
import { allReleases, formatListText, listedRelease } from './list-command';
import { openExistingLibrary, openLibraryForImport } from './open-library';
import { parseCommand, USAGE } from './press-office-args';
import { UsageError } from '../usage-error';

async function main(argv: readonly string[]): Promise<number> {
  const command = parseCommand(argv);
  const out = (line: string) => process.stdout.write(`${line}\n`);
  const err = (line: string) => process.stderr.write(`${line}\n`);
  switch (command.command) {
    case 'help':
      out(USAGE);
      return 0;
    case 'list': {
      const library = await openExistingLibrary(command.library);
      try {
        const rows = (await allReleases(library)).map(listedRelease);
        process.stdout.write(
          command.json ? `${JSON.stringify(rows, null, 2)}\n` : formatListText(rows),
        );
      } finally {
        await library.close();
      }
      return 0;
    }
    case 'import': {
      const library = await openLibraryForImport(command.library, err);
      try {
        return (await runImport(library, command, { out, err })) ? 0 : 1;
      } finally {
        await library.close();
      }
    }
    case 'export': {
      const controller = new AbortController();
      const cancel = () => controller.abort(new Error('cancelled'));
      process.once('SIGINT', cancel);
      process.once('SIGTERM', cancel);
      return (await runExport(command, controller.signal, { out, err })) ? 0 : 1;
    }
    case 'sync':
      return (await runSync(command, process.env, { out, err })) ? 0 : 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const hint = error instanceof UsageError ? ' (press-office help shows the usage)' : '';
    process.stderr.write(`press-office: ${failureText(error)}${hint}\n`);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  },
);
