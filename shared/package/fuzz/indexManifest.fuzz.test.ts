/**
 * Fuzzing the repository index and package manifests (issue 9): random edits of their JSON —
 * fields removed, retyped, out of range, added; truncated documents; bytes or signatures flipped;
 * manifests whose hash no longer matches the index. Each case is accepted or refused naming its
 * dataset and version, never a crash or a hang.
 */
import fc from 'fast-check';
import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import { afterAll, describe, expect, it } from 'vitest';
import { base64ToBytes } from '../../crypto/encoding';
import { sha256Hex } from '../../crypto/sha256';
import { loadIndex } from '../loadIndex';
import { loadManifest } from '../loadManifest';
import { MemoryRepository } from '../memoryRepository';
import type { IndexVersion } from '../schemas';
import {
  buildFixtureRepository,
  createFixturePublisher,
  signatureFile,
} from '../testing/packageFixture';
import { utf8Encode } from '../webStreams';
import { fuzzParameters, fuzzSummaryLine, flipBit, outcomeOf, refusalOf } from './fuzzHarness';
import { jsonMutation, applyMutation } from './jsonMutation';

const publisher = createFixturePublisher();
const recipient = await identityToRecipient(await generateX25519Identity());
const broker = { id: 'B01', name: '某证券', region: '440300' };
const base = await buildFixtureRepository(publisher, [
  {
    id: 'gd',
    title: 'Guangdong',
    versions: [
      {
        version: 1,
        kind: 'full',
        tables: { brokers: `${JSON.stringify(broker)}\n` },
        recipients: [recipient],
      },
      { version: 2, kind: 'delta', base: 1, tables: { brokers: '' }, recipients: [recipient] },
    ],
  },
]);
const keys = [publisher.trustedKey];
const decoder = new TextDecoder();
const indexJson: unknown = JSON.parse(decoder.decode(base.files.get('index.json')!));
const manifestPaths = ['packages/gd/1/manifest.json', 'packages/gd/2/manifest.json'];

function copyOfBase(): MemoryRepository {
  const copy = new MemoryRepository();
  for (const [path, bytes] of base.files) copy.files.set(path, bytes);
  return copy;
}

function signedInto(repository: MemoryRepository, path: string, bytes: Uint8Array): void {
  repository.files.set(path, bytes);
  repository.files.set(`${path}.sig`, signatureFile(bytes, publisher.secretKey));
}

/** Loads the index and then every manifest it lists, as a pull does before reading tables. */
async function loadEverything(repository: MemoryRepository): Promise<number> {
  const { index } = await loadIndex(repository, keys);
  let manifests = 0;
  for (const dataset of index.datasets)
    for (const entry of dataset.versions) {
      const loaded = await loadManifest(repository, dataset.id, entry, keys);
      expect(loaded.manifest.dataset).toBe(dataset.id);
      expect(loaded.manifest.version).toBe(entry.version);
      manifests++;
    }
  return manifests;
}

function entryOf(version: number): IndexVersion {
  const entry = (indexJson as { datasets: { versions: IndexVersion[] }[] }).datasets[0]!.versions[
    version - 1
  ]!;
  return entry;
}

/** Whether two `.sig` files hold the same signature bytes (base64 ignores its padding bits). */
function sameSignature(a: Uint8Array, b: Uint8Array): boolean {
  try {
    const [x, y] = [a, b].map((file) => base64ToBytes(decoder.decode(file).trim()));
    return x!.length === y!.length && x!.every((byte, i) => byte === y![i]);
  } catch {
    return false;
  }
}

afterAll(() => console.log(fuzzSummaryLine('indexManifest')));

