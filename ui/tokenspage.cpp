// TokensPage: one user's tokens — filter, status filter, count, the table, and
// every token action (generate, rename, set expiry, revoke, copy, refresh).
#include "ui/tokenspage.h"

#include "model/domain/expiryformatter.h"
#include "model/exchange/tokenexchanger.h"
#include "model/items/tokenfilterproxymodel.h"
#include "model/items/tokenlistmodel.h"
#include "model/items/tokenrows.h"
#include "model/keychain/tokencache.h"
#include "model/offline/connectionkeeper.h"
#include "model/offline/tokennotes.h"
#include "model/operations/bulkexpiry.h"
#include "model/operations/tokenservice.h"
#include "model/scan/whereusedindex.h"
#include "model/session/session.h"
#include "model/settings/appsettings.h"
#include "ui/accesstokendialog.h"
#include "ui/busyoverlay.h"
#include "ui/clipboardguard.h"
#include "ui/columnfitter.h"
#include "ui/elidedlabel.h"
#include "ui/expirydelegate.h"
#include "ui/generatetokendialog.h"
#include "ui/icons.h"
#include "ui/revealtokendialog.h"
#include "ui/setexpirydialog.h"
#include "ui/statuspalette.h"
#include "ui/tokennamedelegate.h"
#include "ui/tokennotedialog.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace latchkey {

