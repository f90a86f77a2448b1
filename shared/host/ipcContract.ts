/**
 * IPC channels of the Electron host: one entry per HostApi method, with the schema
 * that main validates every request against before doing any work.
 */
import { z } from 'zod';
import type {
  AppInfo,
  FolderGrant,
  KeystoreInfo,
  RepositoryChunk,
  RepositoryFileInfo,
  SaveOutcome,
} from './hostApi';
import { MAX_READ_BYTES } from './hostApi';
import { canonicalRepositoryBase } from './repositoryBase';
import { checkRepositoryPath } from './repositoryPath';

const bytes = z.custom<Uint8Array>((value) => value instanceof Uint8Array, {
  message: 'expected bytes (Uint8Array)',
});

/** An http(s) repository base as sources store it: no credentials, query or fragment. */
const repositoryBaseUrl = z
  .string()
  .max(2048)
  .refine(
    (value) => canonicalRepositoryBase(value) !== null,
    'expected an http(s) repository address without credentials, "?" or "#" parts',
  );

const grantId = z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'expected a folder grant id');

export const repositorySourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('http'), baseUrl: repositoryBaseUrl }).strict(),
  z.object({ kind: z.literal('folder'), grantId }).strict(),
  z.object({ kind: z.literal('bundled') }).strict(),
]);

export const repositoryPathSchema = z.string().superRefine((path, ctx) => {
  const check = checkRepositoryPath(path);
  if (!check.ok) ctx.addIssue({ code: 'custom', message: check.reason });
});

const byteRange = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative().optional(),
  })
  .strict()
  .refine((r) => r.end === undefined || r.end >= r.start, 'range end before start');

const fileName = z
  .string()
  .min(1)
  .max(255)
  .refine(
    (name) => !/[\\/\0]/.test(name) && name !== '.' && name !== '..',
    'expected a plain file name',
  );

export const ipcRequestSchemas = {
  'app:info': z.undefined(),
  'app:set-language': z.object({ language: z.enum(['zh-CN', 'en']) }).strict(),
  'folder:choose': z.undefined(),
  'folder:list': z.undefined(),
  'folder:forget': z.object({ grantId }).strict(),
  'repo:approve': z.object({ baseUrl: repositoryBaseUrl }).strict(),
  'repo:revoke': z.object({ baseUrl: repositoryBaseUrl }).strict(),
  'repo:stat': z.object({ source: repositorySourceSchema, path: repositoryPathSchema }).strict(),
  'repo:read': z
    .object({
      source: repositorySourceSchema,
      path: repositoryPathSchema,
      range: byteRange.optional(),
    })
    .strict(),
  'file:save': z
    .object({ suggestedName: fileName, mimeType: z.string().max(128), data: bytes })
    .strict(),
  'file:export-pdf': z
    .object({
      suggestedName: fileName,
      html: z.string().max(64 * 1024 * 1024),
      landscape: z.boolean().optional(),
    })
    .strict(),
  'keystore:info': z.undefined(),
  'keystore:seal': z.object({ data: bytes }).strict(),
  'keystore:unseal': z.object({ data: bytes }).strict(),
} as const;

export type IpcChannel = keyof typeof ipcRequestSchemas;
export type IpcRequest<C extends IpcChannel> = z.infer<(typeof ipcRequestSchemas)[C]>;

export interface IpcResponses {
  'app:info': AppInfo;
  'app:set-language': void;
  'folder:choose': FolderGrant | null;
  'folder:list': FolderGrant[];
  'folder:forget': void;
  'repo:approve': boolean;
  'repo:revoke': void;
  'repo:stat': RepositoryFileInfo;
  'repo:read': RepositoryChunk;
  'file:save': SaveOutcome;
  'file:export-pdf': SaveOutcome;
  'keystore:info': KeystoreInfo;
  'keystore:seal': Uint8Array;
  'keystore:unseal': Uint8Array;
}

export const IPC_CHANNELS = Object.keys(ipcRequestSchemas) as IpcChannel[];

export { HOST_COMMAND_CHANNEL } from './ipcChannels';

export const hostCommandSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('navigate'),
    page: z.enum([
      'datasets',
      'overview',
      'alerts',
      'graph',
      'cases',
      'reports',
      'audit',
      'settings',
    ]),
  }),
  z.object({ kind: z.literal('toggle-theme') }),
  z.object({ kind: z.literal('lock') }),
  z.object({ kind: z.literal('show-shortcuts') }),
  z.object({ kind: z.literal('about') }),
]);

/** Formats the first schema issue as "field: message" for an error the user can act on. */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid arguments';
  const where = issue.path.length ? issue.path.join('.') : 'arguments';
  return `${where}: ${issue.message}`;
}

export { MAX_READ_BYTES };
