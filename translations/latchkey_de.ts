<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>latchkey::AccessTokenDialog</name>
    <message>
        <source>&amp;Copy Access Token</source>
        <translation>Zugriffstoken &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy Access Token</source>
        <translation>Zugriffstoken kopieren</translation>
    </message>
    <message>
        <source>API resource</source>
        <translation>API-Ressource</translation>
    </message>
    <message>
        <source>optional, e.g. read:data write:data</source>
        <translation>optional, z. B. read:data write:data</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Latchkey exchanges &lt;b&gt;%1&lt;/b&gt; at Logto&apos;s token endpoint for a short-lived access token to one API, and copies that access token. The token itself stays in your keychain.</source>
        <translation>Latchkey tauscht &lt;b&gt;%1&lt;/b&gt; am Token-Endpunkt von Logto gegen ein kurzlebiges Zugriffstoken für eine API und kopiert dieses Zugriffstoken. Das Token selbst bleibt in Ihrem Schlüsselbund.</translation>
    </message>
    <message numerus="yes">
        <source>The clipboard is cleared after %n second(s).</source>
        <translation>
            <numerusform>Die Zwischenablage wird nach %n Sekunde geleert.</numerusform>
            <numerusform>Die Zwischenablage wird nach %n Sekunden geleert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard is cleared when Latchkey quits.</source>
        <translation>Die Zwischenablage wird beim Beenden von Latchkey geleert.</translation>
    </message>
    <message>
        <source>API &amp;resource:</source>
        <translation>API-&amp;Ressource:</translation>
    </message>
    <message>
        <source>&amp;Scopes:</source>
        <translation>&amp;Scopes:</translation>
    </message>
    <message>
        <source>“%1” is not a resource indicator: Logto names an API resource by a URI such as https://api.example.com.</source>
        <translation>„%1“ ist kein Ressourcenindikator: Logto benennt eine API-Ressource mit einer URI wie https://api.example.com.</translation>
    </message>
    <message>
        <source>Exchanging…</source>
        <translation>Wird getauscht…</translation>
    </message>
