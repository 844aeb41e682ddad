// TestPaths: the source and build trees of the running test, found at run time so that no
// test object carries a clone's absolute path (ccache then shares them between clones).
#pragma once

#include <QString>

namespace latchkey::test {

class TestPaths
{
public:
    // The build tree: the nearest folder above the test executable holding CMakeCache.txt.
    static QString buildDir();
    // The source tree that build tree was configured from (CMAKE_HOME_DIRECTORY).
    static QString sourceDir();

    // relative is a path inside the tree, such as "tests/inspector/data/tokens.tsv".
    static QString build(const QString &relative);
    static QString source(const QString &relative);
};

} // namespace latchkey::test
