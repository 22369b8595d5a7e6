import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { TEST_PASSWORD } from '../../test-support/factories.js';
import { getTestServer, type TestServer } from '../../test-support/test-server.js';
import { hashToken } from './session-token.js';

let server: TestServer;
beforeAll(async () => {
  server = await getTestServer();
});
afterAll(() => server?.close());

const sessionsOf = (userId: string) =>
  server.db.selectFrom('session').select(['token_hash', 'csrf_token']).where('user_id', '=', userId).execute();

async function newUser(input: { active?: boolean; password?: string } = {}) {
  const municipality = await server.createMunicipality();
  return server.createUser({ municipalityId: municipality.id, roles: [{ role: 'hq_member' }], ...input });
}

describe('signing in', () => {
  it('sets an HttpOnly SameSite=Lax session cookie and returns the user, roles, municipality and CSRF token', async () => {
    const municipality = await server.createMunicipality({ name: '認証市' });
    const user = await server.createUser({ municipalityId: municipality.id, displayName: '認証 太郎' });
    const response = await server.anonymous().post('/api/auth/login', { loginId: user.loginId, password: TEST_PASSWORD });

    expect(response.status).toBe(200);
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(/^gyokaku_session=[\w-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).toContain('Path=/');
    expect(cookie).toContain('Max-Age=43200');
    expect(response.body).toEqual({
      user: {
        id: user.id,
        loginId: user.loginId,
        displayName: '認証 太郎',
        roles: [{ role: 'secretariat', departmentId: null, departmentName: null }],
      },
      municipality: expect.objectContaining({ id: municipality.id, code: municipality.code, name: '認証市' }),
      csrfToken: expect.stringMatching(/^[\w-]{43}$/),
    });
  });

  it('stores sessions as rows holding only a hash of the cookie token', async () => {
    const user = await newUser();
    const agent = await server.login(user.loginId, user.password);
    expect(await sessionsOf(user.id)).toEqual([
      { token_hash: hashToken(agent.sessionToken!), csrf_token: agent.csrfToken },
    ]);
    expect(hashToken(agent.sessionToken!)).not.toBe(agent.sessionToken);
  });

  it('accepts the session cookie in a second app process built on the same database', async () => {
    const user = await newUser();
    const agent = await server.login(user.loginId, user.password);
    const otherProcess = await buildApp({ db: server.db, webRoot: null });
    try {
      const response = await agent.on(otherProcess).get('/api/auth/session');
      expect(response.status).toBe(200);
      expect(response.body.user.id).toBe(user.id);
      expect((await agent.on(otherProcess).post('/api/auth/logout')).status).toBe(204);
      expect((await agent.get('/api/auth/session')).status).toBe(401);
    } finally {
      await otherProcess.close();
    }
  });

  it('answers a wrong password and an unknown login ID with the same 401 invalid_credentials', async () => {
    const user = await newUser();
    const wrongPassword = await server.anonymous().post('/api/auth/login', { loginId: user.loginId, password: 'wrong-password-1234' });
    const unknownLogin = await server.anonymous().post('/api/auth/login', { loginId: 'nobody-here', password: TEST_PASSWORD });
    expect(wrongPassword.status).toBe(401);
    expect(wrongPassword.body.error.code).toBe('invalid_credentials');
    expect(unknownLogin.status).toBe(401);
    expect(unknownLogin.body).toEqual(wrongPassword.body);
    expect(wrongPassword.headers['set-cookie']).toBeUndefined();
  });

  it('refuses an inactive user with the right password', async () => {
    const user = await newUser({ active: false });
    const response = await server.anonymous().post('/api/auth/login', { loginId: user.loginId, password: user.password });
    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe('invalid_credentials');
    expect(await sessionsOf(user.id)).toEqual([]);
  });

  it('refuses the sixth attempt after five failures with 429 too_many_attempts, even with the right password', async () => {
    const user = await newUser();
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      const failed = await server.anonymous().post('/api/auth/login', { loginId: user.loginId, password: `wrong-${attempt}` });
      expect(failed.status).toBe(401);
    }
    const sixth = await server.anonymous().post('/api/auth/login', { loginId: user.loginId, password: user.password });
    expect(sixth.status).toBe(429);
    expect(sixth.body.error.code).toBe('too_many_attempts');
    expect(await sessionsOf(user.id)).toEqual([]);
  });

  it('resets the failure count after a successful sign-in', async () => {
    const user = await newUser();
    const fail = () => server.anonymous().post('/api/auth/login', { loginId: user.loginId, password: 'wrong-password' });
    for (let attempt = 1; attempt <= 4; attempt += 1) expect((await fail()).status).toBe(401);
    await server.login(user.loginId, user.password);
    for (let attempt = 1; attempt <= 4; attempt += 1) expect((await fail()).status).toBe(401);
    await server.login(user.loginId, user.password);
  });

  it('throttles one address after 30 failures across login IDs', async () => {
    const user = await newUser();
    const address = server.anonymous().ip;
    for (let attempt = 1; attempt <= 30; attempt += 1) {
      const failed = await server.anonymous(address).post('/api/auth/login', { loginId: `guess-${attempt}`, password: 'guess' });
      expect(failed.status).toBe(401);
    }
    const response = await server.anonymous(address).post('/api/auth/login', { loginId: user.loginId, password: user.password });
    expect(response.status).toBe(429);
    await server.login(user.loginId, user.password);
  });
});

