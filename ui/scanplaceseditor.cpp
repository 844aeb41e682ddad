// ScanPlacesEditor: the places the where-used scan looks in, kept in the settings.
#include "ui/scanplaceseditor.h"

#include "model/scan/scanplaces.h"
#include "model/settings/appsettings.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace latchkey {

ScanPlacesEditor::ScanPlacesEditor(AppSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_list(new QListWidget(this))
    , m_addFolder(new QPushButton(tr("Add &Folder…"), this))
    , m_addFile(new QPushButton(tr("Add F&ile…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_defaults(new QPushButton(tr("Restore &Defaults"), this))
{
    m_list->setAccessibleName(tr("Places to scan"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_addFolder->setToolTip(tr("A project folder: its .env files and the like are read, "
                               "everything in it that is text."));
    connect(m_addFolder, &QPushButton::clicked, this, &ScanPlacesEditor::chooseFolder);
    connect(m_addFile, &QPushButton::clicked, this, &ScanPlacesEditor::chooseFile);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        qDeleteAll(m_list->selectedItems());
        save();
    });
    connect(m_defaults, &QPushButton::clicked, this, [this] {
        // The defaults again, keeping the folders the user added.
        QStringList places = ScanPlaces::defaults();
        for (const QString &place : this->places()) {
            if (!places.contains(place))
                places.append(place);
        }
        load(places);
        save();
    });
    connect(m_list, &QListWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_list->selectedItems().isEmpty()); });

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_addFolder);
    buttons->addWidget(m_addFile);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_defaults);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    load(m_settings->scanPlaces());
    m_remove->setEnabled(false);
    // Changed elsewhere (another window, a test): the list follows.
    connect(m_settings, &AppSettings::scanPlacesChanged, this, [this](const QStringList &places) {
        if (places != this->places())
            load(places);
    });
}

QStringList ScanPlacesEditor::places() const
{
    QStringList places;
    for (int row = 0; row < m_list->count(); ++row)
        places.append(m_list->item(row)->text());
    return places;
}

void ScanPlacesEditor::addPlace(const QString &path)
{
    const QString place = ScanPlaces::shorten(QDir::cleanPath(path), QDir::homePath());
    if (place.isEmpty() || places().contains(place))
        return;
    m_list->addItem(place);
    save();
}

void ScanPlacesEditor::load(const QStringList &places)
{
    m_list->clear();
    m_list->addItems(places);
}

void ScanPlacesEditor::save()
{
    m_settings->setScanPlaces(places());
}

void ScanPlacesEditor::chooseFolder()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Add a Folder to Scan"), QDir::homePath());
    if (!folder.isEmpty())
        addPlace(folder);
}

void ScanPlacesEditor::chooseFile()
{
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Add a File to Scan"), QDir::homePath(), QString(),
                                     nullptr, QFileDialog::DontResolveSymlinks);
    if (!file.isEmpty())
        addPlace(file);
}

} // namespace latchkey
