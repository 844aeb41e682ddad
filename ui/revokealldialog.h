// RevokeAllDialog: offboarding a person — every token of one user is revoked
// once the admin has typed that user's username exactly; then progress, then
// the report of what was revoked and what failed (and why).
#pragma once

#include "model/operations/bulkrevoke.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace latchkey {

class RevokeAllDialog : public QDialog
{
    Q_OBJECT
public:
    // confirmation: what must be typed (the username; the user ID when there is none).
    RevokeAllDialog(const QString &userLabel, const QString &confirmation, int tokenCount,
                    QWidget *parent = nullptr);

    // Whether the typed text is exactly the confirmation (no trimming, case counts).
    bool isConfirmed() const;
    void setProgress(int done, int total, const QString &name);
    // The end: the report replaces the question, and the only button left closes.
    void showReport(const QList<RevokeOutcome> &outcomes);
    // While tokens are being revoked the dialog stays open: its report must be seen.
    void reject() override;
    // The report as text (also what the report view shows).
    static QString reportText(const QString &userLabel, const QList<RevokeOutcome> &outcomes);

    QLineEdit *confirmField() const { return m_confirm; }
    QPushButton *revokeButton() const { return m_revoke; }
    QProgressBar *progressBar() const { return m_progress; }
    QPlainTextEdit *reportView() const { return m_report; }

signals:
    // The admin confirmed: the caller starts the revoke and feeds progress and report.
    void revokeConfirmed();

private:
    QString m_userLabel;
    QString m_confirmation;
    bool m_running = false;
    QLabel *m_question;
    QLineEdit *m_confirm;
    QProgressBar *m_progress;
    QPlainTextEdit *m_report;
    QDialogButtonBox *m_buttons;
    QPushButton *m_revoke;
};

} // namespace latchkey
