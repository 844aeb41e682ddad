<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>latchkey::AccessTokenDialog</name>
    <message>
        <source>&amp;Copy Access Token</source>
        <translation>&amp;Copier le jeton d’accès</translation>
    </message>
    <message>
        <source>Copy Access Token</source>
        <translation>Copier le jeton d’accès</translation>
    </message>
    <message>
        <source>API resource</source>
        <translation>Ressource d’API</translation>
    </message>
    <message>
        <source>optional, e.g. read:data write:data</source>
        <translation>facultatif, p. ex. read:data write:data</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <source>Latchkey exchanges &lt;b&gt;%1&lt;/b&gt; at Logto&apos;s token endpoint for a short-lived access token to one API, and copies that access token. The token itself stays in your keychain.</source>
        <translation>Latchkey échange &lt;b&gt;%1&lt;/b&gt; auprès du point de terminaison de jetons de Logto contre un jeton d’accès de courte durée pour une API, et copie ce jeton d’accès. Le jeton lui-même reste dans votre trousseau.</translation>
    </message>
    <message numerus="yes">
        <source>The clipboard is cleared after %n second(s).</source>
        <translation>
            <numerusform>Le presse-papiers est vidé après %n seconde.</numerusform>
            <numerusform>Le presse-papiers est vidé après %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard is cleared when Latchkey quits.</source>
        <translation>Le presse-papiers est vidé à la fermeture de Latchkey.</translation>
    </message>
    <message>
        <source>API &amp;resource:</source>
        <translation>&amp;Ressource d’API :</translation>
    </message>
    <message>
        <source>&amp;Scopes:</source>
        <translation>&amp;Portées :</translation>
    </message>
    <message>
        <source>“%1” is not a resource indicator: Logto names an API resource by a URI such as https://api.example.com.</source>
        <translation>« %1 » n’est pas un indicateur de ressource : Logto désigne une ressource d’API par une URI comme https://api.example.com.</translation>
    </message>
    <message>
        <source>Exchanging…</source>
        <translation>Échange en cours…</translation>
    </message>
</context>
<context>
    <name>latchkey::ApiError</name>
    <message>
        <source>The server said: %1</source>
        <translation>Le serveur a répondu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not reach the Logto server. Check the network connection and the endpoint URL, then try again.</source>
        <translation>Impossible de joindre le serveur Logto. Vérifiez la connexion réseau et l&apos;URL du point de terminaison, puis réessayez.</translation>
    </message>
    <message>
        <source>The Logto server did not answer in time. Try again; if this keeps happening, check the network connection or the server.</source>
        <translation>Le serveur Logto n&apos;a pas répondu à temps. Réessayez&#xa0;; si le problème persiste, vérifiez la connexion réseau ou le serveur.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so nothing was sent. If your organisation uses its own certificate authority, add its certificate to the profile; compare the fingerprint in the details with your administrator&apos;s.</source>
        <translation>Le certificat du serveur n&apos;est pas approuvé, rien n&apos;a donc été envoyé. Si votre organisation utilise sa propre autorité de certification, ajoutez son certificat au profil&#xa0;; comparez l&apos;empreinte indiquée dans les détails avec celle de votre administrateur.</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1, which Latchkey did not expect. Check the endpoint URL and try again.</source>
        <translation>Le serveur a répondu avec le statut HTTP %1, inattendu pour Latchkey. Vérifiez l&apos;URL du point de terminaison et réessayez.</translation>
    </message>
    <message>
        <source>The Logto server refused the app ID or app secret. Check both in the profile.</source>
        <translation>Le serveur Logto a refusé l&apos;ID ou le secret de l&apos;application. Vérifiez les deux dans le profil.</translation>
    </message>
    <message>
        <source>The Logto server refused Latchkey&apos;s access (HTTP %1). Check the app ID, app secret and API indicator in the profile.</source>
        <translation>Le serveur Logto a refusé l&apos;accès à Latchkey (HTTP %1). Vérifiez l&apos;ID de l&apos;application, le secret de l&apos;application et l&apos;indicateur d&apos;API dans le profil.</translation>
    </message>
    <message>
        <source>The app may not use the Logto Management API. In the Logto Console, give the app a role with Management API access.</source>
        <translation>L&apos;application n&apos;a peut-être pas le droit d&apos;utiliser la Logto Management API. Dans la console Logto, attribuez à l&apos;application un rôle avec accès à la Management API.</translation>
    </message>
    <message>
        <source>This user no longer exists. Refresh the user list.</source>
        <translation>Cet utilisateur n&apos;existe plus. Actualisez la liste des utilisateurs.</translation>
    </message>
    <message>
        <source>No token with this name exists for this user any more. Refresh the token list.</source>
        <translation>Aucun jeton portant ce nom n&apos;existe plus pour cet utilisateur. Actualisez la liste des jetons.</translation>
    </message>
    <message>
        <source>The user or token no longer exists. Refresh the list.</source>
        <translation>L&apos;utilisateur ou le jeton n&apos;existe plus. Actualisez la liste.</translation>
    </message>
    <message>
        <source>The server answered HTTP 404 Not Found. Check the endpoint URL; a request that is too large also gets this answer from Logto.</source>
        <translation>Le serveur a répondu HTTP 404 Not Found. Vérifiez l&apos;URL du point de terminaison&#xa0;; Logto renvoie aussi cette réponse à une requête trop volumineuse.</translation>
    </message>
    <message>
        <source>A token with this name already exists for this user. Choose another name.</source>
        <translation>Un jeton portant ce nom existe déjà pour cet utilisateur. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The server refused the change because it conflicts with existing data (HTTP %1). Refresh and try again.</source>
        <translation>Le serveur a refusé la modification, car elle entre en conflit avec des données existantes (HTTP %1). Actualisez et réessayez.</translation>
    </message>
    <message>
        <source>This token is not valid: deleted, expired, or its user is suspended.</source>
        <translation>Ce jeton n&apos;est pas valide&#xa0;: supprimé, expiré, ou son utilisateur est suspendu.</translation>
    </message>
    <message>
        <source>The Logto server does not know the API indicator. Check the API indicator in the profile.</source>
        <translation>Le serveur Logto ne connaît pas l&apos;indicateur d&apos;API. Vérifiez l&apos;indicateur d&apos;API dans le profil.</translation>
    </message>
    <message>
        <source>The Logto server refused the request from this app. For a token test, turn on token exchange for the app in the Logto Console.</source>
        <translation>Le serveur Logto a refusé la requête de cette application. Pour tester un jeton, activez l&apos;échange de jetons (token exchange) pour l&apos;application dans la console Logto.</translation>
    </message>
    <message>
        <source>The server refused the request as invalid. Correct the input and try again.</source>
        <translation>Le serveur a refusé la requête comme non valide. Corrigez la saisie et réessayez.</translation>
    </message>
    <message>
        <source>The server is receiving too many requests. Wait a minute, then try again.</source>
        <translation>Le serveur reçoit trop de requêtes. Attendez une minute, puis réessayez.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood (%1). Check that the endpoint URL points to a Logto server.</source>
        <translation>La réponse du serveur est incompréhensible (%1). Vérifiez que l&apos;URL du point de terminaison désigne un serveur Logto.</translation>
    </message>
    <message>
        <source>The Logto server had a problem (HTTP %1). Try again later.</source>
        <translation>Le serveur Logto a rencontré un problème (HTTP %1). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>Latchkey does not send credentials over plain HTTP to a remote host. Use an https:// endpoint URL.</source>
        <translation>Latchkey n&apos;envoie pas d&apos;identifiants en HTTP non chiffré à un hôte distant. Utilisez une URL de point de terminaison en https://.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy does not allow this: %1</source>
        <translation>La politique de votre organisation ne le permet pas : %1</translation>
    </message>
    <message>
        <source>Your sign-in could not be read from or written to the keychain: %1</source>
        <translation>Votre connexion n&apos;a pas pu être lue dans le trousseau ni y être enregistrée : %1</translation>
    </message>
    <message>
        <source>You are signed out of this connection. Sign in to go on.</source>
        <translation>Vous êtes déconnecté de cette connexion. Connectez-vous pour continuer.</translation>
    </message>
</context>
<context>
    <name>latchkey::AutostartEntry</name>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
</context>
<context>
    <name>latchkey::AwsKeyIdDecoder</name>
    <message>
        <source>The key id is not 20 base32 characters.</source>
        <translation>L&apos;ID de clé ne compte pas 20 caractères base32.</translation>
    </message>
    <message>
        <source>AWS account id</source>
        <translation>ID de compte AWS</translation>
    </message>
    <message>
        <source>An access key id is not a secret on its own, but its secret access key is usually nearby.</source>
        <translation>Un ID de clé d&apos;accès n&apos;est pas secret en soi, mais sa clé d&apos;accès secrète se trouve généralement à proximité.</translation>
    </message>
</context>
<context>
    <name>latchkey::Base62Crc32Checksum</name>
    <message>
        <source>The checksum cannot be checked: the token has the wrong length.</source>
        <translation>Impossible de vérifier la somme de contrôle&#xa0;: le jeton n&apos;a pas la bonne longueur.</translation>
    </message>
    <message>
        <source>The checksum does not match: the token has a typo or is not genuine.</source>
        <translation>La somme de contrôle ne correspond pas&#xa0;: le jeton contient une faute de frappe ou n&apos;est pas authentique.</translation>
    </message>
    <message>
        <source>The CRC-32 checksum matches.</source>
        <translation>La somme de contrôle CRC-32 correspond.</translation>
    </message>
</context>
<context>
    <name>latchkey::BulkExpiry</name>
    <message>
        <source>“%1”: %2</source>
        <translation>« %1 » : %2</translation>
    </message>
    <message>
        <source>“%1”: changed, but its new value is not in the keychain (%2); it is shown now, once.</source>
        <translation>« %1 » : modifié, mais sa nouvelle valeur n’est pas dans le trousseau (%2) ; elle est affichée maintenant, une seule fois.</translation>
    </message>
</context>
<context>
    <name>latchkey::BulkRevoke</name>
    <message>
        <source>“%1”: %2</source>
        <translation>« %1 » : %2</translation>
    </message>
    <message>
        <source>The user has no token named &quot;%1&quot;.</source>
        <translation>L’utilisateur n’a pas de jeton nommé « %1 ».</translation>
    </message>
    <message>
        <source>The token was deleted, but its value stays in the keychain: %1</source>
        <translation>Le jeton a été supprimé, mais sa valeur reste dans le trousseau : %1</translation>
    </message>
</context>
<context>
    <name>latchkey::ConnectionCheck</name>
    <message>
        <source>an answer of another shape</source>
        <translation>une réponse d’une autre forme</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>The gateway at %1 runs, but cannot reach its Logto (503). Ask whoever runs it.</source>
        <translation>La passerelle à %1 fonctionne, mais n’atteint pas son Logto (503). Demandez à qui l’exploite.</translation>
    </message>
    <message>
        <source>The gateway at %1 names no resource indicator: type it in.</source>
        <translation>La passerelle à %1 n’indique aucun indicateur de ressource : saisissez-le.</translation>
    </message>
    <message>
        <source>%1 answered (%2), but is not a Logto server: it has no OpenID discovery document at /oidc/.well-known/openid-configuration. Check the Logto endpoint.</source>
        <translation>%1 a répondu (%2), mais n’est pas un serveur Logto : il n’a pas de document de découverte OpenID à /oidc/.well-known/openid-configuration. Vérifiez le point de terminaison Logto.</translation>
    </message>
    <message>
        <source>%1 answered (%2), but is not a Latchkey gateway: it has no /healthz and policy of one. Check the gateway URL.</source>
        <translation>%1 a répondu (%2), mais n’est pas une passerelle Latchkey : il n’en a ni le /healthz ni la politique. Vérifiez l’URL de la passerelle.</translation>
    </message>
</context>
<context>
    <name>latchkey::ConnectionProblem</name>
    <message>
        <source>Connection refused by %1: nothing accepts connections on that port. Check the endpoint&apos;s host and port, and that the server runs.</source>
        <translation>Connexion refusée par %1 : rien n’accepte de connexion sur ce port. Vérifiez l’hôte et le port du point de terminaison, et que le serveur tourne.</translation>
    </message>
    <message>
        <source>The name “%1” could not be found (DNS). Check the endpoint&apos;s host name and the network.</source>
        <translation>Le nom « %1 » est introuvable (DNS). Vérifiez le nom d’hôte du point de terminaison et le réseau.</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering. Check that the endpoint is a Logto server and the scheme (http or https) is right.</source>
        <translation>%1 a fermé la connexion sans répondre. Vérifiez que le point de terminaison est un serveur Logto et que le schéma (http ou https) est le bon.</translation>
    </message>
    <message>
        <source>%1 could not be reached: %2</source>
        <translation>%1 est injoignable : %2</translation>
    </message>
    <message>
        <source>%1 did not answer in time (timeout). Check the network and the server.</source>
        <translation>%1 n’a pas répondu à temps (délai dépassé). Vérifiez le réseau et le serveur.</translation>
    </message>
    <message>
        <source>TLS problem with %1: %2</source>
        <translation>Problème TLS avec %1 : %2</translation>
    </message>
    <message>
        <source>%1 refused the app ID or app secret (401). Check both in the profile.</source>
        <translation>%1 a refusé l’ID ou le secret de l’application (401). Vérifiez les deux dans le profil.</translation>
    </message>
    <message>
        <source>%1 answered, but: %2</source>
        <translation>%1 a répondu, mais : %2</translation>
    </message>
    <message>
        <source>Plain HTTP to %1 is refused: it is not this computer. Use https://, or allow plain HTTP for this connection if the network is yours.</source>
        <translation>Le HTTP non chiffré vers %1 est refusé : ce n’est pas cet ordinateur. Utilisez https://, ou autorisez le HTTP pour cette connexion si le réseau est le vôtre.</translation>
    </message>
</context>
<context>
    <name>latchkey::ConnectionProfile</name>
    <message>
        <source>The connection needs a name.</source>
        <translation>La connexion doit avoir un nom.</translation>
    </message>
    <message>
        <source>The endpoint must be a URL such as https://tenant.logto.app.</source>
        <translation>Le point de terminaison doit être une URL telle que https://tenant.logto.app.</translation>
    </message>
    <message>
        <source>The endpoint must start with https:// (or http:// for a local server).</source>
        <translation>Le point de terminaison doit commencer par https:// (ou http:// pour un serveur local).</translation>
    </message>
    <message>
        <source>The connection needs the app ID of a machine-to-machine application.</source>
        <translation>La connexion nécessite l&apos;ID d&apos;une application machine à machine.</translation>
    </message>
    <message>
        <source>The CA certificate file %1 cannot be read.</source>
        <translation>Impossible de lire le fichier de certificat d&apos;AC %1.</translation>
    </message>
    <message>
        <source>The file %1 holds no CA certificate (PEM or DER).</source>
        <translation>Le fichier %1 ne contient aucun certificat d&apos;AC (PEM ou DER).</translation>
    </message>
    <message>
        <source>The gateway must be a URL such as https://latchkey.example.com.</source>
        <translation>La passerelle doit être une URL comme https://latchkey.example.com.</translation>
    </message>
    <message>
        <source>The connection needs the app ID of the Native application you sign in with.</source>
        <translation>La connexion a besoin de l&apos;ID de l&apos;application native avec laquelle vous vous connectez.</translation>
    </message>
    <message>
        <source>The connection needs the gateway&apos;s API resource indicator.</source>
        <translation>La connexion a besoin de l&apos;indicateur de ressource API de la passerelle.</translation>
    </message>
</context>
<context>
    <name>latchkey::ConnectionSwitcher</name>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>The Logto tenant Latchkey talks to</source>
        <translation>Le tenant Logto avec lequel Latchkey communique</translation>
    </message>
    <message>
        <source>Manage Connections…</source>
        <translation>Gérer les connexions…</translation>
    </message>
    <message>
        <source>C&amp;onnection:</source>
        <translation>C&amp;onnexion&#xa0;:</translation>
    </message>
