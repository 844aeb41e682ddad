// EvpPkeyPtr: an owning pointer to an OpenSSL EVP_PKEY.
#pragma once

#include <openssl/evp.h>

#include <memory>

namespace latchkey {

struct EvpPkeyDeleter
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
using EvpPkeyPtr = std::unique_ptr<EVP_PKEY, EvpPkeyDeleter>;

} // namespace latchkey
