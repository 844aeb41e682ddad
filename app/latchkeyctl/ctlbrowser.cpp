// CtlBrowser: opens a URL with $BROWSER or xdg-open.
#include "app/latchkeyctl/ctlbrowser.h"

#include <QCoreApplication>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace latchkey {

QStringList CtlBrowser::command(const QString &browserVariable, const QUrl &url)
{
    const QString link = url.toString(QUrl::FullyEncoded);
    const QString first = browserVariable.split(u':', Qt::SkipEmptyParts).value(0).trimmed();
    if (first.isEmpty())
        return {u"xdg-open"_s, link};
    QStringList parts = QProcess::splitCommand(first);
    if (parts.isEmpty())
        return {u"xdg-open"_s, link};
    bool placed = false;
    for (QString &part : parts) {
        if (part.contains(u"%s"_s)) {
            part.replace(u"%s"_s, link);
            placed = true;
        }
    }
    if (!placed)
        parts.append(link);
    return parts;
}

bool CtlBrowser::open(const QUrl &url, QString *error)
{
    QStringList parts = command(qEnvironmentVariable("BROWSER"), url);
    const QString program = parts.takeFirst();
    if (QProcess::startDetached(program, parts))
        return true;
    if (error)
        *error =
            QCoreApplication::translate("latchkeyctl", "%1 could not be started.").arg(program);
    return false;
}

} // namespace latchkey
