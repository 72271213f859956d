import { z } from 'zod';
import { parseDataFile } from './data-file';
import credentialsFile from '../../content/data/credentials.json';
import { isoDateSchema } from './schema';
import { specialties } from './taxonomy';

const bodySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(2),
  abbreviation: z.string().min(2),
  url: z.url({ protocol: /^https?$/ }),
});

export const pathways = [
  'primary',
  'postprimary',
  'primary or postprimary',
  'specialty',
  'advanced',
  'management',
] as const;

const credentialSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  body: z.string(),
  name: z.string().min(2),
  // Only letters confirmed on a source; null means "not confirmed", and the page says so.
  letters: z.string().min(2).nullable(),
  pathway: z.enum(pathways),
  specialty: z.enum(specialties).nullable(),
  requires: z.array(z.string().min(3)).min(1),
  sourceUrl: z.url({ protocol: /^https?$/ }),
});

export const credentialsFileSchema = z
  .strictObject({
    bodies: z.array(bodySchema),
    credentials: z.array(credentialSchema),
    postprimarySupport: z.array(z.strictObject({ supporting: z.string(), qualifiesFor: z.array(z.string()).min(1) })),
    source: z.strictObject({
      publisher: z.string(),
      shortName: z.string(),
      title: z.string(),
      url: z.url(),
      edition: z.string(),
      accessed: isoDateSchema,
    }),
  })
  .superRefine((file, ctx) => {
    const bodies = new Set(file.bodies.map((b) => b.id));
    const ids = new Set(file.credentials.map((c) => c.id));
    file.credentials.forEach((c, i) => {
      if (!bodies.has(c.body)) {
        ctx.addIssue({ code: 'custom', path: ['credentials', i, 'body'], message: `unknown body "${c.body}"` });
      }
    });
    file.postprimarySupport.forEach((row, i) =>
      row.qualifiesFor.forEach((id, j) => {
        if (!ids.has(id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['postprimarySupport', i, 'qualifiesFor', j],
            message: `unknown credential "${id}"`,
          });
        }
      }),
    );
  });

export type CredentialsData = z.infer<typeof credentialsFileSchema>;
export type Credential = CredentialsData['credentials'][number];

export function parseCredentials(data: unknown, file = 'content/data/credentials.json'): CredentialsData {
  return parseDataFile(credentialsFileSchema, data, file);
}

export const credentialsData = parseCredentials(credentialsFile);

export function getBodyFrom(data: CredentialsData, id: string) {
  const body = data.bodies.find((b) => b.id === id);
  if (!body)
    throw new Error(`Unknown credentialing body "${id}". Valid bodies: ${data.bodies.map((b) => b.id).join(', ')}`);
  return body;
}

export function getCredentialsByBody(id: string): {
  body: CredentialsData['bodies'][number];
  credentials: Credential[];
} {
  const body = getBodyFrom(credentialsData, id);
  return { body, credentials: credentialsData.credentials.filter((c) => c.body === id) };
}

/** Rows of "this first credential qualifies you for these ARRT postprimary credentials". */
export function getPostprimaryRoutes(): { supporting: string; credentials: Credential[] }[] {
  return credentialsData.postprimarySupport.map((row) => ({
    supporting: row.supporting,
    credentials: row.qualifiesFor.map((id) => credentialsData.credentials.find((c) => c.id === id)!),
  }));
}
