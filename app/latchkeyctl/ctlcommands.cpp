#include "app/latchkeyctl/ctlcommands.h"

#include "app/latchkeyctl/ctlinspect.h"
#include "app/latchkeyctl/ctloutput.h"
#include "model/domain/expiryspec.h"
#include "model/domain/tokenstatus.h"
#include "model/offline/snapshotrecorder.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

#include <latchkeyversion.h>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace latchkey {

namespace {
QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue isoOrNull(const std::optional<QDateTime> &when)
{
    return when && when->isValid() ? QJsonValue(when->toUTC().toString(Qt::ISODateWithMs))
                                   : QJsonValue();
}

QString statusName(TokenStatus status)
{
    switch (status) {
    case TokenStatus::Active:
        return u"active"_s;
    case TokenStatus::ExpiringSoon:
        return u"expiring-soon"_s;
    case TokenStatus::Expired:
        return u"expired"_s;
    case TokenStatus::NeverExpires:
        return u"never-expires"_s;
    }
    return {};
}

QJsonObject tokenJson(const PersonalAccessToken &token)
{
    return QJsonObject{{u"name"_s, token.name},
                       {u"userId"_s, token.userId},
                       {u"createdAt"_s, isoOrNull(token.createdAt)},
                       {u"expiresAt"_s, isoOrNull(token.expiresAt)}};
}

QString localDate(const std::optional<QDateTime> &when)
{
    if (!when)
        return QCoreApplication::translate("latchkeyctl", "never");
    return QLocale().toString(when->toLocalTime(), QLocale::ShortFormat);
}
} // namespace

CtlCommands::CtlCommands(QObject *parent)
    : QObject(parent)
{
    addOptions();
    addCommands();
}

void CtlCommands::addOptions()
{
    m_parser.setApplicationDescription(QCoreApplication::translate(
        "latchkeyctl", "Manages personal access tokens on a Logto tenant, like the Latchkey app."));
    m_parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    const auto add = [this](const QString &name, const QString &description,
                            const QString &valueName = {}) {
        auto option = std::make_unique<QCommandLineOption>(name, description, valueName);
        m_parser.addOption(*option);
        m_options.insert(name, option.get());
        m_ownedOptions.push_back(std::move(option));
    };
    add(u"profile"_s,
        QCoreApplication::translate("latchkeyctl",
                                    "Connection profile (default: the current one)."),
        u"NAME"_s);
    add(u"json"_s, QCoreApplication::translate("latchkeyctl", "Print JSON."));
    add(u"user"_s,
        QCoreApplication::translate("latchkeyctl", "User ID (default: the profile's user)."),
        u"ID"_s);
    add(u"endpoint"_s, QCoreApplication::translate("latchkeyctl", "Logto endpoint URL."), u"URL"_s);
    add(u"app-id"_s, QCoreApplication::translate("latchkeyctl", "Machine-to-machine app ID."),
        u"ID"_s);
    add(u"api-indicator"_s,
        QCoreApplication::translate("latchkeyctl", "Management API indicator (default: derived)."),
        u"URI"_s);
    add(u"ca-file"_s,
        QCoreApplication::translate("latchkeyctl", "Extra trusted CA certificates (PEM)."),
        u"PEM"_s);
    add(u"allow-plain-http"_s,
        QCoreApplication::translate("latchkeyctl", "Allow plain HTTP to a non-loopback host."));
    add(u"secret-stdin"_s,
        QCoreApplication::translate("latchkeyctl", "Read the app secret from standard input."));
    add(u"search"_s, QCoreApplication::translate("latchkeyctl", "Search text."), u"TEXT"_s);
    add(u"all"_s, QCoreApplication::translate("latchkeyctl", "Every page, not just the first."));
    add(u"expires"_s,
        QCoreApplication::translate("latchkeyctl", "DAYS, YYYY-MM-DD or never (default: never, "
                                                   "or the longest allowed lifetime)."),
        u"WHEN"_s);
    add(u"yes"_s, QCoreApplication::translate("latchkeyctl", "Do not ask for confirmation."));
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
    m_parser.addPositionalArgument(
        u"command"_s,
        QCoreApplication::translate(
            "latchkeyctl", "profiles add|list|remove, users, tokens, create, rename, expire, "
                           "revoke, copy, inspect, batch"));
}

