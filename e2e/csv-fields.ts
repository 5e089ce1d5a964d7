/**
 * The fields of one line of a BFF CSV export. The BFF quotes every field of every line (issue 15),
 * so a field is `"…"` with inner quotes doubled; line breaks inside fields do not occur in the
 * journeys that read exports.
 */
export function csvFields(line: string): string[] {
  return [...line.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => (m[1] ?? '').replace(/""/g, '"'));
}
