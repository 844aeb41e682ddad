#include "model/settings/profilestore.h"

#include <QPointer>
#include <QSettings>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace latchkey {

namespace {
const auto kProfiles = u"profiles"_s;
const auto kDeveloper = u"developer"_s;
const auto kAdmin = u"admin"_s;
} // namespace

ProfileStore::ProfileStore(QSettings *settings, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(secrets)
{}

// A profile name may hold '/' or '\\', which QSettings reads as group separators:
// those (and '%', so that decoding is unambiguous) are percent-encoded here. The
// settings format escapes the rest itself, once: "Offline test" is stored as
// "Offline%20test", not "Offline%2520test".
QString ProfileStore::groupOf(const QString &name)
{
    QString key;
    key.reserve(name.size());
    for (const QChar c : name) {
        if (c == u'%' || c == u'/' || c == u'\\')
            key += u'%' + QString::number(c.unicode(), 16).toUpper().rightJustified(2, u'0');
        else
            key += c;
    }
    return kProfiles + u'/' + key;
}

// Before issue 20 the whole name was percent-encoded here, and the settings format
// escaped each '%' again. Such groups are still read, and rewritten on the next save.
QString ProfileStore::legacyGroupOf(const QString &name)
{
    return kProfiles + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(name));
}

QString ProfileStore::storedGroupOf(const QString &name) const
{
    m_settings->beginGroup(kProfiles);
    const QStringList groups = m_settings->childGroups();
    m_settings->endGroup();
    const QString current = groupOf(name);
    if (!groups.contains(current.mid(kProfiles.size() + 1)) &&
        groups.contains(legacyGroupOf(name).mid(kProfiles.size() + 1)))
        return legacyGroupOf(name);
    return current;
}

QString ProfileStore::secretKey(const QString &profileName)
{
    return u"appsecret/"_s + profileName;
}

QString ProfileStore::refreshTokenKey(const QString &profileName)
{
    return u"refreshtoken/"_s + profileName;
}

QString ProfileStore::identity(const QString &profileName) const
{
    return m_settings->fileName() + u'\n' + profileName;
}

QStringList ProfileStore::names() const
{
    m_settings->beginGroup(kProfiles);
    const QStringList groups = m_settings->childGroups();
    m_settings->endGroup();
    QStringList result;
    result.reserve(groups.size());
    for (const QString &group : groups) {
        const QString name = QUrl::fromPercentEncoding(group.toUtf8());
        // Only groups that writeSettings() (of this version or an earlier one) could
        // have made: a damaged or hand-edited file can hold groups that decode to an
        // empty name or to another group's name, which load() would not read back
        // (found by fuzz_settings).
        const QString path = kProfiles + u'/' + group;
        if (!name.isEmpty() && !result.contains(name) &&
            (groupOf(name) == path || legacyGroupOf(name) == path))
            result.append(name);
    }
    std::sort(result.begin(), result.end(), [](const QString &a, const QString &b) {
        const int folded = QString::compare(a, b, Qt::CaseInsensitive);
        return folded != 0 ? folded < 0 : a < b;
    });
    return result;
}

QList<ConnectionProfile> ProfileStore::list() const
{
    QList<ConnectionProfile> result;
    for (const QString &name : names()) {
        if (auto profile = load(name))
            result.append(*profile);
    }
    return result;
}

bool ProfileStore::contains(const QString &name) const
{
    return !name.isEmpty() && names().contains(name);
}

std::optional<ConnectionProfile> ProfileStore::load(const QString &name) const
{
    if (!contains(name))
        return std::nullopt;
    ConnectionProfile profile;
    m_settings->beginGroup(storedGroupOf(name));
    profile.name = name;
    // Saved before there were kinds (no "kind" key): an administrator's.
    profile.kind = m_settings->value(u"kind"_s).toString() == kDeveloper ? SessionKind::Developer
                                                                         : SessionKind::Admin;
    profile.endpoint = QUrl(m_settings->value(u"endpoint"_s).toString());
    profile.appId = m_settings->value(u"appId"_s).toString();
    profile.apiIndicator = m_settings->value(u"apiIndicator"_s).toString();
    profile.userId = m_settings->value(u"userId"_s).toString();
    profile.caFile = m_settings->value(u"caFile"_s).toString();
    profile.allowPlainHttp = m_settings->value(u"allowPlainHttp"_s, false).toBool();
    profile.sandbox = m_settings->value(u"sandbox"_s, false).toBool();
    profile.gateway = QUrl(m_settings->value(u"gateway"_s).toString());
    profile.deviceAppId = m_settings->value(u"deviceAppId"_s).toString();
    m_settings->endGroup();
    return profile;
}

