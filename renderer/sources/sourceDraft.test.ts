import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  checkSourceDraft,
  normalizeBaseUrl,
  parsePublisherKey,
  type SourceDraft,
} from './sourceDraft';
import type { SourceErrorCode } from './sourceErrors';

// RFC 8032 test 1's public key, wrapped in the 12-byte Ed25519 SubjectPublicKeyInfo prefix by hand.
const RAW_KEY = Buffer.from(
  'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a',
  'hex',
);
const SPKI = Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), RAW_KEY]);
const PEM = `-----BEGIN PUBLIC KEY-----\n${SPKI.toString('base64')}\n-----END PUBLIC KEY-----\n`;
const X25519_PEM = `-----BEGIN PUBLIC KEY-----
MCowBQYDK2VuAyEAc3ciH6bsvztubMeONLJcOHZ6u5hcUOTgtF6FkX6IBlM=
-----END PUBLIC KEY-----`;

const draft = (overrides: Partial<SourceDraft>): SourceDraft => ({
  kind: 'http',
  location: 'https://sandbox.example.cn/repo',
  title: '广东监管数据沙箱',
  publisherKeyPem: PEM,
  ...overrides,
});

function codeOf(action: () => unknown): SourceErrorCode | string {
  try {
    action();
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
  return 'no error';
}

describe('publisher keys', () => {
  it('are fingerprinted as the SHA-256 of the raw 32-byte key', () => {
    const expected = createHash('sha256').update(RAW_KEY).digest('hex');
    expect(expected).toBe('21fe31dfa154a261626bf854046fd2271b7bed4b6abe45aa58877ef47f9721b9');
    expect(parsePublisherKey(PEM).fingerprint).toBe(expected);
  });

  it('are stored in canonical PEM, whatever surrounded them when pasted', () => {
    const pasted = `Publisher key, as sent by the bureau:\r\n${PEM.replaceAll('\n', '\r\n')}\r\nRegards`;
    expect(parsePublisherKey(pasted).pem).toBe(PEM);
  });

  it('are refused with a named reason', () => {
    expect(codeOf(() => parsePublisherKey(''))).toBe('key-required');
    expect(codeOf(() => parsePublisherKey('ssh-ed25519 AAAAC3Nza… user@host'))).toBe('bad-pem');
    expect(
      codeOf(() => parsePublisherKey('-----BEGIN PUBLIC KEY-----\n@@@@\n-----END PUBLIC KEY-----')),
    ).toBe('bad-pem');
    expect(codeOf(() => parsePublisherKey(X25519_PEM))).toBe('not-ed25519');
    expect(
      codeOf(() =>
        parsePublisherKey('-----BEGIN PRIVATE KEY-----\nMC4C\n-----END PRIVATE KEY-----'),
      ),
    ).toBe('private-key');
  });
});

describe('repository addresses', () => {
  it('are http(s) base URLs ending in a slash', () => {
    expect(normalizeBaseUrl(' https://sandbox.example.cn/repo ')).toBe(
      'https://sandbox.example.cn/repo/',
    );
    expect(normalizeBaseUrl('http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080/');
    expect(normalizeBaseUrl('HTTPS://Sandbox.Example.cn/a/b/')).toBe(
      'https://sandbox.example.cn/a/b/',
    );
  });

  it('refuse other schemes, credentials, queries and non-addresses', () => {
    const cases: [string, SourceErrorCode][] = [
      ['', 'url-required'],
      ['sandbox.example.cn', 'bad-url'],
      ['ftp://sandbox.example.cn/', 'url-scheme'],
      ['file:///media/usb/repo', 'url-scheme'],
      ['https://user:secret@sandbox.example.cn/', 'url-credentials'],
      ['https://token@sandbox.example.cn/', 'url-credentials'],
      ['https://sandbox.example.cn/repo?token=1', 'url-query'],
      ['https://sandbox.example.cn/repo#top', 'url-query'],
    ];
    for (const [url, code] of cases)
      expect(
        codeOf(() => normalizeBaseUrl(url)),
        url,
      ).toBe(code);
  });
});

describe('a source draft', () => {
  it('is checked as a whole', () => {
    expect(checkSourceDraft(draft({ title: '  广东监管数据沙箱 ' }))).toEqual({
      kind: 'http',
      location: 'https://sandbox.example.cn/repo/',
      title: '广东监管数据沙箱',
      publisherKeyPem: PEM,
      fingerprint: '21fe31dfa154a261626bf854046fd2271b7bed4b6abe45aa58877ef47f9721b9',
    });
    expect(codeOf(() => checkSourceDraft(draft({ title: ' ' })))).toBe('title-required');
    expect(codeOf(() => checkSourceDraft(draft({ kind: 'folder', location: '' })))).toBe(
      'folder-required',
    );
    expect(checkSourceDraft(draft({ kind: 'bundled', location: 'ignored' })).location).toBe('');
  });
});