describe('sessions', () => {
  it('answers 401 unauthenticated without a session cookie', async () => {
    const response = await server.anonymous().get('/api/auth/session');
    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe('unauthenticated');
  });

  it('refuses a session past its expiry time with 401 unauthenticated', async () => {
    const user = await newUser();
    const agent = await server.login(user.loginId, user.password);
    await server.db.updateTable('session').set({ expires_at: new Date(Date.now() - 1000) }).where('user_id', '=', user.id).execute();
    const response = await agent.get('/api/auth/session');
    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe('unauthenticated');
  });

  it('ends the session on logout, so the old cookie no longer works', async () => {
    const user = await newUser();
    const agent = await server.login(user.loginId, user.password);
    expect((await agent.get('/api/auth/session')).status).toBe(200);

    const logout = await agent.post('/api/auth/logout');
    expect(logout.status).toBe(204);
    expect(String(logout.headers['set-cookie'])).toMatch(/^gyokaku_session=;/);
    expect(await sessionsOf(user.id)).toEqual([]);
    const afterwards = await agent.get('/api/auth/session');
    expect(afterwards.status).toBe(401);
    expect(afterwards.body.error.code).toBe('unauthenticated');
  });
});

describe('CSRF protection', () => {
  it('refuses a state-changing request without the x-csrf-token header with 403 csrf_invalid', async () => {
    const user = await newUser();
    const agent = await server.login(user.loginId, user.password);
    const response = await agent.post('/api/auth/logout', undefined, { csrf: false });
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('csrf_invalid');
    expect((await agent.get('/api/auth/session')).status).toBe(200);
  });

  it('refuses a wrong CSRF token, including another session’s token', async () => {
    const user = await newUser();
    const agent = await server.login(user.loginId, user.password);
    const other = await server.login(user.loginId, user.password);
    for (const token of ['not-the-token', other.csrfToken!]) {
      const response = await agent.post('/api/auth/logout', undefined, { csrf: false, headers: { 'x-csrf-token': token } });
      expect(response.status).toBe(403);
      expect(response.body.error.code).toBe('csrf_invalid');
    }
    expect(await sessionsOf(user.id)).toHaveLength(2);
  });

  it('refuses a request from a foreign Origin even with the right token, and a cross-site sign-in', async () => {
    const user = await newUser();
    const agent = await server.login(user.loginId, user.password);
    const foreign = { origin: 'https://evil.example', host: 'gyokaku.example.jp' };
    const logout = await agent.post('/api/auth/logout', undefined, { headers: foreign });
    expect(logout.status).toBe(403);
    expect(logout.body.error.code).toBe('csrf_invalid');

    const login = await server.anonymous().post('/api/auth/login', { loginId: user.loginId, password: user.password }, { headers: foreign });
    expect(login.status).toBe(403);
    expect(login.body.error.code).toBe('csrf_invalid');
    expect(await sessionsOf(user.id)).toHaveLength(1);
  });

  it('accepts a request whose Origin is the site itself', async () => {
    const user = await newUser();
    const agent = await server.login(user.loginId, user.password);
    const sameSite = { origin: 'https://gyokaku.example.jp', host: 'gyokaku.example.jp' };
    expect((await agent.post('/api/auth/logout', undefined, { headers: sameSite })).status).toBe(204);
  });
});

describe('changing one’s own password', () => {
  const newPassword = 'a-brand-new-passphrase';

  it('refuses a wrong current password with 400 invalid_credentials', async () => {
    const user = await newUser();
    const agent = await server.login(user.loginId, user.password);
    const response = await agent.post('/api/auth/password', { currentPassword: 'not-my-password', newPassword });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('invalid_credentials');
    await server.login(user.loginId, user.password);
  });

  it('replaces the password, stores it as argon2id and ends the user’s other sessions', async () => {
    const user = await newUser({ password: 'the-old-passphrase' });
    const agent = await server.login(user.loginId, user.password);
    const otherBrowser = await server.login(user.loginId, user.password);
    const before = await server.db.selectFrom('app_user').select('password_hash').where('id', '=', user.id).executeTakeFirstOrThrow();

    const response = await agent.post('/api/auth/password', { currentPassword: user.password, newPassword });
    expect(response.status).toBe(204);

    const after = await server.db.selectFrom('app_user').select('password_hash').where('id', '=', user.id).executeTakeFirstOrThrow();
    expect(after.password_hash).toMatch(/^\$argon2id\$/);
    expect(after.password_hash).not.toBe(before.password_hash);
    expect((await agent.get('/api/auth/session')).status).toBe(200);
    expect((await otherBrowser.get('/api/auth/session')).status).toBe(401);
    const old = await server.anonymous().post('/api/auth/login', { loginId: user.loginId, password: user.password });
    expect(old.status).toBe(401);
    await server.login(user.loginId, newPassword);
  });

  it('refuses a new password shorter than 12 characters', async () => {
    const user = await newUser();
    const agent = await server.login(user.loginId, user.password);
    const response = await agent.post('/api/auth/password', { currentPassword: user.password, newPassword: 'short-11chr' });
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({ code: 'validation_failed', issues: [{ path: ['newPassword'] }] });
  });
});
