// latchkey-test-browser URL: a stand-in for $BROWSER in the latchkeyctl tests. It
// signs in as LATCHKEY_TEST_BROWSER_USER through the sandbox's pages, like a
// person in a browser would, and exits 0 when it reached a page without a form.
#include "tests/support/testbrowser.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 2) {
        std::fputs("usage: latchkey-test-browser URL\n", stderr);
        return 2;
    }
    latchkey::test::TestBrowser browser(qEnvironmentVariable("LATCHKEY_TEST_BROWSER_USER"));
    const auto outcome = browser.open(QUrl(arguments[1], QUrl::StrictMode));
    if (!outcome.ok) {
        std::fprintf(stderr, "latchkey-test-browser: %s\n", qPrintable(outcome.error));
        return 1;
    }
    return 0;
}
