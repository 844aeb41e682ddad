// TestPaths: read from the build tree's CMakeCache.txt, once per process.
#include "tests/support/testpaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace latchkey::test {

namespace {

struct Trees
{
    QString build;
    QString source;
};

Trees findTrees()
{
    Trees trees;
    QDir dir(QCoreApplication::applicationDirPath());
    do {
        if (QFileInfo::exists(dir.filePath(u"CMakeCache.txt"_s))) {
            trees.build = dir.absolutePath();
            break;
        }
    } while (dir.cdUp());
    if (trees.build.isEmpty())
        qFatal("TestPaths: no CMakeCache.txt above %s",
               qPrintable(QCoreApplication::applicationDirPath()));

    QFile cache(QDir(trees.build).filePath(u"CMakeCache.txt"_s));
    if (cache.open(QIODevice::ReadOnly | QIODevice::Text)) {
        const QByteArray key = "CMAKE_HOME_DIRECTORY:INTERNAL=";
        while (!cache.atEnd()) {
            const QByteArray line = cache.readLine().trimmed();
            if (line.startsWith(key)) {
                trees.source = QString::fromUtf8(line.mid(key.size()));
                break;
            }
        }
    }
    if (trees.source.isEmpty())
        qFatal("TestPaths: %s/CMakeCache.txt names no source tree", qPrintable(trees.build));
    return trees;
}

const Trees &trees()
{
    static const Trees found = findTrees();
    return found;
}

} // namespace

QString TestPaths::buildDir()
{
    return trees().build;
}

QString TestPaths::sourceDir()
{
    return trees().source;
}

QString TestPaths::build(const QString &relative)
{
    return QDir(buildDir()).filePath(relative);
}

QString TestPaths::source(const QString &relative)
{
    return QDir(sourceDir()).filePath(relative);
}

} // namespace latchkey::test