void CtlCommands::addCommands()
{
    const QStringList profileOptions{u"endpoint"_s,    u"app-id"_s,  u"api-indicator"_s,
                                     u"user"_s,        u"ca-file"_s, u"allow-plain-http"_s,
                                     u"secret-stdin"_s};
    m_commands = {
        {u"profiles add"_s, {{u"NAME"_s}, profileOptions, false, [this] { profilesAdd(); }}},
        {u"profiles list"_s, {{}, {}, false, [this] { profilesList(); }}},
        {u"profiles remove"_s, {{u"NAME"_s}, {}, false, [this] { profilesRemove(); }}},
        {u"users"_s, {{}, {u"search"_s, u"all"_s}, true, [this] { users(); }}},
        {u"tokens"_s, {{}, {u"user"_s}, true, [this] { tokens(); }}},
        {u"create"_s, {{u"NAME"_s}, {u"user"_s, u"expires"_s}, true, [this] { create(); }}},
        {u"rename"_s, {{u"NAME"_s, u"NEWNAME"_s}, {u"user"_s}, true, [this] { rename(); }}},
        {u"expire"_s, {{u"NAME"_s, u"WHEN"_s}, {u"user"_s}, true, [this] { expire(); }}},
        {u"revoke"_s, {{u"NAME"_s}, {u"user"_s, u"yes"_s}, true, [this] { revoke(); }}},
        {u"copy"_s, {{u"NAME"_s}, {u"user"_s}, true, [this] { copy(); }}},
        {u"inspect"_s,
         {{},
          {u"jwks"_s, u"key"_s, u"hmac-secret-stdin"_s, u"online"_s},
          false,
          [this] { inspect(); }}},
        {u"batch"_s, {{}, {}, true, [this] { batch(); }}},
    };
}

void CtlCommands::run(const QStringList &arguments)
{
    if (!m_parser.parse(arguments)) {
        fail(m_parser.errorText(), Usage);
        return;
    }
    if (m_parser.isSet(u"help"_s)) {
        CtlOutput::line(m_parser.helpText().trimmed());
        finish(Success);
        return;
    }
    if (m_parser.isSet(u"version"_s)) {
        CtlOutput::line(u"latchkeyctl " LATCHKEY_VERSION ""_s);
        finish(Success);
        return;
    }
    m_json = m_parser.isSet(u"json"_s) || m_batchJson;

    QStringList positional = m_parser.positionalArguments();
    if (positional.isEmpty()) {
        fail(
            QCoreApplication::translate("latchkeyctl", "No command given; see latchkeyctl --help."),
            Usage);
        return;
    }
    QString name = positional.takeFirst();
    if (name == u"profiles"_s) {
        if (positional.isEmpty()) {
            fail(QCoreApplication::translate("latchkeyctl",
                                             "Say what to do with profiles: add, list or remove."),
                 Usage);
            return;
        }
        name += u' ' + positional.takeFirst();
    }
    const auto command = m_commands.constFind(name);
    if (command == m_commands.constEnd()) {
        fail(QCoreApplication::translate("latchkeyctl", "Unknown command \"%1\"; see latchkeyctl "
                                                        "--help.")
                 .arg(name),
             Usage);
        return;
    }
    // A batch runs only what works on its open profile, and has standard input.
    if (m_batch && (!command->needsService || name == u"batch"_s)) {
        fail(QCoreApplication::translate("latchkeyctl", "\"%1\" cannot run inside a batch.")
                 .arg(name),
             Usage);
        return;
    }
    if (m_batch && m_parser.isSet(u"profile"_s)) {
        fail(QCoreApplication::translate("latchkeyctl",
                                         "A batch works on one profile: give --profile to "
                                         "\"batch\" itself."),
             Usage);
        return;
    }
    for (const QString &option : m_parser.optionNames()) {
        const QString longName = option.size() == 1 ? QString() : option;
        if (longName == u"profile"_s || longName == u"json"_s)
            continue;
        if (!command->options.contains(longName)) {
            fail(QCoreApplication::translate("latchkeyctl",
                                             "The option --%1 does not apply to \"%2\".")
                     .arg(option, name),
                 Usage);
            return;
        }
    }
    if (positional.size() != command->positional.size()) {
        fail(QCoreApplication::translate("latchkeyctl", "Usage: latchkeyctl %1 %2")
                 .arg(name, command->positional.join(u' ')),
             Usage);
        return;
    }
    m_arguments = positional;
    if (command->needsService && !m_batch)
        openService(command->run);
    else
        command->run();
}

