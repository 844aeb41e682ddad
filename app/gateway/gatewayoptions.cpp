#include "app/gateway/gatewayoptions.h"

#include <latchkeyversion.h>

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSslCertificate>

using namespace Qt::StringLiterals;

namespace latchkey {

namespace {

struct Option
{
    QString name;
    QString valueName; // empty = a flag
    QString help;
};

// Every option; the INI key and the LATCHKEY_GATEWAY_* variable carry the same name.
const QList<Option> kOptions = {
    {u"config"_s, u"FILE"_s, u"INI file with any of these options as keys."_s},
    {u"logto"_s, u"URL"_s, u"Logto endpoint, e.g. https://tenant.logto.app."_s},
    {u"app-id"_s, u"ID"_s, u"The M2M app (with Management API access) the gateway acts as."_s},
    {u"secret-file"_s, u"FILE"_s,
     u"File holding the M2M app's secret (or set LATCHKEY_GATEWAY_SECRET)."_s},
    {u"resource"_s, u"URI"_s, u"The gateway's API resource indicator (its tokens' audience)."_s},
    {u"api-indicator"_s, u"URI"_s,
     u"The Management API indicator (default: derived from --logto)."_s},
    {u"listen"_s, u"ADDR:PORT"_s, u"Address and port to listen on (default 127.0.0.1:0)."_s},
    {u"scope"_s, u"SCOPE"_s, u"A scope every caller's token must carry."_s},
    {u"max-lifetime-days"_s, u"N"_s, u"Longest token lifetime allowed (default 90)."_s},
    {u"allow-never"_s, {}, u"Allow tokens that never expire."_s},
    {u"max-tokens"_s, u"N"_s, u"Most tokens one user may hold (default 20)."_s},
    {u"rate-per-minute"_s, u"N"_s, u"Changes per user and minute (default 30)."_s},
    {u"tls-cert"_s, u"PEM"_s, u"Certificate chain: serve HTTPS."_s},
    {u"tls-key"_s, u"PEM"_s, u"Private key for --tls-cert."_s},
    {u"behind-proxy"_s, {}, u"Plain HTTP behind a TLS-terminating proxy; trust X-Forwarded-For."_s},
    {u"ca-file"_s, u"PEM"_s, u"Extra CA certificates to trust for Logto."_s},
    {u"upstream-timeout"_s, u"SECONDS"_s, u"Longest wait on Logto per request (default 10)."_s},
    {u"drain-timeout"_s, u"SECONDS"_s,
     u"Longest wait for requests in flight on SIGTERM (default 30)."_s},
};

// Names that would put the secret itself on the command line or in the INI file.
const QStringList kSecretNames = {u"secret"_s, u"app-secret"_s, u"client-secret"_s, u"appsecret"_s};

QString environmentName(const QString &option)
{
    return u"LATCHKEY_GATEWAY_"_s + option.toUpper().replace(u'-', u'_');
}

bool isTrue(const QString &text)
{
    const QString t = text.trimmed().toLower();
    return t == u"1"_s || t == u"true"_s || t == u"yes"_s || t == u"on"_s;
}

} // namespace

bool GatewayOptions::parseListen(const QString &text, QHostAddress *address, quint16 *port)
{
    QString host = u"127.0.0.1"_s;
    QString portText = text.trimmed();
    const qsizetype colon = portText.lastIndexOf(u':');
    if (colon >= 0) {
        host = portText.left(colon);
        portText = portText.mid(colon + 1);
        if (host.startsWith(u'[') && host.endsWith(u']'))
            host = host.mid(1, host.size() - 2);
        else if (host.contains(u':'))
            return false; // an IPv6 address needs brackets
    }
    bool ok = false;
    const uint value = portText.toUInt(&ok);
    if (!ok || value > 65535 || !address->setAddress(host))
        return false;
    *port = quint16(value);
    return true;
}

GatewayOptions::Parsed GatewayOptions::parse(const QStringList &arguments,
                                             const QProcessEnvironment &environment)
{
    Parsed result;
    for (const QString &argument : arguments.mid(1)) {
        const QString name = argument.section(u'=', 0, 0);
        if (name.startsWith(u"--"_s) && kSecretNames.contains(name.mid(2))) {
            result.error =
                u"The app secret is never taken from the command line, where other "
                "users can read it: use --secret-file FILE or LATCHKEY_GATEWAY_SECRET."_s;
            return result;
        }
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Lets developers manage their own Logto personal access tokens, under the "
        "organisation's policy, without holding a tenant-admin secret."_s);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({u"h"_s, u"help"_s}, u"Displays help on commandline options."_s);
    const QCommandLineOption version({u"v"_s, u"version"_s}, u"Displays version information."_s);
    parser.addOption(help);
    parser.addOption(version);
    for (const Option &option : kOptions)
        parser.addOption(QCommandLineOption(option.name, option.help, option.valueName));
    if (!parser.parse(arguments)) {
        result.error = parser.errorText();
        return result;
    }
    if (parser.isSet(help)) {
        result.output = parser.helpText();
        return result;
    }
    if (parser.isSet(version)) {
        result.output = u"latchkey-gateway " LATCHKEY_VERSION "\n"_s;
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.error = u"Unexpected argument: %1"_s.arg(parser.positionalArguments().constFirst());
        return result;
    }

    // Command line, then environment, then the INI file.
    const QString configFile = parser.isSet(u"config"_s)
                                   ? parser.value(u"config"_s)
                                   : environment.value(environmentName(u"config"_s));
    std::unique_ptr<QSettings> ini;
    if (!configFile.isEmpty()) {
        if (!QFileInfo(configFile).isReadable()) {
            result.error = u"The configuration file %1 cannot be read."_s.arg(configFile);
            return result;
        }
        ini = std::make_unique<QSettings>(configFile, QSettings::IniFormat);
        if (ini->status() != QSettings::NoError) {
            result.error = u"The configuration file %1 is not valid INI."_s.arg(configFile);
            return result;
        }
        for (const QString &key : ini->allKeys()) {
            if (kSecretNames.contains(key.section(u'/', -1))) {
                result.error = u"The configuration file must not hold the app secret: put it "
                               "in a file of its own and give that as secret-file."_s;
                return result;
            }
            const QString bare = key.section(u'/', -1);
            if (std::none_of(kOptions.begin(), kOptions.end(),
                             [&bare](const Option &o) { return o.name == bare; })) {
                result.error = u"Unknown key in %1: %2"_s.arg(configFile, key);
                return result;
            }
        }
    }
    auto value = [&](const QString &name) -> QString {
        if (parser.isSet(name))
            return parser.value(name); // empty for a flag: flag() reads isSet
        if (environment.contains(environmentName(name)))
            return environment.value(environmentName(name));
        if (ini) {
            for (const QString &key : {name, u"gateway/"_s + name}) {
                if (ini->contains(key))
                    return ini->value(key).toString();
            }
        }
        return {};
    };
    auto flag = [&](const QString &name) { return parser.isSet(name) || isTrue(value(name)); };
    auto number = [&](const QString &name, int fallback, int max, int *out) {
        const QString text = value(name);
        if (text.isEmpty()) {
            *out = fallback;
            return true;
        }
        bool ok = false;
        *out = text.trimmed().toInt(&ok);
        if (!ok || *out < 1 || *out > max) {
            result.error = u"Invalid value for %1: %2"_s.arg(name, text);
            return false;
        }
        return true;
    };

    GatewayConfig config;
    config.logtoEndpoint = QUrl(value(u"logto"_s), QUrl::StrictMode);
    config.appId = value(u"app-id"_s);
    config.resource = value(u"resource"_s);
    config.apiIndicator = value(u"api-indicator"_s);
    config.requiredScope = value(u"scope"_s);
    config.tlsCertificateFile = value(u"tls-cert"_s);
    config.tlsKeyFile = value(u"tls-key"_s);
    config.behindProxy = flag(u"behind-proxy"_s);
    config.policy.allowNeverExpires = flag(u"allow-never"_s);
    const QString listen = value(u"listen"_s);
    if (!listen.isEmpty() && !parseListen(listen, &config.listenAddress, &config.listenPort)) {
        result.error = u"Invalid value for listen: %1 (give ADDRESS:PORT)"_s.arg(listen);
        return result;
    }
    int upstreamSeconds = 0, drainSeconds = 0;
    if (!number(u"max-lifetime-days"_s, 90, 36500, &config.policy.maxLifetimeDays) ||
        !number(u"max-tokens"_s, 20, 100000, &config.policy.maxTokensPerUser) ||
        !number(u"rate-per-minute"_s, 30, 100000, &config.ratePerMinute) ||
        !number(u"upstream-timeout"_s, 10, 600, &upstreamSeconds) ||
        !number(u"drain-timeout"_s, 30, 3600, &drainSeconds))
        return result;
    config.upstreamTimeout = std::chrono::seconds(upstreamSeconds);
    config.drainTimeout = std::chrono::seconds(drainSeconds);

    const QString caFile = value(u"ca-file"_s);
    if (!caFile.isEmpty()) {
        config.extraCaCertificates = QSslCertificate::fromPath(caFile);
        if (config.extraCaCertificates.isEmpty()) {
            result.error = u"No PEM certificate could be read from %1."_s.arg(caFile);
            return result;
        }
    }

    const QString secretFile = value(u"secret-file"_s);
    if (!secretFile.isEmpty()) {
        QFile file(secretFile);
        if (!file.open(QIODevice::ReadOnly)) {
            result.error = u"The secret file %1 cannot be read."_s.arg(secretFile);
            return result;
        }
        if (file.permissions() & QFileDevice::ReadOther) {
            result.error = u"The secret file %1 is readable by every user; make it readable by "
                           "the gateway only (chmod o-r)."_s.arg(secretFile);
            return result;
        }
        QByteArray bytes = file.read(4096);
        config.appSecret = SecretBytes(bytes.trimmed());
        SecretBytes::wipe(bytes);
    } else if (environment.contains(u"LATCHKEY_GATEWAY_SECRET"_s)) {
        config.appSecret =
            SecretBytes::fromString(environment.value(u"LATCHKEY_GATEWAY_SECRET"_s).trimmed());
    }

    if (const QString problem = config.problem(); !problem.isEmpty()) {
        result.error = problem;
        return result;
    }
    result.config = std::move(config);
    return result;
}

} // namespace latchkey
