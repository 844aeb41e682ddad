// Tests ExpiryReminders in the window, on the path every offscreen run takes:
// no system tray. The in-app expiry notice stays the reminder, reminders are
// still recorded once (none again after a restart), closing the window still
// quits, the periodic check runs from its timer, and opening a reminded token
// brings up Set Expiry on it. The other saved connections are checked too: one
// on the same server for another user (each reminder once, naming its
// connection, and opening it switches the window there), and an unreachable one
// through its offline snapshot, or not at all without one. Also the settings that go with reminders
// (the thresholds, "Start at login, in the tray") and `latchkey --minimized`.
#include "app/latchkey/commandline.h"
#include "app/sandbox/sandboxserver.h"
#include "model/items/tokenlistmodel.h"
#include "model/keychain/tokencache.h"
#include "model/offline/offlinesnapshot.h"
#include "model/reminders/reminderledger.h"
#include "model/session/session.h"
#include "model/settings/appsettings.h"
#include "model/settings/profilestore.h"
#include "net/logtoclient.h"
#include "tests/support/await.h"
#include "tests/support/uitestfixture.h"
#include "tests/support/visibletoplevel.h"
#include "ui/expirynotice.h"
#include "ui/expiryreminders.h"
#include "ui/mainwindow.h"
#include "ui/remindertray.h"
#include "ui/setexpirydialog.h"
#include "ui/settingsdialog.h"
#include "ui/tokenspage.h"

#include <QApplication>
#include <QCheckBox>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace Qt::StringLiterals;
using namespace latchkey;
using latchkey::test::visibleTopLevel;

