// StatusPalette keeps Latchkey's own colours readable on light and dark desktop themes, and
// ui/ draws no colour of its own outside it.
#include "tests/support/testpaths.h"
#include "ui/noticebar.h"
#include "ui/statuspalette.h"

#include <QApplication>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace latchkey;

namespace {
// WCAG 2.1 relative luminance and contrast ratio.
double luminance(const QColor &color)
{
    auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) +
           0.0722 * channel(color.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette themed(QRgb window, QRgb base, QRgb text)
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(window));
    palette.setColor(QPalette::Base, QColor(base));
    palette.setColor(QPalette::WindowText, QColor(text));
    palette.setColor(QPalette::Text, QColor(text));
    return palette;
}
} // namespace

class TestStatusPalette : public QObject
{
    Q_OBJECT

private slots:
    void readableOnEveryTheme_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::addColumn<bool>("dark");
        std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
        QTest::newRow("fusion light") << fusion->standardPalette() << false;
        QTest::newRow("breeze light") << themed(0xeff0f1, 0xffffff, 0x232629) << false;
        QTest::newRow("breeze dark") << themed(0x31363b, 0x1b1e20, 0xfcfcfc) << true;
        QTest::newRow("adwaita dark") << themed(0x353535, 0x2d2d2d, 0xeeeeec) << true;
        QTest::newRow("black") << themed(0x000000, 0x000000, 0xffffff) << true;
    }

    void readableOnEveryTheme()
    {
        QFETCH(QPalette, palette);
        QFETCH(bool, dark);
        const StatusPalette colours(palette);
        QCOMPARE(colours.isDark(), dark);
        for (auto role : {StatusPalette::Role::Error, StatusPalette::Role::Warning,
                          StatusPalette::Role::Success}) {
            const QColor text = colours.text(role);
            for (auto background : {QPalette::Window, QPalette::Base}) {
                const double ratio = contrast(text, palette.color(background));
                QVERIFY2(ratio >= 4.5,
                         qPrintable(
                             u"%1 on %2: %3:1"_s.arg(text.name(), palette.color(background).name())
                                 .arg(ratio, 0, 'f', 2)));
            }
            QCOMPARE(colours.textStyle(role), u"color: "_s + text.name());
        }
        for (auto tint : {StatusPalette::Tint::Info, StatusPalette::Tint::Warning,
                          StatusPalette::Tint::Error}) {
            QVERIFY(contrast(colours.tintText(), colours.tintBackground(tint)) >= 7.0);
            // A tint stays on the theme's side, so a bar does not flash light on a dark window.
            QCOMPARE(colours.tintBackground(tint).lightness() < 128, dark);
        }
    }

    void aNoticeBarTakesItsWindowsTheme()
    {
        const QPalette desktop = QApplication::palette();
        QApplication::setPalette(themed(0x31363b, 0x1b1e20, 0xfcfcfc));
        QWidget window;
        auto *bar = new NoticeBar(NoticeBar::Kind::Error, &window);
        const StatusPalette dark(window.palette());
        QVERIFY(dark.isDark());
        QVERIFY2(bar->styleSheet().contains(dark.tintBackground(StatusPalette::Tint::Error).name()),
                 qPrintable(bar->styleSheet()));
        QVERIFY(bar->styleSheet().contains(dark.tintText().name()));
        bar->setKind(NoticeBar::Kind::Info);
        QVERIFY(bar->styleSheet().contains(dark.tintBackground(StatusPalette::Tint::Info).name()));

        // The desktop turns light while the bar is up. Only a shown window hears of it (Qt tells
        // top-level widgets through their QWindow).
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::setPalette(themed(0xeff0f1, 0xffffff, 0x232629));
        QTRY_VERIFY(!StatusPalette(window.palette()).isDark());
        const StatusPalette light(window.palette());
        QTRY_VERIFY2(
            bar->styleSheet().contains(light.tintBackground(StatusPalette::Tint::Info).name()),
            qPrintable(bar->styleSheet()));
        QVERIFY(bar->styleSheet().contains(light.tintText().name()));
        QApplication::setPalette(desktop);
    }

    // A colour written straight into a widget would be unreadable on one of the two themes.
    void uiHasNoColourOfItsOwn()
    {
        const QRegularExpression literal(u"#[0-9a-fA-F]{6}\\b|QColor\\(\\s*0x|Qt::(red|green|"
                                         u"darkRed|darkGreen|yellow|darkYellow)\\b"_s);
        QDirIterator files(latchkey::test::TestPaths::source(u"ui"_s), {u"*.cpp"_s, u"*.h"_s});
        int checked = 0;
        while (files.hasNext()) {
            const QString path = files.next();
            if (path.endsWith(u"/statuspalette.cpp"_s))
                continue;
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            const auto match = literal.match(text);
            QVERIFY2(!match.hasMatch(), qPrintable(u"%1: %2"_s.arg(path, match.captured())));
            ++checked;
        }
        QVERIFY(checked > 20);
    }
};

QTEST_MAIN(TestStatusPalette)
#include "tst_statuspalette.moc"
