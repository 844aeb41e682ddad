#include "model/inspector/jwkset.h"

#include "model/inspector/base64url.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/param_build.h>

using namespace Qt::StringLiterals;

namespace latchkey {

namespace {

struct BnDeleter
{
    void operator()(BIGNUM *bn) const { BN_free(bn); }
};
struct ParamBldDeleter
{
    void operator()(OSSL_PARAM_BLD *bld) const { OSSL_PARAM_BLD_free(bld); }
};
struct ParamDeleter
{
    void operator()(OSSL_PARAM *params) const { OSSL_PARAM_free(params); }
};
struct PkeyCtxDeleter
{
    void operator()(EVP_PKEY_CTX *ctx) const { EVP_PKEY_CTX_free(ctx); }
};

std::optional<QByteArray> member(const QJsonObject &jwk, const QString &name)
{
    const QJsonValue value = jwk.value(name);
    if (!value.isString())
        return std::nullopt;
    return Base64Url::decode(value.toString().toLatin1());
}

EvpPkeyPtr fromData(const char *type, OSSL_PARAM_BLD *bld)
{
    std::unique_ptr<OSSL_PARAM, ParamDeleter> params(OSSL_PARAM_BLD_to_param(bld));
    std::unique_ptr<EVP_PKEY_CTX, PkeyCtxDeleter> ctx(
        EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
    EVP_PKEY *key = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) <= 0 ||
        EVP_PKEY_fromdata(ctx.get(), &key, EVP_PKEY_PUBLIC_KEY, params.get()) <= 0)
        return {};
    return EvpPkeyPtr(key);
}

EvpPkeyPtr rsaKey(const QByteArray &n, const QByteArray &e)
{
    std::unique_ptr<BIGNUM, BnDeleter> bnN(
        BN_bin2bn(reinterpret_cast<const unsigned char *>(n.constData()), int(n.size()), nullptr));
    std::unique_ptr<BIGNUM, BnDeleter> bnE(
        BN_bin2bn(reinterpret_cast<const unsigned char *>(e.constData()), int(e.size()), nullptr));
    std::unique_ptr<OSSL_PARAM_BLD, ParamBldDeleter> bld(OSSL_PARAM_BLD_new());
    if (!bnN || !bnE || !bld || BN_is_zero(bnN.get()) || BN_is_zero(bnE.get()) ||
        !OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_N, bnN.get()) ||
        !OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_E, bnE.get()))
        return {};
    return fromData("RSA", bld.get());
}

EvpPkeyPtr ecKey(const char *group, const QByteArray &x, const QByteArray &y)
{
    QByteArray point;
    point.reserve(1 + x.size() + y.size());
    point.append('\x04').append(x).append(y);
    std::unique_ptr<OSSL_PARAM_BLD, ParamBldDeleter> bld(OSSL_PARAM_BLD_new());
    if (!bld || !OSSL_PARAM_BLD_push_utf8_string(bld.get(), OSSL_PKEY_PARAM_GROUP_NAME, group, 0) ||
        !OSSL_PARAM_BLD_push_octet_string(bld.get(), OSSL_PKEY_PARAM_PUB_KEY, point.constData(),
                                          size_t(point.size())))
        return {};
    return fromData("EC", bld.get());
}

} // namespace

const Jwk *JwkSet::findByKeyId(const QString &keyId) const
{
    for (const Jwk &key : m_keys) {
        if (key.keyId == keyId)
            return &key;
    }
    return nullptr;
}