TokensPage::TokensPage(ClipboardGuard *clipboard, TokenCache *cache, QWidget *parent)
    : QWidget(parent)
    , m_clipboard(clipboard)
    , m_cache(cache)
    , m_model(new TokenListModel(this))
    , m_proxy(new TokenFilterProxyModel(this))
    , m_expiryDelegate(new ExpiryDelegate(this))
    , m_toolBar(new QToolBar(this))
    , m_filter(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_count(new ElidedLabel(this))
    , m_message(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_empty(new QWidget(m_view->viewport()))
    , m_emptyText(new QLabel(m_empty))
    , m_emptyGenerate(new QPushButton(m_empty))
    , m_fitter(new ColumnFitter(m_view, TokenListModel::NameColumn, 0.4))
    , m_overlay(new BusyOverlay(m_view))
{
    m_rowMaker.setMaxThreadCount(1);
    m_empty->hide();
    m_proxy->setSourceModel(m_model);

    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(TokenListModel::ExpiresColumn, Qt::AscendingOrder);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Renaming is asked for (F2, the menu, a double-click): a click on the selected
    // row must not open an editor that a following Ctrl+C would copy from.
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setAccessibleName(tr("Tokens"));
    setUpColumns();
    m_view->header()->setSortIndicatorShown(true);
    m_view->setItemDelegateForColumn(TokenListModel::ExpiresColumn, m_expiryDelegate);
    m_view->setItemDelegateForColumn(TokenListModel::StatusColumn, m_expiryDelegate);
    auto *nameDelegate = new TokenNameDelegate(
        [this](const QModelIndex &index) {
            QStringList taken = names();
            taken.removeOne(index.data(TokenListModel::NameRole).toString());
            return taken;
        },
        [this] { return m_mine ? QString() : m_userLabel; }, this);
    m_view->setItemDelegateForColumn(TokenListModel::NameColumn, nameDelegate);
    connect(nameDelegate, &TokenNameDelegate::rejected, this,
            [this](const QString &message) { showMessage(message, true); });
    // While a name is edited, Ctrl+C copies from the editor: the status bar says what
    // is going on rather than still showing an earlier "Copied …".
    connect(nameDelegate, &TokenNameDelegate::editingStarted, this, [this](const QString &name) {
        clearMessage();
        emit statusMessage(tr("Renaming “%1”: Enter saves, Esc cancels.").arg(name));
    });
    connect(nameDelegate, &QAbstractItemDelegate::closeEditor, this, [this] {
        // A saved name is being renamed by now, and the status bar says so.
        if (!isBusy())
            emit statusMessage(QString());
    });
    connect(m_model, &TokenListModel::renameRequested, this,
            [this](const QByteArray &fingerprint, const QString &newName) {
                const int row = m_model->rowOf(fingerprint);
                if (row >= 0)
                    rename(m_model->nameAt(row), newName);
            });
    // The Cached column follows the keychain index of this connection.
    connect(m_cache, &TokenCache::cachedChanged, this,
            [this](const QString &endpoint, const QByteArray &fingerprint, bool cached) {
                if (m_session && endpoint == m_session->endpointKey()) {
                    m_model->setCached(fingerprint, cached);
                    updateActions();
                }
            });
    connect(m_cache, &TokenCache::indexLoaded, this, [this](const QString &endpoint) {
        if (m_session && endpoint == m_session->endpointKey())
            m_model->setCachedFingerprints(m_cache->cachedFingerprints(endpoint));
    });
    // "in 3 days" must not go stale while the window stays open.
    m_clock.setInterval(60 * 1000);
    connect(&m_clock, &QTimer::timeout, this, [this] {
        m_model->refreshTimes();
        updateCount();
    });
    m_clock.start();

    m_filter->setPlaceholderText(tr("Filter by name or note"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter tokens"));
    m_filter->addAction(Icons::get(Icons::Id::Inspector), QLineEdit::LeadingPosition);
    // In the narrow Users split the count gives way (it wraps), not the filter's hint.
    m_filter->setMinimumWidth(
        m_filter->fontMetrics().horizontalAdvance(m_filter->placeholderText()) +
        3 * m_filter->fontMetrics().height());
    // One line that gives way to the filter (elided, the whole text in its tooltip):
    // wrapped into a narrow strip it pushed the table down.
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_count->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    // Long choices ("Expired or expiring soon") elide rather than widen the row.
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_status->setMinimumContentsLength(12);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &TokenFilterProxyModel::setFilterText);

    m_status->addItem(tr("All tokens"), int(TokenFilterProxyModel::StatusFilter::All));
    m_status->addItem(tr("Active"), int(TokenFilterProxyModel::StatusFilter::Active));
    m_status->addItem(Icons::get(Icons::Id::Expiring), tr("Expiring soon"),
                      int(TokenFilterProxyModel::StatusFilter::ExpiringSoon));
    m_status->addItem(Icons::get(Icons::Id::Expired), tr("Expired"),
                      int(TokenFilterProxyModel::StatusFilter::Expired));
    m_status->addItem(Icons::get(Icons::Id::Never), tr("Never expires"),
                      int(TokenFilterProxyModel::StatusFilter::NeverExpires));
    m_status->addItem(tr("Expired or expiring soon"),
                      int(TokenFilterProxyModel::StatusFilter::NeedsAttention));
    m_status->setAccessibleName(tr("Show"));
    m_status->setMaximumWidth(
        m_status->fontMetrics().horizontalAdvance(m_status->itemText(m_status->count() - 1)) +
        6 * m_status->fontMetrics().height());
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setStatusFilter(
            TokenFilterProxyModel::StatusFilter(m_status->currentData().toInt()));
        updateCount();
    });

    m_message->setWordWrap(true);
    m_message->hide();

    // Over an empty list, what it means and what to do about it.
    m_empty->setObjectName(u"emptyState"_s);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    m_emptyGenerate->setIcon(Icons::get(Icons::Id::Generate));
    connect(m_emptyGenerate, &QPushButton::clicked, this, &TokensPage::generate);
    auto *emptyLayout = new QVBoxLayout(m_empty);
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addWidget(m_emptyGenerate, 0, Qt::AlignHCenter);

    buildActions();
    m_view->viewport()->installEventFilter(this);
    // QAbstractItemView copies the current cell's text on Ctrl+C by itself; here
    // Ctrl+C must copy the token, through the guard, or nothing.
    m_view->installEventFilter(this);

    auto *filterRow = new QHBoxLayout;
    filterRow->setSpacing(6);
    filterRow->addWidget(m_filter, 3);
    filterRow->addWidget(m_status, 2);
    filterRow->addWidget(m_count, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_toolBar);
    layout->addLayout(filterRow);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TokensPage::updateActions);
    connect(m_view, &QTreeView::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        menu.addAction(m_copy);
        menu.addAction(m_copyAccessToken);
        menu.addAction(m_whereUsedAction);
        menu.addSeparator();
        menu.addAction(m_rename);
        menu.addAction(m_setExpiry);
        menu.addAction(m_editNote);
        menu.addSeparator();
        menu.addAction(m_revoke);
        if (plannedRevocationOfSelected()) {
            menu.addAction(m_revokeReplacedNow);
            menu.addAction(m_keepReplaced);
        }
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    // Columns a page hides by default (e.g. Status on the Users page) come back from here.
    m_view->header()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view->header(), &QWidget::customContextMenuRequested, this, [this](QPoint pos) {
        QMenu menu(this);
        for (int column = TokenListModel::NameColumn + 1; column < TokenListModel::ColumnCount;
             ++column) {
            QAction *action =
                menu.addAction(m_proxy->headerData(column, Qt::Horizontal).toString());
            action->setCheckable(true);
            action->setChecked(!m_view->isColumnHidden(column));
            connect(action, &QAction::toggled, this,
                    [this, column](bool shown) { m_view->setColumnHidden(column, !shown); });
        }
        menu.exec(m_view->header()->viewport()->mapToGlobal(pos));
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &TokensPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &TokensPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TokensPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &TokensPage::updateCount);
    // Rows that go (revoked, filtered out, another user) take their selection along
    // without a selectionChanged(): the actions must follow all the same.
    for (auto signal : {&QAbstractItemModel::rowsRemoved, &QAbstractItemModel::rowsInserted})
        connect(m_proxy, signal, this, &TokensPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TokensPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &TokensPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &TokensPage::updateActions);
    updateActions();
    updateCount();
}

TokensPage::~TokensPage() = default;

void TokensPage::setUpColumns()
{
    const QFontMetrics metrics = m_view->fontMetrics();
    const int padding = 2 * (m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1) + 8;
    const int icon = 16 + 8;
    m_view->header()->setMinimumSectionSize(metrics.horizontalAdvance(u"Name"_s) + 24);
    // The hint is the token's only visible trace: never cut.
    const int hint = metrics.horizontalAdvance(TokenListModel::maskedHint(u"WWWW"_s)) + padding;
    m_fitter->setPreferredWidth(TokenListModel::TokenColumn, hint);
    m_fitter->setMinimumWidth(TokenListModel::TokenColumn, hint);
    // Dates are never cut either: measured on the widest day and time this locale writes.
    int date = 0;
    for (const QTime time : {QTime(23, 58), QTime(11, 58), QTime(10, 58)})
        date = qMax(date, metrics.horizontalAdvance(ExpiryFormatter::shortDate(
                              QDateTime(QDate(2026, 12, 28), time).toMSecsSinceEpoch())));
    m_fitter->setPreferredWidth(TokenListModel::CreatedColumn, date + padding);
    m_fitter->setMinimumWidth(TokenListModel::CreatedColumn, date + padding);
    // "expired 40 days ago" may elide to "expired 40 d…" when room is short.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    constexpr qint64 day = 24 * 3600 * 1000;
    int expires = 0;
    for (const qint64 when : {now - 40 * day, now + 47 * 3600 * 1000LL, now + 400 * day})
        expires =
            qMax(expires, metrics.horizontalAdvance(ExpiryFormatter::relativeExpiry(when, now)));
    m_fitter->setPreferredWidth(TokenListModel::ExpiresColumn, expires + icon + padding);
    int status = 0;
    for (const TokenStatus state : {TokenStatus::Active, TokenStatus::ExpiringSoon,
                                    TokenStatus::Expired, TokenStatus::NeverExpires})
        status = qMax(status, metrics.horizontalAdvance(ExpiryFormatter::statusText(state)));
    m_fitter->setPreferredWidth(TokenListModel::StatusColumn, status + icon + padding);
    m_fitter->setPreferredWidth(TokenListModel::CachedColumn,
                                metrics.horizontalAdvance(tr("Yes")) + padding);
    m_fitter->setPreferredWidth(TokenListModel::NotesColumn,
                                metrics.horizontalAdvance(QString(24, u'n')) + padding);
    // Notes are for the few who keep them: the header's menu shows the column.
    m_view->setColumnHidden(TokenListModel::NotesColumn, true);
    // Where Used says something only after a scan; the header's menu shows it, and the
    // Where Used action and the confirmations say the same without it.
    m_fitter->setPreferredWidth(TokenListModel::WhereUsedColumn,
                                metrics.horizontalAdvance(QString(24, u'n')) + padding);
    m_view->setColumnHidden(TokenListModel::WhereUsedColumn, true);
    // Status says what Expires already shows with an icon, a colour and words (its
    // tooltip names the state): it starts hidden, and the header's menu brings it back.
    m_view->setColumnHidden(TokenListModel::StatusColumn, true);
    // Too narrow for every header (beside the user list, in a long language): whether a
    // value is cached and when the token was made give way before Expires is cut.
    m_fitter->setMakeWayOrder({TokenListModel::CachedColumn, TokenListModel::CreatedColumn});
}

int TokensPage::comfortableWidth() const
{
    return m_fitter->comfortableWidth();
}

void TokensPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitToolBar();
}