</context>
<context>
    <name>latchkey::ConnectionsDialog</name>
    <message>
        <source>Replace Secret…</source>
        <translation>Remplacer le secret…</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Allow plain &amp;HTTP to this host</source>
        <translation>Autoriser le &amp;HTTP non chiffré vers cet hôte</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>Connexions enregistrées</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Machine-to-machine app ID</source>
        <translation>ID de l&apos;application machine à machine</translation>
    </message>
    <message>
        <source>App secret</source>
        <translation>Secret de l&apos;application</translation>
    </message>
    <message>
        <source>API indicator</source>
        <translation>Indicateur d&apos;API</translation>
    </message>
    <message>
        <source>System certificates only</source>
        <translation>Certificats du système uniquement</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>⚠ Plain HTTP sends the app secret and every token unencrypted. Use it only inside a network you trust.</source>
        <translation>⚠ Le HTTP non chiffré transmet le secret de l&apos;application et chaque jeton en clair. Ne l&apos;utilisez que sur un réseau de confiance.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>App &amp;ID:</source>
        <translation>&amp;ID de l&apos;application&#xa0;:</translation>
    </message>
    <message>
        <source>App &amp;secret:</source>
        <translation>Secr&amp;et de l&apos;application&#xa0;:</translation>
    </message>
    <message>
        <source>API &amp;indicator:</source>
        <translation>In&amp;dicateur d&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;My user:</source>
        <translation>&amp;Mon utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;CA bundle:</source>
        <translation>&amp;Certificats d&apos;AC&#xa0;:</translation>
    </message>
    <message>
        <source>CA Bundle</source>
        <translation>Certificats d&apos;AC</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Certificats (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>Shown once in the Logto console</source>
        <translation>Affiché une seule fois dans la console Logto</translation>
    </message>
    <message>
        <source>Stored in your keychain</source>
        <translation>Stocké dans votre trousseau</translation>
    </message>
    <message>
        <source>The new app secret</source>
        <translation>Le nouveau secret de l&apos;application</translation>
    </message>
    <message>
        <source>A connection named “%1” exists already.</source>
        <translation>Une connexion nommée «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>Enter the app secret.</source>
        <translation>Saisissez le secret de l&apos;application.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message numerus="yes">
        <source>Connected. The tenant has %n user(s).</source>
        <translation>
            <numerusform>Connecté. Le tenant compte %n utilisateur.</numerusform>
            <numerusform>Connecté. Le tenant compte %n utilisateurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Remove Connection</source>
        <translation>Supprimer la connexion</translation>
    </message>
    <message>
        <source>Remove the connection “%1” and its app secret from your keychain?</source>
        <translation>Supprimer la connexion «&#xa0;%1&#xa0;» et son secret d&apos;application de votre trousseau&#xa0;?</translation>
    </message>
    <message>
        <source>The tokens on the server stay as they are.</source>
        <translation>Les jetons sur le serveur restent inchangés.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>The user whose tokens “My Tokens” shows</source>
        <translation>L&apos;utilisateur dont «&#xa0;Mes jetons&#xa0;» affiche les jetons</translation>
    </message>
    <message>
        <source>I manage my own tokens</source>
        <translation>Je gère mes propres jetons</translation>
    </message>
    <message>
        <source>I administer a tenant</source>
        <translation>J’administre un locataire</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>&amp;Changer…</translation>
    </message>
    <message>
        <source>What will you do with this connection?</source>
        <translation>Que ferez-vous avec cette connexion ?</translation>
    </message>
    <message>
        <source>See, create and revoke your own tokens. You sign in as yourself in your browser, through your organisation&apos;s Latchkey gateway: there is no secret to type.</source>
        <translation>Voir, créer et révoquer vos propres jetons. Vous vous connectez en votre nom dans votre navigateur, via la passerelle Latchkey de votre organisation : aucun secret à saisir.</translation>
    </message>
    <message>
        <source>Manage the tokens of every user of a Logto tenant, with a machine-to-machine app and its secret.</source>
        <translation>Gérer les jetons de chaque utilisateur d’un locataire Logto, avec une application machine à machine et son secret.</translation>
    </message>
    <message>
        <source>Resource indicator</source>
        <translation>Indicateur de ressource</translation>
    </message>
    <message>
        <source>Read from the gateway</source>
        <translation>Lu depuis la passerelle</translation>
    </message>
    <message>
        <source>Optional: for signing in without a browser</source>
        <translation>Facultatif : pour se connecter sans navigateur</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation>&amp;Passerelle :</translation>
    </message>
    <message>
        <source>Logto &amp;endpoint:</source>
        <translation>Point de terminaison &amp;Logto :</translation>
    </message>
    <message>
        <source>&amp;Resource indicator:</source>
        <translation>Indicateur de &amp;ressource :</translation>
    </message>
    <message>
        <source>&amp;Device-flow app ID:</source>
        <translation>ID d’application &amp;device flow :</translation>
    </message>
    <message>
        <source>My own tokens, signed in as myself</source>
        <translation>Mes propres jetons, connecté en mon nom</translation>
    </message>
    <message>
        <source>A tenant&apos;s administration (machine-to-machine app)</source>
        <translation>Administration d’un locataire (application machine à machine)</translation>
    </message>
    <message>
        <source>&amp;Native app ID:</source>
        <translation>ID d’application &amp;native :</translation>
    </message>
    <message>
        <source>The Native app you sign in with</source>
        <translation>L’application native avec laquelle vous vous connectez</translation>
    </message>
    <message>
        <source>⚠ Plain HTTP sends your sign-in and every token unencrypted. Use it only inside a network you trust.</source>
        <translation>⚠ Le HTTP non chiffré transmet votre connexion et chaque jeton en clair. Ne l’utilisez que dans un réseau de confiance.</translation>
    </message>
    <message>
        <source>This connection uses plain HTTP to another computer: allow it below, or use https://.</source>
        <translation>Cette connexion utilise du HTTP non chiffré vers un autre ordinateur : autorisez-le ci-dessous, ou utilisez https://.</translation>
    </message>
    <message>
        <source>Reading the gateway&apos;s policy…</source>
        <translation>Lecture de la politique de la passerelle…</translation>
    </message>
    <message>
        <source>The gateway&apos;s policy could not be read (%1). Type the resource indicator.</source>
        <translation>La politique de la passerelle n’a pas pu être lue (%1). Saisissez l’indicateur de ressource.</translation>
    </message>
    <message>
        <source>The gateway names no resource indicator: type it.</source>
        <translation>La passerelle n’indique aucun indicateur de ressource : saisissez-le.</translation>
    </message>
    <message>
        <source>Filled in from the gateway&apos;s policy.</source>
        <translation>Rempli d’après la politique de la passerelle.</translation>
    </message>
    <message>
        <source>Logto and the gateway answer. You sign in from the main window.</source>
        <translation>Logto et la passerelle répondent. Vous vous connectez depuis la fenêtre principale.</translation>
    </message>
    <message>
        <source>Checking the connection…</source>
        <translation>Vérification de la connexion…</translation>
    </message>
    <message>
        <source>Remove the connection “%1” and your sign-in from your keychain?</source>
        <translation>Supprimer la connexion « %1 » et votre connexion de votre trousseau ?</translation>
    </message>
</context>
<context>
    <name>latchkey::CtlInspect</name>
    <message>
        <source>Give at most one of --jwks, --key and --hmac-secret-stdin.</source>
        <translation>Indiquez au plus une option parmi --jwks, --key et --hmac-secret-stdin.</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>Impossible de lire l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>With --hmac-secret-stdin the first line of standard input is the secret and the second the token.</source>
        <translation>Avec --hmac-secret-stdin, la première ligne de l&apos;entrée standard est le secret et la deuxième le jeton.</translation>
    </message>
    <message>
        <source>No token arrived on standard input.</source>
        <translation>Aucun jeton n&apos;est arrivé sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL valide.</translation>
    </message>
    <message>
        <source>Cannot read the key file &quot;%1&quot;.</source>
        <translation>Impossible de lire le fichier de clé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot fetch the JWKS from %1: %2</source>
        <translation>Impossible de récupérer le JWKS depuis %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>--online tests Logto personal access tokens (pat_...) only.</source>
        <translation>--online ne teste que les jetons d&apos;accès personnels Logto (pat_...).</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Constats&#xa0;:</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>Format&#xa0;: %1</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256): %1</source>
        <translation>Empreinte (SHA-256)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Fields:</source>
        <translation>Champs&#xa0;:</translation>
    </message>
    <message>
        <source>Claims:</source>
        <translation>Revendications&#xa0;:</translation>
    </message>
    <message>
        <source>Signature: valid (%1%2)</source>
        <translation>Signature&#xa0;: valide (%1%2)</translation>
    </message>
    <message>
        <source>Signature: REJECTED: %1</source>
        <translation>Signature&#xa0;: REJETÉE&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signature: not checked: %1</source>
        <translation>Signature&#xa0;: non vérifiée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Online test: %1</source>
        <translation>Test en ligne&#xa0;: %1</translation>
    </message>
    <message>
        <source>HMAC secret (not shown): </source>
        <translation>Secret HMAC (non affiché) : </translation>
    </message>
    <message>
        <source>Token (not shown): </source>
        <translation>Jeton (non affiché) : </translation>
    </message>
    <message>
        <source>The token belongs to the profile &quot;%1&quot;; --online sends it only to that profile&apos;s server, not to &quot;%2&quot;.</source>
        <translation>Le jeton appartient au profil «&#xa0;%1&#xa0;»&#xa0;; --online ne l&apos;envoie qu&apos;au serveur de ce profil, pas à «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>latchkey::DeveloperAccount</name>
    <message>
        <source>The sign-in could not be removed from the keychain: %1</source>
        <translation>La connexion n’a pas pu être retirée du trousseau : %1</translation>
    </message>
    <message>
        <source>The server could not be told (%1); the sign-in was removed from this computer and ends when it expires.</source>
        <translation>Le serveur n’a pas pu être prévenu (%1) ; la connexion a été retirée de cet ordinateur et prendra fin à son expiration.</translation>
    </message>
</context>
<context>
    <name>latchkey::DeveloperSignIn</name>
    <message>
        <source>Latchkey has your sign-in. You can close this tab and go back to Latchkey.</source>
        <translation>Latchkey a reçu votre connexion. Vous pouvez fermer cet onglet et revenir à Latchkey.</translation>
    </message>
    <message>
        <source>The browser&apos;s answer did not belong to this sign-in, so it was not used. Sign in again.</source>
        <translation>La réponse du navigateur n&apos;appartenait pas à cette connexion ; elle n&apos;a pas été utilisée. Connectez-vous à nouveau.</translation>
    </message>
    <message>
        <source>The server signed you in but gave Latchkey no refresh token. Check that the Native application allows refresh tokens.</source>
        <translation>Le serveur vous a connecté mais n&apos;a donné aucun jeton d&apos;actualisation à Latchkey. Vérifiez que l&apos;application native autorise les jetons d&apos;actualisation.</translation>
    </message>
    <message>
        <source>The sign-in was not finished in the browser in time. Sign in again.</source>
        <translation>La connexion n&apos;a pas été terminée à temps dans le navigateur. Connectez-vous à nouveau.</translation>
    </message>
    <message>
        <source>Latchkey could not wait for the browser on this computer (no free port on 127.0.0.1).</source>
        <translation>Latchkey n&apos;a pas pu attendre le navigateur sur cet ordinateur (aucun port libre sur 127.0.0.1).</translation>
    </message>
    <message>
        <source>The server does not offer a safe sign-in for apps (PKCE with S256).</source>
        <translation>Le serveur ne propose pas de connexion sûre pour les applications (PKCE avec S256).</translation>
    </message>
    <message>
        <source>This connection has no device-flow application: add its app ID to the connection first.</source>
        <translation>Cette connexion n&apos;a pas d&apos;application pour appareils : ajoutez d&apos;abord son ID d&apos;application à la connexion.</translation>
    </message>
    <message>
        <source>The sign-in was refused.</source>
        <translation>La connexion a été refusée.</translation>
    </message>
    <message>
        <source>The code expired before it was confirmed. Sign in again.</source>
        <translation>Le code a expiré avant d&apos;être confirmé. Connectez-vous à nouveau.</translation>
    </message>
    <message>
        <source>The server refused this app: check that the Native application&apos;s ID is right and that its redirect URI is http://127.0.0.1/callback.</source>
        <translation>Le serveur a refusé cette application : vérifiez que l&apos;ID de l&apos;application native est correct et que son URI de redirection est http://127.0.0.1/callback.</translation>
    </message>
    <message>
        <source>The server&apos;s sign-in answer could not be used (%1).</source>
        <translation>La réponse de connexion du serveur n&apos;a pas pu être utilisée (%1).</translation>
    </message>
</context>
<context>
    <name>latchkey::DueRevocation</name>
    <message>
        <source>The old value of &quot;%1&quot; was already revoked.</source>
        <translation>L’ancienne valeur de « %1 » était déjà révoquée.</translation>
    </message>
    <message>
        <source>The old value of &quot;%1&quot; was revoked as planned.</source>
        <translation>L’ancienne valeur de « %1 » a été révoquée comme prévu.</translation>
    </message>
    <message>
        <source>The old value of &quot;%1&quot; was revoked.</source>
        <translation>L’ancienne valeur de « %1 » a été révoquée.</translation>
    </message>
    <message>
        <source>The old value of &quot;%1&quot; is due to be revoked, but that failed: %2</source>
        <translation>L’ancienne valeur de « %1 » devait être révoquée, mais cela a échoué : %2</translation>
    </message>
</context>
<context>
    <name>latchkey::EntropyEstimator</name>
    <message>
        <source>The text is empty.</source>
        <translation>Le texte est vide.</translation>
    </message>
    <message>
        <source>It contains &quot;xxxx&quot; or an ellipsis, as placeholders do.</source>
        <translation>Il contient «&#xa0;xxxx&#xa0;» ou des points de suspension, comme les espaces réservés.</translation>
    </message>
    <message>
        <source>It is a template placeholder such as &lt;token&gt;.</source>
        <translation>C&apos;est un espace réservé de modèle tel que &lt;token&gt;.</translation>
    </message>
    <message>
        <source>It contains the word &quot;example&quot;, as documentation samples do.</source>
        <translation>Il contient le mot «&#xa0;example&#xa0;», comme les exemples de documentation.</translation>
    </message>
    <message>
        <source>It reads like &quot;your-token-here&quot;.</source>
        <translation>Il ressemble à «&#xa0;your-token-here&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a placeholder word.</source>
        <translation>«&#xa0;%1&#xa0;» est un mot servant d&apos;espace réservé.</translation>
    </message>
    <message numerus="yes">
        <source>It repeats one character %n times in a row.</source>
        <translation>
            <numerusform>Il répète un même caractère %n fois de suite.</numerusform>
            <numerusform>Il répète un même caractère %n fois de suite.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It uses only %n different character(s).</source>
        <translation>
            <numerusform>Il n&apos;utilise que %n caractère différent.</numerusform>
            <numerusform>Il n&apos;utilise que %n caractères différents.</numerusform>
        </translation>
    </message>
    <message>
        <source>lower-case letters</source>
        <translation>lettres minuscules</translation>
    </message>
    <message>
        <source>upper-case letters</source>
        <translation>lettres majuscules</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>chiffres</translation>
    </message>
    <message>
        <source>symbols</source>
        <translation>symboles</translation>
    </message>
    <message>
        <source>spaces</source>
        <translation>espaces</translation>
    </message>
    <message>
        <source>non-ASCII bytes</source>
        <translation>octets non ASCII</translation>
    </message>
</context>
<context>
    <name>latchkey::ExpiryChooser</name>
    <message>
        <source>7 days</source>
        <translation>7 jours</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 jours</translation>
    </message>
    <message>
        <source>60 days</source>
        <translation>60 jours</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 jours</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 an</translation>
    </message>
    <message>
        <source>Custom date…</source>
        <translation>Date personnalisée…</translation>
    </message>
    <message>
        <source>No expiration</source>
        <translation>Aucune expiration</translation>
    </message>
    <message>
        <source>Expiration</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Expiration date</source>
        <translation>Date d&apos;expiration</translation>
    </message>
    <message numerus="yes">
        <source>Your policy allows tokens of at most %n day(s)</source>
        <translation>
            <numerusform>Votre politique autorise des jetons d&apos;au plus %n jour</numerusform>
            <numerusform>Votre politique autorise des jetons d&apos;au plus %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>A token that never expires stays valid until someone revokes it. If it leaks, it can be used for as long as nobody notices.</source>
        <translation>Un jeton qui n&apos;expire jamais reste valide jusqu&apos;à ce que quelqu&apos;un le révoque. S&apos;il fuite, il peut être utilisé tant que personne ne s&apos;en aperçoit.</translation>
    </message>
    <message>
        <source>Expires on %1 at %2</source>
        <translation>Expire le %1 à %2</translation>
    </message>
    <message>
        <source>%1 is in the past: choose today or a later day.</source>
        <translation>%1 est dans le passé&#xa0;: choisissez aujourd&apos;hui ou un jour ultérieur.</translation>
    </message>
    <message numerus="yes">
        <source>Your organisation allows tokens of at most %n day(s), and every token must expire.</source>
        <translation>
            <numerusform>Votre organisation autorise des jetons d’au plus %n jour, et chaque jeton doit expirer.</numerusform>
            <numerusform>Votre organisation autorise des jetons d’au plus %n jours, et chaque jeton doit expirer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your organisation allows tokens of at most %n day(s).</source>
        <translation>
            <numerusform>Votre organisation autorise des jetons d’au plus %n jour.</numerusform>
            <numerusform>Votre organisation autorise des jetons d’au plus %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your organisation requires every token to expire.</source>
        <translation>Votre organisation exige que chaque jeton expire.</translation>
    </message>
</context>
<context>
    <name>latchkey::ExpiryFormatter</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>in less than a minute</source>
        <translation>dans moins d&apos;une minute</translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>dans %n minute</numerusform>
            <numerusform>dans %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>dans %n heure</numerusform>
            <numerusform>dans %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>expired just now</source>
        <translation>expiré à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>expired %n minute(s) ago</source>
        <translation>
            <numerusform>expiré il y a %n minute</numerusform>
            <numerusform>expiré il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n hour(s) ago</source>
        <translation>
            <numerusform>expiré il y a %n heure</numerusform>
            <numerusform>expiré il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>expiré il y a %n jour</numerusform>
            <numerusform>expiré il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation>N&apos;expire jamais</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Expire bientôt</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
</context>
<context>
    <name>latchkey::ExpiryNotice</name>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show only expired and soon-expiring tokens</source>
        <translation>Afficher uniquement les jetons expirés ou qui expirent bientôt</translation>
    </message>
    <message>
        <source>%1 expired or expire within %2</source>
        <translation>%1 expiré(s) ou expirant d&apos;ici %2</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n jeton</numerusform>
            <numerusform>%n jetons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::ExpiryReminders</name>
    <message>
        <source>Latchkey is still running</source>
        <translation>Latchkey reste ouvert</translation>
    </message>
    <message>
        <source>It reminds you before your tokens expire. Quit it from its menu in the tray.</source>
        <translation>Il vous prévient avant l&apos;expiration de vos jetons. Quittez-le depuis son menu dans la zone de notification.</translation>
    </message>
</context>
<context>
    <name>latchkey::ExpirySpec</name>
    <message>
        <source>%1 days is too far ahead; give at most %2 days.</source>
        <translation>%1 jours, c&apos;est trop loin&#xa0;; indiquez au plus %2 jours.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an expiry: give a number of days, a date as YYYY-MM-DD, or &quot;never&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une expiration&#xa0;: indiquez un nombre de jours, une date au format AAAA-MM-JJ ou «&#xa0;never&#xa0;».</translation>
    </message>
    <message>
        <source>The expiry date is not a valid date.</source>
        <translation>La date d&apos;expiration n&apos;est pas une date valide.</translation>
    </message>
    <message>
        <source>The expiry time is not valid.</source>
        <translation>L&apos;heure d&apos;expiration n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The expiry must be in the future.</source>
        <translation>L&apos;expiration doit être dans le futur.</translation>
    </message>
    <message numerus="yes">
        <source>Tokens that never expire are not allowed; the longest lifetime is %n day(s).</source>
        <translation>
            <numerusform>Les jetons qui n&apos;expirent jamais ne sont pas autorisés&#xa0;; la durée de vie maximale est de %n jour.</numerusform>
            <numerusform>Les jetons qui n&apos;expirent jamais ne sont pas autorisés&#xa0;; la durée de vie maximale est de %n jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The longest allowed lifetime is %n day(s).</source>
        <translation>
            <numerusform>La durée de vie maximale autorisée est de %n jour.</numerusform>
            <numerusform>La durée de vie maximale autorisée est de %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>at the end of %1</source>
        <translation>à la fin du %1</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>le %1</translation>
    </message>
</context>
<context>
    <name>latchkey::FormatDetector</name>
    <message>
        <source>fine-grained personal access token</source>
        <translation>jeton d&apos;accès personnel à granularité fine</translation>
    </message>
    <message>
        <source>personal access token</source>
        <translation>jeton d&apos;accès personnel</translation>
    </message>
    <message>
        <source>OAuth access token</source>
        <translation>jeton d&apos;accès OAuth</translation>
    </message>
    <message>
        <source>GitHub App user-to-server token</source>
        <translation>jeton GitHub App utilisateur-serveur</translation>
    </message>
    <message>
        <source>GitHub App server-to-server token</source>
        <translation>jeton GitHub App serveur-serveur</translation>
    </message>
    <message>
        <source>refresh token</source>
        <translation>jeton d&apos;actualisation</translation>
    </message>
    <message>
        <source>access token</source>
        <translation>jeton d&apos;accès</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>jeton d&apos;API</translation>
    </message>
    <message>
        <source>rotating bot token (configuration)</source>
        <translation>jeton de bot renouvelable (configuration)</translation>
    </message>
    <message>
        <source>rotating user token (configuration)</source>
        <translation>jeton utilisateur renouvelable (configuration)</translation>
    </message>
    <message>
        <source>configuration refresh token</source>
        <translation>jeton d&apos;actualisation de configuration</translation>
    </message>
    <message>
        <source>bot token</source>
        <translation>jeton de bot</translation>
    </message>
    <message>
        <source>user token</source>
        <translation>jeton utilisateur</translation>
    </message>
    <message>
        <source>app-level token</source>
        <translation>jeton de niveau application</translation>
    </message>
    <message>
        <source>legacy workspace app token</source>
        <translation>ancien jeton d&apos;application d&apos;espace de travail</translation>
    </message>
    <message>
        <source>legacy refresh token</source>
        <translation>ancien jeton d&apos;actualisation</translation>
    </message>
    <message>
        <source>legacy token</source>
        <translation>ancien jeton</translation>
    </message>
    <message>
        <source>legacy session token</source>
        <translation>ancien jeton de session</translation>
    </message>
    <message>
        <source>live secret key</source>
        <translation>clé secrète live</translation>
    </message>
    <message>
        <source>test secret key</source>
        <translation>clé secrète de test</translation>
    </message>
    <message>
        <source>live restricted key</source>
        <translation>clé restreinte live</translation>
    </message>
    <message>
        <source>test restricted key</source>
        <translation>clé restreinte de test</translation>
    </message>
    <message>
        <source>live publishable key</source>
        <translation>clé publiable live</translation>
    </message>
    <message>
        <source>test publishable key</source>
        <translation>clé publiable de test</translation>
    </message>
    <message>
        <source>webhook signing secret</source>
        <translation>secret de signature de webhook</translation>
    </message>
    <message>
        <source>long-term access key id</source>
        <translation>ID de clé d&apos;accès longue durée</translation>
    </message>
    <message>
        <source>temporary (STS) access key id</source>
        <translation>ID de clé d&apos;accès temporaire (STS)</translation>
    </message>
    <message>
        <source>STS service bearer token key id</source>
        <translation>ID de clé de jeton porteur du service STS</translation>
    </message>
    <message>
        <source>context-specific credential key id</source>
        <translation>ID de clé d&apos;identifiant spécifique au contexte</translation>
    </message>
    <message>
        <source>Character %1 is not allowed in a %2.</source>
        <translation>Le caractère %1 n&apos;est pas autorisé dans ce format (%2).</translation>
    </message>
    <message>
        <source>A %1 has %2 characters after &quot;%3&quot;; this one has %4.</source>
        <translation>Format %1&#xa0;: %2 caractères après «&#xa0;%3&#xa0;»&#xa0;; celui-ci en compte %4.</translation>
    </message>
    <message>
        <source>A %1 has %2 to %3 characters after &quot;%4&quot;; this one has %5.</source>
        <translation>Format %1&#xa0;: %2 à %3 caractères après «&#xa0;%4&#xa0;»&#xa0;; celui-ci en compte %5.</translation>
    </message>
    <message>
        <source>A GitHub fine-grained token is &quot;github_pat_&quot;, 22 letters or digits, &quot;_&quot;, then 59 letters or digits.</source>
        <translation>Un jeton GitHub à granularité fine se compose de «&#xa0;github_pat_&#xa0;», 22 lettres ou chiffres, «&#xa0;_&#xa0;», puis 59 lettres ou chiffres.</translation>
    </message>
    <message>
        <source>unrecognised string</source>
        <translation>chaîne non reconnue</translation>
    </message>
    <message>
        <source>Logto personal access token</source>
        <translation>jeton d&apos;accès personnel Logto</translation>
    </message>
    <message>
        <source>GitHub token</source>
        <translation>jeton GitHub</translation>
    </message>
    <message>
        <source>GitHub fine-grained personal access token</source>
        <translation>jeton d&apos;accès personnel GitHub à granularité fine</translation>
    </message>
    <message>
        <source>npm access token</source>
        <translation>jeton d&apos;accès npm</translation>
    </message>
    <message>
        <source>GitLab personal access token (legacy)</source>
        <translation>jeton d&apos;accès personnel GitLab (ancien format)</translation>
    </message>
    <message>
        <source>GitLab personal access token (routable)</source>
        <translation>jeton d&apos;accès personnel GitLab (routable)</translation>
    </message>
    <message>
        <source>PyPI API token</source>
        <translation>jeton d&apos;API PyPI</translation>
    </message>
    <message>
        <source>Slack token</source>
        <translation>jeton Slack</translation>
    </message>
    <message>
        <source>Stripe key</source>
        <translation>clé Stripe</translation>
    </message>
    <message>
        <source>AWS access key id</source>
        <translation>ID de clé d&apos;accès AWS</translation>
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
        <translation>La création du jeton «&#xa0;%1&#xa0;» a été interrompue avant que le serveur ne le crée&#xa0;; rien n&apos;a été créé.</translation>
    </message>
    <message>
        <source>Creating the token &quot;%1&quot; was interrupted; whether the server made it is checked again at the next start: %2</source>
        <translation>La création du jeton «&#xa0;%1&#xa0;» a été interrompue&#xa0;; la création éventuelle par le serveur sera vérifiée à nouveau au prochain démarrage&#xa0;: %2</translation>
    </message>
    <message>
        <source>The token &quot;%1&quot; created before Latchkey stopped is in your keychain.</source>
        <translation>Le jeton «&#xa0;%1&#xa0;», créé avant l&apos;arrêt de Latchkey, se trouve dans votre trousseau.</translation>
    </message>
    <message>
        <source>The value of the token &quot;%1&quot;, created before Latchkey stopped, cannot be saved yet: %2</source>
        <translation>La valeur du jeton «&#xa0;%1&#xa0;», créé avant l&apos;arrêt de Latchkey, ne peut pas encore être enregistrée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Recovered: the token &quot;%1&quot; created before Latchkey stopped was saved to your keychain.</source>
        <translation>Récupéré&#xa0;: le jeton «&#xa0;%1&#xa0;», créé avant l&apos;arrêt de Latchkey, a été enregistré dans votre trousseau.</translation>
    </message>
</context>
<context>
    <name>latchkey::GenerateTokenDialog</name>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <source>Generate Token</source>
        <translation>Générer un jeton</translation>
    </message>
    <message>
        <source>e.g. CI deploy, laptop CLI</source>
        <translation>p. ex. déploiement CI, CLI du portable</translation>
    </message>
    <message>
        <source>Token name</source>
        <translation>Nom du jeton</translation>
    </message>
    <message>
        <source>A new personal access token for &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Un nouveau jeton d&apos;accès personnel pour &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Expires in:</source>
        <translation>&amp;Expire dans&#xa0;:</translation>
    </message>
    <message>
        <source>Give it a name that says where it is used.</source>
        <translation>Donnez-lui un nom qui indique où il est utilisé.</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>Génération…</translation>
    </message>
    <message>
        <source>A new personal access token for you.</source>
        <translation>Un nouveau jeton d&apos;accès personnel pour vous.</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>A name has %1 to %2 characters.</source>
        <translation>Un nom compte de %1 à %2 caractères.</translation>
    </message>
    <message numerus="yes">
        <source>You may hold at most %n token(s).</source>
        <translation>
            <numerusform>Vous pouvez détenir au plus %n jeton.</numerusform>
            <numerusform>Vous pouvez détenir au plus %n jetons.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your organisation wants names of at least %n character(s).</source>
        <translation>
            <numerusform>Votre organisation exige des noms d’au moins %n caractère.</numerusform>
            <numerusform>Votre organisation exige des noms d’au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You already hold %n token(s), the most your organisation allows. Revoke one first.</source>
        <translation>
            <numerusform>Vous détenez déjà %n jeton, le maximum autorisé par votre organisation. Révoquez-en un d’abord.</numerusform>
            <numerusform>Vous détenez déjà %n jetons, le maximum autorisé par votre organisation. Révoquez-en un d’abord.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::GitLabRoutableDecoder</name>
    <message>
        <source>A routable GitLab token is &quot;glpat-&quot;, a base64url payload, &quot;.&quot;, a 2-character version, &quot;.&quot;, then 9 base36 characters.</source>
        <translation>Un jeton GitLab routable se compose de «&#xa0;glpat-&#xa0;», d&apos;une charge utile base64url, de «&#xa0;.&#xa0;», d&apos;une version de 2 caractères, de «&#xa0;.&#xa0;», puis de 9 caractères base36.</translation>
    </message>
    <message>
        <source>The CRC-32 checksum does not match: the token has a typo or is not genuine.</source>
        <translation>La somme de contrôle CRC-32 ne correspond pas&#xa0;: le jeton contient une faute de frappe ou n&apos;est pas authentique.</translation>
    </message>
    <message>
        <source>The CRC-32 checksum matches.</source>
        <translation>La somme de contrôle CRC-32 correspond.</translation>
    </message>
    <message>
        <source>Token version</source>
        <translation>Version du jeton</translation>
    </message>
    <message>
        <source>The payload length field says %1 characters, but the payload has %2.</source>
        <translation>Le champ de longueur de la charge utile indique %1 caractères, mais la charge utile en compte %2.</translation>
    </message>
    <message>
        <source>The payload is not valid base64url.</source>
        <translation>La charge utile n&apos;est pas du base64url valide.</translation>
    </message>
    <message>
        <source>The payload&apos;s random part is longer than the payload.</source>
        <translation>La partie aléatoire de la charge utile est plus longue que la charge utile.</translation>
    </message>
    <message>
        <source>Cell id</source>
        <translation>ID de cellule</translation>
    </message>
    <message>
        <source>Organization id</source>
        <translation>ID d&apos;organisation</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>ID d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Group id</source>
        <translation>ID de groupe</translation>
    </message>
    <message>
        <source>Project id</source>
        <translation>ID de projet</translation>
    </message>
    <message>
        <source>Routing value &quot;%1&quot;</source>
        <translation>Valeur de routage «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>latchkey::InputNormalizer</name>
    <message>
        <source>Removed whitespace around the token.</source>
        <translation>Espaces autour du jeton supprimés.</translation>
    </message>
    <message>
        <source>Removed an &quot;Authorization:&quot; header name.</source>
        <translation>Nom d&apos;en-tête «&#xa0;Authorization:&#xa0;» supprimé.</translation>
    </message>
    <message>
        <source>Removed a &quot;Bearer&quot; prefix.</source>
        <translation>Préfixe «&#xa0;Bearer&#xa0;» supprimé.</translation>
    </message>
    <message>
        <source>Removed quotes around the token.</source>
        <translation>Guillemets autour du jeton supprimés.</translation>
    </message>
    <message>
        <source>Removed line breaks inside the token.</source>
        <translation>Sauts de ligne dans le jeton supprimés.</translation>
    </message>
</context>
<context>
    <name>latchkey::InspectorPage</name>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Nothing to inspect yet</source>
        <translation>Rien à inspecter pour l&apos;instant</translation>
    </message>
    <message>
        <source>Supported: Logto, GitHub, GitLab, npm, PyPI, Slack, Stripe and AWS keys, and any JWT.</source>
        <translation>Pris en charge&#xa0;: clés Logto, GitHub, GitLab, npm, PyPI, Slack, Stripe et AWS, et tout JWT.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n character(s)</source>
        <translation>
            <numerusform>%1 · %n caractère</numerusform>
            <numerusform>%1 · %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>Known token</source>
        <translation>Jeton connu</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Decoded</source>
        <translation>Décodé</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Revendications</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non vérifiée</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Non valide</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithme</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>ID de clé</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>&amp;Test Online</source>
        <translation>&amp;Tester en ligne</translation>
    </message>
    <message>
        <source>Paste a token to learn what it is. Nothing leaves this computer unless you press Test Online.</source>
        <translation>Collez un jeton pour savoir ce que c’est. Rien ne quitte cet ordinateur tant que vous n’appuyez pas sur « Tester en ligne ».</translation>
    </message>
    <message>
        <source>Cached &amp;Token</source>
        <translation>&amp;Jeton en cache</translation>
    </message>
    <message>
        <source>Inspect a token whose value is cached in your keychain</source>
        <translation>Inspecter un jeton dont la valeur est en cache dans votre trousseau</translation>
    </message>
    <message>
        <source>Sends this Logto token to the current connection to see whether it is still accepted</source>
        <translation>Envoie ce jeton Logto à la connexion actuelle pour voir s’il est encore accepté</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Copy “%1”</source>
        <translation>Copier « %1 »</translation>
    </message>
    <message>
        <source>Online test</source>
        <translation>Test en ligne</translation>
    </message>
    <message>
        <source>Valid (%1, the server’s key set)</source>
        <translation>Valide (%1, jeu de clés du serveur)</translation>
    </message>
    <message>
        <source>Send the token to another server?</source>
        <translation>Envoyer le jeton à un autre serveur&#xa0;?</translation>
    </message>
    <message>
        <source>“%1” is a token of the connection “%2”, but Test Online would send it to %3, the server of “%4”.</source>
        <translation>«&#xa0;%1&#xa0;» est un jeton de la connexion «&#xa0;%2&#xa0;», mais «&#xa0;Tester en ligne&#xa0;» l&apos;enverrait à %3, le serveur de «&#xa0;%4&#xa0;».</translation>
    </message>
    <message>
        <source>That server did not issue it and cannot vouch for it, and whoever runs it would see the token. Switch to “%1” to test it where it belongs.</source>
        <translation>Ce serveur ne l&apos;a pas émis et ne peut pas s&apos;en porter garant, et quiconque l&apos;exploite verrait le jeton. Passez à «&#xa0;%1&#xa0;» pour le tester là où il a été émis.</translation>
    </message>
    <message>
        <source>&amp;Send to %1</source>
        <translation>&amp;Envoyer à %1</translation>
    </message>
</context>
<context>
    <name>latchkey::JwkSet</name>
    <message>
        <source>The key set is not a JSON object.</source>
        <translation>Le jeu de clés n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The key set&apos;s &quot;keys&quot; member is not an array.</source>
        <translation>Le membre «&#xa0;keys&#xa0;» du jeu de clés n&apos;est pas un tableau.</translation>
    </message>
    <message>
        <source>The JSON is neither a JWK Set nor a JWK.</source>
        <translation>Le JSON n&apos;est ni un JWK Set ni une JWK.</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>clé %1</translation>
    </message>
    <message>
        <source>key &quot;%1&quot;</source>
        <translation>clé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>an RSA key needs base64url &quot;n&quot; and &quot;e&quot;.</source>
        <translation>une clé RSA nécessite «&#xa0;n&#xa0;» et «&#xa0;e&#xa0;» en base64url.</translation>
    </message>
    <message>
        <source>the curve &quot;%1&quot; is not supported.</source>
        <translation>la courbe «&#xa0;%1&#xa0;» n&apos;est pas prise en charge.</translation>
    </message>
    <message>
        <source>an EC key on %1 needs &quot;x&quot; and &quot;y&quot; of %2 bytes each.</source>
        <translation>une clé EC sur %1 nécessite «&#xa0;x&#xa0;» et «&#xa0;y&#xa0;» de %2 octets chacun.</translation>
    </message>
    <message>
        <source>an Ed25519 key needs an &quot;x&quot; of 32 bytes.</source>
        <translation>une clé Ed25519 nécessite un «&#xa0;x&#xa0;» de 32 octets.</translation>
    </message>
    <message>
        <source>a symmetric key needs a base64url &quot;k&quot;.</source>
        <translation>une clé symétrique nécessite un «&#xa0;k&#xa0;» en base64url.</translation>
    </message>
    <message>
        <source>the key type &quot;%1&quot; is not supported.</source>
        <translation>le type de clé «&#xa0;%1&#xa0;» n&apos;est pas pris en charge.</translation>
    </message>
    <message>
        <source>OpenSSL rejected the key material.</source>
        <translation>OpenSSL a rejeté le matériel de clé.</translation>
    </message>
    <message>
        <source>its &quot;use&quot; is &quot;%1&quot;, not &quot;sig&quot;.</source>
        <translation>son «&#xa0;use&#xa0;» est «&#xa0;%1&#xa0;», pas «&#xa0;sig&#xa0;».</translation>
    </message>
    <message>
        <source>its &quot;key_ops&quot; do not include &quot;verify&quot;.</source>
        <translation>ses «&#xa0;key_ops&#xa0;» n&apos;incluent pas «&#xa0;verify&#xa0;».</translation>
    </message>
    <message>
        <source>a symmetric key from a URL is not used: whoever can fetch it can sign with it.</source>
        <translation>une clé symétrique provenant d&apos;une URL n&apos;est pas utilisée&#xa0;: quiconque peut la récupérer peut signer avec.</translation>
    </message>
</context>
<context>
    <name>latchkey::JwsParser</name>
    <message numerus="yes">
        <source>The token has %n part(s) separated by dots; a compact JWS has exactly 3.</source>
        <translation>
            <numerusform>Le jeton compte %n partie séparée par des points&#xa0;; un JWS compact en compte exactement 3.</numerusform>
            <numerusform>Le jeton compte %n parties séparées par des points&#xa0;; un JWS compact en compte exactement 3.</numerusform>
        </translation>
    </message>
    <message>
        <source>The header (part 1) is not valid base64url.</source>
        <translation>L&apos;en-tête (partie 1) n&apos;est pas du base64url valide.</translation>
    </message>
    <message>
        <source>The header (part 1) is not a JSON object.</source>
        <translation>L&apos;en-tête (partie 1) n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The payload (part 2) is not valid base64url.</source>
        <translation>La charge utile (partie 2) n&apos;est pas du base64url valide.</translation>
    </message>
    <message>
        <source>The signature (part 3) is not valid base64url.</source>
        <translation>La signature (partie 3) n&apos;est pas du base64url valide.</translation>
    </message>
    <message>
        <source>The header has no &quot;alg&quot; string.</source>
        <translation>L&apos;en-tête ne contient pas de chaîne «&#xa0;alg&#xa0;».</translation>
    </message>
</context>
<context>
    <name>latchkey::JwsVerifier</name>
    <message>
        <source>The token says %1, but the key is %2: it cannot verify %1 signatures.</source>
        <translation>Le jeton indique %1, mais la clé est de type %2&#xa0;: elle ne peut pas vérifier de signatures %1.</translation>
    </message>
    <message>
        <source>The signature has %1 bytes; %2 with this key needs exactly %3.</source>
        <translation>La signature fait %1 octets&#xa0;; %2 avec cette clé en exige exactement %3.</translation>
    </message>
    <message>
        <source>The signature does not match: the token was altered or signed with another key.</source>
        <translation>La signature ne correspond pas&#xa0;: le jeton a été modifié ou signé avec une autre clé.</translation>
    </message>
    <message>
        <source>OpenSSL could not compute the HMAC.</source>
        <translation>OpenSSL n&apos;a pas pu calculer le HMAC.</translation>
    </message>
    <message>
        <source>The HMAC key has only %1 bytes; %2 requires at least %3.</source>
        <translation>La clé HMAC ne fait que %1 octets&#xa0;; %2 en exige au moins %3.</translation>
    </message>
    <message>
        <source>OpenSSL could not read the ECDSA signature.</source>
        <translation>OpenSSL n&apos;a pas pu lire la signature ECDSA.</translation>
    </message>
    <message>
        <source>OpenSSL could not set up the verification.</source>
        <translation>OpenSSL n&apos;a pas pu préparer la vérification.</translation>
    </message>
    <message>
        <source>OpenSSL could not set up RSA-PSS.</source>
        <translation>OpenSSL n&apos;a pas pu configurer RSA-PSS.</translation>
    </message>
    <message>
        <source>The RSA key has only %1 bits; %2 requires at least 2048.</source>
        <translation>La clé RSA ne fait que %1 bits&#xa0;; %2 en exige au moins 2048.</translation>
    </message>
    <message>
        <source>The token says %1, but the key is meant for %2.</source>
        <translation>Le jeton indique %1, mais la clé est destinée à %2.</translation>
    </message>
    <message>
        <source>The key set has no usable key with id &quot;%1&quot;.</source>
        <translation>Le jeu de clés ne contient aucune clé utilisable d&apos;ID «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The key set has no usable keys.</source>
        <translation>Le jeu de clés ne contient aucune clé utilisable.</translation>
    </message>
    <message>
        <source>The token is unsigned (alg &quot;none&quot;); unsigned tokens are always rejected.</source>
        <translation>Le jeton n&apos;est pas signé (alg «&#xa0;none&#xa0;»)&#xa0;; les jetons non signés sont toujours rejetés.</translation>
    </message>
    <message>
        <source>The signature algorithm &quot;%1&quot; is not supported.</source>
        <translation>L&apos;algorithme de signature «&#xa0;%1&#xa0;» n&apos;est pas pris en charge.</translation>
    </message>
    <message>
        <source>No key was given, so the signature was not checked.</source>
        <translation>Aucune clé n&apos;a été fournie, la signature n&apos;a donc pas été vérifiée.</translation>
    </message>
    <message>
        <source>The PEM text is neither a public key nor a certificate.</source>
        <translation>Le texte PEM n&apos;est ni une clé publique ni un certificat.</translation>
    </message>
    <message>
        <source>The header sets &quot;b64&quot; (RFC 7797): the payload was signed unencoded, which Latchkey does not support, so the token is not accepted.</source>
        <translation>L&apos;en-tête définit «&#xa0;b64&#xa0;» (RFC 7797)&#xa0;: la charge utile a été signée sans encodage, ce que Latchkey ne prend pas en charge&#xa0;; le jeton n&apos;est donc pas accepté.</translation>
    </message>
    <message>
        <source>The header&apos;s &quot;crit&quot; list is malformed (RFC 7515 section 4.1.11), so the token is invalid.</source>
        <translation>La liste «&#xa0;crit&#xa0;» de l&apos;en-tête est mal formée (RFC 7515, section 4.1.11)&#xa0;; le jeton est donc invalide.</translation>
    </message>
    <message>
        <source>The header marks %1 as critical: an extension Latchkey does not implement, so the token must be rejected (RFC 7515 section 4.1.11).</source>
        <translation>L&apos;en-tête marque %1 comme critique&#xa0;: une extension que Latchkey n&apos;implémente pas&#xa0;; le jeton doit donc être rejeté (RFC 7515, section 4.1.11).</translation>
    </message>
</context>
<context>
    <name>latchkey::KeySourceSelector</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>L&amp;oad</source>
        <translation>C&amp;harger</translation>
    </message>
    <message>
        <source>Do not check signatures</source>
        <translation>Ne pas vérifier les signatures</translation>
    </message>
    <message>
        <source>This connection’s key set</source>
        <translation>Jeu de clés de cette connexion</translation>
    </message>
    <message>
        <source>JWKS file</source>
        <translation>Fichier JWKS</translation>
    </message>
    <message>
        <source>JWKS URL</source>
        <translation>URL JWKS</translation>
    </message>
    <message>
        <source>PEM public key or certificate</source>
        <translation>Clé publique ou certificat PEM</translation>
    </message>
    <message>
        <source>HMAC secret</source>
        <translation>Secret HMAC</translation>
    </message>
    <message>
        <source>Signature key source</source>
        <translation>Source de la clé de signature</translation>
    </message>
    <message>
        <source>&amp;Verify signatures with:</source>
        <translation>&amp;Vérifier les signatures avec :</translation>
    </message>
    <message>
        <source>Type the shared secret.</source>
        <translation>Saisissez le secret partagé.</translation>
    </message>
    <message numerus="yes">
        <source>HMAC secret set (%n byte(s)).</source>
        <translation>
            <numerusform>Secret HMAC défini (%n octet).</numerusform>
            <numerusform>Secret HMAC défini (%n octets).</numerusform>
        </translation>
    </message>
    <message>
        <source>Path of a JSON Web Key Set file</source>
        <translation>Chemin d’un fichier JSON Web Key Set</translation>
    </message>
    <message>
        <source>Choose a key set file.</source>
        <translation>Choisissez un fichier de jeu de clés.</translation>
    </message>
    <message>
        <source>https://…/jwks</source>
        <translation>https://…/jwks</translation>
    </message>
    <message>
        <source>Type the key set’s URL and press Enter. Only the key set is fetched; the token is not sent.</source>
        <translation>Saisissez l’URL du jeu de clés et appuyez sur Entrée. Seul le jeu de clés est récupéré ; le jeton n’est pas envoyé.</translation>
    </message>
    <message>
        <source>Path of a PEM public key or certificate</source>
        <translation>Chemin d’une clé publique ou d’un certificat PEM</translation>
    </message>
    <message>
        <source>Choose a key or certificate file.</source>
        <translation>Choisissez un fichier de clé ou de certificat.</translation>
    </message>
    <message>
        <source>Shared secret</source>
        <translation>Secret partagé</translation>
    </message>
    <message>
        <source>Choose a Public Key or Certificate</source>
        <translation>Choisir une clé publique ou un certificat</translation>
    </message>
    <message>
        <source>Choose a Key Set</source>
        <translation>Choisir un jeu de clés</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer *.pub);;All files (*)</source>
        <translation>Fichiers PEM (*.pem *.crt *.cer *.pub);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>JSON files (*.json *.jwks);;All files (*)</source>
        <translation>Fichiers JSON (*.json *.jwks);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>No connection is open.</source>
        <translation>Aucune connexion n’est ouverte.</translation>
    </message>
    <message>
        <source>Fetching the key set of %1…</source>
        <translation>Récupération du jeu de clés de %1…</translation>
    </message>
    <message>
        <source>“%1” is not a URL.</source>
        <translation>« %1 » n’est pas une URL.</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>Récupération de %1…</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Choisissez d’abord un fichier.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Public key loaded from %1.</source>
        <translation>Clé publique chargée depuis %1.</translation>
    </message>
    <message>
        <source>%1 holds neither a PEM public key nor a certificate.</source>
        <translation>%1 ne contient ni clé publique PEM ni certificat.</translation>
    </message>
    <message>
        <source>Not a key set: %1</source>
        <translation>Pas un jeu de clés : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) loaded from %1.</source>
        <translation>
            <numerusform>%n clé chargée depuis %1.</numerusform>
            <numerusform>%n clés chargées depuis %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::KeychainSecretStore</name>
    <message>
        <source>System keychain</source>
        <translation>Trousseau du système</translation>
    </message>
    <message>
        <source>the keychain returned a different value</source>
        <translation>le trousseau a renvoyé une valeur différente</translation>
    </message>
