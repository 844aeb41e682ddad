// Reminder: one desktop reminder that a token expires soon or has expired.
#pragma once

#include "net/personalaccesstoken.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace latchkey {

struct Reminder
{
    QString endpoint;
    QString userId;
    PersonalAccessToken token;
    int thresholdDays = 0; // the threshold crossed; 0 = expired since the last check
    // The saved connection it is on; empty for the open one.
    QString connection;

    bool expired() const { return thresholdDays == 0; }
};

} // namespace latchkey

Q_DECLARE_METATYPE(latchkey::Reminder)
