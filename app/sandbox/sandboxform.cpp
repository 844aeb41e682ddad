// Query strings and form bodies the way Node's querystring and URLSearchParams treat them.
#include "app/sandbox/sandboxform.h"

#include <QUrl>

namespace latchkey::sandboxform {

QString decodeComponent(QByteArray raw)
{
    raw.replace('+', ' ');
    return QUrl::fromPercentEncoding(raw);
}

QList<QPair<QString, QString>> parseQuery(const QByteArray &rawQuery)
{
    QList<QPair<QString, QString>> items;
    for (const QByteArray &part : rawQuery.split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        const QByteArray key = eq < 0 ? part : part.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : part.mid(eq + 1);
        items.append({decodeComponent(key), decodeComponent(value)});
    }
    return items;
}

QString queryValue(const QList<QPair<QString, QString>> &query, const QString &key)
{
    for (const auto &item : query) {
        if (item.first == key)
            return item.second;
    }
    return {};
}

QStringList queryValues(const QList<QPair<QString, QString>> &query, const QString &key)
{
    QStringList values;
    for (const auto &item : query) {
        if (item.first == key)
            values.append(item.second);
    }
    return values;
}

QHash<QString, QString> parseForm(const QByteArray &body)
{
    QHash<QString, QString> form;
    for (const auto &item : parseQuery(body)) {
        if (!form.contains(item.first))
            form.insert(item.first, item.second);
    }
    return form;
}

QByteArray encode(const QString &text)
{
    QByteArray out = QUrl::toPercentEncoding(text, " *", "~");
    out.replace(' ', '+');
    return out;
}

QByteArray encode(const QList<QPair<QString, QString>> &pairs)
{
    QByteArray out;
    for (const auto &[key, value] : pairs) {
        if (!out.isEmpty())
            out += '&';
        out += encode(key) + '=' + encode(value);
    }
    return out;
}

} // namespace latchkey::sandboxform