void TokensPage::fitToolBar()
{
    // Measured while the words show; with icons only, the last measure decides.
    if (m_toolBar->toolButtonStyle() == Qt::ToolButtonTextBesideIcon)
        m_toolBarTextWidth = m_toolBar->sizeHint().width();
    const bool words = width() >= m_toolBarTextWidth;
    const Qt::ToolButtonStyle style = words ? Qt::ToolButtonTextBesideIcon : Qt::ToolButtonIconOnly;
    if (m_toolBar->toolButtonStyle() == style)
        return;
    m_toolBar->setToolButtonStyle(style);
    // Generate keeps its word: it is what a page with no tokens is for.
    if (auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(m_generate)))
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
}

bool TokensPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        updateEmptyState();
    if (watched == m_view &&
        (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Copy)) {
            if (event->type() == QEvent::ShortcutOverride) {
                event->accept();
            } else {
                copySelected();
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TokensPage::buildActions()
{
    // Generate answers anywhere in the window while this page shows; the actions
    // on a selection answer only while the table has the focus, so that Delete
    // or Ctrl+C in another field never reaches a token.
    auto make = [this](Icons::Id icon, const QString &text, const QKeySequence &key,
                       void (TokensPage::*slot)(), QWidget *owner, Qt::ShortcutContext context) {
        auto *action = new QAction(Icons::get(icon), text, this);
        action->setShortcut(key);
        action->setShortcutContext(context);
        connect(action, &QAction::triggered, this, slot);
        owner->addAction(action);
        return action;
    };
    m_generate = make(Icons::Id::Generate, tr("&Generate…"), QKeySequence::New,
                      &TokensPage::generate, this, Qt::WindowShortcut);
    m_rename = make(Icons::Id::Rename, tr("&Rename"), Qt::Key_F2, &TokensPage::renameSelected,
                    m_view, Qt::WidgetShortcut);
    m_setExpiry = make(Icons::Id::Expiry, tr("Set &Expiry…"), QKeySequence(Qt::CTRL | Qt::Key_E),
                       &TokensPage::setExpiryOfSelected, m_view, Qt::WidgetShortcut);
    m_revoke = make(Icons::Id::Revoke, tr("Re&voke…"), QKeySequence::Delete,
                    &TokensPage::revokeSelected, m_view, Qt::WidgetShortcut);
    m_copy = make(Icons::Id::Copy, tr("&Copy Token"), QKeySequence::Copy, &TokensPage::copySelected,
                  m_view, Qt::WidgetShortcut);
    // F5 belongs to the window's Refresh, which also retries when offline.
    m_refresh = make(Icons::Id::Refresh, tr("Re&fresh"), QKeySequence(), &TokensPage::clearMessage,
                     this, Qt::WindowShortcut);
    connect(m_refresh, &QAction::triggered, this, &TokensPage::reload);
    m_refresh->setToolTip(tr("Refresh (F5)"));
    m_copyAccessToken = make(Icons::Id::Copy, tr("Copy &Access Token For…"), QKeySequence(),
                             &TokensPage::copyAccessTokenOfSelected, m_view, Qt::WidgetShortcut);
    m_whereUsedAction = make(Icons::Id::Scan, tr("&Where Used…"), QKeySequence(),
                             &TokensPage::showWhereUsedOfSelected, m_view, Qt::WidgetShortcut);

    m_editNote = make(Icons::Id::Rename, tr("Edit &Note…"), QKeySequence(),
                      &TokensPage::editNoteOfSelected, m_view, Qt::WidgetShortcut);
    // For an old value a rotation keeps working for a while.
    m_revokeReplacedNow = make(Icons::Id::Revoke, tr("Revoke Old Value &Now"), QKeySequence(),
                               &TokensPage::revokeReplacedNow, m_view, Qt::WidgetShortcut);
    m_keepReplaced = make(Icons::Id::Expiry, tr("&Keep Old Value Working"), QKeySequence(),
                          &TokensPage::keepReplaced, m_view, Qt::WidgetShortcut);

    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->addAction(m_generate);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_copy);
    m_toolBar->addAction(m_rename);
    m_toolBar->addAction(m_setExpiry);
    m_toolBar->addAction(m_revoke);
    auto *spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_toolBar->addAction(m_refresh);
}

void TokensPage::setUser(Session *session, const QString &userId, const QString &userLabel)
{
    if (session != m_session) {
        if (m_session)
            disconnect(m_session->keeper(), nullptr, this, nullptr);
        if (m_session && m_session->notes())
            disconnect(m_session->notes(), nullptr, this, nullptr);
        if (session && session->notes()) {
            connect(session->notes(), &TokenNotes::noteChanged, this,
                    [this](const QString &endpoint, const QString &userId,
                           const QByteArray &fingerprint, const QString &text) {
                        if (m_session && endpoint == m_session->endpointKey() && userId == m_userId)
                            m_model->setNote(fingerprint, text);
                    });
        }
        if (session) {
            connect(session->keeper(), &ConnectionKeeper::stateChanged, this,
                    &TokensPage::showKeptList);
            connect(session->keeper(), &ConnectionKeeper::stillOffline, this,
                    &TokensPage::showKeptList);
        }
    }
    m_session = session;
    m_userId = userId;
    m_userLabel = userLabel;
    m_loaded = false;
    ++m_loadGeneration; // a list still on its way belongs to the previous user
    m_model->clear();
    if (session) {
        const QString endpoint = session->endpointKey();
        m_model->setCachedFingerprints(m_cache->cachedFingerprints(endpoint));
        if (!m_cache->isIndexLoaded(endpoint))
            m_cache->loadIndex(endpoint);
    }
    m_model->setNotes({});
    if (session && session->notes())
        m_model->setNotes(session->notes()->notesOf(session->endpointKey(), userId));
    m_message->hide();
    m_selectAfterLoad.clear();
    m_reloadWhenShown = false;
    if (session && !userId.isEmpty()) {
        session->keeper()->setUserLabel(userId, userLabel);
        if (m_loadWhenShown && !isVisible())
            m_reloadWhenShown = true;
        else
            reload();
    }
    updateActions();
}

void TokensPage::setUserLabel(const QString &label)
{
    m_userLabel = label;
    if (m_session && !m_userId.isEmpty())
        m_session->keeper()->setUserLabel(m_userId, label);
    updateEmptyState();
}

void TokensPage::setMine(bool mine)
{
    m_mine = mine;
    updateEmptyState();
}

void TokensPage::showKeptList()
{
    if (!m_session || m_userId.isEmpty() || m_loaded || !m_session->keeper()->isOffline())
        return;
    m_session->keeper()->loadKeptList(
        m_userId, this,
        [this, generation = m_loadGeneration](std::optional<ConnectionKeeper::KeptList> kept) {
            // Pages that loaded in this session already show the newest list.
            if (!kept || generation != m_loadGeneration || m_loaded || !m_session ||
                !m_session->keeper()->isOffline())
                return;
            showSnapshot(std::move(kept->rows));
            emit keptListShown(kept->takenAt);
        });
}

void TokensPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_reloadWhenShown)
        reload();
}

