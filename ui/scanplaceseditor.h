// ScanPlacesEditor: the places the where-used scan looks in — the default
// credential files and histories plus the project folders the user adds —
// edited in place and kept in the settings ("~/" for the home folder).
#pragma once

#include <QStringList>
#include <QWidget>

class QListWidget;
class QPushButton;

namespace latchkey {

class AppSettings;

class ScanPlacesEditor : public QWidget
{
    Q_OBJECT
public:
    // settings is not owned and must outlive the editor.
    explicit ScanPlacesEditor(AppSettings *settings, QWidget *parent = nullptr);

    QStringList places() const;
    // Adds a file or folder (as typed, or "~/"-relative when in home) and saves.
    void addPlace(const QString &path);

    QListWidget *list() const { return m_list; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *defaultsButton() const { return m_defaults; }

private:
    void load(const QStringList &places);
    void save();
    void chooseFolder();
    void chooseFile();

    AppSettings *m_settings;
    QListWidget *m_list;
    QPushButton *m_addFolder;
    QPushButton *m_addFile;
    QPushButton *m_remove;
    QPushButton *m_defaults;
};

} // namespace latchkey
