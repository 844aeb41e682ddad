// TokenResult<T>: a value or a TokenError, what every TokenService call hands back.
#pragma once

#include "model/operations/tokenerror.h"

#include <utility>
#include <variant>

namespace latchkey {

template<typename T> class TokenResult
{
public:
    TokenResult(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    TokenResult(TokenError error)
        : m_data(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const TokenError &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, TokenError> m_data;
};

} // namespace latchkey
