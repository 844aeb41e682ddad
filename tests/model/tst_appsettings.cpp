// Tests AppSettings: defaults, bounds against hand-edited files, change
// signals, persistence, opaque UI state, the where-used scan's places and the
// recent resources of "Copy access token for…".
#include "model/scan/scanplaces.h"
#include "model/settings/appsettings.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace latchkey;

class TestAppSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void defaults()
    {
        QSettings settings(m_dir.filePath(u"defaults.ini"_s), QSettings::IniFormat);
        AppSettings app(&settings);
        QCOMPARE(app.clipboardClearSeconds(), 30);
        QCOMPARE(app.expiringSoonDays(), 7);
        QCOMPARE(app.maxLifetimeDays(), 0);
        QCOMPARE(app.reminderDays(), (QList<int>{14, 7, 1}));
        QVERIFY(app.language().isEmpty());
        QVERIFY(app.currentProfile().isEmpty());
        QVERIFY(app.uiState(u"mainWindow/geometry"_s).isEmpty());
    }

    void changesPersistAndSignal()
    {
        const QString file = m_dir.filePath(u"persist.ini"_s);
        {
            QSettings settings(file, QSettings::IniFormat);
            AppSettings app(&settings);
            QSignalSpy soon(&app, &AppSettings::expiringSoonDaysChanged);
            QSignalSpy profile(&app, &AppSettings::currentProfileChanged);
            app.setExpiringSoonDays(14);
            app.setExpiringSoonDays(14); // unchanged: no second signal
            QCOMPARE(soon.size(), 1);
            QCOMPARE(soon[0][0].toInt(), 14);
            app.setClipboardClearSeconds(45);
            app.setMaxLifetimeDays(90);
            QSignalSpy reminders(&app, &AppSettings::reminderDaysChanged);
            app.setReminderDays({3, 30, 3, 10});
            app.setReminderDays({30, 10, 3});
            QCOMPARE(reminders.size(), 1);
            app.setLanguage(u"de"_s);
            app.setCurrentProfile(u"Prod / EU"_s);
            QCOMPARE(profile.size(), 1);
            app.setUiState(u"mainWindow/geometry"_s, QByteArray("\x01\x02\x00\xff", 4));
        }
        QSettings settings(file, QSettings::IniFormat);
        AppSettings app(&settings);
        QCOMPARE(app.expiringSoonDays(), 14);
        QCOMPARE(app.clipboardClearSeconds(), 45);
        QCOMPARE(app.maxLifetimeDays(), 90);
        QCOMPARE(app.reminderDays(), (QList<int>{30, 10, 3}));
        QCOMPARE(app.language(), u"de"_s);
        QCOMPARE(app.currentProfile(), u"Prod / EU"_s);
        QCOMPARE(app.uiState(u"mainWindow/geometry"_s), QByteArray("\x01\x02\x00\xff", 4));
    }

    void nonsenseFallsBack()
    {
        QSettings settings(m_dir.filePath(u"nonsense.ini"_s), QSettings::IniFormat);
        settings.setValue(u"general/expiringSoonDays"_s, u"lots"_s);
        settings.setValue(u"general/clipboardClearSeconds"_s, -5);
        settings.setValue(u"general/maxLifetimeDays"_s, 99999999);
        AppSettings app(&settings);
        QCOMPARE(app.expiringSoonDays(), 7);
        QCOMPARE(app.clipboardClearSeconds(), 30);
        QCOMPARE(app.maxLifetimeDays(), 0);
        app.setClipboardClearSeconds(-1);
        QCOMPARE(app.clipboardClearSeconds(), 0);
    }

    // No reminders is a choice that must survive a restart, not fall back to the defaults.
    void reminderDaysMayBeNone()
    {
        const QString file = m_dir.filePath(u"reminders.ini"_s);
        {
            QSettings settings(file, QSettings::IniFormat);
            AppSettings(&settings).setReminderDays({});
        }
        QSettings settings(file, QSettings::IniFormat);
        QVERIFY(AppSettings(&settings).reminderDays().isEmpty());
        settings.setValue(u"preferences/reminderDays"_s, u"7, soon"_s);
        QCOMPARE(AppSettings(&settings).reminderDays(), (QList<int>{14, 7, 1}));
    }

    void scanPlacesStartFromTheDefaults()
    {
        const QString file = m_dir.filePath(u"scan.ini"_s);
        {
            QSettings settings(file, QSettings::IniFormat);
            AppSettings app(&settings);
            QCOMPARE(app.scanPlaces(), ScanPlaces::defaults());
            QVERIFY(app.scanPlaces().contains(u"~/.npmrc"_s));
            QSignalSpy changed(&app, &AppSettings::scanPlacesChanged);
            app.setScanPlaces({u"~/.npmrc"_s, u" ~/proj "_s, u""_s, u"~/proj"_s});
            QCOMPARE(changed.size(), 1);
            app.setScanPlaces({u"~/.npmrc"_s, u"~/proj"_s});
            QCOMPARE(changed.size(), 1);
        }
        QSettings settings(file, QSettings::IniFormat);
        AppSettings app(&settings);
        QCOMPARE(app.scanPlaces(), (QStringList{u"~/.npmrc"_s, u"~/proj"_s}));
        // Emptied on purpose stays empty.
        app.setScanPlaces({});
        QVERIFY(app.scanPlaces().isEmpty());
    }

    void recentResourcesAreNewestFirstAndFew()
    {
        QSettings settings(m_dir.filePath(u"recent.ini"_s), QSettings::IniFormat);
        AppSettings app(&settings);
        QVERIFY(app.recentResources().isEmpty());
        for (int i = 0; i < 12; ++i)
            app.addRecentResource(u"https://api%1.example.com"_s.arg(i));
        app.addRecentResource(u"https://api5.example.com"_s);
        app.addRecentResource(u"  "_s);
        const QStringList recent = app.recentResources();
        QCOMPARE(recent.size(), 10);
        QCOMPARE(recent.first(), u"https://api5.example.com"_s);
        QCOMPARE(recent.at(1), u"https://api11.example.com"_s);
        QCOMPARE(recent.count(u"https://api5.example.com"_s), 1);
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
