// KeychainRefreshTokenStore: a developer profile's refresh token in the keychain.
#include "model/session/keychainrefreshtokenstore.h"

#include "model/keychain/secretstore.h"
#include "model/settings/profilestore.h"

using namespace Qt::StringLiterals;

namespace latchkey {

namespace {

RefreshTokenStore::Outcome fromSecretStore(const SecretStore::Outcome &outcome)
{
    using Status = RefreshTokenStore::Outcome::Status;
    switch (outcome.status) {
    case SecretStore::Outcome::Status::Ok:
        return {};
    case SecretStore::Outcome::Status::NotFound:
        return {Status::NotFound, {}};
    default:
        return {Status::Failed, outcome.message.isEmpty() ? SecretStore::messageFor(outcome.status)
                                                          : outcome.message};
    }
}

} // namespace

KeychainRefreshTokenStore::KeychainRefreshTokenStore(SecretStore *secrets,
                                                     const QString &profileName, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_key(ProfileStore::refreshTokenKey(profileName))
{}

SecretBytes KeychainRefreshTokenStore::encode(const Grant &grant)
{
    QByteArray value = grant.clientId.toUtf8();
    value += '\n';
    value += grant.refreshToken.bytes();
    return SecretBytes(std::move(value));
}

std::optional<RefreshTokenStore::Grant> KeychainRefreshTokenStore::decode(const SecretBytes &value)
{
    const qsizetype newline = value.view().indexOf('\n');
    if (newline <= 0 || newline + 1 >= value.size())
        return std::nullopt;
    Grant grant;
    grant.clientId = QString::fromUtf8(value.view().first(newline));
    grant.refreshToken = SecretBytes(value.view().sliced(newline + 1).toByteArray());
    return grant;
}

void KeychainRefreshTokenStore::read(QObject *context, ReadDone done)
{
    m_secrets->read(m_key, context,
                    [done = std::move(done)](SecretStore::Outcome outcome, SecretBytes value) {
                        if (!outcome.ok()) {
                            done(fromSecretStore(outcome), {});
                            return;
                        }
                        std::optional<Grant> grant = decode(value);
                        value.clear();
                        if (!grant) {
                            // Not one this store wrote: as good as none.
                            done({Outcome::Status::NotFound, {}}, {});
                            return;
                        }
                        done({}, std::move(*grant));
                    });
}

void KeychainRefreshTokenStore::write(const Grant &grant, QObject *context, Done done)
{
    m_secrets->write(
        m_key, encode(grant), context,
        [done = std::move(done)](SecretStore::Outcome outcome) { done(fromSecretStore(outcome)); });
}

void KeychainRefreshTokenStore::remove(QObject *context, Done done)
{
    m_secrets->remove(m_key, context, [done = std::move(done)](SecretStore::Outcome outcome) {
        const Outcome result = fromSecretStore(outcome);
        done(result.status == Outcome::Status::NotFound ? Outcome() : result);
    });
}

} // namespace latchkey
