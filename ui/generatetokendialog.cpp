// GenerateTokenDialog: asks for a new token's name (validated as typed) and
// expiry; stays open, busy, while the owner creates it, and shows its errors.
#include "ui/generatetokendialog.h"

#include "ui/expirychooser.h"

#include "model/domain/tokennamevalidator.h"
#include "ui/icons.h"
#include <QComboBox>

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace latchkey {

GenerateTokenDialog::GenerateTokenDialog(const QString &userLabel, const QStringList &takenNames,
                                         int maxLifetimeDays, QWidget *parent)
    : QDialog(parent)
    , m_taken(takenNames)
    , m_name(new QLineEdit(this))
    , m_nameMessage(new QLabel(this))
    , m_expiry(new ExpiryChooser(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_generate(m_buttons->addButton(tr("&Generate"), QDialogButtonBox::AcceptRole))
{
    setWindowTitle(tr("Generate Token"));
    m_name->setPlaceholderText(tr("e.g. CI deploy, laptop CLI"));
    m_name->setMaxLength(int(TokenNameValidator::MaxLength) + 1);
    m_name->setAccessibleName(tr("Token name"));
    m_nameMessage->setWordWrap(true);
    m_expiry->setMaxLifetimeDays(maxLifetimeDays);
    m_error->setWordWrap(true);
    m_error->hide();
    m_error->setStyleSheet(u"color: #b3261e"_s);
    m_generate->setIcon(Icons::get(Icons::Id::Generate));
    m_generate->setDefault(true);

    auto *intro = new QLabel(
        tr("A new personal access token for <b>%1</b>.").arg(userLabel.toHtmlEscaped()), this);
    intro->setWordWrap(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_nameMessage);
    form->addRow(tr("&Expires in:"), m_expiry);
    // The expiry row's label points at the combo inside the chooser.
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(m_expiry)))
        label->setBuddy(m_expiry->presetCombo());

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(intro);
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
    validate();
}

QString GenerateTokenDialog::name() const
{
    return m_name->text();
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
    const auto verdict = TokenNameValidator::check(m_name->text(), m_taken);
    // An empty field at the start is not an error yet; say what is needed, calmly.
    if (m_name->text().isEmpty() && !m_name->isModified()) {
        m_nameMessage->setStyleSheet(u"color: palette(placeholder-text)"_s);
        m_nameMessage->setText(tr("Give it a name that says where it is used."));
    } else if (!verdict.ok()) {
        m_nameMessage->setStyleSheet(u"color: #b3261e"_s);
        m_nameMessage->setText(verdict.error);
    } else if (!verdict.warning.isEmpty()) {
        m_nameMessage->setStyleSheet(u"color: #8a4b00"_s);
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
