#include "model/keychain/secretstore.h"

namespace latchkey {

QString SecretStore::messageFor(Outcome::Status status)
{
    switch (status) {
    case Outcome::Status::Ok:
        return {};
    case Outcome::Status::NotFound:
        return tr("The keychain has no such entry.");
    case Outcome::Status::NoBackend:
        return tr("No keychain service is available. Start your desktop's keyring (for example "
                  "GNOME Keyring or KWallet) and try again.");
    case Outcome::Status::Locked:
        return tr("The keychain is locked. Unlock it in your desktop's keyring and try again.");
    case Outcome::Status::AccessDenied:
        return tr("Access to the keychain was denied. Allow Latchkey to use the keyring and try "
                  "again.");
    case Outcome::Status::Failed:
        return tr("The keychain reported an error.");
    }
    return {};
}

SecretStore::Outcome SecretStore::makeOutcome(Outcome::Status status, const QString &detail)
{
    QString message = messageFor(status);
    if (status == Outcome::Status::Failed && !detail.isEmpty())
        message = tr("The keychain reported an error: %1").arg(detail);
    return Outcome{status, message};
}

} // namespace latchkey
