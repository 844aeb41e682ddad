// ScanPage: "Scan this computer": the where-used scan with progress, Cancel,
// its findings and the places it looks in.
#include "ui/scanpage.h"

#include "model/items/scanresultmodel.h"
#include "model/scan/scanplaces.h"
#include "model/scan/whereusedindex.h"
#include "model/settings/appsettings.h"
#include "ui/icons.h"
#include "ui/scanplaceseditor.h"
#include "ui/statuspalette.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace latchkey {

ScanPage::ScanPage(WhereUsedIndex *index, AppSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_index(index)
    , m_model(new ScanResultModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_scan(new QPushButton(Icons::get(Icons::Id::Scan), tr("&Scan This Computer"), this))
    , m_cancel(new QPushButton(tr("&Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_places(new ScanPlacesEditor(settings->scanPlaces(), this))
{
    // The page keeps what is edited here at once; Settings (or a test) may change it too.
    connect(m_places, &ScanPlacesEditor::placesChanged, settings, &AppSettings::setScanPlaces);
    connect(settings, &AppSettings::scanPlacesChanged, m_places, [this](const QStringList &places) {
        if (places != m_places->places())
            m_places->setPlaces(places);
    });

    auto *intro = new QLabel(
        tr("Looks for copies of the tokens Latchkey knows in the files and folders below, "
           "so that you know what breaks before you revoke or rotate one. Tokens are "
           "compared by fingerprint: no value is shown, kept or sent anywhere."),
        this);
    intro->setWordWrap(true);

    m_scan->setDefault(true);
    m_cancel->setEnabled(false);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(120);
    m_progress->setAccessibleName(tr("Scanning"));
    m_progress->hide();
    m_status->setWordWrap(true);
    m_status->setText(tr("This computer has not been scanned yet."));
    m_warning->setObjectName(u"deadTokensWarning"_s);
    m_warning->setWordWrap(true);
    m_warning->hide();
    connect(m_scan, &QPushButton::clicked, this, &ScanPage::scan);
    connect(m_cancel, &QPushButton::clicked, m_index, &WhereUsedIndex::cancel);

    m_model->setHome(m_index->home());
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ScanResultModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ScanResultModel::FileColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAccessibleName(tr("Where tokens were found"));
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(ScanResultModel::FileColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(ScanResultModel::TokenColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(ScanResultModel::PositionColumn,
                                           QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(ScanResultModel::StateColumn,
                                           QHeaderView::ResizeToContents);

    connect(m_index, &WhereUsedIndex::started, this, &ScanPage::onStarted);
    connect(m_index, &WhereUsedIndex::progress, this, &ScanPage::onProgress);
    connect(m_index, &WhereUsedIndex::found, m_model, &ScanResultModel::appendFindings);
    connect(m_index, &WhereUsedIndex::finished, this, &ScanPage::onFinished);

    auto *placesBox = new QGroupBox(tr("Places to look in"), this);
    auto *placesLayout = new QVBoxLayout(placesBox);
    auto *placesNote =
        new QLabel(tr("Files are read up to 8 MiB; binary files, links out of a folder and "
                      "git's object store are left alone. “~” is your home folder."),
                   placesBox);
    placesNote->setWordWrap(true);
    placesLayout->addWidget(placesNote);
    placesLayout->addWidget(m_places, 1);

    auto *results = new QWidget(this);
    auto *resultsLayout = new QVBoxLayout(results);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_scan);
    controls->addWidget(m_cancel);
    controls->addWidget(m_progress);
    controls->addWidget(m_status, 1);
    resultsLayout->addLayout(controls);
    resultsLayout->addWidget(m_warning);
    resultsLayout->addWidget(m_view, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(results);
    split->addWidget(placesBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addWidget(split, 1);
}

void ScanPage::scan()
{
    m_model->setHome(m_index->home());
    m_index->scan();
}

void ScanPage::setRunning(bool running)
{
    m_scan->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_progress->setVisible(running);
    m_places->setEnabled(!running);
}

void ScanPage::onStarted()
{
    m_model->clear();
    m_warning->hide();
    m_status->setText(tr("Gathering the tokens Latchkey knows…"));
    setRunning(true);
}

void ScanPage::onProgress(const ScanProgress &progress)
{
    m_status->setText(tr("Scanning: %n file(s) read", nullptr, progress.filesRead) + u", "_s +
                      tr("%n copies found so far.", nullptr, progress.findings));
}

void ScanPage::onFinished(const ScanReport &report)
{
    setRunning(false);
    m_model->setFindings(report.findings);
    const int files = report.totals.filesRead;
    const int found = int(report.findings.size());
    QString text = report.cancelled
                       ? tr("Scan cancelled after %n file(s).", nullptr, files)
                       : tr("Scanned %n file(s) at %1.", nullptr, files)
                             .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat));
    text += u' ' + (found == 0 ? tr("No token found.") : tr("%n copies found.", nullptr, found));
    if (report.totals.filesSkipped > 0)
        text += u' ' + tr("%n file(s) skipped.", nullptr, report.totals.filesSkipped);
    m_status->setText(text);
    int dead = 0;
    for (const ScanFinding &finding : report.findings)
        dead += finding.isDead() ? 1 : 0;
    if (dead > 0) {
        m_warning->setText(tr("Revoked or expired tokens: %n copies found. Whatever reads them "
                              "no longer works; replace them with a current token.",
                              nullptr, dead));
        // Taken from the palette now: it follows a light or dark desktop.
        m_warning->setStyleSheet(StatusPalette(palette()).textStyle(StatusPalette::Role::Warning));
        m_warning->show();
    }
    emit statusMessage(text);
}

} // namespace latchkey
