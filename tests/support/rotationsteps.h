// addRotationStepRows: the journal's rotation steps as QTest data rows, one "step" a
// row, for the tests that cut a rotation short after each step (the service, the
// notes that follow a rotation, latchkeyctl killed mid-way). Spelled out here rather
// than taken from RotationRecord, so that a renamed step fails these tests.
#pragma once

#include <QString>
#include <QTest>

namespace latchkey::test {

inline void addRotationStepRows()
{
    QTest::addColumn<QString>("step");
    for (const char *step :
         {"planned", "created", "cached", "old-deleted", "old-forgotten", "renamed"})
        QTest::newRow(step) << QString::fromLatin1(step);
}

} // namespace latchkey::test
