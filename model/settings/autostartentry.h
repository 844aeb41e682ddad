// AutostartEntry: "Start at login, in the tray" — the XDG autostart entry
// ($XDG_CONFIG_HOME/autostart/<app id>.desktop) that launches Latchkey with
// --minimized at login. The file's presence is the setting.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace latchkey {

class AutostartEntry
{
    Q_DECLARE_TR_FUNCTIONS(latchkey::AutostartEntry)

public:
    // Tests pass a directory of their own; the app uses defaultDirectory().
    explicit AutostartEntry(const QString &appId, const QString &directory = defaultDirectory());
    // $XDG_CONFIG_HOME/autostart, or ~/.config/autostart when that is unset or
    // not absolute (the XDG Base Directory rules).
    static QString defaultDirectory();

    QString file() const;
    bool isEnabled() const;
    // Writes the entry that runs `program --minimized`.
    bool enable(const QString &program, QString *errorMessage = nullptr) const;
    bool disable(QString *errorMessage = nullptr) const;

    // The Exec value for `program --minimized`, quoted as the Desktop Entry
    // specification asks when the path holds more than plain characters.
    static QString execLine(const QString &program);

private:
    QString m_appId;
    QString m_directory;
};

} // namespace latchkey