</context>
<context>
    <name>latchkey::LatchkeyApp</name>
    <message>
        <source>The sandbox server did not start: %1</source>
        <translation>Le serveur bac à sable n&apos;a pas démarré&#xa0;: %1</translation>
    </message>
    <message>
        <source>The sandbox connection could not be saved: %1</source>
        <translation>Impossible d&apos;enregistrer la connexion au bac à sable&#xa0;: %1</translation>
    </message>
    <message>
        <source>No system keychain found: the sandbox keeps its secrets in memory, and they are gone when Latchkey quits.</source>
        <translation>Aucun trousseau système trouvé&#xa0;: le bac à sable garde ses secrets en mémoire, et ils disparaissent quand Latchkey se ferme.</translation>
    </message>
    <message>
        <source>Your keychain is locked. Latchkey keeps connection secrets and token values only there: unlock it to connect.</source>
        <translation>Votre trousseau est verrouillé. Latchkey ne garde les secrets de connexion et les valeurs de jetons que là&#xa0;: déverrouillez-le pour vous connecter.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>No system keychain answers (Secret Service). Latchkey keeps connection secrets and token values only there: start one (such as GNOME Keyring or KWallet), then try again.</source>
        <translation>Aucun trousseau système ne répond (Secret Service). Latchkey ne garde les secrets de connexion et les valeurs de jetons que là&#xa0;: démarrez-en un (comme GNOME Keyring ou KWallet), puis réessayez.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>The keychain did not answer: %1</source>
        <translation>Le trousseau n&apos;a pas répondu&#xa0;: %1</translation>
    </message>
    <message>
        <source>the gateway&apos;s API resource could not be made</source>
        <translation>la ressource d’API de la passerelle n’a pas pu être créée</translation>
    </message>
    <message>
        <source>the developer&apos;s sign-in app could not be made</source>
        <translation>l’application de connexion du développeur n’a pas pu être créée</translation>
    </message>
