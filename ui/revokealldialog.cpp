// RevokeAllDialog: offboarding a person — every token of one user, after a typed
// confirmation, with progress and a report.
#include "ui/revokealldialog.h"

#include "ui/icons.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace latchkey {

RevokeAllDialog::RevokeAllDialog(const QString &userLabel, const QString &confirmation,
                                 int tokenCount, QWidget *parent)
    : QDialog(parent)
    , m_userLabel(userLabel)
    , m_confirmation(confirmation)
    , m_question(new QLabel(this))
    , m_confirm(new QLineEdit(this))
    , m_progress(new QProgressBar(this))
    , m_report(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_revoke(m_buttons->addButton(tr("&Revoke All"), QDialogButtonBox::DestructiveRole))
{
    setWindowTitle(tr("Revoke All Tokens"));
    m_question->setWordWrap(true);
    m_question->setTextFormat(Qt::RichText);
    const QString count =
        tokenCount < 0
            ? tr("every token of %1").arg(userLabel.toHtmlEscaped())
            : tr("all %n token(s) of %1", nullptr, tokenCount).arg(userLabel.toHtmlEscaped());
    m_question->setText(
        tr("This revokes %1 on the server, one by one. Anything using them stops working at "
           "once; this cannot be undone.<br><br>To go on, type <b>%2</b>:")
            .arg(count, confirmation.toHtmlEscaped()));
    m_question->setBuddy(m_confirm);
    m_confirm->setAccessibleName(tr("Username to confirm"));
    m_progress->hide();
    m_report->setReadOnly(true);
    m_report->hide();
    m_revoke->setIcon(Icons::get(Icons::Id::Revoke));
    m_revoke->setEnabled(false);
    connect(m_confirm, &QLineEdit::textChanged, this,
            [this] { m_revoke->setEnabled(!m_running && isConfirmed()); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RevokeAllDialog::reject);
    connect(m_revoke, &QPushButton::clicked, this, [this] {
        if (!isConfirmed() || m_running)
            return;
        m_running = true;
        m_confirm->setEnabled(false);
        m_revoke->setEnabled(false);
        m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(false);
        m_progress->setRange(0, 0); // busy until the list says how many
        m_progress->show();
        emit revokeConfirmed();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_question);
    layout->addWidget(m_confirm);
    layout->addWidget(m_progress);
    layout->addWidget(m_report, 1);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);
}

bool RevokeAllDialog::isConfirmed() const
{
    return !m_confirmation.isEmpty() && m_confirm->text() == m_confirmation;
}

void RevokeAllDialog::setProgress(int done, int total, const QString &name)
{
    m_progress->setRange(0, qMax(total, 1));
    m_progress->setValue(done);
    m_progress->setFormat(tr("%1 of %2").arg(done).arg(total));
    m_progress->setToolTip(name);
}

QString RevokeAllDialog::reportText(const QString &userLabel, const QList<RevokeOutcome> &outcomes)
{
    if (outcomes.size() == 1 && outcomes.first().name.isEmpty())
        return tr("Nothing was revoked: %1").arg(outcomes.first().error);
    if (outcomes.isEmpty())
        return tr("%1 has no tokens; nothing was revoked.").arg(userLabel);
    const int revoked = BulkRevoke::revokedCount(outcomes);
    QStringList lines{tr("Revoked %1 of %n token(s) of %2.", nullptr, int(outcomes.size()))
                          .arg(revoked)
                          .arg(userLabel)};
    const QStringList problems = BulkRevoke::problems(outcomes);
    if (!problems.isEmpty()) {
        lines.append(tr("%n could not be revoked or cleaned up:", nullptr, int(problems.size())));
        lines.append(problems);
    }
    return lines.join(u'\n');
}

void RevokeAllDialog::showReport(const QList<RevokeOutcome> &outcomes)
{
    m_running = false;
    m_progress->hide();
    m_question->hide();
    m_confirm->hide();
    m_report->setPlainText(reportText(m_userLabel, outcomes));
    m_report->show();
    m_revoke->hide();
    m_buttons->setStandardButtons(QDialogButtonBox::Close);
    m_buttons->button(QDialogButtonBox::Close)->setDefault(true);
    m_buttons->button(QDialogButtonBox::Close)->setFocus();
}

void RevokeAllDialog::reject()
{
    if (!m_running)
        QDialog::reject();
}

} // namespace latchkey
