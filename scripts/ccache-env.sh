# Sourced by build.sh and test.sh. ccache keys on the compiler's arguments and
# working folder; these make a build in any clone of the project hit what a
# build in another clone stored: paths under the project root are hashed
# relative to it, and the build folder itself is not hashed (the debug info
# then names the first clone's folder, which only gdb's source lookup sees).
export CCACHE_BASEDIR=$root
export CCACHE_NOHASHDIR=true
# Qt's Test package defines QT_TESTCASE_SOURCEDIR as the clone's absolute source folder
# for every test; only QFINDTESTDATA expands it, and no test uses that (tests/CMakeLists.txt
# makes QT_TESTCASE_BUILDDIR, which QTEST_MAIN expands, the same in every clone).
export CCACHE_IGNOREOPTIONS='-DQT_TESTCASE_SOURCEDIR=*'
# Three trees (main, ASan, fuzz) of a few hundred objects each, with debug info.
export CCACHE_MAXSIZE=${CCACHE_MAXSIZE:-8G}
