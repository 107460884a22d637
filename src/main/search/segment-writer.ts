/**
 * Writes segments: the memory segment on flush, or a run of segments merged into one. Only
 * live releases are copied (superseded and deleted ones are dropped), documents are
 * renumbered in order, and texts are copied as bytes where they are already on disk.
 */
import { join } from 'node:path';
import { writeFileDurably } from '../library/durable-write';
import { DurableFileWriter } from './durable-file-writer';
import { MemorySegment } from './memory-segment';
import { Postings, type Segment, type SegmentRelease } from './segment';
import { DiskSegment, SegmentEncoder } from './segment-file';
import { encodeText } from './text-record';

/** Largest single read when copying texts. */
const TEXT_RUN_BYTES = 8 * 1024 * 1024;
/** Terms between two yields to the event loop, so a large merge does not stall requests. */
const TERMS_PER_SLICE = 2000;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface WrittenSegment {
  segment: DiskSegment;
  /** For each release of the new segment, where it came from: [source index, release index]. */
  origins: Array<[source: number, release: number]>;
}

/** Writes the live content of `sources` (in order) as segment `name` in `dir`. */
export async function writeSegment(
  dir: string,
  name: string,
  sources: readonly Segment[],
  tombstones: readonly string[],
): Promise<WrittenSegment> {
  // Liveness is read once, here: a release superseded while the write runs is dealt with by the caller.
  const releases: SegmentRelease[] = [];
  const origins: WrittenSegment['origins'] = [];
  const releaseMaps = sources.map((source, s) =>
    Int32Array.from(source.releases, (release, r) => {
      if (source.dead[r]) return -1;
      releases.push(release);
      origins.push([s, r]);
      return releases.length - 1;
    }),
  );

  const encoder = new SegmentEncoder();
  const docMaps = sources.map((source) => new Int32Array(source.docCount).fill(-1));
  const texts = await DurableFileWriter.create(join(dir, `${name}.txt`));
  try {
    for (const [s, source] of sources.entries()) {
      await copyDocs(source, releaseMaps[s]!, docMaps[s]!, encoder, texts);
    }
    await writeTerms(sources, docMaps, encoder);
    const bytes = encoder.finish(releases, tombstones);
    await texts.commit();
    await writeFileDurably(join(dir, `${name}.seg`), bytes);
    return { segment: DiskSegment.fromBuffer(dir, name, bytes), origins };
  } catch (error) {
    await texts.abort();
    throw error;
  }
}

async function copyDocs(
  source: Segment,
  releaseMap: Int32Array,
  docMap: Int32Array,
  encoder: SegmentEncoder,
  texts: DurableFileWriter,
): Promise<void> {
  const live = (doc: number) => releaseMap[source.docRelease[doc]!]! >= 0;
  const add = (doc: number, textEnd: number) => {
    docMap[doc] = encoder.docCount;
    encoder.addDoc(
      releaseMap[source.docRelease[doc]!]!,
      source.docLang[doc]!,
      source.docStatus[doc]!,
      source.docLength[doc]!,
      textEnd,
    );
  };
  if (source instanceof MemorySegment) {
    for (let doc = 0; doc < source.docCount; doc += 1) {
      if (!live(doc)) continue;
      await texts.write(encodeText(source.texts[doc]!));
      add(doc, texts.size);
    }
    return;
  }
  if (!(source instanceof DiskSegment)) throw new Error('unknown kind of segment');
  // Runs of consecutive live documents are read as one block: their texts lie side by side.
  let doc = 0;
  while (doc < source.docCount) {
    if (!live(doc)) {
      doc += 1;
      continue;
    }
    const first = doc;
    while (
      doc < source.docCount &&
      live(doc) &&
      source.textOffset[doc + 1]! - source.textOffset[first]! <= TEXT_RUN_BYTES
    )
      doc += 1;
    if (doc === first) doc += 1;
    const base = source.textOffset[first]!;
    const start = texts.size;
    await texts.write(await source.readTextBytes(base, source.textOffset[doc]!));
    for (let d = first; d < doc; d += 1) add(d, start + source.textOffset[d + 1]! - base);
  }
}

/** Every term of every source in sorted order (a k-way merge), with postings renumbered. */
async function writeTerms(
  sources: readonly Segment[],
  docMaps: readonly Int32Array[],
  encoder: SegmentEncoder,
): Promise<void> {
  const cursors = sources.map(() => 0);
  const heads = sources.map((source) => (source.termCount > 0 ? source.termAt(0) : null));
  const postings = new Postings();
  const docs: number[] = [];
  const weights: number[] = [];
  let written = 0;
  for (;;) {
    let term: string | null = null;
    for (const head of heads) if (head !== null && (term === null || head < term)) term = head;
    if (term === null) return;
    docs.length = 0;
    weights.length = 0;
    for (const [s, source] of sources.entries()) {
      if (heads[s] !== term) continue;
      const map = docMaps[s]!;
      const count = source.readPostings(cursors[s]!, postings);
      for (let i = 0; i < count; i += 1) {
        const mapped = map[postings.docs[i]!]!;
        if (mapped < 0) continue;
        docs.push(mapped);
        weights.push(postings.weights[i]!);
      }
      cursors[s]! += 1;
      heads[s] = cursors[s]! < source.termCount ? source.termAt(cursors[s]!) : null;
    }
    encoder.addTerm(term, docs, weights, docs.length);
    if (++written % TERMS_PER_SLICE === 0) await yieldToEventLoop();
  }
}
