// ScanWalker: the files a where-used scan reads, from a list of places. A file
// named in the list is read even through a symbolic link (it was chosen); in a
// folder, links are followed only when they stay inside it, every folder is
// entered once (so a link loop ends), a file reached twice is read once, and
// git's object store (.git/objects, .git/lfs) is left alone.
#pragma once

#include "model/scan/scanreport.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>

namespace latchkey {

class ScanWalker
{
public:
    struct File
    {
        QByteArray nativePath; // what to open
        QString shownPath;     // what to report: the path as walked
        bool followLink = false;
    };
    // Returns false to stop the walk (a cancelled scan).
    using Visit = std::function<bool(const File &file)>;
    using Skip = std::function<void(const QString &path, ScanSkip::Reason reason)>;

    // Places that do not exist are passed over in silence: the defaults name
    // files many people do not have. Returns false when visit stopped it.
    static bool walk(const QStringList &places, const Visit &visit, const Skip &skip);
};

} // namespace latchkey
