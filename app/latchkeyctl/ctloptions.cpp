#include "app/latchkeyctl/ctloptions.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace latchkey {

CtlOptions::CtlOptions()
{
    m_parser.setApplicationDescription(QCoreApplication::translate(
        "latchkeyctl", "Manages personal access tokens on a Logto tenant, like the Latchkey app."));
    m_parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    add(u"profile"_s,
        QCoreApplication::translate("latchkeyctl",
                                    "Connection profile (default: the current one)."),
        u"NAME"_s);
    add(u"json"_s, QCoreApplication::translate("latchkeyctl", "Print JSON."));
    add(u"user"_s,
        QCoreApplication::translate("latchkeyctl", "User ID (default: the profile's user)."),
        u"ID"_s);
    add(u"endpoint"_s, QCoreApplication::translate("latchkeyctl", "Logto endpoint URL."), u"URL"_s);
    add(u"app-id"_s,
        QCoreApplication::translate("latchkeyctl",
                                    "Machine-to-machine app ID (with --gateway: the Native app "
                                    "you sign in with)."),
        u"ID"_s);
    add(u"gateway"_s,
        QCoreApplication::translate("latchkeyctl",
                                    "profiles add: a developer connection through this "
                                    "latchkey-gateway URL (you sign in as yourself)."),
        u"URL"_s);
    add(u"device-app-id"_s,
        QCoreApplication::translate("latchkeyctl",
                                    "The Native app for signing in with a code (login --device)."),
        u"ID"_s);
    add(u"device"_s, QCoreApplication::translate(
                         "latchkeyctl", "login: sign in with a code on another device (no browser "
                                        "here)."));
    add(u"forget-cached"_s,
        QCoreApplication::translate("latchkeyctl",
                                    "logout: also forget your tokens' values kept in the "
                                    "keychain."));
    add(u"api-indicator"_s,
        QCoreApplication::translate("latchkeyctl", "Management API indicator (default: derived)."),
        u"URI"_s);
    add(u"ca-file"_s,
        QCoreApplication::translate("latchkeyctl", "Extra trusted CA certificates (PEM)."),
        u"PEM"_s);
    add(u"check"_s, QCoreApplication::translate(
                        "latchkeyctl", "profiles add: try the connection first (Logto's discovery; "
                                       "the gateway, or the app ID and secret) and save nothing "
                                       "when it fails."));
    add(u"allow-plain-http"_s,
        QCoreApplication::translate("latchkeyctl", "Allow plain HTTP to a non-loopback host."));
    add(u"secret-stdin"_s,
        QCoreApplication::translate("latchkeyctl", "Read the app secret from standard input."));
    add(u"search"_s, QCoreApplication::translate("latchkeyctl", "Search text."), u"TEXT"_s);
    add(u"all"_s, QCoreApplication::translate(
                      "latchkeyctl",
                      "users: every page, not just the first; revoke: every token of the user."));
    add(u"expires"_s,
        QCoreApplication::translate("latchkeyctl", "DAYS, YYYY-MM-DD or never (default: never, "
                                                   "or the longest allowed lifetime)."),
        u"WHEN"_s);
    add(u"keep-old"_s,
        QCoreApplication::translate("latchkeyctl",
                                    "expire: keep the old value working this long (30m, 1h, 1d, "
                                    "7d), renamed \"NAME (replaced DATE)\"; revoked after it."),
        u"DURATION"_s);
    add(u"yes"_s, QCoreApplication::translate("latchkeyctl", "Do not ask for confirmation."));
    add(u"clear"_s, QCoreApplication::translate("latchkeyctl", "note: remove the note."));
    add(u"jwks"_s,
        QCoreApplication::translate("latchkeyctl",
                                    "inspect: verify JWTs against this JWKS (a file or a URL)."),
        u"FILE|URL"_s);
    add(u"key"_s,
        QCoreApplication::translate(
            "latchkeyctl", "inspect: verify JWTs against this PEM public key or certificate."),
        u"PEM"_s);
    add(u"hmac-secret-stdin"_s,
        QCoreApplication::translate("latchkeyctl",
                                    "inspect: the first line of standard input is the HMAC "
                                    "secret, the second the token."));
    add(u"online"_s,
        QCoreApplication::translate("latchkeyctl",
                                    "inspect: also test a Logto PAT against the profile's server "
                                    "(sends the token there)."));
    add(u"resource"_s,
        QCoreApplication::translate("latchkeyctl",
                                    "exchange, run: the API resource indicator the access token "
                                    "is for. profiles add --gateway: the gateway's indicator "
                                    "(default: what the gateway's policy names)."),
        u"URI"_s);
    add(u"scope"_s,
        QCoreApplication::translate("latchkeyctl",
                                    "exchange, run: a scope to ask for (repeat for more)."),
        u"SCOPE"_s);
    add(u"organization"_s,
        QCoreApplication::translate("latchkeyctl", "exchange, run: an organization token for "
                                                   "this organization."),
        u"ID"_s);
    add(u"env"_s,
        QCoreApplication::translate("latchkeyctl", "run: the environment variable that carries "
                                                   "the token (default: LATCHKEY_ACCESS_TOKEN)."),
        u"VAR"_s);
    add(u"pat"_s,
        QCoreApplication::translate("latchkeyctl", "run: hand over the personal access token "
                                                   "itself (long-lived) instead of an access "
                                                   "token."));
    add(u"path"_s,
        QCoreApplication::translate("latchkeyctl", "where: scan this file or folder instead of "
                                                   "the places in Settings (repeat for more)."),
        u"DIR"_s);
    add(u"within"_s,
        QCoreApplication::translate("latchkeyctl", "check: tokens that expire within this many "
                                                   "days (default: the app's \"expiring soon\")."),
        u"DAYS"_s);
    add(u"all-users"_s,
        QCoreApplication::translate("latchkeyctl", "check: every user's tokens (admins)."));
    m_parser.addPositionalArgument(
        u"command"_s,
        QCoreApplication::translate(
            "latchkeyctl", "profiles add|list|remove, login, logout, whoami, users, tokens, "
                           "create, rename, expire, revoke, copy, note, inspect, batch, exchange, "
                           "run, where, check"));
}

bool CtlOptions::parse(const QStringList &arguments)
{
    return m_parser.parse(arguments);
}

void CtlOptions::add(const QString &name, const QString &description, const QString &valueName)
{
    m_parser.addOption(QCommandLineOption(name, description, valueName));
}

} // namespace latchkey