void CtlCommands::openService(std::function<void()> next)
{
    m_session.open(m_parser.value(u"profile"_s), [this, next](const QString &error) {
        if (!error.isEmpty()) {
            fail(error);
            return;
        }
        connect(m_session.service(), &TokenService::rotationStepRecorded, this,
                [this](const QString &step) { emit rotationStepRecorded(step); });
        connect(m_session.service(), &TokenService::generateStepRecorded, this,
                [this](const QString &step) { emit rotationStepRecorded(u"generate-"_s + step); });
        m_session.service()->resumePending(this, [next](const QList<ResumeOutcome> &outcomes) {
            for (const ResumeOutcome &outcome : outcomes)
                CtlOutput::note(outcome.message);
            next();
        });
    });
}

QString CtlCommands::requireUserId()
{
    const QString user = userId();
    if (user.isEmpty())
        fail(QCoreApplication::translate("latchkeyctl", "No user given: pass --user ID or set "
                                                        "the profile's user."),
             Usage);
    return user;
}

QString CtlCommands::userId() const
{
    const QString given = m_parser.value(u"user"_s);
    return given.isEmpty() ? m_session.profile().userId : given;
}

void CtlCommands::profilesAdd()
{
    if (!m_parser.isSet(u"secret-stdin"_s)) {
        fail(QCoreApplication::translate("latchkeyctl",
                                         "The app secret is read from standard input only: pass "
                                         "--secret-stdin and pipe it in."),
             Usage);
        return;
    }
    ConnectionProfile profile;
    profile.name = argument(0);
    profile.endpoint = QUrl(m_parser.value(u"endpoint"_s), QUrl::StrictMode);
    profile.appId = m_parser.value(u"app-id"_s);
    profile.apiIndicator = m_parser.value(u"api-indicator"_s);
    profile.userId = m_parser.value(u"user"_s);
    profile.caFile = m_parser.value(u"ca-file"_s);
    profile.allowPlainHttp = m_parser.isSet(u"allow-plain-http"_s);

    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly)) {
        fail(QCoreApplication::translate("latchkeyctl", "Cannot read standard input."));
        return;
    }
    QByteArray raw = input.readAll();
    QByteArray trimmed = raw.trimmed();
    SecretBytes::wipe(raw);
    SecretBytes secret(std::move(trimmed));
    if (secret.isEmpty()) {
        fail(QCoreApplication::translate("latchkeyctl", "No app secret arrived on standard input."),
             Usage);
        return;
    }
    m_session.profiles().add(profile, secret, this, [this, profile](SecretStore::Outcome outcome) {
        if (!outcome.ok()) {
            fail(outcome.message.isEmpty() ? SecretStore::messageFor(outcome.status)
                                           : outcome.message);
            return;
        }
        if (m_session.appSettings().currentProfile().isEmpty() ||
            !m_session.profiles().contains(m_session.appSettings().currentProfile()))
            m_session.appSettings().setCurrentProfile(profile.name);
        if (m_json)
            CtlOutput::json(QJsonObject{{u"name"_s, profile.name},
                                        {u"endpoint"_s, profile.endpoint.toString()}});
        else
            CtlOutput::line(QCoreApplication::translate("latchkeyctl", "Added profile \"%1\".")
                                .arg(profile.name));
        succeed();
    });
}

