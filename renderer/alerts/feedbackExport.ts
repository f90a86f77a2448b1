/**
 * Exports dispositions as the feedback package of sandbox-spec §4: NDJSON, gzip-compressed,
 * age-encrypted to the sandbox's recipient, signed (detached) with the workstation's Ed25519 key,
 * and a manifest naming dataset, version, count and SHA-256, signed the same way.
 */
import { Encrypter } from 'age-encryption';
import { canonicalJson } from '../../shared/audit/canonicalJson';
import { bytesToBase64 } from '../../shared/crypto/encoding';
import { sha256Hex } from '../../shared/crypto/sha256';
import type { FeedbackSource } from '../../shared/triage/feedbackPackage';
import {
  FEEDBACK_FILE,
  feedbackLines,
  feedbackManifest,
  feedbackNdjson,
} from '../../shared/triage/feedbackPackage';
import { appendAudit } from '../db/audit';
import { getDatabase } from '../db/database';
import { host } from '../host';
import { signingKeyFingerprint, signWithWorkstationKey } from '../keys/identities';
import { currentUser } from '../users/userStore';
import { rememberRecipient } from './feedbackRecipient';

export class FeedbackError extends Error {
  constructor(readonly problem: 'bad-recipient' | 'no-dataset' | 'nothing-to-send') {
    super(problem);
  }
}

const utf8 = new TextEncoder();

async function gzip(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The dispositions of one dataset that a feedback package would carry. */
export async function feedbackSources(dataset: string): Promise<FeedbackSource[]> {
  const annotations = await getDatabase().annotations.where('dataset').equals(dataset).toArray();
  return annotations.map((annotation) => ({
    alertId: annotation.alertId,
    disposition: annotation.disposition,
    typology: annotation.typology,
    severity: annotation.severity,
    note: annotation.note,
    updatedAt: annotation.updatedAt,
  }));
}

/** The analyst as the sandbox sees them: a pseudonym stable per user and workstation. */
function pseudonym(userId: string, workstation: string): string {
  return `analyst-${sha256Hex(utf8.encode(`${workstation}|${userId}`)).slice(0, 16)}`;
}

export interface FeedbackOutcome {
  saved: boolean;
  count: number;
}

/** Throws KeysLockedError while the keys are locked, FeedbackError for bad input. */
export async function exportFeedback(
  dataset: string,
  recipient: string,
  includeNotes: boolean,
  now = new Date(),
): Promise<FeedbackOutcome> {
  if (!/^age1[0-9a-z]{58}$/.test(recipient.trim())) throw new FeedbackError('bad-recipient');
  const db = getDatabase();
  const record = await db.datasets.get(dataset);
  if (!record) throw new FeedbackError('no-dataset');
  const user = await currentUser(db);
  const workstation = (await signingKeyFingerprint()) ?? '';
  const lines = feedbackLines(
    await feedbackSources(dataset),
    pseudonym(user?.id ?? 'workstation', workstation),
    includeNotes,
  );
  if (lines.length === 0) throw new FeedbackError('nothing-to-send');

  const encrypter = new Encrypter();
  encrypter.addRecipient(recipient.trim());
  const encrypted = await encrypter.encrypt(await gzip(utf8.encode(feedbackNdjson(lines))));
  const dataSignature = await signWithWorkstationKey(encrypted);
  const manifest = feedbackManifest({
    dataset,
    version: record.currentVersion,
    created: now.toISOString(),
    workstation,
    count: lines.length,
    notesIncluded: includeNotes,
    files: [{ path: FEEDBACK_FILE, bytes: encrypted.length, sha256: sha256Hex(encrypted) }],
  });
  const manifestBytes = utf8.encode(`${JSON.stringify(manifest, null, 2)}\n`);
  const manifestSignature = await signWithWorkstationKey(manifestBytes);
  const stamp = now.toISOString().slice(0, 19).replace(/[:T]/g, '-');
  const prefix = `feedback-${dataset}-${stamp}`;
  const files = [
    { suggestedName: `${prefix}-manifest.json`, mimeType: 'application/json', data: manifestBytes },
    { suggestedName: `${prefix}-manifest.json.sig`, mimeType: 'text/plain', data: utf8.encode(`${bytesToBase64(manifestSignature)}\n`) },
    { suggestedName: `${prefix}-${FEEDBACK_FILE}`, mimeType: 'application/octet-stream', data: encrypted },
    { suggestedName: `${prefix}-${FEEDBACK_FILE}.sig`, mimeType: 'text/plain', data: utf8.encode(`${bytesToBase64(dataSignature)}\n`) },
  ];
  for (const file of files) {
    const outcome = await host.saveFile(file);
    if (!outcome.saved) return { saved: false, count: lines.length };
  }
  await appendAudit(db, {
    actor: user?.id ?? 'workstation',
    action: 'feedback.export',
    entity: 'dataset',
    entityId: dataset,
    after: { count: lines.length, notesIncluded: includeNotes, recipient: recipient.trim(), manifest: canonicalJson(manifest) },
  });
  await rememberRecipient(dataset, recipient.trim(), db);
  return { saved: true, count: lines.length };
}
