<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>latchkey::AccessTokenDialog</name>
    <message numerus="yes">
        <source>The clipboard is cleared after %n second(s).</source>
        <translation>
            <numerusform>The clipboard is cleared after %n second.</numerusform>
            <numerusform>The clipboard is cleared after %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::ConnectionsDialog</name>
    <message numerus="yes">
        <source>Connected. The tenant has %n user(s).</source>
        <translation>
            <numerusform>Connected. The tenant has %n user.</numerusform>
            <numerusform>Connected. The tenant has %n users.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::EntropyEstimator</name>
    <message numerus="yes">
        <source>It repeats one character %n times in a row.</source>
        <translation>
            <numerusform>It repeats one character %n time in a row.</numerusform>
            <numerusform>It repeats one character %n times in a row.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It uses only %n different character(s).</source>
        <translation>
            <numerusform>It uses only %n different character.</numerusform>
            <numerusform>It uses only %n different characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::ExpiryChooser</name>
    <message numerus="yes">
        <source>Your policy allows tokens of at most %n day(s)</source>
        <translation>
            <numerusform>Your policy allows tokens of at most %n day</numerusform>
            <numerusform>Your policy allows tokens of at most %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your organisation allows tokens of at most %n day(s), and every token must expire.</source>
        <translation>
            <numerusform>Your organisation allows tokens of at most %n day, and every token must expire.</numerusform>
            <numerusform>Your organisation allows tokens of at most %n days, and every token must expire.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your organisation allows tokens of at most %n day(s).</source>
        <translation>
            <numerusform>Your organisation allows tokens of at most %n day.</numerusform>
            <numerusform>Your organisation allows tokens of at most %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::ExpiryFormatter</name>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>in %n minute</numerusform>
            <numerusform>in %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n hour</numerusform>
            <numerusform>in %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n minute(s) ago</source>
        <translation>
            <numerusform>expired %n minute ago</numerusform>
            <numerusform>expired %n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n hour(s) ago</source>
        <translation>
            <numerusform>expired %n hour ago</numerusform>
            <numerusform>expired %n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>expired %n day ago</numerusform>
            <numerusform>expired %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::ExpiryNotice</name>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::ExpirySpec</name>
    <message numerus="yes">
        <source>Tokens that never expire are not allowed; the longest lifetime is %n day(s).</source>
        <translation>
            <numerusform>Tokens that never expire are not allowed; the longest lifetime is %n day.</numerusform>
            <numerusform>Tokens that never expire are not allowed; the longest lifetime is %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The longest allowed lifetime is %n day(s).</source>
        <translation>
            <numerusform>The longest allowed lifetime is %n day.</numerusform>
            <numerusform>The longest allowed lifetime is %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::GenerateTokenDialog</name>
    <message numerus="yes">
        <source>You may hold at most %n token(s).</source>
        <translation>
            <numerusform>You may hold at most %n token.</numerusform>
            <numerusform>You may hold at most %n tokens.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your organisation wants names of at least %n character(s).</source>
        <translation>
            <numerusform>Your organisation wants names of at least %n character.</numerusform>
            <numerusform>Your organisation wants names of at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You already hold %n token(s), the most your organisation allows. Revoke one first.</source>
        <translation>
            <numerusform>You already hold %n token, the most your organisation allows. Revoke one first.</numerusform>
            <numerusform>You already hold %n tokens, the most your organisation allows. Revoke one first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::InspectorPage</name>
    <message numerus="yes">
        <source>%1 · %n character(s)</source>
        <translation>
            <numerusform>%1 · %n character</numerusform>
            <numerusform>%1 · %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::JwsParser</name>
    <message numerus="yes">
        <source>The token has %n part(s) separated by dots; a compact JWS has exactly 3.</source>
        <translation>
            <numerusform>The token has %n part separated by dots; a compact JWS has exactly 3.</numerusform>
            <numerusform>The token has %n parts separated by dots; a compact JWS has exactly 3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::KeySourceSelector</name>
    <message numerus="yes">
        <source>HMAC secret set (%n byte(s)).</source>
        <translation>
            <numerusform>HMAC secret set (%n byte).</numerusform>
            <numerusform>HMAC secret set (%n bytes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) loaded from %1.</source>
        <translation>
            <numerusform>%n key loaded from %1.</numerusform>
            <numerusform>%n keys loaded from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::MainWindow</name>
    <message numerus="yes">
        <source>Clipboard clears in %n s</source>
        <translation>
            <numerusform>Clipboard clears in %n s</numerusform>
            <numerusform>Clipboard clears in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::OverlapDuration</name>
    <message numerus="yes">
        <source>The old value can keep working for at most %n day(s).</source>
        <translation>
            <numerusform>The old value can keep working for at most %n day.</numerusform>
            <numerusform>The old value can keep working for at most %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
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
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::RelativeTime</name>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::ReminderTray</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) need attention</source>
        <translation>
            <numerusform>%n token need attention</numerusform>
            <numerusform>%n tokens need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expiring within %1: %n token(s)</source>
        <translation>
            <numerusform>Expiring within %1: %n token</numerusform>
            <numerusform>Expiring within %1: %n tokens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::RevokeAllDialog</name>
    <message numerus="yes">
        <source>all %n token(s) of %1</source>
        <translation>
            <numerusform>all %n token of %1</numerusform>
            <numerusform>all %n tokens of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoked %1 of %n token(s) of %2.</source>
        <translation>
            <numerusform>Revoked %1 of %n token of %2.</numerusform>
            <numerusform>Revoked %1 of %n tokens of %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be revoked or cleaned up:</source>
        <translation>
            <numerusform>%n could not be revoked or cleaned up:</numerusform>
            <numerusform>%n could not be revoked or cleaned up:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::ScanPage</name>
    <message numerus="yes">
        <source>Scanning: %n file(s) read</source>
        <translation>
            <numerusform>Scanning: %n file read</numerusform>
            <numerusform>Scanning: %n files read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copies found so far.</source>
        <translation>
            <numerusform>%n copy found so far.</numerusform>
            <numerusform>%n copies found so far.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scan cancelled after %n file(s).</source>
        <translation>
            <numerusform>Scan cancelled after %n file.</numerusform>
            <numerusform>Scan cancelled after %n files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scanned %n file(s) at %1.</source>
        <translation>
            <numerusform>Scanned %n file at %1.</numerusform>
            <numerusform>Scanned %n files at %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copies found.</source>
        <translation>
            <numerusform>%n copy found.</numerusform>
            <numerusform>%n copies found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) skipped.</source>
        <translation>
            <numerusform>%n file skipped.</numerusform>
            <numerusform>%n files skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoked or expired tokens: %n copies found. Whatever reads them no longer works; replace them with a current token.</source>
        <translation>
            <numerusform>Revoked or expired tokens: %n copy found. Whatever reads them no longer works; replace them with a current token.</numerusform>
            <numerusform>Revoked or expired tokens: %n copies found. Whatever reads them no longer works; replace them with a current token.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::SetExpiryDialog</name>
    <message numerus="yes">
        <source>%n tokens of %1, each rotated in turn:</source>
        <translation>
            <numerusform>%n tokens of %1, each rotated in turn:</numerusform>
            <numerusform>%n tokens of %1, each rotated in turn:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Rotate %n Tokens</source>
        <translation>
            <numerusform>&amp;Rotate %n Tokens</numerusform>
            <numerusform>&amp;Rotate %n Tokens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::TokenInspector</name>
    <message numerus="yes">
        <source>%n byte(s), not a JSON object</source>
        <translation>
            <numerusform>%n byte, not a JSON object</numerusform>
            <numerusform>%n bytes, not a JSON object</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::TokenListModel</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::TokenNotes</name>
    <message numerus="yes">
        <source>it is larger than %n MiB.</source>
        <translation>
            <numerusform>it is larger than %n MiB.</numerusform>
            <numerusform>it is larger than %n MiB.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A note may be at most %n character(s) long.</source>
        <translation>
            <numerusform>A note may be at most %n character long.</numerusform>
            <numerusform>A note may be at most %n characters long.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::TokensPage</name>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n expired or expiring soon</source>
        <translation>
            <numerusform>, %n expired or expiring soon</numerusform>
            <numerusform>, %n expired or expiring soon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n tokens of %1?</source>
        <translation>
            <numerusform>Revoke %n token of %1?</numerusform>
            <numerusform>Revoke %n tokens of %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Revoke</source>
        <translation>
            <numerusform>&amp;Revoke</numerusform>
            <numerusform>&amp;Revoke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoking %n token(s)…</source>
        <translation>
            <numerusform>Revoking %n token…</numerusform>
            <numerusform>Revoking %n tokens…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n token(s).</source>
        <translation>
            <numerusform>Revoked %n token.</numerusform>
            <numerusform>Revoked %n tokens.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is still in %n file(s): %2</source>
        <translation>
            <numerusform>“%1” is still in %n file: %2</numerusform>
            <numerusform>“%1” is still in %n files: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This token is still in %n file(s): %1 — revoke anyway?</source>
        <translation>
            <numerusform>This token is still in %n file: %1 — revoke anyway?</numerusform>
            <numerusform>This token is still in %n files: %1 — revoke anyway?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This token is still in %n file(s): %1 — the old value there stops working once the token is rotated.</source>
        <translation>
            <numerusform>This token is still in %n file: %1 — the old value there stops working once the token is rotated.</numerusform>
            <numerusform>This token is still in %n files: %1 — the old value there stops working once the token is rotated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied an access token for %1 from “%2”; it is valid for %n minute(s).</source>
        <translation>
            <numerusform>Copied an access token for %1 from “%2”; it is valid for %n minute.</numerusform>
            <numerusform>Copied an access token for %1 from “%2”; it is valid for %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is in %n place(s), as scanned on %2:</source>
        <translation>
            <numerusform>“%1” is in %n place, as scanned on %2:</numerusform>
            <numerusform>“%1” is in %n places, as scanned on %2:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n Token(s)</source>
        <translation>
            <numerusform>Revoke %n Token</numerusform>
            <numerusform>Revoke %n Tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n of your tokens?</source>
        <translation>
            <numerusform>Revoke %n of your tokens?</numerusform>
            <numerusform>Revoke %n of your tokens?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoked %1 of %n token(s).</source>
        <translation>
            <numerusform>Revoked %1 of %n token.</numerusform>
            <numerusform>Revoked %1 of %n tokens.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be revoked or cleaned up:</source>
        <translation>
            <numerusform>%n could not be revoked or cleaned up:</numerusform>
            <numerusform>%n could not be revoked or cleaned up:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rotating %n token(s)…</source>
        <translation>
            <numerusform>Rotating %n token…</numerusform>
            <numerusform>Rotating %n tokens…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gave %1 of %n token(s) a new expiry and a new value.</source>
        <translation>
            <numerusform>Gave %1 of %n token a new expiry and a new value.</numerusform>
            <numerusform>Gave %1 of %n tokens a new expiry and a new value.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set a new expiry on %n token(s).</source>
        <translation>
            <numerusform>Set a new expiry on %n token.</numerusform>
            <numerusform>Set a new expiry on %n tokens.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::UserPickerDialog</name>
    <message numerus="yes">
        <source>%n user(s) found</source>
        <translation>
            <numerusform>%n user found</numerusform>
            <numerusform>%n users found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::UsersPage</name>
    <message numerus="yes">
        <source>%1 of %n user(s) — scroll for more</source>
        <translation>
            <numerusform>%1 of %n user — scroll for more</numerusform>
            <numerusform>%1 of %n users — scroll for more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkeyctl</name>
    <message numerus="yes">
        <source>%n copies found; %1 files read (%2), %3 skipped.</source>
        <translation>
            <numerusform>%n copy found; %1 files read (%2), %3 skipped.</numerusform>
            <numerusform>%n copies found; %1 files read (%2), %3 skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) expired or expiring among the users checked (%1).</source>
        <translation>
            <numerusform>%n token expired or expiring among the users checked (%1).</numerusform>
            <numerusform>%n tokens expired or expiring among the users checked (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n token(s) were not revoked.</source>
        <translation>
            <numerusform>%1 of %n token were not revoked.</numerusform>
            <numerusform>%1 of %n tokens were not revoked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n token(s) of user %1.</source>
        <translation>
            <numerusform>Revoked %n token of user %1.</numerusform>
            <numerusform>Revoked %n tokens of user %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