std::optional<JwkSet> JwkSet::parse(QByteArrayView json, QString *error, Source source)
{
    QJsonParseError parseError;
    // The text may hold symmetric keys: parse from a copy that is wiped right away.
    SecretBytes copy(json.toByteArray());
    const QJsonDocument document = QJsonDocument::fromJson(copy.bytes(), &parseError);
    copy.clear();
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = tr("The key set is not a JSON object.");
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    QJsonArray entries;
    if (root.contains(u"keys"_s)) {
        if (!root.value(u"keys"_s).isArray()) {
            *error = tr("The key set's \"keys\" member is not an array.");
            return std::nullopt;
        }
        entries = root.value(u"keys"_s).toArray();
    } else if (root.contains(u"kty"_s)) {
        entries.append(root);
    } else {
        *error = tr("The JSON is neither a JWK Set nor a JWK.");
        return std::nullopt;
    }

    JwkSet set;
    int index = 0;
    for (const QJsonValue &entry : std::as_const(entries)) {
        ++index;
        const QJsonObject object = entry.toObject();
        Jwk key;
        EvpPkeyPtr publicKey;
        key.keyId = object.value(u"kid"_s).toString();
        key.keyType = object.value(u"kty"_s).toString();
        key.curve = object.value(u"crv"_s).toString();
        key.algorithm = object.value(u"alg"_s).toString();
        const QString name =
            key.keyId.isEmpty() ? tr("key %1").arg(index) : tr("key \"%1\"").arg(key.keyId);
        auto skip = [&](const QString &why) { set.m_problems.append(u"%1: %2"_s.arg(name, why)); };

        // RFC 7517 4.2 and 4.3: a key published for encryption, or for operations
        // other than verifying, is not a signature key.
        const QJsonValue use = object.value(u"use"_s);
        if (!use.isUndefined() && use != QJsonValue(u"sig"_s)) {
            skip(tr("its \"use\" is \"%1\", not \"sig\".").arg(use.toVariant().toString()));
            continue;
        }
        const QJsonValue operations = object.value(u"key_ops"_s);
        if (!operations.isUndefined() &&
            (!operations.isArray() || !operations.toArray().contains(QJsonValue(u"verify"_s)))) {
            skip(tr("its \"key_ops\" do not include \"verify\"."));
            continue;
        }

        if (key.keyType == u"RSA"_s) {
            const auto n = member(object, u"n"_s);
            const auto e = member(object, u"e"_s);
            if (!n || !e || n->isEmpty() || e->isEmpty()) {
                skip(tr("an RSA key needs base64url \"n\" and \"e\"."));
                continue;
            }
            publicKey = rsaKey(*n, *e);
        } else if (key.keyType == u"EC"_s) {
            const char *group = nullptr;
            int size = 0;
            if (key.curve == u"P-256"_s) {
                group = "prime256v1";
                size = 32;
            } else if (key.curve == u"P-384"_s) {
                group = "secp384r1";
                size = 48;
            } else if (key.curve == u"P-521"_s) {
                group = "secp521r1";
                size = 66;
            } else {
                skip(tr("the curve \"%1\" is not supported.").arg(key.curve));
                continue;
            }
            const auto x = member(object, u"x"_s);
            const auto y = member(object, u"y"_s);
            if (!x || !y || x->size() != size || y->size() != size) {
                skip(tr("an EC key on %1 needs \"x\" and \"y\" of %2 bytes each.")
                         .arg(key.curve)
                         .arg(size));
                continue;
            }
            publicKey = ecKey(group, *x, *y);
        } else if (key.keyType == u"OKP"_s) {
            const auto x = member(object, u"x"_s);
            if (key.curve != u"Ed25519"_s) {
                skip(tr("the curve \"%1\" is not supported.").arg(key.curve));
                continue;
            }
            if (!x || x->size() != 32) {
                skip(tr("an Ed25519 key needs an \"x\" of 32 bytes."));
                continue;
            }
            publicKey.reset(EVP_PKEY_new_raw_public_key(
                EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char *>(x->constData()),
                size_t(x->size())));
        } else if (key.keyType == u"oct"_s) {
            if (source == Source::Download) {
                skip(tr("a symmetric key from a URL is not used: whoever can fetch it can sign "
                        "with it."));
                continue;
            }
            auto k = member(object, u"k"_s);
            if (!k || k->isEmpty()) {
                skip(tr("a symmetric key needs a base64url \"k\"."));
                continue;
            }
            key.hmac = std::make_unique<HmacKey>(SecretBytes(std::move(*k)));
            set.m_keys.push_back(std::move(key));
            continue;
        } else {
            skip(tr("the key type \"%1\" is not supported.").arg(key.keyType));
            continue;
        }
        if (!publicKey) {
            skip(tr("OpenSSL rejected the key material."));
            continue;
        }
        key.publicKey = std::make_unique<const PublicKey>(std::move(publicKey));
        set.m_keys.push_back(std::move(key));
    }
    return set;
}

} // namespace latchkey
