#include "translations/translationloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace latchkey {

namespace {

bool installCatalogue(QCoreApplication &app, const QLocale &locale, const QString &name,
                      const QString &directory)
{
    auto *translator = new QTranslator(&app);
    if (translator->load(locale, name, u"_"_s, directory)) {
        QCoreApplication::installTranslator(translator);
        return true;
    }
    delete translator;
    return false;
}

} // namespace

QString TranslationLoader::install(QCoreApplication &app, const QString &language)
{
    // The English catalogue only holds plural forms ("in 1 day", "in 3 days");
    // it goes in first so that every other language is searched before it and
    // a language without a catalogue still reads naturally.
    installCatalogue(app, QLocale(QLocale::English), u"latchkey"_s, u":/i18n"_s);

    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return u"en"_s;
    if (!installCatalogue(app, locale, u"latchkey"_s, u":/i18n"_s))
        return u"en"_s;
    installCatalogue(app, locale, u"qtbase"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    // A chosen language also formats dates and numbers: an English date inside a
    // German sentence reads wrong. The system's own locale stays when it already
    // speaks that language (de_CH keeps Swiss formats).
    if (QLocale().language() != locale.language())
        QLocale::setDefault(locale);
    return locale.name();
}

QStringList TranslationLoader::available()
{
    QStringList codes;
    const QStringList files =
        QDir(u":/i18n"_s).entryList({u"latchkey_*.qm"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        codes.append(file.mid(9, file.size() - 9 - 3));
    codes.removeAll(u"en"_s);
    codes.prepend(u"en"_s);
    return codes;
}

} // namespace latchkey
