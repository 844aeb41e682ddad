<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>latchkey::ApiError</name>
    <message>
        <source>The server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the Logto server. Check the network connection and the endpoint URL, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Logto server did not answer in time. Try again; if this keeps happening, check the network connection or the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so nothing was sent. If your organisation uses its own certificate authority, add its certificate to the profile; compare the fingerprint in the details with your administrator&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1, which Latchkey did not expect. Check the endpoint URL and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Logto server refused the app ID or app secret. Check both in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Logto server refused Latchkey&apos;s access (HTTP %1). Check the app ID, app secret and API indicator in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app may not use the Logto Management API. In the Logto Console, give the app a role with Management API access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user no longer exists. Refresh the user list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token with this name exists for this user any more. Refresh the token list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user or token no longer exists. Refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered HTTP 404 Not Found. Check the endpoint URL; a request that is too large also gets this answer from Logto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token with this name already exists for this user. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the change because it conflicts with existing data (HTTP %1). Refresh and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token is not valid: deleted, expired, or its user is suspended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Logto server does not know the API indicator. Check the API indicator in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Logto server refused the request from this app. For a token test, turn on token exchange for the app in the Logto Console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request as invalid. Correct the input and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is receiving too many requests. Wait a minute, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood (%1). Check that the endpoint URL points to a Logto server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Logto server had a problem (HTTP %1). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latchkey does not send credentials over plain HTTP to a remote host. Use an https:// endpoint URL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>latchkey::AppSessionFactory</name>
    <message>
        <source>There is no saved connection named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>latchkey::AwsKeyIdDecoder</name>
    <message>
        <source>The key id is not 20 base32 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS account id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An access key id is not a secret on its own, but its secret access key is usually nearby.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>latchkey::Base62Crc32Checksum</name>
    <message>
        <source>The checksum cannot be checked: the token has the wrong length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checksum does not match: the token has a typo or is not genuine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRC-32 checksum matches.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>latchkey::ConnectionProfile</name>
    <message>
        <source>The connection needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint must be a URL such as https://tenant.logto.app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint must start with https:// (or http:// for a local server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection needs the app ID of a machine-to-machine application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 holds no CA certificate (PEM or DER).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>latchkey::ConnectionSwitcher</name>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Logto tenant Latchkey talks to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage Connections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnection:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>latchkey::ConnectionsDialog</name>
    <message>
        <source>Replace Secret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow plain &amp;HTTP to this host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-to-machine app ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user whose tokens “My tokens” shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System certificates only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Plain HTTP sends the app secret and every token unencrypted. Use it only inside a network you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;indicator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;My user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA bundle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown once in the Logto console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in your keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new app secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection named “%1” exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the app secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This endpoint uses plain HTTP: allow it below, or use https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected. The tenant has %n user(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the connection “%1” and its app secret from your keychain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tokens on the server stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>latchkey::EntropyEstimator</name>
    <message>
        <source>The text is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It contains &quot;xxxx&quot; or an ellipsis, as placeholders do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is a template placeholder such as &lt;token&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It contains the word &quot;example&quot;, as documentation samples do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It reads like &quot;your-token-here&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a placeholder word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It repeats one character %n times in a row.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It uses only %n different character(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>lower-case letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upper-case letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symbols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non-ASCII bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>latchkey::ExpiryChooser</name>
    <message>
        <source>7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>60 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No expiration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiration date</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your policy allows tokens of at most %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A token that never expires stays valid until someone revokes it. If it leaks, it can be used for as long as nobody notices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires on %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>latchkey::ExpiryFormatter</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in less than a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>expired just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>expired %n minute(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n hour(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>latchkey::ExpiryNotice</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only expired and soon-expiring tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expired or expire within %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::ExpirySpec</name>
    <message>
        <source>%1 days is too far ahead; give at most %2 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an expiry: give a number of days, a date as YYYY-MM-DD, or &quot;never&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry date is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry time is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry must be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tokens that never expire are not allowed; the longest lifetime is %n day(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The longest allowed lifetime is %n day(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>at the end of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>latchkey::FormatDetector</name>
    <message>
        <source>fine-grained personal access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personal access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub App user-to-server token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub App server-to-server token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rotating bot token (configuration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rotating user token (configuration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>configuration refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bot token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app-level token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legacy workspace app token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legacy refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legacy token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legacy session token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live restricted key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test restricted key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live publishable key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test publishable key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webhook signing secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>long-term access key id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>temporary (STS) access key id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STS service bearer token key id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context-specific credential key id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 is not allowed in a %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 has %2 characters after &quot;%3&quot;; this one has %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 has %2 to %3 characters after &quot;%4&quot;; this one has %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A GitHub fine-grained token is &quot;github_pat_&quot;, 22 letters or digits, &quot;_&quot;, then 59 letters or digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unrecognised string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logto personal access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub fine-grained personal access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>npm access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab personal access token (legacy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab personal access token (routable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyPI API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS access key id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Web Token (JWS)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>latchkey::GenerateTokenDialog</name>
    <message>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. CI deploy, laptop CLI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new personal access token for &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expires in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give it a name that says where it is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>latchkey::GitLabRoutableDecoder</name>
    <message>
        <source>A routable GitLab token is &quot;glpat-&quot;, a base64url payload, &quot;.&quot;, a 2-character version, &quot;.&quot;, then 9 base36 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRC-32 checksum does not match: the token has a typo or is not genuine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRC-32 checksum matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload length field says %1 characters, but the payload has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload is not valid base64url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload&apos;s random part is longer than the payload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing value &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>latchkey::InputNormalizer</name>
    <message>
        <source>Removed whitespace around the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed an &quot;Authorization:&quot; header name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed a &quot;Bearer&quot; prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed quotes around the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed line breaks inside the token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>latchkey::InspectorPage</name>
    <message>
        <source>Check &amp;Signature with This Connection’s Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a token to learn what it is. Nothing leaves this computer unless you ask to check a signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a token here (Ctrl+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token to inspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to inspect yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supported: Logto, GitHub, GitLab, npm, PyPI, Slack, Stripe and AWS keys, and any JWT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n character(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Known token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching keys…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>latchkey::JwkSet</name>
    <message>
        <source>The key set is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key set&apos;s &quot;keys&quot; member is not an array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON is neither a JWK Set nor a JWK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an RSA key needs base64url &quot;n&quot; and &quot;e&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the curve &quot;%1&quot; is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an EC key on %1 needs &quot;x&quot; and &quot;y&quot; of %2 bytes each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an Ed25519 key needs an &quot;x&quot; of 32 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a symmetric key needs a base64url &quot;k&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key type &quot;%1&quot; is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL rejected the key material.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>latchkey::JwsParser</name>
    <message numerus="yes">
        <source>The token has %n part(s) separated by dots; a compact JWS has exactly 3.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The header (part 1) is not valid base64url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header (part 1) is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload (part 2) is not valid base64url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature (part 3) is not valid base64url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header has no &quot;alg&quot; string.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>latchkey::JwsVerifier</name>
    <message>
        <source>The token says %1, but the key is %2: it cannot verify %1 signatures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature has %1 bytes; %2 with this key needs exactly %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not match: the token was altered or signed with another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL could not compute the HMAC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HMAC key has only %1 bytes; %2 requires at least %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL could not read the ECDSA signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL could not set up the verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL could not set up RSA-PSS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RSA key has only %1 bits; %2 requires at least 2048.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token says %1, but the key is meant for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key set has no usable key with id &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key set has no usable keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is unsigned (alg &quot;none&quot;); unsigned tokens are always rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature algorithm &quot;%1&quot; is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key was given, so the signature was not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PEM text is neither a public key nor a certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>latchkey::KeychainSecretStore</name>
    <message>
        <source>System keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain returned a different value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>latchkey::LatchkeyApp</name>
    <message>
        <source>The sandbox server did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain found: secrets are kept in memory for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox connection could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>latchkey::MacaroonDecoder</name>
    <message>
        <source>The part after &quot;pypi-&quot; is not valid base64url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is not a version 2 macaroon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The macaroon is truncated or malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The macaroon&apos;s location is not pypi.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (third-party caveat at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caveat %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caveats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The macaroon&apos;s signature can only be checked by PyPI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for projects %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for project ids %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for the user with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for a trusted publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole account (all projects)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>latchkey::MainWindow</name>
    <message>
        <source>Latchkey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage Connections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Clipboard clears in %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Token on the clipboard until you quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clipboard cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a connection to a Logto tenant to see your tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manage Connections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;My Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token list on this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Latchkey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Latchkey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Latchkey %1&lt;/h3&gt;&lt;p&gt;Personal access tokens for Logto, kept in your keychain.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the connection “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your own user for this connection to see “My Tokens” (Manage Connections → My user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back online.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>latchkey::MemorySecretStore</name>
    <message>
        <source>Memory (this session only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>latchkey::NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>latchkey::OfflineBanner</name>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try to reach the server again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — showing tokens as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — no saved copy of the tokens yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>latchkey::OfflineSnapshot</name>
    <message>
        <source>The offline copy of the token list is damaged (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no time of the snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field %1 missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no token list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token %1 is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline copy of the token list could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no offline copy of this token list yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline copy of the token list cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline copy of the token list belongs to another connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>latchkey::ProfileStore</name>
    <message>
        <source>A connection named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>latchkey::RelativeTime</name>
    <message numerus="yes">
        <source>%n years</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 second</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>expires in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid for another %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid since %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued %1 in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>latchkey::RevealTokenDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New token value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token “%1” is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token “%1” has a new value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy it now. Logto will never show this value again; Latchkey keeps one copy in your keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old value has stopped working. Copy the new one now and update every place that uses this token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to the clipboard; it is cleared again after a while</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving to your keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to your keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved to your keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the value before you close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without copying?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not copied this token, and it is not in your keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once this window is closed, nobody can show its value again: you would have to set a new expiry (which gives a new value) or generate another token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close &amp;Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>latchkey::RotationJournal</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rotation has no valid identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rotation journal %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>latchkey::RotationRecovery</name>
    <message>
        <source>Changing the expiry of &quot;%1&quot; was interrupted before a new token was made; the token keeps its value and expiry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the expiry of &quot;%1&quot; was interrupted, and the token no longer exists on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the expiry of &quot;%1&quot; cannot be finished yet: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An interrupted change of the expiry of &quot;%1&quot; was finished: the token has a new value, which is in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the expiry of &quot;%1&quot; cannot be finished: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the expiry of &quot;%1&quot; could not be finished (%2); the token keeps its value and expiry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token &quot;%1&quot; was removed, and its replacement could not be made: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>latchkey::Screenshotter</name>
    <message>
        <source>The keychain is locked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>latchkey::SecretStore</name>
    <message>
        <source>The keychain has no such entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain service is available. Start your desktop&apos;s keyring (for example GNOME Keyring or KWallet) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is locked. Unlock it in your desktop&apos;s keyring and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Allow Latchkey to use the keyring and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>latchkey::SetExpiryDialog</name>
    <message>
        <source>&amp;Rotate Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token &lt;b&gt;%1&lt;/b&gt; of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logto cannot change the expiry of an existing token. Latchkey creates a new token with the same name and the new expiry, then revokes the old one. &lt;b&gt;The token value changes&lt;/b&gt;: you will see the new value once, and the old one stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currently expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;expiry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotating…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>latchkey::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never (clear at quit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the clipboard after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies the next time Latchkey starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear copied tokens after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens are &amp;expiring soon within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Longest lifetime for new tokens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>latchkey::TokenCache</name>
    <message>
        <source>The token cannot be cached: its fingerprint is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>latchkey::TokenError</name>
    <message>
        <source>There is no user with the ID &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user has no token named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user already has a token named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>latchkey::TokenInspector</name>
    <message>
        <source>There is nothing to inspect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks like a placeholder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has the shape of a %1, but looks like a placeholder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts like a %1, but is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks like a %1, but the checksum does not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks like a %1, but it does not decode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A well-formed %1 (%2) with a matching checksum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks like a Logto personal access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks like a %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This format has no public checksum: only its shape was checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other services use the &quot;pat_&quot; prefix too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a LIVE Stripe %1: it can move real money. If it was shared, roll it in the Stripe dashboard now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A live Stripe %1: handle with great care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishable keys are meant to be public.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks like a JWT, but it is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s), not a JSON object</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A JWT whose signature is rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token has expired (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is not valid yet (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decoded JWT; its signature was not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 signature is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JWT with a valid %1 signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JWT that has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JWT that is not valid yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated entropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bits (%2 bits per character)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like a placeholder, not a real token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With about %1 bits of entropy this would be a weak secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a token format Latchkey knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cached in your keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not cached in your keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is %1 of %2 on connection %3, %4, %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Logto personal access token %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token has expired.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>latchkey::TokenListModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of the value is kept in your system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latchkey has no copy of this token&apos;s value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cached</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>latchkey::TokenNameDelegate</name>
    <message>
        <source>Token name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>latchkey::TokenNameValidator</name>
    <message>
        <source>Enter a name for the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is %1 characters long; the server accepts at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user already has a token named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name starts or ends with spaces; they will be kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>latchkey::TokenRotation</name>
    <message>
        <source>The expiry was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the expiry of &quot;%1&quot; stopped half way: %2 Latchkey will finish it the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>latchkey::TokenService</name>
    <message>
        <source>The server may have created the token &quot;%1&quot; anyway. If it appears in the list, revoke it: its value cannot be shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is already named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user has no token named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier change of the expiry of &quot;%1&quot; is not finished yet; it is finished the next time Latchkey starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry was not changed: the rotation journal in %1 cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was deleted, but its value stays in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain holds no value for this token; only values of tokens made with Latchkey are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the expiry of &quot;%1&quot; was started on another server address; it is left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the expiry of &quot;%1&quot; is in progress elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>latchkey::TokensPage</name>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired 00 days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired or expiring soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Expiry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailable while offline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only tokens generated or rotated in Latchkey and saved in your keychain can be copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n expired or expiring soon</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading tokens…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renaming “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotating “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the token “%1” of %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n tokens of %1?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Anything using them stops working at once. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Revoke</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoking %n token(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n token(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Copied “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>latchkey::UserLabel</name>
    <message>
        <source>Unknown user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>latchkey::UserListModel</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>latchkey::UserPickerDialog</name>
    <message>
        <source>Choose Your User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, username or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> — type to narrow the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>latchkey::UserTableModel</name>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>latchkey::UsersPage</name>
    <message>
        <source>Search users by name, username, email or ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n user(s) — scroll for more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkeyctl</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manages personal access tokens on a Logto tenant, like the Latchkey app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection profile (default: the current one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User ID (default: the profile&apos;s user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logto endpoint URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-to-machine app ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management API indicator (default: derived).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra trusted CA certificates (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow plain HTTP to a non-loopback host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the app secret from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every page, not just the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAYS, YYYY-MM-DD or never (default: never, or the longest allowed lifetime).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profiles add|list|remove, users, tokens, create, rename, expire, revoke, copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given; see latchkeyctl --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to do with profiles: add, list or remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; see latchkeyctl --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: latchkeyctl %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app secret is read from standard input only: pass --secret-stdin and pipe it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No app secret arrived on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENDPOINT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APP ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no connection profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed profile &quot;%1&quot;, but its app secret stays in the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USERNAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user given: pass --user ID or set the profile&apos;s user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CACHED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FINGERPRINT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token &quot;%1&quot; has a new value (printed above); the old value no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is NOT saved in the keychain (%1); keep it now, it cannot be shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed to &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleting &quot;%1&quot; without confirmation: pass --yes when standard input is not a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the token &quot;%1&quot; of user %2? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection profile is chosen; add one with &quot;latchkeyctl profiles add&quot; or name one with --profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app secret of &quot;%1&quot; cannot be read from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Personal access tokens for Logto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run on a built-in demo server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the sandbox&apos;s data in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra sandbox tokens for your user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit once users and tokens are loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the milliseconds to the first filled token table, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save pictures of each view and dialog here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
