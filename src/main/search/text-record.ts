/**
 * A version's text as stored in a segment's .txt for snippets: title and lead first, with
 * their byte lengths in front, then the body's paragraphs separated by NUL. Decoding UTF-8 is
 * most of the cost of a snippet (Cyrillic and Armenian are two bytes a letter), and most
 * snippets come from the lead: the body is decoded only when it is read.
 */
import type { VersionText } from '@shared/text/doc-text';

const HEADER = 8;
const SEPARATOR = '\u0000';

export class DamagedTextError extends Error {
  override name = 'DamagedTextError';
}

export function encodeText({ title, lead, body }: VersionText): Buffer {
  const titleBytes = Buffer.from(title);
  const leadBytes = Buffer.from(lead);
  const bodyBytes = Buffer.from(body.map((p) => p.replaceAll(SEPARATOR, ' ')).join(SEPARATOR));
  const header = Buffer.alloc(HEADER);
  header.writeUInt32LE(titleBytes.length, 0);
  header.writeUInt32LE(leadBytes.length, 4);
  return Buffer.concat([header, titleBytes, leadBytes, bodyBytes]);
}

export function decodeText(record: Buffer): VersionText {
  if (record.length < HEADER)
    throw new DamagedTextError('a text record is shorter than its header');
  const titleEnd = HEADER + record.readUInt32LE(0);
  const leadEnd = titleEnd + record.readUInt32LE(4);
  if (leadEnd > record.length)
    throw new DamagedTextError('a text record is shorter than its header says');
  let body: string[] | null = null;
  return {
    title: record.toString('utf8', HEADER, titleEnd),
    lead: record.toString('utf8', titleEnd, leadEnd),
    get body() {
      body ??= leadEnd === record.length ? [] : record.toString('utf8', leadEnd).split(SEPARATOR);
      return body;
    },
  };
}
