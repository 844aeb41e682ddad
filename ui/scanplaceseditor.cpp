// ScanPlacesEditor: the places the where-used scan looks in.
#include "ui/scanplaceseditor.h"

#include "model/scan/scanplaces.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace latchkey {

ScanPlacesEditor::ScanPlacesEditor(const QStringList &places, QWidget *parent)
    : QWidget(parent)
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
        emit placesChanged(this->places());
    });
    connect(m_defaults, &QPushButton::clicked, this, [this] {
        // The defaults again, keeping the folders the user added.
        QStringList places = ScanPlaces::defaults();
        for (const QString &place : this->places()) {
            if (!places.contains(place))
                places.append(place);
        }
        setPlaces(places);
        emit placesChanged(places);
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

    setPlaces(places);
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
    emit placesChanged(places());
}

void ScanPlacesEditor::setPlaces(const QStringList &places)
{
    m_list->clear();
    m_list->addItems(places);
    m_remove->setEnabled(false);
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
