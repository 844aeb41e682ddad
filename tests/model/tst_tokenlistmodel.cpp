// Tests TokenListModel and TokenFilterProxyModel: model consistency
// (QAbstractItemModelTester), incremental merge, texts at a fixed "now",
// sorting, filtering, and arranging big lists on a worker.
#include "model/domain/expiryformatter.h"
#include "model/items/tokenfilterproxymodel.h"
#include "model/items/tokenlistmodel.h"
#include "net/tokenfingerprint.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;
using namespace latchkey;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);
constexpr qint64 kHourMs = 3600 * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;

PersonalAccessToken token(const QString &name, std::optional<qint64> expiresInMs,
                          qint64 createdAgoMs = kDayMs)
{
    const QByteArray value = "pat_" + name.toUtf8().toHex().leftJustified(32, 'x').left(32);
    PersonalAccessToken t;
    t.userId = u"user1"_s;
    t.name = name;
    t.createdAt = kNow.addMSecs(-createdAgoMs);
    if (expiresInMs)
        t.expiresAt = kNow.addMSecs(*expiresInMs);
    t.fingerprint = TokenFingerprint::of(value);
    t.hint = TokenFingerprint::hintOf(value);
    return t;
}

QList<PersonalAccessToken> sample()
{
    return {token(u"CI deploy"_s, 30 * kDayMs), token(u"Desktop-CLI"_s, 3 * kDayMs),
            token(u"old"_s, -2 * kHourMs), token(u"forever"_s, std::nullopt),
            token(u"backup"_s, 90 * kDayMs)};
}

QStringList proxyColumn(const QAbstractItemModel &model, int column = 0)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names.append(model.index(row, column).data().toString());
    return names;
}

} // namespace

class TestTokenListModel : public QObject
{
    Q_OBJECT

private slots:
    void modelTester()
    {
        TokenListModel model;
        TokenFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester modelCheck(&model,
                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester proxyCheck(&proxy,
                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxy.sort(TokenListModel::ExpiresColumn);
        model.setNow(kNow);
        model.setTokens(u"user1"_s, sample());
        auto next = sample();
        next.removeAt(1);
        next.removeAt(2);
        next[0].name = u"CI deploy (renamed)"_s;
        next.append(token(u"new one"_s, 5 * kDayMs));
        model.setTokens(u"user1"_s, next);
        proxy.setFilterText(u"e"_s);
        proxy.setStatusFilter(TokenFilterProxyModel::StatusFilter::Active);
        model.setCached(next[0].fingerprint, true);
        model.refreshTimes();
        model.setExpiringSoonDays(60);
        proxy.setStatusFilter(TokenFilterProxyModel::StatusFilter::All);
        model.setTokens(u"user2"_s, sample());
        model.setTokens(u"user2"_s, {});
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(proxy.rowCount(), 0);
    }

    void mergeKeepsPersistentIndexes()
    {
        TokenListModel model;
        model.setTokens(u"user1"_s, sample());
        QCOMPARE(model.rowCount(), 5);
        const QByteArray fpBackup = sample()[4].fingerprint;
        QPersistentModelIndex backup(model.index(model.rowOf(fpBackup), 0));
        QPersistentModelIndex old(model.index(2, 0));
        QCOMPARE(backup.data().toString(), u"backup"_s);

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        auto next = sample();
        next.removeAt(2);                     // "old" vanished
        next[3].name = u"backup (renamed)"_s; // same fingerprint, new name
        next.append(token(u"fresh"_s, 10 * kDayMs));
        model.setTokens(u"user1"_s, next);

        QCOMPARE(reset.size(), 0);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed[0][1].toInt(), 2);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(changed.size(), 1);
        QVERIFY(!old.isValid());
        QVERIFY(backup.isValid());
        QCOMPARE(backup.data().toString(), u"backup (renamed)"_s);
        QCOMPARE(backup.data(TokenListModel::FingerprintRole).toByteArray(), fpBackup);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.rowOf(fpBackup), backup.row());
        QCOMPARE(model.nameAt(4), u"fresh"_s);

        // The same list again changes nothing at all.
        changed.clear();
        model.setTokens(u"user1"_s, next);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(inserted.size(), 1);

        // Another user's tokens are another list.
        model.setTokens(u"user2"_s, next);
        QCOMPARE(reset.size(), 1);
        QVERIFY(!backup.isValid());
        QCOMPARE(model.userId(), u"user2"_s);
    }

