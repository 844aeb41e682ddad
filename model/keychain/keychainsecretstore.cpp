#include "model/keychain/keychainsecretstore.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QPointer>

#include <memory>

using namespace Qt::StringLiterals;

namespace latchkey {

namespace {

using Status = SecretStore::Outcome::Status;

// A write to a locked collection whose unlock prompt cannot be shown comes
// back from libsecret as OtherError "Cannot create an item in a locked
// collection" (found by tst_keychainlocked); older backends use AccessDenied.
// The text is the only signal, so look for it rather than report a failure.
bool mentionsLock(const QString &text)
{
    return text.contains(u"locked"_s, Qt::CaseInsensitive) ||
           text.contains(u"unlock"_s, Qt::CaseInsensitive) ||
           text.contains(u"prompt"_s, Qt::CaseInsensitive);
}

SecretStore::Outcome outcomeOf(const QKeychain::Job *job)
{
    const QString text = job->errorString();
    switch (job->error()) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return SecretStore::makeOutcome(Status::NotFound);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretStore::makeOutcome(Status::NoBackend);
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return SecretStore::makeOutcome(mentionsLock(text) ? Status::Locked : Status::AccessDenied);
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    if (mentionsLock(text))
        return SecretStore::makeOutcome(Status::Locked);
    // Without a Secret Service on the bus QtKeychain reports a D-Bus error text.
    if (text.contains(u"org.freedesktop.DBus.Error.ServiceUnknown"_s) ||
        text.contains(u"not provided by any .service files"_s))
        return SecretStore::makeOutcome(Status::NoBackend);
    return SecretStore::makeOutcome(Status::Failed, text);
}

template<typename JobType> JobType *makeJob(const QString &service, const QString &key)
{
    auto *job = new JobType(service);
    job->setAutoDelete(true);
    // Security decision: QtKeychain would otherwise write the secret to a
    // plaintext settings file when no keychain answers.
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{}

QString KeychainSecretStore::defaultService()
{
    return u"Latchkey"_s;
}

void KeychainSecretStore::write(const QString &key, const SecretBytes &secret, QObject *context,
                                Completion done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, key);
    // A copy of its own for the job, so that the caller's SecretBytes stays the
    // sole owner of its buffer and can still wipe it.
    job->setBinaryData(QByteArray(secret.bytes().constData(), secret.size()));
    connect(job, &QKeychain::Job::finished, context,
            [done = std::move(done)](QKeychain::Job *j) { done(outcomeOf(j)); });
    job->start();
}

void KeychainSecretStore::read(const QString &key, QObject *context, ReadCompletion done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, key);
    connect(job, &QKeychain::Job::finished, context,
            [self = QPointer(this), context, done = std::move(done)](QKeychain::Job *j) {
                const Outcome outcome = outcomeOf(j);
                if (outcome.status == Outcome::Status::NotFound && self) {
                    self->confirmNotFound(context, done);
                    return;
                }
                if (!outcome.ok()) {
                    done(outcome, SecretBytes());
                    return;
                }
                done(outcome,
                     SecretBytes(static_cast<QKeychain::ReadPasswordJob *>(j)->binaryData()));
            });
    job->start();
}

// libsecret answers a lookup in a locked collection whose unlock prompt
// cannot be shown with "no such entry", which would make TokenCache forget
// values that are still there. A write to a locked collection does fail
// recognisably, so a probe write tells the two apart.
void KeychainSecretStore::confirmNotFound(QObject *context, const ReadCompletion &done)
{
    auto *probe = makeJob<QKeychain::WritePasswordJob>(m_service, lockProbeKey());
    probe->setBinaryData("lock-probe"_ba);
    connect(probe, &QKeychain::Job::finished, context, [this, done](QKeychain::Job *j) {
        const Outcome outcome = outcomeOf(j);
        if (outcome.status == Outcome::Status::Locked) {
            done(outcome, SecretBytes());
            return;
        }
        if (outcome.ok())
            makeJob<QKeychain::DeletePasswordJob>(m_service, lockProbeKey())->start();
        done(makeOutcome(Outcome::Status::NotFound), SecretBytes());
    });
    probe->start();
}

QString KeychainSecretStore::lockProbeKey()
{
    return u"probe/locked-check/"_s + QString::number(QCoreApplication::applicationPid());
}

void KeychainSecretStore::remove(const QString &key, QObject *context, Completion done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, key);
    connect(job, &QKeychain::Job::finished, context,
            [done = std::move(done)](QKeychain::Job *j) { done(outcomeOf(j)); });
    job->start();
}

QString KeychainSecretStore::backendName() const
{
    return tr("System keychain");
}

void KeychainSecretStore::probe(QObject *context, Completion done, const QString &service)
{
    // The store lives as long as the probe: it is parented to a guard object
    // that is deleted when the last step finished (or the context went away).
    auto *guard = new QObject;
    QObject::connect(context, &QObject::destroyed, guard, &QObject::deleteLater);
    auto *store = new KeychainSecretStore(service, guard);
    const QString key = u"probe/"_s + QString::number(QCoreApplication::applicationPid());
    auto finish = [guard, ctx = QPointer<QObject>(context), done](const Outcome &outcome) {
        guard->deleteLater();
        if (ctx)
            done(outcome);
    };
    store->write(key, SecretBytes("latchkey-probe"_ba), guard, [=](Outcome written) {
        if (!written.ok()) {
            finish(written);
            return;
        }
        store->read(key, guard, [=](Outcome read, SecretBytes value) {
            const bool same = read.ok() && value.view() == "latchkey-probe"_ba;
            store->remove(key, guard, [=](Outcome removed) {
                if (!read.ok())
                    finish(read);
                else if (!same)
                    finish(makeOutcome(Outcome::Status::Failed,
                                       tr("the keychain returned a different value")));
                else
                    finish(removed);
            });
        });
    });
}

} // namespace latchkey
