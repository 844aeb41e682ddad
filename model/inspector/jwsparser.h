// JwsParser: splits a compact JWS into its decoded header, payload and signature.
#pragma once

#include "net/secretbytes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace latchkey {

struct ParsedJws
{
    // Together these two are the token itself, so they are wiped with the parse result.
    SecretBytes signingInput; // the received "header.payload" text, byte for byte
    QJsonObject header;
    QByteArray payload;
    std::optional<QJsonObject> claims; // set when the payload is a JSON object
    SecretBytes signature;
    QString algorithm; // header "alg"
    QString keyId;     // header "kid", may be empty
};

struct JwsParseResult
{
    std::optional<ParsedJws> jws;
    QString error; // translated; set when jws is empty
};

class JwsParser
{
    Q_DECLARE_TR_FUNCTIONS(latchkey::JwsParser)

public:
    static JwsParseResult parse(QByteArrayView compact);
};

} // namespace latchkey
