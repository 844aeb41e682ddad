#include "model/domain/tokennamevalidator.h"

#include <QTest>

using namespace latchkey;
using namespace Qt::StringLiterals;

class TestTokenNameValidator : public QObject
{
    Q_OBJECT

private slots:
    void judges_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<bool>("warns");
        QTest::newRow("plain") << u"ci"_s << true << false;
        QTest::newRow("punctuation") << u"a/b %c #d ?e"_s << true << false;
        QTest::newRow("empty") << u""_s << false << false;
        QTest::newRow("blank") << u" \t "_s << false << false;
        QTest::newRow("leading space") << u" ci"_s << true << true;
        QTest::newRow("trailing space") << u"ci "_s << true << true;
        // At the limit is allowed, and said (the field stops there).
        QTest::newRow("256") << QString(256, u'x') << true << true;
        QTest::newRow("257") << QString(257, u'x') << false << false;
        // 128 emoji are 256 UTF-16 units, as Logto counts them.
        QTest::newRow("128 emoji") << QString(u"\U0001F511"_s).repeated(128) << true << true;
        QTest::newRow("129 emoji") << QString(u"\U0001F511"_s).repeated(129) << false << false;
        QTest::newRow("taken") << u"deploy"_s << false << false;
        // Spaces around a name are left out before the check.
        QTest::newRow("taken, with spaces") << u" deploy "_s << false << false;
        // Logto allows it, but a reader cannot tell the two apart: a warning.
        QTest::newRow("case differs") << u"Deploy"_s << true << true;
    }

    void judges()
    {
        QFETCH(QString, name);
        QFETCH(bool, ok);
        QFETCH(bool, warns);
        const auto verdict = TokenNameValidator::check(name, {u"deploy"_s});
        QCOMPARE(verdict.ok(), ok);
        QCOMPARE(!verdict.warning.isEmpty(), warns);
    }

    void duplicateSaysWhose()
    {
        QCOMPARE(TokenNameValidator::check(u"deploy"_s, {u"deploy"_s}).error,
                 u"You already have a token with this name."_s);
        QCOMPARE(TokenNameValidator::check(u"deploy"_s, {u"deploy"_s}, u"Diego Anderson"_s).error,
                 u"Diego Anderson already has a token with this name."_s);
    }
};

QTEST_GUILESS_MAIN(TestTokenNameValidator)
#include "tst_tokennamevalidator.moc"
