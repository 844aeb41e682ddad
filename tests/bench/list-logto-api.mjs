// Lists one user's personal access tokens with Logto's official Management API
// client (@logto/api), as a script would: one process, one access token, one
// list call. The reference latchkeyctl tokens is measured against (benchmarks.md 6b).
import { createManagementApi } from '@logto/api/management';

const [endpoint, appId, appSecret, apiIndicator, userId] = process.argv.slice(2);
const { apiClient } = createManagementApi('default', {
  clientId: appId,
  clientSecret: appSecret,
  baseUrl: endpoint,
  apiIndicator,
});
const listed = await apiClient.GET('/api/users/{userId}/personal-access-tokens', {
  params: { path: { userId } },
});
if (listed.response.status !== 200) {
  console.error(`list failed: ${listed.response.status}`);
  process.exit(1);
}
console.log(listed.data.length);
