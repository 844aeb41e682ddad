// splitView: QByteArrayView::split for Qt 6.4, without copying the (secret) bytes.
#pragma once

#include <QByteArrayView>
#include <QList>

namespace latchkey {

inline QList<QByteArrayView> splitView(QByteArrayView text, char separator)
{
    QList<QByteArrayView> parts;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == separator) {
            parts.append(text.sliced(start, i - start));
            start = i + 1;
        }
    }
    parts.append(text.sliced(start));
    return parts;
}

} // namespace latchkey
