// ScanResultModel: the findings of a where-used scan as a table (file,
// line:column, which token, its state). It holds what ScanFinding holds: never
// a token's value, so no cell, tooltip or copied cell can show one.
#pragma once

#include "model/scan/scanfinding.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace latchkey {

class ScanResultModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { FileColumn, PositionColumn, TokenColumn, StateColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        SortRole = Qt::UserRole + 1, // the column's raw value (QString, qint64)
        DeadRole,                    // bool: a revoked or expired token still in a file
        UnknownRole,                 // bool: a token of a known format Latchkey does not know
    };
    Q_ENUM(Role)

    explicit ScanResultModel(QObject *parent = nullptr);

    // The folder shown as "~" in paths.
    void setHome(const QString &home);
    void setFindings(const QList<ScanFinding> &findings);
    // Findings of a scan still running.
    void appendFindings(const QList<ScanFinding> &findings);
    void clear();
    const ScanFinding &findingAt(int row) const { return m_findings.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "Active", "Expired", "Revoked", "Unknown token", translated.
    static QString stateText(const ScanFinding &finding);
    // Which token, without its state: "“deploy” on Sandbox", "an unknown GitHub token".
    static QString tokenText(const ScanFinding &finding);

private:
    QString m_home;
    QList<ScanFinding> m_findings;
};

} // namespace latchkey