void CtlCommands::profilesList()
{
    const QString current = m_session.appSettings().currentProfile();
    QJsonArray array;
    QList<QStringList> rows;
    for (const ConnectionProfile &profile : m_session.profiles().list()) {
        array.append(QJsonObject{{u"name"_s, profile.name},
                                 {u"endpoint"_s, profile.endpoint.toString()},
                                 {u"appId"_s, profile.appId},
                                 {u"apiIndicator"_s, orNull(profile.apiIndicator)},
                                 {u"userId"_s, orNull(profile.userId)},
                                 {u"current"_s, profile.name == current}});
        rows.append({profile.name == current ? u"*"_s : QString(), profile.name,
                     profile.endpoint.toString(), profile.appId, profile.userId});
    }
    if (m_json)
        CtlOutput::json(array);
    else
        CtlOutput::table({QString(), QCoreApplication::translate("latchkeyctl", "NAME"),
                          QCoreApplication::translate("latchkeyctl", "ENDPOINT"),
                          QCoreApplication::translate("latchkeyctl", "APP ID"),
                          QCoreApplication::translate("latchkeyctl", "USER")},
                         rows);
    succeed();
}

void CtlCommands::profilesRemove()
{
    const QString name = argument(0);
    if (!m_session.profiles().contains(name)) {
        fail(QCoreApplication::translate("latchkeyctl", "There is no connection profile named "
                                                        "\"%1\".")
                 .arg(name));
        return;
    }
    m_session.profiles().remove(name, this, [this, name](SecretStore::Outcome outcome) {
        if (m_session.appSettings().currentProfile() == name) {
            const QStringList rest = m_session.profiles().names();
            m_session.appSettings().setCurrentProfile(rest.value(0));
        }
        if (!outcome.ok()) {
            fail(QCoreApplication::translate("latchkeyctl", "Removed profile \"%1\", but its app "
                                                            "secret stays in the keychain: %2")
                     .arg(name, outcome.message));
            return;
        }
        if (!m_json)
            CtlOutput::line(
                QCoreApplication::translate("latchkeyctl", "Removed profile \"%1\".").arg(name));
        else
            CtlOutput::json(QJsonObject{{u"name"_s, name}, {u"removed"_s, true}});
        succeed();
    });
}

void CtlCommands::users()
{
    fetchUsers(1, {});
}

void CtlCommands::fetchUsers(int page, QList<User> collected)
{
    UserQuery query;
    query.search = m_parser.value(u"search"_s);
    query.page = page;
    query.pageSize = 100;
    m_session.client()->listUsers(query, this, [this, collected](Result<UserPage> result) mutable {
        if (!result) {
            fail(result.error().userMessage());
            return;
        }
        const UserPage &page = result.value();
        collected.append(page.users);
        const bool more =
            m_parser.isSet(u"all"_s) && !page.users.isEmpty() && collected.size() < page.total;
        if (more) {
            fetchUsers(page.page + 1, collected);
            return;
        }
        QJsonArray array;
        QList<QStringList> rows;
        for (const User &user : collected) {
            array.append(QJsonObject{{u"id"_s, user.id},
                                     {u"username"_s, orNull(user.username)},
                                     {u"name"_s, orNull(user.name)},
                                     {u"primaryEmail"_s, orNull(user.primaryEmail)}});
            rows.append({user.id, user.username, user.name, user.primaryEmail});
        }
        if (m_json)
            CtlOutput::json(array);
        else
            CtlOutput::table({QCoreApplication::translate("latchkeyctl", "ID"),
                              QCoreApplication::translate("latchkeyctl", "USERNAME"),
                              QCoreApplication::translate("latchkeyctl", "NAME"),
                              QCoreApplication::translate("latchkeyctl", "EMAIL")},
                             rows);
        succeed();
    });
}

