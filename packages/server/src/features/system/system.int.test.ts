import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getTestServer, type TestServer } from '../../test-support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await getTestServer();
});
afterAll(() => server?.close());

describe('system endpoints', () => {
  it('reports the server and its database healthy without signing in', async () => {
    const response = await server.anonymous().get('/api/health');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok', database: 'ok' });
  });

  it('publishes an OpenAPI 3 document listing the API routes', async () => {
    const response = await server.anonymous().get('/api/openapi.json');
    expect(response.status).toBe(200);
    expect(response.body.openapi).toMatch(/^3\./);
    expect(Object.keys(response.body.paths)).toEqual(
      expect.arrayContaining(['/api/auth/login', '/api/organisation', '/api/users', '/api/reorganisations']),
    );
    expect(response.body.paths['/api/openapi.json']).toBeUndefined();
  });

  it('answers an unknown API path with a JSON 404 not_found', async () => {
    const response = await server.anonymous().get('/api/nope');
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ error: { code: 'not_found', message: expect.any(String) } });
  });

  it('answers an unknown API path with 404 for a POST too, before any CSRF or body check', async () => {
    const response = await server.anonymous().post('/api/nope', { anything: true });
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('not_found');
  });

  it('sends a same-origin content security policy and anti-framing headers', async () => {
    const response = await server.anonymous().get('/api/health');
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['cross-origin-resource-policy']).toBe('same-origin');
  });
});
