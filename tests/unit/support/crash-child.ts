/**
 * Saves releases in a loop until killed, printing "ack <id> <rev> <title>" after each save
 * has resolved (that is, after the library acknowledged it as durable).
 */
import { writeSync } from 'node:fs';
import { Library } from '../../../src/main/library/library';
import { withSourceText } from './release-builders';

const [dir, seedArg] = process.argv.slice(2);
if (!dir) throw new Error('usage: crash-child <library-dir> <seed>');
let counter = Number(seedArg ?? 0) * 1_000_000;

const library = await Library.open(dir);
const ids = (await library.listReleases({ limit: 500 })).rows.map((r) => r.id);
while (ids.length < 4) {
  const created = await library.createRelease({ kind: 'news', sourceLang: 'ru' });
  writeSync(1, `ack ${created.id} ${created.rev} \n`);
  ids.push(created.id);
}
writeSync(1, 'ready\n');
for (;;) {
  const id = ids[counter % ids.length]!;
  const current = await library.getRelease(id);
  const title = `Заголовок ${counter} Վերնագիր`;
  const saved = await library.saveRelease(
    withSourceText(current, title, `Абзац ${counter}`.repeat(1 + (counter % 40)), 'Қазақ тілі әғқңөұүһі'),
  );
  writeSync(1, `ack ${saved.id} ${saved.rev} ${title}\n`);
  counter += 1;
}