void TokensPage::setExpiringSoonDays(int days)
{
    m_expiringSoonDays = days;
    m_model->setExpiringSoonDays(days);
    updateCount();
}

void TokensPage::setOffline(bool offline, const QString &reason)
{
    m_offline = offline;
    m_offlineReason = reason;
    updateActions();
}

void TokensPage::setSignedOut(bool signedOut)
{
    m_signedOut = signedOut;
    updateActions();
}

void TokensPage::showSnapshot(TokenRows rows)
{
    m_model->setRows(m_userId, std::move(rows));
    updateCount();
    updateEmptyState();
}

void TokensPage::showExpiringOnly()
{
    m_status->setCurrentIndex(
        m_status->findData(int(TokenFilterProxyModel::StatusFilter::NeedsAttention)));
    m_view->setFocus();
}

QList<PersonalAccessToken> TokensPage::tokens() const
{
    return m_model->tokens();
}

QStringList TokensPage::names() const
{
    QStringList result;
    for (const PersonalAccessToken &token : m_model->tokens())
        result.append(token.name);
    return result;
}

int TokensPage::expiringOrExpiredCount() const
{
    int count = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const TokenStatus status = m_model->statusAt(row);
        if (status == TokenStatus::Expired || status == TokenStatus::ExpiringSoon)
            ++count;
    }
    return count;
}

QList<PersonalAccessToken> TokensPage::selectedTokens() const
{
    QList<PersonalAccessToken> result;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        result.append(index.data(TokenListModel::TokenRole).value<PersonalAccessToken>());
    return result;
}

void TokensPage::updateActions()
{
    const QList<PersonalAccessToken> selected = selectedTokens();
    const bool ready = m_session && !m_userId.isEmpty() && m_busy == 0;
    const bool unavailable = m_offline || m_signedOut;
    const bool online = ready && !unavailable;
    const QString offlineTip = m_signedOut
                                   ? tr("Sign in first: you are signed out.")
                                   : tr("Unavailable while offline: %1").arg(m_offlineReason);

    auto set = [&](QAction *action, bool enabled, bool needsServer) {
        action->setEnabled(enabled);
        if (needsServer && unavailable)
            action->setStatusTip(offlineTip);
        else
            action->setStatusTip(QString());
    };
    set(m_generate, online, true);
    set(m_rename, online && selected.size() == 1, true);
    set(m_setExpiry, online && !selected.isEmpty(), true);
    set(m_revoke, online && !selected.isEmpty(), true);
    const bool cached =
        selected.size() == 1 &&
        m_view->selectionModel()->selectedRows().first().data(TokenListModel::CachedRole).toBool();
    set(m_copy, ready && cached, false);
    // The exchanger says why a token cannot be exchanged (not cached, expired…).
    set(m_copyAccessToken, online && selected.size() == 1, true);
    set(m_whereUsedAction, m_whereUsed && selected.size() == 1, false);
    set(m_editNote, ready && m_session->notes() && selected.size() == 1, false);
    const bool replaced = selected.size() == 1 && !m_view->selectionModel()
                                                       ->selectedRows()
                                                       .first()
                                                       .data(TokenListModel::RevokeAtRole)
                                                       .isNull();
    set(m_revokeReplacedNow, online && replaced, true);
    set(m_keepReplaced, ready && replaced, false);
    m_refresh->setEnabled(m_session && !m_userId.isEmpty() && m_busy == 0);

    // Tool buttons show the shortcut, and why a server action is unavailable.
    auto tipFor = [](QAction *action) {
        QString text = action->text().remove(u'&').remove(u'…');
        if (!action->shortcut().isEmpty())
            text += u" (%1)"_s.arg(action->shortcut().toString(QKeySequence::NativeText));
        return text;
    };
    for (QAction *action : {m_generate, m_rename, m_setExpiry, m_revoke}) {
        action->setToolTip(unavailable ? u"%1 — %2"_s.arg(tipFor(action), offlineTip)
                                       : tipFor(action));
    }
    if (selected.size() == 1 && !cached)
        m_copy->setToolTip(tr("Only tokens generated or rotated in Latchkey and saved in your "
                              "keychain can be copied"));
    else
        m_copy->setToolTip(tipFor(m_copy));
    updateEmptyState();
}

void TokensPage::updateCount()
{
    const int total = m_model->rowCount();
    const int attention = expiringOrExpiredCount();
    // Before any list has answered, "0 tokens" would be a guess (never signed in, say).
    if (total == 0 && !m_loaded) {
        m_count->setText(QString());
        updateEmptyState();
        return;
    }
    QString text = tr("%n token(s)", nullptr, total);
    if (attention > 0)
        text += tr(", %n expired or expiring soon", nullptr, attention);
    if (m_proxy->rowCount() != total)
        text = tr("%1 of %2").arg(m_proxy->rowCount()).arg(text);
    m_count->setText(text);
    updateEmptyState();
}

