// UsersPage: the admin view — search the tenant's users (debounced, server
// side), page through them lazily, and manage the selected user's tokens beside.
#pragma once

#include "net/apierror.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QSplitter;
class QTreeView;

namespace latchkey {

class ClipboardGuard;
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

    TokensPage *tokensPage() const { return m_tokens; }
    QLineEdit *searchField() const { return m_search; }
    QTreeView *userView() const { return m_view; }
    UserListModel *userModel() const { return m_model; }
    QSplitter *splitter() const { return m_splitter; }

signals:
    void usersLoaded();
    void loadFailed(const ApiError &error);

private:
    void updateCount();
    void showSelectedUser();

    QPointer<Session> m_session;
    UserListModel *m_model;
    QLineEdit *m_search;
    QLabel *m_count;
    QTreeView *m_view;
    TokensPage *m_tokens;
    QSplitter *m_splitter;
    bool m_firstPagePending = false; // a (re)load started: select and announce its first page
};

} // namespace latchkey
