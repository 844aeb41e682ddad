// sandboxform: Node-style query strings and application/x-www-form-urlencoded bodies, as
// Logto's routes read and write them.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace latchkey::sandboxform {

// Node's querystring: '+' is a space, malformed escapes are kept as they are.
QString decodeComponent(QByteArray raw);
// Every key=value pair in order, repeated keys kept.
QList<QPair<QString, QString>> parseQuery(const QByteArray &rawQuery);
// The first value given for key; a null string when the key is absent.
QString queryValue(const QList<QPair<QString, QString>> &query, const QString &key);
// Every value given for key, in order.
QStringList queryValues(const QList<QPair<QString, QString>> &query, const QString &key);
// The first value of each key.
QHash<QString, QString> parseForm(const QByteArray &body);
// URLSearchParams serialisation (application/x-www-form-urlencoded).
QByteArray encode(const QString &text);
QByteArray encode(const QList<QPair<QString, QString>> &pairs);

} // namespace latchkey::sandboxform
