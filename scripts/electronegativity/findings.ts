/**
 * Reads Electronegativity's CSV report and decides which findings block CI: every HIGH or
 * MEDIUM finding needs a written, reviewed reason (check id + file) or the run fails.
 */

export interface Finding {
  check: string;
  severity: string;
  confidence: string;
  file: string;
  location: string;
  description: string;
}

export interface Reason {
  check: string;
  file: string;
  reason: string;
}

export const BLOCKING_SEVERITIES: ReadonlySet<string> = new Set(['HIGH', 'MEDIUM']);

/** Splits CSV text into rows of fields; quoted fields may hold commas, quotes ("") and newlines. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((cells) => cells.some((cell) => cell.trim() !== ''));
}

/** The report's header is `issue, severity, confidence, filename, location, sample, description, url`. */
export function parseFindings(csv: string): Finding[] {
  const [header, ...rows] = parseCsv(csv);
  if (!header) throw new Error('Electronegativity report: empty, expected a CSV header');
  const columns = header.map((name) => name.trim().toLowerCase());
  const at = (name: string): number => {
    const index = columns.indexOf(name);
    if (index < 0) throw new Error(`Electronegativity report: no "${name}" column in the header`);
    return index;
  };
  const index = {
    check: at('issue'),
    severity: at('severity'),
    confidence: at('confidence'),
    file: at('filename'),
    location: at('location'),
    description: at('description'),
  };
  return rows.map((cells, row) => {
    if (cells.length < columns.length)
      throw new Error(
        `Electronegativity report: row ${row + 2} has ${cells.length} fields, expected ${columns.length}`,
      );
    const cell = (i: number): string => (cells[i] ?? '').trim();
    return {
      check: cell(index.check),
      severity: cell(index.severity).toUpperCase(),
      confidence: cell(index.confidence),
      file: cell(index.file),
      location: cell(index.location),
      description: cell(index.description),
    };
  });
}

/** Checks the reviewed list's shape, naming the entry at fault. */
export function parseReasons(value: unknown, source: string): Reason[] {
  if (!Array.isArray(value)) throw new Error(`${source}: expected an array of reasons`);
  return value.map((entry: unknown, i) => {
    const record = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<
      string,
      unknown
    >;
    for (const key of ['check', 'file', 'reason'])
      if (typeof record[key] !== 'string' || (record[key] as string).trim() === '')
        throw new Error(`${source}[${i}].${key}: expected a non-empty string`);
    return {
      check: record.check as string,
      file: record.file as string,
      reason: record.reason as string,
    };
  });
}

export interface Verdict {
  /** HIGH/MEDIUM findings nobody has given a reason for: each one fails the run. */
  unexplained: Finding[];
  explained: { finding: Finding; reason: Reason }[];
  /** LOW/INFORMATIONAL findings: printed, never blocking. */
  minor: Finding[];
  /** Reasons that match no finding any more: the list should shrink with the findings. */
  stale: Reason[];
}

export function judgeFindings(findings: readonly Finding[], reasons: readonly Reason[]): Verdict {
  const verdict: Verdict = { unexplained: [], explained: [], minor: [], stale: [] };
  const used = new Set<Reason>();
  for (const finding of findings) {
    if (!BLOCKING_SEVERITIES.has(finding.severity)) {
      verdict.minor.push(finding);
      continue;
    }
    const reason = reasons.find(
      (candidate) => candidate.check === finding.check && candidate.file === finding.file,
    );
    if (reason) {
      used.add(reason);
      verdict.explained.push({ finding, reason });
    } else verdict.unexplained.push(finding);
  }
  verdict.stale = reasons.filter((reason) => !used.has(reason));
  return verdict;
}