describe('fuzz: repository index', () => {
  it('the untouched fixture loads (the mutations below start from a good repository)', async () => {
    expect(await loadEverything(copyOfBase())).toBe(2);
  });

  it('a signed index with a field removed, retyped, out of range or added is accepted or refused with its place', async () => {
    await fc.assert(
      fc.asyncProperty(jsonMutation(indexJson), async (mutation) => {
        const repository = copyOfBase();
        signedInto(
          repository,
          'index.json',
          utf8Encode(JSON.stringify(applyMutation(indexJson, mutation))),
        );
        const outcome = await outcomeOf(() => loadEverything(repository), 'index-json');
        if ('refused' in outcome) {
          const { refused } = outcome;
          // The index itself, or one of the datasets it lists.
          if (refused.dataset !== null) expect(typeof refused.dataset).toBe('string');
        }
      }),
      fuzzParameters(400),
    );
  });

  it('a truncated index, signed or not, is refused as the repository index', async () => {
    const bytes = base.files.get('index.json')!;
    const text = decoder.decode(bytes).trimEnd();
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: text.length - 1 }), fc.boolean(), async (cut, resign) => {
        const repository = copyOfBase();
        const truncated = utf8Encode(text.slice(0, cut));
        if (resign) signedInto(repository, 'index.json', truncated);
        else repository.files.set('index.json', truncated);
        const refusal = await refusalOf(
          () => loadIndex(repository, keys),
          'index-truncated',
          resign ? ['format'] : ['signature'],
        );
        expect(refusal.dataset).toBeNull();
        expect(refusal.message).toMatch(/^repository index: /);
      }),
      fuzzParameters(200),
    );
  });

  it('any bit flipped in index.json or its signature is refused as a bad signature', async () => {
    const index = base.files.get('index.json')!;
    const sig = base.files.get('index.json.sig')!;
    await fc.assert(
      fc.asyncProperty(fc.boolean(), fc.nat(), fc.nat({ max: 7 }), async (inSignature, at, bit) => {
        const repository = copyOfBase();
        // The .sig's last byte is its newline: a flip there may leave whitespace, not a new signature.
        if (inSignature)
          repository.files.set('index.json.sig', flipBit(sig, at % (sig.length - 1), bit));
        else repository.files.set('index.json', flipBit(index, at % index.length, bit));
        const flippedSig = repository.files.get('index.json.sig')!;
        if (inSignature && sameSignature(flippedSig, sig)) {
          // Padding bits of base64 decode to nothing: the signature bytes are unchanged.
          await outcomeOf(() => loadIndex(repository, keys), 'index-bitflip');
          return;
        }
        const refusal = await refusalOf(() => loadIndex(repository, keys), 'index-bitflip', [
          'signature',
          'format',
        ]);
        expect(refusal.dataset).toBeNull();
      }),
      fuzzParameters(300),
    );
  });
});

describe('fuzz: package manifests', () => {
  it('a signed manifest with a mutated field, re-hashed into a signed index, is accepted or refused naming dataset and version', async () => {
    const manifests = manifestPaths.map(
      (path) => JSON.parse(decoder.decode(base.files.get(path)!)) as unknown,
    );
    await fc.assert(
      fc.asyncProperty(
        fc
          .constantFrom(0, 1)
          .chain((which) =>
            jsonMutation(manifests[which]).map((mutation) => ({ which, mutation })),
          ),
        async ({ which, mutation }) => {
          const repository = copyOfBase();
          const bytes = utf8Encode(JSON.stringify(applyMutation(manifests[which], mutation)));
          signedInto(repository, manifestPaths[which]!, bytes);
          const entry = { ...entryOf(which + 1), sha256: sha256Hex(bytes) };
          const outcome = await outcomeOf(
            () => loadManifest(repository, 'gd', entry, keys),
            'manifest-json',
          );
          if ('refused' in outcome) {
            expect(outcome.refused.dataset).toBe('gd');
            expect(outcome.refused.version).toBe(which + 1);
            expect(outcome.refused.message).toMatch(
              new RegExp(`^dataset gd version ${which + 1}[:,]`),
            );
          }
        },
      ),
      fuzzParameters(400),
    );
  });

  it('a manifest changed in any way without a new index entry is refused for its hash; a flipped signature for its signature', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(1, 2),
        fc.constantFrom('manifest', 'signature', 'truncated'),
        fc.nat(),
        fc.nat({ max: 7 }),
        async (version, target, at, bit) => {
          const repository = copyOfBase();
          const path = manifestPaths[version - 1]!;
          const manifest = base.files.get(path)!;
          const sig = base.files.get(`${path}.sig`)!;
          if (target === 'manifest')
            repository.files.set(path, flipBit(manifest, at % manifest.length, bit));
          else if (target === 'truncated')
            repository.files.set(path, manifest.slice(0, at % manifest.length));
          else repository.files.set(`${path}.sig`, flipBit(sig, at % (sig.length - 1), bit));
          if (target === 'signature' && sameSignature(repository.files.get(`${path}.sig`)!, sig)) {
            await outcomeOf(
              () => loadManifest(repository, 'gd', entryOf(version), keys),
              'manifest-signature',
            );
            return;
          }
          const refusal = await refusalOf(
            () => loadManifest(repository, 'gd', entryOf(version), keys),
            `manifest-${target}`,
            target === 'signature' ? ['signature', 'format'] : ['manifest-hash'],
          );
          expect(refusal.message).toMatch(new RegExp(`^dataset gd version ${version}: `));
        },
      ),
      fuzzParameters(300),
    );
  });
});
