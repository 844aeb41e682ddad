// AutostartEntry: "Start at login, in the tray" as an XDG autostart entry.
#include "model/settings/autostartentry.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace latchkey {

namespace {
bool fail(QString *errorMessage, const QString &message)
{
    if (errorMessage)
        *errorMessage = message;
    return false;
}
} // namespace

AutostartEntry::AutostartEntry(const QString &appId, const QString &directory)
    : m_appId(appId)
    , m_directory(directory)
{}

QString AutostartEntry::defaultDirectory()
{
    // Not QStandardPaths::ConfigLocation: on some platforms that names an
    // application folder, while the autostart spec wants the XDG config home.
    const QString configHome = qEnvironmentVariable("XDG_CONFIG_HOME");
    const QString base = !configHome.isEmpty() && QDir::isAbsolutePath(configHome)
                             ? configHome
                             : QDir::homePath() + u"/.config"_s;
    return base + u"/autostart"_s;
}

QString AutostartEntry::file() const
{
    return m_directory + u'/' + m_appId + u".desktop"_s;
}

bool AutostartEntry::isEnabled() const
{
    return QFile::exists(file());
}

QString AutostartEntry::execLine(const QString &program)
{
    static const QRegularExpression plain(u"^[A-Za-z0-9_./+@:,=-]+$"_s);
    QString quoted = program;
    if (!plain.match(program).hasMatch()) {
        // Inside double quotes: \ " ` $ take a backslash; then the desktop
        // file's own string escaping doubles every backslash.
        quoted.clear();
        for (QChar c : program) {
            if (c == u'"' || c == u'`' || c == u'$' || c == u'\\')
                quoted += u'\\';
            quoted += c;
        }
        quoted = u'"' + quoted.replace(u"\\"_s, u"\\\\"_s) + u'"';
    }
    return quoted + u" --minimized"_s;
}

bool AutostartEntry::enable(const QString &program, QString *errorMessage) const
{
    if (!QDir().mkpath(m_directory))
        return fail(errorMessage, tr("cannot create %1").arg(m_directory));
    QSaveFile out(file());
    if (!out.open(QIODevice::WriteOnly))
        return fail(errorMessage, out.errorString());
    const QString entry = u"[Desktop Entry]\n"
                          u"Type=Application\n"
                          u"Name=Latchkey\n"
                          u"Exec=%1\n"
                          u"Icon=%2\n"
                          u"Terminal=false\n"
                          u"X-GNOME-Autostart-enabled=true\n"_s.arg(execLine(program), m_appId);
    out.write(entry.toUtf8());
    if (!out.commit())
        return fail(errorMessage, out.errorString());
    return true;
}

bool AutostartEntry::disable(QString *errorMessage) const
{
    QFile entry(file());
    if (entry.exists() && !entry.remove())
        return fail(errorMessage, entry.errorString());
    return true;
}

} // namespace latchkey