</context>
<context>
    <name>latchkey::MacaroonDecoder</name>
    <message>
        <source>The part after &quot;pypi-&quot; is not valid base64url.</source>
        <translation>La partie après «&#xa0;pypi-&#xa0;» n&apos;est pas du base64url valide.</translation>
    </message>
    <message>
        <source>The token is not a version 2 macaroon.</source>
        <translation>Le jeton n&apos;est pas un macaron de version 2.</translation>
    </message>
    <message>
        <source>The macaroon is truncated or malformed.</source>
        <translation>Le macaron est tronqué ou mal formé.</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>The macaroon&apos;s location is not pypi.org.</source>
        <translation>L&apos;emplacement du macaron n&apos;est pas pypi.org.</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>%1 (third-party caveat at %2)</source>
        <translation>%1 (restriction tierce chez %2)</translation>
    </message>
    <message>
        <source>Caveat %1</source>
        <translation>Restriction %1</translation>
    </message>
    <message>
        <source>Caveats</source>
        <translation>Restrictions</translation>
    </message>
    <message>
        <source>The macaroon&apos;s signature can only be checked by PyPI.</source>
        <translation>Seul PyPI peut vérifier la signature du macaron.</translation>
    </message>
    <message>
        <source>Valid until %1 (%2)</source>
        <translation>Valide jusqu&apos;au %1 (%2)</translation>
    </message>
    <message>
        <source>Only for projects %1</source>
        <translation>Uniquement pour les projets %1</translation>
    </message>
    <message>
        <source>Only for project ids %1</source>
        <translation>Uniquement pour les ID de projet %1</translation>
    </message>
    <message>
        <source>Only for the user with id %1</source>
        <translation>Uniquement pour l&apos;utilisateur d&apos;ID %1</translation>
    </message>
    <message>
        <source>Only for a trusted publisher</source>
        <translation>Uniquement pour un éditeur de confiance</translation>
    </message>
    <message>
        <source>Whole account (all projects)</source>
        <translation>Compte entier (tous les projets)</translation>
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
        <translation>Emplacements</translation>
    </message>
    <message>
        <source>My Tokens</source>
        <translation>Mes jetons</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <source>Manage Connections…</source>
        <translation>Gérer les connexions…</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>Dernière synchronisation à %1</translation>
    </message>
    <message numerus="yes">
        <source>Clipboard clears in %n s</source>
        <translation>
            <numerusform>Presse-papiers vidé dans %n s</numerusform>
            <numerusform>Presse-papiers vidé dans %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Token on the clipboard until you quit</source>
        <translation>Jeton dans le presse-papiers jusqu&apos;à la fermeture</translation>
    </message>
    <message>
        <source>Clipboard cleared.</source>
        <translation>Presse-papiers vidé.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Add a connection to a Logto tenant to see your tokens.</source>
        <translation>Ajoutez une connexion à un tenant Logto pour voir vos jetons.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Manage Connections…</source>
        <translation>&amp;Gérer les connexions…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;My Tokens</source>
        <translation>&amp;Mes jetons</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Utilisateurs</translation>
    </message>
    <message>
        <source>&amp;Inspector</source>
        <translation>&amp;Inspecteur</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation>&amp;Jeton</translation>
    </message>
    <message>
        <source>No token list on this page</source>
        <translation>Aucune liste de jetons sur cette page</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Latchkey</source>
        <translation>À &amp;propos de Latchkey</translation>
    </message>
    <message>
        <source>About Latchkey</source>
        <translation>À propos de Latchkey</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Latchkey %1&lt;/h3&gt;&lt;p&gt;Personal access tokens for Logto, kept in your keychain.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Latchkey %1&lt;/h3&gt;&lt;p&gt;Jetons d&apos;accès personnels pour Logto, conservés dans votre trousseau.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Cannot open the connection “%1”: %2</source>
        <translation>Impossible d&apos;ouvrir la connexion «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <source>Choose your own user for this connection to see “My Tokens” (Manage Connections → My user).</source>
        <translation>Choisissez votre propre utilisateur pour cette connexion afin de voir «&#xa0;Mes jetons&#xa0;» (Gérer les connexions → Mon utilisateur).</translation>
    </message>
    <message>
        <source>you</source>
        <translation>vous</translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation>Problème avec %1</translation>
    </message>
    <message>
        <source>the server cannot be reached</source>
        <translation>le serveur est injoignable</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Back online.</source>
        <translation>De nouveau en ligne.</translation>
    </message>
    <message>
        <source>Could not keep an offline copy of the tokens: %1</source>
        <translation>Impossible de conserver une copie hors ligne des jetons&#xa0;: %1</translation>
    </message>
    <message>
        <source>Copied “%1”.</source>
        <translation>« %1 » copié.</translation>
    </message>
    <message>
        <source>The value of “%1” cannot be read from the keychain: %2</source>
        <translation>La valeur de « %1 » ne peut pas être lue dans le trousseau : %2</translation>
    </message>
    <message>
        <source>Scan Computer</source>
        <translation>Analyser l’ordinateur</translation>
    </message>
    <message>
        <source>&amp;Scan Computer</source>
        <translation>&amp;Analyser l’ordinateur</translation>
    </message>
    <message>
        <source>Latchkey &amp;Manual</source>
        <translation>&amp;Manuel de Latchkey</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Sign-in address copied.</source>
        <translation>Adresse de connexion copiée.</translation>
    </message>
    <message>
        <source>Sign &amp;In…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Signed out of %1</source>
        <translation>Déconnecté de %1</translation>
    </message>
    <message>
        <source>Signed out of %1.</source>
        <translation>Déconnecté de %1.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Connecté à %1 en tant que %2.</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>You are signed out of %1</source>
        <translation>Vous êtes déconnecté de %1</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 (user ID %3)</source>
        <translation>Connecté à %1 en tant que %2 (ID utilisateur %3)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Could not change starting at login: %1</source>
        <translation>Impossible de modifier le démarrage à la connexion : %1</translation>
    </message>
</context>
<context>
    <name>latchkey::ManualDialog</name>
    <message>
        <source>Latchkey Manual</source>
        <translation>Manuel de Latchkey</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuel</translation>
    </message>
</context>
<context>
    <name>latchkey::MemorySecretStore</name>
    <message>
        <source>Memory (this session only)</source>
        <translation>Mémoire (cette session uniquement)</translation>
    </message>
</context>
<context>
    <name>latchkey::NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
</context>
<context>
    <name>latchkey::OfflineBanner</name>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Try to reach the server again (F5)</source>
        <translation>Réessayer de joindre le serveur (F5)</translation>
    </message>
    <message>
        <source>Offline — showing tokens as of %1</source>
        <translation>Hors ligne — jetons affichés tels qu&apos;ils étaient le %1</translation>
    </message>
    <message>
        <source>Offline — no saved copy of the tokens yet</source>
        <translation>Hors ligne — aucune copie des jetons enregistrée pour l&apos;instant</translation>
    </message>
    <message>
        <source>Retrying…</source>
        <translation>Nouvelle tentative…</translation>
    </message>
</context>
<context>
    <name>latchkey::OfflineSnapshot</name>
    <message>
        <source>The offline copy of the token list is damaged (%1).</source>
        <translation>La copie hors ligne de la liste des jetons est endommagée (%1).</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>trop volumineuse</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation>version inconnue</translation>
    </message>
    <message>
        <source>no time of the snapshot</source>
        <translation>aucune date d&apos;instantané</translation>
    </message>
    <message>
        <source>field %1 missing</source>
        <translation>champ %1 manquant</translation>
    </message>
    <message>
        <source>no token list</source>
        <translation>aucune liste de jetons</translation>
    </message>
    <message>
        <source>token %1 is malformed</source>
        <translation>le jeton %1 est mal formé</translation>
    </message>
    <message>
        <source>The offline copy of the token list could not be saved: %1</source>
        <translation>Impossible d&apos;enregistrer la copie hors ligne de la liste des jetons&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <source>There is no offline copy of this token list yet.</source>
        <translation>Il n&apos;existe pas encore de copie hors ligne de cette liste de jetons.</translation>
    </message>
    <message>
        <source>The offline copy of the token list cannot be read: %1</source>
        <translation>Impossible de lire la copie hors ligne de la liste des jetons&#xa0;: %1</translation>
    </message>
    <message>
        <source>The offline copy of the token list belongs to another connection.</source>
        <translation>La copie hors ligne de la liste des jetons appartient à une autre connexion.</translation>
    </message>
</context>
<context>
    <name>latchkey::OverlapDuration</name>
    <message>
        <source>&quot;%1&quot; is not a duration: use a number and s, m, h or d (&quot;1h&quot;, &quot;7d&quot;), or &quot;no&quot;.</source>
        <translation>« %1 » n’est pas une durée : indiquez un nombre suivi de s, m, h ou d (« 1h », « 7d »), ou « no ».</translation>
    </message>
    <message numerus="yes">
        <source>The old value can keep working for at most %n day(s).</source>
        <translation>
            <numerusform>L’ancienne valeur peut rester valide au plus %n jour.</numerusform>
            <numerusform>L’ancienne valeur peut rester valide au plus %n jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::PendingSecretStore</name>
    <message>
        <source>Keychain (waiting for it to answer)</source>
        <translation>Trousseau (en attente de réponse)</translation>
    </message>
</context>
<context>
    <name>latchkey::ProfileStore</name>
    <message>
        <source>A connection named &quot;%1&quot; already exists.</source>
        <translation>Une connexion nommée «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
</context>
<context>
    <name>latchkey::RelativeTime</name>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minute</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 seconde</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>expires in %1</source>
        <translation>expire dans %1</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>expiré depuis %1</translation>
    </message>
    <message>
        <source>not valid for another %1</source>
        <translation>pas encore valide avant %1</translation>
    </message>
    <message>
        <source>valid since %1 ago</source>
        <translation>valide depuis %1</translation>
    </message>
    <message>
        <source>issued %1 in the future</source>
        <translation>émis dans le futur (dans %1)</translation>
    </message>
    <message>
        <source>issued %1 ago</source>
        <translation>émis il y a %1</translation>
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
        <translation>%1 est trop volumineux</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <source>the reminder record is damaged: %1</source>
        <translation>l’enregistrement des rappels est endommagé : %1</translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation>version inconnue</translation>
    </message>
    <message>
        <source>a connection without endpoint or user</source>
        <translation>une connexion sans point de terminaison ni utilisateur</translation>
    </message>
</context>
<context>
    <name>latchkey::ReminderTray</name>
    <message>
        <source>%1 has expired</source>
        <translation>%1 a expiré</translation>
    </message>
    <message>
        <source>%1 expires within %2 (%3)</source>
        <translation>%1 expire dans moins de %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Token expired</source>
        <translation>Jeton expiré</translation>
    </message>
    <message>
        <source>Token expires soon</source>
        <translation>Le jeton expire bientôt</translation>
    </message>
    <message>
        <source>Click to set a new expiry.</source>
        <translation>Cliquez pour définir une nouvelle expiration.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) need attention</source>
        <translation>
            <numerusform>%n jeton demande votre attention</numerusform>
            <numerusform>%n jetons demandent votre attention</numerusform>
        </translation>
    </message>
    <message>
        <source>No tokens expire soon</source>
        <translation>Aucun jeton n&apos;expire bientôt</translation>
    </message>
    <message>
        <source>Open Latchkey</source>
        <translation>Ouvrir Latchkey</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message numerus="yes">
        <source>Expiring within %1: %n token(s)</source>
        <translation>
            <numerusform>Expire d’ici %1&#xa0;: %n jeton</numerusform>
            <numerusform>Expirent d’ici %1&#xa0;: %n jetons</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — on “%2”</source>
        <comment>token reminder, connection name</comment>
        <translation>%1 — connexion « %2 »</translation>
    </message>
</context>
<context>
    <name>latchkey::RetiredTokenLog</name>
    <message>
        <source>The folder for the list of revoked tokens cannot be made.</source>
        <translation>Le dossier de la liste des jetons révoqués ne peut pas être créé.</translation>
    </message>
    <message>
        <source>The list of revoked tokens cannot be written: %1</source>
        <translation>La liste des jetons révoqués ne peut pas être écrite : %1</translation>
    </message>