void TokensPage::updateEmptyState()
{
    // Only once the list has answered: before that, "no tokens" would be a guess.
    const bool empty = m_loaded && m_model->rowCount() == 0 && !m_userId.isEmpty();
    if (empty) {
        m_emptyText->setText(m_mine ? tr("You have no tokens yet.")
                                    : tr("%1 has no tokens.").arg(m_userLabel));
        m_emptyGenerate->setText(m_generate->text());
        m_emptyGenerate->setEnabled(m_generate->isEnabled());
        const QRect area = m_view->viewport()->rect();
        const int width = qMin(area.width(), qMax(m_empty->sizeHint().width(), area.width() / 2));
        m_empty->setFixedWidth(width);
        m_empty->adjustSize();
        m_empty->move((area.width() - width) / 2, (area.height() - m_empty->height()) / 3);
    }
    m_empty->setVisible(empty);
}

void TokensPage::clearMessage()
{
    showMessage(QString(), false);
}

void TokensPage::selectAfterLoad(const QByteArray &fingerprint)
{
    m_selectAfterLoad = fingerprint;
}

void TokensPage::applyPendingSelection()
{
    if (m_selectAfterLoad.isEmpty())
        return;
    const int row = m_model->rowOf(m_selectAfterLoad);
    m_selectAfterLoad.clear();
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (row < 0 || !index.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

QByteArray TokensPage::fingerprintAfterSelection() const
{
    const QItemSelectionModel *selection = m_view->selectionModel();
    const QModelIndexList selected = selection->selectedRows();
    if (selected.isEmpty())
        return {};
    int first = m_proxy->rowCount(), last = -1;
    for (const QModelIndex &index : selected) {
        first = qMin(first, index.row());
        last = qMax(last, index.row());
    }
    auto unselected = [&](int row) { return !selection->isRowSelected(row, QModelIndex()); };
    for (int row = last + 1; row < m_proxy->rowCount(); ++row) {
        if (unselected(row))
            return m_proxy->index(row, 0).data(TokenListModel::FingerprintRole).toByteArray();
    }
    for (int row = first - 1; row >= 0; --row) {
        if (unselected(row))
            return m_proxy->index(row, 0).data(TokenListModel::FingerprintRole).toByteArray();
    }
    return {};
}

void TokensPage::beginBusy(const QString &text)
{
    if (m_busy++ == 0)
        emit busyChanged(true);
    m_overlay->start(text);
    emit statusMessage(text);
    updateActions();
}

void TokensPage::endBusy()
{
    if (m_busy > 0 && --m_busy == 0) {
        m_overlay->stop();
        emit busyChanged(false);
        emit statusMessage(QString());
    }
    updateActions();
}

void TokensPage::showMessage(const QString &text, bool error)
{
    const StatusPalette colours(palette());
    m_message->setStyleSheet(
        colours.textStyle(error ? StatusPalette::Role::Error : StatusPalette::Role::Success));
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void TokensPage::reload()
{
    m_reloadWhenShown = false;
    if (!m_session || m_userId.isEmpty())
        return;
    const quint64 generation = ++m_loadGeneration;
    beginBusy(tr("Loading tokens…"));
    m_session->keeper()->listTokens(m_userId, this,
                                    [this, generation](Result<QList<PersonalAccessToken>> result) {
                                        endBusy();
                                        // A newer request (another user, another refresh) wins.
                                        if (generation != m_loadGeneration)
                                            return;
                                        if (!result) {
                                            emit loadFailed(result.error());
                                            return;
                                        }
                                        present(generation, result.value());
                                    });
}

// Turning 100 000 tokens into rows takes tens of milliseconds: done on a worker,
// the GUI thread only swaps them in.
void TokensPage::present(quint64 generation, QList<PersonalAccessToken> tokens)
{
    m_rowMaker.start([this, generation, tokens = std::move(tokens)] {
        QMetaObject::invokeMethod(
            this,
            [this, generation, rows = TokenRows::from(tokens)]() mutable {
                if (generation != m_loadGeneration)
                    return;
                m_model->setRows(m_userId, std::move(rows));
                loadNotes();
                loadPlannedRevocations();
                m_loaded = true;
                updateCount();
                applyPendingSelection();
                emit loaded();
            },
            Qt::QueuedConnection);
    });
}

void TokensPage::generate()
{
    if (!m_generate->isEnabled())
        return;
    clearMessage();
    auto *dialog = new GenerateTokenDialog(m_userLabel, names(), m_maxLifetimeDays, this);
    dialog->setMine(m_mine);
    // A developer's gateway publishes its rules: the dialog offers only what they allow.
    if (m_session && m_session->policy())
        dialog->setPolicy(*m_session->policy());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &GenerateTokenDialog::submitted, this,
            [this, dialog](const QString &name, const ExpirySpec &spec) {
                if (!m_session)
                    return;
                dialog->setBusy(true);
                beginBusy(tr("Generating “%1”…").arg(name));
                m_session->tokens()->generate(
                    m_userId, name, spec, dialog, [this, dialog](TokenResult<IssuedToken> result) {
                        endBusy();
                        if (!result) {
                            dialog->showError(result.error().message);
                            return;
                        }
                        dialog->accept();
                        selectAfterLoad(result.value().token.fingerprint);
                        reveal(int(RevealTokenDialog::Reason::Created), std::move(result).value());
                        reload();
                    });
            });
    dialog->open();
}

void TokensPage::reveal(int reason, IssuedToken issued)
{
    const PersonalAccessToken token = issued.token;
    auto *dialog =
        new RevealTokenDialog(RevealTokenDialog::Reason(reason), token.name, m_userLabel,
                              token.expiresAt, std::move(issued.value), m_clipboard, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(u"RevealTokenDialog"_s);
    if (issued.oldRevokedAt)
        dialog->setOldValueKept(issued.oldAsideName, *issued.oldRevokedAt);
    // "Saved" only when the keychain has it: memory (no keychain) is lost at quit.
    dialog->setCacheState(!issued.cached            ? RevealTokenDialog::CacheState::Failed
                          : m_cache->isPersistent() ? RevealTokenDialog::CacheState::Saved
                                                    : RevealTokenDialog::CacheState::InMemory,
                          issued.cacheError);
    const QString endpoint = m_session ? m_session->endpointKey() : QString();
    connect(dialog, &RevealTokenDialog::retryCacheRequested, this,
            [this, dialog, endpoint, fingerprint = token.fingerprint] {
                m_cache->store(
                    endpoint, fingerprint, dialog->secret(), dialog,
                    [dialog, persistent = m_cache->isPersistent()](SecretStore::Outcome outcome) {
                        dialog->setCacheState(!outcome.ok() ? RevealTokenDialog::CacheState::Failed
                                              : persistent
                                                  ? RevealTokenDialog::CacheState::Saved
                                                  : RevealTokenDialog::CacheState::InMemory,
                                              outcome.message);
                    });
            });
    dialog->open();
}

void TokensPage::renameSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.size() != 1 || !m_rename->isEnabled())
        return;
    clearMessage();
    const QModelIndex name = rows.first().siblingAtColumn(TokenListModel::NameColumn);
    m_view->setCurrentIndex(name);
    m_view->edit(name);
}

void TokensPage::rename(const QString &currentName, const QString &newName)
{
    if (!m_session || m_offline)
        return;
    beginBusy(tr("Renaming “%1”…").arg(currentName));
    m_session->tokens()->rename(
        m_userId, currentName, newName, this,
        [this, currentName, newName](TokenResult<PersonalAccessToken> result) {
            endBusy();
            if (!result) {
                showMessage(result.error().message, true);
                reload();
                return;
            }
            clearMessage();
            selectAfterLoad(result.value().fingerprint);
            emit statusMessage(tr("Renamed “%1” to “%2”.").arg(currentName, newName));
            reload();
        });
}

void TokensPage::setExpiryOfSelected()
{
    const QList<PersonalAccessToken> selected = selectedTokens();
    if (selected.isEmpty() || !m_setExpiry->isEnabled())
        return;
    if (selected.size() > 1) {
        setExpiryOfSeveral(selected);
        return;
    }
    const PersonalAccessToken token = selected.first();
    clearMessage();
    auto *dialog =
        new SetExpiryDialog({token.name}, m_userLabel, token.expiresAt, m_maxLifetimeDays, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWarning(whereUsedWarning({token}, false));
    if (m_session && m_session->policy())
        dialog->setPolicy(*m_session->policy());
    connect(dialog, &SetExpiryDialog::submitted, this,
            [this, dialog, name = token.name](const ExpirySpec &spec) {
                if (!m_session)
                    return;
                dialog->setBusy(true);
                beginBusy(tr("Rotating “%1”…").arg(name));
                m_session->tokens()->changeExpiry(
                    m_userId, name, spec, dialog->keepOldFor(), dialog,
                    [this, dialog](TokenResult<IssuedToken> result) {
                        endBusy();
                        if (!result) {
                            dialog->showError(result.error().message);
                            reload();
                            return;
                        }
                        dialog->accept();
                        selectAfterLoad(result.value().token.fingerprint);
                        reveal(int(RevealTokenDialog::Reason::Rotated), std::move(result).value());
                        reload();
                    });
            });
    dialog->open();
}

void TokensPage::setExpiryOfSeveral(const QList<PersonalAccessToken> &selected)
{
    clearMessage();
    QStringList names;
    for (const PersonalAccessToken &token : selected)
        names.append(token.name);
    auto *dialog = new SetExpiryDialog(names, m_userLabel, std::nullopt, m_maxLifetimeDays, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWarning(whereUsedWarning(selected, false));
    if (m_session && m_session->policy())
        dialog->setPolicy(*m_session->policy());
    connect(dialog, &SetExpiryDialog::submitted, this,
            [this, dialog, names](const ExpirySpec &spec) {
                if (!m_session)
                    return;
                const std::chrono::seconds keepOld = dialog->keepOldFor();
                dialog->accept();
                beginBusy(tr("Rotating %n token(s)…", nullptr, int(names.size())));
                auto *job = new BulkExpiry(m_session->tokens(), m_userId, this);
                connect(job, &BulkExpiry::progress, this, [this](int done, int total) {
                    m_overlay->start(tr("Rotated %1 of %2…").arg(done).arg(total));
                });
                job->start(names, spec, keepOld, [this, job](std::vector<ExpiryOutcome> &outcomes) {
                    job->deleteLater();
                    endBusy();
                    showExpirySummary(outcomes);
                    reload();
                });
            });
    dialog->open();
}

void TokensPage::showExpirySummary(std::vector<ExpiryOutcome> &outcomes)
{
    const QStringList problems = BulkExpiry::problems(outcomes);
    const int total = int(outcomes.size());
    const int changed = BulkExpiry::changedCount(outcomes);
    auto *box =
        new QMessageBox(problems.isEmpty() ? QMessageBox::Information : QMessageBox::Warning,
                        tr("Set Expiry"), QString(), QMessageBox::Close, this);
    box->setObjectName(u"ExpirySummary"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setText(
        tr("Gave %1 of %n token(s) a new expiry and a new value.", nullptr, total).arg(changed));
    QString details;
    if (changed > 0)
        details = tr("The new values are in your keychain: select a token and Copy it.");
    if (!problems.isEmpty())
        details += (details.isEmpty() ? QString() : u"\n\n"_s) + problems.join(u'\n');
    box->setInformativeText(details);
    emit statusMessage(tr("Set a new expiry on %n token(s).", nullptr, changed));
    box->open();
    // A value the keychain did not take exists nowhere else: each is shown once, now.
    for (ExpiryOutcome &outcome : outcomes) {
        if (outcome.issued && !outcome.issued->cached)
            reveal(int(RevealTokenDialog::Reason::Rotated), std::move(*outcome.issued));
    }
}

void TokensPage::revokeSelected()
{
    const QList<PersonalAccessToken> selected = selectedTokens();
    if (selected.isEmpty() || !m_revoke->isEnabled())
        return;
    clearMessage();
    QStringList names;
    for (const PersonalAccessToken &token : selected)
        names.append(token.name);
    const int count = int(names.size());

    auto *box =
        new QMessageBox(QMessageBox::Warning,
                        count == 1 ? tr("Revoke Token") : tr("Revoke %n Token(s)", nullptr, count),
                        QString(), QMessageBox::NoButton, this);
    box->setObjectName(u"RevokeConfirmation"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (count == 1) {
        box->setText(m_mine ? tr("Revoke your token “%1”?").arg(names.first())
                            : tr("Revoke the token “%1” of %2?").arg(names.first(), m_userLabel));
    } else {
        QString list;
        for (const QString &name : names)
            list += u"<li>%1</li>"_s.arg(name.toHtmlEscaped());
        box->setTextFormat(Qt::RichText);
        box->setText(
            (m_mine
                 ? tr("Revoke %n of your tokens?", nullptr, count)
                 : tr("Revoke %n tokens of %1?", nullptr, count).arg(m_userLabel.toHtmlEscaped())) +
            u"<ul>%1</ul>"_s.arg(list));
    }
    box->setInformativeText(count == 1 ? tr("Anything using it stops working at once. This "
                                            "cannot be undone.")
                                       : tr("Anything using them stops working at once. This "
                                            "cannot be undone."));
    if (const QString warning = whereUsedWarning(selected, true); !warning.isEmpty())
        box->setInformativeText(warning + u"\n\n"_s + box->informativeText());
    QPushButton *revoke =
        box->addButton(tr("&Revoke", nullptr, count), QMessageBox::DestructiveRole);
    revoke->setIcon(Icons::get(Icons::Id::Revoke));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, revoke, names](QAbstractButton *b) {
        if (b != revoke || !m_session)
            return;
        // Asked now: the selection is still the one the user confirmed.
        const QByteArray next = fingerprintAfterSelection();
        beginBusy(tr("Revoking %n token(s)…", nullptr, int(names.size())));
        // One at a time on the server: the overlay counts them.
        auto *progress = new QObject(this);
        connect(m_session->tokens(), &TokenService::revokeProgress, progress,
                [this, userId = m_userId](const QString &user, int done, int total) {
                    if (user == userId && total > 1)
                        m_overlay->start(tr("Revoked %1 of %2…").arg(done).arg(total));
                });
        m_session->tokens()->revoke(
            m_userId, names, this, [this, next, progress](QList<RevokeOutcome> outcomes) {
                delete progress;
                endBusy();
                const QStringList problems = BulkRevoke::problems(outcomes);
                const int revoked = BulkRevoke::revokedCount(outcomes);
                showMessage(problems.join(u'\n'), !problems.isEmpty());
                emit statusMessage(tr("Revoked %n token(s).", nullptr, revoked));
                if (outcomes.size() > 1)
                    showRevokeSummary(outcomes);
                selectAfterLoad(next);
                reload();
            });
    });
    box->open();
}

void TokensPage::showRevokeSummary(const QList<RevokeOutcome> &outcomes)
{
    const QStringList problems = BulkRevoke::problems(outcomes);
    const int total = int(outcomes.size());
    auto *box =
        new QMessageBox(problems.isEmpty() ? QMessageBox::Information : QMessageBox::Warning,
                        tr("Revoke Tokens"), QString(), QMessageBox::Close, this);
    box->setObjectName(u"RevokeSummary"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setText(
        tr("Revoked %1 of %n token(s).", nullptr, total).arg(BulkRevoke::revokedCount(outcomes)));
    if (!problems.isEmpty()) {
        box->setInformativeText(
            tr("%n could not be revoked or cleaned up:", nullptr, int(problems.size())) + u'\n' +
            problems.join(u'\n'));
    }
    box->open();
}

void TokensPage::copySelected()
{
    const QList<PersonalAccessToken> selected = selectedTokens();
    if (selected.size() != 1 || !m_session)
        return;
    const PersonalAccessToken token = selected.first();
    if (!m_copy->isEnabled()) {
        // Ctrl+C on such a row used to do nothing at all: say why.
        if (!m_view->selectionModel()
                 ->selectedRows()
                 .first()
                 .data(TokenListModel::CachedRole)
                 .toBool())
            emit statusMessage(tr("“%1” cannot be copied: Latchkey keeps a copy in your keychain "
                                  "only of the tokens it generated or rotated.")
                                   .arg(token.name));
        return;
    }
    clearMessage();
    m_session->tokens()->cachedValue(token.fingerprint, this,
                                     [this, name = token.name](TokenResult<SecretBytes> result) {
                                         if (!result) {
                                             showMessage(result.error().message, true);
                                             return;
                                         }
                                         m_clipboard->copySecret(result.value());
                                         emit statusMessage(tr("Copied “%1”.").arg(name));
                                     });
}

void TokensPage::setWhereUsed(const WhereUsedIndex *index)
{
    if (m_whereUsed)
        disconnect(m_whereUsed, &WhereUsedIndex::finished, this, &TokensPage::showWhereUsed);
    m_whereUsed = index;
    if (m_whereUsed)
        connect(m_whereUsed, &WhereUsedIndex::finished, this, &TokensPage::showWhereUsed);
    showWhereUsed();
    updateActions();
}

void TokensPage::showWhereUsed()
{
    QHash<QByteArray, QStringList> places;
    if (m_whereUsed && m_whereUsed->hasReport()) {
        for (const ScanFinding &finding : m_whereUsed->report().findings) {
            QString at = finding.location(m_whereUsed->home());
            at.truncate(at.lastIndexOf(u':')); // file:line, as the confirmations say it
            places[finding.fingerprint].append(at);
        }
    }
    m_model->setWhereUsed(places);
}

QString TokensPage::whereUsedWarning(const QList<PersonalAccessToken> &tokens, bool revoking) const
{
    if (!m_whereUsed || !m_whereUsed->hasReport())
        return {};
    QStringList lines;
    for (const PersonalAccessToken &token : tokens) {
        const QList<ScanFinding> found = m_whereUsed->findingsFor(token.fingerprint);
        if (found.isEmpty())
            continue;
        QSet<QString> files;
        for (const ScanFinding &finding : found)
            files.insert(finding.path);
        const int count = int(files.size());
        const QString where = describeLocations(found, m_whereUsed->home());
        if (tokens.size() > 1)
            lines.append(
                tr("“%1” is still in %n file(s): %2", nullptr, count).arg(token.name, where));
        else if (revoking)
            lines.append(
                tr("This token is still in %n file(s): %1 — revoke anyway?", nullptr, count)
                    .arg(where));
        else
            lines.append(tr("This token is still in %n file(s): %1 — the old value there stops "
                            "working once the token is rotated.",
                            nullptr, count)
                             .arg(where));
    }
    if (tokens.size() > 1 && !lines.isEmpty() && revoking)
        lines.append(tr("Revoke anyway?"));
    return lines.join(u'\n');
}

void TokensPage::copyAccessTokenOfSelected()
{
    const QList<PersonalAccessToken> selected = selectedTokens();
    if (selected.size() != 1 || !m_session || !m_copyAccessToken->isEnabled())
        return;
    const QString name = selected.first().name;
    auto *dialog =
        new AccessTokenDialog(name, m_settings ? m_settings->recentResources() : QStringList(),
                              m_clipboard->clearAfterSeconds(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(u"AccessTokenDialog"_s);
    connect(dialog, &AccessTokenDialog::submitted, this,
            [this, dialog, name](const ExchangeTarget &target) {
                if (!m_session)
                    return;
                dialog->setBusy(true);
                m_session->exchanger()->exchange(
                    m_userId, name, target, dialog,
                    [this, dialog, name, target](TokenResult<ExchangedToken> result) {
                        if (!result) {
                            dialog->showError(result.error().message);
                            return;
                        }
                        ExchangedToken &token = result.value();
                        m_clipboard->copySecret(token.accessToken);
                        token.accessToken.clear();
                        if (m_settings)
                            m_settings->addRecentResource(target.resource);
                        dialog->accept();
                        emit statusMessage(
                            tr("Copied an access token for %1 from “%2”; it is valid for %n "
                               "minute(s).",
                               nullptr, qMax(1, token.expiresIn / 60))
                                .arg(target.resource, name));
                    });
            });
    dialog->open();
}

void TokensPage::showWhereUsedOfSelected()
{
    const QList<PersonalAccessToken> selected = selectedTokens();
    if (selected.size() != 1 || !m_whereUsed)
        return;
    const PersonalAccessToken token = selected.first();
    auto *box = new QMessageBox(QMessageBox::Information, tr("Where Used"), QString(),
                                QMessageBox::Close, this);
    box->setObjectName(u"WhereUsed"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *scan = box->addButton(
        m_whereUsed->hasReport() ? tr("&Scan Again") : tr("&Scan Now"), QMessageBox::ActionRole);
    if (!m_whereUsed->hasReport()) {
        box->setText(tr("This computer has not been scanned yet."));
        box->setInformativeText(tr("A scan looks for copies of “%1” (and your other tokens) in "
                                   "the places listed on the Scan Computer page.")
                                    .arg(token.name));
    } else {
        const QList<ScanFinding> found = m_whereUsed->findingsFor(token.fingerprint);
        const QString when =
            QLocale().toString(m_whereUsed->finishedAt().toLocalTime(), QLocale::ShortFormat);
        if (found.isEmpty()) {
            box->setText(tr("“%1” was in none of the files scanned on %2.").arg(token.name, when));
        } else {
            QStringList places;
            for (const ScanFinding &finding : found)
                places.append(finding.location(m_whereUsed->home()));
            box->setText(tr("“%1” is in %n place(s), as scanned on %2:", nullptr, int(found.size()))
                             .arg(token.name, when));
            box->setInformativeText(places.join(u'\n'));
        }
    }
    connect(box, &QMessageBox::buttonClicked, this, [this, scan](QAbstractButton *button) {
        if (button == scan)
            emit scanRequested();
    });
    box->open();
}

void TokensPage::loadPlannedRevocations()
{
    QHash<QByteArray, QDateTime> revokeAt;
    if (m_session) {
        for (const RotationRecord &planned : m_session->tokens()->plannedRevocations()) {
            if (planned.userId == m_userId)
                revokeAt.insert(planned.oldFingerprint, *planned.revokeOldAt);
        }
    }
    m_model->setPlannedRevocations(revokeAt);
    updateActions();
}

std::optional<RotationRecord> TokensPage::plannedRevocationOfSelected() const
{
    const QList<PersonalAccessToken> selected = selectedTokens();
    if (selected.size() != 1 || !m_session)
        return std::nullopt;
    for (const RotationRecord &planned : m_session->tokens()->plannedRevocations()) {
        if (planned.userId == m_userId && planned.oldFingerprint == selected.first().fingerprint)
            return planned;
    }
    return std::nullopt;
}

void TokensPage::revokeReplacedNow()
{
    const std::optional<RotationRecord> planned = plannedRevocationOfSelected();
    if (!planned || !m_revokeReplacedNow->isEnabled())
        return;
    clearMessage();
    beginBusy(tr("Revoking the old value of “%1”…").arg(planned->oldName));
    m_session->tokens()->revokeReplacedNow(planned->id, this, [this](const ResumeOutcome &outcome) {
        endBusy();
        showMessage(outcome.message, outcome.kind != ResumeOutcome::Kind::Finished);
        reload();
    });
}

void TokensPage::keepReplaced()
{
    const std::optional<RotationRecord> planned = plannedRevocationOfSelected();
    if (!planned || !m_keepReplaced->isEnabled())
        return;
    QString error;
    if (!m_session->tokens()->keepReplaced(planned->id, &error)) {
        showMessage(error, true);
        return;
    }
    emit statusMessage(
        tr("“%1” keeps working; Latchkey will not revoke it.").arg(selectedTokens().value(0).name));
    loadPlannedRevocations();
}

void TokensPage::loadNotes()
{
    if (!m_session || !m_session->notes())
        return;
    // latchkeyctl may have written a note since: a refresh shows it.
    m_session->notes()->reload();
    m_model->setNotes(m_session->notes()->notesOf(m_session->endpointKey(), m_userId));
}

void TokensPage::editNoteOfSelected()
{
    const QList<PersonalAccessToken> selected = selectedTokens();
    if (selected.size() != 1 || !m_session || !m_session->notes() || !m_editNote->isEnabled())
        return;
    const PersonalAccessToken token = selected.first();
    TokenNotes *notes = m_session->notes();
    const QString endpoint = m_session->endpointKey();
    auto *dialog =
        new TokenNoteDialog(token.name, notes->note(endpoint, m_userId, token.fingerprint),
                            TokenNotes::MaxLength, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(u"TokenNoteDialog"_s);
    // A notes file that cannot be used says so before anything is typed.
    dialog->showError(notes->error());
    connect(
        dialog, &TokenNoteDialog::submitted, this,
        [this, dialog, endpoint, userId = m_userId, token](const QString &text) {
            if (!m_session || !m_session->notes())
                return;
            QString error;
            if (!m_session->notes()->setNote(endpoint, userId, token.fingerprint, text, &error)) {
                dialog->showError(error);
                return;
            }
            dialog->accept();
            emit statusMessage(text.trimmed().isEmpty()
                                   ? tr("Removed the note on “%1”.").arg(token.name)
                                   : tr("Saved the note on “%1”.").arg(token.name));
        });
    dialog->open();
}

} // namespace latchkey