</context>
<context>
    <name>latchkey::ApiError</name>
    <message>
        <source>The server said: %1</source>
        <translation>Antwort des Servers: %1</translation>
    </message>
    <message>
        <source>Could not reach the Logto server. Check the network connection and the endpoint URL, then try again.</source>
        <translation>Der Logto-Server ist nicht erreichbar. Prüfen Sie die Netzwerkverbindung und die Endpunkt-URL und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The Logto server did not answer in time. Try again; if this keeps happening, check the network connection or the server.</source>
        <translation>Der Logto-Server hat nicht rechtzeitig geantwortet. Versuchen Sie es erneut; wenn das weiter passiert, prüfen Sie die Netzwerkverbindung oder den Server.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so nothing was sent. If your organisation uses its own certificate authority, add its certificate to the profile; compare the fingerprint in the details with your administrator&apos;s.</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut, daher wurde nichts gesendet. Wenn Ihre Organisation eine eigene Zertifizierungsstelle verwendet, fügen Sie deren Zertifikat zum Profil hinzu; vergleichen Sie den Fingerabdruck in den Details mit dem Ihres Administrators.</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1, which Latchkey did not expect. Check the endpoint URL and try again.</source>
        <translation>Der Server hat mit HTTP-Status %1 geantwortet, den Latchkey nicht erwartet hat. Prüfen Sie die Endpunkt-URL und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The Logto server refused the app ID or app secret. Check both in the profile.</source>
        <translation>Der Logto-Server hat die App-ID oder das App-Geheimnis abgelehnt. Prüfen Sie beides im Profil.</translation>
    </message>
    <message>
        <source>The Logto server refused Latchkey&apos;s access (HTTP %1). Check the app ID, app secret and API indicator in the profile.</source>
        <translation>Der Logto-Server hat den Zugriff von Latchkey abgelehnt (HTTP %1). Prüfen Sie App-ID, App-Geheimnis und API-Indikator im Profil.</translation>
    </message>
    <message>
        <source>The app may not use the Logto Management API. In the Logto Console, give the app a role with Management API access.</source>
        <translation>Die App darf die Logto Management API nicht verwenden. Weisen Sie der App in der Logto Console eine Rolle mit Zugriff auf die Management API zu.</translation>
    </message>
    <message>
        <source>This user no longer exists. Refresh the user list.</source>
        <translation>Dieser Benutzer existiert nicht mehr. Aktualisieren Sie die Benutzerliste.</translation>
    </message>
    <message>
        <source>No token with this name exists for this user any more. Refresh the token list.</source>
        <translation>Für diesen Benutzer gibt es kein Token mit diesem Namen mehr. Aktualisieren Sie die Tokenliste.</translation>
    </message>
    <message>
        <source>The user or token no longer exists. Refresh the list.</source>
        <translation>Der Benutzer oder das Token existiert nicht mehr. Aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <source>The server answered HTTP 404 Not Found. Check the endpoint URL; a request that is too large also gets this answer from Logto.</source>
        <translation>Der Server hat mit HTTP 404 Not Found geantwortet. Prüfen Sie die Endpunkt-URL; auch eine zu große Anfrage erhält diese Antwort von Logto.</translation>
    </message>
    <message>
        <source>A token with this name already exists for this user. Choose another name.</source>
        <translation>Für diesen Benutzer gibt es bereits ein Token mit diesem Namen. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The server refused the change because it conflicts with existing data (HTTP %1). Refresh and try again.</source>
        <translation>Der Server hat die Änderung abgelehnt, weil sie im Konflikt mit vorhandenen Daten steht (HTTP %1). Aktualisieren Sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This token is not valid: deleted, expired, or its user is suspended.</source>
        <translation>Dieses Token ist ungültig: Es wurde gelöscht, ist abgelaufen oder sein Benutzer ist gesperrt.</translation>
    </message>
    <message>
        <source>The Logto server does not know the API indicator. Check the API indicator in the profile.</source>
        <translation>Der Logto-Server kennt den API-Indikator nicht. Prüfen Sie den API-Indikator im Profil.</translation>
    </message>
    <message>
        <source>The Logto server refused the request from this app. For a token test, turn on token exchange for the app in the Logto Console.</source>
        <translation>Der Logto-Server hat die Anfrage dieser App abgelehnt. Für einen Token-Test aktivieren Sie den Token-Austausch (Token Exchange) für die App in der Logto Console.</translation>
    </message>
    <message>
        <source>The server refused the request as invalid. Correct the input and try again.</source>
        <translation>Der Server hat die Anfrage als ungültig abgelehnt. Korrigieren Sie die Eingabe und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server is receiving too many requests. Wait a minute, then try again.</source>
        <translation>Der Server erhält zu viele Anfragen. Warten Sie eine Minute und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood (%1). Check that the endpoint URL points to a Logto server.</source>
        <translation>Die Antwort des Servers ist unverständlich (%1). Prüfen Sie, ob die Endpunkt-URL auf einen Logto-Server zeigt.</translation>
    </message>
    <message>
        <source>The Logto server had a problem (HTTP %1). Try again later.</source>
        <translation>Beim Logto-Server ist ein Problem aufgetreten (HTTP %1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Latchkey does not send credentials over plain HTTP to a remote host. Use an https:// endpoint URL.</source>
        <translation>Latchkey sendet keine Zugangsdaten über unverschlüsseltes HTTP an einen entfernten Host. Verwenden Sie eine https://-Endpunkt-URL.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy does not allow this: %1</source>
        <translation>Die Richtlinie Ihrer Organisation erlaubt das nicht: %1</translation>
    </message>
    <message>
        <source>Your sign-in could not be read from or written to the keychain: %1</source>
        <translation>Ihre Anmeldung konnte nicht aus dem Schlüsselbund gelesen oder darin gespeichert werden: %1</translation>
    </message>
    <message>
        <source>You are signed out of this connection. Sign in to go on.</source>
        <translation>Sie sind von dieser Verbindung abgemeldet. Melden Sie sich an, um fortzufahren.</translation>
    </message>
</context>
<context>
    <name>latchkey::AutostartEntry</name>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>latchkey::AwsKeyIdDecoder</name>
    <message>
        <source>The key id is not 20 base32 characters.</source>
        <translation>Die Schlüssel-ID besteht nicht aus 20 Base32-Zeichen.</translation>
    </message>
    <message>
        <source>AWS account id</source>
        <translation>AWS-Konto-ID</translation>
    </message>
    <message>
        <source>An access key id is not a secret on its own, but its secret access key is usually nearby.</source>
        <translation>Eine Zugriffsschlüssel-ID allein ist kein Geheimnis, aber der zugehörige geheime Zugriffsschlüssel befindet sich meist in der Nähe.</translation>
    </message>
</context>
<context>
    <name>latchkey::Base62Crc32Checksum</name>
    <message>
        <source>The checksum cannot be checked: the token has the wrong length.</source>
        <translation>Die Prüfsumme kann nicht geprüft werden: Das Token hat die falsche Länge.</translation>
    </message>
    <message>
        <source>The checksum does not match: the token has a typo or is not genuine.</source>
        <translation>Die Prüfsumme stimmt nicht: Das Token enthält einen Tippfehler oder ist nicht echt.</translation>
    </message>
    <message>
        <source>The CRC-32 checksum matches.</source>
        <translation>Die CRC-32-Prüfsumme stimmt.</translation>
    </message>
</context>
<context>
    <name>latchkey::BulkExpiry</name>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>“%1”: changed, but its new value is not in the keychain (%2); it is shown now, once.</source>
        <translation>„%1“: geändert, aber der neue Wert ist nicht im Schlüsselbund (%2); er wird jetzt einmal angezeigt.</translation>
    </message>
</context>
<context>
    <name>latchkey::BulkRevoke</name>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>The user has no token named &quot;%1&quot;.</source>
        <translation>Der Benutzer hat kein Token namens „%1“.</translation>
    </message>
    <message>
        <source>The token was deleted, but its value stays in the keychain: %1</source>
        <translation>Das Token wurde gelöscht, aber sein Wert bleibt im Schlüsselbund: %1</translation>
    </message>
</context>
<context>
    <name>latchkey::ConnectionCheck</name>
    <message>
        <source>an answer of another shape</source>
        <translation>eine Antwort anderer Form</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>The gateway at %1 runs, but cannot reach its Logto (503). Ask whoever runs it.</source>
        <translation>Das Gateway unter %1 läuft, erreicht aber sein Logto nicht (503). Fragen Sie, wer es betreibt.</translation>
    </message>
    <message>
        <source>The gateway at %1 names no resource indicator: type it in.</source>
        <translation>Das Gateway unter %1 nennt keinen Ressourcenindikator: Geben Sie ihn ein.</translation>
    </message>
    <message>
        <source>%1 answered (%2), but is not a Logto server: it has no OpenID discovery document at /oidc/.well-known/openid-configuration. Check the Logto endpoint.</source>
        <translation>%1 hat geantwortet (%2), ist aber kein Logto-Server: Unter /oidc/.well-known/openid-configuration liegt kein OpenID-Discovery-Dokument. Prüfen Sie den Logto-Endpunkt.</translation>
    </message>
    <message>
        <source>%1 answered (%2), but is not a Latchkey gateway: it has no /healthz and policy of one. Check the gateway URL.</source>
        <translation>%1 hat geantwortet (%2), ist aber kein Latchkey-Gateway: Es hat weder dessen /healthz noch dessen Richtlinie. Prüfen Sie die Gateway-URL.</translation>
    </message>
</context>
<context>
    <name>latchkey::ConnectionProblem</name>
    <message>
        <source>Connection refused by %1: nothing accepts connections on that port. Check the endpoint&apos;s host and port, and that the server runs.</source>
        <translation>Verbindung von %1 abgelehnt: An diesem Port nimmt nichts Verbindungen an. Prüfen Sie Host und Port des Endpunkts und ob der Server läuft.</translation>
    </message>
    <message>
        <source>The name “%1” could not be found (DNS). Check the endpoint&apos;s host name and the network.</source>
        <translation>Der Name „%1“ wurde nicht gefunden (DNS). Prüfen Sie den Hostnamen des Endpunkts und das Netzwerk.</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering. Check that the endpoint is a Logto server and the scheme (http or https) is right.</source>
        <translation>%1 hat die Verbindung ohne Antwort geschlossen. Prüfen Sie, ob der Endpunkt ein Logto-Server ist und das Schema (http oder https) stimmt.</translation>
    </message>
    <message>
        <source>%1 could not be reached: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>%1 did not answer in time (timeout). Check the network and the server.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet (Zeitüberschreitung). Prüfen Sie Netzwerk und Server.</translation>
    </message>
    <message>
        <source>TLS problem with %1: %2</source>
        <translation>TLS-Problem mit %1: %2</translation>
    </message>
    <message>
        <source>%1 refused the app ID or app secret (401). Check both in the profile.</source>
        <translation>%1 hat App-ID oder App-Geheimnis abgelehnt (401). Prüfen Sie beides im Profil.</translation>
    </message>
    <message>
        <source>%1 answered, but: %2</source>
        <translation>%1 hat geantwortet, aber: %2</translation>
    </message>
    <message>
        <source>Plain HTTP to %1 is refused: it is not this computer. Use https://, or allow plain HTTP for this connection if the network is yours.</source>
        <translation>Unverschlüsseltes HTTP zu %1 wird abgelehnt: Es ist nicht dieser Computer. Verwenden Sie https:// oder erlauben Sie HTTP für diese Verbindung, wenn das Netzwerk Ihres ist.</translation>
    </message>
</context>
<context>
    <name>latchkey::ConnectionProfile</name>
    <message>
        <source>The connection needs a name.</source>
        <translation>Die Verbindung braucht einen Namen.</translation>
    </message>
    <message>
        <source>The endpoint must be a URL such as https://tenant.logto.app.</source>
        <translation>Der Endpunkt muss eine URL sein, etwa https://tenant.logto.app.</translation>
    </message>
    <message>
        <source>The endpoint must start with https:// (or http:// for a local server).</source>
        <translation>Der Endpunkt muss mit https:// beginnen (oder mit http:// für einen lokalen Server).</translation>
    </message>
    <message>
        <source>The connection needs the app ID of a machine-to-machine application.</source>
        <translation>Die Verbindung braucht die App-ID einer Machine-to-Machine-Anwendung.</translation>
    </message>
    <message>
        <source>The CA certificate file %1 cannot be read.</source>
        <translation>Die CA-Zertifikatsdatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The file %1 holds no CA certificate (PEM or DER).</source>
        <translation>Die Datei %1 enthält kein CA-Zertifikat (PEM oder DER).</translation>
    </message>
    <message>
        <source>The gateway must be a URL such as https://latchkey.example.com.</source>
        <translation>Das Gateway muss eine URL wie https://latchkey.example.com sein.</translation>
    </message>
    <message>
        <source>The connection needs the app ID of the Native application you sign in with.</source>
        <translation>Die Verbindung braucht die App-ID der nativen Anwendung, mit der Sie sich anmelden.</translation>
    </message>
    <message>
        <source>The connection needs the gateway&apos;s API resource indicator.</source>
        <translation>Die Verbindung braucht den API-Ressourcenindikator des Gateways.</translation>
    </message>
</context>
<context>
    <name>latchkey::ConnectionSwitcher</name>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>The Logto tenant Latchkey talks to</source>
        <translation>Der Logto-Tenant, mit dem Latchkey arbeitet</translation>
    </message>
    <message>
        <source>Manage Connections…</source>
        <translation>Verbindungen verwalten…</translation>
    </message>
    <message>
        <source>C&amp;onnection:</source>
        <translation>&amp;Verbindung:</translation>
    </message>
</context>
<context>
    <name>latchkey::ConnectionsDialog</name>
    <message>
        <source>Replace Secret…</source>
        <translation>Geheimnis ersetzen…</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Allow plain &amp;HTTP to this host</source>
        <translation>&amp;Unverschlüsseltes HTTP zu diesem Host erlauben</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>Gespeicherte Verbindungen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Machine-to-machine app ID</source>
        <translation>App-ID der Machine-to-Machine-App</translation>
    </message>
    <message>
        <source>App secret</source>
        <translation>App-Geheimnis</translation>
    </message>
    <message>
        <source>API indicator</source>
        <translation>API-Indikator</translation>
    </message>
    <message>
        <source>System certificates only</source>
        <translation>Nur Systemzertifikate</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>⚠ Plain HTTP sends the app secret and every token unencrypted. Use it only inside a network you trust.</source>
        <translation>⚠ Unverschlüsseltes HTTP überträgt das App-Geheimnis und jedes Token unverschlüsselt. Verwenden Sie es nur in einem Netzwerk, dem Sie vertrauen.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>App &amp;ID:</source>
        <translation>App-&amp;ID:</translation>
    </message>
    <message>
        <source>App &amp;secret:</source>
        <translation>App-&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>API &amp;indicator:</source>
        <translation>API-Indi&amp;kator:</translation>
    </message>
    <message>
        <source>&amp;My user:</source>
        <translation>&amp;Mein Benutzer:</translation>
    </message>
    <message>
        <source>&amp;CA bundle:</source>
        <translation>&amp;CA-Bundle:</translation>
    </message>
    <message>
        <source>CA Bundle</source>
        <translation>CA-Bundle</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Zertifikate (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>Shown once in the Logto console</source>
        <translation>Wird in der Logto Console einmalig angezeigt</translation>
    </message>
    <message>
        <source>Stored in your keychain</source>
        <translation>In Ihrem Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>The new app secret</source>
        <translation>Das neue App-Geheimnis</translation>
    </message>
    <message>
        <source>A connection named “%1” exists already.</source>
        <translation>Eine Verbindung namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>Enter the app secret.</source>
        <translation>Geben Sie das App-Geheimnis ein.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message numerus="yes">
        <source>Connected. The tenant has %n user(s).</source>
        <translation>
            <numerusform>Verbunden. Der Tenant hat %n Benutzer.</numerusform>
            <numerusform>Verbunden. Der Tenant hat %n Benutzer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Remove Connection</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <source>Remove the connection “%1” and its app secret from your keychain?</source>
        <translation>Die Verbindung „%1“ und ihr App-Geheimnis aus Ihrem Schlüsselbund entfernen?</translation>
    </message>
    <message>
        <source>The tokens on the server stay as they are.</source>
        <translation>Die Tokens auf dem Server bleiben unverändert.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>The user whose tokens “My Tokens” shows</source>
        <translation>Der Benutzer, dessen Tokens „Meine Tokens“ zeigt</translation>
    </message>
    <message>
        <source>I manage my own tokens</source>
        <translation>Ich verwalte meine eigenen Tokens</translation>
    </message>
    <message>
        <source>I administer a tenant</source>
        <translation>Ich administriere einen Mandanten</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>Ä&amp;ndern…</translation>
    </message>
    <message>
        <source>What will you do with this connection?</source>
        <translation>Was möchten Sie mit dieser Verbindung tun?</translation>
    </message>
    <message>
        <source>See, create and revoke your own tokens. You sign in as yourself in your browser, through your organisation&apos;s Latchkey gateway: there is no secret to type.</source>
        <translation>Eigene Tokens ansehen, erstellen und widerrufen. Sie melden sich im Browser als Sie selbst an, über das Latchkey-Gateway Ihrer Organisation: Es ist kein Geheimnis einzugeben.</translation>
    </message>
    <message>
        <source>Manage the tokens of every user of a Logto tenant, with a machine-to-machine app and its secret.</source>
        <translation>Die Tokens aller Benutzer eines Logto-Mandanten verwalten, mit einer Machine-to-Machine-App und ihrem Geheimnis.</translation>
    </message>
    <message>
        <source>Resource indicator</source>
        <translation>Ressourcenindikator</translation>
    </message>
    <message>
        <source>Read from the gateway</source>
        <translation>Wird vom Gateway gelesen</translation>
    </message>
    <message>
        <source>Optional: for signing in without a browser</source>
        <translation>Optional: zur Anmeldung ohne Browser</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation>&amp;Gateway:</translation>
    </message>
    <message>
        <source>Logto &amp;endpoint:</source>
        <translation>Logto-&amp;Endpunkt:</translation>
    </message>
    <message>
        <source>&amp;Resource indicator:</source>
        <translation>&amp;Ressourcenindikator:</translation>
    </message>
    <message>
        <source>&amp;Device-flow app ID:</source>
        <translation>App-ID für &amp;Gerätefluss:</translation>
    </message>
    <message>
        <source>My own tokens, signed in as myself</source>
        <translation>Meine eigenen Tokens, angemeldet als ich selbst</translation>
    </message>
    <message>
        <source>A tenant&apos;s administration (machine-to-machine app)</source>
        <translation>Verwaltung eines Mandanten (Machine-to-Machine-App)</translation>
    </message>
    <message>
        <source>&amp;Native app ID:</source>
        <translation>&amp;Native-App-ID:</translation>
    </message>
    <message>
        <source>The Native app you sign in with</source>
        <translation>Die Native-App, mit der Sie sich anmelden</translation>
    </message>
    <message>
        <source>⚠ Plain HTTP sends your sign-in and every token unencrypted. Use it only inside a network you trust.</source>
        <translation>⚠ Unverschlüsseltes HTTP überträgt Ihre Anmeldung und jedes Token im Klartext. Verwenden Sie es nur in einem Netzwerk, dem Sie vertrauen.</translation>
    </message>
    <message>
        <source>This connection uses plain HTTP to another computer: allow it below, or use https://.</source>
        <translation>Diese Verbindung nutzt unverschlüsseltes HTTP zu einem anderen Computer: Erlauben Sie es unten oder verwenden Sie https://.</translation>
    </message>
    <message>
        <source>Reading the gateway&apos;s policy…</source>
        <translation>Richtlinie des Gateways wird gelesen…</translation>
    </message>
    <message>
        <source>The gateway&apos;s policy could not be read (%1). Type the resource indicator.</source>
        <translation>Die Richtlinie des Gateways konnte nicht gelesen werden (%1). Geben Sie den Ressourcenindikator ein.</translation>
    </message>
    <message>
        <source>The gateway names no resource indicator: type it.</source>
        <translation>Das Gateway nennt keinen Ressourcenindikator: Geben Sie ihn ein.</translation>
    </message>
    <message>
        <source>Filled in from the gateway&apos;s policy.</source>
        <translation>Aus der Richtlinie des Gateways übernommen.</translation>
    </message>
    <message>
        <source>Logto and the gateway answer. You sign in from the main window.</source>
        <translation>Logto und das Gateway antworten. Sie melden sich im Hauptfenster an.</translation>
    </message>
    <message>
        <source>Checking the connection…</source>
        <translation>Verbindung wird geprüft…</translation>
    </message>
    <message>
        <source>Remove the connection “%1” and your sign-in from your keychain?</source>
        <translation>Die Verbindung „%1“ und Ihre Anmeldung aus Ihrem Schlüsselbund entfernen?</translation>
    </message>
</context>
<context>
    <name>latchkey::CtlInspect</name>
    <message>
        <source>Give at most one of --jwks, --key and --hmac-secret-stdin.</source>
        <translation>Geben Sie höchstens eine der Optionen --jwks, --key und --hmac-secret-stdin an.</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>Die Standardeingabe kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>With --hmac-secret-stdin the first line of standard input is the secret and the second the token.</source>
        <translation>Mit --hmac-secret-stdin ist die erste Zeile der Standardeingabe das Geheimnis und die zweite das Token.</translation>
    </message>
    <message>
        <source>No token arrived on standard input.</source>
        <translation>Auf der Standardeingabe ist kein Token angekommen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation>„%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <source>Cannot read the key file &quot;%1&quot;.</source>
        <translation>Die Schlüsseldatei „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot fetch the JWKS from %1: %2</source>
        <translation>Das JWKS kann nicht von %1 abgerufen werden: %2</translation>
    </message>
    <message>
        <source>--online tests Logto personal access tokens (pat_...) only.</source>
        <translation>--online prüft nur persönliche Zugriffstoken von Logto (pat_...).</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Befunde:</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>Format: %1</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256): %1</source>
        <translation>Fingerabdruck (SHA-256): %1</translation>
    </message>
    <message>
        <source>Fields:</source>
        <translation>Felder:</translation>
    </message>
    <message>
        <source>Claims:</source>
        <translation>Claims:</translation>
    </message>
    <message>
        <source>Signature: valid (%1%2)</source>
        <translation>Signatur: gültig (%1%2)</translation>
    </message>
    <message>
        <source>Signature: REJECTED: %1</source>
        <translation>Signatur: ABGELEHNT: %1</translation>
    </message>
    <message>
        <source>Signature: not checked: %1</source>
        <translation>Signatur: nicht geprüft: %1</translation>
    </message>
    <message>
        <source>Online test: %1</source>
        <translation>Online-Test: %1</translation>
    </message>
    <message>
        <source>HMAC secret (not shown): </source>
        <translation>HMAC-Geheimnis (wird nicht angezeigt): </translation>
    </message>
    <message>
        <source>Token (not shown): </source>
        <translation>Token (wird nicht angezeigt): </translation>
    </message>
    <message>
        <source>The token belongs to the profile &quot;%1&quot;; --online sends it only to that profile&apos;s server, not to &quot;%2&quot;.</source>
        <translation>Das Token gehört zum Profil „%1“; --online sendet es nur an den Server dieses Profils, nicht an „%2“.</translation>
    </message>
</context>
<context>
    <name>latchkey::DeveloperAccount</name>
    <message>
        <source>The sign-in could not be removed from the keychain: %1</source>
        <translation>Die Anmeldung konnte nicht aus dem Schlüsselbund entfernt werden: %1</translation>
    </message>
    <message>
        <source>The server could not be told (%1); the sign-in was removed from this computer and ends when it expires.</source>
        <translation>Der Server konnte nicht benachrichtigt werden (%1); die Anmeldung wurde von diesem Computer entfernt und endet, wenn sie abläuft.</translation>
    </message>
</context>
<context>
    <name>latchkey::DeveloperSignIn</name>
    <message>
        <source>Latchkey has your sign-in. You can close this tab and go back to Latchkey.</source>
        <translation>Latchkey hat Ihre Anmeldung erhalten. Sie können diesen Tab schließen und zu Latchkey zurückkehren.</translation>
    </message>
    <message>
        <source>The browser&apos;s answer did not belong to this sign-in, so it was not used. Sign in again.</source>
        <translation>Die Antwort des Browsers gehörte nicht zu dieser Anmeldung und wurde nicht verwendet. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The server signed you in but gave Latchkey no refresh token. Check that the Native application allows refresh tokens.</source>
        <translation>Der Server hat Sie angemeldet, Latchkey aber kein Refresh-Token gegeben. Prüfen Sie, ob die native Anwendung Refresh-Tokens erlaubt.</translation>
    </message>
    <message>
        <source>The sign-in was not finished in the browser in time. Sign in again.</source>
        <translation>Die Anmeldung wurde im Browser nicht rechtzeitig abgeschlossen. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Latchkey could not wait for the browser on this computer (no free port on 127.0.0.1).</source>
        <translation>Latchkey konnte auf diesem Computer nicht auf den Browser warten (kein freier Port auf 127.0.0.1).</translation>
    </message>
    <message>
        <source>The server does not offer a safe sign-in for apps (PKCE with S256).</source>
        <translation>Der Server bietet keine sichere Anmeldung für Apps an (PKCE mit S256).</translation>
    </message>
    <message>
        <source>This connection has no device-flow application: add its app ID to the connection first.</source>
        <translation>Diese Verbindung hat keine Geräte-Anwendung: Fügen Sie zuerst deren App-ID zur Verbindung hinzu.</translation>
    </message>
    <message>
        <source>The sign-in was refused.</source>
        <translation>Die Anmeldung wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The code expired before it was confirmed. Sign in again.</source>
        <translation>Der Code ist abgelaufen, bevor er bestätigt wurde. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The server refused this app: check that the Native application&apos;s ID is right and that its redirect URI is http://127.0.0.1/callback.</source>
        <translation>Der Server hat diese App abgelehnt: Prüfen Sie, ob die ID der nativen Anwendung stimmt und ihre Weiterleitungs-URI http://127.0.0.1/callback ist.</translation>
    </message>
    <message>
        <source>The server&apos;s sign-in answer could not be used (%1).</source>
        <translation>Die Anmeldeantwort des Servers konnte nicht verwendet werden (%1).</translation>
    </message>
</context>
<context>
    <name>latchkey::DueRevocation</name>
    <message>
        <source>The old value of &quot;%1&quot; was already revoked.</source>
        <translation>Der alte Wert von „%1“ war bereits widerrufen.</translation>
    </message>
    <message>
        <source>The old value of &quot;%1&quot; was revoked as planned.</source>
        <translation>Der alte Wert von „%1“ wurde wie geplant widerrufen.</translation>
    </message>
    <message>
        <source>The old value of &quot;%1&quot; was revoked.</source>
        <translation>Der alte Wert von „%1“ wurde widerrufen.</translation>
    </message>
    <message>
        <source>The old value of &quot;%1&quot; is due to be revoked, but that failed: %2</source>
        <translation>Der alte Wert von „%1“ sollte jetzt widerrufen werden, aber das ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>latchkey::EntropyEstimator</name>
    <message>
        <source>The text is empty.</source>
        <translation>Der Text ist leer.</translation>
    </message>
    <message>
        <source>It contains &quot;xxxx&quot; or an ellipsis, as placeholders do.</source>
        <translation>Der Wert enthält „xxxx“ oder Auslassungspunkte, wie es Platzhalter tun.</translation>
    </message>
    <message>
        <source>It is a template placeholder such as &lt;token&gt;.</source>
        <translation>Der Wert ist ein Vorlagen-Platzhalter wie &lt;token&gt;.</translation>
    </message>
    <message>
        <source>It contains the word &quot;example&quot;, as documentation samples do.</source>
        <translation>Der Wert enthält das Wort „example“, wie Beispiele in Dokumentationen.</translation>
    </message>
    <message>
        <source>It reads like &quot;your-token-here&quot;.</source>
        <translation>Der Wert liest sich wie „your-token-here“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a placeholder word.</source>
        <translation>„%1“ ist ein Platzhalterwort.</translation>
    </message>
    <message numerus="yes">
        <source>It repeats one character %n times in a row.</source>
        <translation>
            <numerusform>Der Wert wiederholt ein Zeichen %n-mal hintereinander.</numerusform>
            <numerusform>Der Wert wiederholt ein Zeichen %n-mal hintereinander.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It uses only %n different character(s).</source>
        <translation>
            <numerusform>Der Wert verwendet nur %n verschiedenes Zeichen.</numerusform>
            <numerusform>Der Wert verwendet nur %n verschiedene Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>lower-case letters</source>
        <translation>Kleinbuchstaben</translation>
    </message>
    <message>
        <source>upper-case letters</source>
        <translation>Großbuchstaben</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>Ziffern</translation>
    </message>
    <message>
        <source>symbols</source>
        <translation>Sonderzeichen</translation>
    </message>
    <message>
        <source>spaces</source>
        <translation>Leerzeichen</translation>
    </message>
    <message>
        <source>non-ASCII bytes</source>
        <translation>Nicht-ASCII-Bytes</translation>
    </message>
</context>
<context>
    <name>latchkey::ExpiryChooser</name>
    <message>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <source>60 days</source>
        <translation>60 Tage</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 Tage</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>Custom date…</source>
        <translation>Eigenes Datum…</translation>
    </message>
    <message>
        <source>No expiration</source>
        <translation>Kein Ablauf</translation>
    </message>
    <message>
        <source>Expiration</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Expiration date</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message numerus="yes">
        <source>Your policy allows tokens of at most %n day(s)</source>
        <translation>
            <numerusform>Ihre Richtlinie erlaubt Tokens mit höchstens %n Tag Laufzeit</numerusform>
            <numerusform>Ihre Richtlinie erlaubt Tokens mit höchstens %n Tagen Laufzeit</numerusform>
        </translation>
    </message>
    <message>
        <source>A token that never expires stays valid until someone revokes it. If it leaks, it can be used for as long as nobody notices.</source>
        <translation>Ein Token, das nie abläuft, bleibt gültig, bis jemand es widerruft. Gelangt es in falsche Hände, kann es so lange verwendet werden, bis es jemand bemerkt.</translation>
    </message>
    <message>
        <source>Expires on %1 at %2</source>
        <translation>Läuft am %1 um %2 ab</translation>
    </message>
    <message>
        <source>%1 is in the past: choose today or a later day.</source>
        <translation>%1 liegt in der Vergangenheit: Wählen Sie heute oder einen späteren Tag.</translation>
    </message>
    <message numerus="yes">
        <source>Your organisation allows tokens of at most %n day(s), and every token must expire.</source>
        <translation>
            <numerusform>Ihre Organisation erlaubt Tokens von höchstens %n Tag, und jedes Token muss ablaufen.</numerusform>
            <numerusform>Ihre Organisation erlaubt Tokens von höchstens %n Tagen, und jedes Token muss ablaufen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your organisation allows tokens of at most %n day(s).</source>
        <translation>
            <numerusform>Ihre Organisation erlaubt Tokens von höchstens %n Tag.</numerusform>
            <numerusform>Ihre Organisation erlaubt Tokens von höchstens %n Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your organisation requires every token to expire.</source>
        <translation>Ihre Organisation verlangt, dass jedes Token abläuft.</translation>
    </message>
</context>
<context>
    <name>latchkey::ExpiryFormatter</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>in less than a minute</source>
        <translation>in weniger als einer Minute</translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>in %n Minute</numerusform>
            <numerusform>in %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n Stunde</numerusform>
            <numerusform>in %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>expired just now</source>
        <translation>gerade abgelaufen</translation>
    </message>
    <message numerus="yes">
        <source>expired %n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute abgelaufen</numerusform>
            <numerusform>vor %n Minuten abgelaufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde abgelaufen</numerusform>
            <numerusform>vor %n Stunden abgelaufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag abgelaufen</numerusform>
            <numerusform>vor %n Tagen abgelaufen</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation>Läuft nie ab</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Läuft bald ab</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
</context>
<context>
    <name>latchkey::ExpiryNotice</name>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show only expired and soon-expiring tokens</source>
        <translation>Nur abgelaufene und bald ablaufende Tokens anzeigen</translation>
    </message>
    <message>
        <source>%1 expired or expire within %2</source>
        <translation>%1 abgelaufen oder mit Ablauf innerhalb von %2</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n Token</numerusform>
            <numerusform>%n Tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::ExpiryReminders</name>
    <message>
        <source>Latchkey is still running</source>
        <translation>Latchkey läuft weiter</translation>
    </message>
    <message>
        <source>It reminds you before your tokens expire. Quit it from its menu in the tray.</source>
        <translation>Es erinnert Sie, bevor Ihre Tokens ablaufen. Beenden Sie es über sein Menü im Infobereich.</translation>
    </message>
</context>
<context>
    <name>latchkey::ExpirySpec</name>
    <message>
        <source>%1 days is too far ahead; give at most %2 days.</source>
        <translation>%1 Tage liegen zu weit in der Zukunft; geben Sie höchstens %2 Tage an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an expiry: give a number of days, a date as YYYY-MM-DD, or &quot;never&quot;.</source>
        <translation>„%1“ ist keine Ablaufangabe: Geben Sie eine Anzahl von Tagen, ein Datum als YYYY-MM-DD oder „never“ an.</translation>
    </message>
    <message>
        <source>The expiry date is not a valid date.</source>
        <translation>Das Ablaufdatum ist kein gültiges Datum.</translation>
    </message>
    <message>
        <source>The expiry time is not valid.</source>
        <translation>Die Ablaufzeit ist ungültig.</translation>
    </message>
    <message>
        <source>The expiry must be in the future.</source>
        <translation>Der Ablauf muss in der Zukunft liegen.</translation>
    </message>
    <message numerus="yes">
        <source>Tokens that never expire are not allowed; the longest lifetime is %n day(s).</source>
        <translation>
            <numerusform>Tokens, die nie ablaufen, sind nicht erlaubt; die längste Laufzeit beträgt %n Tag.</numerusform>
            <numerusform>Tokens, die nie ablaufen, sind nicht erlaubt; die längste Laufzeit beträgt %n Tage.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The longest allowed lifetime is %n day(s).</source>
        <translation>
            <numerusform>Die längste erlaubte Laufzeit beträgt %n Tag.</numerusform>
            <numerusform>Die längste erlaubte Laufzeit beträgt %n Tage.</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>at the end of %1</source>
        <translation>am Ende des %1</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>am %1</translation>
    </message>
</context>
<context>
    <name>latchkey::FormatDetector</name>
    <message>
        <source>fine-grained personal access token</source>
        <translation>feingranulares persönliches Zugriffstoken</translation>
    </message>
    <message>
        <source>personal access token</source>
        <translation>persönliches Zugriffstoken</translation>
    </message>
    <message>
        <source>OAuth access token</source>
        <translation>OAuth-Zugriffstoken</translation>
    </message>
    <message>
        <source>GitHub App user-to-server token</source>
        <translation>GitHub-App-User-to-Server-Token</translation>
    </message>
    <message>
        <source>GitHub App server-to-server token</source>
        <translation>GitHub-App-Server-to-Server-Token</translation>
    </message>
    <message>
        <source>refresh token</source>
        <translation>Refresh-Token</translation>
    </message>
    <message>
        <source>access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>rotating bot token (configuration)</source>
        <translation>rotierendes Bot-Token (Konfiguration)</translation>
    </message>
    <message>
        <source>rotating user token (configuration)</source>
        <translation>rotierendes Benutzer-Token (Konfiguration)</translation>
    </message>
    <message>
        <source>configuration refresh token</source>
        <translation>Konfigurations-Refresh-Token</translation>
    </message>
    <message>
        <source>bot token</source>
        <translation>Bot-Token</translation>
    </message>
    <message>
        <source>user token</source>
        <translation>Benutzer-Token</translation>
    </message>
    <message>
        <source>app-level token</source>
        <translation>App-Level-Token</translation>
    </message>
    <message>
        <source>legacy workspace app token</source>
        <translation>veraltetes Workspace-App-Token</translation>
    </message>
    <message>
        <source>legacy refresh token</source>
        <translation>veraltetes Refresh-Token</translation>
    </message>
    <message>
        <source>legacy token</source>
        <translation>veraltetes Token</translation>
    </message>
    <message>
        <source>legacy session token</source>
        <translation>veraltetes Sitzungstoken</translation>
    </message>
    <message>
        <source>live secret key</source>
        <translation>geheimer Live-Schlüssel</translation>
    </message>
    <message>
        <source>test secret key</source>
        <translation>geheimer Test-Schlüssel</translation>
    </message>
    <message>
        <source>live restricted key</source>
        <translation>eingeschränkter Live-Schlüssel</translation>
    </message>
    <message>
        <source>test restricted key</source>
        <translation>eingeschränkter Test-Schlüssel</translation>
    </message>
    <message>
        <source>live publishable key</source>
        <translation>veröffentlichbarer Live-Schlüssel</translation>
    </message>
    <message>
        <source>test publishable key</source>
        <translation>veröffentlichbarer Test-Schlüssel</translation>
    </message>
    <message>
        <source>webhook signing secret</source>
        <translation>Webhook-Signaturgeheimnis</translation>
    </message>
    <message>
        <source>long-term access key id</source>
        <translation>langfristige Zugriffsschlüssel-ID</translation>
    </message>
    <message>
        <source>temporary (STS) access key id</source>
        <translation>temporäre (STS-)Zugriffsschlüssel-ID</translation>
    </message>
    <message>
        <source>STS service bearer token key id</source>
        <translation>Schlüssel-ID eines STS-Service-Bearer-Tokens</translation>
    </message>
    <message>
        <source>context-specific credential key id</source>
        <translation>kontextspezifische Zugangsdaten-Schlüssel-ID</translation>
    </message>
    <message>
        <source>Character %1 is not allowed in a %2.</source>
        <translation>Das Zeichen an Position %1 ist in „%2“ nicht erlaubt.</translation>
    </message>
    <message>
        <source>A %1 has %2 characters after &quot;%3&quot;; this one has %4.</source>
        <translation>„%1“ hat %2 Zeichen nach „%3“; dieser Wert hat %4.</translation>
    </message>
    <message>
        <source>A %1 has %2 to %3 characters after &quot;%4&quot;; this one has %5.</source>
        <translation>„%1“ hat %2 bis %3 Zeichen nach „%4“; dieser Wert hat %5.</translation>
    </message>
    <message>
        <source>A GitHub fine-grained token is &quot;github_pat_&quot;, 22 letters or digits, &quot;_&quot;, then 59 letters or digits.</source>
        <translation>Ein feingranulares GitHub-Token besteht aus „github_pat_“, 22 Buchstaben oder Ziffern, „_“ und dann 59 Buchstaben oder Ziffern.</translation>
    </message>
    <message>
        <source>unrecognised string</source>
        <translation>unbekannte Zeichenkette</translation>
    </message>
    <message>
        <source>Logto personal access token</source>
        <translation>persönliches Zugriffstoken von Logto</translation>
    </message>
    <message>
        <source>GitHub token</source>
        <translation>GitHub-Token</translation>
    </message>
    <message>
        <source>GitHub fine-grained personal access token</source>
        <translation>feingranulares persönliches Zugriffstoken von GitHub</translation>
    </message>
    <message>
        <source>npm access token</source>
        <translation>npm-Zugriffstoken</translation>
    </message>
    <message>
        <source>GitLab personal access token (legacy)</source>
        <translation>persönliches Zugriffstoken von GitLab (veraltet)</translation>
    </message>
    <message>
        <source>GitLab personal access token (routable)</source>
        <translation>persönliches Zugriffstoken von GitLab (routingfähig)</translation>
    </message>
    <message>
        <source>PyPI API token</source>
        <translation>PyPI-API-Token</translation>
    </message>
    <message>
        <source>Slack token</source>
        <translation>Slack-Token</translation>
    </message>
    <message>
        <source>Stripe key</source>
        <translation>Stripe-Schlüssel</translation>
    </message>
    <message>
        <source>AWS access key id</source>
        <translation>AWS-Zugriffsschlüssel-ID</translation>
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
        <translation>Das Erstellen des Tokens „%1“ wurde unterbrochen, bevor der Server es angelegt hat; es wurde nichts erstellt.</translation>
    </message>
    <message>
        <source>Creating the token &quot;%1&quot; was interrupted; whether the server made it is checked again at the next start: %2</source>
        <translation>Das Erstellen des Tokens „%1“ wurde unterbrochen; ob der Server es angelegt hat, wird beim nächsten Start erneut geprüft: %2</translation>
    </message>
    <message>
        <source>The token &quot;%1&quot; created before Latchkey stopped is in your keychain.</source>
        <translation>Das Token „%1“, das vor dem Beenden von Latchkey erstellt wurde, ist in Ihrem Schlüsselbund.</translation>
    </message>
    <message>
        <source>The value of the token &quot;%1&quot;, created before Latchkey stopped, cannot be saved yet: %2</source>
        <translation>Der Wert des Tokens „%1“, das vor dem Beenden von Latchkey erstellt wurde, kann noch nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Recovered: the token &quot;%1&quot; created before Latchkey stopped was saved to your keychain.</source>
        <translation>Wiederhergestellt: Das Token „%1“, das vor dem Beenden von Latchkey erstellt wurde, wurde in Ihrem Schlüsselbund gespeichert.</translation>
    </message>
</context>
<context>
    <name>latchkey::GenerateTokenDialog</name>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Erzeugen</translation>
    </message>
    <message>
        <source>Generate Token</source>
        <translation>Token erzeugen</translation>
    </message>
    <message>
        <source>e.g. CI deploy, laptop CLI</source>
        <translation>z. B. CI-Deployment, Laptop-CLI</translation>
    </message>
    <message>
        <source>Token name</source>
        <translation>Tokenname</translation>
    </message>
    <message>
        <source>A new personal access token for &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Ein neues persönliches Zugriffstoken für &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Expires in:</source>
        <translation>&amp;Gültig für:</translation>
    </message>
    <message>
        <source>Give it a name that says where it is used.</source>
        <translation>Wählen Sie einen Namen, der angibt, wo es verwendet wird.</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>Wird erzeugt…</translation>
    </message>
    <message>
        <source>A new personal access token for you.</source>
        <translation>Ein neues persönliches Zugriffstoken für Sie.</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>A name has %1 to %2 characters.</source>
        <translation>Ein Name hat %1 bis %2 Zeichen.</translation>
    </message>
    <message numerus="yes">
        <source>You may hold at most %n token(s).</source>
        <translation>
            <numerusform>Sie dürfen höchstens %n Token besitzen.</numerusform>
            <numerusform>Sie dürfen höchstens %n Tokens besitzen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your organisation wants names of at least %n character(s).</source>
        <translation>
            <numerusform>Ihre Organisation verlangt Namen mit mindestens %n Zeichen.</numerusform>
            <numerusform>Ihre Organisation verlangt Namen mit mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You already hold %n token(s), the most your organisation allows. Revoke one first.</source>
        <translation>
            <numerusform>Sie besitzen bereits %n Token, so viele, wie Ihre Organisation erlaubt. Widerrufen Sie zuerst eines.</numerusform>
            <numerusform>Sie besitzen bereits %n Tokens, so viele, wie Ihre Organisation erlaubt. Widerrufen Sie zuerst eines.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::GitLabRoutableDecoder</name>
    <message>
        <source>A routable GitLab token is &quot;glpat-&quot;, a base64url payload, &quot;.&quot;, a 2-character version, &quot;.&quot;, then 9 base36 characters.</source>
        <translation>Ein routingfähiges GitLab-Token besteht aus „glpat-“, einer Base64url-Nutzlast, „.“, einer 2-stelligen Version, „.“ und dann 9 Base36-Zeichen.</translation>
    </message>
    <message>
        <source>The CRC-32 checksum does not match: the token has a typo or is not genuine.</source>
        <translation>Die CRC-32-Prüfsumme stimmt nicht: Das Token enthält einen Tippfehler oder ist nicht echt.</translation>
    </message>
    <message>
        <source>The CRC-32 checksum matches.</source>
        <translation>Die CRC-32-Prüfsumme stimmt.</translation>
    </message>
    <message>
        <source>Token version</source>
        <translation>Token-Version</translation>
    </message>
    <message>
        <source>The payload length field says %1 characters, but the payload has %2.</source>
        <translation>Das Längenfeld der Nutzlast gibt %1 Zeichen an, die Nutzlast hat aber %2.</translation>
    </message>
    <message>
        <source>The payload is not valid base64url.</source>
        <translation>Die Nutzlast ist kein gültiges Base64url.</translation>
    </message>
    <message>
        <source>The payload&apos;s random part is longer than the payload.</source>
        <translation>Der Zufallsteil der Nutzlast ist länger als die Nutzlast.</translation>
    </message>
    <message>
        <source>Cell id</source>
        <translation>Zellen-ID</translation>
    </message>
    <message>
        <source>Organization id</source>
        <translation>Organisations-ID</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Group id</source>
        <translation>Gruppen-ID</translation>
    </message>
    <message>
        <source>Project id</source>
        <translation>Projekt-ID</translation>
    </message>
    <message>
        <source>Routing value &quot;%1&quot;</source>
        <translation>Routing-Wert „%1“</translation>
    </message>
</context>
<context>
    <name>latchkey::InputNormalizer</name>
    <message>
        <source>Removed whitespace around the token.</source>
        <translation>Leerraum um das Token entfernt.</translation>
    </message>
    <message>
        <source>Removed an &quot;Authorization:&quot; header name.</source>
        <translation>Headername „Authorization:“ entfernt.</translation>
    </message>
    <message>
        <source>Removed a &quot;Bearer&quot; prefix.</source>
        <translation>Präfix „Bearer“ entfernt.</translation>
    </message>
    <message>
        <source>Removed quotes around the token.</source>
        <translation>Anführungszeichen um das Token entfernt.</translation>
    </message>
    <message>
        <source>Removed line breaks inside the token.</source>
        <translation>Zeilenumbrüche im Token entfernt.</translation>
    </message>
</context>
<context>
    <name>latchkey::InspectorPage</name>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Nothing to inspect yet</source>
        <translation>Noch nichts zu prüfen</translation>
    </message>
    <message>
        <source>Supported: Logto, GitHub, GitLab, npm, PyPI, Slack, Stripe and AWS keys, and any JWT.</source>
        <translation>Unterstützt: Schlüssel von Logto, GitHub, GitLab, npm, PyPI, Slack, Stripe und AWS sowie jedes JWT.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n character(s)</source>
        <translation>
            <numerusform>%1 · %n Zeichen</numerusform>
            <numerusform>%1 · %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>Known token</source>
        <translation>Bekanntes Token</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Decoded</source>
        <translation>Dekodiert</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>&amp;Test Online</source>
        <translation>Online &amp;testen</translation>
    </message>
    <message>
        <source>Paste a token to learn what it is. Nothing leaves this computer unless you press Test Online.</source>
        <translation>Fügen Sie ein Token ein, um zu erfahren, was es ist. Nichts verlässt diesen Computer, solange Sie nicht auf „Online testen“ klicken.</translation>
    </message>
    <message>
        <source>Cached &amp;Token</source>
        <translation>Zwischengespeichertes &amp;Token</translation>
    </message>
    <message>
        <source>Inspect a token whose value is cached in your keychain</source>
        <translation>Ein Token prüfen, dessen Wert in Ihrem Schlüsselbund zwischengespeichert ist</translation>
    </message>
    <message>
        <source>Sends this Logto token to the current connection to see whether it is still accepted</source>
        <translation>Sendet dieses Logto-Token an die aktuelle Verbindung, um zu prüfen, ob es noch akzeptiert wird</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Copy “%1”</source>
        <translation>„%1“ kopieren</translation>
    </message>
    <message>
        <source>Online test</source>
        <translation>Online-Test</translation>
    </message>
    <message>
        <source>Valid (%1, the server’s key set)</source>
        <translation>Gültig (%1, Schlüsselsatz des Servers)</translation>
    </message>
    <message>
        <source>Send the token to another server?</source>
        <translation>Das Token an einen anderen Server senden?</translation>
    </message>
    <message>
        <source>“%1” is a token of the connection “%2”, but Test Online would send it to %3, the server of “%4”.</source>
        <translation>„%1“ ist ein Token der Verbindung „%2“, aber „Online testen“ würde es an %3 senden, den Server von „%4“.</translation>
    </message>
    <message>
        <source>That server did not issue it and cannot vouch for it, and whoever runs it would see the token. Switch to “%1” to test it where it belongs.</source>
        <translation>Dieser Server hat es nicht ausgestellt und kann es nicht bestätigen, und wer ihn betreibt, würde das Token sehen. Wechseln Sie zu „%1“, um es dort zu testen, wo es hingehört.</translation>
    </message>
    <message>
        <source>&amp;Send to %1</source>
        <translation>An %1 &amp;senden</translation>
    </message>
</context>
<context>
    <name>latchkey::JwkSet</name>
    <message>
        <source>The key set is not a JSON object.</source>
        <translation>Der Schlüsselsatz ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The key set&apos;s &quot;keys&quot; member is not an array.</source>
        <translation>Das Element „keys“ des Schlüsselsatzes ist kein Array.</translation>
    </message>
    <message>
        <source>The JSON is neither a JWK Set nor a JWK.</source>
        <translation>Das JSON ist weder ein JWK Set noch ein JWK.</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message>
        <source>key &quot;%1&quot;</source>
        <translation>Schlüssel „%1“</translation>
    </message>
    <message>
        <source>an RSA key needs base64url &quot;n&quot; and &quot;e&quot;.</source>
        <translation>ein RSA-Schlüssel braucht „n“ und „e“ in Base64url.</translation>
    </message>
    <message>
        <source>the curve &quot;%1&quot; is not supported.</source>
        <translation>die Kurve „%1“ wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>an EC key on %1 needs &quot;x&quot; and &quot;y&quot; of %2 bytes each.</source>
        <translation>ein EC-Schlüssel auf %1 braucht „x“ und „y“ mit je %2 Bytes.</translation>
    </message>
    <message>
        <source>an Ed25519 key needs an &quot;x&quot; of 32 bytes.</source>
        <translation>ein Ed25519-Schlüssel braucht ein „x“ mit 32 Bytes.</translation>
    </message>
    <message>
        <source>a symmetric key needs a base64url &quot;k&quot;.</source>
        <translation>ein symmetrischer Schlüssel braucht ein „k“ in Base64url.</translation>
    </message>
    <message>
        <source>the key type &quot;%1&quot; is not supported.</source>
        <translation>der Schlüsseltyp „%1“ wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>OpenSSL rejected the key material.</source>
        <translation>OpenSSL hat das Schlüsselmaterial abgelehnt.</translation>
    </message>
    <message>
        <source>its &quot;use&quot; is &quot;%1&quot;, not &quot;sig&quot;.</source>
        <translation>sein „use“ ist „%1“, nicht „sig“.</translation>
    </message>
    <message>
        <source>its &quot;key_ops&quot; do not include &quot;verify&quot;.</source>
        <translation>seine „key_ops“ enthalten nicht „verify“.</translation>
    </message>
    <message>
        <source>a symmetric key from a URL is not used: whoever can fetch it can sign with it.</source>
        <translation>ein symmetrischer Schlüssel von einer URL wird nicht verwendet: Wer ihn abrufen kann, kann damit signieren.</translation>
    </message>
</context>
<context>
    <name>latchkey::JwsParser</name>
    <message numerus="yes">
        <source>The token has %n part(s) separated by dots; a compact JWS has exactly 3.</source>
        <translation>
            <numerusform>Das Token hat %n durch Punkte getrennten Teil; ein kompaktes JWS hat genau 3.</numerusform>
            <numerusform>Das Token hat %n durch Punkte getrennte Teile; ein kompaktes JWS hat genau 3.</numerusform>
        </translation>
    </message>
    <message>
        <source>The header (part 1) is not valid base64url.</source>
        <translation>Der Header (Teil 1) ist kein gültiges Base64url.</translation>
    </message>
    <message>
        <source>The header (part 1) is not a JSON object.</source>
        <translation>Der Header (Teil 1) ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The payload (part 2) is not valid base64url.</source>
        <translation>Die Nutzlast (Teil 2) ist kein gültiges Base64url.</translation>
    </message>
    <message>
        <source>The signature (part 3) is not valid base64url.</source>
        <translation>Die Signatur (Teil 3) ist kein gültiges Base64url.</translation>
    </message>
    <message>
        <source>The header has no &quot;alg&quot; string.</source>
        <translation>Der Header hat keine Zeichenkette „alg“.</translation>
    </message>
</context>
<context>
    <name>latchkey::JwsVerifier</name>
    <message>
        <source>The token says %1, but the key is %2: it cannot verify %1 signatures.</source>
        <translation>Das Token gibt %1 an, der Schlüssel ist aber %2: Damit lassen sich keine %1-Signaturen prüfen.</translation>
    </message>
    <message>
        <source>The signature has %1 bytes; %2 with this key needs exactly %3.</source>
        <translation>Die Signatur hat %1 Bytes; %2 mit diesem Schlüssel erfordert genau %3.</translation>
    </message>
    <message>
        <source>The signature does not match: the token was altered or signed with another key.</source>
        <translation>Die Signatur stimmt nicht: Das Token wurde verändert oder mit einem anderen Schlüssel signiert.</translation>
    </message>
    <message>
        <source>OpenSSL could not compute the HMAC.</source>
        <translation>OpenSSL konnte den HMAC nicht berechnen.</translation>
    </message>
    <message>
        <source>The HMAC key has only %1 bytes; %2 requires at least %3.</source>
        <translation>Der HMAC-Schlüssel hat nur %1 Bytes; %2 erfordert mindestens %3.</translation>
    </message>
    <message>
        <source>OpenSSL could not read the ECDSA signature.</source>
        <translation>OpenSSL konnte die ECDSA-Signatur nicht lesen.</translation>
    </message>
    <message>
        <source>OpenSSL could not set up the verification.</source>
        <translation>OpenSSL konnte die Prüfung nicht vorbereiten.</translation>
    </message>
    <message>
        <source>OpenSSL could not set up RSA-PSS.</source>
        <translation>OpenSSL konnte RSA-PSS nicht einrichten.</translation>
    </message>
    <message>
        <source>The RSA key has only %1 bits; %2 requires at least 2048.</source>
        <translation>Der RSA-Schlüssel hat nur %1 Bit; %2 erfordert mindestens 2048.</translation>
    </message>
    <message>
        <source>The token says %1, but the key is meant for %2.</source>
        <translation>Das Token gibt %1 an, der Schlüssel ist aber für %2 bestimmt.</translation>
    </message>
    <message>
        <source>The key set has no usable key with id &quot;%1&quot;.</source>
        <translation>Der Schlüsselsatz hat keinen verwendbaren Schlüssel mit der ID „%1“.</translation>
    </message>
    <message>
        <source>The key set has no usable keys.</source>
        <translation>Der Schlüsselsatz hat keine verwendbaren Schlüssel.</translation>
    </message>
    <message>
        <source>The token is unsigned (alg &quot;none&quot;); unsigned tokens are always rejected.</source>
        <translation>Das Token ist nicht signiert (alg „none“); unsignierte Tokens werden immer abgelehnt.</translation>
    </message>
    <message>
        <source>The signature algorithm &quot;%1&quot; is not supported.</source>
        <translation>Der Signaturalgorithmus „%1“ wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>No key was given, so the signature was not checked.</source>
        <translation>Es wurde kein Schlüssel angegeben, daher wurde die Signatur nicht geprüft.</translation>
    </message>
    <message>
        <source>The PEM text is neither a public key nor a certificate.</source>
        <translation>Der PEM-Text ist weder ein öffentlicher Schlüssel noch ein Zertifikat.</translation>
    </message>
    <message>
        <source>The header sets &quot;b64&quot; (RFC 7797): the payload was signed unencoded, which Latchkey does not support, so the token is not accepted.</source>
        <translation>Der Header setzt „b64“ (RFC 7797): Die Nutzdaten wurden unkodiert signiert, was Latchkey nicht unterstützt; das Token wird daher nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The header&apos;s &quot;crit&quot; list is malformed (RFC 7515 section 4.1.11), so the token is invalid.</source>
        <translation>Die „crit“-Liste des Headers ist fehlerhaft (RFC 7515, Abschnitt 4.1.11); das Token ist daher ungültig.</translation>
    </message>
    <message>
        <source>The header marks %1 as critical: an extension Latchkey does not implement, so the token must be rejected (RFC 7515 section 4.1.11).</source>
        <translation>Der Header kennzeichnet %1 als kritisch: eine Erweiterung, die Latchkey nicht implementiert; das Token muss daher abgelehnt werden (RFC 7515, Abschnitt 4.1.11).</translation>
    </message>
</context>
<context>
    <name>latchkey::KeySourceSelector</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>L&amp;oad</source>
        <translation>&amp;Laden</translation>
    </message>
    <message>
        <source>Do not check signatures</source>
        <translation>Signaturen nicht prüfen</translation>
    </message>
    <message>
        <source>This connection’s key set</source>
        <translation>Schlüsselsatz dieser Verbindung</translation>
    </message>
    <message>
        <source>JWKS file</source>
        <translation>JWKS-Datei</translation>
    </message>
    <message>
        <source>JWKS URL</source>
        <translation>JWKS-URL</translation>
    </message>
    <message>
        <source>PEM public key or certificate</source>
        <translation>Öffentlicher PEM-Schlüssel oder Zertifikat</translation>
    </message>
    <message>
        <source>HMAC secret</source>
        <translation>HMAC-Geheimnis</translation>
    </message>
    <message>
        <source>Signature key source</source>
        <translation>Quelle des Signaturschlüssels</translation>
    </message>
    <message>
        <source>&amp;Verify signatures with:</source>
        <translation>Signaturen &amp;prüfen mit:</translation>
    </message>
    <message>
        <source>Type the shared secret.</source>
        <translation>Geben Sie das gemeinsame Geheimnis ein.</translation>
    </message>
    <message numerus="yes">
        <source>HMAC secret set (%n byte(s)).</source>
        <translation>
            <numerusform>HMAC-Geheimnis gesetzt (%n Byte).</numerusform>
            <numerusform>HMAC-Geheimnis gesetzt (%n Byte).</numerusform>
        </translation>
    </message>
    <message>
        <source>Path of a JSON Web Key Set file</source>
        <translation>Pfad einer JSON-Web-Key-Set-Datei</translation>
    </message>
    <message>
        <source>Choose a key set file.</source>
        <translation>Wählen Sie eine Schlüsselsatz-Datei.</translation>
    </message>
    <message>
        <source>https://…/jwks</source>
        <translation>https://…/jwks</translation>
    </message>
    <message>
        <source>Type the key set’s URL and press Enter. Only the key set is fetched; the token is not sent.</source>
        <translation>Geben Sie die URL des Schlüsselsatzes ein und drücken Sie die Eingabetaste. Nur der Schlüsselsatz wird abgerufen; das Token wird nicht gesendet.</translation>
    </message>
    <message>
        <source>Path of a PEM public key or certificate</source>
        <translation>Pfad eines öffentlichen PEM-Schlüssels oder Zertifikats</translation>
    </message>
    <message>
        <source>Choose a key or certificate file.</source>
        <translation>Wählen Sie eine Schlüssel- oder Zertifikatsdatei.</translation>
    </message>
    <message>
        <source>Shared secret</source>
        <translation>Gemeinsames Geheimnis</translation>
    </message>
    <message>
        <source>Choose a Public Key or Certificate</source>
        <translation>Öffentlichen Schlüssel oder Zertifikat wählen</translation>
    </message>
    <message>
        <source>Choose a Key Set</source>
        <translation>Schlüsselsatz wählen</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer *.pub);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt *.cer *.pub);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>JSON files (*.json *.jwks);;All files (*)</source>
        <translation>JSON-Dateien (*.json *.jwks);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No connection is open.</source>
        <translation>Es ist keine Verbindung geöffnet.</translation>
    </message>
    <message>
        <source>Fetching the key set of %1…</source>
        <translation>Schlüsselsatz von %1 wird abgerufen…</translation>
    </message>
    <message>
        <source>“%1” is not a URL.</source>
        <translation>„%1“ ist keine URL.</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>%1 wird abgerufen…</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Wählen Sie zuerst eine Datei.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Public key loaded from %1.</source>
        <translation>Öffentlicher Schlüssel aus %1 geladen.</translation>
    </message>
    <message>
        <source>%1 holds neither a PEM public key nor a certificate.</source>
        <translation>%1 enthält weder einen öffentlichen PEM-Schlüssel noch ein Zertifikat.</translation>
    </message>
    <message>
        <source>Not a key set: %1</source>
        <translation>Kein Schlüsselsatz: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) loaded from %1.</source>
        <translation>
            <numerusform>%n Schlüssel aus %1 geladen.</numerusform>
            <numerusform>%n Schlüssel aus %1 geladen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::KeychainSecretStore</name>
    <message>
        <source>System keychain</source>
        <translation>Systemschlüsselbund</translation>
    </message>
    <message>
        <source>the keychain returned a different value</source>
        <translation>der Schlüsselbund hat einen anderen Wert zurückgegeben</translation>
    </message>