</context>
<context>
    <name>latchkey::RevealTokenDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>New token</source>
        <translation>Nouveau jeton</translation>
    </message>
    <message>
        <source>New token value</source>
        <translation>Nouvelle valeur du jeton</translation>
    </message>
    <message>
        <source>Token “%1” is ready</source>
        <translation>Le jeton «&#xa0;%1&#xa0;» est prêt</translation>
    </message>
    <message>
        <source>Token “%1” has a new value</source>
        <translation>Le jeton «&#xa0;%1&#xa0;» a une nouvelle valeur</translation>
    </message>
    <message>
        <source>expires on %1</source>
        <translation>expire le %1</translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>n&apos;expire jamais</translation>
    </message>
    <message>
        <source>For %1 · %2</source>
        <translation>Pour %1 · %2</translation>
    </message>
    <message>
        <source>The old value has stopped working. Copy the new one now and update every place that uses this token.</source>
        <translation>L&apos;ancienne valeur ne fonctionne plus. Copiez la nouvelle maintenant et mettez à jour chaque endroit qui utilise ce jeton.</translation>
    </message>
    <message>
        <source>Token value</source>
        <translation>Valeur du jeton</translation>
    </message>
    <message>
        <source>Copy to the clipboard; it is cleared again after a while</source>
        <translation>Copier dans le presse-papiers&#xa0;; il est vidé à nouveau après un moment</translation>
    </message>
    <message>
        <source>Saving to your keychain…</source>
        <translation>Enregistrement dans votre trousseau…</translation>
    </message>
    <message>
        <source>Saved to your keychain.</source>
        <translation>Enregistré dans votre trousseau.</translation>
    </message>
    <message>
        <source>Not saved to your keychain.</source>
        <translation>Non enregistré dans votre trousseau.</translation>
    </message>
    <message>
        <source>Copy the value before you close.</source>
        <translation>Copiez la valeur avant de fermer.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Close without copying?</source>
        <translation>Fermer sans copier&#xa0;?</translation>
    </message>
    <message>
        <source>Once this window is closed, nobody can show its value again: you would have to set a new expiry (which gives a new value) or generate another token.</source>
        <translation>Une fois cette fenêtre fermée, personne ne pourra plus afficher sa valeur&#xa0;: il faudrait définir une nouvelle expiration (ce qui donne une nouvelle valeur) ou générer un autre jeton.</translation>
    </message>
    <message>
        <source>Close &amp;Anyway</source>
        <translation>Fermer &amp;quand même</translation>
    </message>
    <message>
        <source>&amp;Go Back</source>
        <translation>&amp;Revenir en arrière</translation>
    </message>
    <message>
        <source>Copy it now: Latchkey shows it only this once and keeps one copy in your keychain.</source>
        <translation>Copiez-le maintenant&#xa0;: Latchkey ne l&apos;affiche que cette fois-ci et en conserve une copie dans votre trousseau.</translation>
    </message>
    <message>
        <source>Not saved: there is no keychain.</source>
        <translation>Non enregistré&#xa0;: il n&apos;y a pas de trousseau.</translation>
    </message>
    <message>
        <source>Latchkey keeps it in memory until it quits. Copy it now.</source>
        <translation>Latchkey le garde en mémoire jusqu&apos;à sa fermeture. Copiez-le maintenant.</translation>
    </message>
    <message>
        <source>You have not copied this token, and it is not saved in your keychain.</source>
        <translation>Vous n&apos;avez pas copié ce jeton, et il n&apos;est pas enregistré dans votre trousseau.</translation>
    </message>
    <message>
        <source>The old value keeps working as “%1” until %2; then Latchkey revokes it. Copy the new one now and update every place that uses this token before then.</source>
        <translation>L’ancienne valeur reste valide sous le nom « %1 » jusqu’au %2 ; Latchkey la révoque ensuite. Copiez la nouvelle maintenant et mettez à jour d’ici là tous les endroits qui utilisent ce jeton.</translation>
    </message>
</context>
<context>
    <name>latchkey::RevokeAllDialog</name>
    <message>
        <source>&amp;Revoke All</source>
        <translation>Tout &amp;révoquer</translation>
    </message>
    <message>
        <source>Revoke All Tokens</source>
        <translation>Révoquer tous les jetons</translation>
    </message>
    <message>
        <source>every token of %1</source>
        <translation>tous les jetons de %1</translation>
    </message>
    <message numerus="yes">
        <source>all %n token(s) of %1</source>
        <translation>
            <numerusform>le %n jeton de %1</numerusform>
            <numerusform>les %n jetons de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>This revokes %1 on the server, one by one. Anything using them stops working at once; this cannot be undone.&lt;br&gt;&lt;br&gt;To go on, type &lt;b&gt;%2&lt;/b&gt;:</source>
        <translation>Cela révoque %1 sur le serveur, un par un. Tout ce qui les utilise cesse aussitôt de fonctionner ; c’est irréversible.&lt;br&gt;&lt;br&gt;Pour continuer, saisissez &lt;b&gt;%2&lt;/b&gt; :</translation>
    </message>
    <message>
        <source>Username to confirm</source>
        <translation>Nom d’utilisateur à confirmer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Nothing was revoked: %1</source>
        <translation>Rien n’a été révoqué : %1</translation>
    </message>
    <message>
        <source>%1 has no tokens; nothing was revoked.</source>
        <translation>%1 n’a aucun jeton ; rien n’a été révoqué.</translation>
    </message>
    <message numerus="yes">
        <source>Revoked %1 of %n token(s) of %2.</source>
        <translation>
            <numerusform>%1 jeton sur %n de %2 révoqué.</numerusform>
            <numerusform>%1 jetons sur %n de %2 révoqués.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be revoked or cleaned up:</source>
        <translation>
            <numerusform>%n n’a pas pu être révoqué ou nettoyé :</numerusform>
            <numerusform>%n n’ont pas pu être révoqués ou nettoyés :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::RotationJournal</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>The rotation has no valid identifier.</source>
        <translation>La rotation n&apos;a pas d&apos;identifiant valide.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>Impossible de supprimer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The rotation journal %1 cannot be read.</source>
        <translation>Impossible de lire le journal de rotation %1.</translation>
    </message>
</context>
<context>
    <name>latchkey::RotationRecovery</name>
    <message>
        <source>Changing the expiry of &quot;%1&quot; was interrupted before a new token was made; the token keeps its value and expiry.</source>
        <translation>La modification de l&apos;expiration de «&#xa0;%1&#xa0;» a été interrompue avant la création d&apos;un nouveau jeton&#xa0;; le jeton conserve sa valeur et son expiration.</translation>
    </message>
    <message>
        <source>Changing the expiry of &quot;%1&quot; was interrupted, and the token no longer exists on the server.</source>
        <translation>La modification de l&apos;expiration de «&#xa0;%1&#xa0;» a été interrompue, et le jeton n&apos;existe plus sur le serveur.</translation>
    </message>
    <message>
        <source>Changing the expiry of &quot;%1&quot; cannot be finished yet: %2</source>
        <translation>La modification de l&apos;expiration de «&#xa0;%1&#xa0;» ne peut pas encore être terminée&#xa0;: %2</translation>
    </message>
    <message>
        <source>An interrupted change of the expiry of &quot;%1&quot; was finished: the token has a new value, which is in the keychain.</source>
        <translation>Une modification interrompue de l&apos;expiration de «&#xa0;%1&#xa0;» a été terminée&#xa0;: le jeton a une nouvelle valeur, qui se trouve dans le trousseau.</translation>
    </message>
    <message>
        <source>Changing the expiry of &quot;%1&quot; cannot be finished: %2</source>
        <translation>La modification de l&apos;expiration de «&#xa0;%1&#xa0;» ne peut pas être terminée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Changing the expiry of &quot;%1&quot; could not be finished (%2); the token keeps its value and expiry.</source>
        <translation>La modification de l&apos;expiration de «&#xa0;%1&#xa0;» n&apos;a pas pu être terminée (%2)&#xa0;; le jeton conserve sa valeur et son expiration.</translation>
    </message>
    <message>
        <source>The token &quot;%1&quot; was removed, and its replacement could not be made: %2</source>
        <translation>Le jeton «&#xa0;%1&#xa0;» a été supprimé, et son remplaçant n&apos;a pas pu être créé&#xa0;: %2</translation>
    </message>
    <message>
        <source>An interrupted change of the expiry of &quot;%1&quot; was finished: the token has a new value, which is in the keychain; the old value keeps working as &quot;%2&quot; until %3.</source>
        <translation>Une modification interrompue de l’expiration de « %1 » a été terminée : le jeton a une nouvelle valeur, enregistrée dans le trousseau ; l’ancienne valeur reste valide sous le nom « %2 » jusqu’au %3.</translation>
    </message>
</context>
<context>
    <name>latchkey::ScanFinding</name>
    <message>
        <source>an unknown %1</source>
        <translation>un jeton inconnu : %1</translation>
    </message>
    <message>
        <source>a token cached for %1 that no list names</source>
        <translation>un jeton mis en cache pour %1 qu’aucune liste ne nomme</translation>
    </message>
    <message>
        <source>&quot;%1&quot; on %2</source>
        <translation>« %1 » sur %2</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (expiré)</translation>
    </message>
    <message>
        <source>%1 (revoked)</source>
        <translation>%1 (révoqué)</translation>
    </message>
</context>
<context>
    <name>latchkey::ScanPage</name>
    <message>
        <source>&amp;Scan This Computer</source>
        <translation>&amp;Analyser cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Looks for copies of the tokens Latchkey knows in the files and folders below, so that you know what breaks before you revoke or rotate one. Tokens are compared by fingerprint: no value is shown, kept or sent anywhere.</source>
        <translation>Cherche des copies des jetons que Latchkey connaît dans les fichiers et dossiers ci-dessous, pour savoir ce qui cessera de fonctionner avant de révoquer ou de renouveler un jeton. Les jetons sont comparés par empreinte : aucune valeur n’est affichée, conservée ni envoyée.</translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation>Analyse en cours</translation>
    </message>
    <message>
        <source>This computer has not been scanned yet.</source>
        <translation>Cet ordinateur n’a pas encore été analysé.</translation>
    </message>
    <message>
        <source>Where tokens were found</source>
        <translation>Emplacements des jetons trouvés</translation>
    </message>
    <message>
        <source>Places to look in</source>
        <translation>Emplacements à analyser</translation>
    </message>
    <message>
        <source>Files are read up to 8 MiB; binary files, links out of a folder and git&apos;s object store are left alone. “~” is your home folder.</source>
        <translation>Les fichiers sont lus jusqu’à 8 Mio ; les fichiers binaires, les liens qui sortent d’un dossier et le magasin d’objets de git sont ignorés. « ~ » est votre dossier personnel.</translation>
    </message>
    <message>
        <source>Gathering the tokens Latchkey knows…</source>
        <translation>Collecte des jetons que Latchkey connaît…</translation>
    </message>
    <message numerus="yes">
        <source>Scanning: %n file(s) read</source>
        <translation>
            <numerusform>Analyse en cours : %n fichier lu</numerusform>
            <numerusform>Analyse en cours : %n fichiers lus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copies found so far.</source>
        <translation>
            <numerusform>%n copie trouvée jusqu’ici.</numerusform>
            <numerusform>%n copies trouvées jusqu’ici.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scan cancelled after %n file(s).</source>
        <translation>
            <numerusform>Analyse annulée après %n fichier.</numerusform>
            <numerusform>Analyse annulée après %n fichiers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scanned %n file(s) at %1.</source>
        <translation>
            <numerusform>%n fichier analysé à %1.</numerusform>
            <numerusform>%n fichiers analysés à %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No token found.</source>
        <translation>Aucun jeton trouvé.</translation>
    </message>
    <message numerus="yes">
        <source>%n copies found.</source>
        <translation>
            <numerusform>%n copie trouvée.</numerusform>
            <numerusform>%n copies trouvées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) skipped.</source>
        <translation>
            <numerusform>%n fichier ignoré.</numerusform>
            <numerusform>%n fichiers ignorés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoked or expired tokens: %n copies found. Whatever reads them no longer works; replace them with a current token.</source>
        <translation>
            <numerusform>Jetons révoqués ou expirés : %n copie trouvée. Ce qui la lit ne fonctionne plus ; remplacez-la par un jeton valide.</numerusform>
            <numerusform>Jetons révoqués ou expirés : %n copies trouvées. Ce qui les lit ne fonctionne plus ; remplacez-les par un jeton valide.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::ScanPlacesEditor</name>
    <message>
        <source>Add &amp;Folder…</source>
        <translation>Ajouter un &amp;dossier…</translation>
    </message>
    <message>
        <source>Add F&amp;ile…</source>
        <translation>Ajouter un &amp;fichier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>Rétablir les &amp;valeurs par défaut</translation>
    </message>
    <message>
        <source>Places to scan</source>
        <translation>Emplacements à analyser</translation>
    </message>
    <message>
        <source>A project folder: its .env files and the like are read, everything in it that is text.</source>
        <translation>Un dossier de projet : ses fichiers .env et semblables sont lus, tout ce qui y est du texte.</translation>
    </message>
    <message>
        <source>Add a Folder to Scan</source>
        <translation>Ajouter un dossier à analyser</translation>
    </message>
    <message>
        <source>Add a File to Scan</source>
        <translation>Ajouter un fichier à analyser</translation>
    </message>
</context>
<context>
    <name>latchkey::ScanResultModel</name>
    <message>
        <source>Unknown token</source>
        <translation>Jeton inconnu</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <source>Line %1, column %2</source>
        <translation>Ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>%1, a token of %2</source>
        <translation>%1, un jeton de %2</translation>
    </message>
    <message>
        <source>This copy no longer works: replace it with a current token, or delete it.</source>
        <translation>Cette copie ne fonctionne plus : remplacez-la par un jeton valide, ou supprimez-la.</translation>
    </message>
    <message>
        <source>Latchkey does not know this token: if it is a leak, revoke it where it was made.</source>
        <translation>Latchkey ne connaît pas ce jeton : s’il s’agit d’une fuite, révoquez-le là où il a été créé.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Line:Column</source>
        <translation>Ligne:colonne</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>latchkey::ScanSkip</name>
    <message>
        <source>over the size limit</source>
        <translation>au-delà de la taille limite</translation>
    </message>
    <message>
        <source>not a text file</source>
        <translation>pas un fichier texte</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>a link out of the folder</source>
        <translation>un lien hors du dossier</translation>
    </message>
</context>
<context>
    <name>latchkey::Screenshotter</name>
    <message>
        <source>The keychain is locked.</source>
        <translation>Le trousseau est verrouillé.</translation>
    </message>
</context>
<context>
    <name>latchkey::SecretStore</name>
    <message>
        <source>The keychain has no such entry.</source>
        <translation>Le trousseau ne contient pas cette entrée.</translation>
    </message>
    <message>
        <source>No keychain service is available. Start your desktop&apos;s keyring (for example GNOME Keyring or KWallet) and try again.</source>
        <translation>Aucun service de trousseau n&apos;est disponible. Démarrez le trousseau de votre bureau (par exemple GNOME Keyring ou KWallet) et réessayez.</translation>
    </message>
    <message>
        <source>The keychain is locked. Unlock it in your desktop&apos;s keyring and try again.</source>
        <translation>Le trousseau est verrouillé. Déverrouillez-le dans le trousseau de votre bureau et réessayez.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Allow Latchkey to use the keyring and try again.</source>
        <translation>L&apos;accès au trousseau a été refusé. Autorisez Latchkey à utiliser le trousseau et réessayez.</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>Le trousseau a signalé une erreur.</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>Le trousseau a signalé une erreur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>latchkey::SessionFactory</name>
    <message>
        <source>There is no saved connection named “%1”.</source>
        <translation>Aucune connexion enregistrée ne s&apos;appelle «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>latchkey::SetExpiryDialog</name>
    <message>
        <source>&amp;Rotate Token</source>
        <translation>&amp;Renouveler le jeton</translation>
    </message>
    <message>
        <source>Set Expiry</source>
        <translation>Définir l&apos;expiration</translation>
    </message>
    <message>
        <source>Token &lt;b&gt;%1&lt;/b&gt; of %2</source>
        <translation>Jeton &lt;b&gt;%1&lt;/b&gt; de %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Currently expires:</source>
        <translation>Expiration actuelle&#xa0;:</translation>
    </message>
    <message>
        <source>New &amp;expiry:</source>
        <translation>Nouvelle &amp;expiration&#xa0;:</translation>
    </message>
    <message>
        <source>Rotating…</source>
        <translation>Renouvellement…</translation>
    </message>
    <message>
        <source>No, revoke it at once</source>
        <translation>Non, la révoquer immédiatement</translation>
    </message>
    <message>
        <source>&amp;Keep the old token working for:</source>
        <translation>&amp;Garder l’ancien jeton valide pendant :</translation>
    </message>
    <message>
        <source>Logto cannot change the expiry of an existing token. Latchkey creates a new token with the same name and the new expiry. &lt;b&gt;The token value changes&lt;/b&gt;: you will see the new value once.</source>
        <translation>Logto ne peut pas modifier l’expiration d’un jeton existant. Latchkey crée un nouveau jeton avec le même nom et la nouvelle expiration. &lt;b&gt;La valeur du jeton change&lt;/b&gt; : vous verrez la nouvelle valeur une seule fois.</translation>
    </message>
    <message>
        <source>The old value stops working at once.</source>
        <translation>L’ancienne valeur cesse immédiatement de fonctionner.</translation>
    </message>
    <message>
        <source>The old value keeps working for %1, renamed “(replaced …)”; then Latchkey revokes it.</source>
        <translation>L’ancienne valeur reste valide pendant %1, renommée « (replaced …) » ; Latchkey la révoque ensuite.</translation>
    </message>
    <message numerus="yes">
        <source>%n tokens of %1, each rotated in turn:</source>
        <translation>
            <numerusform>%n jeton de %1, renouvelé l’un après l’autre :</numerusform>
            <numerusform>%n jetons de %1, renouvelés l’un après l’autre :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Rotate %n Tokens</source>
        <translation>
            <numerusform>&amp;Renouveler %n jeton</numerusform>
            <numerusform>&amp;Renouveler %n jetons</numerusform>
        </translation>
    </message>
    <message>
        <source>Logto cannot change the expiry of an existing token. Latchkey creates a new token for each, with the same name and the new expiry. &lt;b&gt;Their values change&lt;/b&gt;: the new ones go to your keychain, to copy from the table.</source>
        <translation>Logto ne peut pas modifier l’expiration d’un jeton existant. Latchkey crée pour chacun un nouveau jeton avec le même nom et la nouvelle expiration. &lt;b&gt;Leurs valeurs changent&lt;/b&gt; : les nouvelles vont dans votre trousseau, à copier depuis le tableau.</translation>
    </message>
</context>
<context>
    <name>latchkey::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Never (clear at quit)</source>
        <translation>Jamais (vider à la fermeture)</translation>
    </message>
    <message>
        <source>Clear the clipboard after</source>
        <translation>Vider le presse-papiers après</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Aucune limite</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>Système (%1)</translation>
    </message>
    <message>
        <source>A new language applies the next time Latchkey starts.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de Latchkey.</translation>
    </message>
    <message>
        <source>&amp;Clear copied tokens after:</source>
        <translation>&amp;Vider les jetons copiés après&#xa0;:</translation>
    </message>
    <message>
        <source>Tokens are &amp;expiring soon within:</source>
        <translation>Seuil d&apos;&amp;expiration proche&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Longest lifetime for new tokens:</source>
        <translation>Durée de vie &amp;maximale des nouveaux jetons&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Start at login, in the tray</source>
        <translation>&amp;Démarrer à la connexion, dans la zone de notification</translation>
    </message>
    <message>
        <source>No reminders</source>
        <translation>Aucun rappel</translation>
    </message>
    <message>
        <source>Days before a token expires at which Latchkey reminds you, e.g. &quot;14, 7, 1&quot;. Empty: no reminders.</source>
        <translation>Jours avant l&apos;expiration d&apos;un jeton où Latchkey vous le rappelle, p. ex. « 14, 7, 1 ». Vide : aucun rappel.</translation>
    </message>
    <message>
        <source>Latchkey starts in the system tray when you log in, to remind you of tokens that expire.</source>
        <translation>Latchkey démarre dans la zone de notification à la connexion, pour vous rappeler les jetons qui expirent.</translation>
    </message>
    <message>
        <source>&amp;Remind before expiry (days):</source>
        <translation>&amp;Rappeler avant l&apos;expiration (jours) :</translation>
    </message>
    <message>
        <source>Whole days from 1 to %1, separated by commas (at most %2).</source>
        <translation>Des jours entiers de 1 à %1, séparés par des virgules (%2 au plus).</translation>
    </message>
    <message>
        <source>Places the where-used scan looks in</source>
        <translation>Emplacements que la recherche d’utilisation analyse</translation>
    </message>