void CtlCommands::tokens()
{
    const QString user = requireUserId();
    if (user.isEmpty())
        return;
    m_session.client()->listTokens(
        user, this, [this, user](Result<QList<PersonalAccessToken>> result) {
            if (!result) {
                fail(TokenError::fromApi(result.error(), user).message);
                return;
            }
            struct State
            {
                QList<PersonalAccessToken> tokens;
                QList<std::optional<bool>> cached;
                qsizetype open = 0;
                QString keychainProblem;
            };
            remember([&](const SnapshotRecorder &recorder, QString *error) {
                return recorder.recordList(m_session.profile().name, m_session.endpointKey(), user,
                                           QString(), result.value(), error);
            });
            auto state = std::make_shared<State>();
            state->tokens = result.value();
            std::sort(state->tokens.begin(), state->tokens.end(),
                      [](const PersonalAccessToken &a, const PersonalAccessToken &b) {
                          return a.name < b.name;
                      });
            state->cached.resize(state->tokens.size());
            state->open = state->tokens.size();
            auto print = [this, state] {
                if (!state->keychainProblem.isEmpty())
                    CtlOutput::note(state->keychainProblem);
                const QDateTime now = QDateTime::currentDateTimeUtc();
                const int soon = m_session.appSettings().expiringSoonDays();
                QJsonArray array;
                QList<QStringList> rows;
                for (qsizetype i = 0; i < state->tokens.size(); ++i) {
                    const PersonalAccessToken &token = state->tokens[i];
                    const QString status = statusName(tokenStatus(token.expiresAt, now, soon));
                    const std::optional<bool> cached = state->cached[i];
                    QJsonObject object = tokenJson(token);
                    object.insert(u"status"_s, status);
                    object.insert(u"cached"_s, cached ? QJsonValue(*cached) : QJsonValue());
                    object.insert(u"fingerprint"_s, QString::fromLatin1(token.fingerprint));
                    array.append(object);
                    rows.append({token.name, status, localDate(token.expiresAt),
                                 !cached   ? u"?"_s
                                 : *cached ? QCoreApplication::translate("latchkeyctl", "yes")
                                           : QCoreApplication::translate("latchkeyctl", "no"),
                                 QString::fromLatin1(token.fingerprint.left(12))});
                }
                if (m_json)
                    CtlOutput::json(array);
                else
                    CtlOutput::table({QCoreApplication::translate("latchkeyctl", "NAME"),
                                      QCoreApplication::translate("latchkeyctl", "STATUS"),
                                      QCoreApplication::translate("latchkeyctl", "EXPIRES"),
                                      QCoreApplication::translate("latchkeyctl", "CACHED"),
                                      QCoreApplication::translate("latchkeyctl", "FINGERPRINT")},
                                     rows);
                succeed();
            };
            if (state->tokens.isEmpty()) {
                print();
                return;
            }
            // Asking the keychain itself (not the cache's index) is the truth, and
            // repairs the index on the way; the values are wiped at once.
            for (qsizetype i = 0; i < state->tokens.size(); ++i) {
                m_session.cache()->fetch(
                    m_session.endpointKey(), state->tokens[i].fingerprint, this,
                    [state, i, print](SecretStore::Outcome outcome, SecretBytes value) {
                        value.clear();
                        if (outcome.ok())
                            state->cached[i] = true;
                        else if (outcome.status == SecretStore::Outcome::Status::NotFound)
                            state->cached[i] = false;
                        else
                            state->keychainProblem = outcome.message;
                        if (--state->open == 0)
                            print();
                    });
            }
        });
}

void CtlCommands::remember(
    const std::function<bool(const SnapshotRecorder &, QString *)> &record) const
{
    QString error;
    if (!record(SnapshotRecorder(&m_session.snapshots()), &error))
        CtlOutput::note(QCoreApplication::translate(
                            "latchkeyctl", "Could not keep an offline copy of the tokens: %1")
                            .arg(error));
}

