#include "app/latchkeyctl/commands/ctlcheck.h"

#include "app/latchkeyctl/ctlcontext.h"
#include "app/latchkeyctl/ctlformat.h"
#include "app/latchkeyctl/ctloptions.h"
#include "app/latchkeyctl/ctloutput.h"
#include "app/latchkeyctl/ctlsession.h"
#include "model/operations/tokenerror.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace latchkey {

namespace {
// --all-users reports how far it got once this long has passed, then every few seconds.
constexpr qint64 kProgressAfterMs = 2000;
constexpr qint64 kProgressEveryMs = 3000;
constexpr int kPageSize = 100;

QString labelOf(const User &user)
{
    for (const QString &label : {user.username, user.primaryEmail, user.name}) {
        if (!label.isEmpty())
            return label;
    }
    return user.id;
}
} // namespace

void CtlCheck::run(CtlContext &context)
{
    m_context = &context;
    m_clock.start();
    int days = context.session().appSettings().expiringSoonDays();
    if (context.options().isSet(u"within"_s)) {
        bool ok = false;
        days = context.options().value(u"within"_s).toInt(&ok);
        if (!ok || days < 0 || days > MaxDays) {
            context.fail(QCoreApplication::translate(
                             "latchkeyctl", "--within takes a number of days from 0 to %1.")
                             .arg(MaxDays),
                         CtlContext::Usage);
            return;
        }
    }
    m_now = QDateTime::currentDateTimeUtc();
    m_horizon = m_now.addDays(days);
    if (context.options().isSet(u"all-users"_s)) {
        if (context.options().isSet(u"user"_s)) {
            context.fail(
                QCoreApplication::translate("latchkeyctl", "Give --user or --all-users, not both."),
                CtlContext::Usage);
            return;
        }
        nextPage(1);
        return;
    }
    const QString user = context.requireUserId();
    if (user.isEmpty())
        return;
    m_pending.append({user, user});
    m_total = 1;
    nextUser();
}

void CtlCheck::nextPage(int page)
{
    UserQuery query;
    query.page = page;
    query.pageSize = kPageSize;
    m_context->session().client()->listUsers(query, this, [this](Result<UserPage> result) {
        if (!result) {
            m_context->fail(result.error().userMessage());
            return;
        }
        const UserPage &page = result.value();
        m_total = page.total;
        for (const User &user : page.users)
            m_pending.append({user.id, labelOf(user)});
        // The users of this page are listed before the next page is asked for, so
        // that a big tenant is never held in memory whole.
        const bool more = !page.users.isEmpty() && page.page * kPageSize < page.total;
        if (more)
            m_pending.append({QString(), QString::number(page.page + 1)});
        nextUser();
    });
}

void CtlCheck::nextUser()
{
    if (m_pending.isEmpty()) {
        report();
        return;
    }
    const Owner owner = m_pending.takeFirst();
    if (owner.id.isEmpty()) { // the marker for the next page
        nextPage(owner.label.toInt());
        return;
    }
    if (m_clock.elapsed() >= kProgressAfterMs &&
        m_clock.elapsed() - m_lastProgress >= kProgressEveryMs) {
        m_lastProgress = m_clock.elapsed();
        CtlOutput::note(QCoreApplication::translate("latchkeyctl", "Checked %1 of %2 users...")
                            .arg(m_checked)
                            .arg(m_total));
    }
    m_context->session().client()->listTokens(
        owner.id, this, [this, owner](Result<QList<PersonalAccessToken>> result) {
            if (!result) {
                m_context->fail(TokenError::fromApi(result.error(), owner.id).message);
                return;
            }
            for (const PersonalAccessToken &token : result.value()) {
                if (token.expiresAt && *token.expiresAt <= m_horizon)
                    m_found.append({owner, token});
            }
            ++m_checked;
            nextUser();
        });
}

void CtlCheck::report()
{
    std::sort(m_found.begin(), m_found.end(), [](const auto &a, const auto &b) {
        return *a.second.expiresAt < *b.second.expiresAt;
    });
    QJsonArray array;
    QList<QStringList> rows;
    for (const auto &[owner, token] : std::as_const(m_found)) {
        const bool expired = *token.expiresAt <= m_now;
        const QString status = expired ? u"expired"_s : u"expiring"_s;
        const double days = double(m_now.msecsTo(*token.expiresAt)) / (24 * 3600 * 1000.0);
        QJsonObject object = CtlFormat::tokenJson(token);
        object.insert(u"user"_s, owner.label);
        object.insert(u"status"_s, status);
        object.insert(u"daysLeft"_s, int(std::floor(days)));
        array.append(object);
        rows.append({owner.label, token.name,
                     expired ? QCoreApplication::translate("latchkeyctl", "expired")
                             : QCoreApplication::translate("latchkeyctl", "expiring"),
                     CtlFormat::localDate(token.expiresAt)});
    }
    if (m_context->json()) {
        CtlOutput::json(array);
    } else if (!rows.isEmpty()) {
        CtlOutput::table({QCoreApplication::translate("latchkeyctl", "USER"),
                          QCoreApplication::translate("latchkeyctl", "NAME"),
                          QCoreApplication::translate("latchkeyctl", "STATUS"),
                          QCoreApplication::translate("latchkeyctl", "EXPIRES")},
                         rows);
    }
    if (!m_context->json())
        CtlOutput::note(QCoreApplication::translate(
                            "latchkeyctl",
                            "%n token(s) expired or expiring among the users checked (%1).",
                            nullptr, int(m_found.size()))
                            .arg(m_checked));
    m_context->finish(m_found.isEmpty() ? CtlContext::Success : CtlContext::Failure);
}

} // namespace latchkey
