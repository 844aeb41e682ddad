// InspectorPage: paste any token and learn, offline, what it is — a verdict
// line, the findings and the decoded details, whose token it is among those
// Latchkey knows, its signature against a key the user picks — and, only when
// asked, test a Logto PAT against the current connection.
#pragma once

#include "model/inspector/knowntoken.h"
#include "model/inspector/tokeninspector.h"
#include "model/operations/tokenonlinetester.h"
#include "net/secretbytes.h"

#include <QList>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QMessageBox;
class QPushButton;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace latchkey {

class Session;
class KeySourceSelector;
class TokenOnlineTester;
class TokenPasteBox;

class InspectorPage : public QWidget
{
    Q_OBJECT
public:
    explicit InspectorPage(QWidget *parent = nullptr);
    ~InspectorPage() override;

    void setSession(Session *session);
    // The tokens Latchkey knows (snapshots and keychain cache); the cached ones can
    // be picked for inspection.
    void setKnownTokens(const QList<KnownToken> &tokens);
    // A cached token's value, as asked for with cachedTokenRequested().
    void inspectToken(SecretBytes token);

    TokenPasteBox *pasteBox() const { return m_paste; }
    KeySourceSelector *keySource() const { return m_keys; }
    QLabel *verdictLabel() const { return m_verdict; }
    QTreeWidget *details() const { return m_details; }
    QPushButton *testOnlineButton() const { return m_testOnline; }
    // Open while Test Online asks before sending a token to a connection it does not belong to.
    QMessageBox *onlineConfirmation() const;
    QToolButton *pickCachedButton() const { return m_pickCached; }
    const std::optional<InspectionResult> &lastResult() const { return m_result; }

public slots:
    void inspectNow();
    void testOnline();
    void clear();

signals:
    // The user picked a cached token: the window reads it from the keychain.
    void cachedTokenRequested(const latchkey::KnownToken &token);
    // A decoded value was copied (never the token itself).
    void copied(const QString &what);

private:
    void show(const InspectionResult &result);
    void showOnline(const OnlineTestResult &online);
    void addCopyButton(QTreeWidgetItem *item, const QString &value);
    void updatePickMenu();
    void updateButtons();
    // Sends the token in the box to the current connection's server.
    void startOnlineTest();
    // The token belongs to another connection: sending it to this server
    // would hand it to a party that never issued it, so ask first.
    void confirmOnlineTest(const KnownToken &owner);

    QPointer<Session> m_session;
    QPointer<QMessageBox> m_confirmation;
    TokenInspector m_inspector;
    std::optional<InspectionResult> m_result;
    std::optional<OnlineTestResult> m_online; // for the token in the box, when tested
    QList<KnownToken> m_known;
    TokenPasteBox *m_paste;
    KeySourceSelector *m_keys;
    QLabel *m_verdictIcon;
    QLabel *m_verdict;
    QLabel *m_format;
    QTreeWidget *m_details;
    QPushButton *m_testOnline;
    QToolButton *m_pickCached;
    QPushButton *m_clear;
    TokenOnlineTester *m_tester = nullptr;
    QTimer m_debounce;
    bool m_maskAfterInspection = false;
};

} // namespace latchkey