</context>
<context>
    <name>latchkey::LatchkeyApp</name>
    <message>
        <source>The sandbox server did not start: %1</source>
        <translation>Der Sandbox-Server wurde nicht gestartet: %1</translation>
    </message>
    <message>
        <source>The sandbox connection could not be saved: %1</source>
        <translation>Die Sandbox-Verbindung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>No system keychain found: the sandbox keeps its secrets in memory, and they are gone when Latchkey quits.</source>
        <translation>Kein System-Schlüsselbund gefunden: Die Sandbox hält ihre Geheimnisse im Arbeitsspeicher, und sie sind weg, wenn Latchkey beendet wird.</translation>
    </message>
    <message>
        <source>Your keychain is locked. Latchkey keeps connection secrets and token values only there: unlock it to connect.</source>
        <translation>Ihr Schlüsselbund ist gesperrt. Latchkey bewahrt Verbindungsgeheimnisse und Token-Werte nur dort auf: Entsperren Sie ihn, um sich zu verbinden.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>No system keychain answers (Secret Service). Latchkey keeps connection secrets and token values only there: start one (such as GNOME Keyring or KWallet), then try again.</source>
        <translation>Kein System-Schlüsselbund antwortet (Secret Service). Latchkey bewahrt Verbindungsgeheimnisse und Token-Werte nur dort auf: Starten Sie einen (etwa GNOME Keyring oder KWallet) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>The keychain did not answer: %1</source>
        <translation>Der Schlüsselbund hat nicht geantwortet: %1</translation>
    </message>
    <message>
        <source>the gateway&apos;s API resource could not be made</source>
        <translation>die API-Ressource des Gateways konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>the developer&apos;s sign-in app could not be made</source>
        <translation>die Anmelde-App des Entwicklers konnte nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>latchkey::MacaroonDecoder</name>
    <message>
        <source>The part after &quot;pypi-&quot; is not valid base64url.</source>
        <translation>Der Teil nach „pypi-“ ist kein gültiges Base64url.</translation>
    </message>
    <message>
        <source>The token is not a version 2 macaroon.</source>
        <translation>Das Token ist kein Macaroon der Version 2.</translation>
    </message>
    <message>
        <source>The macaroon is truncated or malformed.</source>
        <translation>Das Macaroon ist abgeschnitten oder fehlerhaft.</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>The macaroon&apos;s location is not pypi.org.</source>
        <translation>Der Ort des Macaroons ist nicht pypi.org.</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Bezeichner</translation>
    </message>
    <message>
        <source>%1 (third-party caveat at %2)</source>
        <translation>%1 (Drittanbieter-Caveat bei %2)</translation>
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
        <translation>Die Signatur des Macaroons kann nur PyPI prüfen.</translation>
    </message>
    <message>
        <source>Valid until %1 (%2)</source>
        <translation>Gültig bis %1 (%2)</translation>
    </message>
    <message>
        <source>Only for projects %1</source>
        <translation>Nur für die Projekte %1</translation>
    </message>
    <message>
        <source>Only for project ids %1</source>
        <translation>Nur für die Projekt-IDs %1</translation>
    </message>
    <message>
        <source>Only for the user with id %1</source>
        <translation>Nur für den Benutzer mit der ID %1</translation>
    </message>
    <message>
        <source>Only for a trusted publisher</source>
        <translation>Nur für einen Trusted Publisher</translation>
    </message>
    <message>
        <source>Whole account (all projects)</source>
        <translation>Gesamtes Konto (alle Projekte)</translation>
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
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>My Tokens</source>
        <translation>Meine Tokens</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>Manage Connections…</source>
        <translation>Verbindungen verwalten…</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>Letzte Synchronisierung %1</translation>
    </message>
    <message numerus="yes">
        <source>Clipboard clears in %n s</source>
        <translation>
            <numerusform>Zwischenablage wird in %n s geleert</numerusform>
            <numerusform>Zwischenablage wird in %n s geleert</numerusform>
        </translation>
    </message>
    <message>
        <source>Token on the clipboard until you quit</source>
        <translation>Token bleibt bis zum Beenden in der Zwischenablage</translation>
    </message>
    <message>
        <source>Clipboard cleared.</source>
        <translation>Zwischenablage geleert.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Add a connection to a Logto tenant to see your tokens.</source>
        <translation>Fügen Sie eine Verbindung zu einem Logto-Tenant hinzu, um Ihre Tokens zu sehen.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Manage Connections…</source>
        <translation>&amp;Verbindungen verwalten…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;My Tokens</source>
        <translation>&amp;Meine Tokens</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <source>&amp;Inspector</source>
        <translation>&amp;Inspektor</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation>&amp;Token</translation>
    </message>
    <message>
        <source>No token list on this page</source>
        <translation>Auf dieser Seite gibt es keine Tokenliste</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Latchkey</source>
        <translation>&amp;Über Latchkey</translation>
    </message>
    <message>
        <source>About Latchkey</source>
        <translation>Über Latchkey</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Latchkey %1&lt;/h3&gt;&lt;p&gt;Personal access tokens for Logto, kept in your keychain.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Latchkey %1&lt;/h3&gt;&lt;p&gt;Persönliche Zugriffstoken für Logto, aufbewahrt in Ihrem Schlüsselbund.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Beschäftigt</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Cannot open the connection “%1”: %2</source>
        <translation>Die Verbindung „%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>Choose your own user for this connection to see “My Tokens” (Manage Connections → My user).</source>
        <translation>Wählen Sie für diese Verbindung Ihren eigenen Benutzer, um „Meine Tokens“ zu sehen (Verbindungen verwalten → Mein Benutzer).</translation>
    </message>
    <message>
        <source>you</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation>Problem mit %1</translation>
    </message>
    <message>
        <source>the server cannot be reached</source>
        <translation>der Server ist nicht erreichbar</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Back online.</source>
        <translation>Wieder online.</translation>
    </message>
    <message>
        <source>Could not keep an offline copy of the tokens: %1</source>
        <translation>Es konnte keine Offline-Kopie der Tokens angelegt werden: %1</translation>
    </message>
    <message>
        <source>Copied “%1”.</source>
        <translation>„%1“ kopiert.</translation>
    </message>
    <message>
        <source>The value of “%1” cannot be read from the keychain: %2</source>
        <translation>Der Wert von „%1“ kann nicht aus dem Schlüsselbund gelesen werden: %2</translation>
    </message>
    <message>
        <source>Scan Computer</source>
        <translation>Computer durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Scan Computer</source>
        <translation>Computer &amp;durchsuchen</translation>
    </message>
    <message>
        <source>Latchkey &amp;Manual</source>
        <translation>Latchkey-&amp;Handbuch</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Sign-in address copied.</source>
        <translation>Anmeldeadresse kopiert.</translation>
    </message>
    <message>
        <source>Sign &amp;In…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>Signed out of %1</source>
        <translation>Von %1 abgemeldet</translation>
    </message>
    <message>
        <source>Signed out of %1.</source>
        <translation>Von %1 abgemeldet.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Bei %1 als %2 angemeldet.</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>You are signed out of %1</source>
        <translation>Sie sind von %1 abgemeldet</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 (user ID %3)</source>
        <translation>Bei %1 als %2 angemeldet (Benutzer-ID %3)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Could not change starting at login: %1</source>
        <translation>Start beim Anmelden konnte nicht geändert werden: %1</translation>
    </message>