</context>
<context>
    <name>latchkey::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>latchkey::SignInPanel</name>
    <message>
        <source>&amp;Sign In…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>Copy Address</source>
        <translation>Copier l’adresse</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Sign in with your browser</source>
        <translation>Se connecter avec votre navigateur</translation>
    </message>
    <message>
        <source>Copy the sign-in address, to open it in a browser yourself</source>
        <translation>Copier l’adresse de connexion pour l’ouvrir vous-même dans un navigateur</translation>
    </message>
    <message>
        <source>You are signed out of %1</source>
        <translation>Vous êtes déconnecté de %1</translation>
    </message>
    <message>
        <source>Sign in with your browser to see and manage your tokens. Token values kept in your keychain stay, and can still be copied.</source>
        <translation>Connectez-vous avec votre navigateur pour voir et gérer vos jetons. Les valeurs de jetons conservées dans votre trousseau restent et peuvent toujours être copiées.</translation>
    </message>
    <message>
        <source>Waiting for your browser…</source>
        <translation>En attente de votre navigateur…</translation>
    </message>
    <message>
        <source>Sign in to %1 in the browser window that opened, then come back here. If no browser opened, copy the address and open it in one.</source>
        <translation>Connectez-vous à %1 dans la fenêtre du navigateur qui s’est ouverte, puis revenez ici. Si aucun navigateur ne s’est ouvert, copiez l’adresse et ouvrez-la dans un navigateur.</translation>
    </message>
</context>
<context>
    <name>latchkey::SmallFileReader</name>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>Impossible d’ouvrir « %1 » : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large (more than %2 KiB).</source>
        <translation>« %1 » est trop volumineux (plus de %2 Kio).</translation>
    </message>
</context>
<context>
    <name>latchkey::TokenCache</name>
    <message>
        <source>The token cannot be cached: its fingerprint is invalid.</source>
        <translation>Le jeton ne peut pas être mis en cache&#xa0;: son empreinte n&apos;est pas valide.</translation>
    </message>
</context>
<context>
    <name>latchkey::TokenError</name>
    <message>
        <source>There is no user with the ID &quot;%1&quot;.</source>
        <translation>Il n&apos;existe aucun utilisateur d&apos;ID «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The user has no token named &quot;%1&quot;.</source>
        <translation>L&apos;utilisateur n&apos;a aucun jeton nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The user already has a token named &quot;%1&quot;.</source>
        <translation>L&apos;utilisateur a déjà un jeton nommé «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>latchkey::TokenExchanger</name>
    <message>
        <source>The token &quot;%1&quot; expired on %2, so Logto no longer accepts it. Give it a new expiry or make a new token.</source>
        <translation>Le jeton « %1 » a expiré le %2, Logto ne l’accepte donc plus. Donnez-lui une nouvelle expiration ou créez un nouveau jeton.</translation>
    </message>
    <message>
        <source>The keychain holds no value for &quot;%1&quot;: Latchkey keeps the values of the tokens it made on this computer only. Make a new token to use it here.</source>
        <translation>Le trousseau ne contient aucune valeur pour « %1 » : Latchkey ne garde que les valeurs des jetons qu’il a créés sur cet ordinateur. Créez un nouveau jeton pour l’utiliser ici.</translation>
    </message>
    <message>
        <source>The token &quot;%1&quot; was revoked on %2; Logto no longer accepts it. Make a new token, and replace the old one wherever it is used.</source>
        <translation>Le jeton « %1 » a été révoqué le %2 ; Logto ne l’accepte plus. Créez un nouveau jeton et remplacez l’ancien partout où il est utilisé.</translation>
    </message>
    <message>
        <source>The token &quot;%1&quot; is no longer on the server (it was there on %2): it was revoked. Make a new token, and replace the old one wherever it is used.</source>
        <translation>Le jeton « %1 » n’est plus sur le serveur (il y était le %2) : il a été révoqué. Créez un nouveau jeton et remplacez l’ancien partout où il est utilisé.</translation>
    </message>
    <message>
        <source>Latchkey knows no token named &quot;%1&quot; of user %2 on %3: it is not on the server and was never in a list Latchkey saw. Check the name in the token list.</source>
        <translation>Latchkey ne connaît aucun jeton nommé « %1 » de l’utilisateur %2 sur %3 : il n’est pas sur le serveur et n’a jamais figuré dans une liste vue par Latchkey. Vérifiez le nom dans la liste des jetons.</translation>
    </message>
    <message>
        <source>Logto refused the token &quot;%1&quot; although %2 lists it and it has not expired: it may have been revoked a moment ago, or its user is suspended. Refresh the token list and try again.</source>
        <translation>Logto a refusé le jeton « %1 » bien que %2 le liste et qu’il n’ait pas expiré : il vient peut-être d’être révoqué, ou son utilisateur est suspendu. Actualisez la liste des jetons et réessayez.</translation>
    </message>
    <message>
        <source>Logto does not know the API resource &quot;%1&quot;. Check its indicator under API resources in the Logto Console.</source>
        <translation>Logto ne connaît pas la ressource d’API « %1 ». Vérifiez son indicateur sous « Ressources d’API » dans la console Logto.</translation>
    </message>
    <message>
        <source>Token exchange is switched off for the app %1 of %2. In the Logto Console, open Applications, choose that app and switch on token exchange (customClientMetadata.allowTokenExchange).</source>
        <translation>L’échange de jetons est désactivé pour l’application %1 de %2. Dans la console Logto, ouvrez « Applications », choisissez cette application et activez l’échange de jetons (customClientMetadata.allowTokenExchange).</translation>
    </message>
</context>
<context>
    <name>latchkey::TokenInspector</name>
    <message>
        <source>There is nothing to inspect.</source>
        <translation>Il n&apos;y a rien à inspecter.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Looks like a placeholder: %1</source>
        <translation>Ressemble à un espace réservé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Has the shape of a %1, but looks like a placeholder.</source>
        <translation>Forme de %1, mais ressemble à un espace réservé.</translation>
    </message>
    <message>
        <source>Starts like a %1, but is malformed.</source>
        <translation>Début de %1, mais mal formé.</translation>
    </message>
    <message>
        <source>Looks like a %1, but the checksum does not match.</source>
        <translation>Semble être&#xa0;: %1, mais la somme de contrôle ne correspond pas.</translation>
    </message>
    <message>
        <source>Looks like a %1, but it does not decode.</source>
        <translation>Semble être&#xa0;: %1, mais ne se décode pas.</translation>
    </message>
    <message>
        <source>A well-formed %1 (%2) with a matching checksum.</source>
        <translation>Format valide&#xa0;: %1 (%2), avec une somme de contrôle correcte.</translation>
    </message>
    <message>
        <source>Looks like a Logto personal access token.</source>
        <translation>Ressemble à un jeton d&apos;accès personnel Logto.</translation>
    </message>
    <message>
        <source>Looks like a %1 (%2).</source>
        <translation>Semble être&#xa0;: %1 (%2).</translation>
    </message>
    <message>
        <source>This format has no public checksum: only its shape was checked.</source>
        <translation>Ce format n&apos;a pas de somme de contrôle publique&#xa0;: seule sa forme a été vérifiée.</translation>
    </message>
    <message>
        <source>Other services use the &quot;pat_&quot; prefix too.</source>
        <translation>D&apos;autres services utilisent aussi le préfixe «&#xa0;pat_&#xa0;».</translation>
    </message>
    <message>
        <source>This is a LIVE Stripe %1: it can move real money. If it was shared, roll it in the Stripe dashboard now.</source>
        <translation>Clé Stripe LIVE (%1)&#xa0;: elle peut déplacer de l&apos;argent réel. Si elle a été partagée, renouvelez-la dès maintenant dans le tableau de bord Stripe.</translation>
    </message>
    <message>
        <source>A live Stripe %1: handle with great care.</source>
        <translation>Clé Stripe live (%1)&#xa0;: à manipuler avec le plus grand soin.</translation>
    </message>
    <message>
        <source>Publishable keys are meant to be public.</source>
        <translation>Les clés publiables sont destinées à être publiques.</translation>
    </message>
    <message>
        <source>Looks like a JWT, but it is malformed.</source>
        <translation>Ressemble à un JWT, mais il est mal formé.</translation>
    </message>
    <message>
        <source>Header &quot;%1&quot;</source>
        <translation>En-tête «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Charge utile</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s), not a JSON object</source>
        <translation>
            <numerusform>%n octet, pas un objet JSON</numerusform>
            <numerusform>%n octets, pas un objet JSON</numerusform>
        </translation>
    </message>
    <message>
        <source>A JWT whose signature is rejected.</source>
        <translation>Un JWT dont la signature est rejetée.</translation>
    </message>
    <message>
        <source>The token has expired (%1).</source>
        <translation>Le jeton a expiré (%1).</translation>
    </message>
    <message>
        <source>The token is not valid yet (%1).</source>
        <translation>Le jeton n&apos;est pas encore valide (%1).</translation>
    </message>
    <message>
        <source>A decoded JWT; its signature was not checked.</source>
        <translation>Un JWT décodé&#xa0;; sa signature n&apos;a pas été vérifiée.</translation>
    </message>
    <message>
        <source>The %1 signature is valid.</source>
        <translation>La signature %1 est valide.</translation>
    </message>
    <message>
        <source>A JWT with a valid %1 signature.</source>
        <translation>Un JWT avec une signature %1 valide.</translation>
    </message>
    <message>
        <source>A JWT that has expired.</source>
        <translation>Un JWT expiré.</translation>
    </message>
    <message>
        <source>A JWT that is not valid yet.</source>
        <translation>Un JWT pas encore valide.</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Longueur</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Caractères</translation>
    </message>
    <message>
        <source>Estimated entropy</source>
        <translation>Entropie estimée</translation>
    </message>
    <message>
        <source>%1 bits (%2 bits per character)</source>
        <translation>%1 bits (%2 bits par caractère)</translation>
    </message>
    <message>
        <source>This looks like a placeholder, not a real token.</source>
        <translation>Ceci ressemble à un espace réservé, pas à un vrai jeton.</translation>
    </message>
    <message>
        <source>With about %1 bits of entropy this would be a weak secret.</source>
        <translation>Avec environ %1 bits d&apos;entropie, ce serait un secret faible.</translation>
    </message>
    <message>
        <source>Not a token format Latchkey knows.</source>
        <translation>Format de jeton inconnu de Latchkey.</translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>n&apos;expire jamais</translation>
    </message>
    <message>
        <source>cached in your keychain</source>
        <translation>en cache dans votre trousseau</translation>
    </message>
    <message>
        <source>not cached in your keychain</source>
        <translation>pas en cache dans votre trousseau</translation>
    </message>
    <message>
        <source>This token has expired.</source>
        <translation>Ce jeton a expiré.</translation>
    </message>
    <message>
        <source>A JWT with a critical header Latchkey cannot honour.</source>
        <translation>Un JWT avec un en-tête critique que Latchkey ne peut pas respecter.</translation>
    </message>
    <message>
        <source>The &quot;%1&quot; claim is not a number of seconds (RFC 7519 NumericDate).</source>
        <translation>La revendication «&#xa0;%1&#xa0;» n&apos;est pas un nombre de secondes (RFC 7519 NumericDate).</translation>
    </message>
    <message>
        <source>A JWT whose time claims cannot be read.</source>
        <translation>Un JWT dont les revendications de temps sont illisibles.</translation>
    </message>
    <message>
        <source>This reads like ordinary text rather than a secret, so no entropy is estimated.</source>
        <translation>Cela ressemble à du texte ordinaire plutôt qu&apos;à un secret&#xa0;: aucune entropie n&apos;est estimée.</translation>
    </message>
    <message>
        <source>“%1”, your Logto personal access token.</source>
        <translation>«&#xa0;%1&#xa0;», votre jeton d&apos;accès personnel Logto.</translation>
    </message>
    <message>
        <source>“%1”, your token.</source>
        <translation>«&#xa0;%1&#xa0;», votre jeton.</translation>
    </message>
    <message>
        <source>“%1”, a Logto personal access token of %2.</source>
        <translation>«&#xa0;%1&#xa0;», un jeton d&apos;accès personnel Logto de %2.</translation>
    </message>
    <message>
        <source>“%1”, a token of %2.</source>
        <translation>«&#xa0;%1&#xa0;», un jeton de %2.</translation>
    </message>
    <message>
        <source>“%1”, a Logto personal access token.</source>
        <translation>«&#xa0;%1&#xa0;», un jeton d&apos;accès personnel Logto.</translation>
    </message>
    <message>
        <source>“%1”, a token Latchkey knows.</source>
        <translation>«&#xa0;%1&#xa0;», un jeton que Latchkey connaît.</translation>
    </message>
    <message>
        <source>On the connection “%1”; %2; %3.</source>
        <translation>Sur la connexion «&#xa0;%1&#xa0;»&#xa0;; %2&#xa0;; %3.</translation>
    </message>
</context>
<context>
    <name>latchkey::TokenListModel</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>A copy of the value is kept in your system keychain.</source>
        <translation>Une copie de la valeur est conservée dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Latchkey has no copy of this token&apos;s value.</source>
        <translation>Latchkey n&apos;a aucune copie de la valeur de ce jeton.</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256): %1</source>
        <translation>Empreinte (SHA-256)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Cached</source>
        <translation>En cache</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note : %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Found by the last scan in:</source>
        <translation>Trouvé par la dernière recherche dans&#xa0;:</translation>
    </message>
    <message>
        <source>Where Used</source>
        <translation>Où est-il utilisé</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <comment>%1: a relative time such as &quot;in 5 hours&quot;</comment>
        <translation>révoqué %1</translation>
    </message>
    <message>
        <source>revocation due</source>
        <translation>révocation due</translation>
    </message>
    <message>
        <source>Replaced by a new value; this old one keeps working until %1, then Latchkey revokes it.</source>
        <translation>Remplacée par une nouvelle valeur ; cette ancienne valeur reste valide jusqu’au %1, puis Latchkey la révoque.</translation>
    </message>
</context>
<context>
    <name>latchkey::TokenNameDelegate</name>
    <message>
        <source>Token name</source>
        <translation>Nom du jeton</translation>
    </message>
</context>
<context>
    <name>latchkey::TokenNameValidator</name>
    <message>
        <source>Enter a name for the token.</source>
        <translation>Saisissez un nom pour le jeton.</translation>
    </message>
    <message>
        <source>The name is %1 characters long; the server accepts at most %2.</source>
        <translation>Le nom compte %1 caractères&#xa0;; le serveur en accepte au plus %2.</translation>
    </message>
    <message>
        <source>You already have a token with this name.</source>
        <translation>Vous avez déjà un jeton portant ce nom.</translation>
    </message>
    <message>
        <source>%1 already has a token with this name.</source>
        <translation>%1 a déjà un jeton portant ce nom.</translation>
    </message>
    <message>
        <source>Only the case differs from “%1”, which already exists.</source>
        <translation>Seule la casse diffère de «&#xa0;%1&#xa0;», qui existe déjà.</translation>
    </message>
    <message>
        <source>At the limit: the server accepts at most %1 characters.</source>
        <translation>À la limite&#xa0;: le serveur accepte au plus %1 caractères.</translation>
    </message>
    <message>
        <source>The spaces at the start and end will be left out.</source>
        <translation>Les espaces au début et à la fin seront retirées.</translation>
    </message>
</context>
<context>
    <name>latchkey::TokenNoteDialog</name>
    <message>
        <source>&amp;Save Note</source>
        <translation>&amp;Enregistrer la note</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <source>Note on &lt;b&gt;%1&lt;/b&gt;: what it is for, where it is used. It is kept on this computer only.</source>
        <translation>Note sur &lt;b&gt;%1&lt;/b&gt; : à quoi il sert, où il est utilisé. Elle est conservée uniquement sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
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
        <translation>Le fichier de notes %1 est inutilisable : %2 Il est laissé tel quel ; tant qu’il n’est pas réparé ou déplacé, les notes ne peuvent pas être modifiées.</translation>
    </message>
    <message numerus="yes">
        <source>it is larger than %n MiB.</source>
        <translation>
            <numerusform>il dépasse %n Mio.</numerusform>
            <numerusform>il dépasse %n Mio.</numerusform>
        </translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2).</source>
        <translation>ce n’est pas du JSON valide (%1 à l’octet %2).</translation>
    </message>
    <message>
        <source>it is not a version %1 notes file.</source>
        <translation>ce n’est pas un fichier de notes en version %1.</translation>
    </message>
    <message>
        <source>note %1 of %2 is incomplete or too long.</source>
        <translation>la note %1 sur %2 est incomplète ou trop longue.</translation>
    </message>
    <message>
        <source>The notes file %1 cannot be written: %2</source>
        <translation>Impossible d’écrire le fichier de notes %1 : %2</translation>
    </message>
    <message>
        <source>The folder for the notes file %1 cannot be made.</source>
        <translation>Impossible de créer le dossier du fichier de notes %1.</translation>
    </message>
    <message>
        <source>The notes file %1 is being written by another Latchkey; try again.</source>
        <translation>Le fichier de notes %1 est en cours d’écriture par un autre Latchkey ; réessayez.</translation>
    </message>
    <message>
        <source>A note needs a token that Latchkey can recognise (its fingerprint); this one has none.</source>
        <translation>Une note nécessite un jeton que Latchkey sait reconnaître (son empreinte) ; celui-ci n’en a pas.</translation>
    </message>
    <message numerus="yes">
        <source>A note may be at most %n character(s) long.</source>
        <translation>
            <numerusform>Une note ne peut pas dépasser %n caractère.</numerusform>
            <numerusform>Une note ne peut pas dépasser %n caractères.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::TokenOnlineTester</name>
    <message>
        <source>This token is not valid on %1: deleted, expired, or its user is suspended.</source>
        <translation>Ce jeton n&apos;est pas valide sur %1&#xa0;: supprimé, expiré, ou son utilisateur est suspendu.</translation>
    </message>
    <message>
        <source>%1 accepted the token, but its answer does not verify against the server&apos;s keys: %2</source>
        <translation>%1 a accepté le jeton, mais sa réponse ne se vérifie pas avec les clés du serveur&#xa0;: %2</translation>
    </message>
    <message>
        <source>The token is valid on %1 (it belongs to %2), but the server&apos;s signing keys could not be fetched to verify the answer: %3</source>
        <translation>Le jeton est valide sur %1 (il appartient à %2), mais les clés de signature du serveur n&apos;ont pas pu être récupérées pour vérifier la réponse&#xa0;: %3</translation>
    </message>
    <message>
        <source>This token is valid on %1: it belongs to %2.</source>
        <translation>Ce jeton est valide sur %1&#xa0;: il appartient à %2.</translation>
    </message>
    <message>
        <source>an unnamed user</source>
        <translation>un utilisateur sans nom</translation>
    </message>
</context>
<context>
    <name>latchkey::TokenPasteBox</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>Paste a token here (Ctrl+V), or drop a file holding one</source>
        <translation>Collez un jeton ici (Ctrl+V) ou déposez un fichier qui en contient un</translation>
    </message>
    <message>
        <source>Token to inspect</source>
        <translation>Jeton à inspecter</translation>
    </message>
    <message>
        <source>Token to inspect (hidden)</source>
        <translation>Jeton à inspecter (masqué)</translation>
    </message>
    <message>
        <source>Show the token</source>
        <translation>Afficher le jeton</translation>
    </message>
    <message>
        <source>Edit the token (shows it)</source>
        <translation>Modifier le jeton (l’affiche)</translation>
    </message>
    <message>
        <source>Hide the token</source>
        <translation>Masquer le jeton</translation>
    </message>
