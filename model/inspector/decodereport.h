// DecodeReport: what one format decoder found (checks passed, findings, decoded fields).
#pragma once

#include "model/inspector/inspectionresult.h"

namespace latchkey {

struct DecodeReport
{
    bool ok = true; // every offline check passed
    QList<Finding> findings;
    QList<DecodedField> fields;

    void fail(QString message)
    {
        ok = false;
        findings.append({Severity::Error, std::move(message)});
    }
    void add(QString id, QString label, QString value)
    {
        fields.append({std::move(id), std::move(label), std::move(value)});
    }
};

} // namespace latchkey
