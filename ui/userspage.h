// UsersPage: the admin view — search the tenant's users (debounced, server
// side), page through them lazily, and manage the chosen user's tokens beside,
// under a heading that says whose they are.
#pragma once

#include "net/apierror.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLineEdit;
class QSplitter;
class QTreeView;

namespace latchkey {

class ClipboardGuard;
class ColumnFitter;
class ElidedLabel;
class Session;
class TokenCache;
class TokensPage;
class UserListModel;

class UsersPage : public QWidget
{
    Q_OBJECT
public:
    UsersPage(ClipboardGuard *clipboard, TokenCache *cache, QWidget *parent = nullptr);

    void setSession(Session *session);
    void setOffline(bool offline, const QString &reason);
    void reload();
    // The split a user chose earlier (QSplitter::saveState()).
    void restoreSplit(const QByteArray &state);

    TokensPage *tokensPage() const { return m_tokens; }
    QLineEdit *searchField() const { return m_search; }
    QTreeView *userView() const { return m_view; }
    UserListModel *userModel() const { return m_model; }
    QSplitter *splitter() const { return m_splitter; }
    // "Tokens of Diego Anderson": whose tokens the table beside the list shows.
    ElidedLabel *heading() const { return m_heading; }
    ElidedLabel *countLabel() const { return m_count; }
    // "Revoke All Tokens of This User…" (offboarding), on the user list's menu.
    QAction *revokeAllAction() const { return m_revokeAll; }

public slots:
    // Asks for the chosen user's username, revokes every token, shows the report.
    void revokeAllOfSelectedUser();

signals:
    void usersLoaded();
    void loadFailed(const ApiError &error);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateCount();
    void updateHeading();
    void showSelectedUser();
    // Sizes the two sides: the token table keeps the width it needs while the user
    // list can give some up; beyond that, the split the user chose.
    void fitSplit();
    void updateActions();

    QPointer<Session> m_session;
    UserListModel *m_model;
    QLineEdit *m_search;
    ElidedLabel *m_count;
    QTreeView *m_view;
    ColumnFitter *m_fitter;
    TokensPage *m_tokens;
    ElidedLabel *m_heading;
    QSplitter *m_splitter;
    QAction *m_revokeAll;
    bool m_offline = false;
    double m_tokensShare = 0.6; // of the split, as the user last left it
    bool m_fittingSplit = false;
    bool m_firstPagePending = false; // a (re)load started: announce its first page
};

} // namespace latchkey
