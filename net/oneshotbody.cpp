#include "net/oneshotbody.h"

#include "net/secretbytes.h"

#include <cstring>

namespace latchkey {

OneShotBody::OneShotBody(QByteArray data, QObject *parent)
    : QIODevice(parent)
    , m_data(std::move(data))
{
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

OneShotBody::~OneShotBody()
{
    SecretBytes::wipe(m_data);
}

bool OneShotBody::seek(qint64 position)
{
    if (m_consumed && position < m_data.size())
        return false;
    return QIODevice::seek(position);
}

qint64 OneShotBody::readData(char *data, qint64 maxSize)
{
    const qint64 start = pos();
    const qint64 count = qBound<qint64>(0, m_data.size() - start, maxSize);
    if (count > 0)
        std::memcpy(data, m_data.constData() + start, size_t(count));
    if (start + count >= m_data.size())
        m_consumed = true;
    return count;
}

} // namespace latchkey
