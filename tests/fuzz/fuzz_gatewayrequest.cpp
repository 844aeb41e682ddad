// fuzz_gatewayrequest: libFuzzer target for what latchkey-gateway reads from the network
// before it trusts anyone: the first byte picks the reader — a request's header block
// (RequestHead), an Authorization header (BearerVerifier), claims signed with the
// gateway's trusted key (so that the claim rules run past the signature check), or a
// create/rename/revoke body (TokenRequest).
#include "app/gateway/bearerverifier.h"
#include "app/gateway/requesthead.h"
#include "app/gateway/tokenrequest.h"
#include "app/sandbox/sandboxtokensigner.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

using namespace latchkey;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kNow = 1'800'000'000;

struct Gateway
{
    Gateway()
        : keys([](QObject *, std::function<void(Result<QByteArray>)>) {}, std::chrono::hours(1))
    {
        signer.load({});
        keys.load(QJsonDocument(QJsonObject{{u"keys"_s, QJsonArray{signer.jwk()}}}).toJson());
        verifier = std::make_unique<BearerVerifier>(
            BearerVerifier::Rules{u"https://tenant.example/oidc"_s,
                                  u"https://gateway.example/api"_s, u"gateway:use"_s,
                                  std::chrono::seconds(60)},
            &keys);
    }
    SandboxTokenSigner signer;
    JwksCache keys;
    std::unique_ptr<BearerVerifier> verifier;
};

void check(const BearerCheck &c)
{
    // A refusal always says why; an acceptance always names the user.
    if (!c.ok() && c.sentence.isEmpty())
        __builtin_trap();
    if (c.ok() && c.userId.isEmpty())
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static Gateway gateway;
    if (size == 0)
        return 0;
    const QByteArrayView input(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    switch (data[0] % 4) {
    case 0: {
        const RequestHead head = RequestHead::scan(input, 16 * 1024);
        if (head.status == RequestHead::Status::Complete &&
            (head.headerBytes > input.size() || head.contentLength < 0))
            __builtin_trap();
        break;
    }
    case 1:
        if (const auto c = gateway.verifier->checkNow(input, kNow)) {
            check(*c);
            // Nothing unsigned by the trusted key gets through.
            if (c->ok())
                __builtin_trap();
        }
        break;
    case 2: {
        const QJsonDocument claims = QJsonDocument::fromJson(input.toByteArray());
        if (!claims.isObject())
            break;
        const QByteArray token = gateway.signer.sign(claims.object());
        if (const auto c = gateway.verifier->checkNow("Bearer " + token, kNow))
            check(*c);
        break;
    }
    default:
        for (const TokenRequest &r : {TokenRequest::create(input), TokenRequest::rename(input),
                                      TokenRequest::revoke(input)}) {
            if (!r.ok() && r.error.isEmpty())
                __builtin_trap();
        }
        break;
    }
    return 0;
}
