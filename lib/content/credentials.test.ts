import { describe, expect, it } from 'vitest';
import credentialsFile from '../../content/data/credentials.json';
import { getCredentialsByBody, getPostprimaryRoutes, parseCredentials } from './credentials';

describe('credentials data', () => {
  it('groups credentials by the body that awards them', () => {
    const { body, credentials } = getCredentialsByBody('ardms');
    expect(body.abbreviation).toBe('ARDMS');
    expect(credentials.map((c) => c.letters)).toEqual(['RDMS', 'RDCS', 'RVT', 'RMSKS']);
  });

  it('shows only credential letters confirmed on a source', () => {
    const arrt = getCredentialsByBody('arrt').credentials;
    expect(arrt.find((c) => c.id === 'arrt-radiography')?.letters).toBe('R.T.(R)(ARRT)');
    expect(arrt.find((c) => c.id === 'arrt-ct')?.letters).toBeNull();
  });

  it('lets radiography lead to every ARRT postprimary credential but none lead from sonography to CT', () => {
    const routes = getPostprimaryRoutes();
    const radiography = routes.find((r) => r.supporting.startsWith('Radiography'))!;
    expect(radiography.credentials.map((c) => c.id)).toContain('arrt-mammography');
    const sonography = routes.find((r) => r.supporting.startsWith('Sonography'))!;
    expect(sonography.credentials.map((c) => c.id)).not.toContain('arrt-ct');
  });

  it('rejects a route to a credential that does not exist', () => {
    const bad = structuredClone(credentialsFile);
    bad.postprimarySupport[0]!.qualifiesFor.push('arrt-astronomy');
    expect(() => parseCredentials(bad)).toThrow(/unknown credential "arrt-astronomy"/);
  });

  it('lists the valid bodies when a body is unknown', () => {
    expect(() => getCredentialsByBody('abc')).toThrow(/Valid bodies: arrt, ardms, cci, nmtcb, racc/);
  });
});
