#include "model/scan/scanreport.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace latchkey {

QString ScanSkip::reasonText(Reason reason)
{
    switch (reason) {
    case Reason::TooLarge:
        return tr("over the size limit");
    case Reason::Binary:
        return tr("not a text file");
    case Reason::Unreadable:
        return tr("could not be read");
    case Reason::LinkOutside:
        return tr("a link out of the folder");
    }
    return {};
}

QString ScanSkip::reasonId(Reason reason)
{
    switch (reason) {
    case Reason::TooLarge:
        return u"too-large"_s;
    case Reason::Binary:
        return u"binary"_s;
    case Reason::Unreadable:
        return u"unreadable"_s;
    case Reason::LinkOutside:
        return u"link-outside"_s;
    }
    return {};
}

QList<ScanFinding> ScanReport::findingsFor(const QByteArray &fingerprint) const
{
    QList<ScanFinding> matching;
    for (const ScanFinding &finding : findings) {
        if (finding.fingerprint == fingerprint)
            matching.append(finding);
    }
    return matching;
}

bool ScanReport::hasDeadTokens() const
{
    return std::any_of(findings.begin(), findings.end(),
                       [](const ScanFinding &finding) { return finding.isDead(); });
}

} // namespace latchkey