</context>
<context>
    <name>latchkey::ManualDialog</name>
    <message>
        <source>Latchkey Manual</source>
        <translation>Latchkey-Handbuch</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Handbuch</translation>
    </message>
</context>
<context>
    <name>latchkey::MemorySecretStore</name>
    <message>
        <source>Memory (this session only)</source>
        <translation>Arbeitsspeicher (nur diese Sitzung)</translation>
    </message>
</context>
<context>
    <name>latchkey::NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
</context>
<context>
    <name>latchkey::OfflineBanner</name>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Try to reach the server again (F5)</source>
        <translation>Erneut versuchen, den Server zu erreichen (F5)</translation>
    </message>
    <message>
        <source>Offline — showing tokens as of %1</source>
        <translation>Offline – Tokens mit Stand %1</translation>
    </message>
    <message>
        <source>Offline — no saved copy of the tokens yet</source>
        <translation>Offline – noch keine gespeicherte Kopie der Tokens</translation>
    </message>
    <message>
        <source>Retrying…</source>
        <translation>Neuer Versuch…</translation>
    </message>
</context>
<context>
    <name>latchkey::OfflineSnapshot</name>
    <message>
        <source>The offline copy of the token list is damaged (%1).</source>
        <translation>Die Offline-Kopie der Tokenliste ist beschädigt (%1).</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>zu groß</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation>unbekannte Version</translation>
    </message>
    <message>
        <source>no time of the snapshot</source>
        <translation>kein Zeitpunkt der Momentaufnahme</translation>
    </message>
    <message>
        <source>field %1 missing</source>
        <translation>Feld %1 fehlt</translation>
    </message>
    <message>
        <source>no token list</source>
        <translation>keine Tokenliste</translation>
    </message>
    <message>
        <source>token %1 is malformed</source>
        <translation>Token %1 ist fehlerhaft</translation>
    </message>
    <message>
        <source>The offline copy of the token list could not be saved: %1</source>
        <translation>Die Offline-Kopie der Tokenliste konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>There is no offline copy of this token list yet.</source>
        <translation>Es gibt noch keine Offline-Kopie dieser Tokenliste.</translation>
    </message>
    <message>
        <source>The offline copy of the token list cannot be read: %1</source>
        <translation>Die Offline-Kopie der Tokenliste kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The offline copy of the token list belongs to another connection.</source>
        <translation>Die Offline-Kopie der Tokenliste gehört zu einer anderen Verbindung.</translation>
    </message>
</context>
<context>
    <name>latchkey::OverlapDuration</name>
    <message>
        <source>&quot;%1&quot; is not a duration: use a number and s, m, h or d (&quot;1h&quot;, &quot;7d&quot;), or &quot;no&quot;.</source>
        <translation>„%1“ ist keine Dauer: Zahl mit s, m, h oder d („1h“, „7d“) oder „no“ angeben.</translation>
    </message>
    <message numerus="yes">
        <source>The old value can keep working for at most %n day(s).</source>
        <translation>
            <numerusform>Der alte Wert kann höchstens %n Tag gültig bleiben.</numerusform>
            <numerusform>Der alte Wert kann höchstens %n Tage gültig bleiben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::PendingSecretStore</name>
    <message>
        <source>Keychain (waiting for it to answer)</source>
        <translation>Schlüsselbund (wartet auf Antwort)</translation>
    </message>
</context>
<context>
    <name>latchkey::ProfileStore</name>
    <message>
        <source>A connection named &quot;%1&quot; already exists.</source>
        <translation>Eine Verbindung namens „%1“ existiert bereits.</translation>
    </message>
</context>
<context>
    <name>latchkey::RelativeTime</name>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahren</numerusform>
        </translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 Sekunde</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>expires in %1</source>
        <translation>läuft in %1 ab</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>vor %1 abgelaufen</translation>
    </message>
    <message>
        <source>not valid for another %1</source>
        <translation>erst in %1 gültig</translation>
    </message>
    <message>
        <source>valid since %1 ago</source>
        <translation>seit %1 gültig</translation>
    </message>
    <message>
        <source>issued %1 in the future</source>
        <translation>ausgestellt in %1 (in der Zukunft)</translation>
    </message>
    <message>
        <source>issued %1 ago</source>
        <translation>vor %1 ausgestellt</translation>
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
        <translation>%1 ist zu groß</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the reminder record is damaged: %1</source>
        <translation>die Erinnerungsaufzeichnung ist beschädigt: %1</translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation>unbekannte Version</translation>
    </message>
    <message>
        <source>a connection without endpoint or user</source>
        <translation>eine Verbindung ohne Endpunkt oder Benutzer</translation>
    </message>
</context>
<context>
    <name>latchkey::ReminderTray</name>
    <message>
        <source>%1 has expired</source>
        <translation>%1 ist abgelaufen</translation>
    </message>
    <message>
        <source>%1 expires within %2 (%3)</source>
        <translation>%1 läuft innerhalb von %2 ab (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Token expired</source>
        <translation>Token abgelaufen</translation>
    </message>
    <message>
        <source>Token expires soon</source>
        <translation>Token läuft bald ab</translation>
    </message>
    <message>
        <source>Click to set a new expiry.</source>
        <translation>Klicken, um ein neues Ablaufdatum festzulegen.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiteres</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) need attention</source>
        <translation>
            <numerusform>%n Token braucht Aufmerksamkeit</numerusform>
            <numerusform>%n Tokens brauchen Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message>
        <source>No tokens expire soon</source>
        <translation>Keine Tokens laufen bald ab</translation>
    </message>
    <message>
        <source>Open Latchkey</source>
        <translation>Latchkey öffnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message numerus="yes">
        <source>Expiring within %1: %n token(s)</source>
        <translation>
            <numerusform>Innerhalb von %1 ablaufend: %n Token</numerusform>
            <numerusform>Innerhalb von %1 ablaufend: %n Tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — on “%2”</source>
        <comment>token reminder, connection name</comment>
        <translation>%1 — Verbindung „%2“</translation>
    </message>
