// Result<T>: a value or an ApiError (C++20 has no std::expected yet).
#pragma once

#include "net/apierror.h"

#include <utility>
#include <variant>

namespace latchkey {

// For calls that succeed without a value (delete).
using Done = std::monostate;

template<typename T> class Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    Result(ApiError error)
        : m_data(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const ApiError &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, ApiError> m_data;
};

} // namespace latchkey
