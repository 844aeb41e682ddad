// ScanPlacesEditor: the places the where-used scan looks in — the default
// credential files and histories plus the project folders the user adds
// ("~/" for the home folder). It edits a list; whoever shows it keeps the list
// (the Scan page at once, Settings on OK).
#pragma once

#include <QStringList>
#include <QWidget>

class QListWidget;
class QPushButton;

namespace latchkey {

class ScanPlacesEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ScanPlacesEditor(const QStringList &places, QWidget *parent = nullptr);

    QStringList places() const;
    // Shows these places (changed elsewhere); placesChanged is not emitted.
    void setPlaces(const QStringList &places);
    // Adds a file or folder (as typed, or "~/"-relative when in home).
    void addPlace(const QString &path);

    QListWidget *list() const { return m_list; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *defaultsButton() const { return m_defaults; }

signals:
    // The user added, removed or restored places.
    void placesChanged(const QStringList &places);

private:
    void chooseFolder();
    void chooseFile();

    QListWidget *m_list;
    QPushButton *m_addFolder;
    QPushButton *m_addFile;
    QPushButton *m_remove;
    QPushButton *m_defaults;
};

} // namespace latchkey