</context>
<context>
    <name>latchkey::RetiredTokenLog</name>
    <message>
        <source>The folder for the list of revoked tokens cannot be made.</source>
        <translation>Der Ordner für die Liste der widerrufenen Tokens kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The list of revoked tokens cannot be written: %1</source>
        <translation>Die Liste der widerrufenen Tokens kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>latchkey::RevealTokenDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>New token</source>
        <translation>Neues Token</translation>
    </message>
    <message>
        <source>New token value</source>
        <translation>Wert des neuen Tokens</translation>
    </message>
    <message>
        <source>Token “%1” is ready</source>
        <translation>Token „%1“ ist bereit</translation>
    </message>
    <message>
        <source>Token “%1” has a new value</source>
        <translation>Token „%1“ hat einen neuen Wert</translation>
    </message>
    <message>
        <source>expires on %1</source>
        <translation>läuft am %1 ab</translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>läuft nie ab</translation>
    </message>
    <message>
        <source>For %1 · %2</source>
        <translation>Für %1 · %2</translation>
    </message>
    <message>
        <source>The old value has stopped working. Copy the new one now and update every place that uses this token.</source>
        <translation>Der alte Wert funktioniert nicht mehr. Kopieren Sie jetzt den neuen und aktualisieren Sie jede Stelle, die dieses Token verwendet.</translation>
    </message>
    <message>
        <source>Token value</source>
        <translation>Tokenwert</translation>
    </message>
    <message>
        <source>Copy to the clipboard; it is cleared again after a while</source>
        <translation>In die Zwischenablage kopieren; sie wird nach einer Weile wieder geleert</translation>
    </message>
    <message>
        <source>Saving to your keychain…</source>
        <translation>Wird in Ihrem Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>Saved to your keychain.</source>
        <translation>In Ihrem Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Not saved to your keychain.</source>
        <translation>Nicht in Ihrem Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Copy the value before you close.</source>
        <translation>Kopieren Sie den Wert, bevor Sie schließen.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Close without copying?</source>
        <translation>Schließen, ohne zu kopieren?</translation>
    </message>
    <message>
        <source>Once this window is closed, nobody can show its value again: you would have to set a new expiry (which gives a new value) or generate another token.</source>
        <translation>Sobald dieses Fenster geschlossen ist, kann niemand seinen Wert erneut anzeigen: Sie müssten einen neuen Ablauf festlegen (was einen neuen Wert ergibt) oder ein anderes Token erzeugen.</translation>
    </message>
    <message>
        <source>Close &amp;Anyway</source>
        <translation>&amp;Trotzdem schließen</translation>
    </message>
    <message>
        <source>&amp;Go Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Copy it now: Latchkey shows it only this once and keeps one copy in your keychain.</source>
        <translation>Kopieren Sie es jetzt: Latchkey zeigt es nur dieses eine Mal an und bewahrt eine Kopie in Ihrem Schlüsselbund auf.</translation>
    </message>
    <message>
        <source>Not saved: there is no keychain.</source>
        <translation>Nicht gespeichert: Es gibt keinen Schlüsselbund.</translation>
    </message>
    <message>
        <source>Latchkey keeps it in memory until it quits. Copy it now.</source>
        <translation>Latchkey hält es im Arbeitsspeicher, bis es beendet wird. Kopieren Sie es jetzt.</translation>
    </message>
    <message>
        <source>You have not copied this token, and it is not saved in your keychain.</source>
        <translation>Sie haben dieses Token nicht kopiert, und es ist nicht in Ihrem Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>The old value keeps working as “%1” until %2; then Latchkey revokes it. Copy the new one now and update every place that uses this token before then.</source>
        <translation>Der alte Wert bleibt als „%1“ bis %2 gültig; danach widerruft Latchkey ihn. Kopieren Sie jetzt den neuen Wert und ersetzen Sie ihn bis dahin überall, wo dieses Token verwendet wird.</translation>
    </message>
</context>
<context>
    <name>latchkey::RevokeAllDialog</name>
    <message>
        <source>&amp;Revoke All</source>
        <translation>Alle &amp;widerrufen</translation>
    </message>
    <message>
        <source>Revoke All Tokens</source>
        <translation>Alle Tokens widerrufen</translation>
    </message>
    <message>
        <source>every token of %1</source>
        <translation>jedes Token von %1</translation>
    </message>
    <message numerus="yes">
        <source>all %n token(s) of %1</source>
        <translation>
            <numerusform>das %n Token von %1</numerusform>
            <numerusform>alle %n Tokens von %1</numerusform>
        </translation>
    </message>
    <message>
        <source>This revokes %1 on the server, one by one. Anything using them stops working at once; this cannot be undone.&lt;br&gt;&lt;br&gt;To go on, type &lt;b&gt;%2&lt;/b&gt;:</source>
        <translation>Damit wird %1 auf dem Server widerrufen, eines nach dem anderen. Alles, was sie verwendet, funktioniert sofort nicht mehr; dies kann nicht rückgängig gemacht werden.&lt;br&gt;&lt;br&gt;Geben Sie zum Fortfahren &lt;b&gt;%2&lt;/b&gt; ein:</translation>
    </message>
    <message>
        <source>Username to confirm</source>
        <translation>Benutzername zur Bestätigung</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Nothing was revoked: %1</source>
        <translation>Nichts wurde widerrufen: %1</translation>
    </message>
    <message>
        <source>%1 has no tokens; nothing was revoked.</source>
        <translation>%1 hat keine Tokens; nichts wurde widerrufen.</translation>
    </message>
    <message numerus="yes">
        <source>Revoked %1 of %n token(s) of %2.</source>
        <translation>
            <numerusform>%1 von %n Token von %2 widerrufen.</numerusform>
            <numerusform>%1 von %n Tokens von %2 widerrufen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be revoked or cleaned up:</source>
        <translation>
            <numerusform>%n konnte nicht widerrufen oder bereinigt werden:</numerusform>
            <numerusform>%n konnten nicht widerrufen oder bereinigt werden:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::RotationJournal</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The rotation has no valid identifier.</source>
        <translation>Die Rotation hat keine gültige Kennung.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>%1 kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>The rotation journal %1 cannot be read.</source>
        <translation>Das Rotationsjournal %1 kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>latchkey::RotationRecovery</name>
    <message>
        <source>Changing the expiry of &quot;%1&quot; was interrupted before a new token was made; the token keeps its value and expiry.</source>
        <translation>Das Ändern des Ablaufs von „%1“ wurde unterbrochen, bevor ein neues Token erstellt wurde; das Token behält seinen Wert und Ablauf.</translation>
    </message>
    <message>
        <source>Changing the expiry of &quot;%1&quot; was interrupted, and the token no longer exists on the server.</source>
        <translation>Das Ändern des Ablaufs von „%1“ wurde unterbrochen, und das Token existiert auf dem Server nicht mehr.</translation>
    </message>
    <message>
        <source>Changing the expiry of &quot;%1&quot; cannot be finished yet: %2</source>
        <translation>Das Ändern des Ablaufs von „%1“ kann noch nicht abgeschlossen werden: %2</translation>
    </message>
    <message>
        <source>An interrupted change of the expiry of &quot;%1&quot; was finished: the token has a new value, which is in the keychain.</source>
        <translation>Eine unterbrochene Änderung des Ablaufs von „%1“ wurde abgeschlossen: Das Token hat einen neuen Wert, der im Schlüsselbund liegt.</translation>
    </message>
    <message>
        <source>Changing the expiry of &quot;%1&quot; cannot be finished: %2</source>
        <translation>Das Ändern des Ablaufs von „%1“ kann nicht abgeschlossen werden: %2</translation>
    </message>
    <message>
        <source>Changing the expiry of &quot;%1&quot; could not be finished (%2); the token keeps its value and expiry.</source>
        <translation>Das Ändern des Ablaufs von „%1“ konnte nicht abgeschlossen werden (%2); das Token behält seinen Wert und Ablauf.</translation>
    </message>
    <message>
        <source>The token &quot;%1&quot; was removed, and its replacement could not be made: %2</source>
        <translation>Das Token „%1“ wurde entfernt, und sein Ersatz konnte nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>An interrupted change of the expiry of &quot;%1&quot; was finished: the token has a new value, which is in the keychain; the old value keeps working as &quot;%2&quot; until %3.</source>
        <translation>Eine unterbrochene Änderung des Ablaufdatums von „%1“ wurde abgeschlossen: Das Token hat einen neuen Wert, der im Schlüsselbund liegt; der alte Wert bleibt als „%2“ bis %3 gültig.</translation>
    </message>
</context>
<context>
    <name>latchkey::ScanFinding</name>
    <message>
        <source>an unknown %1</source>
        <translation>ein unbekanntes Token: %1</translation>
    </message>
    <message>
        <source>a token cached for %1 that no list names</source>
        <translation>ein für %1 zwischengespeichertes Token, das keine Liste nennt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; on %2</source>
        <translation>„%1“ auf %2</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (abgelaufen)</translation>
    </message>
    <message>
        <source>%1 (revoked)</source>
        <translation>%1 (widerrufen)</translation>
    </message>
</context>
<context>
    <name>latchkey::ScanPage</name>
    <message>
        <source>&amp;Scan This Computer</source>
        <translation>Diesen Computer &amp;durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Looks for copies of the tokens Latchkey knows in the files and folders below, so that you know what breaks before you revoke or rotate one. Tokens are compared by fingerprint: no value is shown, kept or sent anywhere.</source>
        <translation>Sucht in den Dateien und Ordnern unten nach Kopien der Tokens, die Latchkey kennt, damit Sie wissen, was nicht mehr funktioniert, bevor Sie eines widerrufen oder rotieren. Tokens werden über ihren Fingerabdruck verglichen: Kein Wert wird angezeigt, gespeichert oder irgendwohin gesendet.</translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation>Suche läuft</translation>
    </message>
    <message>
        <source>This computer has not been scanned yet.</source>
        <translation>Dieser Computer wurde noch nicht durchsucht.</translation>
    </message>
    <message>
        <source>Where tokens were found</source>
        <translation>Fundstellen der Tokens</translation>
    </message>
    <message>
        <source>Places to look in</source>
        <translation>Zu durchsuchende Orte</translation>
    </message>
    <message>
        <source>Files are read up to 8 MiB; binary files, links out of a folder and git&apos;s object store are left alone. “~” is your home folder.</source>
        <translation>Dateien werden bis 8 MiB gelesen; Binärdateien, Links aus einem Ordner heraus und der Objektspeicher von git bleiben unberührt. „~“ ist Ihr Persönlicher Ordner.</translation>
    </message>
    <message>
        <source>Gathering the tokens Latchkey knows…</source>
        <translation>Die Tokens, die Latchkey kennt, werden gesammelt…</translation>
    </message>
    <message numerus="yes">
        <source>Scanning: %n file(s) read</source>
        <translation>
            <numerusform>Suche läuft: %n Datei gelesen</numerusform>
            <numerusform>Suche läuft: %n Dateien gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copies found so far.</source>
        <translation>
            <numerusform>bisher %n Kopie gefunden.</numerusform>
            <numerusform>bisher %n Kopien gefunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scan cancelled after %n file(s).</source>
        <translation>
            <numerusform>Suche nach %n Datei abgebrochen.</numerusform>
            <numerusform>Suche nach %n Dateien abgebrochen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scanned %n file(s) at %1.</source>
        <translation>
            <numerusform>%n Datei um %1 durchsucht.</numerusform>
            <numerusform>%n Dateien um %1 durchsucht.</numerusform>
        </translation>
    </message>
    <message>
        <source>No token found.</source>
        <translation>Kein Token gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n copies found.</source>
        <translation>
            <numerusform>%n Kopie gefunden.</numerusform>
            <numerusform>%n Kopien gefunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) skipped.</source>
        <translation>
            <numerusform>%n Datei übersprungen.</numerusform>
            <numerusform>%n Dateien übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoked or expired tokens: %n copies found. Whatever reads them no longer works; replace them with a current token.</source>
        <translation>
            <numerusform>Widerrufene oder abgelaufene Tokens: %n Kopie gefunden. Was sie liest, funktioniert nicht mehr; ersetzen Sie sie durch ein gültiges Token.</numerusform>
            <numerusform>Widerrufene oder abgelaufene Tokens: %n Kopien gefunden. Was sie liest, funktioniert nicht mehr; ersetzen Sie sie durch ein gültiges Token.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::ScanPlacesEditor</name>
    <message>
        <source>Add &amp;Folder…</source>
        <translation>&amp;Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>Add F&amp;ile…</source>
        <translation>&amp;Datei hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>&amp;Standard wiederherstellen</translation>
    </message>
    <message>
        <source>Places to scan</source>
        <translation>Zu durchsuchende Orte</translation>
    </message>
    <message>
        <source>A project folder: its .env files and the like are read, everything in it that is text.</source>
        <translation>Ein Projektordner: Seine .env-Dateien und Ähnliches werden gelesen, alles darin, was Text ist.</translation>
    </message>
    <message>
        <source>Add a Folder to Scan</source>
        <translation>Zu durchsuchenden Ordner hinzufügen</translation>
    </message>
    <message>
        <source>Add a File to Scan</source>
        <translation>Zu durchsuchende Datei hinzufügen</translation>
    </message>
</context>
<context>
    <name>latchkey::ScanResultModel</name>
    <message>
        <source>Unknown token</source>
        <translation>Unbekanntes Token</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>%1, a token of %2</source>
        <translation>%1, ein Token von %2</translation>
    </message>
    <message>
        <source>This copy no longer works: replace it with a current token, or delete it.</source>
        <translation>Diese Kopie funktioniert nicht mehr: Ersetzen Sie sie durch ein gültiges Token oder löschen Sie sie.</translation>
    </message>
    <message>
        <source>Latchkey does not know this token: if it is a leak, revoke it where it was made.</source>
        <translation>Latchkey kennt dieses Token nicht: Falls es ein Leck ist, widerrufen Sie es dort, wo es erstellt wurde.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Line:Column</source>
        <translation>Zeile:Spalte</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>latchkey::ScanSkip</name>
    <message>
        <source>over the size limit</source>
        <translation>über der Größengrenze</translation>
    </message>
    <message>
        <source>not a text file</source>
        <translation>keine Textdatei</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>a link out of the folder</source>
        <translation>ein Link aus dem Ordner hinaus</translation>
    </message>
</context>
<context>
    <name>latchkey::Screenshotter</name>
    <message>
        <source>The keychain is locked.</source>
        <translation>Der Schlüsselbund ist gesperrt.</translation>
    </message>
</context>
<context>
    <name>latchkey::SecretStore</name>
    <message>
        <source>The keychain has no such entry.</source>
        <translation>Der Schlüsselbund hat keinen solchen Eintrag.</translation>
    </message>
    <message>
        <source>No keychain service is available. Start your desktop&apos;s keyring (for example GNOME Keyring or KWallet) and try again.</source>
        <translation>Kein Schlüsselbunddienst verfügbar. Starten Sie den Schlüsselbund Ihres Desktops (zum Beispiel GNOME Keyring oder KWallet) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain is locked. Unlock it in your desktop&apos;s keyring and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt. Entsperren Sie ihn im Schlüsselbund Ihres Desktops und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Allow Latchkey to use the keyring and try again.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert. Erlauben Sie Latchkey die Verwendung des Schlüsselbunds und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet: %1</translation>
    </message>
</context>
<context>
    <name>latchkey::SessionFactory</name>
    <message>
        <source>There is no saved connection named “%1”.</source>
        <translation>Es gibt keine gespeicherte Verbindung namens „%1“.</translation>
    </message>
</context>
<context>
    <name>latchkey::SetExpiryDialog</name>
    <message>
        <source>&amp;Rotate Token</source>
        <translation>Token &amp;rotieren</translation>
    </message>
    <message>
        <source>Set Expiry</source>
        <translation>Ablauf festlegen</translation>
    </message>
    <message>
        <source>Token &lt;b&gt;%1&lt;/b&gt; of %2</source>
        <translation>Token &lt;b&gt;%1&lt;/b&gt; von %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Currently expires:</source>
        <translation>Läuft derzeit ab:</translation>
    </message>
    <message>
        <source>New &amp;expiry:</source>
        <translation>Neuer &amp;Ablauf:</translation>
    </message>
    <message>
        <source>Rotating…</source>
        <translation>Wird rotiert…</translation>
    </message>
    <message>
        <source>No, revoke it at once</source>
        <translation>Nein, sofort widerrufen</translation>
    </message>
    <message>
        <source>&amp;Keep the old token working for:</source>
        <translation>Altes Token &amp;gültig lassen für:</translation>
    </message>
    <message>
        <source>Logto cannot change the expiry of an existing token. Latchkey creates a new token with the same name and the new expiry. &lt;b&gt;The token value changes&lt;/b&gt;: you will see the new value once.</source>
        <translation>Logto kann das Ablaufdatum eines bestehenden Tokens nicht ändern. Latchkey erstellt ein neues Token mit demselben Namen und dem neuen Ablaufdatum. &lt;b&gt;Der Tokenwert ändert sich&lt;/b&gt;: Sie sehen den neuen Wert einmal.</translation>
    </message>
    <message>
        <source>The old value stops working at once.</source>
        <translation>Der alte Wert wird sofort ungültig.</translation>
    </message>
    <message>
        <source>The old value keeps working for %1, renamed “(replaced …)”; then Latchkey revokes it.</source>
        <translation>Der alte Wert bleibt %1 lang gültig, umbenannt in „(replaced …)“; danach widerruft Latchkey ihn.</translation>
    </message>
    <message numerus="yes">
        <source>%n tokens of %1, each rotated in turn:</source>
        <translation>
            <numerusform>%n Token von %1, eines nach dem anderen rotiert:</numerusform>
            <numerusform>%n Token von %1, eines nach dem anderen rotiert:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Rotate %n Tokens</source>
        <translation>
            <numerusform>%n Token &amp;rotieren</numerusform>
            <numerusform>%n Token &amp;rotieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Logto cannot change the expiry of an existing token. Latchkey creates a new token for each, with the same name and the new expiry. &lt;b&gt;Their values change&lt;/b&gt;: the new ones go to your keychain, to copy from the table.</source>
        <translation>Logto kann das Ablaufdatum eines bestehenden Tokens nicht ändern. Latchkey erstellt für jedes ein neues Token mit demselben Namen und dem neuen Ablaufdatum. &lt;b&gt;Ihre Werte ändern sich&lt;/b&gt;: Die neuen landen in Ihrem Schlüsselbund und lassen sich aus der Tabelle kopieren.</translation>
    </message>
</context>
<context>
    <name>latchkey::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Never (clear at quit)</source>
        <translation>Nie (beim Beenden leeren)</translation>
    </message>
    <message>
        <source>Clear the clipboard after</source>
        <translation>Zwischenablage leeren nach</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Keine Begrenzung</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>System (%1)</translation>
    </message>
    <message>
        <source>A new language applies the next time Latchkey starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Latchkey.</translation>
    </message>
    <message>
        <source>&amp;Clear copied tokens after:</source>
        <translation>Kopierte Tokens aus der Zwischenablage &amp;entfernen nach:</translation>
    </message>
    <message>
        <source>Tokens are &amp;expiring soon within:</source>
        <translation>Als &amp;bald ablaufend gelten Tokens innerhalb von:</translation>
    </message>
    <message>
        <source>&amp;Longest lifetime for new tokens:</source>
        <translation>&amp;Maximale Laufzeit neuer Tokens:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Start at login, in the tray</source>
        <translation>Beim Anmelden im Infobereich &amp;starten</translation>
    </message>
    <message>
        <source>No reminders</source>
        <translation>Keine Erinnerungen</translation>
    </message>
    <message>
        <source>Days before a token expires at which Latchkey reminds you, e.g. &quot;14, 7, 1&quot;. Empty: no reminders.</source>
        <translation>Tage vor dem Ablauf eines Tokens, an denen Latchkey Sie erinnert, z. B. „14, 7, 1“. Leer: keine Erinnerungen.</translation>
    </message>
    <message>
        <source>Latchkey starts in the system tray when you log in, to remind you of tokens that expire.</source>
        <translation>Latchkey startet beim Anmelden im Infobereich, um Sie an ablaufende Tokens zu erinnern.</translation>
    </message>
    <message>
        <source>&amp;Remind before expiry (days):</source>
        <translation>&amp;Erinnern vor Ablauf (Tage):</translation>
    </message>
    <message>
        <source>Whole days from 1 to %1, separated by commas (at most %2).</source>
        <translation>Ganze Tage von 1 bis %1, durch Kommas getrennt (höchstens %2).</translation>
    </message>
    <message>
        <source>Places the where-used scan looks in</source>
        <translation>Orte, die die Suche „Wo verwendet“ durchsucht</translation>
    </message>
