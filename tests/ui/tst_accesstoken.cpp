// Tests "Copy access token for…" on a real window against the sandbox's token exchange: the
// access token for the chosen API (never the PAT) goes through the clipboard guard, the
// resource is remembered; a token revoked behind the window's back, an unknown resource and
// a token without a cached value get the sentence TokenExchanger gives, and nothing is copied.
#include "app/sandbox/sandboxserver.h"
#include "model/items/tokenlistmodel.h"
#include "model/offline/connectionkeeper.h"
#include "model/operations/tokenservice.h"
#include "model/session/session.h"
#include "model/settings/appsettings.h"
#include "net/logtoclient.h"
#include "tests/support/uitestfixture.h"
#include "tests/support/visibletoplevel.h"
#include "ui/accesstokendialog.h"
#include "ui/clipboardguard.h"
#include "ui/mainwindow.h"
#include "ui/tokenspage.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace latchkey;
using latchkey::test::visibleTopLevel;

namespace {

QJsonObject claimsOf(const QString &jwt)
{
    const QList<QByteArray> parts = jwt.trimmed().toLatin1().split('.');
    if (parts.size() != 3)
        return {};
    return QJsonDocument::fromJson(QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding))
        .object();
}

} // namespace

class TestAccessToken : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void copiesAnAccessTokenForTheResource();
    void aTokenRevokedElsewhereIsSaidToBe();
    void anUnknownResourceIsNamed();
    void aTokenWithoutCachedValueIsSaidToBe();

private:
    QByteArray generate(const QString &name);
    // Selects the token and opens its "Copy access token for…" dialog.
    AccessTokenDialog *openDialog(const QString &name);
    // Asks for resource and returns the sentence the dialog then shows.
    QString refusal(AccessTokenDialog *dialog, const QString &resource);

    std::unique_ptr<UiTestFixture> m_fixture;
    MainWindow *m_window = nullptr;
    TokensPage *m_page = nullptr;
    QByteArray m_deploy;
};

void TestAccessToken::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_fixture = std::make_unique<UiTestFixture>(u"tst_accesstoken"_s);
    QVERIFY(m_fixture->startSandbox());
    QVERIFY(m_fixture->openWindow());
    m_window = m_fixture->window();
    m_page = m_window->myTokensPage();
    m_deploy = generate(u"deploy"_s);
    QVERIFY(m_deploy.startsWith("pat_"));
}

void TestAccessToken::cleanupTestCase()
{
    m_fixture.reset();
}

// Generates a token through the session, as the window's Generate does, and shows it once
// the list (and its offline copy) has it.
QByteArray TestAccessToken::generate(const QString &name)
{
    std::optional<TokenResult<IssuedToken>> issued;
    QObject context;
    m_window->session()->tokens()->generate(
        m_page->userId(), name, ExpirySpec::inDays(30), &context,
        [&issued](TokenResult<IssuedToken> result) { issued = std::move(result); });
    if (!QTest::qWaitFor([&issued] { return issued.has_value(); }, 20000) || !*issued)
        return {};
    QSignalSpy kept(m_window->session()->keeper(), &ConnectionKeeper::listKept);
    m_page->reload();
    if (!kept.wait(20000))
        return {};
    const QByteArray fingerprint = issued->value().token.fingerprint;
    if (!QTest::qWaitFor([this, fingerprint] { return m_page->model()->rowOf(fingerprint) >= 0; },
                         20000))
        return {};
    return issued->value().value.bytes();
}

AccessTokenDialog *TestAccessToken::openDialog(const QString &name)
{
    QTreeView *view = m_page->view();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, 0);
        if (index.data(TokenListModel::NameRole).toString() == name)
            view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                               QItemSelectionModel::Rows);
    }
    if (!m_page->copyAccessTokenAction()->isEnabled())
        return nullptr;
    m_page->copyAccessTokenAction()->trigger();
    AccessTokenDialog *dialog = nullptr;
    if (!QTest::qWaitFor([&dialog] { return (dialog = visibleTopLevel<AccessTokenDialog>()); },
                         5000))
        return nullptr;
    return dialog;
}

QString TestAccessToken::refusal(AccessTokenDialog *dialog, const QString &resource)
{
    dialog->resourceCombo()->setEditText(resource);
    QTest::mouseClick(dialog->copyButton(), Qt::LeftButton);
    if (!QTest::qWaitFor([dialog] { return dialog->errorLabel()->isVisible(); }, 20000))
        return {};
    const QString said = dialog->errorLabel()->text();
    // Still open, ready for another try.
    if (!dialog->isVisible() || !dialog->copyButton()->isEnabled())
        return u"(the dialog did not stay usable)"_s;
    dialog->reject();
    return said;
}