class TestExpiryReminders : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<UiTestFixture> m_fixture;
    QString m_ledger;
    QByteArray m_otherToken; // on "Other", expiring in 3 days

    ExpiryReminders::Options options() const
    {
        ExpiryReminders::Options o;
        o.ledgerFile = m_ledger;
        return o;
    }

    // With the other saved connections checked too, as the app makes it.
    ExpiryReminders::Options sweepOptions() const
    {
        ExpiryReminders::Options o = options();
        o.sessions = m_fixture->sessions();
        o.profiles = m_fixture->profiles();
        o.snapshots = m_fixture->snapshots();
        return o;
    }

    static QList<Reminder> checkOthers(ExpiryReminders *reminders)
    {
        QSignalSpy checked(reminders, &ExpiryReminders::othersChecked);
        reminders->checkOtherConnections();
        if (!checked.wait(60000))
            return {Reminder{u"timeout"_s, {}, {}, -1, {}}};
        return checked.last().at(0).value<QList<Reminder>>();
    }

    static QList<Reminder> on(const QList<Reminder> &reminders, const QString &connection)
    {
        QList<Reminder> found;
        for (const Reminder &reminder : reminders) {
            if (reminder.connection == connection)
                found.append(reminder);
        }
        return found;
    }

    bool addProfile(const ConnectionProfile &profile, const QString &secret)
    {
        bool saved = false;
        bool answered = false;
        QObject context;
        m_fixture->profiles()->add(profile, SecretBytes::fromString(secret), &context,
                                   [&](SecretStore::Outcome outcome) {
                                       saved = outcome.ok();
                                       answered = true;
                                   });
        return QTest::qWaitFor([&] { return answered; }, 20000) && saved;
    }

    // The fixture's connection, under another name, for someone else.
    ConnectionProfile sandboxProfile(const QString &name, const QString &userId) const
    {
        SandboxServer *sandbox = m_fixture->sandbox();
        ConnectionProfile profile;
        profile.name = name;
        profile.endpoint = sandbox->endpoint();
        profile.appId = sandbox->appId();
        profile.apiIndicator = sandbox->apiIndicator();
        profile.userId = userId;
        return profile;
    }

    // A check as the app runs one: on the list's arrival from the server.
    static QList<Reminder> checkOnReload(ExpiryReminders *reminders, MainWindow *window)
    {
        QSignalSpy checked(reminders, &ExpiryReminders::checked);
        window->myTokensPage()->reload();
        if (!checked.wait(20000))
            return {Reminder{u"timeout"_s, {}, {}, -1, {}}};
        return checked.last().at(0).value<QList<Reminder>>();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<QList<Reminder>>();
        m_fixture = std::make_unique<UiTestFixture>(u"tst_expiryreminders"_s);
        m_ledger = m_fixture->path(u"reminders.json"_s);
        QVERIFY(m_fixture->startSandbox());
        QVERIFY(m_fixture->openWindow());
    }

    void cleanupTestCase() { m_fixture.reset(); }

    void withoutTrayTheNoticeRemindsOnce()
    {
        QVERIFY2(!QSystemTrayIcon::isSystemTrayAvailable(), "offscreen runs have no tray");
        MainWindow *window = m_fixture->window();
        QList<Reminder> first;
        {
            ExpiryReminders reminders(window, m_fixture->appSettings(), options());
            QVERIFY(!reminders.tray());
            QVERIFY(QApplication::quitOnLastWindowClosed()); // closing the window quits
            QCOMPARE(reminders.timer()->interval(), 4 * 3600 * 1000);
            first = checkOnReload(&reminders, window);
            QVERIFY2(!first.isEmpty(), "the demo data has tokens expiring within 14 days");
            for (const Reminder &r : first)
                QVERIFY(r.thresholdDays >= 0 && r.thresholdDays <= 14);
            // The in-app notice is the reminder the user sees.
            QTRY_VERIFY(window->expiryNotice()->isVisible());
            QVERIFY(checkOnReload(&reminders, window).isEmpty());
            QVERIFY(!reminders.attention().isEmpty());
        }
        // A restart of the app: the same record, nothing announced twice.
        ExpiryReminders again(window, m_fixture->appSettings(), options());
        QCOMPARE(checkOnReload(&again, window).size(), 0);
        ReminderLedger ledger(m_ledger);
        QVERIFY(ledger.load());
    }

    // The periodic check comes from its timer, not from a busy loop.
    void timerChecksAgain()
    {
        ExpiryReminders::Options o = options();
        o.intervalMs = 50;
        ExpiryReminders reminders(m_fixture->window(), m_fixture->appSettings(), o);
        QSignalSpy checked(&reminders, &ExpiryReminders::checked);
        QVERIFY(checked.wait(10000));
    }

    // logind's wake-up signal (PrepareForSleep false) checks at once; going to sleep does not.
    void wakeUpChecks()
    {
        ExpiryReminders reminders(m_fixture->window(), m_fixture->appSettings(), options());
        QSignalSpy checked(&reminders, &ExpiryReminders::checked);
        reminders.prepareForSleep(true);
        QCOMPARE(checked.size(), 0);
        reminders.prepareForSleep(false);
        QVERIFY(checked.size() >= 1);
    }

    void openTokenReadiesSetExpiry()
    {
        MainWindow *window = m_fixture->window();
        ExpiryReminders reminders(window, m_fixture->appSettings(), options());
        const QList<PersonalAccessToken> soon = reminders.attention();
        QVERIFY(!soon.isEmpty());
        const PersonalAccessToken token = soon.last();
        window->showPage(MainWindow::Page::Inspector);
        // The click may come while a refresh is under way: the dialog waits for the list.
        TokensPage *mine = window->myTokensPage();
        mine->reload();
        QVERIFY(mine->isBusy());
        QMetaObject::invokeMethod(
            &reminders, [&] { reminders.openToken(token.fingerprint); }, Qt::QueuedConnection);
        SetExpiryDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = visibleTopLevel<SetExpiryDialog>()));
        QVERIFY(mine->isVisible());
        const QModelIndex current = mine->view()->selectionModel()->currentIndex();
        QCOMPARE(current.data(TokenListModel::FingerprintRole).toByteArray(), token.fingerprint);
        dialog->reject();
    }

    // Another user of the same directory on a second connection: reminded of once,
    // naming the connection; the open one is not swept again.
    void otherConnectionsAreChecked()
    {
        LogtoClient *client = m_fixture->window()->session()->client();
        const auto users = test::await<Result<UserPage>>(
            [&](QObject *c, auto done) { client->listUsers({}, c, done); });
        QVERIFY(users && users->ok());
        QString otherUser;
        for (const User &user : users->value().users) {
            if (user.id != m_fixture->sandbox()->primaryUserId())
                otherUser = user.id;
        }
        QVERIFY(!otherUser.isEmpty());
        QVERIFY(
            addProfile(sandboxProfile(u"Other"_s, otherUser), m_fixture->sandbox()->appSecret()));

        ExpiryReminders reminders(m_fixture->window(), m_fixture->appSettings(), sweepOptions());
        // What the demo data already holds for that user is announced by the first look.
        const QList<Reminder> first = checkOthers(&reminders);
        for (const Reminder &reminder : first)
            QVERIFY(reminder.thresholdDays >= 0); // not the timeout's
        QCOMPARE(on(first, u"Sandbox"_s).size(), 0);

        const auto made = test::await<Result<CreatedToken>>([&](QObject *c, auto done) {
            client->createToken(otherUser, u"other-soon"_s,
                                QDateTime::currentDateTimeUtc().addDays(3), c, done);
        });
        QVERIFY(made && made->ok());
        const QList<Reminder> due = checkOthers(&reminders);
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.first().token.name, u"other-soon"_s);
        QCOMPARE(due.first().connection, u"Other"_s);
        QCOMPARE(due.first().userId, otherUser);
        QCOMPARE(due.first().endpoint, m_fixture->window()->session()->endpointKey());
        QVERIFY(due.first().thresholdDays > 0);
        m_otherToken = due.first().token.fingerprint;

        QCOMPARE(checkOthers(&reminders).size(), 0);
    }

    // A connection that cannot be reached counts with its offline snapshot; without
    // one it is left out and the others are still checked.
    void unreachableConnectionUsesItsSnapshot()
    {
        ConnectionProfile gone;
        gone.name = u"Gone"_s;
        gone.endpoint = QUrl(u"http://127.0.0.1:9"_s); // discard: nothing listens
        gone.appId = m_fixture->sandbox()->appId();
        gone.userId = u"gone-user"_s;
        QVERIFY(addProfile(gone, u"secret"_s));

        ExpiryReminders reminders(m_fixture->window(), m_fixture->appSettings(), sweepOptions());
        const QList<Reminder> none = checkOthers(&reminders);
        QCOMPARE(none.size(), 0);

        PersonalAccessToken soon;
        soon.name = u"gone-soon"_s;
        soon.userId = gone.userId;
        soon.fingerprint = QByteArray(64, 'e');
        soon.hint = u"gone"_s;
        soon.createdAt = QDateTime::currentDateTimeUtc().addDays(-30);
        soon.expiresAt = QDateTime::currentDateTimeUtc().addDays(2);
        OfflineSnapshot::Data kept;
        kept.profile = gone.name;
        kept.endpoint = TokenCache::endpointKey(gone.endpoint);
        kept.userId = gone.userId;
        kept.tokens = {soon};
        QString error;
        QVERIFY2(m_fixture->snapshots()->save(kept, &error), qPrintable(error));

        const QList<Reminder> due = checkOthers(&reminders);
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.first().connection, u"Gone"_s);
        QCOMPARE(due.first().token.fingerprint, soon.fingerprint);
        QCOMPARE(due.first().endpoint, kept.endpoint);
    }

    // A reminder on another connection opens there, with Set Expiry on its token.
    void openTokenSwitchesConnection()
    {
        QVERIFY2(!m_otherToken.isEmpty(), "otherConnectionsAreChecked runs first");
        MainWindow *window = m_fixture->window();
        ExpiryReminders reminders(window, m_fixture->appSettings(), sweepOptions());
        window->showPage(MainWindow::Page::Inspector);
        QMetaObject::invokeMethod(
            &reminders, [&] { reminders.openToken(m_otherToken, u"Other"_s); },
            Qt::QueuedConnection);
        SetExpiryDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = visibleTopLevel<SetExpiryDialog>()), 30000);
        QCOMPARE(window->session()->profile().name, u"Other"_s);
        TokensPage *mine = window->myTokensPage();
        QVERIFY(mine->isVisible());
        const QModelIndex current = mine->view()->selectionModel()->currentIndex();
        QCOMPARE(current.data(TokenListModel::FingerprintRole).toByteArray(), m_otherToken);
        dialog->reject();

        // Back to the fixture's connection for the cases after this one.
        QSignalSpy loaded(window, &MainWindow::myTokensLoaded);
        window->openProfile(u"Sandbox"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            window->session()->profile().name == u"Sandbox"_s && !loaded.isEmpty(), 30000);
    }

    void thresholdsInSettings()
    {
        SettingsDialog::Values values;
        values.reminderDays = {30, 7};
        values.startAtLogin = true;
        SettingsDialog dialog(values);
        QCOMPARE(dialog.reminderField()->text(), u"30, 7"_s);
        QVERIFY(dialog.startAtLoginBox()->isChecked());
        dialog.reminderField()->setText(u"7, soon"_s);
        QVERIFY(!dialog.okButton()->isEnabled());
        dialog.reminderField()->setText(u"1 3,  10"_s);
        QVERIFY(dialog.okButton()->isEnabled());
        dialog.startAtLoginBox()->setChecked(false);
        QCOMPARE(dialog.values().reminderDays, (QList<int>{10, 3, 1}));
        QCOMPARE(dialog.values().startAtLogin, std::optional<bool>(false));

        SettingsDialog::Values noAutostart;
        SettingsDialog plain(noAutostart);
        QVERIFY(!plain.startAtLoginBox()->isVisibleTo(&plain));
        QCOMPARE(plain.values().startAtLogin, std::nullopt);
    }

    // The tray on its own: offscreen there is no tray to click, but its menu and a click on
    // its notification are what a user reaches.
    void trayMenuAndNotificationOpenTheToken()
    {
        PersonalAccessToken soon;
        soon.name = u"deploy key"_s;
        soon.fingerprint = QByteArray(64, 'a');
        soon.expiresAt = QDateTime::currentDateTimeUtc().addDays(3);
        ReminderTray tray;
        tray.setAttention({soon}, 14);
        QVERIFY2(tray.icon()->toolTip().contains(u"1 token"_s), qPrintable(tray.icon()->toolTip()));
        QAction *entry = nullptr;
        QStringList texts;
        for (QAction *action : tray.menu()->actions()) {
            texts.append(action->text());
            if (action->text() == soon.name)
                entry = action;
        }
        QVERIFY2(entry && texts.contains(u"Open Latchkey"_s) && texts.contains(u"Quit"_s),
                 qPrintable(texts.join(u" | "_s)));

        QSignalSpy tokenAsked(&tray, &ReminderTray::tokenRequested);
        QSignalSpy windowAsked(&tray, &ReminderTray::openRequested);
        entry->trigger();
        QCOMPARE(tokenAsked.size(), 1);
        QCOMPARE(tokenAsked.last().at(0).toByteArray(), soon.fingerprint);
        QCOMPARE(tokenAsked.last().at(1).toString(), QString()); // the open connection

        tray.notify({Reminder{u"https://logto.test"_s, u"u1"_s, soon, 7, {}}});
        emit tray.icon()->messageClicked();
        QCOMPARE(tokenAsked.size(), 2);
        QCOMPARE(tokenAsked.last().at(0).toByteArray(), soon.fingerprint);

        // One from another connection opens it there.
        tray.notify({Reminder{u"https://logto.test"_s, u"u2"_s, soon, 1, u"Work"_s}});
        emit tray.icon()->messageClicked();
        QCOMPARE(tokenAsked.size(), 3);
        QCOMPARE(tokenAsked.last().at(0).toByteArray(), soon.fingerprint);
        QCOMPARE(tokenAsked.last().at(1).toString(), u"Work"_s);

        // A notification that is not about a token opens the window, not the last token.
        tray.say(u"Latchkey is still running"_s, u"…"_s);
        emit tray.icon()->messageClicked();
        QCOMPARE(windowAsked.size(), 1);
        QCOMPARE(tokenAsked.size(), 3);

        tray.setAttention({}, 14);
        QVERIFY(!tray.menu()->actions().isEmpty());
        QVERIFY(tray.icon()->toolTip().contains(u"No tokens expire soon"_s));
    }

    void minimizedIsParsed()
    {
        CommandLine plain;
        QVERIFY(plain.parse({u"latchkey"_s}));
        QVERIFY(!plain.isSet(plain.minimized));
        CommandLine minimized;
        QVERIFY2(minimized.parse({u"latchkey"_s, u"--minimized"_s}),
                 qPrintable(minimized.errorText()));
        QVERIFY(minimized.isSet(minimized.minimized));
    }
};

QTEST_MAIN(TestExpiryReminders)
#include "tst_expiryreminders.moc"