</context>
<context>
    <name>latchkey::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>latchkey::SignInPanel</name>
    <message>
        <source>&amp;Sign In…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>Copy Address</source>
        <translation>Adresse kopieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Sign in with your browser</source>
        <translation>Mit Ihrem Browser anmelden</translation>
    </message>
    <message>
        <source>Copy the sign-in address, to open it in a browser yourself</source>
        <translation>Die Anmeldeadresse kopieren, um sie selbst in einem Browser zu öffnen</translation>
    </message>
    <message>
        <source>You are signed out of %1</source>
        <translation>Sie sind von %1 abgemeldet</translation>
    </message>
    <message>
        <source>Sign in with your browser to see and manage your tokens. Token values kept in your keychain stay, and can still be copied.</source>
        <translation>Melden Sie sich mit Ihrem Browser an, um Ihre Tokens zu sehen und zu verwalten. Im Schlüsselbund gespeicherte Token-Werte bleiben erhalten und können weiterhin kopiert werden.</translation>
    </message>
    <message>
        <source>Waiting for your browser…</source>
        <translation>Warten auf Ihren Browser…</translation>
    </message>
    <message>
        <source>Sign in to %1 in the browser window that opened, then come back here. If no browser opened, copy the address and open it in one.</source>
        <translation>Melden Sie sich im geöffneten Browserfenster bei %1 an und kehren Sie dann hierher zurück. Wenn sich kein Browser geöffnet hat, kopieren Sie die Adresse und öffnen Sie sie in einem Browser.</translation>
    </message>
</context>
<context>
    <name>latchkey::SmallFileReader</name>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large (more than %2 KiB).</source>
        <translation>„%1“ ist zu groß (mehr als %2 KiB).</translation>
    </message>
</context>
<context>
    <name>latchkey::TokenCache</name>
    <message>
        <source>The token cannot be cached: its fingerprint is invalid.</source>
        <translation>Das Token kann nicht zwischengespeichert werden: Sein Fingerabdruck ist ungültig.</translation>
    </message>
</context>
<context>
    <name>latchkey::TokenError</name>
    <message>
        <source>There is no user with the ID &quot;%1&quot;.</source>
        <translation>Es gibt keinen Benutzer mit der ID „%1“.</translation>
    </message>
    <message>
        <source>The user has no token named &quot;%1&quot;.</source>
        <translation>Der Benutzer hat kein Token namens „%1“.</translation>
    </message>
    <message>
        <source>The user already has a token named &quot;%1&quot;.</source>
        <translation>Der Benutzer hat bereits ein Token namens „%1“.</translation>
    </message>
</context>
<context>
    <name>latchkey::TokenExchanger</name>
    <message>
        <source>The token &quot;%1&quot; expired on %2, so Logto no longer accepts it. Give it a new expiry or make a new token.</source>
        <translation>Das Token „%1“ ist am %2 abgelaufen, daher nimmt Logto es nicht mehr an. Geben Sie ihm ein neues Ablaufdatum oder erstellen Sie ein neues Token.</translation>
    </message>
    <message>
        <source>The keychain holds no value for &quot;%1&quot;: Latchkey keeps the values of the tokens it made on this computer only. Make a new token to use it here.</source>
        <translation>Der Schlüsselbund enthält keinen Wert für „%1“: Latchkey speichert nur die Werte der Tokens, die es auf diesem Computer erstellt hat. Erstellen Sie ein neues Token, um es hier zu verwenden.</translation>
    </message>
    <message>
        <source>The token &quot;%1&quot; was revoked on %2; Logto no longer accepts it. Make a new token, and replace the old one wherever it is used.</source>
        <translation>Das Token „%1“ wurde am %2 widerrufen; Logto nimmt es nicht mehr an. Erstellen Sie ein neues Token und ersetzen Sie das alte überall, wo es verwendet wird.</translation>
    </message>
    <message>
        <source>The token &quot;%1&quot; is no longer on the server (it was there on %2): it was revoked. Make a new token, and replace the old one wherever it is used.</source>
        <translation>Das Token „%1“ ist nicht mehr auf dem Server (am %2 war es noch da): Es wurde widerrufen. Erstellen Sie ein neues Token und ersetzen Sie das alte überall, wo es verwendet wird.</translation>
    </message>
    <message>
        <source>Latchkey knows no token named &quot;%1&quot; of user %2 on %3: it is not on the server and was never in a list Latchkey saw. Check the name in the token list.</source>
        <translation>Latchkey kennt kein Token „%1“ von Benutzer %2 auf %3: Es ist nicht auf dem Server und war in keiner Liste, die Latchkey gesehen hat. Prüfen Sie den Namen in der Tokenliste.</translation>
    </message>
    <message>
        <source>Logto refused the token &quot;%1&quot; although %2 lists it and it has not expired: it may have been revoked a moment ago, or its user is suspended. Refresh the token list and try again.</source>
        <translation>Logto hat das Token „%1“ abgelehnt, obwohl %2 es auflistet und es nicht abgelaufen ist: Es wurde vielleicht gerade widerrufen, oder sein Benutzer ist gesperrt. Aktualisieren Sie die Tokenliste und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Logto does not know the API resource &quot;%1&quot;. Check its indicator under API resources in the Logto Console.</source>
        <translation>Logto kennt die API-Ressource „%1“ nicht. Prüfen Sie ihren Indikator unter „API-Ressourcen“ in der Logto-Konsole.</translation>
    </message>
    <message>
        <source>Token exchange is switched off for the app %1 of %2. In the Logto Console, open Applications, choose that app and switch on token exchange (customClientMetadata.allowTokenExchange).</source>
        <translation>Der Token-Austausch ist für die App %1 von %2 ausgeschaltet. Öffnen Sie in der Logto-Konsole „Anwendungen“, wählen Sie diese App und schalten Sie den Token-Austausch ein (customClientMetadata.allowTokenExchange).</translation>
    </message>
</context>
<context>
    <name>latchkey::TokenInspector</name>
    <message>
        <source>There is nothing to inspect.</source>
        <translation>Es gibt nichts zu prüfen.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Looks like a placeholder: %1</source>
        <translation>Sieht aus wie ein Platzhalter: %1</translation>
    </message>
    <message>
        <source>Has the shape of a %1, but looks like a placeholder.</source>
        <translation>Hat die Form von „%1“, sieht aber wie ein Platzhalter aus.</translation>
    </message>
    <message>
        <source>Starts like a %1, but is malformed.</source>
        <translation>Beginnt wie „%1“, ist aber fehlerhaft.</translation>
    </message>
    <message>
        <source>Looks like a %1, but the checksum does not match.</source>
        <translation>Sieht aus wie „%1“, aber die Prüfsumme stimmt nicht.</translation>
    </message>
    <message>
        <source>Looks like a %1, but it does not decode.</source>
        <translation>Sieht aus wie „%1“, lässt sich aber nicht dekodieren.</translation>
    </message>
    <message>
        <source>A well-formed %1 (%2) with a matching checksum.</source>
        <translation>Korrekt aufgebaut: %1 (%2) mit passender Prüfsumme.</translation>
    </message>
    <message>
        <source>Looks like a Logto personal access token.</source>
        <translation>Sieht aus wie ein persönliches Zugriffstoken von Logto.</translation>
    </message>
    <message>
        <source>Looks like a %1 (%2).</source>
        <translation>Sieht aus wie: %1 (%2).</translation>
    </message>
    <message>
        <source>This format has no public checksum: only its shape was checked.</source>
        <translation>Dieses Format hat keine öffentliche Prüfsumme: Nur seine Form wurde geprüft.</translation>
    </message>
    <message>
        <source>Other services use the &quot;pat_&quot; prefix too.</source>
        <translation>Auch andere Dienste verwenden das Präfix „pat_“.</translation>
    </message>
    <message>
        <source>This is a LIVE Stripe %1: it can move real money. If it was shared, roll it in the Stripe dashboard now.</source>
        <translation>Dies ist ein LIVE-Stripe-Schlüssel (%1): Damit lässt sich echtes Geld bewegen. Falls er weitergegeben wurde, rollen Sie ihn jetzt im Stripe-Dashboard.</translation>
    </message>
    <message>
        <source>A live Stripe %1: handle with great care.</source>
        <translation>Ein Live-Stripe-Schlüssel (%1): mit großer Vorsicht behandeln.</translation>
    </message>
    <message>
        <source>Publishable keys are meant to be public.</source>
        <translation>Veröffentlichbare Schlüssel sind dafür gedacht, öffentlich zu sein.</translation>
    </message>
    <message>
        <source>Looks like a JWT, but it is malformed.</source>
        <translation>Sieht aus wie ein JWT, ist aber fehlerhaft.</translation>
    </message>
    <message>
        <source>Header &quot;%1&quot;</source>
        <translation>Header „%1“</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Nutzlast</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s), not a JSON object</source>
        <translation>
            <numerusform>%n Byte, kein JSON-Objekt</numerusform>
            <numerusform>%n Bytes, kein JSON-Objekt</numerusform>
        </translation>
    </message>
    <message>
        <source>A JWT whose signature is rejected.</source>
        <translation>Ein JWT, dessen Signatur abgelehnt wird.</translation>
    </message>
    <message>
        <source>The token has expired (%1).</source>
        <translation>Das Token ist abgelaufen (%1).</translation>
    </message>
    <message>
        <source>The token is not valid yet (%1).</source>
        <translation>Das Token ist noch nicht gültig (%1).</translation>
    </message>
    <message>
        <source>A decoded JWT; its signature was not checked.</source>
        <translation>Ein dekodiertes JWT; seine Signatur wurde nicht geprüft.</translation>
    </message>
    <message>
        <source>The %1 signature is valid.</source>
        <translation>Die %1-Signatur ist gültig.</translation>
    </message>
    <message>
        <source>A JWT with a valid %1 signature.</source>
        <translation>Ein JWT mit gültiger %1-Signatur.</translation>
    </message>
    <message>
        <source>A JWT that has expired.</source>
        <translation>Ein JWT, das abgelaufen ist.</translation>
    </message>
    <message>
        <source>A JWT that is not valid yet.</source>
        <translation>Ein JWT, das noch nicht gültig ist.</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <source>Estimated entropy</source>
        <translation>Geschätzte Entropie</translation>
    </message>
    <message>
        <source>%1 bits (%2 bits per character)</source>
        <translation>%1 Bit (%2 Bit pro Zeichen)</translation>
    </message>
    <message>
        <source>This looks like a placeholder, not a real token.</source>
        <translation>Das sieht nach einem Platzhalter aus, nicht nach einem echten Token.</translation>
    </message>
    <message>
        <source>With about %1 bits of entropy this would be a weak secret.</source>
        <translation>Mit etwa %1 Bit Entropie wäre das ein schwaches Geheimnis.</translation>
    </message>
    <message>
        <source>Not a token format Latchkey knows.</source>
        <translation>Kein Tokenformat, das Latchkey kennt.</translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>läuft nie ab</translation>
    </message>
    <message>
        <source>cached in your keychain</source>
        <translation>in Ihrem Schlüsselbund zwischengespeichert</translation>
    </message>
    <message>
        <source>not cached in your keychain</source>
        <translation>nicht in Ihrem Schlüsselbund zwischengespeichert</translation>
    </message>
    <message>
        <source>This token has expired.</source>
        <translation>Dieses Token ist abgelaufen.</translation>
    </message>
    <message>
        <source>A JWT with a critical header Latchkey cannot honour.</source>
        <translation>Ein JWT mit einem kritischen Header, den Latchkey nicht beachten kann.</translation>
    </message>
    <message>
        <source>The &quot;%1&quot; claim is not a number of seconds (RFC 7519 NumericDate).</source>
        <translation>Der Claim „%1“ ist keine Anzahl von Sekunden (RFC 7519 NumericDate).</translation>
    </message>
    <message>
        <source>A JWT whose time claims cannot be read.</source>
        <translation>Ein JWT, dessen Zeitangaben nicht lesbar sind.</translation>
    </message>
    <message>
        <source>This reads like ordinary text rather than a secret, so no entropy is estimated.</source>
        <translation>Dies liest sich wie gewöhnlicher Text und nicht wie ein Geheimnis, daher wird keine Entropie geschätzt.</translation>
    </message>
    <message>
        <source>“%1”, your Logto personal access token.</source>
        <translation>„%1“, Ihr persönliches Logto-Zugriffstoken.</translation>
    </message>
    <message>
        <source>“%1”, your token.</source>
        <translation>„%1“, Ihr Token.</translation>
    </message>
    <message>
        <source>“%1”, a Logto personal access token of %2.</source>
        <translation>„%1“, ein persönliches Logto-Zugriffstoken von %2.</translation>
    </message>
    <message>
        <source>“%1”, a token of %2.</source>
        <translation>„%1“, ein Token von %2.</translation>
    </message>
    <message>
        <source>“%1”, a Logto personal access token.</source>
        <translation>„%1“, ein persönliches Logto-Zugriffstoken.</translation>
    </message>
    <message>
        <source>“%1”, a token Latchkey knows.</source>
        <translation>„%1“, ein Token, das Latchkey kennt.</translation>
    </message>
    <message>
        <source>On the connection “%1”; %2; %3.</source>
        <translation>Auf der Verbindung „%1“; %2; %3.</translation>
    </message>
</context>
<context>
    <name>latchkey::TokenListModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>A copy of the value is kept in your system keychain.</source>
        <translation>Eine Kopie des Werts liegt in Ihrem Systemschlüsselbund.</translation>
    </message>
    <message>
        <source>Latchkey has no copy of this token&apos;s value.</source>
        <translation>Latchkey hat keine Kopie des Werts dieses Tokens.</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256): %1</source>
        <translation>Fingerabdruck (SHA-256): %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cached</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weitere</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Found by the last scan in:</source>
        <translation>Von der letzten Suche gefunden in:</translation>
    </message>
    <message>
        <source>Where Used</source>
        <translation>Wo verwendet</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <comment>%1: a relative time such as &quot;in 5 hours&quot;</comment>
        <translation>Widerruf %1</translation>
    </message>
    <message>
        <source>revocation due</source>
        <translation>Widerruf fällig</translation>
    </message>
    <message>
        <source>Replaced by a new value; this old one keeps working until %1, then Latchkey revokes it.</source>
        <translation>Durch einen neuen Wert ersetzt; dieser alte bleibt bis %1 gültig, dann widerruft Latchkey ihn.</translation>
    </message>
</context>
<context>
    <name>latchkey::TokenNameDelegate</name>
    <message>
        <source>Token name</source>
        <translation>Tokenname</translation>
    </message>
</context>
<context>
    <name>latchkey::TokenNameValidator</name>
    <message>
        <source>Enter a name for the token.</source>
        <translation>Geben Sie einen Namen für das Token ein.</translation>
    </message>
    <message>
        <source>The name is %1 characters long; the server accepts at most %2.</source>
        <translation>Der Name ist %1 Zeichen lang; der Server akzeptiert höchstens %2.</translation>
    </message>
    <message>
        <source>You already have a token with this name.</source>
        <translation>Sie haben bereits ein Token mit diesem Namen.</translation>
    </message>
    <message>
        <source>%1 already has a token with this name.</source>
        <translation>%1 hat bereits ein Token mit diesem Namen.</translation>
    </message>
    <message>
        <source>Only the case differs from “%1”, which already exists.</source>
        <translation>Nur die Groß-/Kleinschreibung unterscheidet sich von „%1“, das bereits existiert.</translation>
    </message>
    <message>
        <source>At the limit: the server accepts at most %1 characters.</source>
        <translation>Am Limit: Der Server akzeptiert höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>The spaces at the start and end will be left out.</source>
        <translation>Die Leerzeichen am Anfang und Ende werden weggelassen.</translation>
    </message>
</context>
<context>
    <name>latchkey::TokenNoteDialog</name>
    <message>
        <source>&amp;Save Note</source>
        <translation>Notiz &amp;speichern</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Note on &lt;b&gt;%1&lt;/b&gt;: what it is for, where it is used. It is kept on this computer only.</source>
        <translation>Notiz zu &lt;b&gt;%1&lt;/b&gt;: wofür es dient, wo es verwendet wird. Sie wird nur auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
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
        <translation>Die Notizdatei %1 kann nicht verwendet werden: %2 Sie bleibt unverändert; bis sie repariert oder verschoben wird, können Notizen nicht geändert werden.</translation>
    </message>
    <message numerus="yes">
        <source>it is larger than %n MiB.</source>
        <translation>
            <numerusform>sie ist größer als %n MiB.</numerusform>
            <numerusform>sie ist größer als %n MiB.</numerusform>
        </translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2).</source>
        <translation>sie ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>it is not a version %1 notes file.</source>
        <translation>sie ist keine Notizdatei der Version %1.</translation>
    </message>
    <message>
        <source>note %1 of %2 is incomplete or too long.</source>
        <translation>Notiz %1 von %2 ist unvollständig oder zu lang.</translation>
    </message>
    <message>
        <source>The notes file %1 cannot be written: %2</source>
        <translation>Die Notizdatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The folder for the notes file %1 cannot be made.</source>
        <translation>Der Ordner für die Notizdatei %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The notes file %1 is being written by another Latchkey; try again.</source>
        <translation>Die Notizdatei %1 wird gerade von einem anderen Latchkey geschrieben; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>A note needs a token that Latchkey can recognise (its fingerprint); this one has none.</source>
        <translation>Eine Notiz braucht ein Token, das Latchkey wiedererkennt (seinen Fingerabdruck); dieses hat keinen.</translation>
    </message>
    <message numerus="yes">
        <source>A note may be at most %n character(s) long.</source>
        <translation>
            <numerusform>Eine Notiz darf höchstens %n Zeichen lang sein.</numerusform>
            <numerusform>Eine Notiz darf höchstens %n Zeichen lang sein.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::TokenOnlineTester</name>
    <message>
        <source>This token is not valid on %1: deleted, expired, or its user is suspended.</source>
        <translation>Dieses Token ist auf %1 ungültig: Es wurde gelöscht, ist abgelaufen oder sein Benutzer ist gesperrt.</translation>
    </message>
    <message>
        <source>%1 accepted the token, but its answer does not verify against the server&apos;s keys: %2</source>
        <translation>%1 hat das Token akzeptiert, aber die Antwort lässt sich mit den Schlüsseln des Servers nicht verifizieren: %2</translation>
    </message>
    <message>
        <source>The token is valid on %1 (it belongs to %2), but the server&apos;s signing keys could not be fetched to verify the answer: %3</source>
        <translation>Das Token ist auf %1 gültig (es gehört %2), aber die Signaturschlüssel des Servers konnten nicht abgerufen werden, um die Antwort zu prüfen: %3</translation>
    </message>
    <message>
        <source>This token is valid on %1: it belongs to %2.</source>
        <translation>Dieses Token ist auf %1 gültig: Es gehört %2.</translation>
    </message>
    <message>
        <source>an unnamed user</source>
        <translation>einem unbenannten Benutzer</translation>
    </message>
</context>
<context>
    <name>latchkey::TokenPasteBox</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Paste a token here (Ctrl+V), or drop a file holding one</source>
        <translation>Token hier einfügen (Strg+V) oder eine Datei mit Token hierher ziehen</translation>
    </message>
    <message>
        <source>Token to inspect</source>
        <translation>Zu prüfendes Token</translation>
    </message>
    <message>
        <source>Token to inspect (hidden)</source>
        <translation>Zu prüfendes Token (verborgen)</translation>
    </message>
    <message>
        <source>Show the token</source>
        <translation>Token anzeigen</translation>
    </message>
    <message>
        <source>Edit the token (shows it)</source>
        <translation>Token bearbeiten (zeigt es an)</translation>
    </message>
    <message>
        <source>Hide the token</source>
        <translation>Token verbergen</translation>
    </message>
