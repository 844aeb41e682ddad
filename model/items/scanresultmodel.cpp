// ScanResultModel: the findings of a where-used scan as a table.
#include "model/items/scanresultmodel.h"

#include "model/scan/scanplaces.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace latchkey {

ScanResultModel::ScanResultModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_home(QDir::homePath())
{}

void ScanResultModel::setHome(const QString &home)
{
    beginResetModel();
    m_home = home;
    endResetModel();
}

void ScanResultModel::setFindings(const QList<ScanFinding> &findings)
{
    beginResetModel();
    m_findings = findings;
    endResetModel();
}

void ScanResultModel::appendFindings(const QList<ScanFinding> &findings)
{
    if (findings.isEmpty())
        return;
    const int first = int(m_findings.size());
    beginInsertRows({}, first, first + int(findings.size()) - 1);
    m_findings += findings;
    endInsertRows();
}

void ScanResultModel::clear()
{
    setFindings({});
}

int ScanResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int ScanResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ScanResultModel::stateText(const ScanFinding &finding)
{
    if (!finding.known)
        return tr("Unknown token");
    switch (finding.state) {
    case ScanToken::State::Active:
        return tr("Active");
    case ScanToken::State::Expired:
        return tr("Expired");
    case ScanToken::State::Revoked:
        return tr("Revoked");
    }
    return {};
}

QString ScanResultModel::tokenText(const ScanFinding &finding)
{
    // The state has a column of its own.
    ScanFinding alive = finding;
    alive.state = ScanToken::State::Active;
    return alive.describe();
}

QVariant ScanResultModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_findings.size())
        return {};
    const ScanFinding &finding = m_findings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case FileColumn:
            return ScanPlaces::shorten(finding.path, m_home);
        case PositionColumn:
            return u"%1:%2"_s.arg(finding.line).arg(finding.column);
        case TokenColumn:
            return tokenText(finding);
        case StateColumn:
            return stateText(finding);
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case FileColumn:
            return QDir::toNativeSeparators(finding.path);
        case PositionColumn:
            return tr("Line %1, column %2").arg(finding.line).arg(finding.column);
        case TokenColumn:
            return finding.known && !finding.token.userLabel.isEmpty()
                       ? tr("%1, a token of %2").arg(tokenText(finding), finding.token.userLabel)
                       : tokenText(finding);
        case StateColumn:
            if (finding.isDead())
                return tr("This copy no longer works: replace it with a current token, or "
                          "delete it.");
            if (!finding.known)
                return tr("Latchkey does not know this token: if it is a leak, revoke it where it "
                          "was made.");
            return {};
        }
        break;
    case SortRole:
        switch (index.column()) {
        case FileColumn:
            return finding.path;
        case PositionColumn:
            return qint64(finding.line) * 1000000 + finding.column;
        case TokenColumn:
            return tokenText(finding);
        case StateColumn:
            return stateText(finding);
        }
        break;
    case DeadRole:
        return finding.isDead();
    case UnknownRole:
        return !finding.known;
    default:
        break;
    }
    return {};
}

QVariant ScanResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FileColumn:
        return tr("File");
    case PositionColumn:
        return tr("Line:Column");
    case TokenColumn:
        return tr("Token");
    case StateColumn:
        return tr("State");
    }
    return {};
}

} // namespace latchkey
