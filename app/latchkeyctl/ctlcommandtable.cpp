#include "app/latchkeyctl/ctlcommandtable.h"

#include "app/latchkeyctl/commands/ctlbatch.h"
#include "app/latchkeyctl/commands/ctlcopy.h"
#include "app/latchkeyctl/commands/ctlcreate.h"
#include "app/latchkeyctl/commands/ctlexpire.h"
#include "app/latchkeyctl/commands/ctlinspect.h"
#include "app/latchkeyctl/commands/ctlprofilesadd.h"
#include "app/latchkeyctl/commands/ctlprofileslist.h"
#include "app/latchkeyctl/commands/ctlprofilesremove.h"
#include "app/latchkeyctl/commands/ctlrename.h"
#include "app/latchkeyctl/commands/ctlrevoke.h"
#include "app/latchkeyctl/commands/ctltokens.h"
#include "app/latchkeyctl/commands/ctlusers.h"

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
    const QStringList profileOptions{u"endpoint"_s,    u"app-id"_s,  u"api-indicator"_s,
                                     u"user"_s,        u"ca-file"_s, u"allow-plain-http"_s,
                                     u"secret-stdin"_s};
    m_entries = {
        {u"profiles add"_s, {{u"NAME"_s}, profileOptions, false, make<CtlProfilesAdd>}},
        {u"profiles list"_s, {{}, {}, false, make<CtlProfilesList>}},
        {u"profiles remove"_s, {{u"NAME"_s}, {}, false, make<CtlProfilesRemove>}},
        {u"users"_s, {{}, {u"search"_s, u"all"_s}, true, make<CtlUsers>}},
        {u"tokens"_s, {{}, {u"user"_s}, true, make<CtlTokens>}},
        {u"create"_s, {{u"NAME"_s}, {u"user"_s, u"expires"_s}, true, make<CtlCreate>}},
        {u"rename"_s, {{u"NAME"_s, u"NEWNAME"_s}, {u"user"_s}, true, make<CtlRename>}},
        {u"expire"_s, {{u"NAME"_s, u"WHEN"_s}, {u"user"_s}, true, make<CtlExpire>}},
        {u"revoke"_s, {{u"NAME"_s}, {u"user"_s, u"yes"_s}, true, make<CtlRevoke>}},
        {u"copy"_s, {{u"NAME"_s}, {u"user"_s}, true, make<CtlCopy>}},
        {u"inspect"_s,
         {{}, {u"jwks"_s, u"key"_s, u"hmac-secret-stdin"_s, u"online"_s}, false, make<CtlInspect>}},
        {u"batch"_s, {{}, {}, true, make<CtlBatch>}},
    };
}

const CtlCommandTable::Entry *CtlCommandTable::find(const QString &name) const
{
    const auto entry = m_entries.constFind(name);
    return entry == m_entries.constEnd() ? nullptr : &*entry;
}

} // namespace latchkey
