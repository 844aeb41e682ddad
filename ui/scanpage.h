// ScanPage: "Scan this computer": runs the where-used scan (on a worker, with
// progress and Cancel) over the places the user keeps here, and lists where
// each known token, or an unknown token of a known format, sits. It shows
// files, positions and names, never a value.
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;

namespace latchkey {

class AppSettings;
class ScanPlacesEditor;
class ScanResultModel;
class WhereUsedIndex;
struct ScanProgress;
struct ScanReport;

class ScanPage : public QWidget
{
    Q_OBJECT
public:
    // Nothing is owned; both must outlive the page.
    ScanPage(WhereUsedIndex *index, AppSettings *settings, QWidget *parent = nullptr);

    QPushButton *scanButton() const { return m_scan; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *statusLabel() const { return m_status; }
    QTreeView *view() const { return m_view; }
    ScanResultModel *model() const { return m_model; }
    ScanPlacesEditor *placesEditor() const { return m_places; }

public slots:
    void scan();

signals:
    // A short sentence for the status bar.
    void statusMessage(const QString &text);

private:
    void onStarted();
    void onProgress(const ScanProgress &progress);
    void onFinished(const ScanReport &report);
    void setRunning(bool running);

    WhereUsedIndex *m_index;
    ScanResultModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QPushButton *m_scan;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_warning;
    QTreeView *m_view;
    ScanPlacesEditor *m_places;
};

} // namespace latchkey
