// GenerateTokenDialog: asks for a new token's name (validated as typed) and
// expiry; stays open, busy, while the owner creates it, and shows its errors.
#include "ui/generatetokendialog.h"

#include "model/domain/tokennamevalidator.h"
#include "ui/expirychooser.h"
#include "ui/icons.h"
#include "ui/statuspalette.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace latchkey {

GenerateTokenDialog::GenerateTokenDialog(const QString &userLabel, const QStringList &takenNames,
                                         int maxLifetimeDays, QWidget *parent)
    : QDialog(parent)
    , m_taken(takenNames)
    , m_userLabel(userLabel)
    , m_intro(new QLabel(this))
    , m_policyNote(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_nameMessage(new QLabel(this))
    , m_counter(new QLabel(this))
    , m_expiry(new ExpiryChooser(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_generate(m_buttons->addButton(tr("&Generate"), QDialogButtonBox::AcceptRole))
{
    setWindowTitle(tr("Generate Token"));
    m_name->setPlaceholderText(tr("e.g. CI deploy, laptop CLI"));
    // The field stops at the server's limit, and the counter says where that is: a
    // longer paste is not cut silently behind the user's back and then refused.
    m_name->setMaxLength(int(TokenNameValidator::MaxLength));
    m_name->setAccessibleName(tr("Token name"));
    m_nameMessage->setWordWrap(true);
    m_nameMessage->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // Room for two lines whether a message shows or not: the Expires box below never
    // moves under the pointer while the name is typed.
    m_nameMessage->setFixedHeight(2 * m_nameMessage->fontMetrics().lineSpacing());
    m_counter->setAlignment(Qt::AlignRight | Qt::AlignTop);
    m_counter->setEnabled(false);
    m_expiry->setMaxLifetimeDays(maxLifetimeDays);
    m_error->setWordWrap(true);
    m_error->hide();
    m_error->setStyleSheet(StatusPalette(palette()).textStyle(StatusPalette::Role::Error));
    m_generate->setIcon(Icons::get(Icons::Id::Generate));
    m_generate->setDefault(true);

    m_intro->setWordWrap(true);
    m_policyNote->setObjectName(u"policyNote"_s);
    m_policyNote->setWordWrap(true);
    m_policyNote->hide();

    auto *nameNotes = new QHBoxLayout;
    nameNotes->setContentsMargins(0, 0, 0, 0);
    nameNotes->addWidget(m_nameMessage, 1);
    nameNotes->addWidget(m_counter, 0, Qt::AlignTop);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), nameNotes);
    form->addRow(tr("&Expires in:"), m_expiry);
    // The expiry row's label points at the combo inside the chooser.
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(m_expiry)))
        label->setBuddy(m_expiry->presetCombo());

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(m_intro);
    layout->addWidget(m_policyNote);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(460);

    connect(m_name, &QLineEdit::textChanged, this, &GenerateTokenDialog::validate);
    connect(m_expiry, &ExpiryChooser::changed, this, &GenerateTokenDialog::validate);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        validate();
        if (!m_generate->isEnabled())
            return;
        m_error->hide();
        emit submitted(name(), spec());
    });
    setMine(false);
}

void GenerateTokenDialog::setMine(bool mine)
{
    m_mine = mine;
    m_intro->setText(
        mine ? tr("A new personal access token for you.")
             : tr("A new personal access token for <b>%1</b>.").arg(m_userLabel.toHtmlEscaped()));
    validate();
}

void GenerateTokenDialog::setPolicy(const TokenPolicy &policy)
{
    m_policy = policy;
    m_expiry->followPolicy(policy);
    m_name->setMaxLength(maxNameLength());

    QStringList rules;
    if (const QString lifetime = ExpiryChooser::lifetimeRule(policy); !lifetime.isEmpty())
        rules.append(lifetime);
    if (policy.nameMaxLength > 0)
        rules.append(tr("A name has %1 to %2 characters.")
                         .arg(QLocale().toString(qMax(1, policy.nameMinLength)),
                              QLocale().toString(maxNameLength())));
    if (policy.maxTokensPerUser > 0)
        rules.append(tr("You may hold at most %n token(s).", nullptr, policy.maxTokensPerUser));
    m_policyNote->setText(rules.join(u' '));
    m_policyNote->setVisible(!rules.isEmpty());
    validate();
}

int GenerateTokenDialog::maxNameLength() const
{
    const int server = int(TokenNameValidator::MaxLength);
    if (!m_policy || m_policy->nameMaxLength <= 0)
        return server;
    return qMin(server, m_policy->nameMaxLength);
}

QString GenerateTokenDialog::name() const
{
    return TokenNameValidator::normalized(m_name->text());
}

ExpirySpec GenerateTokenDialog::spec() const
{
    return m_expiry->spec();
}

QString GenerateTokenDialog::validationText() const
{
    return m_nameMessage->text();
}

void GenerateTokenDialog::validate()
{
    auto verdict =
        TokenNameValidator::check(m_name->text(), m_taken, m_mine ? QString() : m_userLabel);
    m_counter->setText(tr("%1/%2").arg(QLocale().toString(m_name->text().size()),
                                       QLocale().toString(maxNameLength())));
    // The gateway's own rules, said before it would refuse them.
    if (m_policy && verdict.ok()) {
        const qsizetype length = name().size();
        if (m_policy->nameMinLength > 1 && length < m_policy->nameMinLength)
            verdict.error = tr("Your organisation wants names of at least %n character(s).",
                               nullptr, m_policy->nameMinLength);
        else if (m_policy->maxTokensPerUser > 0 && m_taken.size() >= m_policy->maxTokensPerUser)
            verdict.error = tr("You already hold %n token(s), the most your organisation allows. "
                               "Revoke one first.",
                               nullptr, int(m_taken.size()));
    }
    // An empty field at the start is not an error yet; say what is needed, calmly.
    if (m_name->text().isEmpty() && !m_name->isModified()) {
        m_nameMessage->setStyleSheet(u"color: palette(placeholder-text)"_s);
        m_nameMessage->setText(tr("Give it a name that says where it is used."));
    } else if (!verdict.ok()) {
        m_nameMessage->setStyleSheet(
            StatusPalette(palette()).textStyle(StatusPalette::Role::Error));
        m_nameMessage->setText(verdict.error);
    } else if (!verdict.warning.isEmpty()) {
        m_nameMessage->setStyleSheet(
            StatusPalette(palette()).textStyle(StatusPalette::Role::Warning));
        m_nameMessage->setText(verdict.warning);
    } else {
        m_nameMessage->setStyleSheet({});
        m_nameMessage->setText(QString());
    }
    m_generate->setEnabled(!m_busy && verdict.ok() && m_expiry->isValid());
}

void GenerateTokenDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_name->setReadOnly(busy);
    m_expiry->setEnabled(!busy);
    m_generate->setText(busy ? tr("Generating…") : tr("&Generate"));
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
    validate();
}

void GenerateTokenDialog::showError(const QString &message)
{
    setBusy(false);
    m_error->setText(message);
    m_error->show();
}

} // namespace latchkey
