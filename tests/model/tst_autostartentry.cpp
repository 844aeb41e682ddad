// Tests AutostartEntry: "Start at login, in the tray" writes the XDG autostart
// entry with the right Exec line under $XDG_CONFIG_HOME/autostart, and removes it.
#include "model/settings/autostartentry.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace latchkey;

class TestAutostartEntry : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QString readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

private slots:
    void followsXdgConfigHome()
    {
        const QByteArray saved = qgetenv("XDG_CONFIG_HOME");
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(u"config"_s).toUtf8());
        QCOMPARE(AutostartEntry::defaultDirectory(), m_dir.filePath(u"config/autostart"_s));
        qputenv("XDG_CONFIG_HOME", "relative/is/ignored");
        QCOMPARE(AutostartEntry::defaultDirectory(), QDir::homePath() + u"/.config/autostart"_s);
        qunsetenv("XDG_CONFIG_HOME");
        QCOMPARE(AutostartEntry::defaultDirectory(), QDir::homePath() + u"/.config/autostart"_s);
        if (!saved.isEmpty())
            qputenv("XDG_CONFIG_HOME", saved);
    }

    void writtenAndRemoved()
    {
        const QString dir = m_dir.filePath(u"autostart"_s);
        AutostartEntry entry(u"io.latchkey.Latchkey"_s, dir);
        QVERIFY(!entry.isEnabled());
        QCOMPARE(entry.file(), dir + u"/io.latchkey.Latchkey.desktop"_s);
        QString error;
        QVERIFY2(entry.enable(u"/usr/bin/latchkey"_s, &error), qPrintable(error));
        QVERIFY(entry.isEnabled());
        const QString text = readAll(entry.file());
        QVERIFY(text.startsWith(u"[Desktop Entry]\n"_s));
        QVERIFY2(text.contains(u"\nExec=/usr/bin/latchkey --minimized\n"_s), qPrintable(text));
        QVERIFY(text.contains(u"\nType=Application\n"_s));
        // What a desktop reads back: the keys of a valid entry.
        QSettings desktop(entry.file(), QSettings::IniFormat);
        QCOMPARE(desktop.value(u"Desktop Entry/Exec"_s).toString(),
                 u"/usr/bin/latchkey --minimized"_s);
        QCOMPARE(desktop.value(u"Desktop Entry/Name"_s).toString(), u"Latchkey"_s);

        QVERIFY(entry.enable(u"/opt/latchkey/bin/latchkey"_s)); // rewritten, not appended
        QCOMPARE(readAll(entry.file()).count(u"Exec="_s), 1);
        QVERIFY2(entry.disable(&error), qPrintable(error));
        QVERIFY(!entry.isEnabled());
        QVERIFY(!QFile::exists(entry.file()));
        QVERIFY(entry.disable()); // already gone is fine
    }

    void execLineQuotesOddPaths_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("exec");
        QTest::newRow("plain") << u"/usr/bin/latchkey"_s << u"/usr/bin/latchkey --minimized"_s;
        QTest::newRow("space") << u"/home/ada/My Apps/latchkey"_s
                               << u"\"/home/ada/My Apps/latchkey\" --minimized"_s;
        // \$ inside the quotes, then every backslash doubled for the file's string escapes.
        QTest::newRow("dollar") << u"/home/$ada/latchkey"_s
                                << u"\"/home/\\\\$ada/latchkey\" --minimized"_s;
        QTest::newRow("quote") << u"/a\"b/latchkey"_s << u"\"/a\\\\\"b/latchkey\" --minimized"_s;
    }

    void execLineQuotesOddPaths()
    {
        QFETCH(QString, program);
        QFETCH(QString, exec);
        QCOMPARE(AutostartEntry::execLine(program), exec);
    }
};

QTEST_GUILESS_MAIN(TestAutostartEntry)
#include "tst_autostartentry.moc"
