// ConnectionSwitcher: the tool bar's connection picker (a combo of saved
// profiles) and its "Manage connections…" button.
#pragma once

#include <QWidget>

class QComboBox;
class QToolButton;

namespace latchkey {

class ProfileStore;

class ConnectionSwitcher : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionSwitcher(ProfileStore *profiles, QWidget *parent = nullptr);

    QString currentProfile() const;
    // Selects without emitting profileSelected (the window already switched).
    void setCurrentProfile(const QString &name);

signals:
    void profileSelected(const QString &name);
    void manageRequested();

private:
    void reload();

    ProfileStore *m_profiles;
    QComboBox *m_combo;
    QToolButton *m_manage;
    bool m_updating = false;
};

} // namespace latchkey
