// ConnectionSwitcher: the tool bar's connection picker (a combo of saved
// profiles) and its "Manage connections…" button.
#include "ui/connectionswitcher.h"

#include "model/settings/profilestore.h"
#include "ui/icons.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace latchkey {

ConnectionSwitcher::ConnectionSwitcher(ProfileStore *profiles, QWidget *parent)
    : QWidget(parent)
    , m_profiles(profiles)
    , m_combo(new QComboBox(this))
    , m_manage(new QToolButton(this))
{
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setMinimumContentsLength(14);
    m_combo->setAccessibleName(tr("Connection"));
    m_combo->setToolTip(tr("The Logto tenant Latchkey talks to"));
    m_manage->setText(tr("Manage Connections…"));
    m_manage->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_manage->setAutoRaise(true);

    auto *label = new QLabel(tr("C&onnection:"), this);
    label->setBuddy(m_combo);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    auto *icon = new QLabel(this);
    const int size = fontMetrics().height();
    icon->setPixmap(Icons::get(Icons::Id::Connection).pixmap(size, size));
    layout->addWidget(icon);
    layout->addWidget(label);
    layout->addWidget(m_combo);
    layout->addWidget(m_manage);

    connect(m_combo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating && m_combo->currentIndex() >= 0)
            emit profileSelected(m_combo->currentText());
    });
    connect(m_manage, &QToolButton::clicked, this, &ConnectionSwitcher::manageRequested);
    connect(m_profiles, &ProfileStore::profilesChanged, this, &ConnectionSwitcher::reload);
    reload();
}

QString ConnectionSwitcher::currentProfile() const
{
    return m_combo->currentText();
}

void ConnectionSwitcher::setCurrentProfile(const QString &name)
{
    m_updating = true;
    m_combo->setCurrentIndex(m_combo->findText(name));
    m_updating = false;
}

void ConnectionSwitcher::reload()
{
    const QString current = m_combo->currentText();
    m_updating = true;
    m_combo->clear();
    m_combo->addItems(m_profiles->names());
    m_combo->setCurrentIndex(m_combo->findText(current));
    m_combo->setEnabled(m_combo->count() > 0);
    m_updating = false;
}

} // namespace latchkey