void CtlCommands::printIssued(const IssuedToken &issued)
{
    remember([&](const SnapshotRecorder &recorder, QString *error) {
        return recorder.recordIssued(m_session.profile().name, m_session.endpointKey(), QString(),
                                     issued.token, error);
    });
    if (m_json) {
        QJsonObject object = tokenJson(issued.token);
        object.insert(u"cached"_s, issued.cached);
        if (issued.replaced)
            object.insert(u"valueChanged"_s, true);
        CtlOutput::jsonWithSecret(object, issued.value);
    } else {
        CtlOutput::secretLine(issued.value);
    }
    if (issued.replaced)
        CtlOutput::note(QCoreApplication::translate(
                            "latchkeyctl", "The token \"%1\" has a new value (printed above); "
                                           "the old value no longer works.")
                            .arg(issued.token.name));
    if (!issued.cached)
        CtlOutput::note(QCoreApplication::translate("latchkeyctl",
                                                    "The value is NOT saved in the keychain (%1); "
                                                    "keep it now, it cannot be shown again.")
                            .arg(issued.cacheError));
}

void CtlCommands::create()
{
    const QString user = requireUserId();
    if (user.isEmpty())
        return;
    std::optional<ExpirySpec> expiry;
    if (m_parser.isSet(u"expires"_s)) {
        QString error;
        expiry = ExpirySpec::parse(m_parser.value(u"expires"_s), &error);
        if (!expiry) {
            fail(error, Usage);
            return;
        }
    } else {
        const int maxDays = m_session.appSettings().maxLifetimeDays();
        expiry = maxDays > 0 ? ExpirySpec::inDays(maxDays) : ExpirySpec::never();
    }
    m_session.service()->generate(user, argument(0), *expiry, this,
                                  [this](TokenResult<IssuedToken> result) {
                                      if (!result) {
                                          fail(result.error().message);
                                          return;
                                      }
                                      printIssued(result.value());
                                      succeed();
                                  });
}

void CtlCommands::rename()
{
    const QString user = requireUserId();
    if (user.isEmpty())
        return;
    m_session.service()->rename(
        user, argument(0), argument(1), this,
        [this, user](TokenResult<PersonalAccessToken> result) {
            if (!result) {
                fail(result.error().message);
                return;
            }
            remember([&](const SnapshotRecorder &recorder, QString *error) {
                const QString profile = m_session.profile().name;
                return recorder.recordRemoved(profile, user, argument(0), error) &&
                       recorder.recordIssued(profile, m_session.endpointKey(), QString(),
                                             result.value(), error);
            });
            if (m_json)
                CtlOutput::json(tokenJson(result.value()));
            else
                CtlOutput::line(QCoreApplication::translate("latchkeyctl", "Renamed to \"%1\".")
                                    .arg(result.value().name));
            succeed();
        });
}

void CtlCommands::expire()
{
    const QString user = requireUserId();
    if (user.isEmpty())
        return;
    QString error;
    const std::optional<ExpirySpec> expiry = ExpirySpec::parse(argument(1), &error);
    if (!expiry) {
        fail(error, Usage);
        return;
    }
    m_session.service()->changeExpiry(user, argument(0), *expiry, this,
                                      [this](TokenResult<IssuedToken> result) {
                                          if (!result) {
                                              fail(result.error().message);
                                              return;
                                          }
                                          printIssued(result.value());
                                          succeed();
                                      });
}