</context>
<context>
    <name>latchkey::TokenRotation</name>
    <message>
        <source>The expiry was not changed: %1</source>
        <translation>Der Ablauf wurde nicht geändert: %1</translation>
    </message>
    <message>
        <source>Changing the expiry of &quot;%1&quot; stopped half way: %2 Latchkey will finish it the next time it starts.</source>
        <translation>Das Ändern des Ablaufs von „%1“ wurde mittendrin angehalten: %2 Latchkey schließt es beim nächsten Start ab.</translation>
    </message>
</context>
<context>
    <name>latchkey::TokenService</name>
    <message>
        <source>The server may have created the token &quot;%1&quot; anyway. If it appears in the list, revoke it: its value cannot be shown again.</source>
        <translation>Der Server hat das Token „%1“ möglicherweise trotzdem erstellt. Wenn es in der Liste erscheint, widerrufen Sie es: Sein Wert kann nicht erneut angezeigt werden.</translation>
    </message>
    <message>
        <source>The token is already named &quot;%1&quot;.</source>
        <translation>Das Token heißt bereits „%1“.</translation>
    </message>
    <message>
        <source>The user has no token named &quot;%1&quot;.</source>
        <translation>Der Benutzer hat kein Token namens „%1“.</translation>
    </message>
    <message>
        <source>An earlier change of the expiry of &quot;%1&quot; is not finished yet; it is finished the next time Latchkey starts.</source>
        <translation>Eine frühere Änderung des Ablaufs von „%1“ ist noch nicht abgeschlossen; sie wird beim nächsten Start von Latchkey abgeschlossen.</translation>
    </message>
    <message>
        <source>The expiry was not changed: the rotation journal in %1 cannot be used.</source>
        <translation>Der Ablauf wurde nicht geändert: Das Rotationsjournal in %1 kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>The keychain holds no value for this token; only values of tokens made with Latchkey are kept.</source>
        <translation>Der Schlüsselbund enthält keinen Wert für dieses Token; nur Werte von Tokens, die mit Latchkey erstellt wurden, werden aufbewahrt.</translation>
    </message>
    <message>
        <source>Changing the expiry of &quot;%1&quot; was started on another server address; it is left alone.</source>
        <translation>Das Ändern des Ablaufs von „%1“ wurde unter einer anderen Serveradresse begonnen; es wird nicht angetastet.</translation>
    </message>
    <message>
        <source>Changing the expiry of &quot;%1&quot; is in progress elsewhere.</source>
        <translation>Das Ändern des Ablaufs von „%1“ läuft bereits an anderer Stelle.</translation>
    </message>
    <message>
        <source>The token was not created: the journal in %1 cannot be used.</source>
        <translation>Das Token wurde nicht erstellt: Das Journal in %1 kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>Creating the token &quot;%1&quot; was started on another server address; it is left alone.</source>
        <translation>Das Erstellen des Tokens „%1“ wurde unter einer anderen Serveradresse begonnen; es wird nicht angetastet.</translation>
    </message>
    <message>
        <source>Creating the token &quot;%1&quot; is in progress elsewhere.</source>
        <translation>Das Erstellen des Tokens „%1“ läuft bereits an anderer Stelle.</translation>
    </message>
    <message>
        <source>That revocation is no longer planned, or is in progress elsewhere.</source>
        <translation>Dieser Widerruf ist nicht mehr geplant oder läuft gerade anderswo.</translation>
    </message>
    <message>
        <source>The old token is being revoked right now.</source>
        <translation>Das alte Token wird gerade widerrufen.</translation>
    </message>
</context>
<context>
    <name>latchkey::TokensPage</name>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Läuft bald ab</translation>
    </message>
    <message>
        <source>Filter tokens</source>
        <translation>Tokens filtern</translation>
    </message>
    <message>
        <source>All tokens</source>
        <translation>Alle Tokens</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation>Läuft nie ab</translation>
    </message>
    <message>
        <source>Expired or expiring soon</source>
        <translation>Abgelaufen oder läuft bald ab</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>&amp;Generate…</source>
        <translation>&amp;Erzeugen…</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>Set &amp;Expiry…</source>
        <translation>Ablauf &amp;festlegen…</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <source>&amp;Copy Token</source>
        <translation>Token &amp;kopieren</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Aktualisie&amp;ren</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Aktualisieren (F5)</translation>
    </message>
    <message>
        <source>Unavailable while offline: %1</source>
        <translation>Offline nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Only tokens generated or rotated in Latchkey and saved in your keychain can be copied</source>
        <translation>Nur Tokens, die in Latchkey erzeugt oder rotiert und in Ihrem Schlüsselbund gespeichert wurden, können kopiert werden</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n Token</numerusform>
            <numerusform>%n Tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n expired or expiring soon</source>
        <translation>
            <numerusform>, %n abgelaufen oder bald ablaufend</numerusform>
            <numerusform>, %n abgelaufen oder bald ablaufend</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Loading tokens…</source>
        <translation>Tokens werden geladen…</translation>
    </message>
    <message>
        <source>Generating “%1”…</source>
        <translation>„%1“ wird erzeugt…</translation>
    </message>
    <message>
        <source>Renaming “%1”…</source>
        <translation>„%1“ wird umbenannt…</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation>„%1“ in „%2“ umbenannt.</translation>
    </message>
    <message>
        <source>Rotating “%1”…</source>
        <translation>„%1“ wird rotiert…</translation>
    </message>
    <message>
        <source>Revoke the token “%1” of %2?</source>
        <translation>Das Token „%1“ von %2 widerrufen?</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n tokens of %1?</source>
        <translation>
            <numerusform>%n Token von %1 widerrufen?</numerusform>
            <numerusform>%n Tokens von %1 widerrufen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Anything using them stops working at once. This cannot be undone.</source>
        <translation>Alles, was damit arbeitet, funktioniert sofort nicht mehr. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Revoke</source>
        <translation>
            <numerusform>&amp;Widerrufen</numerusform>
            <numerusform>&amp;Widerrufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoking %n token(s)…</source>
        <translation>
            <numerusform>%n Token wird widerrufen…</numerusform>
            <numerusform>%n Tokens werden widerrufen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n token(s).</source>
        <translation>
            <numerusform>%n Token widerrufen.</numerusform>
            <numerusform>%n Tokens widerrufen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied “%1”.</source>
        <translation>„%1“ kopiert.</translation>
    </message>
    <message>
        <source>Copy &amp;Access Token For…</source>
        <translation>&amp;Zugriffstoken kopieren für…</translation>
    </message>
    <message>
        <source>&amp;Where Used…</source>
        <translation>&amp;Wo verwendet…</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is still in %n file(s): %2</source>
        <translation>
            <numerusform>„%1“ steht noch in %n Datei: %2</numerusform>
            <numerusform>„%1“ steht noch in %n Dateien: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This token is still in %n file(s): %1 — revoke anyway?</source>
        <translation>
            <numerusform>Dieses Token steht noch in %n Datei: %1 – trotzdem widerrufen?</numerusform>
            <numerusform>Dieses Token steht noch in %n Dateien: %1 – trotzdem widerrufen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This token is still in %n file(s): %1 — the old value there stops working once the token is rotated.</source>
        <translation>
            <numerusform>Dieses Token steht noch in %n Datei: %1 – der alte Wert dort funktioniert nach dem Rotieren nicht mehr.</numerusform>
            <numerusform>Dieses Token steht noch in %n Dateien: %1 – der alte Wert dort funktioniert nach dem Rotieren nicht mehr.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke anyway?</source>
        <translation>Trotzdem widerrufen?</translation>
    </message>
    <message numerus="yes">
        <source>Copied an access token for %1 from “%2”; it is valid for %n minute(s).</source>
        <translation>
            <numerusform>Ein Zugriffstoken für %1 aus „%2“ wurde kopiert; es ist %n Minute gültig.</numerusform>
            <numerusform>Ein Zugriffstoken für %1 aus „%2“ wurde kopiert; es ist %n Minuten gültig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where Used</source>
        <translation>Wo verwendet</translation>
    </message>
    <message>
        <source>&amp;Scan Again</source>
        <translation>&amp;Erneut durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Scan Now</source>
        <translation>&amp;Jetzt durchsuchen</translation>
    </message>
    <message>
        <source>This computer has not been scanned yet.</source>
        <translation>Dieser Computer wurde noch nicht durchsucht.</translation>
    </message>
    <message>
        <source>A scan looks for copies of “%1” (and your other tokens) in the places listed on the Scan Computer page.</source>
        <translation>Eine Suche findet Kopien von „%1“ (und Ihren anderen Tokens) an den Orten, die auf der Seite „Computer durchsuchen“ aufgeführt sind.</translation>
    </message>
    <message>
        <source>“%1” was in none of the files scanned on %2.</source>
        <translation>„%1“ stand in keiner der Dateien, die am %2 durchsucht wurden.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is in %n place(s), as scanned on %2:</source>
        <translation>
            <numerusform>„%1“ steht an %n Stelle (Suche vom %2):</numerusform>
            <numerusform>„%1“ steht an %n Stellen (Suche vom %2):</numerusform>
        </translation>
    </message>
    <message>
        <source>Renaming “%1”: Enter saves, Esc cancels.</source>
        <translation>„%1“ wird umbenannt: Eingabe speichert, Esc bricht ab.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>You have no tokens yet.</source>
        <translation>Sie haben noch keine Tokens.</translation>
    </message>
    <message>
        <source>%1 has no tokens.</source>
        <translation>%1 hat keine Tokens.</translation>
    </message>
    <message>
        <source>Revoke Token</source>
        <translation>Token widerrufen</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n Token(s)</source>
        <translation>
            <numerusform>%n Token widerrufen</numerusform>
            <numerusform>%n Tokens widerrufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke your token “%1”?</source>
        <translation>Ihr Token „%1“ widerrufen?</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n of your tokens?</source>
        <translation>
            <numerusform>%n Ihrer Tokens widerrufen?</numerusform>
            <numerusform>%n Ihrer Tokens widerrufen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Anything using it stops working at once. This cannot be undone.</source>
        <translation>Alles, was es verwendet, funktioniert sofort nicht mehr. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>“%1” cannot be copied: Latchkey keeps a copy in your keychain only of the tokens it generated or rotated.</source>
        <translation>„%1“ kann nicht kopiert werden: Latchkey bewahrt nur von Tokens, die es erzeugt oder erneuert hat, eine Kopie in Ihrem Schlüsselbund auf.</translation>
    </message>
    <message>
        <source>Filter by name or note</source>
        <translation>Nach Name oder Notiz filtern</translation>
    </message>
    <message>
        <source>Edit &amp;Note…</source>
        <translation>&amp;Notiz bearbeiten…</translation>
    </message>
    <message>
        <source>Removed the note on “%1”.</source>
        <translation>Notiz zu „%1“ entfernt.</translation>
    </message>
    <message>
        <source>Saved the note on “%1”.</source>
        <translation>Notiz zu „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Revoked %1 of %2…</source>
        <translation>%1 von %2 widerrufen…</translation>
    </message>
    <message>
        <source>Revoke Tokens</source>
        <translation>Tokens widerrufen</translation>
    </message>
    <message numerus="yes">
        <source>Revoked %1 of %n token(s).</source>
        <translation>
            <numerusform>%1 von %n Token widerrufen.</numerusform>
            <numerusform>%1 von %n Tokens widerrufen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be revoked or cleaned up:</source>
        <translation>
            <numerusform>%n konnte nicht widerrufen oder bereinigt werden:</numerusform>
            <numerusform>%n konnten nicht widerrufen oder bereinigt werden:</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in first: you are signed out.</source>
        <translation>Melden Sie sich zuerst an: Sie sind abgemeldet.</translation>
    </message>
    <message>
        <source>Revoke Old Value &amp;Now</source>
        <translation>Alten Wert &amp;jetzt widerrufen</translation>
    </message>
    <message>
        <source>&amp;Keep Old Value Working</source>
        <translation>Alten Wert gültig &amp;lassen</translation>
    </message>
    <message>
        <source>Revoking the old value of “%1”…</source>
        <translation>Alter Wert von „%1“ wird widerrufen …</translation>
    </message>
    <message>
        <source>“%1” keeps working; Latchkey will not revoke it.</source>
        <translation>„%1“ bleibt gültig; Latchkey widerruft es nicht.</translation>
    </message>
    <message numerus="yes">
        <source>Rotating %n token(s)…</source>
        <translation>
            <numerusform>%n Token wird rotiert …</numerusform>
            <numerusform>%n Token werden rotiert …</numerusform>
        </translation>
    </message>
    <message>
        <source>Rotated %1 of %2…</source>
        <translation>%1 von %2 rotiert …</translation>
    </message>
    <message>
        <source>Set Expiry</source>
        <translation>Ablaufdatum festlegen</translation>
    </message>
    <message numerus="yes">
        <source>Gave %1 of %n token(s) a new expiry and a new value.</source>
        <translation>
            <numerusform>%1 von %n Token hat ein neues Ablaufdatum und einen neuen Wert.</numerusform>
            <numerusform>%1 von %n Token haben ein neues Ablaufdatum und einen neuen Wert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The new values are in your keychain: select a token and Copy it.</source>
        <translation>Die neuen Werte liegen in Ihrem Schlüsselbund: Token auswählen und kopieren.</translation>
    </message>
    <message numerus="yes">
        <source>Set a new expiry on %n token(s).</source>
        <translation>
            <numerusform>Neues Ablaufdatum für %n Token festgelegt.</numerusform>
            <numerusform>Neues Ablaufdatum für %n Token festgelegt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::UserLabel</name>
    <message>
        <source>Unknown user</source>
        <translation>Unbekannter Benutzer</translation>
    </message>
</context>
<context>
    <name>latchkey::UserListModel</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Letzte Anmeldung</translation>
    </message>
</context>
<context>
    <name>latchkey::UserPickerDialog</name>
    <message>
        <source>Choose Your User</source>
        <translation>Eigenen Benutzer auswählen</translation>
    </message>
    <message>
        <source>Search by name, username or email</source>
        <translation>Nach Name, Benutzername oder E-Mail suchen</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Benutzer suchen</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>C&amp;hoose</source>
        <translation>&amp;Auswählen</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche…</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) found</source>
        <translation>
            <numerusform>%n Benutzer gefunden</numerusform>
            <numerusform>%n Benutzer gefunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::UsersPage</name>
    <message>
        <source>Search users by name, username, email or ID</source>
        <translation>Benutzer nach Name, Benutzername, E-Mail oder ID suchen</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Benutzer suchen</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation>Benutzer werden geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n user(s) — scroll for more</source>
        <translation>
            <numerusform>%1 von %n Benutzer – scrollen Sie für mehr</numerusform>
            <numerusform>%1 von %n Benutzern – scrollen Sie für mehr</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a user to see their tokens.</source>
        <translation>Wählen Sie einen Benutzer, um seine Tokens zu sehen.</translation>
    </message>
    <message>
        <source>Tokens of %1</source>
        <translation>Tokens von %1</translation>
    </message>
    <message>
        <source>Revoke All Tokens of This User…</source>
        <translation>Alle Tokens dieses Benutzers widerrufen…</translation>
    </message>
