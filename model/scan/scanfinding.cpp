#include "model/scan/scanfinding.h"

#include "model/scan/scanplaces.h"

using namespace Qt::StringLiterals;

namespace latchkey {

QString ScanFinding::describe() const
{
    if (!known)
        return tr("an unknown %1").arg(FormatDetector::displayName(format));
    const QString which = token.name.isEmpty()
                              ? tr("a token cached for %1 that no list names").arg(token.connection)
                              : tr("\"%1\" on %2").arg(token.name, token.connection);
    switch (state) {
    case ScanToken::State::Active:
        return which;
    case ScanToken::State::Expired:
        return tr("%1 (expired)").arg(which);
    case ScanToken::State::Revoked:
        return tr("%1 (revoked)").arg(which);
    }
    return which;
}

QString ScanFinding::location(const QString &home) const
{
    return u"%1:%2:%3"_s.arg(ScanPlaces::shorten(path, home)).arg(line).arg(column);
}

QString ScanFinding::stateId() const
{
    if (!known)
        return u"unknown"_s;
    switch (state) {
    case ScanToken::State::Active:
        return u"active"_s;
    case ScanToken::State::Expired:
        return u"expired"_s;
    case ScanToken::State::Revoked:
        return u"revoked"_s;
    }
    return {};
}

QString describeLocations(const QList<ScanFinding> &findings, const QString &home, int max)
{
    QStringList places;
    for (const ScanFinding &finding : findings) {
        if (places.size() == max)
            break;
        QString at = finding.location(home);
        at.truncate(at.lastIndexOf(u':')); // file:line reads better in a sentence
        places.append(at);
    }
    QString text = places.join(u", "_s);
    if (findings.size() > max)
        text += u", …"_s;
    return text;
}

} // namespace latchkey
