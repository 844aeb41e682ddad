// TokenBackend: the parts one profile's token operations work with, handed to
// the small jobs TokenService runs (rotation, recovery).
#pragma once

#include <QString>

namespace latchkey {

class LogtoClient;
class RotationJournal;
class TokenCache;

struct TokenBackend
{
    LogtoClient *client = nullptr;
    TokenCache *cache = nullptr;
    RotationJournal *journal = nullptr;
    QString profile;  // journal records belong to a profile
    QString endpoint; // cache keys are scoped by endpoint
};

} // namespace latchkey