void CtlCommands::revoke()
{
    const QString user = requireUserId();
    if (user.isEmpty())
        return;
    const QString name = argument(0);
    if (!m_parser.isSet(u"yes"_s)) {
        if (m_batch || !isatty(STDIN_FILENO)) {
            fail(QCoreApplication::translate("latchkeyctl",
                                             "Not deleting \"%1\" without confirmation: pass "
                                             "--yes when standard input is not a terminal.")
                     .arg(name),
                 Usage);
            return;
        }
        std::fputs(qPrintable(QCoreApplication::translate(
                                  "latchkeyctl", "Delete the token \"%1\" of user %2? [y/N] ")
                                  .arg(name, user)),
                   stderr);
        std::fflush(stderr);
        QTextStream in(stdin);
        const QString answer = in.readLine().trimmed().toLower();
        if (answer != u"y"_s && answer != u"yes"_s) {
            fail(QCoreApplication::translate("latchkeyctl", "Nothing was deleted."));
            return;
        }
    }
    m_session.service()->revoke(
        user, {name}, this, [this, user](const QList<RevokeOutcome> &outcomes) {
            const RevokeOutcome outcome = outcomes.value(0);
            if (outcome.revoked)
                remember([&](const SnapshotRecorder &recorder, QString *error) {
                    return recorder.recordRemoved(m_session.profile().name, user, outcome.name,
                                                  error);
                });
            if (!outcome.revoked || !outcome.forgotten) {
                fail(outcome.error);
                return;
            }
            if (m_json)
                CtlOutput::json(QJsonObject{{u"name"_s, outcome.name}, {u"revoked"_s, true}});
            else
                CtlOutput::line(QCoreApplication::translate("latchkeyctl", "Deleted \"%1\".")
                                    .arg(outcome.name));
            succeed();
        });
}

void CtlCommands::inspect()
{
    auto *inspector = new CtlInspect(&m_session, this);
    connect(inspector, &CtlInspect::finished, this, [this](int exitCode) { finish(exitCode); });
    CtlInspect::Options options;
    options.jwks = m_parser.value(u"jwks"_s);
    options.keyFile = m_parser.value(u"key"_s);
    options.hmacSecretStdin = m_parser.isSet(u"hmac-secret-stdin"_s);
    options.online = m_parser.isSet(u"online"_s);
    options.json = m_json;
    options.profile = m_parser.value(u"profile"_s);
    inspector->run(options);
}

void CtlCommands::copy()
{
    const QString user = requireUserId();
    if (user.isEmpty())
        return;
    m_session.service()->cachedValue(user, argument(0), this,
                                     [this](TokenResult<SecretBytes> result) {
                                         if (!result) {
                                             fail(result.error().message);
                                             return;
                                         }
                                         CtlOutput::secretLine(result.value());
                                         succeed();
                                     });
}

// Many commands on one open profile: one keychain read of the app secret, one
// access token and one kept-alive connection for all of them.
void CtlCommands::batch()
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly)) {
        fail(QCoreApplication::translate("latchkeyctl", "Cannot read standard input."));
        return;
    }
    m_batch.emplace(input.readAll());
    m_batchJson = m_json;
    runNextBatchLine();
}

void CtlCommands::runNextBatchLine()
{
    if (m_batch->atEnd()) {
        const int exitCode = m_batch->exitCode();
        m_batch.reset();
        finish(exitCode);
        return;
    }
    const std::optional<QStringList> arguments =
        m_batch->next(QCoreApplication::arguments().value(0));
    if (!arguments) {
        fail(QCoreApplication::translate("latchkeyctl", "A quote is not closed."), Usage);
        return;
    }
    run(*arguments);
}

void CtlCommands::fail(const QString &message, int exitCode)
{
    if (m_batch)
        CtlOutput::error(QCoreApplication::translate("latchkeyctl", "line %1: %2")
                             .arg(m_batch->lineNumber())
                             .arg(message));
    else
        CtlOutput::error(message);
    finish(exitCode);
}

void CtlCommands::succeed()
{
    finish(Success);
}

void CtlCommands::finish(int exitCode)
{
    if (m_batch) {
        // One line is done: the next starts from the event loop, not deeper in this stack.
        m_batch->record(exitCode);
        QTimer::singleShot(0, this, &CtlCommands::runNextBatchLine);
        return;
    }
    if (m_finished)
        return;
    m_finished = true;
    m_session.flush([this, exitCode] { emit finished(exitCode); });
}

} // namespace latchkey
