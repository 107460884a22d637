/**
 * Opens a library and saves one release with a body far larger than the file-size limit the
 * parent set (ulimit -f), so the write fails part-way as on a full disk. Prints the error code.
 */
import { Library } from '../../../src/main/library/library';
import { toApiError } from '../../../src/main/errors';
import { withSourceText } from './release-builders';

const [dir, id] = process.argv.slice(2);
const library = await Library.open(dir!);
const release = await library.getRelease(id!);
try {
  await library.saveRelease(withSourceText(release, 'Too large to fit', 'Ж'.repeat(2_000_000)));
  console.log('saved');
} catch (error) {
  console.log(JSON.stringify(toApiError(error)));
}
await library.close().catch(() => undefined);
