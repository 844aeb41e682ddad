#include "model/scan/scanplaces.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace latchkey {

QStringList ScanPlaces::defaults()
{
    return {
        // Credentials that tools keep in plain text.
        u"~/.netrc"_s,
        u"~/.npmrc"_s,
        u"~/.pypirc"_s,
        u"~/.git-credentials"_s,
        u"~/.config/git/credentials"_s,
        u"~/.docker/config.json"_s,
        u"~/.kube/config"_s,
        u"~/.config/gh/hosts.yml"_s,
        // Shells: start-up files export tokens, histories remember pasted ones.
        u"~/.profile"_s,
        u"~/.bashrc"_s,
        u"~/.bash_profile"_s,
        u"~/.bash_history"_s,
        u"~/.zshrc"_s,
        u"~/.zshenv"_s,
        u"~/.zprofile"_s,
        u"~/.zsh_history"_s,
        u"~/.config/fish/config.fish"_s,
        u"~/.local/share/fish/fish_history"_s,
    };
}

QString ScanPlaces::expand(const QString &place, const QString &home)
{
    if (place == u"~"_s)
        return QDir::cleanPath(home);
    if (place.startsWith(u"~/"_s))
        return QDir::cleanPath(home + place.mid(1));
    return QDir::cleanPath(place);
}

QStringList ScanPlaces::expand(const QStringList &places, const QString &home)
{
    QStringList expanded;
    for (const QString &place : places) {
        if (!place.trimmed().isEmpty())
            expanded.append(expand(place.trimmed(), home));
    }
    expanded.removeDuplicates();
    return expanded;
}

QString ScanPlaces::shorten(const QString &path, const QString &home)
{
    const QString cleanHome = QDir::cleanPath(home);
    if (!cleanHome.isEmpty() && cleanHome != u"/"_s &&
        (path == cleanHome || path.startsWith(cleanHome + u'/')))
        return u"~"_s + path.mid(cleanHome.size());
    return path;
}

} // namespace latchkey
