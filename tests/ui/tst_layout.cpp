// Tests the main window's layout as a new user sees it, at 900×600 and at
// 1100 px, in English and German: Name keeps at least 40 % of the table, no
// label is clipped, counts stay on one line (elided, the whole text in the
// tooltip), no tool button hides behind "»", the Users split leaves the token
// table usable, and no column cuts its header or its dates.
#include "model/items/tokenlistmodel.h"
#include "model/items/userlistmodel.h"
#include "tests/support/uitestfixture.h"
#include "translations/translationloader.h"
#include "ui/elidedlabel.h"
#include "ui/mainwindow.h"
#include "ui/tokenspage.h"
#include "ui/userspage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSplitter>
#include <QStandardPaths>
#include <QTest>
#include <QToolBar>
#include <QTranslator>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace latchkey;

namespace {

void uninstallTranslators()
{
    const auto translators = qApp->findChildren<QTranslator *>();
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QLocale::setDefault(QLocale::c());
}

QString describe(const QWidget *widget)
{
    QString text = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        text += u" "_s + widget->objectName();
    if (auto *label = qobject_cast<const QLabel *>(widget))
        text += u" “"_s + label->text() + u"”"_s;
    if (auto *button = qobject_cast<const QAbstractButton *>(widget))
        text += u" “"_s + button->text() + u"”"_s;
    return text;
}

// Everything visible inside `root` that would not show its whole text.
QStringList clippedWidgets(QWidget *root)
{
    QStringList clipped;
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->text().isEmpty())
            continue;
        if (label->wordWrap()) {
            if (label->height() < label->heightForWidth(label->width()))
                clipped.append(describe(label) + u" (cut below)"_s);
        } else if (label->width() < label->sizeHint().width()) {
            clipped.append(describe(label) +
                           u" (%1 < %2)"_s.arg(label->width()).arg(label->sizeHint().width()));
        }
    }
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (!button->isVisible() || button->text().isEmpty())
            continue;
        if (button->width() < button->minimumSizeHint().width())
            clipped.append(
                describe(button) +
                u" (%1 < %2)"_s.arg(button->width()).arg(button->minimumSizeHint().width()));
    }
    for (ElidedLabel *label : root->findChildren<ElidedLabel *>()) {
        if (!label->isVisible())
            continue;
        // One line, and when the words do not fit, all of them in the tooltip.
        if (label->height() > 2 * label->fontMetrics().height())
            clipped.append(describe(label) + u" (wraps)"_s);
        if (label->isElided() && label->toolTip() != label->text())
            clipped.append(describe(label) + u" (elided, tooltip lacks the text)"_s);
    }
    return clipped;
}

// Tool bars that put buttons behind their "»" extension.
QStringList overflowingToolBars(QWidget *root)
{
    QStringList overflowing;
    for (QToolBar *bar : root->findChildren<QToolBar *>()) {
        if (!bar->isVisible())
            continue;
        for (QWidget *child : bar->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
            if (child->objectName() == u"qt_toolbar_ext_button"_s && child->isVisible())
                overflowing.append(bar->objectName());
        }
        for (QAction *action : bar->actions()) {
            QWidget *button = bar->widgetForAction(action);
            // An action hidden on purpose (e.g. the account button of a developer connection)
            // is not one that did not fit.
            if (button && action->isVisible() && !action->isSeparator() && !button->isVisible())
                overflowing.append(action->text());
        }
    }
    return overflowing;
}

// Columns whose header label or cell text is wider than the column.
QStringList cutColumns(QTreeView *view, int dateColumn = TokenListModel::CreatedColumn)
{
    QStringList cut;
    QHeaderView *header = view->header();
    const QFontMetrics headerFont(header->font());
    const QFontMetrics cellFont(view->font());
    const int margin = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column))
            continue;
        const QString title = view->model()->headerData(column, Qt::Horizontal).toString();
        int needed = headerFont.horizontalAdvance(title) + margin;
        if (header->sortIndicatorSection() == column)
            needed += header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header);
        if (header->sectionSize(column) < needed)
            cut.append(
                u"%1 header (%2 < %3)"_s.arg(title).arg(header->sectionSize(column)).arg(needed));
    }
    // Dates are never elided: "12/03/2026 1…" is no date.
    const int created = dateColumn;
    if (created >= 0 && !header->isSectionHidden(created)) {
        for (int row = 0; row < view->model()->rowCount() && row < 50; ++row) {
            const QString text = view->model()->index(row, created).data().toString();
            const int needed = cellFont.horizontalAdvance(text) + 2 * margin;
            if (header->sectionSize(created) < needed)
                cut.append(u"Created “%1” (%2 < %3)"_s.arg(text)
                               .arg(header->sectionSize(created))
                               .arg(needed));
        }
    }
    return cut;
}

