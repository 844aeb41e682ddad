#include "app/latchkeyctl/ctlcommand.h"

namespace latchkey {

CtlCommand::~CtlCommand() = default;

} // namespace latchkey
