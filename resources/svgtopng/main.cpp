// Build-time tool: renders an SVG into a square image (PNG, ICO, ICNS) of a given size.
#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

// A host tool run only by the build, so its messages stay untranslated: the
// build log is read by developers, and no translator ever sees this binary.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        err << "usage: latchkey-svgtopng INPUT.svg SIZE OUTPUT.{png,ico,icns}\n";
        return 2;
    }
    bool sizeOk = false;
    const int size = args.at(2).toInt(&sizeOk);
    if (!sizeOk || size < 1 || size > 4096) {
        err << "latchkey-svgtopng: bad size " << args.at(2) << '\n';
        return 2;
    }
    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        err << "latchkey-svgtopng: cannot read " << args.at(1) << '\n';
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        renderer.render(&painter);
    }
    // The format follows the output's suffix (ICNS needs Qt's imageformats).
    if (!image.save(args.at(3))) {
        err << "latchkey-svgtopng: cannot write " << args.at(3) << '\n';
        return 1;
    }
    return 0;
}
