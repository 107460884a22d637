/**
 * A segment on disk: <name>.seg holds everything a query needs, <name>.txt the documents'
 * texts for snippets, read by offset for the hits shown only.
 *
 * <name>.seg, little-endian:
 *   0   "PRSRCH01"
 *   8   u32 CRC-32 of every byte from 16 on
 *   12  u32 byte length of the JSON header
 *   16  JSON header: releases (columns), tombstones, counts, section offsets
 *   then, each 8-byte aligned: docRelease u32[docs], docLength u32[docs], textOffset f64[docs+1],
 *   docLang u8[docs], docStatus u8[docs], termOffset u32[terms+1], postingOffset f64[terms+1],
 *   docFrequency u32[terms], termBytes (UTF-8, terms sorted), postingBytes (per term: doc
 *   numbers as varint deltas, then one weight byte per doc).
 *
 * The whole .seg is read into memory on open (a 50,000-release library's are tens of MB);
 * nothing is parsed per term until a query asks for it. A CRC mismatch, a truncated file or a
 * .txt of the wrong size makes the segment damaged: the index drops it and re-indexes its
 * releases (see SearchIndex).
 */
import { open, readFile, stat, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { RELEASE_KINDS, type ReleaseKind } from '@shared/domain';
import type { VersionText } from '@shared/text/doc-text';
import { DamagedTextError, decodeText } from './text-record';
import {
  dateCode,
  prefixRangeOf,
  type Postings,
  type Segment,
  type SegmentRelease,
} from './segment';

const MAGIC = 'PRSRCH01';
const FIXED = 16;

export class DamagedSegmentError extends Error {
  override name = 'DamagedSegmentError';
}

interface Header {
  releases: { ids: string[]; revs: number[]; kinds: number[]; dates: string[]; tags: string[][] };
  tombstones: string[];
  docCount: number;
  termCount: number;
  textBytes: number;
  sections: Record<SectionName, [offset: number, length: number]>;
}

type SectionName =
  | 'docRelease'
  | 'docLength'
  | 'textOffset'
  | 'docLang'
  | 'docStatus'
  | 'termOffset'
  | 'postingOffset'
  | 'docFrequency'
  | 'termBytes'
  | 'postingBytes';

/** A growable byte array for the posting and term blobs. */
class ByteSink {
  bytes = new Uint8Array(1 << 16);
  length = 0;

  private reserve(extra: number): void {
    if (this.length + extra <= this.bytes.length) return;
    let size = this.bytes.length * 2;
    while (size < this.length + extra) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.bytes.subarray(0, this.length));
    this.bytes = next;
  }

  varint(value: number): void {
    this.reserve(5);
    let v = value;
    while (v >= 0x80) {
      this.bytes[this.length++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.bytes[this.length++] = v;
  }

  byte(value: number): void {
    this.reserve(1);
    this.bytes[this.length++] = value;
  }

  append(data: Uint8Array): void {
    this.reserve(data.length);
    this.bytes.set(data, this.length);
    this.length += data.length;
  }

  view(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }
}

/**
 * Builds a .seg file: documents first, in number order; then terms in sorted order, each with
 * its postings in ascending document order.
 */
export class SegmentEncoder {
  private readonly docRelease: number[] = [];
  private readonly docLength: number[] = [];
  private readonly docLang: number[] = [];
  private readonly docStatus: number[] = [];
  private readonly textOffset: number[] = [0];
  private readonly termOffset: number[] = [0];
  private readonly postingOffset: number[] = [0];
  private readonly docFrequency: number[] = [];
  private readonly termBytes = new ByteSink();
  private readonly postingBytes = new ByteSink();
  private readonly encoder = new TextEncoder();
  private lastTerm: string | null = null;

  get docCount(): number {
    return this.docRelease.length;
  }

  addDoc(release: number, lang: number, status: number, length: number, textEnd: number): void {
    this.docRelease.push(release);
    this.docLang.push(lang);
    this.docStatus.push(status);
    this.docLength.push(length);
    this.textOffset.push(textEnd);
  }

  /** `docs` ascending; weights alongside. Nothing is written for a term with no postings. */
  addTerm(term: string, docs: ArrayLike<number>, weights: ArrayLike<number>, count: number): void {
    if (count === 0) return;
    if (this.lastTerm !== null && !(this.lastTerm < term))
      throw new Error(`terms out of order: ${this.lastTerm} then ${term}`);
    this.lastTerm = term;
    this.termBytes.append(this.encoder.encode(term));
    this.termOffset.push(this.termBytes.length);
    let previous = 0;
    for (let i = 0; i < count; i += 1) {
      const doc = docs[i]!;
      this.postingBytes.varint(doc - previous);
      previous = doc;
    }
    for (let i = 0; i < count; i += 1) this.postingBytes.byte(weights[i]!);
    this.postingOffset.push(this.postingBytes.length);
    this.docFrequency.push(count);
  }

  finish(releases: readonly SegmentRelease[], tombstones: readonly string[]): Buffer {
    const sections: Array<[SectionName, Uint8Array]> = [
      ['docRelease', new Uint8Array(Uint32Array.from(this.docRelease).buffer)],
      ['docLength', new Uint8Array(Uint32Array.from(this.docLength).buffer)],
      ['textOffset', new Uint8Array(Float64Array.from(this.textOffset).buffer)],
      ['docLang', Uint8Array.from(this.docLang)],
      ['docStatus', Uint8Array.from(this.docStatus)],
      ['termOffset', new Uint8Array(Uint32Array.from(this.termOffset).buffer)],
      ['postingOffset', new Uint8Array(Float64Array.from(this.postingOffset).buffer)],
      ['docFrequency', new Uint8Array(Uint32Array.from(this.docFrequency).buffer)],
      ['termBytes', this.termBytes.view()],
      ['postingBytes', this.postingBytes.view()],
    ];
    const header: Omit<Header, 'sections'> = {
      releases: {
        ids: releases.map((r) => r.id),
        revs: releases.map((r) => r.rev),
        kinds: releases.map((r) => RELEASE_KINDS.indexOf(r.kind)),
        dates: releases.map((r) => r.date),
        tags: releases.map((r) => r.tags),
      },
      tombstones: [...tombstones],
      docCount: this.docRelease.length,
      termCount: this.docFrequency.length,
      textBytes: this.textOffset[this.textOffset.length - 1] ?? 0,
    };
    // Section offsets depend on the header's length, which depends on the offsets' digits:
    // lay out against a generous estimate of the header, then pad the header to it.
    const estimate =
      Buffer.byteLength(JSON.stringify({ ...header, sections: {} })) + sections.length * 48 + 64;
    const align = (n: number) => Math.ceil(n / 8) * 8;
    let offset = align(FIXED + estimate);
    const placed = {} as Header['sections'];
    for (const [name, bytes] of sections) {
      placed[name] = [offset, bytes.length];
      offset = align(offset + bytes.length);
    }
    const json = Buffer.from(JSON.stringify({ ...header, sections: placed }));
    if (json.length > estimate) throw new Error('segment header larger than estimated');
    const file = Buffer.alloc(offset);
    file.write(MAGIC, 0, 'latin1');
    file.writeUInt32LE(json.length, 12);
    json.copy(file, FIXED);
    for (const [name, bytes] of sections) file.set(bytes, placed[name][0]);
    file.writeUInt32LE(crc32(file.subarray(FIXED)), 8);
    return file;
  }
}

function view<T>(
  make: (buffer: ArrayBuffer, offset: number, length: number) => T,
  data: Buffer,
  [offset, length]: [number, number],
  size: number,
): T {
  return make(data.buffer as ArrayBuffer, data.byteOffset + offset, length / size);
}

export class DiskSegment implements Segment {
  readonly releases: SegmentRelease[];
  readonly tombstones: string[];
  readonly dead: Uint8Array;
  readonly docCount: number;
  readonly termCount: number;
  readonly docRelease: Uint32Array;
  readonly docLength: Uint32Array;
  readonly docLang: Uint8Array;
  readonly docStatus: Uint8Array;
  readonly releaseKind: Uint8Array;
  readonly releaseDate: Uint32Array;
  readonly textOffset: Float64Array;
  private readonly termOffset: Uint32Array;
  private readonly postingOffset: Float64Array;
  private readonly frequencies: Uint32Array;
  private readonly termBase: number;
  private readonly postingBase: number;
  private text: Promise<FileHandle> | null = null;

  private constructor(
    readonly dir: string,
    readonly name: string,
    private readonly data: Buffer,
    header: Header,
  ) {
    const { ids, revs, kinds, dates, tags } = header.releases;
    this.releases = ids.map((id, i) => ({
      id,
      rev: revs[i]!,
      kind: RELEASE_KINDS[kinds[i]!] as ReleaseKind,
      date: dates[i]!,
      tags: tags[i]!,
    }));
    this.tombstones = header.tombstones;
    this.dead = new Uint8Array(ids.length);
    this.releaseKind = Uint8Array.from(kinds);
    this.releaseDate = Uint32Array.from(dates, dateCode);
    this.docCount = header.docCount;
    this.termCount = header.termCount;
    const s = header.sections;
    const u32 = (b: ArrayBuffer, o: number, n: number) => new Uint32Array(b, o, n);
    const f64 = (b: ArrayBuffer, o: number, n: number) => new Float64Array(b, o, n);
    const u8 = (b: ArrayBuffer, o: number, n: number) => new Uint8Array(b, o, n);
    this.docRelease = view(u32, data, s.docRelease, 4);
    this.docLength = view(u32, data, s.docLength, 4);
    this.textOffset = view(f64, data, s.textOffset, 8);
    this.docLang = view(u8, data, s.docLang, 1);
    this.docStatus = view(u8, data, s.docStatus, 1);
    this.termOffset = view(u32, data, s.termOffset, 4);
    this.postingOffset = view(f64, data, s.postingOffset, 8);
    this.frequencies = view(u32, data, s.docFrequency, 4);
    this.termBase = s.termBytes[0];
    this.postingBase = s.postingBytes[0];
  }

  /** Reads and checks <name>.seg and the size of <name>.txt; throws DamagedSegmentError. */
  static async load(dir: string, name: string): Promise<DiskSegment> {
    let data: Buffer;
    let textSize: number;
    try {
      data = await readFile(join(dir, `${name}.seg`));
      textSize = (await stat(join(dir, `${name}.txt`))).size;
    } catch (error) {
      throw new DamagedSegmentError(
        `${name}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      );
    }
    const segment = DiskSegment.fromBuffer(dir, name, data);
    if (segment.textBytes !== textSize)
      throw new DamagedSegmentError(
        `${name}.txt has ${textSize} bytes, the segment expects ${segment.textBytes}`,
      );
    return segment;
  }

  /** A segment from the bytes of its .seg (just written, or read); throws DamagedSegmentError. */
  static fromBuffer(dir: string, name: string, bytes: Buffer): DiskSegment {
    if (bytes.length < FIXED || bytes.toString('latin1', 0, 8) !== MAGIC)
      throw new DamagedSegmentError(`${name}.seg is not a segment file`);
    if (crc32(bytes.subarray(FIXED)) !== bytes.readUInt32LE(8))
      throw new DamagedSegmentError(`${name}.seg fails its checksum`);
    // Typed-array views need aligned offsets: copy when the buffer does not start on 8 bytes.
    const data =
      bytes.byteOffset % 8 === 0
        ? bytes
        : Buffer.from(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
    try {
      const header = JSON.parse(
        data.toString('utf8', FIXED, FIXED + data.readUInt32LE(12)),
      ) as Header;
      return new DiskSegment(dir, name, data, header);
    } catch (error) {
      throw new DamagedSegmentError(`${name}.seg cannot be read (${(error as Error).message})`);
    }
  }

  get textBytes(): number {
    return this.textOffset[this.docCount] ?? 0;
  }

  /** Bytes held in memory. */
  get byteSize(): number {
    return this.data.length;
  }

  lookup(term: string): number {
    let low = 0;
    let high = this.termCount;
    while (low < high) {
      const mid = (low + high) >>> 1;
      const probe = this.termAt(mid);
      if (probe === term) return mid;
      if (probe < term) low = mid + 1;
      else high = mid;
    }
    return -1;
  }

  prefixRange(prefix: string): [number, number] {
    return prefixRangeOf(this, prefix);
  }

  termAt(ordinal: number): string {
    return this.data.toString(
      'utf8',
      this.termBase + this.termOffset[ordinal]!,
      this.termBase + this.termOffset[ordinal + 1]!,
    );
  }

  docFrequency(ordinal: number): number {
    return this.frequencies[ordinal] ?? 0;
  }

  readPostings(ordinal: number, into: Postings): number {
    const data = this.data;
    const count = this.frequencies[ordinal]!;
    into.reserve(count);
    const { docs, weights } = into;
    let at = this.postingBase + this.postingOffset[ordinal]!;
    const weightsAt = this.postingBase + this.postingOffset[ordinal + 1]! - count;
    let doc = 0;
    for (let i = 0; i < count; i += 1) {
      let byte = data[at++]!;
      let delta = byte & 0x7f;
      for (let shift = 7; byte & 0x80; shift += 7) {
        byte = data[at++]!;
        delta |= (byte & 0x7f) << shift;
      }
      doc += delta;
      docs[i] = doc;
    }
    weights.set(data.subarray(weightsAt, weightsAt + count));
    return count;
  }

  async readText(doc: number): Promise<VersionText> {
    const raw = await this.readTextBytes(this.textOffset[doc]!, this.textOffset[doc + 1]!);
    try {
      return decodeText(raw);
    } catch (error) {
      if (!(error instanceof DamagedTextError)) throw error;
      throw new DamagedSegmentError(
        `${this.name}.txt holds an unreadable text for document ${doc}`,
      );
    }
  }

  /** Raw bytes of the text file, for copying texts into a merged segment. */
  async readTextBytes(from: number, to: number): Promise<Buffer> {
    this.text ??= open(join(this.dir, `${this.name}.txt`), 'r');
    const handle = await this.text;
    const buffer = Buffer.alloc(to - from);
    let done = 0;
    while (done < buffer.length) {
      const { bytesRead } = await handle.read(buffer, done, buffer.length - done, from + done);
      if (bytesRead === 0) throw new DamagedSegmentError(`${this.name}.txt ends early`);
      done += bytesRead;
    }
    return buffer;
  }

  async close(): Promise<void> {
    const text = this.text;
    this.text = null;
    if (text) await (await text).close();
  }
}
