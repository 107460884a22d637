/**
 * CSV as RFC 4180 has it: fields separated by commas, records by CRLF (a bare LF is accepted
 * on reading), a field quoted with " when it holds a comma, a quote or a line break, and a
 * quote inside a quoted field doubled. A UTF-8 byte order mark, which spreadsheet programs
 * write and need in order to read Cyrillic and Armenian correctly, is written and skipped.
 */

export interface CsvRecord {
  /** 1-based line of the file on which the record starts. */
  line: number;
  fields: string[];
}

export class CsvSyntaxError extends Error {
  override name = 'CsvSyntaxError';
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
  }
}

const BOM = '\uFEFF';
const FIELD_END = /[,\r\n"]/g;

function quote(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

export function formatCsv(rows: readonly (readonly string[])[]): string {
  return `${BOM}${rows.map((row) => row.map(quote).join(',')).join('\r\n')}\r\n`;
}

/** Every record, blank lines skipped; throws CsvSyntaxError on an unterminated or stray quote. */
export function parseCsv(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  const source = text.startsWith(BOM) ? text.slice(1) : text;
  let line = 1;
  let i = 0;
  while (i < source.length) {
    const startLine = line;
    const fields: string[] = [];
    let endOfRecord = false;
    while (!endOfRecord) {
      let field = '';
      if (source[i] === '"') {
        i += 1;
        for (;;) {
          if (i >= source.length)
            throw new CsvSyntaxError(startLine, 'a quoted field is never closed');
          const c = source[i]!;
          if (c === '"') {
            if (source[i + 1] === '"') {
              field += '"';
              i += 2;
              continue;
            }
            i += 1;
            break;
          }
          if (c === '\n') line += 1;
          field += c;
          i += 1;
        }
        if (i < source.length && !/[,\r\n]/.test(source[i]!)) {
          throw new CsvSyntaxError(
            line,
            'text after a closing quote (a quote inside a field must be doubled)',
          );
        }
      } else {
        FIELD_END.lastIndex = i;
        const stop = FIELD_END.exec(source)?.index ?? source.length;
        if (source[stop] === '"')
          throw new CsvSyntaxError(
            line,
            'a quote inside an unquoted field (quote the whole field)',
          );
        field = source.slice(i, stop);
        i = stop;
      }
      fields.push(field);
      if (source[i] === ',') {
        i += 1;
      } else {
        if (source[i] === '\r') i += 1;
        if (source[i] === '\n') i += 1;
        line += 1;
        endOfRecord = true;
      }
    }
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: startLine, fields });
  }
  return records;
}
