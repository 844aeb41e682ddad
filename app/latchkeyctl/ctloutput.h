// CtlOutput: how latchkeyctl prints: JSON or a table on stdout, secrets only
// from SecretBytes, and every failure as one line on stderr.
#pragma once

#include "net/secretbytes.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace latchkey {

class CtlOutput
{
public:
    static void json(const QJsonValue &value);
    // Prints object plus a "value" member built straight from the secret, so that
    // the plaintext never passes through a QJsonValue that cannot be wiped.
    static void jsonWithSecret(const QJsonObject &object, const SecretBytes &value,
                               QByteArrayView key = "value");
    static void secretLine(const SecretBytes &value);
    static void table(const QStringList &headers, const QList<QStringList> &rows);
    static void line(const QString &text);
    // False once anything printed on stdout failed to arrive (a full disk, a
    // closed pipe): stdio's error flag stays set, so one check at the end covers all.
    static bool stdoutOk();
    // One line on stderr, prefixed "latchkeyctl: ".
    static void error(const QString &message);
    static void note(const QString &message);
};

} // namespace latchkey
