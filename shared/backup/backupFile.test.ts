import { generateIdentity, identityToRecipient } from 'age-encryption';
import { ed25519 } from '@noble/curves/ed25519.js';
import { describe, expect, it } from 'vitest';
import { auditHash, GENESIS_HASH } from '../audit/auditChain';
import { ed25519PublicKeyToPem } from '../crypto/ed25519PublicKey';
import { base64ToBytes, bytesToBase64 } from '../crypto/encoding';
import type { BackupContents } from './backupContents';
import { BACKUP_CONTENTS_FORMAT, BACKUP_TABLES } from './backupContents';
import type { BackupHeader, BackupSecret } from './backupFile';
import {
  BACKUP_FORMAT,
  buildBackupFile,
  checkBackupFile,
  encryptBackupContents,
  openBackupContents,
  serializeBackupFile,
} from './backupFile';

const secretKey = ed25519.utils.randomSecretKey();
const publicKeyPem = ed25519PublicKeyToPem(ed25519.getPublicKey(secretKey));
const sign = (bytes: Uint8Array) => Promise.resolve(ed25519.sign(bytes, secretKey));

function auditLog(count: number) {
  const entries = [];
  let previous = GENESIS_HASH;
  for (let seq = 1; seq <= count; seq++) {
    const content = {
      seq,
      ts: `2026-11-2${seq}T10:00:00.000Z`,
      actor: 'u1',
      action: 'case.create',
      entity: 'case',
      entityId: `c${seq}`,
      after: { title: `案件 ${seq}` },
      detail: null,
    };
    previous = auditHash(previous, content);
    entries.push({ ...content, hash: previous });
  }
  return entries;
}

function sampleContents(): BackupContents {
  const tables = Object.fromEntries(
    BACKUP_TABLES.map((table) => [table, []]),
  ) as unknown as BackupContents['tables'];
  tables.users = [
    { id: 'u1', name: '王审查', role: 'examiner', createdAt: '2026-11-20T09:00:00.000Z' },
  ];
  tables.cases = [
    {
      id: 'c1',
      title: '案件 1',
      status: 'open',
      owner: 'u1',
      createdAt: 'x',
      updatedAt: 'y',
      alertIds: ['d:a1'],
      accountIds: [],
    },
  ];
  tables.annotations = [
    {
      id: 'd:a1',
      dataset: 'd',
      alertId: 'a1',
      author: 'u1',
      updatedAt: '2026-11-21T00:00:00.000Z',
      note: '可疑',
      tags: [],
    },
  ];
  tables.audit = auditLog(3);
  return { format: BACKUP_CONTENTS_FORMAT, createdAt: '2026-11-26T00:00:00.000Z', tables };
}

async function backupText(secret: BackupSecret, contents = sampleContents()): Promise<string> {
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    createdAt: contents.createdAt,
    encryption: 'recipient' in secret ? 'recipient' : 'passphrase',
    recipient: 'recipient' in secret ? secret.recipient : null,
    signerPublicKeyPem: publicKeyPem,
  };
  const ciphertext = await encryptBackupContents(contents, secret);
  return serializeBackupFile(await buildBackupFile(header, ciphertext, sign));
}

describe('backup file', () => {
  it('round trips through a recipient and names the signer', async () => {
    const identity = await generateIdentity();
    const text = await backupText({ recipient: await identityToRecipient(identity) });
    const checked = checkBackupFile(text);
    expect(checked.signerFingerprint).toMatch(/^[0-9a-f]{64}$/);
    const contents = await openBackupContents(checked.file, { identities: [identity] });
    expect(contents).toEqual(sampleContents());
  });

  it('round trips through a passphrase and refuses a wrong one', async () => {
    const text = await backupText({ passphrase: 'correct horse battery', scryptWorkFactor: 10 });
    const { file } = checkBackupFile(text);
    expect(file.header.encryption).toBe('passphrase');
    expect(
      (await openBackupContents(file, { passphrase: 'correct horse battery' })).tables.audit,
    ).toHaveLength(3);
    await expect(openBackupContents(file, { passphrase: 'wrong' })).rejects.toMatchObject({
      problem: 'wrong-passphrase',
    });
  });

  it('refuses a tampered payload or signature before decrypting, saying it was changed', async () => {
    const identity = await generateIdentity();
    const text = await backupText({ recipient: await identityToRecipient(identity) });
    const file = JSON.parse(text) as {
      payload: string;
      signature: string;
      header: { createdAt: string };
    };
    const payload = base64ToBytes(file.payload);
    payload[payload.length - 1] = (payload.at(-1) ?? 0) ^ 1;
    const tamperedPayload = JSON.stringify({ ...file, payload: bytesToBase64(payload) });
    expect(() => checkBackupFile(tamperedPayload)).toThrow(/changed after it was signed/);
    const signature = base64ToBytes(file.signature);
    signature[0] = (signature[0] ?? 0) ^ 1;
    expect(() =>
      checkBackupFile(JSON.stringify({ ...file, signature: bytesToBase64(signature) })),
    ).toThrow(expect.objectContaining({ problem: 'bad-signature' }));
    const retimed = JSON.stringify({
      ...file,
      header: { ...file.header, createdAt: '2020-01-01' },
    });
    expect(() => checkBackupFile(retimed)).toThrow(/changed after it was signed/);
  });

  it('refuses a backup encrypted to another recipient, naming it', async () => {
    const recipient = await identityToRecipient(await generateIdentity());
    const { file } = checkBackupFile(await backupText({ recipient }));
    await expect(
      openBackupContents(file, { identities: [await generateIdentity()] }),
    ).rejects.toThrow(new RegExp(`encrypted to ${recipient}`));
  });

  it('refuses something that is not a backup and contents whose audit chain is broken', async () => {
    expect(() => checkBackupFile('{"format":"examiner-audit-export/1"}')).toThrow(
      expect.objectContaining({ problem: 'not-a-backup' }),
    );
    expect(() => checkBackupFile('not json')).toThrow(/not JSON/);
    const contents = sampleContents();
    (contents.tables.audit[1] as { actor: string }).actor = 'someone-else';
    const identity = await generateIdentity();
    const { file } = checkBackupFile(
      await backupText({ recipient: await identityToRecipient(identity) }, contents),
    );
    await expect(openBackupContents(file, { identities: [identity] })).rejects.toThrow(
      /breaks at entry #2/,
    );
  });

  it('refuses contents with a bad row, naming table and field', async () => {
    const contents = sampleContents();
    (contents.tables.cases[0] as { status: string }).status = 'lost';
    const identity = await generateIdentity();
    const { file } = checkBackupFile(
      await backupText({ recipient: await identityToRecipient(identity) }, contents),
    );
    await expect(openBackupContents(file, { identities: [identity] })).rejects.toThrow(
      /tables\.cases\.0\.status/,
    );
  });
});
