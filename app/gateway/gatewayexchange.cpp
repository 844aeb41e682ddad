#include "app/gateway/gatewayexchange.h"

namespace latchkey {

GatewayExchange::GatewayExchange(QObject *parent)
    : QObject(parent)
{
    clock.start();
}

void GatewayExchange::respond(GatewayReply reply)
{
    if (m_answered)
        return;
    m_answered = true;
    emit answered(reply);
}

} // namespace latchkey
