// Tests applicationIcon(): the embedded SVG and the pre-rendered PNGs.
#include "resources/appicon.h"

#include <QFile>
#include <QImage>
#include <QPixmap>
#include <QTest>

using namespace Qt::StringLiterals;

namespace latchkey {

class TestAppIcon : public QObject
{
    Q_OBJECT

private slots:
    // Runs first: linking latchkey_resources alone must register the resources,
    // for code that opens the resource path without calling applicationIcon().
    void svgIsEmbedded()
    {
        QFile svg(u":/icons/app/io.latchkey.Latchkey.svg"_s);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QVERIFY(svg.readAll().contains("<svg"));
    }

    void everySizeShowsItsPng_data()
    {
        QTest::addColumn<int>("size");
        for (const int size : {LATCHKEY_APP_ICON_SIZES})
            QTest::addRow("%d px", size) << size;
    }

    void everySizeShowsItsPng()
    {
        QFETCH(int, size);
        const QIcon icon = applicationIcon();
        QVERIFY(!icon.isNull());

        const QImage png(u":/icons/app/io.latchkey.Latchkey-%1.png"_s.arg(size));
        QCOMPARE(png.size(), QSize(size, size));
        // The tile is opaque in the middle and transparent in the corners.
        QCOMPARE(qAlpha(png.pixel(size / 2, size / 2)), 255);
        QCOMPARE(qAlpha(png.pixel(0, 0)), 0);

        const QImage shown = icon.pixmap(QSize(size, size)).toImage();
        QCOMPARE(shown.size(), QSize(size, size));
        QCOMPARE(shown.convertToFormat(QImage::Format_ARGB32_Premultiplied),
                 png.convertToFormat(QImage::Format_ARGB32_Premultiplied));
    }

    void otherSizesAreRendered()
    {
        // 100 px has no PNG: the icon still gives an image of that size.
        const QPixmap pixmap = applicationIcon().pixmap(QSize(100, 100));
        QCOMPARE(pixmap.size(), QSize(100, 100));
        QCOMPARE(qAlpha(pixmap.toImage().pixel(50, 50)), 255);
    }
};

} // namespace latchkey

QTEST_MAIN(latchkey::TestAppIcon)
#include "tst_appicon.moc"
