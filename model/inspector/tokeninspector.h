// TokenInspector: the offline inspector's facade: one pasted string in, one InspectionResult out.
#pragma once

#include "model/inspector/inspectionresult.h"
#include "model/inspector/knowntoken.h"
#include "model/inspector/verificationkey.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <optional>

namespace latchkey {

struct FormatMatch;
struct ParsedJws;

// Pure and offline: never touches the network, the keychain or the disk. Every copy of the
// input it makes is held in SecretBytes and wiped when inspect() returns.
class TokenInspector
{
    Q_DECLARE_TR_FUNCTIONS(latchkey::TokenInspector)

public:
    void setKnownTokens(QList<KnownToken> tokens) { m_knownTokens = std::move(tokens); }
    const QList<KnownToken> &knownTokens() const { return m_knownTokens; }

    // Key material for JWS signatures; without one, signatures are reported as not checked.
    void setVerificationKey(VerificationKey key) { m_key.emplace(std::move(key)); }
    void clearVerificationKey() { m_key.reset(); }

    // input: the pasted text, UTF-8. now: the reference time for expiry texts.
    InspectionResult inspect(QByteArrayView input, const QDateTime &now) const;

private:
    void inspectFormat(QByteArrayView token, const FormatMatch &match, const QDateTime &now,
                       InspectionResult &result) const;
    void inspectJws(QByteArrayView token, const QDateTime &now, InspectionResult &result) const;
    void inspectUnknown(QByteArrayView token, InspectionResult &result) const;
    void matchKnownToken(const QDateTime &now, InspectionResult &result) const;

    QList<KnownToken> m_knownTokens;
    std::optional<VerificationKey> m_key;
};

} // namespace latchkey