    void textsAtAFixedNow()
    {
        TokenListModel model;
        model.setNow(kNow);
        model.setExpiringSoonDays(7);
        model.setTokens(u"user1"_s, sample());
        auto text = [&](int row, int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role).toString();
        };
        auto status = [&](int row) {
            return TokenStatus(model.index(row, 0).data(TokenListModel::StatusRole).toInt());
        };

        QCOMPARE(status(0), TokenStatus::Active);
        QVERIFY(text(0, TokenListModel::ExpiresColumn).startsWith(u"in 30 day"_s));
        QCOMPARE(status(1), TokenStatus::ExpiringSoon);
        QVERIFY(text(1, TokenListModel::ExpiresColumn).startsWith(u"in 3 day"_s));
        QCOMPARE(text(1, TokenListModel::StatusColumn), u"Expiring soon"_s);
        QCOMPARE(status(2), TokenStatus::Expired);
        QVERIFY(text(2, TokenListModel::ExpiresColumn).startsWith(u"expired 2 hour"_s));
        QCOMPARE(text(2, TokenListModel::StatusColumn), u"Expired"_s);
        QCOMPARE(status(3), TokenStatus::NeverExpires);
        QCOMPARE(text(3, TokenListModel::ExpiresColumn), u"never"_s);
        QVERIFY(model.index(3, 0).data(TokenListModel::ExpiresAtRole).isNull());
        QCOMPARE(model.index(0, 0).data(TokenListModel::ExpiresAtRole).toDateTime(),
                 kNow.addDays(30));

        // Tooltips carry the absolute local time, and on Expires the state (Status
        // starts hidden).
        const QString expected =
            QLocale().toString(kNow.addDays(30).toLocalTime(), QLocale::LongFormat);
        QCOMPARE(text(0, TokenListModel::ExpiresColumn, Qt::ToolTipRole),
                 u"Active · "_s + expected);
        QCOMPARE(text(0, TokenListModel::StatusColumn, Qt::ToolTipRole), expected);
        QCOMPARE(text(3, TokenListModel::ExpiresColumn, Qt::ToolTipRole), u"Never expires"_s);

        // The token column shows a masked hint, never more.
        const QString masked = text(0, TokenListModel::TokenColumn);
        QVERIFY(masked.startsWith(u"pat_\u2022\u2022\u2022\u2022"_s));
        QVERIFY(masked.endsWith(sample()[0].hint));
        QCOMPARE(masked.size(), 12);

        // A later "now" moves statuses and texts; so does the threshold.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setNow(kNow.addDays(4));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(status(1), TokenStatus::Expired);
        QVERIFY(text(1, TokenListModel::ExpiresColumn).startsWith(u"expired 24 hour"_s));
        model.setExpiringSoonDays(30);
        QCOMPARE(status(0), TokenStatus::ExpiringSoon);

