/** The command line of `publish`, checked before anything is read or written. */
import { parseArgs } from 'node:util';
import { isIsoDate, isIsoTimestamp } from '../../shared/dictionary/rowValidation';
import { UsageError } from './output';

export const PUBLISH_USAGE =
  'publish --in <folder> --out <repo> --recipient age1… [--recipient …] --key <publisher.pem> --dataset <id> --title <t>\n' +
  '        [--delta-of <version> [--base-in <folder>]] [--expires <iso>] [--jurisdiction <code>]\n' +
  '        [--period-from <date> --period-to <date>] [--publisher <name>] [--index-valid-days <n>]';

export interface PublishOptions {
  input: string;
  repository: string;
  recipients: string[];
  keyFile: string;
  dataset: string;
  title: string;
  deltaOf: number | null;
  /** For a delta: the publisher's NDJSON of the data it applies to, to check references into it. */
  baseInput: string | null;
  expires: string | null;
  jurisdiction: string | null;
  period: { from: string; to: string } | null;
  publisher: string | null;
  indexValidDays: number;
  now: Date;
}

function positiveInteger(value: string, flag: string): number {
  if (!/^[1-9]\d*$/.test(value))
    throw new UsageError(`${flag} expects a positive whole number, got "${value}"`);
  return Number(value);
}

export function parsePublishArgs(args: string[], now: Date): PublishOptions {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      in: { type: 'string' },
      out: { type: 'string' },
      recipient: { type: 'string', multiple: true },
      key: { type: 'string' },
      dataset: { type: 'string' },
      title: { type: 'string' },
      'delta-of': { type: 'string' },
      'base-in': { type: 'string' },
      expires: { type: 'string' },
      jurisdiction: { type: 'string' },
      'period-from': { type: 'string' },
      'period-to': { type: 'string' },
      publisher: { type: 'string' },
      'index-valid-days': { type: 'string' },
    },
  });
  const required = (flag: 'in' | 'out' | 'key' | 'dataset' | 'title'): string => {
    const value = values[flag];
    if (value === undefined || value === '') throw new UsageError(`--${flag} is required`);
    return value;
  };
  const recipients = values.recipient ?? [];
  if (recipients.length === 0) throw new UsageError('at least one --recipient age1… is required');
  const badRecipient = recipients.find((recipient) => !recipient.startsWith('age1'));
  if (badRecipient !== undefined)
    throw new UsageError(`--recipient "${badRecipient}" is not an age recipient (age1…)`);
  const dataset = required('dataset');
  if (!/^[A-Za-z0-9._-]+$/.test(dataset) || dataset === '.' || dataset === '..') {
    throw new UsageError(`--dataset "${dataset}": use letters, digits, ".", "_" and "-" only`);
  }
  if (values.expires !== undefined && !isIsoTimestamp(values.expires)) {
    throw new UsageError(`--expires "${values.expires}" is not an ISO 8601 timestamp with offset`);
  }
  if (values.jurisdiction !== undefined && !/^\d{6}$/.test(values.jurisdiction)) {
    throw new UsageError(`--jurisdiction "${values.jurisdiction}" is not a 6-digit region code`);
  }
  const from = values['period-from'];
  const to = values['period-to'];
  if ((from === undefined) !== (to === undefined))
    throw new UsageError('--period-from and --period-to go together');
  for (const date of [from, to]) {
    if (date !== undefined && !isIsoDate(date))
      throw new UsageError(`"${date}" is not a date YYYY-MM-DD`);
  }
  if (values['base-in'] !== undefined && values['delta-of'] === undefined)
    throw new UsageError('--base-in goes with --delta-of');
  return {
    input: required('in'),
    repository: required('out'),
    recipients,
    keyFile: required('key'),
    dataset,
    title: required('title'),
    deltaOf:
      values['delta-of'] === undefined ? null : positiveInteger(values['delta-of'], '--delta-of'),
    baseInput: values['base-in'] ?? null,
    expires: values.expires ?? null,
    jurisdiction: values.jurisdiction ?? null,
    period: from !== undefined && to !== undefined ? { from, to } : null,
    publisher: values.publisher ?? null,
    indexValidDays:
      values['index-valid-days'] === undefined
        ? 30
        : positiveInteger(values['index-valid-days'], '--index-valid-days'),
    now,
  };
}
