#include "app/latchkeyctl/ctlsession.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace latchkey {

CtlSession::CtlSession(QObject *parent)
    : QObject(parent)
    , m_appSettings(&m_settings)
    , m_profiles(&m_settings, &m_secrets)
{}

CtlSession::~CtlSession() = default;

QString CtlSession::endpointKey() const
{
    return TokenCache::endpointKey(m_profile.endpoint);
}

void CtlSession::open(const QString &profileName, std::function<void(QString)> done)
{
    const QString name = profileName.isEmpty() ? m_appSettings.currentProfile() : profileName;
    if (name.isEmpty()) {
        done(QCoreApplication::translate(
            "latchkeyctl",
            "No connection profile is chosen; add one with \"latchkeyctl profiles add\" or "
            "name one with --profile."));
        return;
    }
    const std::optional<ConnectionProfile> profile = m_profiles.load(name);
    if (!profile) {
        done(QCoreApplication::translate("latchkeyctl",
                                         "There is no connection profile named \"%1\".")
                 .arg(name));
        return;
    }
    m_profile = *profile;
    m_profiles.readSecret(
        name, this, [this, done](SecretStore::Outcome outcome, SecretBytes secret) {
            if (!outcome.ok()) {
                done(QCoreApplication::translate(
                         "latchkeyctl",
                         "The app secret of \"%1\" cannot be read from the keychain: %2")
                         .arg(m_profile.name, outcome.message.isEmpty()
                                                  ? SecretStore::messageFor(outcome.status)
                                                  : outcome.message));
                return;
            }
            QString error;
            std::optional<ClientConfig> config =
                m_profile.toClientConfig(std::move(secret), &error);
            if (!config) {
                done(error);
                return;
            }
            m_client = std::make_unique<LogtoClient>(std::move(*config));
            m_cache = std::make_unique<TokenCache>(&m_secrets);
            m_service = std::make_unique<TokenService>(TokenBackend{
                m_client.get(), m_cache.get(), &m_journal, m_profile.name, endpointKey()});
            m_service->setMaxLifetimeDays(m_appSettings.maxLifetimeDays());
            done({});
        });
}

void CtlSession::flush(std::function<void()> done)
{
    if (!m_cache || !m_cache->isIndexLoaded(endpointKey())) {
        done();
        return;
    }
    flushAttempt(100, std::move(done));
}

void CtlSession::flushAttempt(int attemptsLeft, std::function<void()> done)
{
    m_secrets.read(
        TokenCache::indexKey(endpointKey()), this,
        [this, attemptsLeft, done](SecretStore::Outcome outcome, SecretBytes content) {
            QSet<QByteArray> stored;
            for (const QByteArray &line : content.bytes().split('\n')) {
                if (!line.trimmed().isEmpty())
                    stored.insert(line.trimmed());
            }
            const bool settled = stored == m_cache->cachedFingerprints(endpointKey());
            if (settled || attemptsLeft <= 0 ||
                (!outcome.ok() && outcome.status != SecretStore::Outcome::Status::NotFound)) {
                done();
                return;
            }
            QTimer::singleShot(
                50, this, [this, attemptsLeft, done] { flushAttempt(attemptsLeft - 1, done); });
        });
}

} // namespace latchkey