void ProfileStore::writeSettings(const ConnectionProfile &profile)
{
    if (const QString old = storedGroupOf(profile.name); old != groupOf(profile.name))
        m_settings->remove(old);
    m_settings->beginGroup(groupOf(profile.name));
    m_settings->setValue(u"kind"_s, profile.isDeveloper() ? kDeveloper : kAdmin);
    m_settings->setValue(u"endpoint"_s, profile.endpoint.toString());
    m_settings->setValue(u"appId"_s, profile.appId);
    m_settings->setValue(u"apiIndicator"_s, profile.apiIndicator);
    m_settings->setValue(u"userId"_s, profile.userId);
    m_settings->setValue(u"caFile"_s, profile.caFile);
    m_settings->setValue(u"allowPlainHttp"_s, profile.allowPlainHttp);
    if (profile.sandbox)
        m_settings->setValue(u"sandbox"_s, true);
    else
        m_settings->remove(u"sandbox"_s);
    if (profile.isDeveloper()) {
        m_settings->setValue(u"gateway"_s, profile.gateway.toString());
        m_settings->setValue(u"deviceAppId"_s, profile.deviceAppId);
    } else {
        m_settings->remove(u"gateway"_s);
        m_settings->remove(u"deviceAppId"_s);
    }
    m_settings->endGroup();
    m_settings->sync();
}

void ProfileStore::add(const ConnectionProfile &profile, const SecretBytes &appSecret,
                       QObject *context, SecretStore::Completion done)
{
    const QString invalid = profile.validationError();
    if (!invalid.isEmpty() || contains(profile.name)) {
        const QString message =
            invalid.isEmpty() ? tr("A connection named \"%1\" already exists.").arg(profile.name)
                              : invalid;
        QMetaObject::invokeMethod(
            context,
            [done = std::move(done), message] {
                done({SecretStore::Outcome::Status::Failed, message});
            },
            Qt::QueuedConnection);
        return;
    }
    if (profile.isDeveloper()) {
        // Nothing secret to keep yet: the sign-in brings the refresh token.
        writeSettings(profile);
        emit profilesChanged();
        QMetaObject::invokeMethod(
            context, [done = std::move(done)] { done({}); }, Qt::QueuedConnection);
        return;
    }
    m_secrets->write(secretKey(profile.name), appSecret, this,
                     [this, profile, ctx = QPointer<QObject>(context),
                      done = std::move(done)](SecretStore::Outcome outcome) {
                         if (outcome.ok()) {
                             writeSettings(profile);
                             emit profilesChanged();
                         }
                         if (ctx)
                             done(outcome);
                     });
}

bool ProfileStore::update(const ConnectionProfile &profile)
{
    if (!profile.validationError().isEmpty() || !contains(profile.name))
        return false;
    if (load(profile.name) == profile && storedGroupOf(profile.name) == groupOf(profile.name))
        return true;
    writeSettings(profile);
    emit profilesChanged();
    return true;
}

void ProfileStore::setSecret(const QString &name, const SecretBytes &appSecret, QObject *context,
                             SecretStore::Completion done)
{
    m_secrets->write(secretKey(name), appSecret, context, std::move(done));
}

void ProfileStore::readSecret(const QString &name, QObject *context,
                              SecretStore::ReadCompletion done)
{
    m_secrets->read(secretKey(name), context, std::move(done));
}

void ProfileStore::remove(const QString &name, QObject *context, SecretStore::Completion done)
{
    if (contains(name)) {
        m_settings->remove(storedGroupOf(name));
        m_settings->sync();
        emit profilesChanged();
    }
    // Either kind's secret: the app secret, or a sign-in's refresh token. Both
    // go even when the asker does not wait for the answer.
    auto notFoundIsFine = [](SecretStore::Outcome outcome) {
        return outcome.status == SecretStore::Outcome::Status::NotFound ? SecretStore::Outcome()
                                                                        : outcome;
    };
    m_secrets->remove(secretKey(name), this,
                      [this, name, notFoundIsFine, ctx = QPointer<QObject>(context),
                       done = std::move(done)](SecretStore::Outcome first) {
                          m_secrets->remove(refreshTokenKey(name), this,
                                            [first = notFoundIsFine(first), notFoundIsFine, ctx,
                                             done](SecretStore::Outcome second) {
                                                if (ctx)
                                                    done(first.ok() ? notFoundIsFine(second)
                                                                    : first);
                                            });
                      });
}

} // namespace latchkey
