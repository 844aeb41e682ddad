// TokensPage: one user's tokens — filter, status filter, count, the table, and
// every token action (generate, rename, set expiry, revoke, copy, refresh).
#pragma once

#include "model/operations/rotationrecord.h"
#include "net/apierror.h"
#include "net/personalaccesstoken.h"

#include <QList>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>
#include <QWidget>

#include <optional>
#include <vector>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolBar;
class QTreeView;

namespace latchkey {

class AppSettings;
class BusyOverlay;
class ClipboardGuard;
class ColumnFitter;
class ElidedLabel;
class Session;
class ExpiryDelegate;
class TokenCache;
class TokenFilterProxyModel;
class TokenListModel;
class WhereUsedIndex;
struct ExpiryOutcome;
struct IssuedToken;
struct RevokeOutcome;
struct TokenRows;

class TokensPage : public QWidget
{
    Q_OBJECT
public:
    TokensPage(ClipboardGuard *clipboard, TokenCache *cache, QWidget *parent = nullptr);
    ~TokensPage() override;

    // The user whose tokens the page shows; loads them (session may be null).
    // With loadWhenShown, a hidden page loads them once it is shown.
    void setLoadWhenShown(bool later) { m_loadWhenShown = later; }
    void setUser(Session *session, const QString &userId, const QString &userLabel);
    QString userId() const { return m_userId; }
    QString userLabel() const { return m_userLabel; }
    // A friendlier name once the directory answered; confirmations use it.
    void setUserLabel(const QString &label);
    // The tokens are the app user's own: sentences say "your" and "you".
    void setMine(bool mine);
    void setExpiringSoonDays(int days);
    void setMaxLifetimeDays(int days) { m_maxLifetimeDays = days; }
    // Where the last scan found each token (Where Used, the revoke and set-expiry
    // warnings) and where recent resources are kept; not owned, may be null.
    void setWhereUsed(const WhereUsedIndex *index);
    void setAppSettings(AppSettings *settings) { m_settings = settings; }
    // Server actions are refused while offline; reason goes into their tooltips.
    void setOffline(bool offline, const QString &reason = {});
    // Signed out of a developer connection: server actions wait for a sign-in.
    void setSignedOut(bool signedOut);
    // Shows saved tokens while the server cannot be reached.
    void showSnapshot(TokenRows rows);
    // Narrows the table to expired and soon-expiring tokens.
    void showExpiringOnly();

    int expiringOrExpiredCount() const;
    QList<PersonalAccessToken> tokens() const;
    bool isBusy() const { return m_busy > 0; }
    bool hasLoaded() const { return m_loaded; }

