/**
 * A strict RFC 4180 reader for tests: CRLF (or LF) records, fields quoted or not, `""` inside
 * quotes. It throws where a spreadsheet would have to guess (a quote inside an unquoted field,
 * text after a closing quote, an unclosed quote), so a test cannot pass on a lenient misreading.
 */
export function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < csv.length) {
    let cell = '';
    if (csv[i] === '"') {
      i += 1;
      for (;;) {
        if (i >= csv.length) throw new Error('unclosed quote');
        if (csv[i] === '"' && csv[i + 1] === '"') {
          cell += '"';
          i += 2;
        } else if (csv[i] === '"') {
          i += 1;
          break;
        } else {
          cell += csv[i];
          i += 1;
        }
      }
      if (i < csv.length && !/^(,|\r?\n)/.test(csv.slice(i, i + 2))) {
        throw new Error(`text after a closing quote at ${i}`);
      }
    } else {
      while (i < csv.length && !/[,\r\n]/.test(csv[i] ?? '')) {
        if (csv[i] === '"') throw new Error(`quote inside an unquoted field at ${i}`);
        cell += csv[i];
        i += 1;
      }
    }
    row.push(cell);
    if (csv[i] === ',') {
      i += 1;
      continue;
    }
    if (csv[i] === '\r') i += 1;
    if (csv[i] === '\n') i += 1;
    rows.push(row);
    row = [];
  }
  return rows;
}

/** Every cell of a CSV document, row after row. */
export function csvCells(csv: string): string[] {
  return parseCsv(csv).flat();
}