void TestAccessToken::copiesAnAccessTokenForTheResource()
{
    QSignalSpy cleared(m_window->clipboardGuard(), &ClipboardGuard::finished);
    QGuiApplication::clipboard()->clear();
    AccessTokenDialog *dialog = openDialog(u"deploy"_s);
    QVERIFY(dialog);
    const QString resource = m_fixture->sandbox()->apiIndicator();
    dialog->resourceCombo()->setEditText(resource);
    QTest::mouseClick(dialog->copyButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!visibleTopLevel<AccessTokenDialog>(), 20000);

    // An access token for that API, of the token's user; not the PAT.
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY(!copied.isEmpty());
    QVERIFY(!copied.contains(QString::fromLatin1(m_deploy)));
    const QJsonObject claims = claimsOf(copied);
    QCOMPARE(claims[u"aud"_s].toString(), resource);
    QCOMPARE(claims[u"sub"_s].toString(), m_page->userId());
    QVERIFY(claims[u"exp"_s].toInteger() > QDateTime::currentSecsSinceEpoch());
    // Through the guard: concealed from clipboard managers, and cleared.
    QCOMPARE(QGuiApplication::clipboard()->mimeData()->data(u"x-kde-passwordManagerHint"_s),
             "secret"_ba);
    QVERIFY(cleared.wait(10000));
    QCOMPARE(cleared.first().first().toBool(), true);
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());

    // The resource is remembered, and offered first next time.
    QCOMPARE(m_fixture->appSettings()->recentResources().value(0), resource);
    dialog = openDialog(u"deploy"_s);
    QVERIFY(dialog);
    QCOMPARE(dialog->resourceCombo()->currentText(), resource);
    dialog->reject();
}

void TestAccessToken::aTokenRevokedElsewhereIsSaidToBe()
{
    QVERIFY(generate(u"elsewhere"_s).startsWith("pat_"));
    // Deleted on the server behind the window's back: the table still shows it.
    std::optional<Result<Done>> deleted;
    QObject context;
    m_window->session()->client()->deleteToken(
        m_page->userId(), u"elsewhere"_s, &context,
        [&deleted](Result<Done> result) { deleted = std::move(result); });
    QTRY_VERIFY_WITH_TIMEOUT(deleted.has_value(), 20000);
    QVERIFY(*deleted);

    QGuiApplication::clipboard()->clear();
    AccessTokenDialog *dialog = openDialog(u"elsewhere"_s);
    QVERIFY(dialog);
    const QString said = refusal(dialog, m_fixture->sandbox()->apiIndicator());
    QVERIFY2(said.contains(u"\"elsewhere\" is no longer on the server"_s) &&
                 said.contains(u"revoked"_s),
             qPrintable(said));
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
}

void TestAccessToken::anUnknownResourceIsNamed()
{
    AccessTokenDialog *dialog = openDialog(u"deploy"_s);
    QVERIFY(dialog);
    const QString said = refusal(dialog, u"https://unknown.example/api"_s);
    QVERIFY2(said.contains(u"does not know the API resource \"https://unknown.example/api\""_s),
             qPrintable(said));
    QVERIFY(
        !m_fixture->appSettings()->recentResources().contains(u"https://unknown.example/api"_s));
}

void TestAccessToken::aTokenWithoutCachedValueIsSaidToBe()
{
    // Made straight on the server: Latchkey never saw its value.
    std::optional<Result<CreatedToken>> created;
    QObject context;
    m_window->session()->client()->createToken(
        m_page->userId(), u"made-elsewhere"_s, std::nullopt, &context,
        [&created](Result<CreatedToken> result) { created = std::move(result); });
    QTRY_VERIFY_WITH_TIMEOUT(created.has_value(), 20000);
    QVERIFY(*created);
    QSignalSpy loaded(m_page, &TokensPage::loaded);
    m_page->reload();
    QVERIFY(loaded.wait(20000));

    AccessTokenDialog *dialog = openDialog(u"made-elsewhere"_s);
    QVERIFY(dialog);
    const QString said = refusal(dialog, m_fixture->sandbox()->apiIndicator());
    QVERIFY2(said.contains(u"The keychain holds no value for \"made-elsewhere\""_s),
             qPrintable(said));
}

QTEST_MAIN(TestAccessToken)
#include "tst_accesstoken.moc"
