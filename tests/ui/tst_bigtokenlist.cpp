// Tests the token table with a list above the proxy's synchronous limit, on a
// real window and sandbox: the list is turned into rows and arranged on
// workers, and what lands (rows, order, filter, the count) is complete.
#include "model/items/tokenfilterproxymodel.h"
#include "model/items/tokenlistmodel.h"
#include "tests/support/uitestfixture.h"
#include "ui/elidedlabel.h"
#include "ui/mainwindow.h"
#include "ui/tokenspage.h"

#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace latchkey;

class TestBigTokenList : public QObject
{
    Q_OBJECT

private slots:
    void loadSortAndFilter()
    {
        QStandardPaths::setTestModeEnabled(true);
        UiTestFixture fixture(u"tst_bigtokenlist"_s);
        constexpr int seeded = 7000;
        QVERIFY(fixture.startSandbox(seeded));
        QVERIFY(fixture.openWindow());
        TokensPage *page = fixture.window()->myTokensPage();
        auto *proxy = qobject_cast<TokenFilterProxyModel *>(page->view()->model());
        QVERIFY(proxy);
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() > seeded / 2, 30000);
        const int total = page->model()->rowCount();
        QVERIFY2(total > TokenFilterProxyModel::DefaultSynchronousLimit,
                 qPrintable(QString::number(total)));
        QTRY_COMPARE_WITH_TIMEOUT(proxy->rowCount(), total, 10000);
        QVERIFY(page->countLabel()->text().startsWith(QString::number(total)));

        // Sorted by name, as the view asks.
        page->view()->sortByColumn(TokenListModel::NameColumn, Qt::AscendingOrder);
        QTRY_VERIFY(!proxy->isArranging());
        for (int row = 1; row < proxy->rowCount(); ++row) {
            const QString before = proxy->index(row - 1, 0).data().toString().toCaseFolded();
            const QString after = proxy->index(row, 0).data().toString().toCaseFolded();
            QVERIFY2(before <= after, qPrintable(before + u" > "_s + after));
        }

        // Typing narrows the table once the worker is done; the count follows.
        const QString typed = proxy->index(proxy->rowCount() / 2, 0).data().toString().left(3);
        int expected = 0;
        for (int row = 0; row < total; ++row)
            expected += page->model()->nameAt(row).contains(typed, Qt::CaseInsensitive);
        QVERIFY(expected > 0 && expected < total);
        QTest::keyClicks(page->filterField(), typed);
        QTRY_COMPARE(proxy->rowCount(), expected);
        QTRY_VERIFY(!proxy->isArranging());
        QCOMPARE(proxy->rowCount(), expected);
        for (int row = 0; row < proxy->rowCount(); ++row)
            QVERIFY(proxy->index(row, 0).data().toString().contains(typed, Qt::CaseInsensitive));
        QVERIFY2(page->countLabel()->text().startsWith(u"%1 of %2"_s.arg(expected).arg(total)),
                 qPrintable(page->countLabel()->text()));
    }
};

QTEST_MAIN(TestBigTokenList)
#include "tst_bigtokenlist.moc"
