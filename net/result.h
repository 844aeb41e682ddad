// Result<T, E>: a value or an error (C++20 has no std::expected yet). The one
// result type of the project: the wire's calls fail with an ApiError (the
// default), the token operations with a TokenError (model/operations/tokenresult.h).
#pragma once

#include "net/apierror.h"

#include <utility>
#include <variant>

namespace latchkey {

// The value of a call that succeeds without one (delete, authenticate). Nothing
// else in the project is called Done: callbacks are Completion, Callback, Ready.
using Done = std::monostate;

template<typename T, typename E = ApiError> class Result
{
public:
    using Value = T;
    using Error = E;

    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    Result(E error)
        : m_data(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const E &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, E> m_data;
};

} // namespace latchkey
