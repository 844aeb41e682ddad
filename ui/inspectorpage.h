// InspectorPage: paste any token and learn, offline, what it is — a verdict
// line, the findings and the decoded details; JWS signatures can be checked
// against the current connection's keys.
#pragma once

#include "knowntoken.h"

#include <QList>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace latchkey {

class ConnectionSession;
struct InspectionResult;

class InspectorPage : public QWidget
{
    Q_OBJECT
public:
    explicit InspectorPage(QWidget *parent = nullptr);
    ~InspectorPage() override;

    void setSession(ConnectionSession *session);
    void setKnownTokens(const QList<KnownToken> &tokens);

    QPlainTextEdit *input() const { return m_input; }
    QLabel *verdictLabel() const { return m_verdict; }
    QTreeWidget *details() const { return m_details; }

public slots:
    void inspectNow();
    void clear();

private:
    void show(const InspectionResult &result);
    void fetchKeys();

    QPointer<ConnectionSession> m_session;
    QList<KnownToken> m_known;
    QByteArray m_jwks;
    QPlainTextEdit *m_input;
    QLabel *m_verdictIcon;
    QLabel *m_verdict;
    QLabel *m_format;
    QTreeWidget *m_details;
    QPushButton *m_verify;
    QPushButton *m_clear;
    QTimer m_debounce;
};

} // namespace latchkey
