// Tests the Inspector page in a real main window on the sandbox and the test
// keyring: a pasted or dropped token is inspected and masked, a token Latchkey
// issued is recognised (and can be picked from the keychain), Test Online
// answers valid then rejected, every key source checks a real signature, and
// copy buttons copy decoded values, never the token; one sentence says whose
// token it is; entropy is estimated only for what looks like a secret.
#include "app/sandbox/sandboxserver.h"
#include "model/domain/expiryspec.h"
#include "model/items/tokenlistmodel.h"
#include "model/items/userlistmodel.h"
#include "model/operations/tokenservice.h"
#include "model/session/session.h"
#include "model/settings/profilestore.h"
#include "tests/support/uitestfixture.h"
#include "ui/inspectorpage.h"
#include "ui/keysourceselector.h"
#include "ui/mainwindow.h"
#include "ui/tokenpastebox.h"
#include "ui/tokenspage.h"
#include "ui/userlabel.h"
#include "ui/userspage.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageAuthenticationCode>
#include <QMessageBox>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace latchkey;

namespace {
const QByteArray GithubToken = "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";

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// Every text the details tree shows, for "the token is not repeated" checks.
QString allText(QTreeWidget *tree)
{
    QString text;
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
        text += (*it)->text(0) + u'\n' + (*it)->text(1) + u'\n';
    return text;
}

QTreeWidgetItem *findItem(QTreeWidget *tree, const QString &label)
{
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        if ((*it)->text(0) == label)
            return *it;
    }
    return nullptr;
}
} // namespace

class TestInspectorPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<UiTestFixture> m_fixture;
    InspectorPage *page() const { return m_fixture->window()->inspectorPage(); }

    void paste(const QByteArray &text)
    {
        page()->clear();
        QGuiApplication::clipboard()->setText(QString::fromLatin1(text));
        page()->pasteBox()->editor()->setFocus();
        QTest::keyClick(page()->pasteBox()->editor(), Qt::Key_V, Qt::ControlModifier);
    }

    QByteArray accessToken()
    {
        QNetworkAccessManager network;
        QNetworkRequest request(m_fixture->sandbox()->endpoint().resolved(QUrl(u"/oidc/token"_s)));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          "application/x-www-form-urlencoded"_ba);
        QNetworkReply *reply = network.post(
            request, "grant_type=client_credentials&scope=all&resource=" +
                         QUrl::toPercentEncoding(m_fixture->sandbox()->apiIndicator()) +
                         "&client_id=" + m_fixture->sandbox()->appId().toLatin1() +
                         "&client_secret=" + m_fixture->sandbox()->appSecret().toLatin1());
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!done.wait(20000))
            return {};
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll())
            .object()[u"access_token"_s]
            .toString()
            .toLatin1();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_fixture = std::make_unique<UiTestFixture>(u"tst_inspectorpage"_s);
        QVERIFY(m_fixture->startSandbox());
        QVERIFY(m_fixture->openWindow());
        m_fixture->window()->showPage(MainWindow::Page::Inspector);
    }

    void cleanupTestCase() { m_fixture.reset(); }

    void pastedTokenIsInspectedThenMasked()
    {
        paste(GithubToken);
        TokenPasteBox *box = page()->pasteBox();
        QTRY_VERIFY(box->isMasked());
        QVERIFY(page()->lastResult());
        QCOMPARE(page()->lastResult()->formatId, u"github-classic"_s);
        QVERIFY(!page()->verdictLabel()->text().isEmpty());
        QVERIFY(box->editor()->toPlainText().isEmpty());
        QCOMPARE(box->maskedView()->echoMode(), QLineEdit::Password);
        QVERIFY(!allText(page()->details()).contains(QString::fromLatin1(GithubToken)));
        // Not a Logto token: nothing to test online.
        QVERIFY(!page()->testOnlineButton()->isVisible());

        box->setRevealed(true);
        QCOMPARE(box->maskedView()->echoMode(), QLineEdit::Normal);
        box->setRevealed(false);
        QCOMPARE(box->maskedView()->echoMode(), QLineEdit::Password);

        // Edit brings the token back into the editor, unmasked, and keeps the verdict.
        QTest::mouseClick(box->editButton(), Qt::LeftButton);
        QVERIFY(!box->isMasked());
        QCOMPARE(box->editor()->toPlainText(), QString::fromLatin1(GithubToken));
        QCOMPARE(box->token().bytes(), GithubToken);
        QVERIFY(box->maskedView()->text().isEmpty());
        QCOMPARE(page()->lastResult()->formatId, u"github-classic"_s);
        box->mask();
        QVERIFY(box->isMasked());
        QVERIFY(box->editor()->toPlainText().isEmpty());

        // A paste onto the hidden token replaces it.
        const QByteArray typo = "ghp_2bGqJYr9AIPFyyHxWoAT2zwAlD2blf23bc5i";
        QGuiApplication::clipboard()->setText(QString::fromLatin1(typo));
        box->maskedView()->setFocus();
        QTest::keyClick(box->maskedView(), Qt::Key_V, Qt::ControlModifier);
        QTRY_COMPARE(page()->lastResult()->verdict, Verdict::Invalid);
        QCOMPARE(box->token().bytes(), typo);
    }

    void typingIsNotMaskedMidway()
    {
        page()->clear();
        QTest::keyClicks(page()->pasteBox()->editor(), u"ghp_2bG"_s);
        // Masking follows an inspection at once: the inspection ran, and did not mask.
        QTRY_VERIFY(page()->lastResult());
        QVERIFY(!page()->pasteBox()->isMasked());
        QCOMPARE(page()->pasteBox()->editor()->toPlainText(), u"ghp_2bG"_s);
    }

    void droppedFileIsRead()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(u"token.txt"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(GithubToken + '\n');
        file.close();
        page()->clear();
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(file.fileName())});
        QWidget *target = page()->pasteBox()->editor()->viewport();
        QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &drop);
        QTRY_VERIFY(page()->pasteBox()->isMasked());
        QCOMPARE(page()->lastResult()->formatId, u"github-classic"_s);
        QCOMPARE(page()->lastResult()->verdict, Verdict::Valid);
    }

    void issuedTokenIsKnownPickedAndTestedOnline()
    {
        MainWindow *window = m_fixture->window();
        const QString userId = m_fixture->sandbox()->primaryUserId();
        std::optional<TokenResult<IssuedToken>> issued;
        window->session()->tokens()->generate(
            userId, u"inspect-me"_s, ExpirySpec::inDays(3), this,
            [&](TokenResult<IssuedToken> result) { issued = std::move(result); });
        QTRY_VERIFY_WITH_TIMEOUT(issued, 20000);
        QVERIFY(issued->ok());
        QVERIFY(issued->value().cached);
        const QByteArray value = issued->value().value.bytes();
        window->myTokensPage()->reload();

        // The list was saved as a snapshot and the keychain caches the value: the
        // token appears among the cached ones to pick.
        QToolButton *pick = page()->pickCachedButton();
        QAction *entry = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (QAction *action : pick->menu()->actions()) {
                    if (action->text().startsWith(u"inspect-me"_s))
                        entry = action;
                }
                return entry != nullptr;
            }(),
            15000);
        page()->clear();
        entry->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(page()->lastResult() && page()->lastResult()->knownToken, 10000);
        QCOMPARE(page()->lastResult()->knownToken->token.name, u"inspect-me"_s);
        QVERIFY(page()->lastResult()->knownToken->token.cached);
        QVERIFY(page()->pasteBox()->isMasked());
        QCOMPARE(page()->pasteBox()->token().bytes(), value);
        QVERIFY(findItem(page()->details(), u"Known token"_s));

        // Only on request: the exchange succeeds and its access token verifies.
        QVERIFY(page()->testOnlineButton()->isVisible());
        QVERIFY(page()->testOnlineButton()->isEnabled());
        const int exchangesBefore = m_fixture->sandbox()->requestCount(u"/oidc/token"_s);
        QTest::mouseClick(page()->testOnlineButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page()->testOnlineButton()->isEnabled(), 20000);
        QCOMPARE(m_fixture->sandbox()->requestCount(u"/oidc/token"_s), exchangesBefore + 1);
        QTreeWidgetItem *online = findItem(page()->details(), u"Online test"_s);
        QVERIFY(online);
        QVERIFY(online->childCount() >= 2);
        QVERIFY(findItem(page()->details(), u"sub"_s));

        // Revoked: the server refuses it now.
        std::optional<QList<RevokeOutcome>> revoked;
        window->session()->tokens()->revoke(
            userId, {u"inspect-me"_s}, this,
            [&](const QList<RevokeOutcome> &outcomes) { revoked = outcomes; });
        QTRY_VERIFY_WITH_TIMEOUT(revoked, 20000);
        QVERIFY(revoked->value(0).revoked);
        QTest::mouseClick(page()->testOnlineButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page()->testOnlineButton()->isEnabled(), 20000);
        online = findItem(page()->details(), u"Online test"_s);
        QVERIFY(online);
        QVERIFY(online->child(0)->text(0).contains(u"not valid"_s));
    }

    void hmacSecretChecksASignature()
    {
        const QByteArray secret = "correct horse battery staple";
        const QByteArray input =
            base64Url(R"({"alg":"HS256","typ":"JWT"})") + '.' + base64Url(R"({"sub":"ci-bot"})");
        const QByteArray jwt =
            input + '.' +
            base64Url(QMessageAuthenticationCode::hash(input, secret, QCryptographicHash::Sha256));
        paste(jwt);
        QTRY_VERIFY(page()->pasteBox()->isMasked());
        QVERIFY(!page()->lastResult()->signature.checked);

        KeySourceSelector *keys = page()->keySource();
        keys->setSource(KeySourceSelector::Source::HmacSecret);
        QCOMPARE(keys->valueEdit()->echoMode(), QLineEdit::Password);
        QTest::keyClicks(keys->valueEdit(), QString::fromLatin1(secret));
        QTRY_VERIFY(page()->lastResult()->signature.ok);
        keys->valueEdit()->setText(u"wrong"_s);
        QTRY_VERIFY(page()->lastResult()->signature.checked && !page()->lastResult()->signature.ok);
        // Switching away drops the typed secret.
        keys->setSource(KeySourceSelector::Source::None);
        QVERIFY(keys->valueEdit()->text().isEmpty());
        QTRY_VERIFY(!page()->lastResult()->signature.checked);
    }

    // A cleared secret field cannot be brought back with undo: once the source is
    // no longer an HMAC secret, the field shows plain text, and Ctrl+Z would
    // show the secret typed before.
    void clearedHmacSecretCannotBeUndone()
    {
        KeySourceSelector *keys = page()->keySource();
        keys->setSource(KeySourceSelector::Source::HmacSecret);
        const QString secret = u"undo must not bring me back"_s;
        keys->valueEdit()->setFocus();
        QTest::keyClicks(keys->valueEdit(), secret);
        QCOMPARE(keys->valueEdit()->text(), secret);
        keys->setSource(KeySourceSelector::Source::JwksUrl);
        QCOMPARE(keys->valueEdit()->echoMode(), QLineEdit::Normal);
        QVERIFY(keys->valueEdit()->text().isEmpty());
        keys->valueEdit()->setFocus();
        QTest::keyClick(keys->valueEdit(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!keys->valueEdit()->isUndoAvailable());
        QCOMPARE(keys->valueEdit()->text(), QString());
        keys->valueEdit()->undo();
        QCOMPARE(keys->valueEdit()->text(), QString());
        keys->setSource(KeySourceSelector::Source::None);
    }

    // Test Online sends a token only to the server of the connection it belongs
    // to; for another connection's token it asks first, naming the server.
    void otherConnectionsTokenIsNotSentWithoutAsking()
    {
        MainWindow *window = m_fixture->window();
        const QString userId = m_fixture->sandbox()->primaryUserId();
        std::optional<TokenResult<IssuedToken>> issued;
        window->session()->tokens()->generate(
            userId, u"belongs-to-sandbox"_s, ExpirySpec::inDays(3), this,
            [&](TokenResult<IssuedToken> result) { issued = std::move(result); });
        QTRY_VERIFY_WITH_TIMEOUT(issued, 20000);
        QVERIFY(issued->ok());
        const QByteArray value = issued->value().value.bytes();
        QSignalSpy reloaded(window, &MainWindow::myTokensLoaded);
        window->myTokensPage()->reload();
        QVERIFY(reloaded.wait(20000));

        // Another user of the tenant, for the other connection: its list then never holds
        // this token, which stays known as "Sandbox"'s only (with the same user, the other
        // connection's kept list named it too once written, and a click could race it).
        window->showPage(MainWindow::Page::Users);
        UsersPage *users = window->usersPage();
        QTRY_VERIFY_WITH_TIMEOUT(users->userModel()->rowCount() > 2, 10000);
        QString otherUserId;
        for (int row = 0; row < users->userModel()->rowCount() && otherUserId.isEmpty(); ++row) {
            if (users->userModel()->userAt(row).id != userId)
                otherUserId = users->userModel()->userAt(row).id;
        }
        QVERIFY(!otherUserId.isEmpty());
        window->showPage(MainWindow::Page::Inspector);

        // The same server under another connection (another name and address).
        ConnectionProfile alias;
        alias.name = u"Sandbox elsewhere"_s;
        QUrl endpoint = m_fixture->sandbox()->endpoint();
        endpoint.setHost(u"localhost"_s);
        alias.endpoint = endpoint;
        alias.appId = m_fixture->sandbox()->appId();
        alias.apiIndicator = m_fixture->sandbox()->apiIndicator();
        alias.userId = otherUserId;
        std::optional<SecretStore::Outcome> added;
        m_fixture->profiles()->add(alias,
                                   SecretBytes::fromString(m_fixture->sandbox()->appSecret()), this,
                                   [&](SecretStore::Outcome o) { added = o; });
        QTRY_VERIFY_WITH_TIMEOUT(added, 20000);
        QVERIFY(added->ok());
        QSignalSpy opened(window, &MainWindow::myTokensLoaded);
        window->openProfile(alias.name);
        QVERIFY(opened.wait(20000));
        QCOMPARE(window->session()->profile().name, alias.name);

        paste(value);
        QTRY_VERIFY_WITH_TIMEOUT(page()->lastResult() && page()->lastResult()->knownToken, 10000);
        QCOMPARE(page()->lastResult()->knownToken->token.connectionName, u"Sandbox"_s);
        const int exchangesBefore = m_fixture->sandbox()->requestCount(u"/oidc/token"_s);
        QTest::mouseClick(page()->testOnlineButton(), Qt::LeftButton);
        QTRY_VERIFY(page()->onlineConfirmation());
        QMessageBox *ask = page()->onlineConfirmation();
        QVERIFY2(ask->text().contains(endpoint.toDisplayString()), qPrintable(ask->text()));
        QVERIFY(ask->text().contains(u"Sandbox"_s));
        ask->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!page()->onlineConfirmation());
        QVERIFY(page()->testOnlineButton()->isEnabled());
        QCOMPARE(m_fixture->sandbox()->requestCount(u"/oidc/token"_s), exchangesBefore);

        // Asked and agreed: it is sent.
        QTest::mouseClick(page()->testOnlineButton(), Qt::LeftButton);
        QTRY_VERIFY(page()->onlineConfirmation());
        QAbstractButton *send = nullptr;
        for (QAbstractButton *button : page()->onlineConfirmation()->buttons()) {
            if (page()->onlineConfirmation()->buttonRole(button) == QMessageBox::AcceptRole)
                send = button;
        }
        QVERIFY(send);
        send->click();
        QTRY_VERIFY_WITH_TIMEOUT(findItem(page()->details(), u"Online test"_s), 20000);
        QCOMPARE(m_fixture->sandbox()->requestCount(u"/oidc/token"_s), exchangesBefore + 1);

        QSignalSpy back(window, &MainWindow::myTokensLoaded);
        window->openProfile(u"Sandbox"_s);
        QVERIFY(back.wait(20000));
        page()->clear();
    }

    void keySetsFromConnectionUrlAndFile()
    {
        const QByteArray jwt = accessToken();
        QCOMPARE(jwt.count('.'), 2);
        paste(jwt);
        QTRY_VERIFY(page()->pasteBox()->isMasked());
        KeySourceSelector *keys = page()->keySource();

        keys->setSource(KeySourceSelector::Source::Connection);
        QTRY_VERIFY_WITH_TIMEOUT(keys->key(), 20000);
        QTRY_VERIFY(page()->lastResult()->signature.ok);
        QCOMPARE(page()->lastResult()->signature.algorithm, u"ES384"_s);

        const QString url =
            m_fixture->sandbox()->endpoint().resolved(QUrl(u"/oidc/jwks"_s)).toString();
        keys->setSource(KeySourceSelector::Source::JwksUrl);
        QVERIFY(!keys->key());
        QTRY_VERIFY(!page()->lastResult()->signature.checked);
        keys->valueEdit()->setText(url);
        keys->load();
        QTRY_VERIFY_WITH_TIMEOUT(keys->key(), 20000);
        QTRY_VERIFY(page()->lastResult()->signature.ok);

        QTemporaryDir dir;
        QFile empty(dir.filePath(u"empty.json"_s));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.write(R"({"keys":[]})");
        empty.close();
        keys->setSource(KeySourceSelector::Source::JwksFile);
        keys->valueEdit()->setText(empty.fileName());
        keys->load();
        QTRY_VERIFY_WITH_TIMEOUT(keys->key(), 10000);
        QTRY_VERIFY(page()->lastResult()->signature.checked);
        QVERIFY(!page()->lastResult()->signature.ok);
        QVERIFY(!page()->lastResult()->signature.reason.isEmpty());

        keys->setSource(KeySourceSelector::Source::PemFile);
        keys->valueEdit()->setText(dir.filePath(u"missing.pem"_s));
        keys->load();
        QTRY_VERIFY(keys->statusLabel()->text().contains(u"missing.pem"_s));
        QVERIFY(!keys->key());
        keys->setSource(KeySourceSelector::Source::None);
    }

    void whoseTokenItIsInOneSentence()
    {
        // Issue 20.6: another user's token is theirs, quoted and named once; "yours" only
        // for one's own; Test Online names the user, not an id.
        MainWindow *window = m_fixture->window();
        UsersPage *users = window->usersPage();
        window->showPage(MainWindow::Page::Users);
        QTRY_VERIFY_WITH_TIMEOUT(users->userModel()->rowCount() > 2, 10000);
        const User other = users->userModel()->userAt(2);
        const QString name = UserLabel::shortLabel(other);
        QVERIFY(other.id != m_fixture->sandbox()->primaryUserId());
        std::optional<TokenResult<IssuedToken>> issued;
        window->session()->tokens()->generate(
            other.id, u"Diego laptop"_s, ExpirySpec::inDays(3), this,
            [&](TokenResult<IssuedToken> result) { issued = std::move(result); });
        QTRY_VERIFY_WITH_TIMEOUT(issued, 20000);
        QVERIFY(issued->ok());
        const QByteArray value = issued->value().value.bytes();
        // The Users page lists that user's tokens: Latchkey now knows whose it is.
        users->userView()->setCurrentIndex(users->userModel()->index(2, 0));
        QTRY_VERIFY_WITH_TIMEOUT(users->tokensPage()->hasLoaded() &&
                                     users->tokensPage()->model()->rowCount() > 0,
                                 10000);
        window->showPage(MainWindow::Page::Inspector);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                paste(value);
                return page()->lastResult() && page()->lastResult()->knownToken;
            }(),
            15000);
        const QString verdict = page()->verdictLabel()->text();
        QVERIFY2(verdict.contains(u"“Diego laptop”"_s) && verdict.contains(name),
                 qPrintable(verdict));
        QVERIFY2(!verdict.contains(u"your"_s, Qt::CaseInsensitive), qPrintable(verdict));
        // One sentence about it: not again in the findings or the details.
        const QString details = allText(page()->details());
        QVERIFY2(!details.contains(u"This is"_s), qPrintable(details));

        QTest::mouseClick(page()->testOnlineButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page()->testOnlineButton()->isEnabled() &&
                                     findItem(page()->details(), u"Online test"_s),
                                 20000);
        const QString online = findItem(page()->details(), u"Online test"_s)->child(0)->text(0);
        QVERIFY2(online.contains(name) && !online.contains(other.id), qPrintable(online));

        // One's own token is "yours".
        std::optional<TokenResult<IssuedToken>> mine;
        window->session()->tokens()->generate(
            m_fixture->sandbox()->primaryUserId(), u"my laptop"_s, ExpirySpec::inDays(3), this,
            [&](TokenResult<IssuedToken> result) { mine = std::move(result); });
        QTRY_VERIFY_WITH_TIMEOUT(mine && mine->ok(), 20000);
        window->myTokensPage()->reload();
        const QByteArray own = mine->value().value.bytes();
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                paste(own);
                return page()->lastResult() && page()->lastResult()->knownToken;
            }(),
            15000);
        QVERIFY2(page()->verdictLabel()->text().contains(u"“my laptop”, your"_s),
                 qPrintable(page()->verdictLabel()->text()));
    }

    void entropyOnlyForWhatLooksLikeASecret()
    {
        // Issue 20.10: prose has no "estimated entropy"; a random-looking string has.
        paste("the quick brown fox jumps over the lazy dog");
        QTRY_VERIFY(page()->lastResult());
        QVERIFY(!findItem(page()->details(), u"Estimated entropy"_s));
        paste("Zx9kQ2mV7pL4rT8wN3bY6cH1jF5gD0sA");
        QTRY_VERIFY(page()->lastResult() && findItem(page()->details(), u"Estimated entropy"_s));
    }

    void copyButtonsCopyDecodedValuesOnly()
    {
        paste(GithubToken);
        QTRY_VERIFY(page()->pasteBox()->isMasked());
        QTreeWidgetItem *fingerprint = findItem(page()->details(), u"SHA-256"_s);
        QVERIFY(fingerprint);
        auto *copy = qobject_cast<QToolButton *>(page()->details()->itemWidget(fingerprint, 2));
        QVERIFY(copy);
        QSignalSpy copied(page(), &InspectorPage::copied);
        copy->click();
        QCOMPARE(copied.size(), 1);
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 QString::fromLatin1(page()->lastResult()->fingerprint));
        // No row of the tree offers the token itself.
        for (QTreeWidgetItemIterator it(page()->details()); *it; ++it) {
            if (auto *button = qobject_cast<QToolButton *>(page()->details()->itemWidget(*it, 2))) {
                button->click();
                QVERIFY(QGuiApplication::clipboard()->text() != QString::fromLatin1(GithubToken));
            }
        }
        page()->clear();
        QVERIFY(page()->pasteBox()->isEmpty());
        QVERIFY(!page()->pasteBox()->isMasked());
    }
};

QTEST_MAIN(TestInspectorPage)
#include "tst_inspectorpage.moc"
