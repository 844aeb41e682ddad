// Tests that `latchkey --sandbox --exit-after-load` starts, fills the users list
// and the first token table over HTTP, and exits 0 — the app as a user runs it.
#include "tests/support/testpaths.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestStartup : public QObject
{
    Q_OBJECT

private slots:
    void sandboxLoadsAndExits();
    void versionPrints();
    void textOnlyOptionsNeedNoDisplay_data();
    void textOnlyOptionsNeedNoDisplay();
};

void TestStartup::sandboxLoadsAndExits()
{
    QTemporaryDir config;
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Its own settings, so that parallel tests never share the "Sandbox" profile file.
    env.insert(u"XDG_CONFIG_HOME"_s, config.path());
    env.insert(u"XDG_DATA_HOME"_s, config.filePath(u"data"_s));
    app.setProcessEnvironment(env);
    app.start(latchkey::test::TestPaths::build(u"app/latchkey/latchkey"_s),
              {u"--sandbox"_s, u"--exit-after-load"_s});
    QVERIFY(app.waitForStarted());
    QVERIFY(app.waitForFinished(60000));
    const QByteArray out = app.readAllStandardOutput();
    const QByteArray err = app.readAllStandardError();
    QVERIFY2(app.exitStatus() == QProcess::NormalExit, err.constData());
    QVERIFY2(app.exitCode() == 0, (out + err).constData());
    QVERIFY2(out.startsWith("loaded "), out.constData());
}

void TestStartup::versionPrints()
{
    QProcess app;
    app.start(latchkey::test::TestPaths::build(u"app/latchkey/latchkey"_s), {u"--version"_s});
    QVERIFY(app.waitForFinished(20000));
    QCOMPARE(app.exitCode(), 0);
    QVERIFY(app.readAllStandardOutput().contains("Latchkey"));
}

void TestStartup::textOnlyOptionsNeedNoDisplay_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("--version") << u"--version"_s << QByteArray("Latchkey");
    QTest::newRow("-v") << u"-v"_s << QByteArray("Latchkey");
    QTest::newRow("--help") << u"--help"_s << QByteArray("--sandbox");
    QTest::newRow("-h") << u"-h"_s << QByteArray("--screenshot-dir");
}

// On a server or in a terminal without X11 or Wayland, Qt's default platform
// plugin cannot start: --help and --version must not need one.
void TestStartup::textOnlyOptionsNeedNoDisplay()
{
    QFETCH(QString, option);
    QFETCH(QByteArray, expected);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"QT_QPA_PLATFORM"_s, u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s})
        env.remove(name);
    QProcess app;
    app.setProcessEnvironment(env);
    app.start(latchkey::test::TestPaths::build(u"app/latchkey/latchkey"_s), {option});
    QVERIFY(app.waitForFinished(20000));
    const QByteArray out = app.readAllStandardOutput();
    const QByteArray err = app.readAllStandardError();
    QVERIFY2(app.exitStatus() == QProcess::NormalExit, err.constData());
    QVERIFY2(app.exitCode() == 0, (out + err).constData());
    QVERIFY2(out.contains(expected), out.constData());
}

QTEST_GUILESS_MAIN(TestStartup)
#include "tst_startup.moc"