        const auto whole =
            model.index(0, 0).data(TokenListModel::TokenRole).value<PersonalAccessToken>();
        QCOMPARE(whole, sample()[0]);
    }

    void formatter()
    {
        const qint64 now = kNow.toMSecsSinceEpoch();
        QCOMPARE(ExpiryFormatter::relativeExpiry(now + 30 * 1000, now), u"in less than a minute"_s);
        QVERIFY(
            ExpiryFormatter::relativeExpiry(now + 5 * 60 * 1000, now).startsWith(u"in 5 minute"_s));
        QVERIFY(
            ExpiryFormatter::relativeExpiry(now + 23 * kHourMs, now).startsWith(u"in 23 hour"_s));
        QVERIFY(
            ExpiryFormatter::relativeExpiry(now + 47 * kHourMs, now).startsWith(u"in 47 hour"_s));
        QVERIFY(
            ExpiryFormatter::relativeExpiry(now + 400 * kDayMs, now).startsWith(u"in 400 day"_s));
        // To the nearest unit, the same both ways (issue 20.10): a 30-day token made a
        // second ago is "in 30 days", and half a unit rounds down.
        QVERIFY(ExpiryFormatter::relativeExpiry(now + 30 * kDayMs - 1000, now)
                    .startsWith(u"in 30 day"_s));
        QVERIFY(ExpiryFormatter::relativeExpiry(now + 29 * kDayMs + 12 * kHourMs, now)
                    .startsWith(u"in 29 day"_s));
        QVERIFY(ExpiryFormatter::relativeExpiry(now - 29 * kDayMs - 13 * kHourMs, now)
                    .startsWith(u"expired 30 day"_s));
        QCOMPARE(ExpiryFormatter::relativeExpiry(now, now), u"expired just now"_s);
        QVERIFY(
            ExpiryFormatter::relativeExpiry(now - 3 * kDayMs, now).startsWith(u"expired 3 day"_s));
        QCOMPARE(ExpiryFormatter::relativeExpiry(NeverExpiresMs, now), u"never"_s);
        QCOMPARE(ExpiryFormatter::relativeExpiry(std::nullopt, kNow), u"never"_s);
        QVERIFY(ExpiryFormatter::relativeTime(now - 2 * kDayMs, now).startsWith(u"2 day"_s));
        QCOMPARE(ExpiryFormatter::absolute(QDateTime()), QString());
        QCOMPARE(tokenStatus(now + 7 * kDayMs, now, 7), TokenStatus::ExpiringSoon);
        QCOMPARE(tokenStatus(now + 7 * kDayMs + 1, now, 7), TokenStatus::Active);
        QCOMPARE(tokenStatus(now, now, 7), TokenStatus::Expired);
        QCOMPARE(tokenStatus(std::nullopt, kNow, 7), TokenStatus::NeverExpires);
        QCOMPARE(tokenStatus(now + kHourMs, now, 0), TokenStatus::Active);
    }

    void sortOrder()
    {
        TokenListModel model;
        model.setNow(kNow);
        model.setTokens(u"user1"_s, sample());
        TokenFilterProxyModel proxy;
        proxy.setSourceModel(&model);

        proxy.sort(TokenListModel::ExpiresColumn, Qt::AscendingOrder);
        QCOMPARE(proxyColumn(proxy), (QStringList{u"old"_s, u"Desktop-CLI"_s, u"CI deploy"_s,
                                                  u"backup"_s, u"forever"_s}));
        proxy.sort(TokenListModel::ExpiresColumn, Qt::DescendingOrder);
        QCOMPARE(proxyColumn(proxy).first(), u"forever"_s);

        proxy.sort(TokenListModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(proxyColumn(proxy), (QStringList{u"backup"_s, u"CI deploy"_s, u"Desktop-CLI"_s,
                                                  u"forever"_s, u"old"_s}));

        // A new token lands in its sorted place (dynamic sorting).
        auto next = sample();
        next.append(token(u"alpha"_s, kDayMs));
        model.setTokens(u"user1"_s, next);
        QCOMPARE(proxyColumn(proxy).first(), u"alpha"_s);

        proxy.sort(TokenListModel::CachedColumn, Qt::DescendingOrder);
        model.setCached(next[4].fingerprint, true);
        QCOMPARE(proxyColumn(proxy).first(), u"backup"_s);
    }

    // The proxy ranks each column once and sorts by ranks: the order must be the
    // one the values themselves give (case-folded name, then exact name, as the
    // tie-break), also for names that differ only past long shared prefixes,
    // only in case or length, and for hints longer than four characters.
    void rankedSortMatchesValues()
    {
        const QStringList names{u"ci-deploy-eu-west-000002"_s,
                                u"ci-deploy-eu-west-000001"_s,
                                u"CI-deploy-eu-west-000001"_s,
                                u"ci-deploy-eu-west-00000"_s,
                                u"ci-deploy-eu-west-0000010"_s,
                                u"ci-deploy-eu-west-000001"_s,
                                u"Zürich-lab"_s,
                                u"zürich-lab"_s,
                                u"ab"_s,
                                u"abc"_s,
                                u"a"_s,
                                u""_s};
        QList<PersonalAccessToken> tokens;
        for (int i = 0; i < names.size(); ++i) {
            PersonalAccessToken t = token(names[i], (i % 3) * kDayMs, (i % 4) * kHourMs);
            t.fingerprint = TokenFingerprint::of(QByteArray::number(i));
            t.hint = QStringList{u"x9Qa"_s, u"x9Q"_s, u"x9Qab"_s, u"x9Qaa"_s}[i % 4];
            tokens.append(t);
        }
        TokenListModel model;
        model.setNow(kNow);
        model.setTokens(u"user1"_s, tokens);
        TokenFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        const auto nameLess = [&](int l, int r) {
            const int folded = QString::compare(model.foldedNameAt(l), model.foldedNameAt(r));
            return folded != 0 ? folded < 0 : model.nameAt(l) < model.nameAt(r);
        };
        for (int column = 0; column < TokenListModel::ColumnCount; ++column) {
            proxy.sort(column, Qt::AscendingOrder);
            QList<int> expected(model.rowCount());
            std::iota(expected.begin(), expected.end(), 0);
            std::stable_sort(expected.begin(), expected.end(), [&](int l, int r) {
                const QVariant a = model.index(l, column).data(TokenListModel::SortRole);
                const QVariant b = model.index(r, column).data(TokenListModel::SortRole);
                const auto order = QVariant::compare(a, b);
                if (column != TokenListModel::NameColumn && order != QPartialOrdering::Equivalent)
                    return order == QPartialOrdering::Less;
                return nameLess(l, r);
            });
            QList<int> actual;
            for (int row = 0; row < proxy.rowCount(); ++row)
                actual.append(proxy.mapToSource(proxy.index(row, 0)).row());
            QCOMPARE(actual, expected);
        }
    }

    void filterByTextAndStatus()
    {
        TokenListModel model;
        model.setNow(kNow);
        model.setTokens(u"user1"_s, sample());
        TokenFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(TokenListModel::NameColumn);

        proxy.setFilterText(u"dE"_s);
        QCOMPARE(proxyColumn(proxy), (QStringList{u"CI deploy"_s, u"Desktop-CLI"_s}));
        proxy.setStatusFilter(TokenFilterProxyModel::StatusFilter::ExpiringSoon);
        QCOMPARE(proxyColumn(proxy), (QStringList{u"Desktop-CLI"_s}));
        proxy.setFilterText({});
        QCOMPARE(proxyColumn(proxy), (QStringList{u"Desktop-CLI"_s}));
        proxy.setStatusFilter(TokenFilterProxyModel::StatusFilter::Expired);
        QCOMPARE(proxyColumn(proxy), (QStringList{u"old"_s}));
        proxy.setStatusFilter(TokenFilterProxyModel::StatusFilter::NeverExpires);
        QCOMPARE(proxyColumn(proxy), (QStringList{u"forever"_s}));
        proxy.setStatusFilter(TokenFilterProxyModel::StatusFilter::Active);
        QCOMPARE(proxyColumn(proxy), (QStringList{u"backup"_s, u"CI deploy"_s}));
        proxy.setStatusFilter(TokenFilterProxyModel::StatusFilter::NeedsAttention);
        QCOMPARE(proxyColumn(proxy), (QStringList{u"Desktop-CLI"_s, u"old"_s}));
        proxy.setStatusFilter(TokenFilterProxyModel::StatusFilter::All);
        proxy.setFilterText(u"nothing matches"_s);
        QCOMPARE(proxy.rowCount(), 0);

        // Time passing moves a token between status filters.
        proxy.setFilterText({});
        proxy.setStatusFilter(TokenFilterProxyModel::StatusFilter::Expired);
        model.setNow(kNow.addDays(5));
        QCOMPARE(proxyColumn(proxy), (QStringList{u"Desktop-CLI"_s, u"old"_s}));
    }

    void cachedColumn()
    {
        TokenListModel model;
        const auto tokens = sample();
        // The keychain index may answer before the list does.
        model.setCached(tokens[1].fingerprint, true);
        model.setTokens(u"user1"_s, tokens);
        QVERIFY(model.index(1, 0).data(TokenListModel::CachedRole).toBool());
        QVERIFY(!model.cachedAt(0));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setCached(tokens[0].fingerprint, true);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed[0][0].toModelIndex(), model.index(0, TokenListModel::CachedColumn));
        model.setCached(tokens[0].fingerprint, true);
        QCOMPARE(changed.size(), 1);
        model.setCachedFingerprints({tokens[4].fingerprint});
        QVERIFY(!model.cachedAt(0));
        QVERIFY(!model.cachedAt(1));
        QVERIFY(model.cachedAt(4));
        QCOMPARE(model.index(4, TokenListModel::CachedColumn).data().toString(), u"Yes"_s);
    }

    void notesColumnAndFilter()
    {
        TokenListModel model;
        model.setNow(kNow);
        const auto tokens = sample();
        // Notes are read from their file before the server's list arrives.
        model.setNotes({{tokens[0].fingerprint, u"Deploys\nthe web shop"_s}});
        model.setTokens(u"user1"_s, tokens);
        TokenFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(TokenListModel::NameColumn);
        QCOMPARE(model.index(0, TokenListModel::NotesColumn).data().toString(),
                 u"Deploys the web shop"_s);
        QCOMPARE(model.index(0, TokenListModel::NameColumn).data(TokenListModel::NoteRole),
                 QVariant(u"Deploys\nthe web shop"_s));
        QVERIFY(model.index(0, TokenListModel::NameColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"Deploys\nthe web shop"_s));
        QVERIFY(model.index(1, TokenListModel::NameColumn).data(Qt::ToolTipRole).isNull());
        QCOMPARE(model.headerData(TokenListModel::NotesColumn, Qt::Horizontal).toString(),
                 u"Notes"_s);

        // The filter box finds a token by its note (any case) as well as by its name.
        proxy.setFilterText(u"WEB SHOP"_s);
        QCOMPARE(proxyColumn(proxy), (QStringList{u"CI deploy"_s}));
        // A note written while the filter is on brings its token in, and a cleared one
        // takes it out.
        model.setNote(tokens[4].fingerprint, u"restores the web shop"_s);
        QCOMPARE(proxyColumn(proxy), (QStringList{u"backup"_s, u"CI deploy"_s}));
        model.setNote(tokens[0].fingerprint, QString());
        QCOMPARE(proxyColumn(proxy), (QStringList{u"backup"_s}));

        // A refreshed list (a changed token, a renamed one) keeps the notes.
        QList<PersonalAccessToken> refreshed = tokens;
        refreshed[4].name = u"backup (renamed)"_s;
        model.setTokens(u"user1"_s, refreshed);
        QCOMPARE(proxyColumn(proxy), (QStringList{u"backup (renamed)"_s}));
        QCOMPARE(model.noteAt(4), u"restores the web shop"_s);

        // Sorting by note.
        proxy.setFilterText({});
        model.setNote(tokens[1].fingerprint, u"a first"_s);
        proxy.sort(TokenListModel::NotesColumn, Qt::DescendingOrder);
        QCOMPARE(proxyColumn(proxy).mid(0, 2),
                 (QStringList{u"backup (renamed)"_s, u"Desktop-CLI"_s}));

        // The notes of another user (none here) replace them all.
        model.setNotes({});
        QVERIFY(model.noteAt(4).isEmpty());
    }

    // The where-used scan's places, by fingerprint: shown, in the tooltip, sorted by how
    // many, kept through a refreshed list and found for a token that arrives later.
    void whereUsedColumn()
    {
        TokenListModel model;
        model.setNow(kNow);
        auto tokens = sample();
        const PersonalAccessToken later = token(u"later"_s, 9 * kDayMs);
        model.setWhereUsed({{tokens[3].fingerprint, {u"~/.npmrc:3"_s, u"~/proj/.env:7"_s}},
                            {tokens[1].fingerprint, {u"~/.bashrc:12"_s}},
                            {later.fingerprint, {u"~/.netrc:1"_s}}});
        model.setTokens(u"user1"_s, tokens);
        TokenFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        const auto cell = [&model](int row) {
            return model.index(row, TokenListModel::WhereUsedColumn);
        };
        QCOMPARE(model.headerData(TokenListModel::WhereUsedColumn, Qt::Horizontal).toString(),
                 u"Where Used"_s);
        QCOMPARE(cell(3).data().toString(), u"~/.npmrc:3 and 1 more"_s);
        QCOMPARE(cell(1).data().toString(), u"~/.bashrc:12"_s);
        QVERIFY(cell(0).data().toString().isEmpty());
        QVERIFY(cell(0).data(Qt::ToolTipRole).isNull());
        const QString tip = cell(3).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"~/.npmrc:3\n~/proj/.env:7"_s), qPrintable(tip));

        proxy.sort(TokenListModel::WhereUsedColumn, Qt::DescendingOrder);
        QCOMPARE(proxyColumn(proxy).mid(0, 2), (QStringList{u"forever"_s, u"Desktop-CLI"_s}));

        // A refreshed list with a renamed token and a new one keeps and finds the places.
        tokens[3].name = u"forever (renamed)"_s;
        tokens.append(later);
        model.setTokens(u"user1"_s, tokens);
        QCOMPARE(cell(3).data().toString(), u"~/.npmrc:3 and 1 more"_s);
        QCOMPARE(cell(5).data().toString(), u"~/.netrc:1"_s);
        QCOMPARE(proxyColumn(proxy).mid(0, 3),
                 (QStringList{u"forever (renamed)"_s, u"later"_s, u"Desktop-CLI"_s}));

        // A new scan that found nothing empties the column.
        model.setWhereUsed({});
        QVERIFY(cell(3).data().toString().isEmpty());
        QCOMPARE(cell(3).data(TokenListModel::SortRole).toInt(), 0);
    }

    void renameIsARequest()
    {
        TokenListModel model;
        model.setTokens(u"user1"_s, sample());
        QSignalSpy requested(&model, &TokenListModel::renameRequested);
        const QModelIndex name = model.index(0, TokenListModel::NameColumn);
        QVERIFY(model.flags(name) & Qt::ItemIsEditable);
        QVERIFY(!(model.flags(model.index(0, TokenListModel::TokenColumn)) & Qt::ItemIsEditable));
        QVERIFY(!model.setData(name, u"CI deploy v2"_s));
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested[0][0].toByteArray(), sample()[0].fingerprint);
        QCOMPARE(requested[0][1].toString(), u"CI deploy v2"_s);
        QCOMPARE(name.data().toString(), u"CI deploy"_s);
        // Empty and unchanged names ask for nothing.
        QVERIFY(!model.setData(name, u"   "_s));
        QVERIFY(!model.setData(name, u"CI deploy"_s));
        QCOMPARE(requested.size(), 1);
    }

    // Above the synchronous limit the proxy arranges on a worker: the table
    // shows the new order only when it is done, under QAbstractItemModelTester,
    // and that order is the one the synchronous path gives, whatever the
    // criteria and however fast they change.
    void workerArrangesLikeTheSynchronousPath()
    {
        const QList<PersonalAccessToken> tokens = manyTokens(3000);
        TokenListModel model;
        model.setNow(kNow);
        TokenFilterProxyModel sync;
        sync.setSourceModel(&model);
        TokenFilterProxyModel async;
        async.setSynchronousLimit(0);
        async.setSourceModel(&model);
        QAbstractItemModelTester asyncCheck(&async,
                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy arranged(&async, &TokenFilterProxyModel::arranged);

        model.setTokens(u"user1"_s, tokens);
        QCOMPARE(async.rowCount(), 0); // nothing until the worker is done
        QVERIFY(async.isArranging());
        QVERIFY(arranged.wait());
        QCOMPARE(sourceRows(async), sourceRows(sync));

        const QStringList texts{u"d"_s, u"de"_s, u"dep"_s, u"depl"_s, u"deplo"_s};
        for (int column = 0; column < TokenListModel::ColumnCount; ++column) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                sync.sort(column, order);
                async.sort(column, order);
                // Keystrokes faster than the worker: only the last one counts.
                for (const QString &text : texts) {
                    sync.setFilterText(text);
                    async.setFilterText(text);
                }
                const auto status = TokenFilterProxyModel::StatusFilter((column + order) % 6);
                sync.setStatusFilter(status);
                async.setStatusFilter(status);
                QTRY_VERIFY(!async.isArranging());
                QCOMPARE(sourceRows(async), sourceRows(sync));
                QVERIFY(async.rowCount() > 0 || status != TokenFilterProxyModel::StatusFilter::All);
                sync.setFilterText({});
                async.setFilterText({});
            }
        }

        // A merge: rows removed (the mapping follows at once), renamed and added
        // (placed by the worker).
        QList<PersonalAccessToken> next = tokens;
        next.removeAt(500);
        next[600].name = u"aaa renamed"_s;
        next.append(token(u"aab added"_s, 3 * kDayMs));
        sync.sort(TokenListModel::NameColumn, Qt::AscendingOrder);
        async.sort(TokenListModel::NameColumn, Qt::AscendingOrder);
        async.setStatusFilter(TokenFilterProxyModel::StatusFilter::All);
        sync.setStatusFilter(TokenFilterProxyModel::StatusFilter::All);
        QTRY_VERIFY(!async.isArranging());
        model.setTokens(u"user1"_s, next);
        QTRY_VERIFY(!async.isArranging());
        QCOMPARE(sourceRows(async), sourceRows(sync));
        QCOMPARE(async.rowCount(), next.size());
        QCOMPARE(async.index(0, 0).data().toString(), u"aaa renamed"_s);
        QCOMPARE(async.index(1, 0).data().toString(), u"aab added"_s);
    }

    // A selected row stays selected, on its token, when a worker's new order lands.
    void persistentIndexesFollowTheWorkersOrder()
    {
        TokenListModel model;
        model.setNow(kNow);
        TokenFilterProxyModel proxy;
        proxy.setSynchronousLimit(0);
        proxy.setSourceModel(&model);
        proxy.sort(TokenListModel::NameColumn, Qt::AscendingOrder);
        model.setTokens(u"user1"_s, manyTokens(2000));
        QTRY_VERIFY(!proxy.isArranging());
        const QPersistentModelIndex first(proxy.index(0, 0));
        const QString name = first.data().toString();
        proxy.sort(TokenListModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(first.row(), 0); // not moved before the worker is done
        QTRY_VERIFY(!proxy.isArranging());
        QCOMPARE(first.row(), proxy.rowCount() - 1);
        QCOMPARE(first.data().toString(), name);
        // Filtered out: the index becomes invalid rather than pointing elsewhere.
        proxy.setFilterText(u"no such token"_s);
        QTRY_VERIFY(!proxy.isArranging());
        QCOMPARE(proxy.rowCount(), 0);
        QVERIFY(!first.isValid());
        // The headers stay when no row is left.
        QCOMPARE(proxy.headerData(TokenListModel::NameColumn, Qt::Horizontal).toString(),
                 u"Name"_s);
    }

    // A big list still being arranged is replaced by a small one, arranged at
    // once: the worker's late order is dropped, and waiters still hear it is over.
    void smallListWhileAWorkerRuns()
    {
        TokenListModel model;
        model.setNow(kNow);
        TokenFilterProxyModel proxy;
        proxy.setSynchronousLimit(1000);
        proxy.setSourceModel(&model);
        proxy.sort(TokenListModel::NameColumn);
        model.setTokens(u"user1"_s, manyTokens(3000));
        QVERIFY(proxy.isArranging());
        QSignalSpy arranged(&proxy, &TokenFilterProxyModel::arranged);
        model.setTokens(u"user2"_s, sample());
        QCOMPARE(proxyColumn(proxy), (QStringList{u"backup"_s, u"CI deploy"_s, u"Desktop-CLI"_s,
                                                  u"forever"_s, u"old"_s}));
        QTRY_VERIFY(!proxy.isArranging());
        QCOMPARE(arranged.count(), 2); // at once, then when the old worker is done
        QCOMPARE(proxy.rowCount(), 5);
    }

    // 100k rows with the default limit: the load, a keystroke and a merge all go
    // through the worker, and the results are complete and in order.
    void hundredThousandRows()
    {
        constexpr int count = 100000;
        QList<PersonalAccessToken> tokens = manyTokens(count);
        TokenListModel model;
        model.setNow(kNow);
        TokenFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(TokenListModel::NameColumn);
        model.setTokens(u"user1"_s, tokens);
        QVERIFY(proxy.isArranging());
        QTRY_VERIFY(!proxy.isArranging());
        QCOMPARE(proxy.rowCount(), count);
        for (int row = 1; row < count; row += 997)
            QVERIFY(model.foldedNameAt(proxy.mapToSource(proxy.index(row - 1, 0)).row()) <=
                    model.foldedNameAt(proxy.mapToSource(proxy.index(row, 0)).row()));

        proxy.setFilterText(u"deplo"_s);
        proxy.setFilterText(u"deploy"_s);
        QTRY_VERIFY(!proxy.isArranging());
        QCOMPARE(proxy.rowCount(), (count + 6) / 7);
        for (int row = 0; row < proxy.rowCount(); row += 101)
            QVERIFY(proxy.index(row, 0).data().toString().contains(u"deploy"_s));

        tokens.removeAt(500);
        tokens[600].name = u"renamed"_s;
        tokens.append(tokens.takeFirst());
        proxy.setFilterText({});
        model.setTokens(u"user1"_s, tokens);
        QCOMPARE(model.rowCount(), count - 1);
        QTRY_VERIFY(!proxy.isArranging());
        QCOMPARE(proxy.rowCount(), count - 1);
        QCOMPARE(proxy.index(0, 0).data().toString(), u"renamed"_s);
    }

private:
    static QList<PersonalAccessToken> manyTokens(int count)
    {
        QList<PersonalAccessToken> tokens;
        tokens.reserve(count);
        for (int i = 0; i < count; ++i) {
            PersonalAccessToken t;
            t.userId = u"user1"_s;
            t.name = u"token-%1-%2"_s.arg(i).arg(i % 7 == 0 ? u"deploy"_s : u"ci"_s);
            t.createdAt = kNow.addSecs(-(i % 1000));
            if (i % 5)
                t.expiresAt = kNow.addSecs(i * 60 - 30 * 24 * 3600);
            t.fingerprint = TokenFingerprint::of(QByteArray::number(i));
            t.hint = QString::number(i % 10000).rightJustified(4, u'0');
            tokens.append(t);
        }
        return tokens;
    }

    static QList<int> sourceRows(const TokenFilterProxyModel &proxy)
    {
        QList<int> rows;
        // Allocated even when empty: Qt 6.4 compares two empty lists with a
        // memcmp() of null pointers, which UBSan stops on.
        rows.reserve(proxy.rowCount() + 1);
        for (int row = 0; row < proxy.rowCount(); ++row)
            rows.append(proxy.mapToSource(proxy.index(row, 0)).row());
        return rows;
    }
};

QTEST_GUILESS_MAIN(TestTokenListModel)
#include "tst_tokenlistmodel.moc"
