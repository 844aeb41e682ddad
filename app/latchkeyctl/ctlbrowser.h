// CtlBrowser: opens a URL for latchkeyctl the way command-line tools do: with
// the program named in $BROWSER (the first of a ':'-separated list; it gets the
// URL as its argument, or in place of a "%s"), else xdg-open. Started detached:
// latchkeyctl does not wait for the browser, only for the sign-in to come back.
#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace latchkey {

class CtlBrowser
{
public:
    // The program and its arguments for this URL, from $BROWSER's value (empty = xdg-open).
    static QStringList command(const QString &browserVariable, const QUrl &url);
    // Starts it; false (with why) when it could not be started.
    static bool open(const QUrl &url, QString *error);
};

} // namespace latchkey
