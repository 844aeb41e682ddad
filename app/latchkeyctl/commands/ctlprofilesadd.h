// CtlProfilesAdd: "latchkeyctl profiles add NAME": a connection profile — an
// administrator's, its app secret read from standard input into the keychain,
// or with --gateway a developer's (no secret: "login" signs in; the resource
// and Logto endpoint default to what the gateway's policy names). With --check the
// connection is tried first (ConnectionCheck, as the connections dialog does).
#pragma once

#include "app/latchkeyctl/ctlcommand.h"
#include "model/session/connectioncheck.h"
#include "model/settings/connectionprofile.h"
#include "net/logtoclient.h"
#include "net/secretbytes.h"

#include <memory>

namespace latchkey {

class CtlProfilesAdd : public CtlCommand
{
    Q_OBJECT
public:
    using CtlCommand::CtlCommand;
    ~CtlProfilesAdd() override;

    void run(CtlContext &context) override;

private:
    void addDeveloper(CtlContext &context);
    // Stores the profile (and an admin connection's app secret) and makes it the current one
    // when none is.
    void save(CtlContext &context, const ConnectionProfile &profile, const SecretBytes &secret);
    void store(CtlContext &context, const ConnectionProfile &profile, const SecretBytes &secret);

    std::unique_ptr<LogtoClient> m_client; // asks the gateway for its policy
    std::unique_ptr<ConnectionCheck> m_check;
};

} // namespace latchkey
