// ScanPlaces: where the where-used scan looks by default (credential files,
// shell start-up files and histories), and how a place is written: "~/" for
// the home folder, so that a saved list follows the user.
#pragma once

#include <QString>
#include <QStringList>

namespace latchkey {

class ScanPlaces
{
public:
    // Files and folders, "~/"-relative; folders the user adds (project roots) go after.
    static QStringList defaults();
    // "~/x" or "~" into the home folder; other paths as they are, cleaned.
    static QString expand(const QString &place, const QString &home);
    static QStringList expand(const QStringList &places, const QString &home);
    // The other way, for showing a path: the home folder becomes "~".
    static QString shorten(const QString &path, const QString &home);
};

} // namespace latchkey