</context>
<context>
    <name>latchkey::TokenRotation</name>
    <message>
        <source>The expiry was not changed: %1</source>
        <translation>L&apos;expiration n&apos;a pas été modifiée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Changing the expiry of &quot;%1&quot; stopped half way: %2 Latchkey will finish it the next time it starts.</source>
        <translation>La modification de l&apos;expiration de «&#xa0;%1&#xa0;» s&apos;est arrêtée à mi-chemin&#xa0;: %2 Latchkey la terminera au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>latchkey::TokenService</name>
    <message>
        <source>The server may have created the token &quot;%1&quot; anyway. If it appears in the list, revoke it: its value cannot be shown again.</source>
        <translation>Le serveur a peut-être quand même créé le jeton «&#xa0;%1&#xa0;». S&apos;il apparaît dans la liste, révoquez-le&#xa0;: sa valeur ne peut plus être affichée.</translation>
    </message>
    <message>
        <source>The token is already named &quot;%1&quot;.</source>
        <translation>Le jeton s&apos;appelle déjà «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The user has no token named &quot;%1&quot;.</source>
        <translation>L&apos;utilisateur n&apos;a aucun jeton nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>An earlier change of the expiry of &quot;%1&quot; is not finished yet; it is finished the next time Latchkey starts.</source>
        <translation>Une modification antérieure de l&apos;expiration de «&#xa0;%1&#xa0;» n&apos;est pas encore terminée&#xa0;; elle le sera au prochain démarrage de Latchkey.</translation>
    </message>
    <message>
        <source>The expiry was not changed: the rotation journal in %1 cannot be used.</source>
        <translation>L&apos;expiration n&apos;a pas été modifiée&#xa0;: le journal de rotation dans %1 est inutilisable.</translation>
    </message>
    <message>
        <source>The keychain holds no value for this token; only values of tokens made with Latchkey are kept.</source>
        <translation>Le trousseau ne contient aucune valeur pour ce jeton&#xa0;; seules les valeurs des jetons créés avec Latchkey sont conservées.</translation>
    </message>
    <message>
        <source>Changing the expiry of &quot;%1&quot; was started on another server address; it is left alone.</source>
        <translation>La modification de l&apos;expiration de «&#xa0;%1&#xa0;» a été commencée sur une autre adresse de serveur&#xa0;; elle n&apos;est pas touchée.</translation>
    </message>
    <message>
        <source>Changing the expiry of &quot;%1&quot; is in progress elsewhere.</source>
        <translation>La modification de l&apos;expiration de «&#xa0;%1&#xa0;» est en cours ailleurs.</translation>
    </message>
    <message>
        <source>The token was not created: the journal in %1 cannot be used.</source>
        <translation>Le jeton n&apos;a pas été créé&#xa0;: le journal dans %1 est inutilisable.</translation>
    </message>
    <message>
        <source>Creating the token &quot;%1&quot; was started on another server address; it is left alone.</source>
        <translation>La création du jeton «&#xa0;%1&#xa0;» a été commencée sur une autre adresse de serveur&#xa0;; elle n&apos;est pas touchée.</translation>
    </message>
    <message>
        <source>Creating the token &quot;%1&quot; is in progress elsewhere.</source>
        <translation>La création du jeton «&#xa0;%1&#xa0;» est en cours ailleurs.</translation>
    </message>
    <message>
        <source>That revocation is no longer planned, or is in progress elsewhere.</source>
        <translation>Cette révocation n’est plus prévue, ou elle est en cours ailleurs.</translation>
    </message>
    <message>
        <source>The old token is being revoked right now.</source>
        <translation>L’ancien jeton est en cours de révocation.</translation>
    </message>
</context>
<context>
    <name>latchkey::TokensPage</name>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Expire bientôt</translation>
    </message>
    <message>
        <source>Filter tokens</source>
        <translation>Filtrer les jetons</translation>
    </message>
    <message>
        <source>All tokens</source>
        <translation>Tous les jetons</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actifs</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirés</translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation>N&apos;expirent jamais</translation>
    </message>
    <message>
        <source>Expired or expiring soon</source>
        <translation>Expirés ou expirant bientôt</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>&amp;Generate…</source>
        <translation>&amp;Générer…</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>Set &amp;Expiry…</source>
        <translation>Définir l&apos;&amp;expiration…</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Ré&amp;voquer…</translation>
    </message>
    <message>
        <source>&amp;Copy Token</source>
        <translation>&amp;Copier le jeton</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Actualiser (F5)</translation>
    </message>
    <message>
        <source>Unavailable while offline: %1</source>
        <translation>Indisponible hors ligne&#xa0;: %1</translation>
    </message>
    <message>
        <source>Only tokens generated or rotated in Latchkey and saved in your keychain can be copied</source>
        <translation>Seuls les jetons générés ou renouvelés dans Latchkey et enregistrés dans votre trousseau peuvent être copiés</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n jeton</numerusform>
            <numerusform>%n jetons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n expired or expiring soon</source>
        <translation>
            <numerusform>, %n expiré ou expirant bientôt</numerusform>
            <numerusform>, %n expirés ou expirant bientôt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Loading tokens…</source>
        <translation>Chargement des jetons…</translation>
    </message>
    <message>
        <source>Generating “%1”…</source>
        <translation>Génération de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Renaming “%1”…</source>
        <translation>Renommage de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation>«&#xa0;%1&#xa0;» renommé en «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Rotating “%1”…</source>
        <translation>Renouvellement de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Revoke the token “%1” of %2?</source>
        <translation>Révoquer le jeton «&#xa0;%1&#xa0;» de %2&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n tokens of %1?</source>
        <translation>
            <numerusform>Révoquer %n jeton de %1&#xa0;?</numerusform>
            <numerusform>Révoquer %n jetons de %1&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Anything using them stops working at once. This cannot be undone.</source>
        <translation>Tout ce qui les utilise cesse immédiatement de fonctionner. Cette action ne peut pas être annulée.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Revoke</source>
        <translation>
            <numerusform>&amp;Révoquer</numerusform>
            <numerusform>&amp;Révoquer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoking %n token(s)…</source>
        <translation>
            <numerusform>Révocation de %n jeton…</numerusform>
            <numerusform>Révocation de %n jetons…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n token(s).</source>
        <translation>
            <numerusform>%n jeton révoqué.</numerusform>
            <numerusform>%n jetons révoqués.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» copié.</translation>
    </message>
    <message>
        <source>Copy &amp;Access Token For…</source>
        <translation>Copier un jeton d’&amp;accès pour…</translation>
    </message>
    <message>
        <source>&amp;Where Used…</source>
        <translation>&amp;Où est-il utilisé…</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is still in %n file(s): %2</source>
        <translation>
            <numerusform>« %1 » se trouve encore dans %n fichier : %2</numerusform>
            <numerusform>« %1 » se trouve encore dans %n fichiers : %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This token is still in %n file(s): %1 — revoke anyway?</source>
        <translation>
            <numerusform>Ce jeton se trouve encore dans %n fichier : %1 — le révoquer quand même ?</numerusform>
            <numerusform>Ce jeton se trouve encore dans %n fichiers : %1 — le révoquer quand même ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This token is still in %n file(s): %1 — the old value there stops working once the token is rotated.</source>
        <translation>
            <numerusform>Ce jeton se trouve encore dans %n fichier : %1 — l’ancienne valeur qui s’y trouve cessera de fonctionner une fois le jeton renouvelé.</numerusform>
            <numerusform>Ce jeton se trouve encore dans %n fichiers : %1 — l’ancienne valeur qui s’y trouve cessera de fonctionner une fois le jeton renouvelé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke anyway?</source>
        <translation>Révoquer quand même ?</translation>
    </message>
    <message numerus="yes">
        <source>Copied an access token for %1 from “%2”; it is valid for %n minute(s).</source>
        <translation>
            <numerusform>Jeton d’accès pour %1 copié à partir de « %2 » ; il est valable %n minute.</numerusform>
            <numerusform>Jeton d’accès pour %1 copié à partir de « %2 » ; il est valable %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where Used</source>
        <translation>Où est-il utilisé</translation>
    </message>
    <message>
        <source>&amp;Scan Again</source>
        <translation>&amp;Analyser de nouveau</translation>
    </message>
    <message>
        <source>&amp;Scan Now</source>
        <translation>&amp;Analyser maintenant</translation>
    </message>
    <message>
        <source>This computer has not been scanned yet.</source>
        <translation>Cet ordinateur n’a pas encore été analysé.</translation>
    </message>
    <message>
        <source>A scan looks for copies of “%1” (and your other tokens) in the places listed on the Scan Computer page.</source>
        <translation>Une analyse cherche des copies de « %1 » (et de vos autres jetons) dans les emplacements indiqués sur la page « Analyser l’ordinateur ».</translation>
    </message>
    <message>
        <source>“%1” was in none of the files scanned on %2.</source>
        <translation>« %1 » ne figurait dans aucun des fichiers analysés le %2.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is in %n place(s), as scanned on %2:</source>
        <translation>
            <numerusform>« %1 » se trouve à %n emplacement (analyse du %2) :</numerusform>
            <numerusform>« %1 » se trouve à %n emplacements (analyse du %2) :</numerusform>
        </translation>
    </message>
    <message>
        <source>Renaming “%1”: Enter saves, Esc cancels.</source>
        <translation>Renommage de «&#xa0;%1&#xa0;»&#xa0;: Entrée enregistre, Échap annule.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>You have no tokens yet.</source>
        <translation>Vous n&apos;avez encore aucun jeton.</translation>
    </message>
    <message>
        <source>%1 has no tokens.</source>
        <translation>%1 n&apos;a aucun jeton.</translation>
    </message>
    <message>
        <source>Revoke Token</source>
        <translation>Révoquer le jeton</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n Token(s)</source>
        <translation>
            <numerusform>Révoquer %n jeton</numerusform>
            <numerusform>Révoquer %n jetons</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke your token “%1”?</source>
        <translation>Révoquer votre jeton «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n of your tokens?</source>
        <translation>
            <numerusform>Révoquer %n de vos jetons&#xa0;?</numerusform>
            <numerusform>Révoquer %n de vos jetons&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Anything using it stops working at once. This cannot be undone.</source>
        <translation>Tout ce qui l&apos;utilise cesse aussitôt de fonctionner. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>“%1” cannot be copied: Latchkey keeps a copy in your keychain only of the tokens it generated or rotated.</source>
        <translation>Impossible de copier «&#xa0;%1&#xa0;»&#xa0;: Latchkey ne garde une copie dans votre trousseau que des jetons qu&apos;il a générés ou renouvelés.</translation>
    </message>
    <message>
        <source>Filter by name or note</source>
        <translation>Filtrer par nom ou note</translation>
    </message>
    <message>
        <source>Edit &amp;Note…</source>
        <translation>Modifier la &amp;note…</translation>
    </message>
    <message>
        <source>Removed the note on “%1”.</source>
        <translation>Note sur « %1 » supprimée.</translation>
    </message>
    <message>
        <source>Saved the note on “%1”.</source>
        <translation>Note sur « %1 » enregistrée.</translation>
    </message>
    <message>
        <source>Revoked %1 of %2…</source>
        <translation>%1 sur %2 révoqués…</translation>
    </message>
    <message>
        <source>Revoke Tokens</source>
        <translation>Révoquer des jetons</translation>
    </message>
    <message numerus="yes">
        <source>Revoked %1 of %n token(s).</source>
        <translation>
            <numerusform>%1 jeton sur %n révoqué.</numerusform>
            <numerusform>%1 jetons sur %n révoqués.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be revoked or cleaned up:</source>
        <translation>
            <numerusform>%n n’a pas pu être révoqué ou nettoyé :</numerusform>
            <numerusform>%n n’ont pas pu être révoqués ou nettoyés :</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in first: you are signed out.</source>
        <translation>Connectez-vous d’abord&#xa0;: vous êtes déconnecté.</translation>
    </message>
    <message>
        <source>Revoke Old Value &amp;Now</source>
        <translation>Révoquer l’ancienne valeur &amp;maintenant</translation>
    </message>
    <message>
        <source>&amp;Keep Old Value Working</source>
        <translation>&amp;Garder l’ancienne valeur valide</translation>
    </message>
    <message>
        <source>Revoking the old value of “%1”…</source>
        <translation>Révocation de l’ancienne valeur de « %1 »…</translation>
    </message>
    <message>
        <source>“%1” keeps working; Latchkey will not revoke it.</source>
        <translation>« %1 » reste valide ; Latchkey ne le révoquera pas.</translation>
    </message>
    <message numerus="yes">
        <source>Rotating %n token(s)…</source>
        <translation>
            <numerusform>Renouvellement de %n jeton…</numerusform>
            <numerusform>Renouvellement de %n jetons…</numerusform>
        </translation>
    </message>
    <message>
        <source>Rotated %1 of %2…</source>
        <translation>%1 sur %2 renouvelés…</translation>
    </message>
    <message>
        <source>Set Expiry</source>
        <translation>Définir l’expiration</translation>
    </message>
    <message numerus="yes">
        <source>Gave %1 of %n token(s) a new expiry and a new value.</source>
        <translation>
            <numerusform>%1 jeton sur %n a une nouvelle expiration et une nouvelle valeur.</numerusform>
            <numerusform>%1 jetons sur %n ont une nouvelle expiration et une nouvelle valeur.</numerusform>
        </translation>
    </message>
    <message>
        <source>The new values are in your keychain: select a token and Copy it.</source>
        <translation>Les nouvelles valeurs sont dans votre trousseau : sélectionnez un jeton et copiez-le.</translation>
    </message>
    <message numerus="yes">
        <source>Set a new expiry on %n token(s).</source>
        <translation>
            <numerusform>Nouvelle expiration définie pour %n jeton.</numerusform>
            <numerusform>Nouvelle expiration définie pour %n jetons.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::UserLabel</name>
    <message>
        <source>Unknown user</source>
        <translation>Utilisateur inconnu</translation>
    </message>
</context>
<context>
    <name>latchkey::UserListModel</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Dernière connexion</translation>
    </message>
</context>
<context>
    <name>latchkey::UserPickerDialog</name>
    <message>
        <source>Choose Your User</source>
        <translation>Choisir votre utilisateur</translation>
    </message>
    <message>
        <source>Search by name, username or email</source>
        <translation>Rechercher par nom, nom d&apos;utilisateur ou e-mail</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Rechercher des utilisateurs</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>C&amp;hoose</source>
        <translation>C&amp;hoisir</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) found</source>
        <translation>
            <numerusform>%n utilisateur trouvé</numerusform>
            <numerusform>%n utilisateurs trouvés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::UsersPage</name>
    <message>
        <source>Search users by name, username, email or ID</source>
        <translation>Rechercher des utilisateurs par nom, nom d&apos;utilisateur, e-mail ou ID</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Rechercher des utilisateurs</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation>Chargement des utilisateurs…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n user(s) — scroll for more</source>
        <translation>
            <numerusform>%1 sur %n utilisateur — faites défiler pour en voir plus</numerusform>
            <numerusform>%1 sur %n utilisateurs — faites défiler pour en voir plus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n utilisateur</numerusform>
            <numerusform>%n utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a user to see their tokens.</source>
        <translation>Choisissez un utilisateur pour voir ses jetons.</translation>
    </message>
    <message>
        <source>Tokens of %1</source>
        <translation>Jetons de %1</translation>
    </message>
    <message>
        <source>Revoke All Tokens of This User…</source>
        <translation>Révoquer tous les jetons de cet utilisateur…</translation>
    </message>
