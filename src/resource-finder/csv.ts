/**
 * CSV as spreadsheets export it (RFC 4180: quoted fields, commas and newlines inside
 * quotes, `""` escapes; a UTF-8 byte-order mark; CRLF). The parser, d3-dsv, is loaded
 * only when a CSV source is used: it becomes its own lazy chunk in the CDN build.
 */
export class CsvError extends Error {}

/** CSV text → rows keyed by the header row. Throws {@link CsvError} when it cannot be read. */
export async function parseCsv(source: string): Promise<Record<string, string>[]> {
  const body = source.replace(/^\uFEFF/, '');
  // An unclosed quote would swallow every row after it without a word: refuse instead.
  if ((body.match(/"/g)?.length ?? 0) % 2) throw new CsvError('a quoted field is not closed');
  // Rows as arrays, made into objects here: d3-dsv's `csvParse` builds its row maker with
  // `new Function`, which a page's policy without 'unsafe-eval' (and Trusted Types) refuses.
  const { csvParseRows } = await import('d3-dsv');
  const [columns = [], ...rows] = csvParseRows(body);
  if (!columns.some((column) => /^\s*name\s*$/i.test(column))) throw new CsvError('no "name" column in the header row');
  return (
    rows
      // A spreadsheet's trailing empty rows are not records.
      .filter((row) => row.some((value) => value.trim()))
      .map((row) => Object.fromEntries(columns.map((column, position) => [column, row[position] ?? ''])))
  );
}
