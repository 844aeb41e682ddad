// CtlSession: what one latchkeyctl run works with.
#include "app/latchkeyctl/ctlsession.h"

#include "app/latchkeyctl/ctloutput.h"
#include "model/offline/connectionkeeper.h"

using namespace Qt::StringLiterals;

namespace latchkey {

CtlSession::CtlSession(QObject *parent)
    : QObject(parent)
    , m_appSettings(&m_settings)
    , m_profiles(&m_settings, &m_secrets)
    , m_cache(&m_secrets)
    , m_sessions(&m_profiles, &m_cache, &m_journal, &m_snapshots)
{}

CtlSession::~CtlSession() = default;

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
    m_sessions.open(
        name, this,
        [this, name, done](std::unique_ptr<Session> session, const SessionFactory::Error &error) {
            using Kind = SessionFactory::Error::Kind;
            switch (error.kind) {
            case Kind::None:
                break;
            case Kind::NoSuchProfile:
                done(QCoreApplication::translate("latchkeyctl",
                                                 "There is no connection profile named \"%1\".")
                         .arg(name));
                return;
            case Kind::Keychain:
                done(QCoreApplication::translate(
                         "latchkeyctl",
                         "The app secret of \"%1\" cannot be read from the keychain: %2")
                         .arg(name, error.message));
                return;
            case Kind::Config:
                done(error.message);
                return;
            }
            m_session = std::move(session);
            m_session->tokens()->setMaxLifetimeDays(m_appSettings.maxLifetimeDays());
            m_session->tokens()->setRetiredLog(&m_retired);
            m_session->setNotes(&m_notes);
            // What this run lists or issues is kept for the offline view; a
            // failure to keep it is a note, not a failed command.
            connect(m_session->keeper(), &ConnectionKeeper::keepFailed, this,
                    [](const QString &why) {
                        CtlOutput::note(
                            QCoreApplication::translate(
                                "latchkeyctl", "Could not keep an offline copy of the tokens: %1")
                                .arg(why));
                    });
            done({});
        });
}

void CtlSession::flush(std::function<void()> done)
{
    if (!m_session) {
        done();
        return;
    }
    // The offline copies first (a failure's note comes before the exit), then
    // the cache's index.
    m_session->keeper()->flush(this, [this, done = std::move(done)] {
        m_cache.whenIndexSettled(endpointKey(), this, done);
    });
}

} // namespace latchkey