double nameShare(QTreeView *view)
{
    return double(view->header()->sectionSize(TokenListModel::NameColumn)) /
           view->viewport()->width();
}

} // namespace

class TestLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void atSize_data();
    void atSize();

private:
    void openIn(const QString &language);

    std::unique_ptr<UiTestFixture> m_fixture;
};

void TestLayout::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestLayout::cleanup()
{
    m_fixture.reset();
    uninstallTranslators();
}

void TestLayout::openIn(const QString &language)
{
    uninstallTranslators();
    TranslationLoader::install(*qApp, language);
    m_fixture = std::make_unique<UiTestFixture>(u"tst_layout_"_s + language);
    QVERIFY(m_fixture->startSandbox());
    QVERIFY(m_fixture->openWindow());
}

void TestLayout::atSize_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    QTest::newRow("en 900x600") << u"en"_s << QSize(900, 600);
    QTest::newRow("de 900x600") << u"de"_s << QSize(900, 600);
    QTest::newRow("en 1100x680") << u"en"_s << QSize(1100, 680);
    QTest::newRow("de 1100x680") << u"de"_s << QSize(1100, 680);
}

void TestLayout::atSize()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    openIn(language);
    MainWindow *window = m_fixture->window();
    window->resize(size);
    // The window may not insist on more room than that.
    QTRY_COMPARE(window->size(), size);

    // My Tokens.
    TokensPage *mine = window->myTokensPage();
    QTRY_VERIFY(mine->model()->rowCount() > 0);
    QApplication::processEvents();
    QVERIFY2(nameShare(mine->view()) >= 0.4,
             qPrintable(u"Name has %1 of the table"_s.arg(nameShare(mine->view()))));
    QStringList problems = clippedWidgets(window);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
    problems = overflowingToolBars(window);
    QVERIFY2(problems.isEmpty(), qPrintable(u"hidden behind »: "_s + problems.join(u", "_s)));
    problems = cutColumns(mine->view());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));

    // Users, with a user whose tokens are listed.
    window->showPage(MainWindow::Page::Users);
    UsersPage *users = window->usersPage();
    QTRY_VERIFY_WITH_TIMEOUT(users->userModel()->rowCount() > 1, 10000);
    users->userView()->setCurrentIndex(users->userModel()->index(1, 0));
    TokensPage *theirs = users->tokensPage();
    QTRY_VERIFY_WITH_TIMEOUT(theirs->hasLoaded() && theirs->model()->rowCount() > 0, 10000);
    QApplication::processEvents();
    QVERIFY2(nameShare(theirs->view()) >= 0.4,
             qPrintable(u"Name has %1 of the table"_s.arg(nameShare(theirs->view()))));
    problems = clippedWidgets(window);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
    problems = overflowingToolBars(window);
    QVERIFY2(problems.isEmpty(), qPrintable(u"hidden behind »: "_s + problems.join(u", "_s)));
    problems = cutColumns(theirs->view());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
    // The count stays one line (its words may be elided), and the user list gave way
    // before the token table did.
    QVERIFY(theirs->countLabel()->height() <= 2 * theirs->countLabel()->fontMetrics().height());
    QVERIFY(users->userView()->header()->length() <= users->userView()->viewport()->width());
    // The user list shows what it shows whole: columns made way before any header was cut,
    // and the names of the first users fit.
    problems = cutColumns(users->userView(), -1);
    QVERIFY2(problems.isEmpty(), qPrintable(u"users: "_s + problems.join(u"; "_s)));
    const QFontMetrics cellFont(users->userView()->font());
    for (int row = 0; row < 5; ++row) {
        const QString name =
            users->userModel()->index(row, UserListModel::NameColumn).data().toString();
        QVERIFY2(users->userView()->header()->sectionSize(UserListModel::NameColumn) >
                     cellFont.horizontalAdvance(name),
                 qPrintable(u"“%1” cut"_s.arg(name)));
    }
    QVERIFY(users->splitter()->sizes().value(1) >= users->splitter()->sizes().value(0));

    // The side bar and the View menu name the pages alike in this language too.
    QListWidget *places = window->sideBar();
    QStringList menuNames;
    for (QAction *top : window->menuBar()->actions()) {
        if (top->menu()) {
            for (QAction *action : top->menu()->actions())
                menuNames.append(action->text().remove(QRegularExpression(u"\\(&.\\)|&"_s)));
        }
    }
    for (int row = 0; row < places->count(); ++row)
        QVERIFY2(menuNames.contains(places->item(row)->text()),
                 qPrintable(places->item(row)->text()));
}

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
