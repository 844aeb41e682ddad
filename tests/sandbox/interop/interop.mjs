// Drives latchkey-sandbox with Logto's own client (@logto/api): whatever that client can do
// against a real Logto, it must be able to do against the sandbox. Any failure exits non-zero.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import assert from 'node:assert/strict';

import { createManagementApi } from '@logto/api/management';

const sandboxPath = process.argv[2];
assert.ok(sandboxPath, 'usage: node interop.mjs <path to latchkey-sandbox>');

const sandbox = spawn(sandboxPath, ['--seed-users', '3'], { stdio: ['ignore', 'pipe', 'inherit'] });
const stopSandbox = () => {
  if (sandbox.exitCode === null) sandbox.kill('SIGTERM');
};
process.on('exit', stopSandbox);

const info = await new Promise((resolve, reject) => {
  const timer = setTimeout(() => reject(new Error('latchkey-sandbox printed no line in 15 s')), 15000);
  sandbox.on('error', reject);
  sandbox.on('exit', (code) => reject(new Error(`latchkey-sandbox exited early (${code})`)));
  createInterface({ input: sandbox.stdout }).once('line', (line) => {
    clearTimeout(timer);
    resolve(JSON.parse(line));
  });
});

const { apiClient } = createManagementApi('default', {
  clientId: info.appId,
  clientSecret: info.appSecret,
  baseUrl: info.endpoint,
  apiIndicator: info.apiIndicator,
});

const userId = info.userId;
const pats = '/api/users/{userId}/personal-access-tokens';
const check = (result, status, what) => {
  assert.equal(result.response.status, status,
    `${what}: expected ${status}, got ${result.response.status} ${JSON.stringify(result.error ?? null)}`);
  return result.data;
};
const names = async () =>
  check(await apiClient.GET(pats, { params: { path: { userId } } }), 200, 'list tokens').map((t) => t.name);

// Users
const users = await apiClient.GET('/api/users', { params: { query: { page: 1, page_size: 2 } } });
assert.equal(check(users, 200, 'list users').length, 2);
assert.equal(users.response.headers.get('total-number'), '4');
const me = check(await apiClient.GET('/api/users/{userId}', { params: { path: { userId } } }), 200, 'get user');
assert.equal(me.id, userId);

// Create, rename, list, delete a PAT with an awkward name
const name = 'interop déploiement / CI #1 ?% 部署';
const created = check(
  await apiClient.POST(pats, { params: { path: { userId } }, body: { name, expiresAt: Date.now() + 86400000 } }),
  201, 'create token');
assert.match(created.value, /^pat_[0-9A-Za-z]{32}$/);
assert.equal(created.name, name);
assert.equal(typeof created.expiresAt, 'number');

const duplicate = await apiClient.POST(pats, { params: { path: { userId } }, body: { name } });
assert.equal(duplicate.response.status, 422);
assert.equal(duplicate.error.code, 'user.personal_access_token_name_exists');

const renamedName = `${name} (renamed)`;
const renamed = check(
  await apiClient.PATCH(pats, { params: { path: { userId } }, body: { currentName: name, name: renamedName } }),
  200, 'rename token');
assert.equal(renamed.value, created.value);
assert.deepEqual(await names(), [renamedName]);

// The legacy path calls, with the name as one encoded path segment
const legacy = `${pats}/{name}`;
check(await apiClient.PATCH(legacy, { params: { path: { userId, name: renamedName } }, body: { name } }),
  200, 'legacy rename');
assert.deepEqual(await names(), [name]);
const legacyDelete = await apiClient.DELETE(legacy, { params: { path: { userId, name } } });
assert.equal(legacyDelete.response.status, 204);
assert.deepEqual(await names(), []);

check(await apiClient.POST(pats, { params: { path: { userId } }, body: { name } }), 201, 'create again');
const deleted = await apiClient.POST(`${pats}/delete`, { params: { path: { userId } }, body: { name } });
assert.equal(deleted.response.status, 204);
assert.deepEqual(await names(), []);

const missing = await apiClient.POST(`${pats}/delete`, { params: { path: { userId } }, body: { name } });
assert.equal(missing.response.status, 404);
assert.equal(missing.error.code, 'entity.not_found');

console.log('interop with @logto/api: all checks passed');
stopSandbox();
