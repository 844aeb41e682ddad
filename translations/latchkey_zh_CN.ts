<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>latchkey::AccessTokenDialog</name>
    <message>
        <source>&amp;Copy Access Token</source>
        <translation>复制访问令牌(&amp;C)</translation>
    </message>
    <message>
        <source>Copy Access Token</source>
        <translation>复制访问令牌</translation>
    </message>
    <message>
        <source>API resource</source>
        <translation>API 资源</translation>
    </message>
    <message>
        <source>optional, e.g. read:data write:data</source>
        <translation>可选，例如 read:data write:data</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>作用域</translation>
    </message>
    <message>
        <source>Latchkey exchanges &lt;b&gt;%1&lt;/b&gt; at Logto&apos;s token endpoint for a short-lived access token to one API, and copies that access token. The token itself stays in your keychain.</source>
        <translation>Latchkey 在 Logto 的令牌端点用 &lt;b&gt;%1&lt;/b&gt; 换取某个 API 的短期访问令牌，并复制该访问令牌。令牌本身仍保存在您的钥匙串中。</translation>
    </message>
    <message numerus="yes">
        <source>The clipboard is cleared after %n second(s).</source>
        <translation>
            <numerusform>剪贴板将在 %n 秒后清空。</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard is cleared when Latchkey quits.</source>
        <translation>剪贴板将在 Latchkey 退出时清空。</translation>
    </message>
    <message>
        <source>API &amp;resource:</source>
        <translation>API 资源(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Scopes:</source>
        <translation>作用域(&amp;S)：</translation>
    </message>
    <message>
        <source>“%1” is not a resource indicator: Logto names an API resource by a URI such as https://api.example.com.</source>
        <translation>“%1”不是资源标识符：Logto 用 URI（例如 https://api.example.com）来命名 API 资源。</translation>
    </message>
    <message>
        <source>Exchanging…</source>
        <translation>正在交换…</translation>
    </message>
</context>
<context>
    <name>latchkey::ApiError</name>
    <message>
        <source>The server said: %1</source>
        <translation>服务器返回：%1</translation>
    </message>
    <message>
        <source>Could not reach the Logto server. Check the network connection and the endpoint URL, then try again.</source>
        <translation>无法连接到 Logto 服务器。请检查网络连接和端点 URL，然后重试。</translation>
    </message>
    <message>
        <source>The Logto server did not answer in time. Try again; if this keeps happening, check the network connection or the server.</source>
        <translation>Logto 服务器未及时响应。请重试；如果问题持续出现，请检查网络连接或服务器。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so nothing was sent. If your organisation uses its own certificate authority, add its certificate to the profile; compare the fingerprint in the details with your administrator&apos;s.</source>
        <translation>服务器的证书不受信任，因此未发送任何数据。如果你的组织使用自己的证书颁发机构，请将其证书添加到配置中；并将详细信息中的指纹与管理员提供的指纹进行核对。</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1, which Latchkey did not expect. Check the endpoint URL and try again.</source>
        <translation>服务器返回了 HTTP 状态 %1，这不在 Latchkey 的预期之内。请检查端点 URL 并重试。</translation>
    </message>
    <message>
        <source>The Logto server refused the app ID or app secret. Check both in the profile.</source>
        <translation>Logto 服务器拒绝了该应用 ID 或应用密钥。请在配置中检查这两项。</translation>
    </message>
    <message>
        <source>The Logto server refused Latchkey&apos;s access (HTTP %1). Check the app ID, app secret and API indicator in the profile.</source>
        <translation>Logto 服务器拒绝了 Latchkey 的访问（HTTP %1）。请检查配置中的应用 ID、应用密钥和 API 标识符。</translation>
    </message>
    <message>
        <source>The app may not use the Logto Management API. In the Logto Console, give the app a role with Management API access.</source>
        <translation>该应用无权使用 Logto Management API。请在 Logto 控制台中为该应用分配具有 Management API 访问权限的角色。</translation>
    </message>
    <message>
        <source>This user no longer exists. Refresh the user list.</source>
        <translation>此用户已不存在。请刷新用户列表。</translation>
    </message>
    <message>
        <source>No token with this name exists for this user any more. Refresh the token list.</source>
        <translation>此用户已不再有使用此名称的令牌。请刷新令牌列表。</translation>
    </message>
    <message>
        <source>The user or token no longer exists. Refresh the list.</source>
        <translation>该用户或令牌已不存在。请刷新列表。</translation>
    </message>
    <message>
        <source>The server answered HTTP 404 Not Found. Check the endpoint URL; a request that is too large also gets this answer from Logto.</source>
        <translation>服务器返回 HTTP 404 Not Found。请检查端点 URL；请求过大时 Logto 也会返回此响应。</translation>
    </message>
    <message>
        <source>A token with this name already exists for this user. Choose another name.</source>
        <translation>此用户已有同名令牌。请另选一个名称。</translation>
    </message>
    <message>
        <source>The server refused the change because it conflicts with existing data (HTTP %1). Refresh and try again.</source>
        <translation>服务器拒绝了此更改，因为它与现有数据冲突（HTTP %1）。请刷新后重试。</translation>
    </message>
    <message>
        <source>This token is not valid: deleted, expired, or its user is suspended.</source>
        <translation>此令牌无效：已删除、已过期，或其用户已被停用。</translation>
    </message>
    <message>
        <source>The Logto server does not know the API indicator. Check the API indicator in the profile.</source>
        <translation>Logto 服务器无法识别该 API 标识符。请检查配置中的 API 标识符。</translation>
    </message>
    <message>
        <source>The Logto server refused the request from this app. For a token test, turn on token exchange for the app in the Logto Console.</source>
        <translation>Logto 服务器拒绝了来自此应用的请求。如需测试令牌，请在 Logto 控制台中为该应用启用令牌交换。</translation>
    </message>
    <message>
        <source>The server refused the request as invalid. Correct the input and try again.</source>
        <translation>服务器认为请求无效并予以拒绝。请更正输入后重试。</translation>
    </message>
    <message>
        <source>The server is receiving too many requests. Wait a minute, then try again.</source>
        <translation>服务器收到的请求过多。请等待一分钟后再试。</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood (%1). Check that the endpoint URL points to a Logto server.</source>
        <translation>无法理解服务器的响应（%1）。请检查端点 URL 是否指向 Logto 服务器。</translation>
    </message>
    <message>
        <source>The Logto server had a problem (HTTP %1). Try again later.</source>
        <translation>Logto 服务器出现问题（HTTP %1）。请稍后重试。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <source>Latchkey does not send credentials over plain HTTP to a remote host. Use an https:// endpoint URL.</source>
        <translation>Latchkey 不会通过明文 HTTP 向远程主机发送凭据。请使用 https:// 端点 URL。</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy does not allow this: %1</source>
        <translation>您所在组织的策略不允许此操作：%1</translation>
    </message>
    <message>
        <source>Your sign-in could not be read from or written to the keychain: %1</source>
        <translation>无法从钥匙串读取或向其写入您的登录信息：%1</translation>
    </message>
    <message>
        <source>You are signed out of this connection. Sign in to go on.</source>
        <translation>您已退出此连接。请登录以继续。</translation>
    </message>
</context>
<context>
    <name>latchkey::AutostartEntry</name>
    <message>
        <source>cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
</context>
<context>
    <name>latchkey::AwsKeyIdDecoder</name>
    <message>
        <source>The key id is not 20 base32 characters.</source>
        <translation>密钥 ID 不是 20 个 base32 字符。</translation>
    </message>
    <message>
        <source>AWS account id</source>
        <translation>AWS 账户 ID</translation>
    </message>
    <message>
        <source>An access key id is not a secret on its own, but its secret access key is usually nearby.</source>
        <translation>访问密钥 ID 本身不是机密，但与之配套的秘密访问密钥通常就在附近。</translation>
    </message>
</context>
<context>
    <name>latchkey::Base62Crc32Checksum</name>
    <message>
        <source>The checksum cannot be checked: the token has the wrong length.</source>
        <translation>无法检查校验和：令牌长度不正确。</translation>
    </message>
    <message>
        <source>The checksum does not match: the token has a typo or is not genuine.</source>
        <translation>校验和不匹配：令牌有输入错误或不是真实令牌。</translation>
    </message>
    <message>
        <source>The CRC-32 checksum matches.</source>
        <translation>CRC-32 校验和匹配。</translation>
    </message>
</context>
<context>
    <name>latchkey::BulkExpiry</name>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <source>“%1”: changed, but its new value is not in the keychain (%2); it is shown now, once.</source>
        <translation>“%1”：已更改，但新值不在钥匙串中（%2）；现在显示一次。</translation>
    </message>
</context>
<context>
    <name>latchkey::BulkRevoke</name>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <source>The user has no token named &quot;%1&quot;.</source>
        <translation>该用户没有名为“%1”的令牌。</translation>
    </message>
    <message>
        <source>The token was deleted, but its value stays in the keychain: %1</source>
        <translation>令牌已删除，但其值仍留在钥匙串中：%1</translation>
    </message>
</context>
<context>
    <name>latchkey::ConnectionCheck</name>
    <message>
        <source>an answer of another shape</source>
        <translation>另一种格式的应答</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>The gateway at %1 runs, but cannot reach its Logto (503). Ask whoever runs it.</source>
        <translation>%1 上的网关在运行，但无法连接到它的 Logto（503）。请联系其运维人员。</translation>
    </message>
    <message>
        <source>The gateway at %1 names no resource indicator: type it in.</source>
        <translation>%1 上的网关未给出资源标识符：请手动输入。</translation>
    </message>
    <message>
        <source>%1 answered (%2), but is not a Logto server: it has no OpenID discovery document at /oidc/.well-known/openid-configuration. Check the Logto endpoint.</source>
        <translation>%1 已应答（%2），但不是 Logto 服务器：/oidc/.well-known/openid-configuration 处没有 OpenID 发现文档。请检查 Logto 端点。</translation>
    </message>
    <message>
        <source>%1 answered (%2), but is not a Latchkey gateway: it has no /healthz and policy of one. Check the gateway URL.</source>
        <translation>%1 已应答（%2），但不是 Latchkey 网关：它没有网关的 /healthz 和策略。请检查网关 URL。</translation>
    </message>
</context>
<context>
    <name>latchkey::ConnectionProblem</name>
    <message>
        <source>Connection refused by %1: nothing accepts connections on that port. Check the endpoint&apos;s host and port, and that the server runs.</source>
        <translation>%1 拒绝了连接：该端口上没有服务接受连接。请检查端点的主机和端口，以及服务器是否在运行。</translation>
    </message>
    <message>
        <source>The name “%1” could not be found (DNS). Check the endpoint&apos;s host name and the network.</source>
        <translation>找不到名称“%1”（DNS）。请检查端点的主机名和网络。</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering. Check that the endpoint is a Logto server and the scheme (http or https) is right.</source>
        <translation>%1 未作应答就关闭了连接。请检查端点是否为 Logto 服务器，以及协议（http 或 https）是否正确。</translation>
    </message>
    <message>
        <source>%1 could not be reached: %2</source>
        <translation>无法连接 %1：%2</translation>
    </message>
    <message>
        <source>%1 did not answer in time (timeout). Check the network and the server.</source>
        <translation>%1 未能及时应答（超时）。请检查网络和服务器。</translation>
    </message>
    <message>
        <source>TLS problem with %1: %2</source>
        <translation>与 %1 的 TLS 问题：%2</translation>
    </message>
    <message>
        <source>%1 refused the app ID or app secret (401). Check both in the profile.</source>
        <translation>%1 拒绝了应用 ID 或应用密钥（401）。请在配置中检查两者。</translation>
    </message>
    <message>
        <source>%1 answered, but: %2</source>
        <translation>%1 已应答，但是：%2</translation>
    </message>
    <message>
        <source>Plain HTTP to %1 is refused: it is not this computer. Use https://, or allow plain HTTP for this connection if the network is yours.</source>
        <translation>拒绝以明文 HTTP 连接 %1：它不是本机。请使用 https://；如果网络归您所有，也可为此连接允许 HTTP。</translation>
    </message>
</context>
<context>
    <name>latchkey::ConnectionProfile</name>
    <message>
        <source>The connection needs a name.</source>
        <translation>连接需要一个名称。</translation>
    </message>
    <message>
        <source>The endpoint must be a URL such as https://tenant.logto.app.</source>
        <translation>端点必须是 URL，例如 https://tenant.logto.app。</translation>
    </message>
    <message>
        <source>The endpoint must start with https:// (or http:// for a local server).</source>
        <translation>端点必须以 https:// 开头（本地服务器可使用 http://）。</translation>
    </message>
    <message>
        <source>The connection needs the app ID of a machine-to-machine application.</source>
        <translation>连接需要机器对机器应用的应用 ID。</translation>
    </message>
    <message>
        <source>The CA certificate file %1 cannot be read.</source>
        <translation>无法读取 CA 证书文件 %1。</translation>
    </message>
    <message>
        <source>The file %1 holds no CA certificate (PEM or DER).</source>
        <translation>文件 %1 中没有 CA 证书（PEM 或 DER）。</translation>
    </message>
    <message>
        <source>The gateway must be a URL such as https://latchkey.example.com.</source>
        <translation>网关必须是类似 https://latchkey.example.com 的 URL。</translation>
    </message>
    <message>
        <source>The connection needs the app ID of the Native application you sign in with.</source>
        <translation>此连接需要您用于登录的原生应用的应用 ID。</translation>
    </message>
    <message>
        <source>The connection needs the gateway&apos;s API resource indicator.</source>
        <translation>此连接需要网关的 API 资源标识符。</translation>
    </message>
</context>
<context>
    <name>latchkey::ConnectionSwitcher</name>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>The Logto tenant Latchkey talks to</source>
        <translation>Latchkey 所连接的 Logto 租户</translation>
    </message>
    <message>
        <source>Manage Connections…</source>
        <translation>管理连接…</translation>
    </message>
    <message>
        <source>C&amp;onnection:</source>
        <translation>连接(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>latchkey::ConnectionsDialog</name>
    <message>
        <source>Replace Secret…</source>
        <translation>替换密钥…</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Allow plain &amp;HTTP to this host</source>
        <translation>允许对此主机使用明文 HTTP(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>已保存的连接</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>移除(&amp;M)…</translation>
    </message>
    <message>
        <source>Machine-to-machine app ID</source>
        <translation>机器对机器应用 ID</translation>
    </message>
    <message>
        <source>App secret</source>
        <translation>应用密钥</translation>
    </message>
    <message>
        <source>API indicator</source>
        <translation>API 标识符</translation>
    </message>
    <message>
        <source>System certificates only</source>
        <translation>仅使用系统证书</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>⚠ Plain HTTP sends the app secret and every token unencrypted. Use it only inside a network you trust.</source>
        <translation>⚠ 明文 HTTP 会以未加密方式发送应用密钥和每个令牌。请仅在你信任的网络内使用。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>App &amp;ID:</source>
        <translation>应用 ID(&amp;I)：</translation>
    </message>
    <message>
        <source>App &amp;secret:</source>
        <translation>应用密钥(&amp;S)：</translation>
    </message>
    <message>
        <source>API &amp;indicator:</source>
        <translation>API 标识符(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;My user:</source>
        <translation>我的用户(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;CA bundle:</source>
        <translation>CA 证书包(&amp;C)：</translation>
    </message>
    <message>
        <source>CA Bundle</source>
        <translation>CA 证书包</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>证书 (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>Shown once in the Logto console</source>
        <translation>仅在 Logto 控制台中显示一次</translation>
    </message>
    <message>
        <source>Stored in your keychain</source>
        <translation>存储在你的钥匙串中</translation>
    </message>
    <message>
        <source>The new app secret</source>
        <translation>新的应用密钥</translation>
    </message>
    <message>
        <source>A connection named “%1” exists already.</source>
        <translation>名为“%1”的连接已存在。</translation>
    </message>
    <message>
        <source>Enter the app secret.</source>
        <translation>请输入应用密钥。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message numerus="yes">
        <source>Connected. The tenant has %n user(s).</source>
        <translation>
            <numerusform>已连接。该租户有 %n 个用户。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Remove Connection</source>
        <translation>移除连接</translation>
    </message>
    <message>
        <source>Remove the connection “%1” and its app secret from your keychain?</source>
        <translation>要移除连接“%1”并从你的钥匙串中删除其应用密钥吗？</translation>
    </message>
    <message>
        <source>The tokens on the server stay as they are.</source>
        <translation>服务器上的令牌保持不变。</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>The user whose tokens “My Tokens” shows</source>
        <translation>“我的令牌”所显示令牌的用户</translation>
    </message>
    <message>
        <source>I manage my own tokens</source>
        <translation>我管理自己的令牌</translation>
    </message>
    <message>
        <source>I administer a tenant</source>
        <translation>我管理一个租户</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>更改(&amp;H)…</translation>
    </message>
    <message>
        <source>What will you do with this connection?</source>
        <translation>您要用这个连接做什么？</translation>
    </message>
    <message>
        <source>See, create and revoke your own tokens. You sign in as yourself in your browser, through your organisation&apos;s Latchkey gateway: there is no secret to type.</source>
        <translation>查看、创建和吊销您自己的令牌。您在浏览器中以本人身份登录，经由组织的 Latchkey 网关：无需输入任何密钥。</translation>
    </message>
    <message>
        <source>Manage the tokens of every user of a Logto tenant, with a machine-to-machine app and its secret.</source>
        <translation>使用机器对机器应用及其密钥，管理 Logto 租户中每个用户的令牌。</translation>
    </message>
    <message>
        <source>Resource indicator</source>
        <translation>资源标识符</translation>
    </message>
    <message>
        <source>Read from the gateway</source>
        <translation>从网关读取</translation>
    </message>
    <message>
        <source>Optional: for signing in without a browser</source>
        <translation>可选：用于无浏览器登录</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation>网关(&amp;G)：</translation>
    </message>
    <message>
        <source>Logto &amp;endpoint:</source>
        <translation>Logto 端点(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Resource indicator:</source>
        <translation>资源标识符(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Device-flow app ID:</source>
        <translation>设备流应用 ID(&amp;D)：</translation>
    </message>
    <message>
        <source>My own tokens, signed in as myself</source>
        <translation>我自己的令牌，以本人身份登录</translation>
    </message>
    <message>
        <source>A tenant&apos;s administration (machine-to-machine app)</source>
        <translation>租户管理（机器对机器应用）</translation>
    </message>
    <message>
        <source>&amp;Native app ID:</source>
        <translation>原生应用 ID(&amp;N)：</translation>
    </message>
    <message>
        <source>The Native app you sign in with</source>
        <translation>您用于登录的原生应用</translation>
    </message>
    <message>
        <source>⚠ Plain HTTP sends your sign-in and every token unencrypted. Use it only inside a network you trust.</source>
        <translation>⚠ 明文 HTTP 会以未加密方式发送您的登录信息和每个令牌。请仅在您信任的网络中使用。</translation>
    </message>
    <message>
        <source>This connection uses plain HTTP to another computer: allow it below, or use https://.</source>
        <translation>此连接以明文 HTTP 连接另一台计算机：请在下方允许，或使用 https://。</translation>
    </message>
    <message>
        <source>Reading the gateway&apos;s policy…</source>
        <translation>正在读取网关的策略…</translation>
    </message>
    <message>
        <source>The gateway&apos;s policy could not be read (%1). Type the resource indicator.</source>
        <translation>无法读取网关的策略（%1）。请输入资源标识符。</translation>
    </message>
    <message>
        <source>The gateway names no resource indicator: type it.</source>
        <translation>网关未给出资源标识符：请输入。</translation>
    </message>
    <message>
        <source>Filled in from the gateway&apos;s policy.</source>
        <translation>已根据网关的策略填写。</translation>
    </message>
    <message>
        <source>Logto and the gateway answer. You sign in from the main window.</source>
        <translation>Logto 和网关均有应答。请在主窗口中登录。</translation>
    </message>
    <message>
        <source>Checking the connection…</source>
        <translation>正在检查连接…</translation>
    </message>
    <message>
        <source>Remove the connection “%1” and your sign-in from your keychain?</source>
        <translation>要从钥匙串中移除连接“%1”及您的登录信息吗？</translation>
    </message>
</context>
<context>
    <name>latchkey::CtlInspect</name>
    <message>
        <source>Give at most one of --jwks, --key and --hmac-secret-stdin.</source>
        <translation>--jwks、--key 和 --hmac-secret-stdin 最多只能指定一个。</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>无法读取标准输入。</translation>
    </message>
    <message>
        <source>With --hmac-secret-stdin the first line of standard input is the secret and the second the token.</source>
        <translation>使用 --hmac-secret-stdin 时，标准输入的第一行是密钥，第二行是令牌。</translation>
    </message>
    <message>
        <source>No token arrived on standard input.</source>
        <translation>标准输入中没有收到令牌。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation>&quot;%1&quot; 不是有效的 URL。</translation>
    </message>
    <message>
        <source>Cannot read the key file &quot;%1&quot;.</source>
        <translation>无法读取密钥文件 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>Cannot fetch the JWKS from %1: %2</source>
        <translation>无法从 %1 获取 JWKS：%2</translation>
    </message>
    <message>
        <source>--online tests Logto personal access tokens (pat_...) only.</source>
        <translation>--online 只能测试 Logto 个人访问令牌（pat_...）。</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>检查发现：</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>格式：%1</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256): %1</source>
        <translation>指纹（SHA-256）：%1</translation>
    </message>
    <message>
        <source>Fields:</source>
        <translation>字段：</translation>
    </message>
    <message>
        <source>Claims:</source>
        <translation>声明：</translation>
    </message>
    <message>
        <source>Signature: valid (%1%2)</source>
        <translation>签名：有效（%1%2）</translation>
    </message>
    <message>
        <source>Signature: REJECTED: %1</source>
        <translation>签名：已拒绝：%1</translation>
    </message>
    <message>
        <source>Signature: not checked: %1</source>
        <translation>签名：未检查：%1</translation>
    </message>
    <message>
        <source>Online test: %1</source>
        <translation>在线测试：%1</translation>
    </message>
    <message>
        <source>HMAC secret (not shown): </source>
        <translation>HMAC 密钥（不显示）：</translation>
    </message>
    <message>
        <source>Token (not shown): </source>
        <translation>令牌（不显示）：</translation>
    </message>
    <message>
        <source>The token belongs to the profile &quot;%1&quot;; --online sends it only to that profile&apos;s server, not to &quot;%2&quot;.</source>
        <translation>该令牌属于配置“%1”；--online 只会把它发送到该配置的服务器，而不是“%2”。</translation>
    </message>
</context>
<context>
    <name>latchkey::DeveloperAccount</name>
    <message>
        <source>The sign-in could not be removed from the keychain: %1</source>
        <translation>无法从钥匙串中删除登录信息：%1</translation>
    </message>
    <message>
        <source>The server could not be told (%1); the sign-in was removed from this computer and ends when it expires.</source>
        <translation>无法通知服务器（%1）；登录信息已从此计算机删除，并将在过期时失效。</translation>
    </message>
</context>
<context>
    <name>latchkey::DeveloperSignIn</name>
    <message>
        <source>Latchkey has your sign-in. You can close this tab and go back to Latchkey.</source>
        <translation>Latchkey 已收到您的登录。您可以关闭此标签页并返回 Latchkey。</translation>
    </message>
    <message>
        <source>The browser&apos;s answer did not belong to this sign-in, so it was not used. Sign in again.</source>
        <translation>浏览器的应答不属于此次登录，因此未被使用。请重新登录。</translation>
    </message>
    <message>
        <source>The server signed you in but gave Latchkey no refresh token. Check that the Native application allows refresh tokens.</source>
        <translation>服务器已让您登录，但没有给 Latchkey 刷新令牌。请检查原生应用是否允许刷新令牌。</translation>
    </message>
    <message>
        <source>The sign-in was not finished in the browser in time. Sign in again.</source>
        <translation>未能及时在浏览器中完成登录。请重新登录。</translation>
    </message>
    <message>
        <source>Latchkey could not wait for the browser on this computer (no free port on 127.0.0.1).</source>
        <translation>Latchkey 无法在此计算机上等待浏览器（127.0.0.1 上没有空闲端口）。</translation>
    </message>
    <message>
        <source>The server does not offer a safe sign-in for apps (PKCE with S256).</source>
        <translation>服务器未提供适用于应用的安全登录（使用 S256 的 PKCE）。</translation>
    </message>
    <message>
        <source>This connection has no device-flow application: add its app ID to the connection first.</source>
        <translation>此连接没有设备流应用：请先将其应用 ID 添加到连接中。</translation>
    </message>
    <message>
        <source>The sign-in was refused.</source>
        <translation>登录被拒绝。</translation>
    </message>
    <message>
        <source>The code expired before it was confirmed. Sign in again.</source>
        <translation>代码在确认前已过期。请重新登录。</translation>
    </message>
    <message>
        <source>The server refused this app: check that the Native application&apos;s ID is right and that its redirect URI is http://127.0.0.1/callback.</source>
        <translation>服务器拒绝了此应用：请检查原生应用的 ID 是否正确，以及其重定向 URI 是否为 http://127.0.0.1/callback。</translation>
    </message>
    <message>
        <source>The server&apos;s sign-in answer could not be used (%1).</source>
        <translation>无法使用服务器的登录应答（%1）。</translation>
    </message>
</context>
<context>
    <name>latchkey::DueRevocation</name>
    <message>
        <source>The old value of &quot;%1&quot; was already revoked.</source>
        <translation>“%1”的旧值已被撤销。</translation>
    </message>
    <message>
        <source>The old value of &quot;%1&quot; was revoked as planned.</source>
        <translation>“%1”的旧值已按计划撤销。</translation>
    </message>
    <message>
        <source>The old value of &quot;%1&quot; was revoked.</source>
        <translation>“%1”的旧值已撤销。</translation>
    </message>
    <message>
        <source>The old value of &quot;%1&quot; is due to be revoked, but that failed: %2</source>
        <translation>“%1”的旧值应当撤销，但撤销失败：%2</translation>
    </message>
</context>
<context>
    <name>latchkey::EntropyEstimator</name>
    <message>
        <source>The text is empty.</source>
        <translation>文本为空。</translation>
    </message>
    <message>
        <source>It contains &quot;xxxx&quot; or an ellipsis, as placeholders do.</source>
        <translation>其中包含 &quot;xxxx&quot; 或省略号，这是占位符的特征。</translation>
    </message>
    <message>
        <source>It is a template placeholder such as &lt;token&gt;.</source>
        <translation>它是模板占位符，例如 &lt;token&gt;。</translation>
    </message>
    <message>
        <source>It contains the word &quot;example&quot;, as documentation samples do.</source>
        <translation>其中包含单词 &quot;example&quot;，这是文档示例的特征。</translation>
    </message>
    <message>
        <source>It reads like &quot;your-token-here&quot;.</source>
        <translation>它读起来像 &quot;your-token-here&quot;。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a placeholder word.</source>
        <translation>&quot;%1&quot; 是占位词。</translation>
    </message>
    <message numerus="yes">
        <source>It repeats one character %n times in a row.</source>
        <translation>
            <numerusform>它连续重复同一个字符 %n 次。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It uses only %n different character(s).</source>
        <translation>
            <numerusform>它只使用了 %n 个不同的字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>lower-case letters</source>
        <translation>小写字母</translation>
    </message>
    <message>
        <source>upper-case letters</source>
        <translation>大写字母</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>symbols</source>
        <translation>符号</translation>
    </message>
    <message>
        <source>spaces</source>
        <translation>空格</translation>
    </message>
    <message>
        <source>non-ASCII bytes</source>
        <translation>非 ASCII 字节</translation>
    </message>
</context>
<context>
    <name>latchkey::ExpiryChooser</name>
    <message>
        <source>7 days</source>
        <translation>7 天</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 天</translation>
    </message>
    <message>
        <source>60 days</source>
        <translation>60 天</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 天</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 年</translation>
    </message>
    <message>
        <source>Custom date…</source>
        <translation>自定义日期…</translation>
    </message>
    <message>
        <source>No expiration</source>
        <translation>永不过期</translation>
    </message>
    <message>
        <source>Expiration</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>Expiration date</source>
        <translation>过期日期</translation>
    </message>
    <message numerus="yes">
        <source>Your policy allows tokens of at most %n day(s)</source>
        <translation>
            <numerusform>你的策略允许令牌最长有效 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>A token that never expires stays valid until someone revokes it. If it leaks, it can be used for as long as nobody notices.</source>
        <translation>永不过期的令牌在被吊销之前一直有效。一旦泄露，只要无人察觉，它就可以一直被使用。</translation>
    </message>
    <message>
        <source>Expires on %1 at %2</source>
        <translation>于 %1 %2 过期</translation>
    </message>
    <message>
        <source>%1 is in the past: choose today or a later day.</source>
        <translation>%1 已是过去的日期：请选择今天或更晚的日期。</translation>
    </message>
    <message numerus="yes">
        <source>Your organisation allows tokens of at most %n day(s), and every token must expire.</source>
        <translation>
            <numerusform>您的组织允许令牌最长有效 %n 天，且每个令牌都必须有过期时间。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your organisation allows tokens of at most %n day(s).</source>
        <translation>
            <numerusform>您的组织允许令牌最长有效 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <source>Your organisation requires every token to expire.</source>
        <translation>您的组织要求每个令牌都必须有过期时间。</translation>
    </message>
</context>
<context>
    <name>latchkey::ExpiryFormatter</name>
    <message>
        <source>never</source>
        <translation>永不</translation>
    </message>
    <message>
        <source>in less than a minute</source>
        <translation>不到一分钟后</translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>%n 分钟后</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>%n 小时后</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n 天后</numerusform>
        </translation>
    </message>
    <message>
        <source>expired just now</source>
        <translation>刚刚过期</translation>
    </message>
    <message numerus="yes">
        <source>expired %n minute(s) ago</source>
        <translation>
            <numerusform>%n 分钟前已过期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n hour(s) ago</source>
        <translation>
            <numerusform>%n 小时前已过期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>%n 天前已过期</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation>永不过期</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>即将过期</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
</context>
<context>
    <name>latchkey::ExpiryNotice</name>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show only expired and soon-expiring tokens</source>
        <translation>仅显示已过期和即将过期的令牌</translation>
    </message>
    <message>
        <source>%1 expired or expire within %2</source>
        <translation>%1 已过期或将在 %2 内过期</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n 个令牌</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::ExpiryReminders</name>
    <message>
        <source>Latchkey is still running</source>
        <translation>Latchkey 仍在运行</translation>
    </message>
    <message>
        <source>It reminds you before your tokens expire. Quit it from its menu in the tray.</source>
        <translation>它会在您的令牌过期前提醒您。可从托盘中的菜单退出。</translation>
    </message>
</context>
<context>
    <name>latchkey::ExpirySpec</name>
    <message>
        <source>%1 days is too far ahead; give at most %2 days.</source>
        <translation>%1 天太久了；最多只能设置 %2 天。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an expiry: give a number of days, a date as YYYY-MM-DD, or &quot;never&quot;.</source>
        <translation>“%1”不是有效的过期时间：请输入天数、YYYY-MM-DD 格式的日期或 &quot;never&quot;。</translation>
    </message>
    <message>
        <source>The expiry date is not a valid date.</source>
        <translation>过期日期不是有效日期。</translation>
    </message>
    <message>
        <source>The expiry time is not valid.</source>
        <translation>过期时间无效。</translation>
    </message>
    <message>
        <source>The expiry must be in the future.</source>
        <translation>过期时间必须在未来。</translation>
    </message>
    <message numerus="yes">
        <source>Tokens that never expire are not allowed; the longest lifetime is %n day(s).</source>
        <translation>
            <numerusform>不允许永不过期的令牌；最长有效期为 %n 天。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The longest allowed lifetime is %n day(s).</source>
        <translation>
            <numerusform>最长允许的有效期为 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>永不</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n 天后</numerusform>
        </translation>
    </message>
    <message>
        <source>at the end of %1</source>
        <translation>%1 当天结束时</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>于 %1</translation>
    </message>
</context>
<context>
    <name>latchkey::FormatDetector</name>
    <message>
        <source>fine-grained personal access token</source>
        <translation>细粒度个人访问令牌</translation>
    </message>
    <message>
        <source>personal access token</source>
        <translation>个人访问令牌</translation>
    </message>
    <message>
        <source>OAuth access token</source>
        <translation>OAuth 访问令牌</translation>
    </message>
    <message>
        <source>GitHub App user-to-server token</source>
        <translation>GitHub App 用户到服务器令牌</translation>
    </message>
    <message>
        <source>GitHub App server-to-server token</source>
        <translation>GitHub App 服务器到服务器令牌</translation>
    </message>
    <message>
        <source>refresh token</source>
        <translation>刷新令牌</translation>
    </message>
    <message>
        <source>access token</source>
        <translation>访问令牌</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API 令牌</translation>
    </message>
    <message>
        <source>rotating bot token (configuration)</source>
        <translation>轮换式 bot 令牌（配置）</translation>
    </message>
    <message>
        <source>rotating user token (configuration)</source>
        <translation>轮换式用户令牌（配置）</translation>
    </message>
    <message>
        <source>configuration refresh token</source>
        <translation>配置刷新令牌</translation>
    </message>
    <message>
        <source>bot token</source>
        <translation>bot 令牌</translation>
    </message>
    <message>
        <source>user token</source>
        <translation>用户令牌</translation>
    </message>
    <message>
        <source>app-level token</source>
        <translation>应用级令牌</translation>
    </message>
    <message>
        <source>legacy workspace app token</source>
        <translation>旧版工作区应用令牌</translation>
    </message>
    <message>
        <source>legacy refresh token</source>
        <translation>旧版刷新令牌</translation>
    </message>
    <message>
        <source>legacy token</source>
        <translation>旧版令牌</translation>
    </message>
    <message>
        <source>legacy session token</source>
        <translation>旧版会话令牌</translation>
    </message>
    <message>
        <source>live secret key</source>
        <translation>live 模式秘密密钥</translation>
    </message>
    <message>
        <source>test secret key</source>
        <translation>test 模式秘密密钥</translation>
    </message>
    <message>
        <source>live restricted key</source>
        <translation>live 模式受限密钥</translation>
    </message>
    <message>
        <source>test restricted key</source>
        <translation>test 模式受限密钥</translation>
    </message>
    <message>
        <source>live publishable key</source>
        <translation>live 模式可发布密钥</translation>
    </message>
    <message>
        <source>test publishable key</source>
        <translation>test 模式可发布密钥</translation>
    </message>
    <message>
        <source>webhook signing secret</source>
        <translation>webhook 签名密钥</translation>
    </message>
    <message>
        <source>long-term access key id</source>
        <translation>长期访问密钥 ID</translation>
    </message>
    <message>
        <source>temporary (STS) access key id</source>
        <translation>临时（STS）访问密钥 ID</translation>
    </message>
    <message>
        <source>STS service bearer token key id</source>
        <translation>STS 服务持有者令牌密钥 ID</translation>
    </message>
    <message>
        <source>context-specific credential key id</source>
        <translation>特定上下文凭据密钥 ID</translation>
    </message>
    <message>
        <source>Character %1 is not allowed in a %2.</source>
        <translation>%2 中不允许使用字符 %1。</translation>
    </message>
    <message>
        <source>A %1 has %2 characters after &quot;%3&quot;; this one has %4.</source>
        <translation>%1 在 &quot;%3&quot; 之后应有 %2 个字符；此令牌有 %4 个。</translation>
    </message>
    <message>
        <source>A %1 has %2 to %3 characters after &quot;%4&quot;; this one has %5.</source>
        <translation>%1 在 &quot;%4&quot; 之后应有 %2 到 %3 个字符；此令牌有 %5 个。</translation>
    </message>
    <message>
        <source>A GitHub fine-grained token is &quot;github_pat_&quot;, 22 letters or digits, &quot;_&quot;, then 59 letters or digits.</source>
        <translation>GitHub 细粒度令牌的格式为 &quot;github_pat_&quot;、22 个字母或数字、&quot;_&quot;，然后是 59 个字母或数字。</translation>
    </message>
    <message>
        <source>unrecognised string</source>
        <translation>无法识别的字符串</translation>
    </message>
    <message>
        <source>Logto personal access token</source>
        <translation>Logto 个人访问令牌</translation>
    </message>
    <message>
        <source>GitHub token</source>
        <translation>GitHub 令牌</translation>
    </message>
    <message>
        <source>GitHub fine-grained personal access token</source>
        <translation>GitHub 细粒度个人访问令牌</translation>
    </message>
    <message>
        <source>npm access token</source>
        <translation>npm 访问令牌</translation>
    </message>
    <message>
        <source>GitLab personal access token (legacy)</source>
        <translation>GitLab 个人访问令牌（旧版）</translation>
    </message>
    <message>
        <source>GitLab personal access token (routable)</source>
        <translation>GitLab 个人访问令牌（可路由）</translation>
    </message>
    <message>
        <source>PyPI API token</source>
        <translation>PyPI API 令牌</translation>
    </message>
    <message>
        <source>Slack token</source>
        <translation>Slack 令牌</translation>
    </message>
    <message>
        <source>Stripe key</source>
        <translation>Stripe 密钥</translation>
    </message>
    <message>
        <source>AWS access key id</source>
        <translation>AWS 访问密钥 ID</translation>
    </message>
    <message>
        <source>JSON Web Token (JWS)</source>
        <translation>JSON Web Token (JWS)</translation>
    </message>
</context>
<context>
    <name>latchkey::GenerateRecovery</name>
    <message>
        <source>Creating the token &quot;%1&quot; was interrupted before the server made it; nothing was created.</source>
        <translation>创建令牌 &quot;%1&quot; 时在服务器创建之前被中断；未创建任何内容。</translation>
    </message>
    <message>
        <source>Creating the token &quot;%1&quot; was interrupted; whether the server made it is checked again at the next start: %2</source>
        <translation>创建令牌 &quot;%1&quot; 时被中断；将在下次启动时再次检查服务器是否已创建该令牌：%2</translation>
    </message>
    <message>
        <source>The token &quot;%1&quot; created before Latchkey stopped is in your keychain.</source>
        <translation>Latchkey 停止前创建的令牌 &quot;%1&quot; 已在你的钥匙串中。</translation>
    </message>
    <message>
        <source>The value of the token &quot;%1&quot;, created before Latchkey stopped, cannot be saved yet: %2</source>
        <translation>暂时无法保存 Latchkey 停止前创建的令牌 &quot;%1&quot; 的值：%2</translation>
    </message>
    <message>
        <source>Recovered: the token &quot;%1&quot; created before Latchkey stopped was saved to your keychain.</source>
        <translation>已恢复：Latchkey 停止前创建的令牌 &quot;%1&quot; 已保存到你的钥匙串中。</translation>
    </message>
</context>
<context>
    <name>latchkey::GenerateTokenDialog</name>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>Generate Token</source>
        <translation>生成令牌</translation>
    </message>
    <message>
        <source>e.g. CI deploy, laptop CLI</source>
        <translation>例如：CI 部署、笔记本 CLI</translation>
    </message>
    <message>
        <source>Token name</source>
        <translation>令牌名称</translation>
    </message>
    <message>
        <source>A new personal access token for &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>为 &lt;b&gt;%1&lt;/b&gt; 生成新的个人访问令牌。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Expires in:</source>
        <translation>过期时间(&amp;E)：</translation>
    </message>
    <message>
        <source>Give it a name that says where it is used.</source>
        <translation>请起一个能说明其用途的名称。</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>正在生成…</translation>
    </message>
    <message>
        <source>A new personal access token for you.</source>
        <translation>为你创建新的个人访问令牌。</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>A name has %1 to %2 characters.</source>
        <translation>名称长度为 %1 到 %2 个字符。</translation>
    </message>
    <message numerus="yes">
        <source>You may hold at most %n token(s).</source>
        <translation>
            <numerusform>您最多可以持有 %n 个令牌。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your organisation wants names of at least %n character(s).</source>
        <translation>
            <numerusform>您的组织要求名称至少包含 %n 个字符。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You already hold %n token(s), the most your organisation allows. Revoke one first.</source>
        <translation>
            <numerusform>您已持有 %n 个令牌，已达到组织允许的上限。请先吊销一个。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::GitLabRoutableDecoder</name>
    <message>
        <source>A routable GitLab token is &quot;glpat-&quot;, a base64url payload, &quot;.&quot;, a 2-character version, &quot;.&quot;, then 9 base36 characters.</source>
        <translation>可路由的 GitLab 令牌格式为 &quot;glpat-&quot;、base64url 载荷、&quot;.&quot;、2 个字符的版本号、&quot;.&quot;，然后是 9 个 base36 字符。</translation>
    </message>
    <message>
        <source>The CRC-32 checksum does not match: the token has a typo or is not genuine.</source>
        <translation>CRC-32 校验和不匹配：令牌有输入错误或不是真实令牌。</translation>
    </message>
    <message>
        <source>The CRC-32 checksum matches.</source>
        <translation>CRC-32 校验和匹配。</translation>
    </message>
    <message>
        <source>Token version</source>
        <translation>令牌版本</translation>
    </message>
    <message>
        <source>The payload length field says %1 characters, but the payload has %2.</source>
        <translation>载荷长度字段为 %1 个字符，但载荷实际有 %2 个。</translation>
    </message>
    <message>
        <source>The payload is not valid base64url.</source>
        <translation>载荷不是有效的 base64url。</translation>
    </message>
    <message>
        <source>The payload&apos;s random part is longer than the payload.</source>
        <translation>载荷的随机部分比载荷本身还长。</translation>
    </message>
    <message>
        <source>Cell id</source>
        <translation>Cell ID</translation>
    </message>
    <message>
        <source>Organization id</source>
        <translation>组织 ID</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>用户 ID</translation>
    </message>
    <message>
        <source>Group id</source>
        <translation>群组 ID</translation>
    </message>
    <message>
        <source>Project id</source>
        <translation>项目 ID</translation>
    </message>
    <message>
        <source>Routing value &quot;%1&quot;</source>
        <translation>路由值 &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>latchkey::InputNormalizer</name>
    <message>
        <source>Removed whitespace around the token.</source>
        <translation>已移除令牌两端的空白。</translation>
    </message>
    <message>
        <source>Removed an &quot;Authorization:&quot; header name.</source>
        <translation>已移除 &quot;Authorization:&quot; 标头名称。</translation>
    </message>
    <message>
        <source>Removed a &quot;Bearer&quot; prefix.</source>
        <translation>已移除 &quot;Bearer&quot; 前缀。</translation>
    </message>
    <message>
        <source>Removed quotes around the token.</source>
        <translation>已移除令牌两端的引号。</translation>
    </message>
    <message>
        <source>Removed line breaks inside the token.</source>
        <translation>已移除令牌内部的换行符。</translation>
    </message>
</context>
<context>
    <name>latchkey::InspectorPage</name>
    <message>
        <source>C&amp;lear</source>
        <translation>清除(&amp;L)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Nothing to inspect yet</source>
        <translation>尚无可检查的内容</translation>
    </message>
    <message>
        <source>Supported: Logto, GitHub, GitLab, npm, PyPI, Slack, Stripe and AWS keys, and any JWT.</source>
        <translation>支持：Logto、GitHub、GitLab、npm、PyPI、Slack、Stripe 和 AWS 密钥，以及任何 JWT。</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n character(s)</source>
        <translation>
            <numerusform>%1 · %n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>Known token</source>
        <translation>已知令牌</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>检查发现</translation>
    </message>
    <message>
        <source>Decoded</source>
        <translation>已解码</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>声明</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>算法</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>密钥 ID</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>&amp;Test Online</source>
        <translation>在线测试(&amp;T)</translation>
    </message>
    <message>
        <source>Paste a token to learn what it is. Nothing leaves this computer unless you press Test Online.</source>
        <translation>粘贴令牌即可了解它是什么。除非您点击“在线测试”，否则任何内容都不会离开这台计算机。</translation>
    </message>
    <message>
        <source>Cached &amp;Token</source>
        <translation>已缓存的令牌(&amp;T)</translation>
    </message>
    <message>
        <source>Inspect a token whose value is cached in your keychain</source>
        <translation>检查其值已缓存在您钥匙串中的令牌</translation>
    </message>
    <message>
        <source>Sends this Logto token to the current connection to see whether it is still accepted</source>
        <translation>将此 Logto 令牌发送到当前连接，以查看它是否仍被接受</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Copy “%1”</source>
        <translation>复制“%1”</translation>
    </message>
    <message>
        <source>Online test</source>
        <translation>在线测试</translation>
    </message>
    <message>
        <source>Valid (%1, the server’s key set)</source>
        <translation>有效（%1，服务器的密钥集）</translation>
    </message>
    <message>
        <source>Send the token to another server?</source>
        <translation>要把令牌发送到另一个服务器吗？</translation>
    </message>
    <message>
        <source>“%1” is a token of the connection “%2”, but Test Online would send it to %3, the server of “%4”.</source>
        <translation>“%1”是连接“%2”的令牌，但在线测试会把它发送到 %3，即“%4”的服务器。</translation>
    </message>
    <message>
        <source>That server did not issue it and cannot vouch for it, and whoever runs it would see the token. Switch to “%1” to test it where it belongs.</source>
        <translation>该服务器并未签发此令牌，无法为其担保，而且运行该服务器的人会看到令牌。请切换到“%1”，在它所属的服务器上测试。</translation>
    </message>
    <message>
        <source>&amp;Send to %1</source>
        <translation>发送到 %1(&amp;S)</translation>
    </message>
</context>
<context>
    <name>latchkey::JwkSet</name>
    <message>
        <source>The key set is not a JSON object.</source>
        <translation>密钥集不是 JSON 对象。</translation>
    </message>
    <message>
        <source>The key set&apos;s &quot;keys&quot; member is not an array.</source>
        <translation>密钥集的 &quot;keys&quot; 成员不是数组。</translation>
    </message>
    <message>
        <source>The JSON is neither a JWK Set nor a JWK.</source>
        <translation>该 JSON 既不是 JWK Set，也不是 JWK。</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>密钥 %1</translation>
    </message>
    <message>
        <source>key &quot;%1&quot;</source>
        <translation>密钥 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an RSA key needs base64url &quot;n&quot; and &quot;e&quot;.</source>
        <translation>RSA 密钥需要 base64url 编码的 &quot;n&quot; 和 &quot;e&quot;。</translation>
    </message>
    <message>
        <source>the curve &quot;%1&quot; is not supported.</source>
        <translation>不支持曲线 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>an EC key on %1 needs &quot;x&quot; and &quot;y&quot; of %2 bytes each.</source>
        <translation>%1 上的 EC 密钥需要各为 %2 字节的 &quot;x&quot; 和 &quot;y&quot;。</translation>
    </message>
    <message>
        <source>an Ed25519 key needs an &quot;x&quot; of 32 bytes.</source>
        <translation>Ed25519 密钥需要 32 字节的 &quot;x&quot;。</translation>
    </message>
    <message>
        <source>a symmetric key needs a base64url &quot;k&quot;.</source>
        <translation>对称密钥需要 base64url 编码的 &quot;k&quot;。</translation>
    </message>
    <message>
        <source>the key type &quot;%1&quot; is not supported.</source>
        <translation>不支持密钥类型 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>OpenSSL rejected the key material.</source>
        <translation>OpenSSL 拒绝了该密钥材料。</translation>
    </message>
    <message>
        <source>its &quot;use&quot; is &quot;%1&quot;, not &quot;sig&quot;.</source>
        <translation>其“use”为“%1”，而不是“sig”。</translation>
    </message>
    <message>
        <source>its &quot;key_ops&quot; do not include &quot;verify&quot;.</source>
        <translation>其“key_ops”不包含“verify”。</translation>
    </message>
    <message>
        <source>a symmetric key from a URL is not used: whoever can fetch it can sign with it.</source>
        <translation>不使用来自 URL 的对称密钥：任何能获取它的人都能用它签名。</translation>
    </message>
</context>
<context>
    <name>latchkey::JwsParser</name>
    <message numerus="yes">
        <source>The token has %n part(s) separated by dots; a compact JWS has exactly 3.</source>
        <translation>
            <numerusform>该令牌有 %n 个以点分隔的部分；紧凑 JWS 必须恰好有 3 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>The header (part 1) is not valid base64url.</source>
        <translation>标头（第 1 部分）不是有效的 base64url。</translation>
    </message>
    <message>
        <source>The header (part 1) is not a JSON object.</source>
        <translation>标头（第 1 部分）不是 JSON 对象。</translation>
    </message>
    <message>
        <source>The payload (part 2) is not valid base64url.</source>
        <translation>载荷（第 2 部分）不是有效的 base64url。</translation>
    </message>
    <message>
        <source>The signature (part 3) is not valid base64url.</source>
        <translation>签名（第 3 部分）不是有效的 base64url。</translation>
    </message>
    <message>
        <source>The header has no &quot;alg&quot; string.</source>
        <translation>标头中没有 &quot;alg&quot; 字符串。</translation>
    </message>
</context>
<context>
    <name>latchkey::JwsVerifier</name>
    <message>
        <source>The token says %1, but the key is %2: it cannot verify %1 signatures.</source>
        <translation>令牌声明使用 %1，但密钥是 %2：它无法验证 %1 签名。</translation>
    </message>
    <message>
        <source>The signature has %1 bytes; %2 with this key needs exactly %3.</source>
        <translation>签名有 %1 字节；使用此密钥的 %2 需要恰好 %3 字节。</translation>
    </message>
    <message>
        <source>The signature does not match: the token was altered or signed with another key.</source>
        <translation>签名不匹配：令牌已被篡改，或使用了其他密钥签名。</translation>
    </message>
    <message>
        <source>OpenSSL could not compute the HMAC.</source>
        <translation>OpenSSL 无法计算 HMAC。</translation>
    </message>
    <message>
        <source>The HMAC key has only %1 bytes; %2 requires at least %3.</source>
        <translation>HMAC 密钥只有 %1 字节；%2 至少需要 %3 字节。</translation>
    </message>
    <message>
        <source>OpenSSL could not read the ECDSA signature.</source>
        <translation>OpenSSL 无法读取 ECDSA 签名。</translation>
    </message>
    <message>
        <source>OpenSSL could not set up the verification.</source>
        <translation>OpenSSL 无法设置验证。</translation>
    </message>
    <message>
        <source>OpenSSL could not set up RSA-PSS.</source>
        <translation>OpenSSL 无法设置 RSA-PSS。</translation>
    </message>
    <message>
        <source>The RSA key has only %1 bits; %2 requires at least 2048.</source>
        <translation>RSA 密钥只有 %1 位；%2 至少需要 2048 位。</translation>
    </message>
    <message>
        <source>The token says %1, but the key is meant for %2.</source>
        <translation>令牌声明使用 %1，但该密钥用于 %2。</translation>
    </message>
    <message>
        <source>The key set has no usable key with id &quot;%1&quot;.</source>
        <translation>密钥集中没有 ID 为 &quot;%1&quot; 的可用密钥。</translation>
    </message>
    <message>
        <source>The key set has no usable keys.</source>
        <translation>密钥集中没有可用的密钥。</translation>
    </message>
    <message>
        <source>The token is unsigned (alg &quot;none&quot;); unsigned tokens are always rejected.</source>
        <translation>该令牌未签名（alg &quot;none&quot;）；未签名的令牌一律拒绝。</translation>
    </message>
    <message>
        <source>The signature algorithm &quot;%1&quot; is not supported.</source>
        <translation>不支持签名算法 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>No key was given, so the signature was not checked.</source>
        <translation>未提供密钥，因此未检查签名。</translation>
    </message>
    <message>
        <source>The PEM text is neither a public key nor a certificate.</source>
        <translation>该 PEM 文本既不是公钥，也不是证书。</translation>
    </message>
    <message>
        <source>The header sets &quot;b64&quot; (RFC 7797): the payload was signed unencoded, which Latchkey does not support, so the token is not accepted.</source>
        <translation>标头设置了“b64”（RFC 7797）：载荷以未编码形式签名，Latchkey 不支持这种方式，因此不接受该令牌。</translation>
    </message>
    <message>
        <source>The header&apos;s &quot;crit&quot; list is malformed (RFC 7515 section 4.1.11), so the token is invalid.</source>
        <translation>标头的“crit”列表格式错误（RFC 7515 第 4.1.11 节），因此该令牌无效。</translation>
    </message>
    <message>
        <source>The header marks %1 as critical: an extension Latchkey does not implement, so the token must be rejected (RFC 7515 section 4.1.11).</source>
        <translation>标头将 %1 标记为关键：这是 Latchkey 未实现的扩展，因此必须拒绝该令牌（RFC 7515 第 4.1.11 节）。</translation>
    </message>
</context>
<context>
    <name>latchkey::KeySourceSelector</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>L&amp;oad</source>
        <translation>加载(&amp;O)</translation>
    </message>
    <message>
        <source>Do not check signatures</source>
        <translation>不检查签名</translation>
    </message>
    <message>
        <source>This connection’s key set</source>
        <translation>此连接的密钥集</translation>
    </message>
    <message>
        <source>JWKS file</source>
        <translation>JWKS 文件</translation>
    </message>
    <message>
        <source>JWKS URL</source>
        <translation>JWKS URL</translation>
    </message>
    <message>
        <source>PEM public key or certificate</source>
        <translation>PEM 公钥或证书</translation>
    </message>
    <message>
        <source>HMAC secret</source>
        <translation>HMAC 密钥</translation>
    </message>
    <message>
        <source>Signature key source</source>
        <translation>签名密钥来源</translation>
    </message>
    <message>
        <source>&amp;Verify signatures with:</source>
        <translation>验证签名使用(&amp;V)：</translation>
    </message>
    <message>
        <source>Type the shared secret.</source>
        <translation>请输入共享密钥。</translation>
    </message>
    <message numerus="yes">
        <source>HMAC secret set (%n byte(s)).</source>
        <translation>
            <numerusform>已设置 HMAC 密钥（%n 字节）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Path of a JSON Web Key Set file</source>
        <translation>JSON Web Key Set 文件的路径</translation>
    </message>
    <message>
        <source>Choose a key set file.</source>
        <translation>请选择密钥集文件。</translation>
    </message>
    <message>
        <source>https://…/jwks</source>
        <translation>https://…/jwks</translation>
    </message>
    <message>
        <source>Type the key set’s URL and press Enter. Only the key set is fetched; the token is not sent.</source>
        <translation>请输入密钥集的 URL 并按回车键。只会获取密钥集，不会发送令牌。</translation>
    </message>
    <message>
        <source>Path of a PEM public key or certificate</source>
        <translation>PEM 公钥或证书的路径</translation>
    </message>
    <message>
        <source>Choose a key or certificate file.</source>
        <translation>请选择密钥或证书文件。</translation>
    </message>
    <message>
        <source>Shared secret</source>
        <translation>共享密钥</translation>
    </message>
    <message>
        <source>Choose a Public Key or Certificate</source>
        <translation>选择公钥或证书</translation>
    </message>
    <message>
        <source>Choose a Key Set</source>
        <translation>选择密钥集</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer *.pub);;All files (*)</source>
        <translation>PEM 文件 (*.pem *.crt *.cer *.pub);;所有文件 (*)</translation>
    </message>
    <message>
        <source>JSON files (*.json *.jwks);;All files (*)</source>
        <translation>JSON 文件 (*.json *.jwks);;所有文件 (*)</translation>
    </message>
    <message>
        <source>No connection is open.</source>
        <translation>没有打开的连接。</translation>
    </message>
    <message>
        <source>Fetching the key set of %1…</source>
        <translation>正在获取 %1 的密钥集…</translation>
    </message>
    <message>
        <source>“%1” is not a URL.</source>
        <translation>“%1”不是 URL。</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>正在获取 %1…</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>请先选择文件。</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>Public key loaded from %1.</source>
        <translation>已从 %1 加载公钥。</translation>
    </message>
    <message>
        <source>%1 holds neither a PEM public key nor a certificate.</source>
        <translation>%1 既不包含 PEM 公钥，也不包含证书。</translation>
    </message>
    <message>
        <source>Not a key set: %1</source>
        <translation>不是密钥集：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) loaded from %1.</source>
        <translation>
            <numerusform>已从 %1 加载 %n 个密钥。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::KeychainSecretStore</name>
    <message>
        <source>System keychain</source>
        <translation>系统钥匙串</translation>
    </message>
    <message>
        <source>the keychain returned a different value</source>
        <translation>钥匙串返回了不同的值</translation>
    </message>
</context>
<context>
    <name>latchkey::LatchkeyApp</name>
    <message>
        <source>The sandbox server did not start: %1</source>
        <translation>沙盒服务器未能启动：%1</translation>
    </message>
    <message>
        <source>The sandbox connection could not be saved: %1</source>
        <translation>无法保存沙盒连接：%1</translation>
    </message>
    <message>
        <source>No system keychain found: the sandbox keeps its secrets in memory, and they are gone when Latchkey quits.</source>
        <translation>未找到系统钥匙串：沙盒将其机密保存在内存中，Latchkey 退出后它们即会消失。</translation>
    </message>
    <message>
        <source>Your keychain is locked. Latchkey keeps connection secrets and token values only there: unlock it to connect.</source>
        <translation>你的钥匙串已锁定。Latchkey 只在其中保存连接机密和令牌值：请解锁后再连接。</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>No system keychain answers (Secret Service). Latchkey keeps connection secrets and token values only there: start one (such as GNOME Keyring or KWallet), then try again.</source>
        <translation>没有系统钥匙串响应（Secret Service）。Latchkey 只在其中保存连接机密和令牌值：请启动一个（如 GNOME Keyring 或 KWallet），然后重试。</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>The keychain did not answer: %1</source>
        <translation>钥匙串没有响应：%1</translation>
    </message>
    <message>
        <source>the gateway&apos;s API resource could not be made</source>
        <translation>无法创建网关的 API 资源</translation>
    </message>
    <message>
        <source>the developer&apos;s sign-in app could not be made</source>
        <translation>无法创建开发者的登录应用</translation>
    </message>
</context>
<context>
    <name>latchkey::MacaroonDecoder</name>
    <message>
        <source>The part after &quot;pypi-&quot; is not valid base64url.</source>
        <translation>&quot;pypi-&quot; 之后的部分不是有效的 base64url。</translation>
    </message>
    <message>
        <source>The token is not a version 2 macaroon.</source>
        <translation>该令牌不是版本 2 的 macaroon。</translation>
    </message>
    <message>
        <source>The macaroon is truncated or malformed.</source>
        <translation>该 macaroon 已被截断或格式错误。</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>The macaroon&apos;s location is not pypi.org.</source>
        <translation>该 macaroon 的位置不是 pypi.org。</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>标识符</translation>
    </message>
    <message>
        <source>%1 (third-party caveat at %2)</source>
        <translation>%1（位于 %2 的第三方 caveat）</translation>
    </message>
    <message>
        <source>Caveat %1</source>
        <translation>Caveat %1</translation>
    </message>
    <message>
        <source>Caveats</source>
        <translation>Caveats</translation>
    </message>
    <message>
        <source>The macaroon&apos;s signature can only be checked by PyPI.</source>
        <translation>该 macaroon 的签名只能由 PyPI 检查。</translation>
    </message>
    <message>
        <source>Valid until %1 (%2)</source>
        <translation>有效期至 %1（%2）</translation>
    </message>
    <message>
        <source>Only for projects %1</source>
        <translation>仅限项目 %1</translation>
    </message>
    <message>
        <source>Only for project ids %1</source>
        <translation>仅限项目 ID %1</translation>
    </message>
    <message>
        <source>Only for the user with id %1</source>
        <translation>仅限 ID 为 %1 的用户</translation>
    </message>
    <message>
        <source>Only for a trusted publisher</source>
        <translation>仅限受信任的发布者</translation>
    </message>
    <message>
        <source>Whole account (all projects)</source>
        <translation>整个账户（所有项目）</translation>
    </message>
</context>
<context>
    <name>latchkey::MainWindow</name>
    <message>
        <source>Latchkey</source>
        <translation>Latchkey</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>导航</translation>
    </message>
    <message>
        <source>My Tokens</source>
        <translation>我的令牌</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>检查器</translation>
    </message>
    <message>
        <source>Manage Connections…</source>
        <translation>管理连接…</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message numerus="yes">
        <source>Clipboard clears in %n s</source>
        <translation>
            <numerusform>剪贴板将在 %n 秒后清除</numerusform>
        </translation>
    </message>
    <message>
        <source>Token on the clipboard until you quit</source>
        <translation>令牌将保留在剪贴板中，直到你退出</translation>
    </message>
    <message>
        <source>Clipboard cleared.</source>
        <translation>剪贴板已清除。</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Add a connection to a Logto tenant to see your tokens.</source>
        <translation>添加一个到 Logto 租户的连接以查看你的令牌。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Manage Connections…</source>
        <translation>管理连接(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;My Tokens</source>
        <translation>我的令牌(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>用户(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Inspector</source>
        <translation>检查器(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation>令牌(&amp;T)</translation>
    </message>
    <message>
        <source>No token list on this page</source>
        <translation>此页面没有令牌列表</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Latchkey</source>
        <translation>关于 Latchkey(&amp;A)</translation>
    </message>
    <message>
        <source>About Latchkey</source>
        <translation>关于 Latchkey</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Latchkey %1&lt;/h3&gt;&lt;p&gt;Personal access tokens for Logto, kept in your keychain.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Latchkey %1&lt;/h3&gt;&lt;p&gt;Logto 个人访问令牌，保存在你的钥匙串中。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>正在处理</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接到 %1…</translation>
    </message>
    <message>
        <source>Cannot open the connection “%1”: %2</source>
        <translation>无法打开连接“%1”：%2</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>已连接到 %1</translation>
    </message>
    <message>
        <source>Choose your own user for this connection to see “My Tokens” (Manage Connections → My user).</source>
        <translation>请为此连接选择你自己的用户，以查看“我的令牌”（管理连接 → 我的用户）。</translation>
    </message>
    <message>
        <source>you</source>
        <translation>你</translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation>%1 出现问题</translation>
    </message>
    <message>
        <source>the server cannot be reached</source>
        <translation>无法连接到服务器</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Back online.</source>
        <translation>已恢复在线。</translation>
    </message>
    <message>
        <source>Could not keep an offline copy of the tokens: %1</source>
        <translation>无法保存令牌的离线副本：%1</translation>
    </message>
    <message>
        <source>Copied “%1”.</source>
        <translation>已复制“%1”。</translation>
    </message>
    <message>
        <source>The value of “%1” cannot be read from the keychain: %2</source>
        <translation>无法从钥匙串读取“%1”的值：%2</translation>
    </message>
    <message>
        <source>Scan Computer</source>
        <translation>扫描计算机</translation>
    </message>
    <message>
        <source>&amp;Scan Computer</source>
        <translation>扫描计算机(&amp;S)</translation>
    </message>
    <message>
        <source>Latchkey &amp;Manual</source>
        <translation>Latchkey 手册(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Sign-in address copied.</source>
        <translation>已复制登录地址。</translation>
    </message>
    <message>
        <source>Sign &amp;In…</source>
        <translation>登录(&amp;I)…</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>Signed out of %1</source>
        <translation>已退出 %1</translation>
    </message>
    <message>
        <source>Signed out of %1.</source>
        <translation>已退出 %1。</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>已以 %2 身份登录 %1。</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>已退出登录</translation>
    </message>
    <message>
        <source>You are signed out of %1</source>
        <translation>您已退出 %1</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>已登录为 %1</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 (user ID %3)</source>
        <translation>已以 %2 身份登录 %1（用户 ID %3）</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Could not change starting at login: %1</source>
        <translation>无法更改登录时启动：%1</translation>
    </message>
</context>
<context>
    <name>latchkey::ManualDialog</name>
    <message>
        <source>Latchkey Manual</source>
        <translation>Latchkey 手册</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手册</translation>
    </message>
</context>
<context>
    <name>latchkey::MemorySecretStore</name>
    <message>
        <source>Memory (this session only)</source>
        <translation>内存（仅限本次会话）</translation>
    </message>
</context>
<context>
    <name>latchkey::NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>latchkey::OfflineBanner</name>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Try to reach the server again (F5)</source>
        <translation>再次尝试连接服务器（F5）</translation>
    </message>
    <message>
        <source>Offline — showing tokens as of %1</source>
        <translation>离线 — 显示截至 %1 的令牌</translation>
    </message>
    <message>
        <source>Offline — no saved copy of the tokens yet</source>
        <translation>离线 — 尚无令牌的已保存副本</translation>
    </message>
    <message>
        <source>Retrying…</source>
        <translation>正在重试…</translation>
    </message>
</context>
<context>
    <name>latchkey::OfflineSnapshot</name>
    <message>
        <source>The offline copy of the token list is damaged (%1).</source>
        <translation>令牌列表的离线副本已损坏（%1）。</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>过大</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation>未知版本</translation>
    </message>
    <message>
        <source>no time of the snapshot</source>
        <translation>缺少快照时间</translation>
    </message>
    <message>
        <source>field %1 missing</source>
        <translation>缺少字段 %1</translation>
    </message>
    <message>
        <source>no token list</source>
        <translation>没有令牌列表</translation>
    </message>
    <message>
        <source>token %1 is malformed</source>
        <translation>令牌 %1 格式错误</translation>
    </message>
    <message>
        <source>The offline copy of the token list could not be saved: %1</source>
        <translation>无法保存令牌列表的离线副本：%1</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <source>There is no offline copy of this token list yet.</source>
        <translation>此令牌列表尚无离线副本。</translation>
    </message>
    <message>
        <source>The offline copy of the token list cannot be read: %1</source>
        <translation>无法读取令牌列表的离线副本：%1</translation>
    </message>
    <message>
        <source>The offline copy of the token list belongs to another connection.</source>
        <translation>令牌列表的离线副本属于另一个连接。</translation>
    </message>
</context>
<context>
    <name>latchkey::OverlapDuration</name>
    <message>
        <source>&quot;%1&quot; is not a duration: use a number and s, m, h or d (&quot;1h&quot;, &quot;7d&quot;), or &quot;no&quot;.</source>
        <translation>“%1”不是时长：请使用数字加 s、m、h 或 d（“1h”、“7d”），或“no”。</translation>
    </message>
    <message numerus="yes">
        <source>The old value can keep working for at most %n day(s).</source>
        <translation>
            <numerusform>旧值最多可继续有效 %n 天。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::PendingSecretStore</name>
    <message>
        <source>Keychain (waiting for it to answer)</source>
        <translation>钥匙串（等待响应）</translation>
    </message>
</context>
<context>
    <name>latchkey::ProfileStore</name>
    <message>
        <source>A connection named &quot;%1&quot; already exists.</source>
        <translation>名为 &quot;%1&quot; 的连接已存在。</translation>
    </message>
</context>
<context>
    <name>latchkey::RelativeTime</name>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n 年</numerusform>
        </translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 分钟</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 秒</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>expires in %1</source>
        <translation>%1后过期</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>%1前已过期</translation>
    </message>
    <message>
        <source>not valid for another %1</source>
        <translation>%1后才生效</translation>
    </message>
    <message>
        <source>valid since %1 ago</source>
        <translation>已生效 %1</translation>
    </message>
    <message>
        <source>issued %1 in the future</source>
        <translation>签发时间晚于当前 %1</translation>
    </message>
    <message>
        <source>issued %1 ago</source>
        <translation>%1前签发</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
</context>
<context>
    <name>latchkey::ReminderLedger</name>
    <message>
        <source>%1 is too large</source>
        <translation>%1 太大</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <source>the reminder record is damaged: %1</source>
        <translation>提醒记录已损坏：%1</translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation>未知版本</translation>
    </message>
    <message>
        <source>a connection without endpoint or user</source>
        <translation>缺少端点或用户的连接</translation>
    </message>
</context>
<context>
    <name>latchkey::ReminderTray</name>
    <message>
        <source>%1 has expired</source>
        <translation>%1 已过期</translation>
    </message>
    <message>
        <source>%1 expires within %2 (%3)</source>
        <translation>%1 将在 %2 内过期（%3）</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Token expired</source>
        <translation>令牌已过期</translation>
    </message>
    <message>
        <source>Token expires soon</source>
        <translation>令牌即将过期</translation>
    </message>
    <message>
        <source>Click to set a new expiry.</source>
        <translation>点击以设置新的过期时间。</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>以及另外 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) need attention</source>
        <translation>
            <numerusform>%n 个令牌需要处理</numerusform>
        </translation>
    </message>
    <message>
        <source>No tokens expire soon</source>
        <translation>没有即将过期的令牌</translation>
    </message>
    <message>
        <source>Open Latchkey</source>
        <translation>打开 Latchkey</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message numerus="yes">
        <source>Expiring within %1: %n token(s)</source>
        <translation>
            <numerusform>%1内到期：%n 个令牌</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — on “%2”</source>
        <comment>token reminder, connection name</comment>
        <translation>%1 — 连接“%2”</translation>
    </message>
</context>
<context>
    <name>latchkey::RetiredTokenLog</name>
    <message>
        <source>The folder for the list of revoked tokens cannot be made.</source>
        <translation>无法创建已撤销令牌列表所在的文件夹。</translation>
    </message>
    <message>
        <source>The list of revoked tokens cannot be written: %1</source>
        <translation>无法写入已撤销令牌列表：%1</translation>
    </message>
</context>
<context>
    <name>latchkey::RevealTokenDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>New token</source>
        <translation>新令牌</translation>
    </message>
    <message>
        <source>New token value</source>
        <translation>新令牌值</translation>
    </message>
    <message>
        <source>Token “%1” is ready</source>
        <translation>令牌“%1”已就绪</translation>
    </message>
    <message>
        <source>Token “%1” has a new value</source>
        <translation>令牌“%1”已有新值</translation>
    </message>
    <message>
        <source>expires on %1</source>
        <translation>于 %1 过期</translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>永不过期</translation>
    </message>
    <message>
        <source>For %1 · %2</source>
        <translation>用户：%1 · %2</translation>
    </message>
    <message>
        <source>The old value has stopped working. Copy the new one now and update every place that uses this token.</source>
        <translation>旧值已失效。请立即复制新值，并更新所有使用此令牌的地方。</translation>
    </message>
    <message>
        <source>Token value</source>
        <translation>令牌值</translation>
    </message>
    <message>
        <source>Copy to the clipboard; it is cleared again after a while</source>
        <translation>复制到剪贴板；一段时间后会自动清除</translation>
    </message>
    <message>
        <source>Saving to your keychain…</source>
        <translation>正在保存到你的钥匙串…</translation>
    </message>
    <message>
        <source>Saved to your keychain.</source>
        <translation>已保存到你的钥匙串。</translation>
    </message>
    <message>
        <source>Not saved to your keychain.</source>
        <translation>未保存到你的钥匙串。</translation>
    </message>
    <message>
        <source>Copy the value before you close.</source>
        <translation>请在关闭前复制该值。</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>Close without copying?</source>
        <translation>不复制就关闭？</translation>
    </message>
    <message>
        <source>Once this window is closed, nobody can show its value again: you would have to set a new expiry (which gives a new value) or generate another token.</source>
        <translation>此窗口关闭后，任何人都无法再显示其值：你将不得不设置新的过期时间（这会生成新值）或生成另一个令牌。</translation>
    </message>
    <message>
        <source>Close &amp;Anyway</source>
        <translation>仍然关闭(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Go Back</source>
        <translation>返回(&amp;G)</translation>
    </message>
    <message>
        <source>Copy it now: Latchkey shows it only this once and keeps one copy in your keychain.</source>
        <translation>请立即复制：Latchkey 只会显示这一次，并在你的钥匙串中保留一份副本。</translation>
    </message>
    <message>
        <source>Not saved: there is no keychain.</source>
        <translation>未保存：没有钥匙串。</translation>
    </message>
    <message>
        <source>Latchkey keeps it in memory until it quits. Copy it now.</source>
        <translation>Latchkey 会将其保存在内存中，直到退出。请立即复制。</translation>
    </message>
    <message>
        <source>You have not copied this token, and it is not saved in your keychain.</source>
        <translation>你尚未复制此令牌，而且它没有保存在你的钥匙串中。</translation>
    </message>
    <message>
        <source>The old value keeps working as “%1” until %2; then Latchkey revokes it. Copy the new one now and update every place that uses this token before then.</source>
        <translation>旧值将以“%1”的名称继续有效至 %2，之后 Latchkey 会撤销它。请立即复制新值，并在此之前更新所有使用此令牌的地方。</translation>
    </message>
</context>
<context>
    <name>latchkey::RevokeAllDialog</name>
    <message>
        <source>&amp;Revoke All</source>
        <translation>全部吊销(&amp;R)</translation>
    </message>
    <message>
        <source>Revoke All Tokens</source>
        <translation>吊销所有令牌</translation>
    </message>
    <message>
        <source>every token of %1</source>
        <translation>%1 的每个令牌</translation>
    </message>
    <message numerus="yes">
        <source>all %n token(s) of %1</source>
        <translation>
            <numerusform>%1 的全部 %n 个令牌</numerusform>
        </translation>
    </message>
    <message>
        <source>This revokes %1 on the server, one by one. Anything using them stops working at once; this cannot be undone.&lt;br&gt;&lt;br&gt;To go on, type &lt;b&gt;%2&lt;/b&gt;:</source>
        <translation>这将在服务器上逐个吊销%1。所有使用它们的地方会立即停止工作；此操作无法撤销。&lt;br&gt;&lt;br&gt;要继续，请输入 &lt;b&gt;%2&lt;/b&gt;：</translation>
    </message>
    <message>
        <source>Username to confirm</source>
        <translation>用于确认的用户名</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Nothing was revoked: %1</source>
        <translation>未吊销任何令牌：%1</translation>
    </message>
    <message>
        <source>%1 has no tokens; nothing was revoked.</source>
        <translation>%1 没有令牌；未吊销任何令牌。</translation>
    </message>
    <message numerus="yes">
        <source>Revoked %1 of %n token(s) of %2.</source>
        <translation>
            <numerusform>已吊销 %2 的 %n 个令牌中的 %1 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be revoked or cleaned up:</source>
        <translation>
            <numerusform>%n 个无法吊销或清理：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::RotationJournal</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The rotation has no valid identifier.</source>
        <translation>此次轮换没有有效的标识符。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>无法删除 %1：%2</translation>
    </message>
    <message>
        <source>The rotation journal %1 cannot be read.</source>
        <translation>无法读取轮换日志 %1。</translation>
    </message>
</context>
<context>
    <name>latchkey::RotationRecovery</name>
    <message>
        <source>Changing the expiry of &quot;%1&quot; was interrupted before a new token was made; the token keeps its value and expiry.</source>
        <translation>更改 &quot;%1&quot; 的过期时间时在创建新令牌之前被中断；该令牌保留原值和原过期时间。</translation>
    </message>
    <message>
        <source>Changing the expiry of &quot;%1&quot; was interrupted, and the token no longer exists on the server.</source>
        <translation>更改 &quot;%1&quot; 的过期时间时被中断，且该令牌在服务器上已不存在。</translation>
    </message>
    <message>
        <source>Changing the expiry of &quot;%1&quot; cannot be finished yet: %2</source>
        <translation>暂时无法完成更改 &quot;%1&quot; 的过期时间：%2</translation>
    </message>
    <message>
        <source>An interrupted change of the expiry of &quot;%1&quot; was finished: the token has a new value, which is in the keychain.</source>
        <translation>已完成先前中断的 &quot;%1&quot; 过期时间更改：该令牌有了新值，新值已保存在钥匙串中。</translation>
    </message>
    <message>
        <source>Changing the expiry of &quot;%1&quot; cannot be finished: %2</source>
        <translation>无法完成更改 &quot;%1&quot; 的过期时间：%2</translation>
    </message>
    <message>
        <source>Changing the expiry of &quot;%1&quot; could not be finished (%2); the token keeps its value and expiry.</source>
        <translation>无法完成更改 &quot;%1&quot; 的过期时间（%2）；该令牌保留原值和原过期时间。</translation>
    </message>
    <message>
        <source>The token &quot;%1&quot; was removed, and its replacement could not be made: %2</source>
        <translation>令牌 &quot;%1&quot; 已被删除，且无法创建其替代令牌：%2</translation>
    </message>
    <message>
        <source>An interrupted change of the expiry of &quot;%1&quot; was finished: the token has a new value, which is in the keychain; the old value keeps working as &quot;%2&quot; until %3.</source>
        <translation>已完成被中断的“%1”过期时间更改：令牌有了新值，已保存在钥匙串中；旧值将以“%2”的名称继续有效至 %3。</translation>
    </message>
</context>
<context>
    <name>latchkey::ScanFinding</name>
    <message>
        <source>an unknown %1</source>
        <translation>未知令牌：%1</translation>
    </message>
    <message>
        <source>a token cached for %1 that no list names</source>
        <translation>为 %1 缓存、但不在任何列表中的令牌</translation>
    </message>
    <message>
        <source>&quot;%1&quot; on %2</source>
        <translation>%2 上的“%1”</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1（已过期）</translation>
    </message>
    <message>
        <source>%1 (revoked)</source>
        <translation>%1（已撤销）</translation>
    </message>
</context>
<context>
    <name>latchkey::ScanPage</name>
    <message>
        <source>&amp;Scan This Computer</source>
        <translation>扫描这台计算机(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Looks for copies of the tokens Latchkey knows in the files and folders below, so that you know what breaks before you revoke or rotate one. Tokens are compared by fingerprint: no value is shown, kept or sent anywhere.</source>
        <translation>在下方的文件和文件夹中查找 Latchkey 已知令牌的副本，让您在撤销或轮换令牌之前就知道哪些地方会失效。令牌按指纹比较：任何值都不会被显示、保存或发送。</translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation>正在扫描</translation>
    </message>
    <message>
        <source>This computer has not been scanned yet.</source>
        <translation>尚未扫描这台计算机。</translation>
    </message>
    <message>
        <source>Where tokens were found</source>
        <translation>令牌的发现位置</translation>
    </message>
    <message>
        <source>Places to look in</source>
        <translation>要查找的位置</translation>
    </message>
    <message>
        <source>Files are read up to 8 MiB; binary files, links out of a folder and git&apos;s object store are left alone. “~” is your home folder.</source>
        <translation>最多读取 8 MiB 的文件；二进制文件、指向文件夹之外的链接以及 git 的对象存储都会跳过。“~”表示您的主文件夹。</translation>
    </message>
    <message>
        <source>Gathering the tokens Latchkey knows…</source>
        <translation>正在收集 Latchkey 已知的令牌…</translation>
    </message>
    <message numerus="yes">
        <source>Scanning: %n file(s) read</source>
        <translation>
            <numerusform>正在扫描：已读取 %n 个文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copies found so far.</source>
        <translation>
            <numerusform>目前已找到 %n 个副本。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scan cancelled after %n file(s).</source>
        <translation>
            <numerusform>扫描在读取 %n 个文件后已取消。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scanned %n file(s) at %1.</source>
        <translation>
            <numerusform>已于 %1 扫描 %n 个文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>No token found.</source>
        <translation>未找到令牌。</translation>
    </message>
    <message numerus="yes">
        <source>%n copies found.</source>
        <translation>
            <numerusform>找到 %n 个副本。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) skipped.</source>
        <translation>
            <numerusform>跳过了 %n 个文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoked or expired tokens: %n copies found. Whatever reads them no longer works; replace them with a current token.</source>
        <translation>
            <numerusform>已撤销或已过期的令牌：找到 %n 个副本。读取它们的程序已无法工作；请用有效的令牌替换。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::ScanPlacesEditor</name>
    <message>
        <source>Add &amp;Folder…</source>
        <translation>添加文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Add F&amp;ile…</source>
        <translation>添加文件(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>恢复默认(&amp;D)</translation>
    </message>
    <message>
        <source>Places to scan</source>
        <translation>要扫描的位置</translation>
    </message>
    <message>
        <source>A project folder: its .env files and the like are read, everything in it that is text.</source>
        <translation>项目文件夹：会读取其中的 .env 等文件，即其中所有文本文件。</translation>
    </message>
    <message>
        <source>Add a Folder to Scan</source>
        <translation>添加要扫描的文件夹</translation>
    </message>
    <message>
        <source>Add a File to Scan</source>
        <translation>添加要扫描的文件</translation>
    </message>
</context>
<context>
    <name>latchkey::ScanResultModel</name>
    <message>
        <source>Unknown token</source>
        <translation>未知令牌</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Line %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <source>%1, a token of %2</source>
        <translation>%1，%2 的令牌</translation>
    </message>
    <message>
        <source>This copy no longer works: replace it with a current token, or delete it.</source>
        <translation>此副本已失效：请用有效的令牌替换，或将其删除。</translation>
    </message>
    <message>
        <source>Latchkey does not know this token: if it is a leak, revoke it where it was made.</source>
        <translation>Latchkey 不认识此令牌：如果这是泄露，请在创建它的地方撤销它。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Line:Column</source>
        <translation>行:列</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>latchkey::ScanSkip</name>
    <message>
        <source>over the size limit</source>
        <translation>超过大小上限</translation>
    </message>
    <message>
        <source>not a text file</source>
        <translation>不是文本文件</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>a link out of the folder</source>
        <translation>指向文件夹外的链接</translation>
    </message>
</context>
<context>
    <name>latchkey::Screenshotter</name>
    <message>
        <source>The keychain is locked.</source>
        <translation>钥匙串已锁定。</translation>
    </message>
</context>
<context>
    <name>latchkey::SecretStore</name>
    <message>
        <source>The keychain has no such entry.</source>
        <translation>钥匙串中没有此条目。</translation>
    </message>
    <message>
        <source>No keychain service is available. Start your desktop&apos;s keyring (for example GNOME Keyring or KWallet) and try again.</source>
        <translation>没有可用的钥匙串服务。请启动桌面的密钥环（例如 GNOME Keyring 或 KWallet）后重试。</translation>
    </message>
    <message>
        <source>The keychain is locked. Unlock it in your desktop&apos;s keyring and try again.</source>
        <translation>钥匙串已锁定。请在桌面的密钥环中将其解锁后重试。</translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Allow Latchkey to use the keyring and try again.</source>
        <translation>访问钥匙串被拒绝。请允许 Latchkey 使用密钥环后重试。</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>钥匙串报告了一个错误。</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>钥匙串报告了一个错误：%1</translation>
    </message>
</context>
<context>
    <name>latchkey::SessionFactory</name>
    <message>
        <source>There is no saved connection named “%1”.</source>
        <translation>没有名为“%1”的已保存连接。</translation>
    </message>
</context>
<context>
    <name>latchkey::SetExpiryDialog</name>
    <message>
        <source>&amp;Rotate Token</source>
        <translation>轮换令牌(&amp;R)</translation>
    </message>
    <message>
        <source>Set Expiry</source>
        <translation>设置过期时间</translation>
    </message>
    <message>
        <source>Token &lt;b&gt;%1&lt;/b&gt; of %2</source>
        <translation>%2 的令牌 &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>never</source>
        <translation>永不</translation>
    </message>
    <message>
        <source>Currently expires:</source>
        <translation>当前过期时间：</translation>
    </message>
    <message>
        <source>New &amp;expiry:</source>
        <translation>新的过期时间(&amp;E)：</translation>
    </message>
    <message>
        <source>Rotating…</source>
        <translation>正在轮换…</translation>
    </message>
    <message>
        <source>No, revoke it at once</source>
        <translation>否，立即撤销</translation>
    </message>
    <message>
        <source>&amp;Keep the old token working for:</source>
        <translation>旧令牌继续有效时长(&amp;K)：</translation>
    </message>
    <message>
        <source>Logto cannot change the expiry of an existing token. Latchkey creates a new token with the same name and the new expiry. &lt;b&gt;The token value changes&lt;/b&gt;: you will see the new value once.</source>
        <translation>Logto 无法更改现有令牌的过期时间。Latchkey 会创建一个同名、使用新过期时间的新令牌。&lt;b&gt;令牌值会改变&lt;/b&gt;：新值只显示一次。</translation>
    </message>
    <message>
        <source>The old value stops working at once.</source>
        <translation>旧值立即失效。</translation>
    </message>
    <message>
        <source>The old value keeps working for %1, renamed “(replaced …)”; then Latchkey revokes it.</source>
        <translation>旧值将继续有效 %1，并重命名为“(replaced …)”；之后 Latchkey 会撤销它。</translation>
    </message>
    <message numerus="yes">
        <source>%n tokens of %1, each rotated in turn:</source>
        <translation>
            <numerusform>%1 的 %n 个令牌，将逐个轮换：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Rotate %n Tokens</source>
        <translation>
            <numerusform>轮换 %n 个令牌(&amp;R)</numerusform>
        </translation>
    </message>
    <message>
        <source>Logto cannot change the expiry of an existing token. Latchkey creates a new token for each, with the same name and the new expiry. &lt;b&gt;Their values change&lt;/b&gt;: the new ones go to your keychain, to copy from the table.</source>
        <translation>Logto 无法更改现有令牌的过期时间。Latchkey 会为每个令牌创建一个同名、使用新过期时间的新令牌。&lt;b&gt;它们的值会改变&lt;/b&gt;：新值保存在钥匙串中，可从表格中复制。</translation>
    </message>
</context>
<context>
    <name>latchkey::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Never (clear at quit)</source>
        <translation>永不（退出时清除）</translation>
    </message>
    <message>
        <source>Clear the clipboard after</source>
        <translation>在此时间后清除剪贴板</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>无限制</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>跟随系统（%1）</translation>
    </message>
    <message>
        <source>A new language applies the next time Latchkey starts.</source>
        <translation>新语言将在 Latchkey 下次启动时生效。</translation>
    </message>
    <message>
        <source>&amp;Clear copied tokens after:</source>
        <translation>已复制令牌的清除时间(&amp;C)：</translation>
    </message>
    <message>
        <source>Tokens are &amp;expiring soon within:</source>
        <translation>即将过期的判定期限(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Longest lifetime for new tokens:</source>
        <translation>新令牌的最长有效期(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Start at login, in the tray</source>
        <translation>登录时在托盘中启动(&amp;S)</translation>
    </message>
    <message>
        <source>No reminders</source>
        <translation>不提醒</translation>
    </message>
    <message>
        <source>Days before a token expires at which Latchkey reminds you, e.g. &quot;14, 7, 1&quot;. Empty: no reminders.</source>
        <translation>在令牌过期前多少天提醒您，例如“14, 7, 1”。留空：不提醒。</translation>
    </message>
    <message>
        <source>Latchkey starts in the system tray when you log in, to remind you of tokens that expire.</source>
        <translation>登录时 Latchkey 在系统托盘中启动，提醒您即将过期的令牌。</translation>
    </message>
    <message>
        <source>&amp;Remind before expiry (days):</source>
        <translation>过期前提醒（天）(&amp;R)：</translation>
    </message>
    <message>
        <source>Whole days from 1 to %1, separated by commas (at most %2).</source>
        <translation>1 到 %1 之间的整数天数，用逗号分隔（最多 %2 个）。</translation>
    </message>
    <message>
        <source>Places the where-used scan looks in</source>
        <translation>使用位置扫描所查找的位置</translation>
    </message>
</context>
<context>
    <name>latchkey::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>latchkey::SignInPanel</name>
    <message>
        <source>&amp;Sign In…</source>
        <translation>登录(&amp;S)…</translation>
    </message>
    <message>
        <source>Copy Address</source>
        <translation>复制地址</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Sign in with your browser</source>
        <translation>使用浏览器登录</translation>
    </message>
    <message>
        <source>Copy the sign-in address, to open it in a browser yourself</source>
        <translation>复制登录地址，以便自行在浏览器中打开</translation>
    </message>
    <message>
        <source>You are signed out of %1</source>
        <translation>您已退出 %1</translation>
    </message>
    <message>
        <source>Sign in with your browser to see and manage your tokens. Token values kept in your keychain stay, and can still be copied.</source>
        <translation>请使用浏览器登录以查看和管理您的令牌。保存在钥匙串中的令牌值会保留，仍可复制。</translation>
    </message>
    <message>
        <source>Waiting for your browser…</source>
        <translation>正在等待浏览器…</translation>
    </message>
    <message>
        <source>Sign in to %1 in the browser window that opened, then come back here. If no browser opened, copy the address and open it in one.</source>
        <translation>请在已打开的浏览器窗口中登录 %1，然后返回此处。如果没有打开浏览器，请复制地址并在浏览器中打开。</translation>
    </message>
</context>
<context>
    <name>latchkey::SmallFileReader</name>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large (more than %2 KiB).</source>
        <translation>“%1”太大（超过 %2 KiB）。</translation>
    </message>
</context>
<context>
    <name>latchkey::TokenCache</name>
    <message>
        <source>The token cannot be cached: its fingerprint is invalid.</source>
        <translation>无法缓存该令牌：其指纹无效。</translation>
    </message>
</context>
<context>
    <name>latchkey::TokenError</name>
    <message>
        <source>There is no user with the ID &quot;%1&quot;.</source>
        <translation>不存在 ID 为 &quot;%1&quot; 的用户。</translation>
    </message>
    <message>
        <source>The user has no token named &quot;%1&quot;.</source>
        <translation>该用户没有名为 &quot;%1&quot; 的令牌。</translation>
    </message>
    <message>
        <source>The user already has a token named &quot;%1&quot;.</source>
        <translation>该用户已有名为 &quot;%1&quot; 的令牌。</translation>
    </message>
</context>
<context>
    <name>latchkey::TokenExchanger</name>
    <message>
        <source>The token &quot;%1&quot; expired on %2, so Logto no longer accepts it. Give it a new expiry or make a new token.</source>
        <translation>令牌“%1”已于 %2 过期，Logto 不再接受它。请为其设置新的过期时间，或新建一个令牌。</translation>
    </message>
    <message>
        <source>The keychain holds no value for &quot;%1&quot;: Latchkey keeps the values of the tokens it made on this computer only. Make a new token to use it here.</source>
        <translation>钥匙串中没有“%1”的值：Latchkey 只保存在这台电脑上创建的令牌的值。请新建一个令牌以在此使用。</translation>
    </message>
    <message>
        <source>The token &quot;%1&quot; was revoked on %2; Logto no longer accepts it. Make a new token, and replace the old one wherever it is used.</source>
        <translation>令牌“%1”已于 %2 被撤销，Logto 不再接受它。请新建一个令牌，并在所有使用旧令牌的地方替换它。</translation>
    </message>
    <message>
        <source>The token &quot;%1&quot; is no longer on the server (it was there on %2): it was revoked. Make a new token, and replace the old one wherever it is used.</source>
        <translation>令牌“%1”已不在服务器上（%2 时还在）：它已被撤销。请新建一个令牌，并在所有使用旧令牌的地方替换它。</translation>
    </message>
    <message>
        <source>Latchkey knows no token named &quot;%1&quot; of user %2 on %3: it is not on the server and was never in a list Latchkey saw. Check the name in the token list.</source>
        <translation>Latchkey 不知道 %3 上用户 %2 名为“%1”的令牌：它不在服务器上，也从未出现在 Latchkey 见过的列表中。请在令牌列表中核对名称。</translation>
    </message>
    <message>
        <source>Logto refused the token &quot;%1&quot; although %2 lists it and it has not expired: it may have been revoked a moment ago, or its user is suspended. Refresh the token list and try again.</source>
        <translation>尽管 %2 列出了令牌“%1”且它未过期，Logto 仍拒绝了它：它可能刚刚被撤销，或其用户已被停用。请刷新令牌列表后重试。</translation>
    </message>
    <message>
        <source>Logto does not know the API resource &quot;%1&quot;. Check its indicator under API resources in the Logto Console.</source>
        <translation>Logto 不认识 API 资源“%1”。请在 Logto 控制台的“API 资源”中核对其标识符。</translation>
    </message>
    <message>
        <source>Token exchange is switched off for the app %1 of %2. In the Logto Console, open Applications, choose that app and switch on token exchange (customClientMetadata.allowTokenExchange).</source>
        <translation>%2 的应用 %1 未开启令牌交换。请在 Logto 控制台中打开“应用程序”，选择该应用并开启令牌交换（customClientMetadata.allowTokenExchange）。</translation>
    </message>
</context>
<context>
    <name>latchkey::TokenInspector</name>
    <message>
        <source>There is nothing to inspect.</source>
        <translation>没有可检查的内容。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Looks like a placeholder: %1</source>
        <translation>看起来像占位符：%1</translation>
    </message>
    <message>
        <source>Has the shape of a %1, but looks like a placeholder.</source>
        <translation>具有 %1 的格式，但看起来像占位符。</translation>
    </message>
    <message>
        <source>Starts like a %1, but is malformed.</source>
        <translation>开头像 %1，但格式错误。</translation>
    </message>
    <message>
        <source>Looks like a %1, but the checksum does not match.</source>
        <translation>看起来像 %1，但校验和不匹配。</translation>
    </message>
    <message>
        <source>Looks like a %1, but it does not decode.</source>
        <translation>看起来像 %1，但无法解码。</translation>
    </message>
    <message>
        <source>A well-formed %1 (%2) with a matching checksum.</source>
        <translation>格式正确的 %1（%2），校验和匹配。</translation>
    </message>
    <message>
        <source>Looks like a Logto personal access token.</source>
        <translation>看起来像 Logto 个人访问令牌。</translation>
    </message>
    <message>
        <source>Looks like a %1 (%2).</source>
        <translation>看起来像 %1（%2）。</translation>
    </message>
    <message>
        <source>This format has no public checksum: only its shape was checked.</source>
        <translation>此格式没有公开的校验和：仅检查了其格式。</translation>
    </message>
    <message>
        <source>Other services use the &quot;pat_&quot; prefix too.</source>
        <translation>其他服务也使用 &quot;pat_&quot; 前缀。</translation>
    </message>
    <message>
        <source>This is a LIVE Stripe %1: it can move real money. If it was shared, roll it in the Stripe dashboard now.</source>
        <translation>这是 Stripe 的 LIVE %1：它可以转移真实资金。如果它曾被分享，请立即在 Stripe 控制台中轮换它。</translation>
    </message>
    <message>
        <source>A live Stripe %1: handle with great care.</source>
        <translation>Stripe 的 live %1：请务必谨慎处理。</translation>
    </message>
    <message>
        <source>Publishable keys are meant to be public.</source>
        <translation>可发布密钥本就是公开的。</translation>
    </message>
    <message>
        <source>Looks like a JWT, but it is malformed.</source>
        <translation>看起来像 JWT，但格式错误。</translation>
    </message>
    <message>
        <source>Header &quot;%1&quot;</source>
        <translation>标头 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>载荷</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s), not a JSON object</source>
        <translation>
            <numerusform>%n 字节，不是 JSON 对象</numerusform>
        </translation>
    </message>
    <message>
        <source>A JWT whose signature is rejected.</source>
        <translation>签名被拒绝的 JWT。</translation>
    </message>
    <message>
        <source>The token has expired (%1).</source>
        <translation>该令牌已过期（%1）。</translation>
    </message>
    <message>
        <source>The token is not valid yet (%1).</source>
        <translation>该令牌尚未生效（%1）。</translation>
    </message>
    <message>
        <source>A decoded JWT; its signature was not checked.</source>
        <translation>已解码的 JWT；未检查其签名。</translation>
    </message>
    <message>
        <source>The %1 signature is valid.</source>
        <translation>%1 签名有效。</translation>
    </message>
    <message>
        <source>A JWT with a valid %1 signature.</source>
        <translation>具有有效 %1 签名的 JWT。</translation>
    </message>
    <message>
        <source>A JWT that has expired.</source>
        <translation>已过期的 JWT。</translation>
    </message>
    <message>
        <source>A JWT that is not valid yet.</source>
        <translation>尚未生效的 JWT。</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>字符</translation>
    </message>
    <message>
        <source>Estimated entropy</source>
        <translation>估计熵</translation>
    </message>
    <message>
        <source>%1 bits (%2 bits per character)</source>
        <translation>%1 位（每字符 %2 位）</translation>
    </message>
    <message>
        <source>This looks like a placeholder, not a real token.</source>
        <translation>这看起来是占位符，而不是真实令牌。</translation>
    </message>
    <message>
        <source>With about %1 bits of entropy this would be a weak secret.</source>
        <translation>熵仅约 %1 位，作为机密信息强度较弱。</translation>
    </message>
    <message>
        <source>Not a token format Latchkey knows.</source>
        <translation>不是 Latchkey 认识的令牌格式。</translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>永不过期</translation>
    </message>
    <message>
        <source>cached in your keychain</source>
        <translation>已缓存在你的钥匙串中</translation>
    </message>
    <message>
        <source>not cached in your keychain</source>
        <translation>未缓存在你的钥匙串中</translation>
    </message>
    <message>
        <source>This token has expired.</source>
        <translation>此令牌已过期。</translation>
    </message>
    <message>
        <source>A JWT with a critical header Latchkey cannot honour.</source>
        <translation>带有 Latchkey 无法遵循的关键标头的 JWT。</translation>
    </message>
    <message>
        <source>The &quot;%1&quot; claim is not a number of seconds (RFC 7519 NumericDate).</source>
        <translation>声明“%1”不是秒数（RFC 7519 NumericDate）。</translation>
    </message>
    <message>
        <source>A JWT whose time claims cannot be read.</source>
        <translation>时间声明无法读取的 JWT。</translation>
    </message>
    <message>
        <source>This reads like ordinary text rather than a secret, so no entropy is estimated.</source>
        <translation>这看起来像普通文本而不是机密，因此不估算熵。</translation>
    </message>
    <message>
        <source>“%1”, your Logto personal access token.</source>
        <translation>“%1”，你的 Logto 个人访问令牌。</translation>
    </message>
    <message>
        <source>“%1”, your token.</source>
        <translation>“%1”，你的令牌。</translation>
    </message>
    <message>
        <source>“%1”, a Logto personal access token of %2.</source>
        <translation>“%1”，%2 的 Logto 个人访问令牌。</translation>
    </message>
    <message>
        <source>“%1”, a token of %2.</source>
        <translation>“%1”，%2 的令牌。</translation>
    </message>
    <message>
        <source>“%1”, a Logto personal access token.</source>
        <translation>“%1”，一个 Logto 个人访问令牌。</translation>
    </message>
    <message>
        <source>“%1”, a token Latchkey knows.</source>
        <translation>“%1”，Latchkey 已知的令牌。</translation>
    </message>
    <message>
        <source>On the connection “%1”; %2; %3.</source>
        <translation>位于连接“%1”；%2；%3。</translation>
    </message>
</context>
<context>
    <name>latchkey::TokenListModel</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>A copy of the value is kept in your system keychain.</source>
        <translation>该值的一份副本保存在你的系统钥匙串中。</translation>
    </message>
    <message>
        <source>Latchkey has no copy of this token&apos;s value.</source>
        <translation>Latchkey 没有此令牌值的副本。</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256): %1</source>
        <translation>指纹（SHA-256）：%1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Cached</source>
        <translation>已缓存</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 及另外 %n 处</numerusform>
        </translation>
    </message>
    <message>
        <source>Found by the last scan in:</source>
        <translation>上次扫描发现于：</translation>
    </message>
    <message>
        <source>Where Used</source>
        <translation>使用位置</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <comment>%1: a relative time such as &quot;in 5 hours&quot;</comment>
        <translation>%1撤销</translation>
    </message>
    <message>
        <source>revocation due</source>
        <translation>待撤销</translation>
    </message>
    <message>
        <source>Replaced by a new value; this old one keeps working until %1, then Latchkey revokes it.</source>
        <translation>已被新值替换；此旧值继续有效至 %1，之后 Latchkey 会撤销它。</translation>
    </message>
</context>
<context>
    <name>latchkey::TokenNameDelegate</name>
    <message>
        <source>Token name</source>
        <translation>令牌名称</translation>
    </message>
</context>
<context>
    <name>latchkey::TokenNameValidator</name>
    <message>
        <source>Enter a name for the token.</source>
        <translation>请输入令牌名称。</translation>
    </message>
    <message>
        <source>The name is %1 characters long; the server accepts at most %2.</source>
        <translation>名称长度为 %1 个字符；服务器最多接受 %2 个。</translation>
    </message>
    <message>
        <source>You already have a token with this name.</source>
        <translation>你已有同名的令牌。</translation>
    </message>
    <message>
        <source>%1 already has a token with this name.</source>
        <translation>%1 已有同名的令牌。</translation>
    </message>
    <message>
        <source>Only the case differs from “%1”, which already exists.</source>
        <translation>与已存在的“%1”仅大小写不同。</translation>
    </message>
    <message>
        <source>At the limit: the server accepts at most %1 characters.</source>
        <translation>已达上限：服务器最多接受 %1 个字符。</translation>
    </message>
    <message>
        <source>The spaces at the start and end will be left out.</source>
        <translation>开头和结尾的空格将被去掉。</translation>
    </message>
</context>
<context>
    <name>latchkey::TokenNoteDialog</name>
    <message>
        <source>&amp;Save Note</source>
        <translation>保存备注(&amp;S)</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>编辑备注</translation>
    </message>
    <message>
        <source>Note on &lt;b&gt;%1&lt;/b&gt;: what it is for, where it is used. It is kept on this computer only.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 的备注：它的用途、在哪里使用。备注只保存在这台计算机上。</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>latchkey::TokenNotes</name>
    <message>
        <source>The notes file %1 cannot be used: %2 It is left as it is; until it is repaired or moved away, notes cannot be changed.</source>
        <translation>无法使用备注文件 %1：%2 该文件保持原样；在修复或移走它之前，无法更改备注。</translation>
    </message>
    <message numerus="yes">
        <source>it is larger than %n MiB.</source>
        <translation>
            <numerusform>它大于 %n MiB。</numerusform>
        </translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2).</source>
        <translation>它不是有效的 JSON（%1，位于字节 %2）。</translation>
    </message>
    <message>
        <source>it is not a version %1 notes file.</source>
        <translation>它不是版本 %1 的备注文件。</translation>
    </message>
    <message>
        <source>note %1 of %2 is incomplete or too long.</source>
        <translation>第 %1 条备注（共 %2 条）不完整或过长。</translation>
    </message>
    <message>
        <source>The notes file %1 cannot be written: %2</source>
        <translation>无法写入备注文件 %1：%2</translation>
    </message>
    <message>
        <source>The folder for the notes file %1 cannot be made.</source>
        <translation>无法创建备注文件 %1 所在的文件夹。</translation>
    </message>
    <message>
        <source>The notes file %1 is being written by another Latchkey; try again.</source>
        <translation>另一个 Latchkey 正在写入备注文件 %1；请重试。</translation>
    </message>
    <message>
        <source>A note needs a token that Latchkey can recognise (its fingerprint); this one has none.</source>
        <translation>备注需要 Latchkey 能识别的令牌（其指纹）；此令牌没有指纹。</translation>
    </message>
    <message numerus="yes">
        <source>A note may be at most %n character(s) long.</source>
        <translation>
            <numerusform>备注最多 %n 个字符。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::TokenOnlineTester</name>
    <message>
        <source>This token is not valid on %1: deleted, expired, or its user is suspended.</source>
        <translation>此令牌在 %1 上无效：已删除、已过期，或其用户已被停用。</translation>
    </message>
    <message>
        <source>%1 accepted the token, but its answer does not verify against the server&apos;s keys: %2</source>
        <translation>%1 接受了该令牌，但其响应无法通过服务器密钥的验证：%2</translation>
    </message>
    <message>
        <source>The token is valid on %1 (it belongs to %2), but the server&apos;s signing keys could not be fetched to verify the answer: %3</source>
        <translation>该令牌在 %1 上有效（属于 %2），但无法获取服务器的签名密钥来验证响应：%3</translation>
    </message>
    <message>
        <source>This token is valid on %1: it belongs to %2.</source>
        <translation>该令牌在 %1 上有效：属于 %2。</translation>
    </message>
    <message>
        <source>an unnamed user</source>
        <translation>一位未命名的用户</translation>
    </message>
</context>
<context>
    <name>latchkey::TokenPasteBox</name>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Paste a token here (Ctrl+V), or drop a file holding one</source>
        <translation>在此粘贴令牌（Ctrl+V），或拖放包含令牌的文件</translation>
    </message>
    <message>
        <source>Token to inspect</source>
        <translation>要检查的令牌</translation>
    </message>
    <message>
        <source>Token to inspect (hidden)</source>
        <translation>要检查的令牌（已隐藏）</translation>
    </message>
    <message>
        <source>Show the token</source>
        <translation>显示令牌</translation>
    </message>
    <message>
        <source>Edit the token (shows it)</source>
        <translation>编辑令牌（会显示它）</translation>
    </message>
    <message>
        <source>Hide the token</source>
        <translation>隐藏令牌</translation>
    </message>
</context>
<context>
    <name>latchkey::TokenRotation</name>
    <message>
        <source>The expiry was not changed: %1</source>
        <translation>过期时间未更改：%1</translation>
    </message>
    <message>
        <source>Changing the expiry of &quot;%1&quot; stopped half way: %2 Latchkey will finish it the next time it starts.</source>
        <translation>更改 &quot;%1&quot; 的过期时间时中途停止：%2 Latchkey 将在下次启动时完成此操作。</translation>
    </message>
</context>
<context>
    <name>latchkey::TokenService</name>
    <message>
        <source>The server may have created the token &quot;%1&quot; anyway. If it appears in the list, revoke it: its value cannot be shown again.</source>
        <translation>服务器可能仍已创建令牌 &quot;%1&quot;。如果它出现在列表中，请将其吊销：其值无法再次显示。</translation>
    </message>
    <message>
        <source>The token is already named &quot;%1&quot;.</source>
        <translation>该令牌已命名为 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>The user has no token named &quot;%1&quot;.</source>
        <translation>该用户没有名为 &quot;%1&quot; 的令牌。</translation>
    </message>
    <message>
        <source>An earlier change of the expiry of &quot;%1&quot; is not finished yet; it is finished the next time Latchkey starts.</source>
        <translation>之前对 &quot;%1&quot; 过期时间的更改尚未完成；将在 Latchkey 下次启动时完成。</translation>
    </message>
    <message>
        <source>The expiry was not changed: the rotation journal in %1 cannot be used.</source>
        <translation>过期时间未更改：无法使用 %1 中的轮换日志。</translation>
    </message>
    <message>
        <source>The keychain holds no value for this token; only values of tokens made with Latchkey are kept.</source>
        <translation>钥匙串中没有此令牌的值；只保存使用 Latchkey 创建的令牌的值。</translation>
    </message>
    <message>
        <source>Changing the expiry of &quot;%1&quot; was started on another server address; it is left alone.</source>
        <translation>更改 &quot;%1&quot; 过期时间的操作是在另一个服务器地址上开始的；此处不做处理。</translation>
    </message>
    <message>
        <source>Changing the expiry of &quot;%1&quot; is in progress elsewhere.</source>
        <translation>更改 &quot;%1&quot; 过期时间的操作正在其他地方进行。</translation>
    </message>
    <message>
        <source>The token was not created: the journal in %1 cannot be used.</source>
        <translation>令牌未创建：无法使用 %1 中的日志。</translation>
    </message>
    <message>
        <source>Creating the token &quot;%1&quot; was started on another server address; it is left alone.</source>
        <translation>创建令牌 &quot;%1&quot; 的操作是在另一个服务器地址上开始的；此处不做处理。</translation>
    </message>
    <message>
        <source>Creating the token &quot;%1&quot; is in progress elsewhere.</source>
        <translation>创建令牌 &quot;%1&quot; 的操作正在其他地方进行。</translation>
    </message>
    <message>
        <source>That revocation is no longer planned, or is in progress elsewhere.</source>
        <translation>该撤销已不在计划中，或正在别处进行。</translation>
    </message>
    <message>
        <source>The old token is being revoked right now.</source>
        <translation>旧令牌正在被撤销。</translation>
    </message>
</context>
<context>
    <name>latchkey::TokensPage</name>
    <message>
        <source>Tokens</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>即将过期</translation>
    </message>
    <message>
        <source>Filter tokens</source>
        <translation>筛选令牌</translation>
    </message>
    <message>
        <source>All tokens</source>
        <translation>所有令牌</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation>永不过期</translation>
    </message>
    <message>
        <source>Expired or expiring soon</source>
        <translation>已过期或即将过期</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>&amp;Generate…</source>
        <translation>生成(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <source>Set &amp;Expiry…</source>
        <translation>设置过期时间(&amp;E)…</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>吊销(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Copy Token</source>
        <translation>复制令牌(&amp;C)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>刷新（F5）</translation>
    </message>
    <message>
        <source>Unavailable while offline: %1</source>
        <translation>离线时不可用：%1</translation>
    </message>
    <message>
        <source>Only tokens generated or rotated in Latchkey and saved in your keychain can be copied</source>
        <translation>只有在 Latchkey 中生成或轮换并保存在你的钥匙串中的令牌才能复制</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n 个令牌</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n expired or expiring soon</source>
        <translation>
            <numerusform>，其中 %n 个已过期或即将过期</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Loading tokens…</source>
        <translation>正在加载令牌…</translation>
    </message>
    <message>
        <source>Generating “%1”…</source>
        <translation>正在生成“%1”…</translation>
    </message>
    <message>
        <source>Renaming “%1”…</source>
        <translation>正在重命名“%1”…</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation>已将“%1”重命名为“%2”。</translation>
    </message>
    <message>
        <source>Rotating “%1”…</source>
        <translation>正在轮换“%1”…</translation>
    </message>
    <message>
        <source>Revoke the token “%1” of %2?</source>
        <translation>要吊销 %2 的令牌“%1”吗？</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n tokens of %1?</source>
        <translation>
            <numerusform>要吊销 %1 的 %n 个令牌吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Anything using them stops working at once. This cannot be undone.</source>
        <translation>所有使用这些令牌的地方都会立即失效。此操作无法撤消。</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Revoke</source>
        <translation>
            <numerusform>吊销(&amp;R)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoking %n token(s)…</source>
        <translation>
            <numerusform>正在吊销 %n 个令牌…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n token(s).</source>
        <translation>
            <numerusform>已吊销 %n 个令牌。</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied “%1”.</source>
        <translation>已复制“%1”。</translation>
    </message>
    <message>
        <source>Copy &amp;Access Token For…</source>
        <translation>复制访问令牌用于(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Where Used…</source>
        <translation>使用位置(&amp;W)…</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is still in %n file(s): %2</source>
        <translation>
            <numerusform>“%1”仍在 %n 个文件中：%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This token is still in %n file(s): %1 — revoke anyway?</source>
        <translation>
            <numerusform>此令牌仍在 %n 个文件中：%1——仍要撤销吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This token is still in %n file(s): %1 — the old value there stops working once the token is rotated.</source>
        <translation>
            <numerusform>此令牌仍在 %n 个文件中：%1——轮换令牌后，那里的旧值将失效。</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke anyway?</source>
        <translation>仍要撤销吗？</translation>
    </message>
    <message numerus="yes">
        <source>Copied an access token for %1 from “%2”; it is valid for %n minute(s).</source>
        <translation>
            <numerusform>已复制用“%2”换取的 %1 访问令牌；有效期 %n 分钟。</numerusform>
        </translation>
    </message>
    <message>
        <source>Where Used</source>
        <translation>使用位置</translation>
    </message>
    <message>
        <source>&amp;Scan Again</source>
        <translation>重新扫描(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Scan Now</source>
        <translation>立即扫描(&amp;S)</translation>
    </message>
    <message>
        <source>This computer has not been scanned yet.</source>
        <translation>尚未扫描这台计算机。</translation>
    </message>
    <message>
        <source>A scan looks for copies of “%1” (and your other tokens) in the places listed on the Scan Computer page.</source>
        <translation>扫描会在“扫描计算机”页面列出的位置中查找“%1”（以及您的其他令牌）的副本。</translation>
    </message>
    <message>
        <source>“%1” was in none of the files scanned on %2.</source>
        <translation>在 %2 扫描的文件中均未发现“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is in %n place(s), as scanned on %2:</source>
        <translation>
            <numerusform>“%1”出现在 %n 个位置（%2 的扫描结果）：</numerusform>
        </translation>
    </message>
    <message>
        <source>Renaming “%1”: Enter saves, Esc cancels.</source>
        <translation>正在重命名“%1”：Enter 保存，Esc 取消。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>You have no tokens yet.</source>
        <translation>你还没有令牌。</translation>
    </message>
    <message>
        <source>%1 has no tokens.</source>
        <translation>%1 没有令牌。</translation>
    </message>
    <message>
        <source>Revoke Token</source>
        <translation>吊销令牌</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n Token(s)</source>
        <translation>
            <numerusform>吊销 %n 个令牌</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke your token “%1”?</source>
        <translation>吊销你的令牌“%1”？</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n of your tokens?</source>
        <translation>
            <numerusform>吊销你的 %n 个令牌？</numerusform>
        </translation>
    </message>
    <message>
        <source>Anything using it stops working at once. This cannot be undone.</source>
        <translation>所有使用它的地方将立即失效。此操作无法吊销。</translation>
    </message>
    <message>
        <source>“%1” cannot be copied: Latchkey keeps a copy in your keychain only of the tokens it generated or rotated.</source>
        <translation>无法复制“%1”：Latchkey 只在你的钥匙串中保存由它生成或轮换的令牌副本。</translation>
    </message>
    <message>
        <source>Filter by name or note</source>
        <translation>按名称或备注筛选</translation>
    </message>
    <message>
        <source>Edit &amp;Note…</source>
        <translation>编辑备注(&amp;N)…</translation>
    </message>
    <message>
        <source>Removed the note on “%1”.</source>
        <translation>已删除“%1”的备注。</translation>
    </message>
    <message>
        <source>Saved the note on “%1”.</source>
        <translation>已保存“%1”的备注。</translation>
    </message>
    <message>
        <source>Revoked %1 of %2…</source>
        <translation>已吊销 %1 / %2…</translation>
    </message>
    <message>
        <source>Revoke Tokens</source>
        <translation>吊销令牌</translation>
    </message>
    <message numerus="yes">
        <source>Revoked %1 of %n token(s).</source>
        <translation>
            <numerusform>已吊销 %n 个令牌中的 %1 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be revoked or cleaned up:</source>
        <translation>
            <numerusform>%n 个无法吊销或清理：</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in first: you are signed out.</source>
        <translation>请先登录：您已退出登录。</translation>
    </message>
    <message>
        <source>Revoke Old Value &amp;Now</source>
        <translation>立即撤销旧值(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Keep Old Value Working</source>
        <translation>保留旧值有效(&amp;K)</translation>
    </message>
    <message>
        <source>Revoking the old value of “%1”…</source>
        <translation>正在撤销“%1”的旧值…</translation>
    </message>
    <message>
        <source>“%1” keeps working; Latchkey will not revoke it.</source>
        <translation>“%1”将继续有效；Latchkey 不会撤销它。</translation>
    </message>
    <message numerus="yes">
        <source>Rotating %n token(s)…</source>
        <translation>
            <numerusform>正在轮换 %n 个令牌…</numerusform>
        </translation>
    </message>
    <message>
        <source>Rotated %1 of %2…</source>
        <translation>已轮换 %1/%2…</translation>
    </message>
    <message>
        <source>Set Expiry</source>
        <translation>设置过期时间</translation>
    </message>
    <message numerus="yes">
        <source>Gave %1 of %n token(s) a new expiry and a new value.</source>
        <translation>
            <numerusform>%n 个令牌中有 %1 个已获得新的过期时间和新值。</numerusform>
        </translation>
    </message>
    <message>
        <source>The new values are in your keychain: select a token and Copy it.</source>
        <translation>新值已保存在钥匙串中：选择一个令牌并复制。</translation>
    </message>
    <message numerus="yes">
        <source>Set a new expiry on %n token(s).</source>
        <translation>
            <numerusform>已为 %n 个令牌设置新的过期时间。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::UserLabel</name>
    <message>
        <source>Unknown user</source>
        <translation>未知用户</translation>
    </message>
</context>
<context>
    <name>latchkey::UserListModel</name>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>上次登录</translation>
    </message>
</context>
<context>
    <name>latchkey::UserPickerDialog</name>
    <message>
        <source>Choose Your User</source>
        <translation>选择你的用户</translation>
    </message>
    <message>
        <source>Search by name, username or email</source>
        <translation>按名称、用户名或电子邮件搜索</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>搜索用户</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>C&amp;hoose</source>
        <translation>选择(&amp;H)</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) found</source>
        <translation>
            <numerusform>找到 %n 个用户</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::UsersPage</name>
    <message>
        <source>Search users by name, username, email or ID</source>
        <translation>按名称、用户名、电子邮件或 ID 搜索用户</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>搜索用户</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation>正在加载用户…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n user(s) — scroll for more</source>
        <translation>
            <numerusform>%1 / %n 个用户 — 滚动以加载更多</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n 个用户</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a user to see their tokens.</source>
        <translation>选择一个用户以查看其令牌。</translation>
    </message>
    <message>
        <source>Tokens of %1</source>
        <translation>%1 的令牌</translation>
    </message>
    <message>
        <source>Revoke All Tokens of This User…</source>
        <translation>吊销此用户的所有令牌…</translation>
    </message>
</context>
<context>
    <name>latchkeyctl</name>
    <message>
        <source>never</source>
        <translation>永不</translation>
    </message>
    <message>
        <source>Manages personal access tokens on a Logto tenant, like the Latchkey app.</source>
        <translation>管理 Logto 租户上的个人访问令牌，功能与 Latchkey 应用相同。</translation>
    </message>
    <message>
        <source>Connection profile (default: the current one).</source>
        <translation>连接配置（默认：当前配置）。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>User ID (default: the profile&apos;s user).</source>
        <translation>用户 ID（默认：配置中的用户）。</translation>
    </message>
    <message>
        <source>Logto endpoint URL.</source>
        <translation>Logto 端点 URL。</translation>
    </message>
    <message>
        <source>Management API indicator (default: derived).</source>
        <translation>Management API 标识符（默认：自动推导）。</translation>
    </message>
    <message>
        <source>Extra trusted CA certificates (PEM).</source>
        <translation>额外信任的 CA 证书（PEM）。</translation>
    </message>
    <message>
        <source>Allow plain HTTP to a non-loopback host.</source>
        <translation>允许对非环回主机使用明文 HTTP。</translation>
    </message>
    <message>
        <source>Read the app secret from standard input.</source>
        <translation>从标准输入读取应用密钥。</translation>
    </message>
    <message>
        <source>Search text.</source>
        <translation>搜索文本。</translation>
    </message>
    <message>
        <source>DAYS, YYYY-MM-DD or never (default: never, or the longest allowed lifetime).</source>
        <translation>天数、YYYY-MM-DD 或 never（默认：never，或允许的最长有效期）。</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>不要求确认。</translation>
    </message>
    <message>
        <source>No command given; see latchkeyctl --help.</source>
        <translation>未指定命令；请参阅 latchkeyctl --help。</translation>
    </message>
    <message>
        <source>Say what to do with profiles: add, list or remove.</source>
        <translation>请指定对 profiles 执行的操作：add、list 或 remove。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; see latchkeyctl --help.</source>
        <translation>未知命令 &quot;%1&quot;；请参阅 latchkeyctl --help。</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;%2&quot;.</source>
        <translation>选项 --%1 不适用于 &quot;%2&quot;。</translation>
    </message>
    <message>
        <source>Usage: latchkeyctl %1 %2</source>
        <translation>用法：latchkeyctl %1 %2</translation>
    </message>
    <message>
        <source>The app secret is read from standard input only: pass --secret-stdin and pipe it in.</source>
        <translation>应用密钥只能从标准输入读取：请传入 --secret-stdin 并通过管道输入。</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>无法读取标准输入。</translation>
    </message>
    <message>
        <source>No app secret arrived on standard input.</source>
        <translation>标准输入中没有收到应用密钥。</translation>
    </message>
    <message>
        <source>Added profile &quot;%1&quot;.</source>
        <translation>已添加配置 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>ENDPOINT</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>APP ID</source>
        <translation>应用 ID</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>There is no connection profile named &quot;%1&quot;.</source>
        <translation>没有名为 &quot;%1&quot; 的连接配置。</translation>
    </message>
    <message>
        <source>Removed profile &quot;%1&quot;, but its app secret stays in the keychain: %2</source>
        <translation>已删除配置 &quot;%1&quot;，但其应用密钥仍保留在钥匙串中：%2</translation>
    </message>
    <message>
        <source>Removed profile &quot;%1&quot;.</source>
        <translation>已删除配置 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>USERNAME</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>No user given: pass --user ID or set the profile&apos;s user.</source>
        <translation>未指定用户：请传入 --user ID 或设置配置中的用户。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>CACHED</source>
        <translation>已缓存</translation>
    </message>
    <message>
        <source>FINGERPRINT</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>The token &quot;%1&quot; has a new value (printed above); the old value no longer works.</source>
        <translation>令牌 &quot;%1&quot; 已有新值（见上方输出）；旧值已失效。</translation>
    </message>
    <message>
        <source>The value is NOT saved in the keychain (%1); keep it now, it cannot be shown again.</source>
        <translation>该值未保存到钥匙串中（%1）；请立即妥善保存，它无法再次显示。</translation>
    </message>
    <message>
        <source>Renamed to &quot;%1&quot;.</source>
        <translation>已重命名为 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>Not deleting &quot;%1&quot; without confirmation: pass --yes when standard input is not a terminal.</source>
        <translation>未经确认不会删除 &quot;%1&quot;：当标准输入不是终端时，请传入 --yes。</translation>
    </message>
    <message>
        <source>Delete the token &quot;%1&quot; of user %2? [y/N] </source>
        <translation>要删除用户 %2 的令牌 &quot;%1&quot; 吗？[y/N] </translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>未删除任何内容。</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;.</source>
        <translation>已删除 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>No connection profile is chosen; add one with &quot;latchkeyctl profiles add&quot; or name one with --profile.</source>
        <translation>未选择连接配置；请使用 &quot;latchkeyctl profiles add&quot; 添加一个，或使用 --profile 指定一个。</translation>
    </message>
    <message>
        <source>The app secret of &quot;%1&quot; cannot be read from the keychain: %2</source>
        <translation>无法从钥匙串读取 &quot;%1&quot; 的应用密钥：%2</translation>
    </message>
    <message>
        <source>inspect: verify JWTs against this JWKS (a file or a URL).</source>
        <translation>inspect：用此 JWKS（文件或 URL）验证 JWT。</translation>
    </message>
    <message>
        <source>inspect: verify JWTs against this PEM public key or certificate.</source>
        <translation>inspect：用此 PEM 公钥或证书验证 JWT。</translation>
    </message>
    <message>
        <source>inspect: the first line of standard input is the HMAC secret, the second the token.</source>
        <translation>inspect：标准输入的第一行是 HMAC 密钥，第二行是令牌。</translation>
    </message>
    <message>
        <source>inspect: also test a Logto PAT against the profile&apos;s server (sends the token there).</source>
        <translation>inspect：同时在配置文件的服务器上测试 Logto PAT（会将令牌发送到该服务器）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot run inside a batch.</source>
        <translation>“%1”不能在批处理中运行。</translation>
    </message>
    <message>
        <source>A batch works on one profile: give --profile to &quot;batch&quot; itself.</source>
        <translation>一个批处理只使用一个配置文件：请将 --profile 传给“batch”本身。</translation>
    </message>
    <message>
        <source>Could not keep an offline copy of the tokens: %1</source>
        <translation>无法保留令牌的离线副本：%1</translation>
    </message>
    <message>
        <source>A quote is not closed.</source>
        <translation>有引号未闭合。</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>--within takes a number of days from 0 to %1.</source>
        <translation>--within 需要 0 到 %1 之间的天数。</translation>
    </message>
    <message>
        <source>Give --user or --all-users, not both.</source>
        <translation>请给出 --user 或 --all-users，不要同时给出。</translation>
    </message>
    <message>
        <source>Checked %1 of %2 users...</source>
        <translation>已检查 %2 个用户中的 %1 个……</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>expiring</source>
        <translation>即将过期</translation>
    </message>
    <message>
        <source>Say which API the access token is for: --resource URI (its API resource indicator in Logto).</source>
        <translation>请指明访问令牌用于哪个 API：--resource URI（它在 Logto 中的 API 资源标识符）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid resource indicator.</source>
        <translation>“%1”不是有效的资源标识符。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a name for an environment variable.</source>
        <translation>“%1”不是有效的环境变量名。</translation>
    </message>
    <message>
        <source>--pat hands over the token itself: --resource, --scope and --organization do not apply.</source>
        <translation>--pat 直接交出令牌本身：--resource、--scope 和 --organization 不适用。</translation>
    </message>
    <message>
        <source>Handing the personal access token itself to the command. It lives until it expires or is revoked, so anything the command leaks stays usable that long; prefer --resource for a short-lived access token.</source>
        <translation>正在把个人访问令牌本身交给该命令。它在过期或被撤销之前一直有效，命令泄露的任何内容在此期间都可被利用；建议改用 --resource 获取短期访问令牌。</translation>
    </message>
    <message>
        <source>Cannot run &quot;%1&quot;: %2</source>
        <translation>无法运行“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot start &quot;%1&quot;: %2</source>
        <translation>无法启动“%1”：%2</translation>
    </message>
    <message>
        <source>Scanning: %1 files, %2 read</source>
        <translation>正在扫描：%1 个文件，已读取 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n copies found; %1 files read (%2), %3 skipped.</source>
        <translation>
            <numerusform>找到 %n 处副本；读取了 %1 个文件（%2），跳过 %3 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>A revoked or expired token is still in a file: replace it there.</source>
        <translation>文件中仍有已撤销或已过期的令牌：请在那里替换它。</translation>
    </message>
    <message>
        <source>exchange, run: a scope to ask for (repeat for more).</source>
        <translation>exchange、run：要请求的权限范围（可重复以请求多个）。</translation>
    </message>
    <message>
        <source>exchange, run: an organization token for this organization.</source>
        <translation>exchange、run：该组织的组织令牌。</translation>
    </message>
    <message>
        <source>run: the environment variable that carries the token (default: LATCHKEY_ACCESS_TOKEN).</source>
        <translation>run：承载令牌的环境变量（默认：LATCHKEY_ACCESS_TOKEN）。</translation>
    </message>
    <message>
        <source>run: hand over the personal access token itself (long-lived) instead of an access token.</source>
        <translation>run：交出个人访问令牌本身（长期有效），而不是访问令牌。</translation>
    </message>
    <message>
        <source>where: scan this file or folder instead of the places in Settings (repeat for more).</source>
        <translation>where：扫描此文件或文件夹，而不是设置中的位置（可重复以扫描多个）。</translation>
    </message>
    <message>
        <source>check: tokens that expire within this many days (default: the app&apos;s &quot;expiring soon&quot;).</source>
        <translation>check：在这么多天内过期的令牌（默认：应用的“即将过期”设置）。</translation>
    </message>
    <message>
        <source>check: every user&apos;s tokens (admins).</source>
        <translation>check：所有用户的令牌（管理员）。</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) expired or expiring among the users checked (%1).</source>
        <translation>
            <numerusform>在已检查的用户（%1）中，有 %n 个令牌已过期或即将过期。</numerusform>
        </translation>
    </message>
    <message>
        <source>Latchkey knows no token named &quot;%1&quot;; see latchkeyctl tokens.</source>
        <translation>Latchkey 不知道名为“%1”的令牌；请参见 latchkeyctl tokens。</translation>
    </message>
    <message>
        <source>Latchkey knows no token named &quot;%1&quot; on %2; see latchkeyctl tokens.</source>
        <translation>Latchkey 不知道 %2 上名为“%1”的令牌；请参见 latchkeyctl tokens。</translation>
    </message>
    <message>
        <source>App secret of &quot;%1&quot; (not shown): </source>
        <translation>“%1”的应用密钥（不显示）：</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; could not be written to standard output; it is in the keychain: latchkeyctl copy &quot;%1&quot;</source>
        <translation>无法将“%1”的值写入标准输出；它已保存在钥匙串中：latchkeyctl copy &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; could not be written to standard output and is NOT in the keychain (%2): set a new expiry for a new value.</source>
        <translation>无法将“%1”的值写入标准输出，且它不在钥匙串中（%2）：请设置新的过期时间以获得新值。</translation>
    </message>
    <message>
        <source>Standard output could not be written (disk full or pipe closed).</source>
        <translation>无法写入标准输出（磁盘已满或管道已关闭）。</translation>
    </message>
    <message>
        <source>&quot;login&quot; is for developer connections; &quot;%1&quot; signs in with its app secret.</source>
        <translation>“login”用于开发者连接；“%1”使用其应用密钥登录。</translation>
    </message>
    <message>
        <source>Signed in as %1 on &quot;%2&quot;.</source>
        <translation>已以 %1 身份登录到“%2”。</translation>
    </message>
    <message>
        <source>To sign in, open %1 on any device and enter the code %2 (or open %3).</source>
        <translation>要登录，请在任意设备上打开 %1 并输入代码 %2（或打开 %3）。</translation>
    </message>
    <message>
        <source>Sign in in your browser; if it does not open, open this address: %1</source>
        <translation>请在浏览器中登录；如果浏览器没有打开，请打开此地址：%1</translation>
    </message>
    <message>
        <source>&quot;logout&quot; is for developer connections; to stop using &quot;%1&quot;, remove the profile.</source>
        <translation>“logout”用于开发者连接；如需停止使用“%1”，请删除该配置文件。</translation>
    </message>
    <message>
        <source>Some token values could not be forgotten: %1</source>
        <translation>部分令牌值无法被遗忘：%1</translation>
    </message>
    <message>
        <source>The sign-in could not be removed from the keychain: %1</source>
        <translation>无法从钥匙串中移除登录信息：%1</translation>
    </message>
    <message>
        <source>The server could not be told (%1); the sign-in was removed from this computer and ends when it expires.</source>
        <translation>无法通知服务器（%1）；登录信息已从此计算机移除，并将在过期时结束。</translation>
    </message>
    <message>
        <source>Signed out of &quot;%1&quot;.</source>
        <translation>已退出“%1”。</translation>
    </message>
    <message>
        <source>--%1 belongs to a developer connection (with --gateway).</source>
        <translation>--%1 属于开发者连接（需配合 --gateway）。</translation>
    </message>
    <message>
        <source>--%1 does not apply to a developer connection: you sign in as yourself (latchkeyctl login).</source>
        <translation>--%1 不适用于开发者连接：您以自己的身份登录（latchkeyctl login）。</translation>
    </message>
    <message>
        <source>The gateway&apos;s policy could not be read (%1); give --resource and --endpoint.</source>
        <translation>无法读取网关的策略（%1）；请提供 --resource 和 --endpoint。</translation>
    </message>
    <message>
        <source>Added developer profile &quot;%1&quot;; sign in with &quot;latchkeyctl login&quot;.</source>
        <translation>已添加开发者配置文件“%1”；请使用“latchkeyctl login”登录。</translation>
    </message>
    <message>
        <source>&quot;users&quot; is not available for a developer connection: it reaches only your own tokens.</source>
        <translation>“users”不适用于开发者连接：它只能访问您自己的令牌。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an administrator connection to %2 (app %3); its user: %4</source>
        <translation>“%1”是连接到 %2 的管理员连接（应用 %3）；其用户：%4</translation>
    </message>
    <message>
        <source>Not signed in to &quot;%1&quot;: run &quot;latchkeyctl login&quot;.</source>
        <translation>未登录到“%1”：请运行“latchkeyctl login”。</translation>
    </message>
    <message>
        <source>Signed in to &quot;%1&quot; as %2%3, user ID %4, through %5</source>
        <translation>已以 %2%3 身份登录到“%1”，用户 ID %4，经由 %5</translation>
    </message>
    <message>
        <source>%1 could not be started.</source>
        <translation>无法启动 %1。</translation>
    </message>
    <message>
        <source>--user is not available for a developer connection: it always acts on your own tokens.</source>
        <translation>--user 不适用于开发者连接：它始终作用于您自己的令牌。</translation>
    </message>
    <message>
        <source>Machine-to-machine app ID (with --gateway: the Native app you sign in with).</source>
        <translation>机器对机器应用 ID（配合 --gateway 时：您用于登录的原生应用）。</translation>
    </message>
    <message>
        <source>profiles add: a developer connection through this latchkey-gateway URL (you sign in as yourself).</source>
        <translation>profiles add：通过此 latchkey-gateway URL 的开发者连接（您以自己的身份登录）。</translation>
    </message>
    <message>
        <source>The Native app for signing in with a code (login --device).</source>
        <translation>用于通过代码登录的原生应用（login --device）。</translation>
    </message>
    <message>
        <source>login: sign in with a code on another device (no browser here).</source>
        <translation>login：在另一台设备上使用代码登录（此处没有浏览器）。</translation>
    </message>
    <message>
        <source>logout: also forget your tokens&apos; values kept in the keychain.</source>
        <translation>logout：同时遗忘钥匙串中保存的令牌值。</translation>
    </message>
    <message>
        <source>exchange, run: the API resource indicator the access token is for. profiles add --gateway: the gateway&apos;s indicator (default: what the gateway&apos;s policy names).</source>
        <translation>exchange、run：访问令牌所针对的 API 资源标识符。profiles add --gateway：网关的标识符（默认：网关策略中指定的值）。</translation>
    </message>
    <message>
        <source>profiles add|list|remove, login, logout, whoami, users, tokens, create, rename, expire, revoke, copy, note, inspect, batch, exchange, run, where, check</source>
        <translation>profiles add|list|remove, login, logout, whoami, users, tokens, create, rename, expire, revoke, copy, note, inspect, batch, exchange, run, where, check</translation>
    </message>
    <message>
        <source>Give a note or --clear, not both.</source>
        <translation>请给出备注或 --clear，不能同时给出。</translation>
    </message>
    <message>
        <source>The user has no token named &quot;%1&quot;.</source>
        <translation>该用户没有名为“%1”的令牌。</translation>
    </message>
    <message>
        <source>Removed the note on &quot;%1&quot;.</source>
        <translation>已删除“%1”的备注。</translation>
    </message>
    <message>
        <source>Saved the note on &quot;%1&quot;.</source>
        <translation>已保存“%1”的备注。</translation>
    </message>
    <message>
        <source>note: remove the note.</source>
        <translation>note：删除备注。</translation>
    </message>
    <message>
        <source>Usage: latchkeyctl revoke NAME, or latchkeyctl revoke --all --user ID</source>
        <translation>用法：latchkeyctl revoke NAME，或 latchkeyctl revoke --all --user ID</translation>
    </message>
    <message>
        <source>revoke --all needs the user named with --user ID.</source>
        <translation>revoke --all 需要用 --user ID 指定用户。</translation>
    </message>
    <message>
        <source>Not deleting every token of user %1 without confirmation: pass --yes when standard input is not a terminal.</source>
        <translation>未经确认不会删除用户 %1 的所有令牌：标准输入不是终端时请传入 --yes。</translation>
    </message>
    <message>
        <source>Delete EVERY token of user %1? [y/N] </source>
        <translation>删除用户 %1 的所有令牌？[y/N] </translation>
    </message>
    <message>
        <source>Failed &quot;%1&quot;: %2</source>
        <translation>失败“%1”：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n token(s) were not revoked.</source>
        <translation>
            <numerusform>%n 个令牌中有 %1 个未吊销。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n token(s) of user %1.</source>
        <translation>
            <numerusform>已吊销用户 %1 的 %n 个令牌。</numerusform>
        </translation>
    </message>
    <message>
        <source>users: every page, not just the first; revoke: every token of the user.</source>
        <translation>users：所有页，而不只是第一页；revoke：该用户的每个令牌。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>profiles add: try the connection first (Logto&apos;s discovery; the gateway, or the app ID and secret) and save nothing when it fails.</source>
        <translation>profiles add：先尝试连接（Logto 的发现文档；网关，或应用 ID 与密钥），失败时不保存任何内容。</translation>
    </message>
    <message>
        <source>The token &quot;%1&quot; has a new value (printed above); the old value keeps working as &quot;%2&quot; until %3, then the next latchkeyctl command or Latchkey revokes it.</source>
        <translation>令牌“%1”有了新值（见上方输出）；旧值将以“%2”的名称继续有效至 %3，之后由下一条 latchkeyctl 命令或 Latchkey 撤销。</translation>
    </message>
    <message>
        <source>expire: keep the old value working this long (30m, 1h, 1d, 7d), renamed &quot;NAME (replaced DATE)&quot;; revoked after it.</source>
        <translation>expire：让旧值继续有效这么久（30m、1h、1d、7d），重命名为“NAME (replaced DATE)”；之后撤销。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Personal access tokens for Logto.</source>
        <translation>Logto 个人访问令牌。</translation>
    </message>
    <message>
        <source>Interface language.</source>
        <translation>界面语言。</translation>
    </message>
    <message>
        <source>Run on a built-in demo server.</source>
        <translation>在内置演示服务器上运行。</translation>
    </message>
    <message>
        <source>Keep the sandbox&apos;s data in this file.</source>
        <translation>将沙盒数据保存在此文件中。</translation>
    </message>
    <message>
        <source>Extra sandbox tokens for your user.</source>
        <translation>为你的用户额外创建的沙盒令牌。</translation>
    </message>
    <message>
        <source>Exit once users and tokens are loaded.</source>
        <translation>加载完用户和令牌后退出。</translation>
    </message>
    <message>
        <source>Print the milliseconds to the first filled token table, then exit.</source>
        <translation>输出到首次填充令牌表所用的毫秒数，然后退出。</translation>
    </message>
    <message>
        <source>Save pictures of each view and dialog here.</source>
        <translation>将每个视图和对话框的截图保存到此处。</translation>
    </message>
    <message>
        <source>Start in the system tray, without opening the window.</source>
        <translation>在系统托盘中启动，不打开窗口。</translation>
    </message>
</context>
</TS>