</context>
<context>
    <name>latchkeyctl</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Manages personal access tokens on a Logto tenant, like the Latchkey app.</source>
        <translation>Gère les jetons d&apos;accès personnels d&apos;un tenant Logto, comme l&apos;application Latchkey.</translation>
    </message>
    <message>
        <source>Connection profile (default: the current one).</source>
        <translation>Profil de connexion (par défaut&#xa0;: le profil actuel).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher en JSON.</translation>
    </message>
    <message>
        <source>User ID (default: the profile&apos;s user).</source>
        <translation>ID d&apos;utilisateur (par défaut&#xa0;: l&apos;utilisateur du profil).</translation>
    </message>
    <message>
        <source>Logto endpoint URL.</source>
        <translation>URL du point de terminaison Logto.</translation>
    </message>
    <message>
        <source>Management API indicator (default: derived).</source>
        <translation>Indicateur de la Management API (par défaut&#xa0;: déduit).</translation>
    </message>
    <message>
        <source>Extra trusted CA certificates (PEM).</source>
        <translation>Certificats d&apos;AC de confiance supplémentaires (PEM).</translation>
    </message>
    <message>
        <source>Allow plain HTTP to a non-loopback host.</source>
        <translation>Autoriser le HTTP non chiffré vers un hôte autre que la boucle locale.</translation>
    </message>
    <message>
        <source>Read the app secret from standard input.</source>
        <translation>Lire le secret de l&apos;application sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Search text.</source>
        <translation>Texte à rechercher.</translation>
    </message>
    <message>
        <source>DAYS, YYYY-MM-DD or never (default: never, or the longest allowed lifetime).</source>
        <translation>JOURS, AAAA-MM-JJ ou never (par défaut&#xa0;: never, ou la durée de vie maximale autorisée).</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>Ne pas demander de confirmation.</translation>
    </message>
    <message>
        <source>No command given; see latchkeyctl --help.</source>
        <translation>Aucune commande indiquée&#xa0;; voir latchkeyctl --help.</translation>
    </message>
    <message>
        <source>Say what to do with profiles: add, list or remove.</source>
        <translation>Indiquez quoi faire avec profiles&#xa0;: add, list ou remove.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; see latchkeyctl --help.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;»&#xa0;; voir latchkeyctl --help.</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;%2&quot;.</source>
        <translation>L&apos;option --%1 ne s&apos;applique pas à «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Usage: latchkeyctl %1 %2</source>
        <translation>Utilisation&#xa0;: latchkeyctl %1 %2</translation>
    </message>
    <message>
        <source>The app secret is read from standard input only: pass --secret-stdin and pipe it in.</source>
        <translation>Le secret de l&apos;application est lu uniquement sur l&apos;entrée standard&#xa0;: passez --secret-stdin et transmettez-le par un tube.</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>Impossible de lire l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>No app secret arrived on standard input.</source>
        <translation>Aucun secret d&apos;application n&apos;est arrivé sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Added profile &quot;%1&quot;.</source>
        <translation>Profil «&#xa0;%1&#xa0;» ajouté.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>ENDPOINT</source>
        <translation>POINT DE TERMINAISON</translation>
    </message>
    <message>
        <source>APP ID</source>
        <translation>ID APP</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>UTILISATEUR</translation>
    </message>
    <message>
        <source>There is no connection profile named &quot;%1&quot;.</source>
        <translation>Il n&apos;existe aucun profil de connexion nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Removed profile &quot;%1&quot;, but its app secret stays in the keychain: %2</source>
        <translation>Profil «&#xa0;%1&#xa0;» supprimé, mais son secret d&apos;application reste dans le trousseau&#xa0;: %2</translation>
    </message>
    <message>
        <source>Removed profile &quot;%1&quot;.</source>
        <translation>Profil «&#xa0;%1&#xa0;» supprimé.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>USERNAME</source>
        <translation>NOM D&apos;UTILISATEUR</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>No user given: pass --user ID or set the profile&apos;s user.</source>
        <translation>Aucun utilisateur indiqué&#xa0;: passez --user ID ou définissez l&apos;utilisateur du profil.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>EXPIRE</translation>
    </message>
    <message>
        <source>CACHED</source>
        <translation>EN CACHE</translation>
    </message>
    <message>
        <source>FINGERPRINT</source>
        <translation>EMPREINTE</translation>
    </message>
    <message>
        <source>The token &quot;%1&quot; has a new value (printed above); the old value no longer works.</source>
        <translation>Le jeton «&#xa0;%1&#xa0;» a une nouvelle valeur (affichée ci-dessus)&#xa0;; l&apos;ancienne valeur ne fonctionne plus.</translation>
    </message>
    <message>
        <source>The value is NOT saved in the keychain (%1); keep it now, it cannot be shown again.</source>
        <translation>La valeur n&apos;est PAS enregistrée dans le trousseau (%1)&#xa0;; conservez-la maintenant, elle ne pourra plus être affichée.</translation>
    </message>
    <message>
        <source>Renamed to &quot;%1&quot;.</source>
        <translation>Renommé en «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Not deleting &quot;%1&quot; without confirmation: pass --yes when standard input is not a terminal.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas supprimé sans confirmation&#xa0;: passez --yes lorsque l&apos;entrée standard n&apos;est pas un terminal.</translation>
    </message>
    <message>
        <source>Delete the token &quot;%1&quot; of user %2? [y/N] </source>
        <translation>Supprimer le jeton «&#xa0;%1&#xa0;» de l&apos;utilisateur %2&#xa0;? [y/N] </translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» supprimé.</translation>
    </message>
    <message>
        <source>No connection profile is chosen; add one with &quot;latchkeyctl profiles add&quot; or name one with --profile.</source>
        <translation>Aucun profil de connexion n&apos;est choisi&#xa0;; ajoutez-en un avec «&#xa0;latchkeyctl profiles add&#xa0;» ou désignez-en un avec --profile.</translation>
    </message>
    <message>
        <source>The app secret of &quot;%1&quot; cannot be read from the keychain: %2</source>
        <translation>Impossible de lire le secret d&apos;application de «&#xa0;%1&#xa0;» dans le trousseau&#xa0;: %2</translation>
    </message>
    <message>
        <source>inspect: verify JWTs against this JWKS (a file or a URL).</source>
        <translation>inspect : vérifier les JWT avec ce JWKS (fichier ou URL).</translation>
    </message>
    <message>
        <source>inspect: verify JWTs against this PEM public key or certificate.</source>
        <translation>inspect : vérifier les JWT avec cette clé publique ou ce certificat PEM.</translation>
    </message>
    <message>
        <source>inspect: the first line of standard input is the HMAC secret, the second the token.</source>
        <translation>inspect : la première ligne de l’entrée standard est le secret HMAC, la seconde le jeton.</translation>
    </message>
    <message>
        <source>inspect: also test a Logto PAT against the profile&apos;s server (sends the token there).</source>
        <translation>inspect : tester aussi un PAT Logto auprès du serveur du profil (y envoie le jeton).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot run inside a batch.</source>
        <translation>« %1 » ne peut pas s’exécuter dans un lot.</translation>
    </message>
    <message>
        <source>A batch works on one profile: give --profile to &quot;batch&quot; itself.</source>
        <translation>Un lot travaille sur un seul profil : donnez --profile à « batch » lui-même.</translation>
    </message>
    <message>
        <source>Could not keep an offline copy of the tokens: %1</source>
        <translation>Impossible de conserver une copie hors ligne des jetons : %1</translation>
    </message>
    <message>
        <source>A quote is not closed.</source>
        <translation>Un guillemet n’est pas fermé.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>--within takes a number of days from 0 to %1.</source>
        <translation>--within attend un nombre de jours de 0 à %1.</translation>
    </message>
    <message>
        <source>Give --user or --all-users, not both.</source>
        <translation>Donnez --user ou --all-users, pas les deux.</translation>
    </message>
    <message>
        <source>Checked %1 of %2 users...</source>
        <translation>%1 utilisateurs sur %2 vérifiés…</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>expiring</source>
        <translation>expire bientôt</translation>
    </message>
    <message>
        <source>Say which API the access token is for: --resource URI (its API resource indicator in Logto).</source>
        <translation>Indiquez pour quelle API est le jeton d’accès : --resource URI (l’indicateur de la ressource d’API dans Logto).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid resource indicator.</source>
        <translation>« %1 » n’est pas un indicateur de ressource valide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a name for an environment variable.</source>
        <translation>« %1 » n’est pas un nom de variable d’environnement.</translation>
    </message>
    <message>
        <source>--pat hands over the token itself: --resource, --scope and --organization do not apply.</source>
        <translation>--pat transmet le jeton lui-même : --resource, --scope et --organization ne s’appliquent pas.</translation>
    </message>
    <message>
        <source>Handing the personal access token itself to the command. It lives until it expires or is revoked, so anything the command leaks stays usable that long; prefer --resource for a short-lived access token.</source>
        <translation>Le jeton d’accès personnel lui-même est transmis à la commande. Il reste valable jusqu’à son expiration ou sa révocation : tout ce que la commande en laisse fuir reste utilisable jusque-là. Préférez --resource pour un jeton d’accès de courte durée.</translation>
    </message>
    <message>
        <source>Cannot run &quot;%1&quot;: %2</source>
        <translation>Impossible d’exécuter « %1 » : %2</translation>
    </message>
    <message>
        <source>Cannot start &quot;%1&quot;: %2</source>
        <translation>Impossible de démarrer « %1 » : %2</translation>
    </message>
    <message>
        <source>Scanning: %1 files, %2 read</source>
        <translation>Analyse : %1 fichiers, %2 lus</translation>
    </message>
    <message numerus="yes">
        <source>%n copies found; %1 files read (%2), %3 skipped.</source>
        <translation>
            <numerusform>%n copie trouvée ; %1 fichiers lus (%2), %3 ignorés.</numerusform>
            <numerusform>%n copies trouvées ; %1 fichiers lus (%2), %3 ignorés.</numerusform>
        </translation>
    </message>
    <message>
        <source>A revoked or expired token is still in a file: replace it there.</source>
        <translation>Un jeton révoqué ou expiré se trouve encore dans un fichier : remplacez-le là-bas.</translation>
    </message>
    <message>
        <source>exchange, run: a scope to ask for (repeat for more).</source>
        <translation>exchange, run : une portée à demander (à répéter pour plusieurs).</translation>
    </message>
    <message>
        <source>exchange, run: an organization token for this organization.</source>
        <translation>exchange, run : un jeton d’organisation pour cette organisation.</translation>
    </message>
    <message>
        <source>run: the environment variable that carries the token (default: LATCHKEY_ACCESS_TOKEN).</source>
        <translation>run : la variable d’environnement qui porte le jeton (par défaut : LATCHKEY_ACCESS_TOKEN).</translation>
    </message>
    <message>
        <source>run: hand over the personal access token itself (long-lived) instead of an access token.</source>
        <translation>run : transmettre le jeton d’accès personnel lui-même (longue durée) au lieu d’un jeton d’accès.</translation>
    </message>
    <message>
        <source>where: scan this file or folder instead of the places in Settings (repeat for more).</source>
        <translation>where : analyser ce fichier ou ce dossier au lieu des emplacements des réglages (à répéter pour plusieurs).</translation>
    </message>
    <message>
        <source>check: tokens that expire within this many days (default: the app&apos;s &quot;expiring soon&quot;).</source>
        <translation>check : jetons qui expirent dans ce nombre de jours (par défaut : « expire bientôt » de l’application).</translation>
    </message>
    <message>
        <source>check: every user&apos;s tokens (admins).</source>
        <translation>check : les jetons de tous les utilisateurs (administrateurs).</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) expired or expiring among the users checked (%1).</source>
        <translation>
            <numerusform>%n jeton expiré ou sur le point d’expirer parmi les utilisateurs vérifiés (%1).</numerusform>
            <numerusform>%n jetons expirés ou sur le point d’expirer parmi les utilisateurs vérifiés (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Latchkey knows no token named &quot;%1&quot;; see latchkeyctl tokens.</source>
        <translation>Latchkey ne connaît aucun jeton nommé « %1 » ; voir latchkeyctl tokens.</translation>
    </message>
    <message>
        <source>Latchkey knows no token named &quot;%1&quot; on %2; see latchkeyctl tokens.</source>
        <translation>Latchkey ne connaît aucun jeton nommé « %1 » sur %2 ; voir latchkeyctl tokens.</translation>
    </message>
    <message>
        <source>App secret of &quot;%1&quot; (not shown): </source>
        <translation>Secret d’application de « %1 » (non affiché) : </translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; could not be written to standard output; it is in the keychain: latchkeyctl copy &quot;%1&quot;</source>
        <translation>La valeur de « %1 » n’a pas pu être écrite sur la sortie standard ; elle est dans le trousseau : latchkeyctl copy &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; could not be written to standard output and is NOT in the keychain (%2): set a new expiry for a new value.</source>
        <translation>La valeur de « %1 » n’a pas pu être écrite sur la sortie standard et n’est PAS dans le trousseau (%2) : définissez une nouvelle expiration pour obtenir une nouvelle valeur.</translation>
    </message>
    <message>
        <source>Standard output could not be written (disk full or pipe closed).</source>
        <translation>Impossible d’écrire sur la sortie standard (disque plein ou tube fermé).</translation>
    </message>
    <message>
        <source>&quot;login&quot; is for developer connections; &quot;%1&quot; signs in with its app secret.</source>
        <translation>« login » est pour les connexions de développeur ; « %1 » se connecte avec son secret d&apos;application.</translation>
    </message>
    <message>
        <source>Signed in as %1 on &quot;%2&quot;.</source>
        <translation>Connecté en tant que %1 sur « %2 ».</translation>
    </message>
    <message>
        <source>To sign in, open %1 on any device and enter the code %2 (or open %3).</source>
        <translation>Pour vous connecter, ouvrez %1 sur n&apos;importe quel appareil et saisissez le code %2 (ou ouvrez %3).</translation>
    </message>
    <message>
        <source>Sign in in your browser; if it does not open, open this address: %1</source>
        <translation>Connectez-vous dans votre navigateur ; s&apos;il ne s&apos;ouvre pas, ouvrez cette adresse : %1</translation>
    </message>
    <message>
        <source>&quot;logout&quot; is for developer connections; to stop using &quot;%1&quot;, remove the profile.</source>
        <translation>« logout » est pour les connexions de développeur ; pour ne plus utiliser « %1 », supprimez le profil.</translation>
    </message>
    <message>
        <source>Some token values could not be forgotten: %1</source>
        <translation>Certaines valeurs de jetons n&apos;ont pas pu être oubliées : %1</translation>
    </message>
    <message>
        <source>The sign-in could not be removed from the keychain: %1</source>
        <translation>La connexion n&apos;a pas pu être retirée du trousseau : %1</translation>
    </message>
    <message>
        <source>The server could not be told (%1); the sign-in was removed from this computer and ends when it expires.</source>
        <translation>Le serveur n&apos;a pas pu être prévenu (%1) ; la connexion a été retirée de cet ordinateur et prendra fin à son expiration.</translation>
    </message>
    <message>
        <source>Signed out of &quot;%1&quot;.</source>
        <translation>Déconnecté de « %1 ».</translation>
    </message>
    <message>
        <source>--%1 belongs to a developer connection (with --gateway).</source>
        <translation>--%1 appartient à une connexion de développeur (avec --gateway).</translation>
    </message>
    <message>
        <source>--%1 does not apply to a developer connection: you sign in as yourself (latchkeyctl login).</source>
        <translation>--%1 ne s&apos;applique pas à une connexion de développeur : vous vous connectez en votre nom (latchkeyctl login).</translation>
    </message>
    <message>
        <source>The gateway&apos;s policy could not be read (%1); give --resource and --endpoint.</source>
        <translation>La politique de la passerelle n&apos;a pas pu être lue (%1) ; indiquez --resource et --endpoint.</translation>
    </message>
    <message>
        <source>Added developer profile &quot;%1&quot;; sign in with &quot;latchkeyctl login&quot;.</source>
        <translation>Profil de développeur « %1 » ajouté ; connectez-vous avec « latchkeyctl login ».</translation>
    </message>
    <message>
        <source>&quot;users&quot; is not available for a developer connection: it reaches only your own tokens.</source>
        <translation>« users » n&apos;est pas disponible pour une connexion de développeur : elle n&apos;atteint que vos propres jetons.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an administrator connection to %2 (app %3); its user: %4</source>
        <translation>« %1 » est une connexion d&apos;administrateur à %2 (application %3) ; son utilisateur : %4</translation>
    </message>
    <message>
        <source>Not signed in to &quot;%1&quot;: run &quot;latchkeyctl login&quot;.</source>
        <translation>Non connecté à « %1 » : lancez « latchkeyctl login ».</translation>
    </message>
    <message>
        <source>Signed in to &quot;%1&quot; as %2%3, user ID %4, through %5</source>
        <translation>Connecté à « %1 » en tant que %2%3, ID utilisateur %4, via %5</translation>
    </message>
    <message>
        <source>%1 could not be started.</source>
        <translation>%1 n&apos;a pas pu être lancé.</translation>
    </message>
    <message>
        <source>--user is not available for a developer connection: it always acts on your own tokens.</source>
        <translation>--user n&apos;est pas disponible pour une connexion de développeur : elle agit toujours sur vos propres jetons.</translation>
    </message>
    <message>
        <source>Machine-to-machine app ID (with --gateway: the Native app you sign in with).</source>
        <translation>ID de l&apos;application machine à machine (avec --gateway : l&apos;application native avec laquelle vous vous connectez).</translation>
    </message>
    <message>
        <source>profiles add: a developer connection through this latchkey-gateway URL (you sign in as yourself).</source>
        <translation>profiles add : une connexion de développeur via cette URL de latchkey-gateway (vous vous connectez en votre nom).</translation>
    </message>
    <message>
        <source>The Native app for signing in with a code (login --device).</source>
        <translation>L&apos;application native pour se connecter avec un code (login --device).</translation>
    </message>
    <message>
        <source>login: sign in with a code on another device (no browser here).</source>
        <translation>login : se connecter avec un code sur un autre appareil (pas de navigateur ici).</translation>
    </message>
    <message>
        <source>logout: also forget your tokens&apos; values kept in the keychain.</source>
        <translation>logout : oublier aussi les valeurs de vos jetons conservées dans le trousseau.</translation>
    </message>
    <message>
        <source>exchange, run: the API resource indicator the access token is for. profiles add --gateway: the gateway&apos;s indicator (default: what the gateway&apos;s policy names).</source>
        <translation>exchange, run : l&apos;indicateur de ressource API auquel le jeton d&apos;accès est destiné. profiles add --gateway : l&apos;indicateur de la passerelle (par défaut : celui que nomme la politique de la passerelle).</translation>
    </message>
    <message>
        <source>profiles add|list|remove, login, logout, whoami, users, tokens, create, rename, expire, revoke, copy, note, inspect, batch, exchange, run, where, check</source>
        <translation>profiles add|list|remove, login, logout, whoami, users, tokens, create, rename, expire, revoke, copy, note, inspect, batch, exchange, run, where, check</translation>
    </message>
    <message>
        <source>Give a note or --clear, not both.</source>
        <translation>Indiquez une note ou --clear, pas les deux.</translation>
    </message>
    <message>
        <source>The user has no token named &quot;%1&quot;.</source>
        <translation>L’utilisateur n’a pas de jeton nommé « %1 ».</translation>
    </message>
    <message>
        <source>Removed the note on &quot;%1&quot;.</source>
        <translation>Note sur « %1 » supprimée.</translation>
    </message>
    <message>
        <source>Saved the note on &quot;%1&quot;.</source>
        <translation>Note sur « %1 » enregistrée.</translation>
    </message>
    <message>
        <source>note: remove the note.</source>
        <translation>note : supprimer la note.</translation>
    </message>
    <message>
        <source>Usage: latchkeyctl revoke NAME, or latchkeyctl revoke --all --user ID</source>
        <translation>Usage : latchkeyctl revoke NOM, ou latchkeyctl revoke --all --user ID</translation>
    </message>
    <message>
        <source>revoke --all needs the user named with --user ID.</source>
        <translation>revoke --all exige l’utilisateur, désigné par --user ID.</translation>
    </message>
    <message>
        <source>Not deleting every token of user %1 without confirmation: pass --yes when standard input is not a terminal.</source>
        <translation>Aucun jeton de l’utilisateur %1 n’est supprimé sans confirmation : passez --yes quand l’entrée standard n’est pas un terminal.</translation>
    </message>
    <message>
        <source>Delete EVERY token of user %1? [y/N] </source>
        <translation>Supprimer TOUS les jetons de l’utilisateur %1 ? [y/N] </translation>
    </message>
    <message>
        <source>Failed &quot;%1&quot;: %2</source>
        <translation>Échec « %1 » : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n token(s) were not revoked.</source>
        <translation>
            <numerusform>%1 jeton sur %n n’a pas été révoqué.</numerusform>
            <numerusform>%1 jetons sur %n n’ont pas été révoqués.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n token(s) of user %1.</source>
        <translation>
            <numerusform>%n jeton de l’utilisateur %1 révoqué.</numerusform>
            <numerusform>%n jetons de l’utilisateur %1 révoqués.</numerusform>
        </translation>
    </message>
    <message>
        <source>users: every page, not just the first; revoke: every token of the user.</source>
        <translation>users : toutes les pages, pas seulement la première ; revoke : tous les jetons de l’utilisateur.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>profiles add: try the connection first (Logto&apos;s discovery; the gateway, or the app ID and secret) and save nothing when it fails.</source>
        <translation>profiles add : essayer d’abord la connexion (la découverte de Logto ; la passerelle, ou l’ID d’application et le secret) et ne rien enregistrer en cas d’échec.</translation>
    </message>
    <message>
        <source>The token &quot;%1&quot; has a new value (printed above); the old value keeps working as &quot;%2&quot; until %3, then the next latchkeyctl command or Latchkey revokes it.</source>
        <translation>Le jeton « %1 » a une nouvelle valeur (affichée ci-dessus) ; l’ancienne valeur reste valide sous le nom « %2 » jusqu’au %3, puis la prochaine commande latchkeyctl ou Latchkey la révoque.</translation>
    </message>
    <message>
        <source>expire: keep the old value working this long (30m, 1h, 1d, 7d), renamed &quot;NAME (replaced DATE)&quot;; revoked after it.</source>
        <translation>expire : garder l’ancienne valeur valide pendant cette durée (30m, 1h, 1d, 7d), renommée « NOM (replaced DATE) » ; révoquée ensuite.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Personal access tokens for Logto.</source>
        <translation>Jetons d&apos;accès personnels pour Logto.</translation>
    </message>
    <message>
        <source>Interface language.</source>
        <translation>Langue de l&apos;interface.</translation>
    </message>
    <message>
        <source>Run on a built-in demo server.</source>
        <translation>Exécuter sur un serveur de démonstration intégré.</translation>
    </message>
    <message>
        <source>Keep the sandbox&apos;s data in this file.</source>
        <translation>Conserver les données du bac à sable dans ce fichier.</translation>
    </message>
    <message>
        <source>Extra sandbox tokens for your user.</source>
        <translation>Jetons supplémentaires du bac à sable pour votre utilisateur.</translation>
    </message>
    <message>
        <source>Exit once users and tokens are loaded.</source>
        <translation>Quitter une fois les utilisateurs et les jetons chargés.</translation>
    </message>
    <message>
        <source>Print the milliseconds to the first filled token table, then exit.</source>
        <translation>Afficher le nombre de millisecondes jusqu&apos;au premier tableau de jetons rempli, puis quitter.</translation>
    </message>
    <message>
        <source>Save pictures of each view and dialog here.</source>
        <translation>Enregistrer ici des captures de chaque vue et boîte de dialogue.</translation>
    </message>
    <message>
        <source>Start in the system tray, without opening the window.</source>
        <translation>Démarrer dans la zone de notification, sans ouvrir la fenêtre.</translation>
    </message>
</context>
</TS>
