#include "app/latchkeyctl/ctlcommandtable.h"

#include "app/latchkeyctl/commands/ctlbatch.h"
#include "app/latchkeyctl/commands/ctlcheck.h"
#include "app/latchkeyctl/commands/ctlcopy.h"
#include "app/latchkeyctl/commands/ctlcreate.h"
#include "app/latchkeyctl/commands/ctlexchange.h"
#include "app/latchkeyctl/commands/ctlexpire.h"
#include "app/latchkeyctl/commands/ctlinspect.h"
#include "app/latchkeyctl/commands/ctllogin.h"
#include "app/latchkeyctl/commands/ctllogout.h"
#include "app/latchkeyctl/commands/ctlnote.h"
#include "app/latchkeyctl/commands/ctlprofilesadd.h"
#include "app/latchkeyctl/commands/ctlprofileslist.h"
#include "app/latchkeyctl/commands/ctlprofilesremove.h"
#include "app/latchkeyctl/commands/ctlrename.h"
#include "app/latchkeyctl/commands/ctlrevoke.h"
#include "app/latchkeyctl/commands/ctlrun.h"
#include "app/latchkeyctl/commands/ctltokens.h"
#include "app/latchkeyctl/commands/ctlusers.h"
#include "app/latchkeyctl/commands/ctlwhere.h"
#include "app/latchkeyctl/commands/ctlwhoami.h"

using namespace Qt::StringLiterals;

namespace latchkey {

namespace {
template<typename Command> CtlCommand *make(QObject *parent)
{
    return new Command(parent);
}
} // namespace

CtlCommandTable::CtlCommandTable()
{
    const QStringList profileOptions{u"endpoint"_s,      u"app-id"_s,  u"api-indicator"_s,
                                     u"user"_s,          u"ca-file"_s, u"allow-plain-http"_s,
                                     u"secret-stdin"_s,  u"gateway"_s, u"resource"_s,
                                     u"device-app-id"_s, u"check"_s};
    m_entries = {
        {u"profiles add"_s,
         {.positional = {u"NAME"_s}, .options = profileOptions, .make = make<CtlProfilesAdd>}},
        {u"profiles list"_s, {.make = make<CtlProfilesList>}},
        {u"profiles remove"_s, {.positional = {u"NAME"_s}, .make = make<CtlProfilesRemove>}},
        {u"login"_s, {.options = {u"device"_s}, .needsService = true, .make = make<CtlLogin>}},
        {u"logout"_s,
         {.options = {u"forget-cached"_s}, .needsService = true, .make = make<CtlLogout>}},
        {u"whoami"_s, {.needsService = true, .make = make<CtlWhoami>}},
        {u"users"_s,
         {.options = {u"search"_s, u"all"_s}, .needsService = true, .make = make<CtlUsers>}},
        {u"tokens"_s, {.options = {u"user"_s}, .needsService = true, .make = make<CtlTokens>}},
        {u"create"_s,
         {.positional = {u"NAME"_s},
          .options = {u"user"_s, u"expires"_s},
          .needsService = true,
          .make = make<CtlCreate>}},
        {u"rename"_s,
         {.positional = {u"NAME"_s, u"NEWNAME"_s},
          .options = {u"user"_s},
          .needsService = true,
          .make = make<CtlRename>}},
        {u"expire"_s,
         {.positional = {u"NAME"_s, u"WHEN"_s},
          .options = {u"user"_s, u"keep-old"_s},
          .needsService = true,
          .make = make<CtlExpire>}},
        {u"revoke"_s,
         {.options = {u"user"_s, u"yes"_s, u"all"_s},
          .needsService = true,
          .make = make<CtlRevoke>,
          .optional = {u"NAME"_s}}},
        {u"note"_s,
         {.positional = {u"NAME"_s},
          .options = {u"user"_s, u"clear"_s},
          .needsService = true,
          .make = make<CtlNote>,
          .optional = {u"TEXT"_s}}},
        {u"copy"_s,
         {.positional = {u"NAME"_s},
          .options = {u"user"_s},
          .needsService = true,
          .make = make<CtlCopy>}},
        {u"inspect"_s,
         {.options = {u"jwks"_s, u"key"_s, u"hmac-secret-stdin"_s, u"online"_s},
          .make = make<CtlInspect>}},
        {u"batch"_s, {.needsService = true, .make = make<CtlBatch>}},
        {u"exchange"_s,
         {.positional = {u"NAME"_s},
          .options = {u"user"_s, u"resource"_s, u"scope"_s, u"organization"_s},
          .needsService = true,
          .make = make<CtlExchange>}},
        {u"run"_s,
         {.positional = {u"NAME"_s},
          .options = {u"user"_s, u"resource"_s, u"scope"_s, u"organization"_s, u"env"_s, u"pat"_s},
          .needsService = true,
          .make = make<CtlRun>,
          .rest = u"-- COMMAND [ARGS...]"_s}},
        {u"where"_s, {.options = {u"path"_s}, .make = make<CtlWhere>, .optional = {u"NAME"_s}}},
        {u"check"_s,
         {.options = {u"user"_s, u"within"_s, u"all-users"_s},
          .needsService = true,
          .make = make<CtlCheck>}},
    };
}

const CtlCommandTable::Entry *CtlCommandTable::find(const QString &name) const
{
    const auto entry = m_entries.constFind(name);
    return entry == m_entries.constEnd() ? nullptr : &*entry;
}

} // namespace latchkey
