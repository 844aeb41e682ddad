#include "model/domain/expiryformatter.h"
#include "model/domain/tokennamevalidator.h"
#include "model/keychain/memorysecretstore.h"
#include "model/keychain/tokencache.h"
#include "model/settings/appsettings.h"
#include "model/settings/profilestore.h"
#include "net/apierror.h"
#include "tests/support/testpaths.h"
#include "translations/translationloader.h"
#include "ui/generatetokendialog.h"
#include "ui/mainwindow.h"
#include "ui/tokenspage.h"

#include <QApplication>
#include <QDir>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace latchkey;

namespace {

// Removes every translator this process installed, so each test starts in English.
void uninstallAll()
{
    const auto translators = qApp->findChildren<QTranslator *>();
    for (QTranslator *t : translators) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    QLocale::setDefault(QLocale::system());
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { uninstallAll(); }

    void catalogueIsComplete_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("pluralForms");
        QTest::newRow("de") << u"latchkey_de.ts"_s << 2;
        QTest::newRow("fr") << u"latchkey_fr.ts"_s << 2;
        QTest::newRow("zh_CN") << u"latchkey_zh_CN.ts"_s << 1;
        QTest::newRow("en (plurals only)") << u"latchkey_en.ts"_s << 2;
    }

    void catalogueIsComplete()
    {
        QFETCH(QString, file);
        QFETCH(int, pluralForms);
        QFile ts(latchkey::test::TestPaths::source(u"translations/"_s + file));
        QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(ts.fileName()));
        QXmlStreamReader xml(&ts);
        int messages = 0;
        bool numerus = false;
        int forms = 0;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"message") {
                ++messages;
                numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
                forms = 0;
            } else if (xml.isStartElement() && xml.name() == u"source") {
                source = xml.readElementText();
            } else if (xml.isStartElement() && xml.name() == u"translation") {
                const auto type = xml.attributes().value(QLatin1String("type"));
                QVERIFY2(type != u"unfinished" && type != u"obsolete" && type != u"vanished",
                         qPrintable(u"%1: \"%2\" is %3"_s.arg(file, source, type.toString())));
                if (!numerus)
                    QVERIFY2(!xml.readElementText(QXmlStreamReader::IncludeChildElements).isEmpty(),
                             qPrintable(u"%1: \"%2\" is empty"_s.arg(file, source)));
            } else if (xml.isStartElement() && xml.name() == u"numerusform") {
                QVERIFY2(!xml.readElementText().isEmpty(),
                         qPrintable(u"%1: a plural of \"%2\" is empty"_s.arg(file, source)));
                ++forms;
            } else if (xml.isEndElement() && xml.name() == u"message" && numerus) {
                QVERIFY2(
                    forms == pluralForms,
                    qPrintable(u"%1: \"%2\" has %3 plural forms"_s.arg(file, source).arg(forms)));
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 0);
    }

    void englishPluralsReadNaturally()
    {
        const qint64 now =
            QDateTime(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
        const qint64 day = 24 * 3600 * 1000;
        QCOMPARE(TranslationLoader::install(*qApp, u"en"_s), u"en"_s);
        QCOMPARE(ExpiryFormatter::relativeExpiry(now + 3600 * 1000 + 60000, now), u"in 1 hour"_s);
        QCOMPARE(ExpiryFormatter::relativeExpiry(now + 3 * day + 60000, now), u"in 3 days"_s);
    }

    void germanModelAndNetMessages()
    {
        const ApiError conflict(ApiError::Kind::Conflict, 422,
                                u"user.personal_access_token_name_exists"_s, u"exists"_s);
        const QString english = conflict.userMessage();
        const QString emptyName = TokenNameValidator::check(u"   "_s, {}).error;
        QVERIFY(!english.isEmpty());
        QVERIFY(!emptyName.isEmpty());

        QCOMPARE(TranslationLoader::install(*qApp, u"de"_s), u"de_DE"_s);
        const QString german = conflict.userMessage();
        QVERIFY2(german != english, qPrintable(german));
        QVERIFY(!german.isEmpty());
        QVERIFY2(german.contains(u"Token"_s), qPrintable(german));
        QVERIFY(TokenNameValidator::check(u"   "_s, {}).error != emptyName);
    }

    void germanMainWindowActions()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        AppSettings appSettings(&settings);
        MemorySecretStore secrets;
        ProfileStore profiles(&settings, &secrets);
        TokenCache cache(&secrets);
        MainWindow::Services services;
        services.settings = &appSettings;
        services.profiles = &profiles;
        services.cache = &cache;

        QCOMPARE(TranslationLoader::install(*qApp, u"de"_s), u"de_DE"_s);
        MainWindow window(services);
        QStringList menus;
        for (QAction *menu : window.menuBar()->actions())
            menus.append(menu->text().remove(u'&'));
        QVERIFY2(menus.contains(u"Datei"_s) && menus.contains(u"Hilfe"_s),
                 qPrintable(menus.join(u", "_s)));
        QCOMPARE(window.refreshAction()->text().remove(u'&'), u"Aktualisieren"_s);
        // The token actions the toolbar and the Token menu share.
        QCOMPARE(window.myTokensPage()->generateAction()->text().remove(u'&'), u"Erzeugen…"_s);
        QCOMPARE(window.myTokensPage()->revokeAction()->text().remove(u'&'), u"Widerrufen…"_s);
    }

    void germanDialogDoesNotClipLabels()
    {
        GenerateTokenDialog englishDialog(u"Alex"_s, {}, 0);
        const QString englishButton = englishDialog.generateButton()->text();

        TranslationLoader::install(*qApp, u"de"_s);
        GenerateTokenDialog dialog(u"Alex"_s, {}, 0);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString germanButton = dialog.generateButton()->text();
        QVERIFY2(germanButton != englishButton, qPrintable(germanButton));
        // Qt's own buttons speak German too (qtbase_de from qt6-translations-l10n), and
        // dates in the dialog follow the chosen language.
        QStringList texts;
        for (QPushButton *button : dialog.findChildren<QPushButton *>())
            texts.append(button->text().remove(u'&'));
        QVERIFY2(texts.contains(u"Abbrechen"_s), qPrintable(texts.join(u", "_s)));
        QCOMPARE(QLocale().language(), QLocale::German);
        QCOMPARE(QLocale().dayName(1), u"Montag"_s);
        // Every button is wide enough for its (longer) German text.
        const auto buttons = dialog.findChildren<QPushButton *>();
        for (QPushButton *button : buttons) {
            if (!button->isVisible())
                continue;
            const int needed = button->fontMetrics().horizontalAdvance(button->text().remove(u'&'));
            QVERIFY2(button->width() >= needed,
                     qPrintable(u"\"%1\" is %2 px wide, needs %3"_s.arg(button->text())
                                    .arg(button->width())
                                    .arg(needed)));
        }
    }

    void availableListsEmbeddedLanguages()
    {
        const QStringList codes = TranslationLoader::available();
        QCOMPARE(codes.first(), u"en"_s);
        QVERIFY(codes.contains(u"de"_s));
        QVERIFY(codes.contains(u"zh_CN"_s));
        QVERIFY(codes.contains(u"fr"_s));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
