// TranslationLoader: installs Latchkey's embedded catalogues (and Qt's own)
// for the GUI and the CLI alike.
#pragma once

#include <QString>

class QCoreApplication;

namespace latchkey {

class TranslationLoader
{
public:
    // language: a code such as "de" or "zh_CN"; empty follows the system locale.
    // Returns the code of the catalogue that was installed ("en" when none fits).
    static QString install(QCoreApplication &app, const QString &language);
    // The languages embedded under :/i18n/, English first.
    static QStringList available();
};

} // namespace latchkey
