import { describe, expect, it } from 'vitest';
import { judgeFindings, parseCsv, parseFindings, parseReasons } from './findings';

const HEADER = 'issue, severity, confidence, filename, location, sample, description, url';
const row = (check: string, severity: string, file: string) =>
  `${check},"${severity}","FIRM","${file}","1:2","const a = ""x, y"";","Something, to review",https://example.invalid/${check}`;

describe('parseFindings', () => {
  it('reads quoted fields holding commas and doubled quotes', () => {
    expect(parseCsv('a,"b, c","d ""e"""\n')).toEqual([['a', 'b, c', 'd "e"']]);
    const [finding] = parseFindings(
      `${HEADER}\n${row('PRELOAD_JS_CHECK', 'MEDIUM', 'electron/window.ts')}\n`,
    );
    expect(finding).toEqual({
      check: 'PRELOAD_JS_CHECK',
      severity: 'MEDIUM',
      confidence: 'FIRM',
      file: 'electron/window.ts',
      location: '1:2',
      description: 'Something, to review',
    });
  });

  it('names what is wrong with a report it cannot read', () => {
    expect(() => parseFindings('')).toThrow(/empty/);
    expect(() => parseFindings('issue, severity, confidence\nX,"HIGH","FIRM"')).toThrow(
      /"filename" column/,
    );
    expect(() => parseFindings(`${HEADER}\nX,"HIGH"`)).toThrow(/row 2 has 2 fields/);
  });
});

describe('judgeFindings', () => {
  const findings = parseFindings(
    [
      HEADER,
      row('PRELOAD_JS_CHECK', 'MEDIUM', 'electron/window.ts'),
      row('NODE_INTEGRATION_JS_CHECK', 'HIGH', 'electron/window.ts'),
      row('CSP_GLOBAL_CHECK', 'LOW', 'renderer/index.html'),
    ].join('\n'),
  );

  it('fails a HIGH or MEDIUM finding without a reason for that check in that file', () => {
    const reasons = parseReasons(
      [
        { check: 'PRELOAD_JS_CHECK', file: 'electron/window.ts', reason: 'contextBridge only' },
        { check: 'NODE_INTEGRATION_JS_CHECK', file: 'electron/other.ts', reason: 'elsewhere' },
      ],
      'reasons.json',
    );
    const verdict = judgeFindings(findings, reasons);
    expect(verdict.unexplained.map((f) => f.check)).toEqual(['NODE_INTEGRATION_JS_CHECK']);
    expect(verdict.explained.map((e) => e.finding.check)).toEqual(['PRELOAD_JS_CHECK']);
    expect(verdict.minor.map((f) => f.check)).toEqual(['CSP_GLOBAL_CHECK']);
    expect(verdict.stale.map((r) => r.file)).toEqual(['electron/other.ts']);
  });

  it('passes when every blocking finding has its reason', () => {
    const reasons = [
      { check: 'PRELOAD_JS_CHECK', file: 'electron/window.ts', reason: 'a' },
      { check: 'NODE_INTEGRATION_JS_CHECK', file: 'electron/window.ts', reason: 'b' },
    ];
    expect(judgeFindings(findings, reasons).unexplained).toEqual([]);
  });

  it('refuses a reason list entry without a written reason, naming it', () => {
    expect(() =>
      parseReasons([{ check: 'X', file: 'electron/a.ts', reason: ' ' }], 'reasons.json'),
    ).toThrow('reasons.json[0].reason: expected a non-empty string');
    expect(() => parseReasons({}, 'reasons.json')).toThrow(/array/);
  });
});
