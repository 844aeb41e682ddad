// AccessTokenDialog: which API a token is exchanged for, and what went wrong.
#include "ui/accesstokendialog.h"

#include "ui/icons.h"
#include "ui/statuspalette.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace latchkey {

AccessTokenDialog::AccessTokenDialog(const QString &tokenName, const QStringList &recentResources,
                                     int clearAfterSeconds, QWidget *parent)
    : QDialog(parent)
    , m_resource(new QComboBox(this))
    , m_scopes(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_copy(m_buttons->addButton(tr("&Copy Access Token"), QDialogButtonBox::AcceptRole))
{
    setWindowTitle(tr("Copy Access Token"));
    m_copy->setIcon(Icons::get(Icons::Id::Copy));
    m_copy->setDefault(true);

    m_resource->setEditable(true);
    m_resource->setInsertPolicy(QComboBox::NoInsert);
    m_resource->addItems(recentResources);
    m_resource->lineEdit()->setPlaceholderText(u"https://api.example.com"_s);
    m_resource->setAccessibleName(tr("API resource"));
    m_resource->setMinimumContentsLength(32);
    m_scopes->setPlaceholderText(tr("optional, e.g. read:data write:data"));
    m_scopes->setAccessibleName(tr("Scopes"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();

    auto *intro = new QLabel(
        tr("Latchkey exchanges <b>%1</b> at Logto's token endpoint for a short-lived access "
           "token to one API, and copies that access token. The token itself stays in your "
           "keychain.")
            .arg(tokenName.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);
    auto *clipboard =
        new QLabel(clearAfterSeconds > 0 ? tr("The clipboard is cleared after %n second(s).",
                                              nullptr, clearAfterSeconds)
                                         : tr("The clipboard is cleared when Latchkey quits."),
                   this);
    clipboard->setWordWrap(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("API &resource:"), m_resource);
    form->addRow(tr("&Scopes:"), m_scopes);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(clipboard);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(480);

    connect(m_resource, &QComboBox::currentTextChanged, this, &AccessTokenDialog::validate);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        const ExchangeTarget chosen = target();
        if (chosen.resource.isEmpty() || m_busy)
            return;
        if (!QUrl(chosen.resource, QUrl::StrictMode).isValid() ||
            QUrl(chosen.resource).scheme().isEmpty()) {
            showError(tr("“%1” is not a resource indicator: Logto names an API resource by a URI "
                         "such as https://api.example.com.")
                          .arg(chosen.resource));
            return;
        }
        m_error->hide();
        emit submitted(chosen);
    });
    validate();
}

ExchangeTarget AccessTokenDialog::target() const
{
    ExchangeTarget target;
    target.resource = m_resource->currentText().trimmed();
    target.scopes = m_scopes->text().split(u' ', Qt::SkipEmptyParts);
    return target;
}

void AccessTokenDialog::validate()
{
    m_copy->setEnabled(!m_busy && !m_resource->currentText().trimmed().isEmpty());
}

void AccessTokenDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_resource->setEnabled(!busy);
    m_scopes->setEnabled(!busy);
    m_copy->setText(busy ? tr("Exchanging…") : tr("&Copy Access Token"));
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
    validate();
}

void AccessTokenDialog::showError(const QString &message)
{
    setBusy(false);
    m_error->setStyleSheet(StatusPalette(palette()).textStyle(StatusPalette::Role::Error));
    m_error->setText(message);
    m_error->show();
}

} // namespace latchkey