    QTreeView *view() const { return m_view; }
    TokenListModel *model() const { return m_model; }
    QLineEdit *filterField() const { return m_filter; }
    QComboBox *statusFilter() const { return m_status; }
    ElidedLabel *countLabel() const { return m_count; }
    QLabel *messageLabel() const { return m_message; }
    // Over an empty list: "Diego Anderson has no tokens", and a Generate button.
    QLabel *emptyStateLabel() const { return m_emptyText; }
    QPushButton *emptyStateButton() const { return m_emptyGenerate; }
    QAction *generateAction() const { return m_generate; }
    QAction *renameAction() const { return m_rename; }
    QAction *setExpiryAction() const { return m_setExpiry; }
    QAction *revokeAction() const { return m_revoke; }
    QAction *copyAction() const { return m_copy; }
    QAction *copyAccessTokenAction() const { return m_copyAccessToken; }
    QAction *whereUsedAction() const { return m_whereUsedAction; }
    QAction *editNoteAction() const { return m_editNote; }
    QAction *revokeReplacedNowAction() const { return m_revokeReplacedNow; }
    QAction *keepReplacedAction() const { return m_keepReplaced; }
    QAction *refreshAction() const { return m_refresh; }
    // The width at which the table gives every column its preferred width and Name
    // its share: narrower, the columns shrink (and the Users page's list gives way).
    int comfortableWidth() const;

public slots:
    void reload();
    // Hides the message above the table: the next action has started.
    void clearMessage();
    void generate();
    void renameSelected();
    void setExpiryOfSelected();
    void revokeSelected();
    void copySelected();
    // Exchanges the selected token for an API's access token and copies that.
    void copyAccessTokenOfSelected();
    void showWhereUsedOfSelected();
    // The user's own note on the selected token (kept locally; works offline).
    void editNoteOfSelected();
    // The selected token is an old value a rotation keeps working for a while:
    // revoke it now, or keep it working for good.
    void revokeReplacedNow();
    void keepReplaced();
    // Which old values wait for their revocation (the journal), into the table.
    void loadPlannedRevocations();

signals:
    // A list came from the server (ok) or could not (error).
    void loaded();
    void loadFailed(const ApiError &error);
    // While offline, the list kept from takenAt (UTC) is shown instead.
    void keptListShown(const QDateTime &takenAt);
    void busyChanged(bool busy);
    // A short sentence for the status bar.
    void statusMessage(const QString &text);
    // Where Used asked for a (new) scan of this computer.
    void scanRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // The last where-used scan's places for each token, into the Where Used column.
    void showWhereUsed();
    void buildActions();
    void updateActions();
    void updateCount();
    void beginBusy(const QString &text);
    void endBusy();
    void showMessage(const QString &text, bool error);
    // Selects the row of this fingerprint once the next list shows it.
    void selectAfterLoad(const QByteArray &fingerprint);
    void applyPendingSelection();
    // The row to select once the selected ones are gone: the one after them, else before.
    QByteArray fingerprintAfterSelection() const;
    void updateEmptyState();
    // Column widths from the font and the locale, never from 100 000 rows.
    void setUpColumns();
    // Tool buttons lose their words (keeping icon and tooltip) when the page is too
    // narrow for them, rather than hiding behind "»".
    void fitToolBar();
    void rename(const QString &currentName, const QString &newName);
    void reveal(int reason, IssuedToken issued);
    void present(quint64 generation, QList<PersonalAccessToken> tokens);
    // While offline, shows the kept list when this session has not read one.
    void showKeptList();
    // The notes of this user's tokens, read again from the notes file.
    void loadNotes();
    std::optional<RotationRecord> plannedRevocationOfSelected() const;
    QList<PersonalAccessToken> selectedTokens() const;
    // One new expiry for several tokens (BulkExpiry), then a summary.
    void setExpiryOfSeveral(const QList<PersonalAccessToken> &selected);
    // How many got a new expiry, each one that did not and why; shows each new value
    // the keychain did not take.
    void showExpirySummary(std::vector<ExpiryOutcome> &outcomes);
    // After revoking several: how many went, and each one that did not, with the reason.
    void showRevokeSummary(const QList<RevokeOutcome> &outcomes);
    QStringList names() const;
    // "This token is still in 2 files: ~/.npmrc:3, ~/proj/.env:7 — …" from the last
    // scan, for the revoke (revoking) or set-expiry confirmation; empty when in none.
    QString whereUsedWarning(const QList<PersonalAccessToken> &tokens, bool revoking) const;

    ClipboardGuard *m_clipboard;
    TokenCache *m_cache;
    const WhereUsedIndex *m_whereUsed = nullptr;
    AppSettings *m_settings = nullptr;
    QPointer<Session> m_session;
    QString m_userId;
    QString m_userLabel;
    bool m_mine = false;
    QByteArray m_selectAfterLoad;
    int m_maxLifetimeDays = 0;
    int m_expiringSoonDays = 7;
    bool m_offline = false;
    QString m_offlineReason;
    bool m_signedOut = false;
    int m_busy = 0;
    bool m_loaded = false;
    bool m_loadWhenShown = false;
    bool m_reloadWhenShown = false;
    quint64 m_loadGeneration = 0;

    TokenListModel *m_model;
    TokenFilterProxyModel *m_proxy;
    ExpiryDelegate *m_expiryDelegate;
    QToolBar *m_toolBar;
    QLineEdit *m_filter;
    QComboBox *m_status;
    ElidedLabel *m_count;
    QLabel *m_message;
    QTreeView *m_view;
    QWidget *m_empty;
    QLabel *m_emptyText;
    QPushButton *m_emptyGenerate;
    ColumnFitter *m_fitter;
    int m_toolBarTextWidth = 0;
    BusyOverlay *m_overlay;
    QAction *m_generate;
    QAction *m_rename;
    QAction *m_setExpiry;
    QAction *m_revoke;
    QAction *m_copy;
    QAction *m_copyAccessToken;
    QAction *m_whereUsedAction;
    QAction *m_editNote;
    QAction *m_revokeReplacedNow;
    QAction *m_keepReplaced;
    QAction *m_refresh;
    QTimer m_clock;
    // Last, so it is destroyed first: it waits for a list being turned into rows,
    // whose result is then posted to a page that still exists, and dropped.
    QThreadPool m_rowMaker;
};

} // namespace latchkey