</context>
<context>
    <name>latchkeyctl</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Manages personal access tokens on a Logto tenant, like the Latchkey app.</source>
        <translation>Verwaltet persönliche Zugriffstoken auf einem Logto-Tenant, wie die Latchkey-App.</translation>
    </message>
    <message>
        <source>Connection profile (default: the current one).</source>
        <translation>Verbindungsprofil (Standard: das aktuelle).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>User ID (default: the profile&apos;s user).</source>
        <translation>Benutzer-ID (Standard: der Benutzer des Profils).</translation>
    </message>
    <message>
        <source>Logto endpoint URL.</source>
        <translation>URL des Logto-Endpunkts.</translation>
    </message>
    <message>
        <source>Management API indicator (default: derived).</source>
        <translation>Management-API-Indikator (Standard: abgeleitet).</translation>
    </message>
    <message>
        <source>Extra trusted CA certificates (PEM).</source>
        <translation>Zusätzliche vertrauenswürdige CA-Zertifikate (PEM).</translation>
    </message>
    <message>
        <source>Allow plain HTTP to a non-loopback host.</source>
        <translation>Unverschlüsseltes HTTP zu einem Nicht-Loopback-Host erlauben.</translation>
    </message>
    <message>
        <source>Read the app secret from standard input.</source>
        <translation>Das App-Geheimnis von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Search text.</source>
        <translation>Suchtext.</translation>
    </message>
    <message>
        <source>DAYS, YYYY-MM-DD or never (default: never, or the longest allowed lifetime).</source>
        <translation>Anzahl Tage, YYYY-MM-DD oder never (Standard: never oder die längste erlaubte Laufzeit).</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>Nicht um Bestätigung fragen.</translation>
    </message>
    <message>
        <source>No command given; see latchkeyctl --help.</source>
        <translation>Kein Befehl angegeben; siehe latchkeyctl --help.</translation>
    </message>
    <message>
        <source>Say what to do with profiles: add, list or remove.</source>
        <translation>Geben Sie an, was mit profiles geschehen soll: add, list oder remove.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; see latchkeyctl --help.</source>
        <translation>Unbekannter Befehl „%1“; siehe latchkeyctl --help.</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;%2&quot;.</source>
        <translation>Die Option --%1 gilt nicht für „%2“.</translation>
    </message>
    <message>
        <source>Usage: latchkeyctl %1 %2</source>
        <translation>Aufruf: latchkeyctl %1 %2</translation>
    </message>
    <message>
        <source>The app secret is read from standard input only: pass --secret-stdin and pipe it in.</source>
        <translation>Das App-Geheimnis wird nur von der Standardeingabe gelesen: Geben Sie --secret-stdin an und übergeben Sie es per Pipe.</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>Die Standardeingabe kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>No app secret arrived on standard input.</source>
        <translation>Auf der Standardeingabe ist kein App-Geheimnis angekommen.</translation>
    </message>
    <message>
        <source>Added profile &quot;%1&quot;.</source>
        <translation>Profil „%1“ hinzugefügt.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>ENDPOINT</source>
        <translation>ENDPUNKT</translation>
    </message>
    <message>
        <source>APP ID</source>
        <translation>APP-ID</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>There is no connection profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein Verbindungsprofil namens „%1“.</translation>
    </message>
    <message>
        <source>Removed profile &quot;%1&quot;, but its app secret stays in the keychain: %2</source>
        <translation>Profil „%1“ entfernt, aber sein App-Geheimnis bleibt im Schlüsselbund: %2</translation>
    </message>
    <message>
        <source>Removed profile &quot;%1&quot;.</source>
        <translation>Profil „%1“ entfernt.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>USERNAME</source>
        <translation>BENUTZERNAME</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>No user given: pass --user ID or set the profile&apos;s user.</source>
        <translation>Kein Benutzer angegeben: Geben Sie --user ID an oder legen Sie den Benutzer des Profils fest.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>LÄUFT AB</translation>
    </message>
    <message>
        <source>CACHED</source>
        <translation>ZWISCHENGESPEICHERT</translation>
    </message>
    <message>
        <source>FINGERPRINT</source>
        <translation>FINGERABDRUCK</translation>
    </message>
    <message>
        <source>The token &quot;%1&quot; has a new value (printed above); the old value no longer works.</source>
        <translation>Das Token „%1“ hat einen neuen Wert (oben ausgegeben); der alte Wert funktioniert nicht mehr.</translation>
    </message>
    <message>
        <source>The value is NOT saved in the keychain (%1); keep it now, it cannot be shown again.</source>
        <translation>Der Wert ist NICHT im Schlüsselbund gespeichert (%1); bewahren Sie ihn jetzt auf, er kann nicht erneut angezeigt werden.</translation>
    </message>
    <message>
        <source>Renamed to &quot;%1&quot;.</source>
        <translation>Umbenannt in „%1“.</translation>
    </message>
    <message>
        <source>Not deleting &quot;%1&quot; without confirmation: pass --yes when standard input is not a terminal.</source>
        <translation>„%1“ wird ohne Bestätigung nicht gelöscht: Geben Sie --yes an, wenn die Standardeingabe kein Terminal ist.</translation>
    </message>
    <message>
        <source>Delete the token &quot;%1&quot; of user %2? [y/N] </source>
        <translation>Das Token „%1“ von Benutzer %2 löschen? [y/N] </translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>No connection profile is chosen; add one with &quot;latchkeyctl profiles add&quot; or name one with --profile.</source>
        <translation>Kein Verbindungsprofil gewählt; fügen Sie eines mit „latchkeyctl profiles add“ hinzu oder benennen Sie eines mit --profile.</translation>
    </message>
    <message>
        <source>The app secret of &quot;%1&quot; cannot be read from the keychain: %2</source>
        <translation>Das App-Geheimnis von „%1“ kann nicht aus dem Schlüsselbund gelesen werden: %2</translation>
    </message>
    <message>
        <source>inspect: verify JWTs against this JWKS (a file or a URL).</source>
        <translation>inspect: JWTs mit diesem JWKS prüfen (Datei oder URL).</translation>
    </message>
    <message>
        <source>inspect: verify JWTs against this PEM public key or certificate.</source>
        <translation>inspect: JWTs mit diesem öffentlichen PEM-Schlüssel oder Zertifikat prüfen.</translation>
    </message>
    <message>
        <source>inspect: the first line of standard input is the HMAC secret, the second the token.</source>
        <translation>inspect: Die erste Zeile der Standardeingabe ist das HMAC-Geheimnis, die zweite das Token.</translation>
    </message>
    <message>
        <source>inspect: also test a Logto PAT against the profile&apos;s server (sends the token there).</source>
        <translation>inspect: Ein Logto-PAT zusätzlich am Server des Profils testen (sendet das Token dorthin).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot run inside a batch.</source>
        <translation>„%1“ kann nicht innerhalb eines Stapels laufen.</translation>
    </message>
    <message>
        <source>A batch works on one profile: give --profile to &quot;batch&quot; itself.</source>
        <translation>Ein Stapel arbeitet mit einem Profil: Geben Sie --profile bei „batch“ selbst an.</translation>
    </message>
    <message>
        <source>Could not keep an offline copy of the tokens: %1</source>
        <translation>Es konnte keine Offline-Kopie der Tokens angelegt werden: %1</translation>
    </message>
    <message>
        <source>A quote is not closed.</source>
        <translation>Ein Anführungszeichen ist nicht geschlossen.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>--within takes a number of days from 0 to %1.</source>
        <translation>--within erwartet eine Anzahl Tage von 0 bis %1.</translation>
    </message>
    <message>
        <source>Give --user or --all-users, not both.</source>
        <translation>Geben Sie --user oder --all-users an, nicht beides.</translation>
    </message>
    <message>
        <source>Checked %1 of %2 users...</source>
        <translation>%1 von %2 Benutzern geprüft …</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>expiring</source>
        <translation>läuft bald ab</translation>
    </message>
    <message>
        <source>Say which API the access token is for: --resource URI (its API resource indicator in Logto).</source>
        <translation>Geben Sie an, für welche API das Zugriffstoken ist: --resource URI (der Indikator der API-Ressource in Logto).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid resource indicator.</source>
        <translation>„%1“ ist kein gültiger Ressourcen-Indikator.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a name for an environment variable.</source>
        <translation>„%1“ ist kein Name für eine Umgebungsvariable.</translation>
    </message>
    <message>
        <source>--pat hands over the token itself: --resource, --scope and --organization do not apply.</source>
        <translation>--pat übergibt das Token selbst: --resource, --scope und --organization gelten dann nicht.</translation>
    </message>
    <message>
        <source>Handing the personal access token itself to the command. It lives until it expires or is revoked, so anything the command leaks stays usable that long; prefer --resource for a short-lived access token.</source>
        <translation>Das persönliche Zugriffstoken selbst wird an den Befehl übergeben. Es gilt, bis es abläuft oder widerrufen wird; was der Befehl davon preisgibt, bleibt so lange nutzbar. Besser: --resource für ein kurzlebiges Zugriffstoken.</translation>
    </message>
    <message>
        <source>Cannot run &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>Cannot start &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>Scanning: %1 files, %2 read</source>
        <translation>Durchsuche: %1 Dateien, %2 gelesen</translation>
    </message>
    <message numerus="yes">
        <source>%n copies found; %1 files read (%2), %3 skipped.</source>
        <translation>
            <numerusform>%n Kopie gefunden; %1 Dateien gelesen (%2), %3 übersprungen.</numerusform>
            <numerusform>%n Kopien gefunden; %1 Dateien gelesen (%2), %3 übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>A revoked or expired token is still in a file: replace it there.</source>
        <translation>Ein widerrufenes oder abgelaufenes Token steht noch in einer Datei: Ersetzen Sie es dort.</translation>
    </message>
    <message>
        <source>exchange, run: a scope to ask for (repeat for more).</source>
        <translation>exchange, run: ein angefragter Scope (für mehrere wiederholen).</translation>
    </message>
    <message>
        <source>exchange, run: an organization token for this organization.</source>
        <translation>exchange, run: ein Organisations-Token für diese Organisation.</translation>
    </message>
    <message>
        <source>run: the environment variable that carries the token (default: LATCHKEY_ACCESS_TOKEN).</source>
        <translation>run: die Umgebungsvariable, die das Token trägt (Standard: LATCHKEY_ACCESS_TOKEN).</translation>
    </message>
    <message>
        <source>run: hand over the personal access token itself (long-lived) instead of an access token.</source>
        <translation>run: das persönliche Zugriffstoken selbst (langlebig) statt eines Zugriffstokens übergeben.</translation>
    </message>
    <message>
        <source>where: scan this file or folder instead of the places in Settings (repeat for more).</source>
        <translation>where: diese Datei oder diesen Ordner statt der Orte aus den Einstellungen durchsuchen (für mehrere wiederholen).</translation>
    </message>
    <message>
        <source>check: tokens that expire within this many days (default: the app&apos;s &quot;expiring soon&quot;).</source>
        <translation>check: Tokens, die innerhalb so vieler Tage ablaufen (Standard: „läuft bald ab“ der App).</translation>
    </message>
    <message>
        <source>check: every user&apos;s tokens (admins).</source>
        <translation>check: die Tokens aller Benutzer (für Administratoren).</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) expired or expiring among the users checked (%1).</source>
        <translation>
            <numerusform>%n Token abgelaufen oder läuft bald ab unter den geprüften Benutzern (%1).</numerusform>
            <numerusform>%n Tokens abgelaufen oder laufen bald ab unter den geprüften Benutzern (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Latchkey knows no token named &quot;%1&quot;; see latchkeyctl tokens.</source>
        <translation>Latchkey kennt kein Token namens „%1“; siehe latchkeyctl tokens.</translation>
    </message>
    <message>
        <source>Latchkey knows no token named &quot;%1&quot; on %2; see latchkeyctl tokens.</source>
        <translation>Latchkey kennt kein Token namens „%1“ auf %2; siehe latchkeyctl tokens.</translation>
    </message>
    <message>
        <source>App secret of &quot;%1&quot; (not shown): </source>
        <translation>App-Geheimnis von „%1“ (wird nicht angezeigt): </translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; could not be written to standard output; it is in the keychain: latchkeyctl copy &quot;%1&quot;</source>
        <translation>Der Wert von „%1“ konnte nicht auf die Standardausgabe geschrieben werden; er liegt im Schlüsselbund: latchkeyctl copy &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; could not be written to standard output and is NOT in the keychain (%2): set a new expiry for a new value.</source>
        <translation>Der Wert von „%1“ konnte nicht auf die Standardausgabe geschrieben werden und liegt NICHT im Schlüsselbund (%2): Setzen Sie ein neues Ablaufdatum, um einen neuen Wert zu erhalten.</translation>
    </message>
    <message>
        <source>Standard output could not be written (disk full or pipe closed).</source>
        <translation>Die Standardausgabe konnte nicht geschrieben werden (Datenträger voll oder Pipe geschlossen).</translation>
    </message>
    <message>
        <source>&quot;login&quot; is for developer connections; &quot;%1&quot; signs in with its app secret.</source>
        <translation>„login“ ist für Entwicklerverbindungen; „%1“ meldet sich mit seinem App-Geheimnis an.</translation>
    </message>
    <message>
        <source>Signed in as %1 on &quot;%2&quot;.</source>
        <translation>Als %1 bei „%2“ angemeldet.</translation>
    </message>
    <message>
        <source>To sign in, open %1 on any device and enter the code %2 (or open %3).</source>
        <translation>Öffnen Sie zum Anmelden %1 auf einem beliebigen Gerät und geben Sie den Code %2 ein (oder öffnen Sie %3).</translation>
    </message>
    <message>
        <source>Sign in in your browser; if it does not open, open this address: %1</source>
        <translation>Melden Sie sich im Browser an; falls er sich nicht öffnet, öffnen Sie diese Adresse: %1</translation>
    </message>
    <message>
        <source>&quot;logout&quot; is for developer connections; to stop using &quot;%1&quot;, remove the profile.</source>
        <translation>„logout“ ist für Entwicklerverbindungen; um „%1“ nicht mehr zu verwenden, entfernen Sie das Profil.</translation>
    </message>
    <message>
        <source>Some token values could not be forgotten: %1</source>
        <translation>Einige Token-Werte konnten nicht vergessen werden: %1</translation>
    </message>
    <message>
        <source>The sign-in could not be removed from the keychain: %1</source>
        <translation>Die Anmeldung konnte nicht aus dem Schlüsselbund entfernt werden: %1</translation>
    </message>
    <message>
        <source>The server could not be told (%1); the sign-in was removed from this computer and ends when it expires.</source>
        <translation>Der Server konnte nicht benachrichtigt werden (%1); die Anmeldung wurde von diesem Computer entfernt und endet, wenn sie abläuft.</translation>
    </message>
    <message>
        <source>Signed out of &quot;%1&quot;.</source>
        <translation>Von „%1“ abgemeldet.</translation>
    </message>
    <message>
        <source>--%1 belongs to a developer connection (with --gateway).</source>
        <translation>--%1 gehört zu einer Entwicklerverbindung (mit --gateway).</translation>
    </message>
    <message>
        <source>--%1 does not apply to a developer connection: you sign in as yourself (latchkeyctl login).</source>
        <translation>--%1 gilt nicht für eine Entwicklerverbindung: Sie melden sich selbst an (latchkeyctl login).</translation>
    </message>
    <message>
        <source>The gateway&apos;s policy could not be read (%1); give --resource and --endpoint.</source>
        <translation>Die Richtlinie des Gateways konnte nicht gelesen werden (%1); geben Sie --resource und --endpoint an.</translation>
    </message>
    <message>
        <source>Added developer profile &quot;%1&quot;; sign in with &quot;latchkeyctl login&quot;.</source>
        <translation>Entwicklerprofil „%1“ hinzugefügt; melden Sie sich mit „latchkeyctl login“ an.</translation>
    </message>
    <message>
        <source>&quot;users&quot; is not available for a developer connection: it reaches only your own tokens.</source>
        <translation>„users“ ist für eine Entwicklerverbindung nicht verfügbar: Sie erreicht nur Ihre eigenen Tokens.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an administrator connection to %2 (app %3); its user: %4</source>
        <translation>„%1“ ist eine Administratorverbindung zu %2 (App %3); ihr Benutzer: %4</translation>
    </message>
    <message>
        <source>Not signed in to &quot;%1&quot;: run &quot;latchkeyctl login&quot;.</source>
        <translation>Nicht bei „%1“ angemeldet: Führen Sie „latchkeyctl login“ aus.</translation>
    </message>
    <message>
        <source>Signed in to &quot;%1&quot; as %2%3, user ID %4, through %5</source>
        <translation>Bei „%1“ als %2%3 angemeldet, Benutzer-ID %4, über %5</translation>
    </message>
    <message>
        <source>%1 could not be started.</source>
        <translation>%1 konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>--user is not available for a developer connection: it always acts on your own tokens.</source>
        <translation>--user ist für eine Entwicklerverbindung nicht verfügbar: Sie wirkt immer auf Ihre eigenen Tokens.</translation>
    </message>
    <message>
        <source>Machine-to-machine app ID (with --gateway: the Native app you sign in with).</source>
        <translation>App-ID der Machine-to-Machine-Anwendung (mit --gateway: die native App, mit der Sie sich anmelden).</translation>
    </message>
    <message>
        <source>profiles add: a developer connection through this latchkey-gateway URL (you sign in as yourself).</source>
        <translation>profiles add: eine Entwicklerverbindung über diese latchkey-gateway-URL (Sie melden sich selbst an).</translation>
    </message>
    <message>
        <source>The Native app for signing in with a code (login --device).</source>
        <translation>Die native App für die Anmeldung mit einem Code (login --device).</translation>
    </message>
    <message>
        <source>login: sign in with a code on another device (no browser here).</source>
        <translation>login: mit einem Code auf einem anderen Gerät anmelden (hier kein Browser).</translation>
    </message>
    <message>
        <source>logout: also forget your tokens&apos; values kept in the keychain.</source>
        <translation>logout: auch die im Schlüsselbund gespeicherten Werte Ihrer Tokens vergessen.</translation>
    </message>
    <message>
        <source>exchange, run: the API resource indicator the access token is for. profiles add --gateway: the gateway&apos;s indicator (default: what the gateway&apos;s policy names).</source>
        <translation>exchange, run: der API-Ressourcenindikator, für den das Zugriffstoken gilt. profiles add --gateway: der Indikator des Gateways (Standard: was die Richtlinie des Gateways nennt).</translation>
    </message>
    <message>
        <source>profiles add|list|remove, login, logout, whoami, users, tokens, create, rename, expire, revoke, copy, note, inspect, batch, exchange, run, where, check</source>
        <translation>profiles add|list|remove, login, logout, whoami, users, tokens, create, rename, expire, revoke, copy, note, inspect, batch, exchange, run, where, check</translation>
    </message>
    <message>
        <source>Give a note or --clear, not both.</source>
        <translation>Entweder eine Notiz oder --clear angeben, nicht beides.</translation>
    </message>
    <message>
        <source>The user has no token named &quot;%1&quot;.</source>
        <translation>Der Benutzer hat kein Token namens „%1“.</translation>
    </message>
    <message>
        <source>Removed the note on &quot;%1&quot;.</source>
        <translation>Notiz zu „%1“ entfernt.</translation>
    </message>
    <message>
        <source>Saved the note on &quot;%1&quot;.</source>
        <translation>Notiz zu „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>note: remove the note.</source>
        <translation>note: die Notiz entfernen.</translation>
    </message>
    <message>
        <source>Usage: latchkeyctl revoke NAME, or latchkeyctl revoke --all --user ID</source>
        <translation>Aufruf: latchkeyctl revoke NAME oder latchkeyctl revoke --all --user ID</translation>
    </message>
    <message>
        <source>revoke --all needs the user named with --user ID.</source>
        <translation>revoke --all braucht den Benutzer, angegeben mit --user ID.</translation>
    </message>
    <message>
        <source>Not deleting every token of user %1 without confirmation: pass --yes when standard input is not a terminal.</source>
        <translation>Ohne Bestätigung werden nicht alle Tokens von Benutzer %1 gelöscht: Geben Sie --yes an, wenn die Standardeingabe kein Terminal ist.</translation>
    </message>
    <message>
        <source>Delete EVERY token of user %1? [y/N] </source>
        <translation>ALLE Tokens von Benutzer %1 löschen? [y/N] </translation>
    </message>
    <message>
        <source>Failed &quot;%1&quot;: %2</source>
        <translation>Fehlgeschlagen „%1“: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n token(s) were not revoked.</source>
        <translation>
            <numerusform>%1 von %n Token wurde nicht widerrufen.</numerusform>
            <numerusform>%1 von %n Tokens wurden nicht widerrufen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n token(s) of user %1.</source>
        <translation>
            <numerusform>%n Token von Benutzer %1 widerrufen.</numerusform>
            <numerusform>%n Tokens von Benutzer %1 widerrufen.</numerusform>
        </translation>
    </message>
    <message>
        <source>users: every page, not just the first; revoke: every token of the user.</source>
        <translation>users: alle Seiten, nicht nur die erste; revoke: jedes Token des Benutzers.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>profiles add: try the connection first (Logto&apos;s discovery; the gateway, or the app ID and secret) and save nothing when it fails.</source>
        <translation>profiles add: die Verbindung zuerst ausprobieren (Logtos Discovery; das Gateway bzw. App-ID und Geheimnis) und nichts speichern, wenn das scheitert.</translation>
    </message>
    <message>
        <source>The token &quot;%1&quot; has a new value (printed above); the old value keeps working as &quot;%2&quot; until %3, then the next latchkeyctl command or Latchkey revokes it.</source>
        <translation>Das Token „%1“ hat einen neuen Wert (oben ausgegeben); der alte Wert bleibt als „%2“ bis %3 gültig, danach widerruft ihn der nächste latchkeyctl-Befehl oder Latchkey.</translation>
    </message>
    <message>
        <source>expire: keep the old value working this long (30m, 1h, 1d, 7d), renamed &quot;NAME (replaced DATE)&quot;; revoked after it.</source>
        <translation>expire: den alten Wert so lange gültig lassen (30m, 1h, 1d, 7d), umbenannt in „NAME (replaced DATUM)“; danach widerrufen.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Personal access tokens for Logto.</source>
        <translation>Persönliche Zugriffstoken für Logto.</translation>
    </message>
    <message>
        <source>Interface language.</source>
        <translation>Sprache der Oberfläche.</translation>
    </message>
    <message>
        <source>Run on a built-in demo server.</source>
        <translation>Auf einem eingebauten Demo-Server ausführen.</translation>
    </message>
    <message>
        <source>Keep the sandbox&apos;s data in this file.</source>
        <translation>Die Daten der Sandbox in dieser Datei aufbewahren.</translation>
    </message>
    <message>
        <source>Extra sandbox tokens for your user.</source>
        <translation>Zusätzliche Sandbox-Tokens für Ihren Benutzer.</translation>
    </message>
    <message>
        <source>Exit once users and tokens are loaded.</source>
        <translation>Beenden, sobald Benutzer und Tokens geladen sind.</translation>
    </message>
    <message>
        <source>Print the milliseconds to the first filled token table, then exit.</source>
        <translation>Die Millisekunden bis zur ersten gefüllten Tokentabelle ausgeben, dann beenden.</translation>
    </message>
    <message>
        <source>Save pictures of each view and dialog here.</source>
        <translation>Bilder jeder Ansicht und jedes Dialogs hier speichern.</translation>
    </message>
    <message>
        <source>Start in the system tray, without opening the window.</source>
        <translation>Im Infobereich starten, ohne das Fenster zu öffnen.</translation>
    </message>
</context>
</TS>
