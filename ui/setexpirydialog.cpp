// SetExpiryDialog: chooses a new expiry for a token and explains that Logto
// cannot change it in place — the token is rotated and gets a new value.
#include "ui/setexpirydialog.h"

#include "model/domain/overlapduration.h"
#include "ui/expirychooser.h"
#include "ui/icons.h"
#include "ui/statuspalette.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace latchkey {

SetExpiryDialog::SetExpiryDialog(const QStringList &tokenNames, const QString &userLabel,
                                 const std::optional<QDateTime> &currentExpiry, int maxLifetimeDays,
                                 QWidget *parent)
    : QDialog(parent)
    , m_expiry(new ExpiryChooser(this))
    , m_overlap(new QComboBox(this))
    , m_note(new QLabel(this))
    , m_policyNote(new QLabel(this))
    , m_error(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_apply(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
    , m_count(int(tokenNames.size()))
{
    setWindowTitle(tr("Set Expiry"));
    m_expiry->setMaxLifetimeDays(maxLifetimeDays);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(StatusPalette(palette()).textStyle(StatusPalette::Role::Error));
    m_error->hide();
    m_warning->setWordWrap(true);
    m_warning->hide();
    m_policyNote->setObjectName(u"policyNote"_s);
    m_policyNote->setWordWrap(true);
    m_policyNote->hide();
    m_apply->setIcon(Icons::get(Icons::Id::Expiry));
    m_apply->setDefault(true);

    auto *intro = new QLabel(this);
    intro->setObjectName(u"intro"_s);
    if (m_count == 1) {
        intro->setText(tr("Token <b>%1</b> of %2")
                           .arg(tokenNames.first().toHtmlEscaped(), userLabel.toHtmlEscaped()));
    } else {
        QString list;
        for (const QString &name : tokenNames)
            list += u"<li>%1</li>"_s.arg(name.toHtmlEscaped());
        intro->setText(tr("%n tokens of %1, each rotated in turn:", nullptr, m_count)
                           .arg(userLabel.toHtmlEscaped()) +
                       u"<ul>%1</ul>"_s.arg(list));
    }
    intro->setWordWrap(true);
    const QString current =
        currentExpiry ? QLocale().toString(currentExpiry->toLocalTime(), QLocale::ShortFormat)
                      : tr("never");

    auto *noteIcon = new QLabel(this);
    const int size = fontMetrics().height();
    noteIcon->setPixmap(Icons::get(Icons::Id::Info).pixmap(size, size));
    m_note->setWordWrap(true);
    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(noteIcon, 0, Qt::AlignTop);
    noteRow->addWidget(m_note, 1);

    // Jobs still holding the old value get time to pick up the new one.
    m_overlap->setObjectName(u"overlap"_s);
    m_overlap->addItem(tr("No, revoke it at once"), 0);
    for (const std::chrono::seconds keep :
         {std::chrono::seconds(std::chrono::hours(1)), std::chrono::seconds(std::chrono::days(1)),
          std::chrono::seconds(std::chrono::days(7))})
        m_overlap->addItem(OverlapDuration::describe(keep), qint64(keep.count()));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    if (m_count == 1)
        form->addRow(tr("Currently expires:"), new QLabel(current, this));
    form->addRow(tr("New &expiry:"), m_expiry);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(m_expiry)))
        label->setBuddy(m_expiry->presetCombo());
    form->addRow(tr("&Keep the old token working for:"), m_overlap);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(intro);
    layout->addWidget(m_policyNote);
    layout->addLayout(form);
    layout->addLayout(noteRow);
    layout->addWidget(m_warning);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(480);

    connect(m_expiry, &ExpiryChooser::changed, this, &SetExpiryDialog::validate);
    connect(m_overlap, &QComboBox::currentIndexChanged, this, &SetExpiryDialog::updateNote);
    updateNote();
    setBusy(false);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!m_expiry->isValid())
            return;
        m_error->hide();
        emit submitted(spec());
    });
    validate();
}

ExpirySpec SetExpiryDialog::spec() const
{
    return m_expiry->spec();
}

std::chrono::seconds SetExpiryDialog::keepOldFor() const
{
    return std::chrono::seconds(m_overlap->currentData().toLongLong());
}

void SetExpiryDialog::updateNote()
{
    const QString start =
        m_count == 1
            ? tr("Logto cannot change the expiry of an existing token. Latchkey creates a new "
                 "token with the same name and the new expiry. <b>The token value changes</b>: "
                 "you will see the new value once.")
            : tr("Logto cannot change the expiry of an existing token. Latchkey creates a new "
                 "token for each, with the same name and the new expiry. <b>Their values "
                 "change</b>: the new ones go to your keychain, to copy from the table.");
    m_note->setText(
        keepOldFor().count() == 0
            ? start + u' ' + tr("The old value stops working at once.")
            : start + u' ' +
                  tr("The old value keeps working for %1, renamed “(replaced …)”; then Latchkey "
                     "revokes it.")
                      .arg(OverlapDuration::describe(keepOldFor())));
}

void SetExpiryDialog::validate()
{
    m_apply->setEnabled(!m_busy && m_expiry->isValid());
}

void SetExpiryDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_expiry->setEnabled(!busy);
    m_overlap->setEnabled(!busy);
    m_apply->setText(busy           ? tr("Rotating…")
                     : m_count == 1 ? tr("&Rotate Token")
                                    : tr("&Rotate %n Tokens", nullptr, m_count));
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
    validate();
}

void SetExpiryDialog::setWarning(const QString &text)
{
    m_warning->setStyleSheet(StatusPalette(palette()).textStyle(StatusPalette::Role::Warning));
    m_warning->setText(text);
    m_warning->setVisible(!text.isEmpty());
}

void SetExpiryDialog::setPolicy(const TokenPolicy &policy)
{
    m_expiry->followPolicy(policy);
    m_policyNote->setText(ExpiryChooser::lifetimeRule(policy));
    m_policyNote->setVisible(!m_policyNote->text().isEmpty());
    validate();
}

void SetExpiryDialog::showError(const QString &message)
{
    setBusy(false);
    m_error->setText(message);
    m_error->show();
}

} // namespace latchkey
