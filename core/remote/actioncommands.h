#pragma once

#include "commandcatalog.h"

#include <QList>

namespace Remote {

// The queue actions' commands (a friend of CommandCatalog, same rules: one simple command per
// line, every value typed and validated, secrets and IDs never in argv when stdin will do).
class ActionCommands
{
public:
    explicit ActionCommands(const ServerCapabilities &capabilities = {});

    enum class PostsuperOp { Delete, Hold, Release, Requeue, Expire, ExpireAndRelease };
    // postsuper -d|-h|-H|-r|-e|-f - [QUEUE…]: the IDs go on stdin, one bare ID per line (nothing
    // else on the line). queues narrow where postsuper looks (empty = its defaults). Root.
    // Refuses an empty ID list, Expire/ExpireAndRelease on Postfix < 3.5 and a missing postsuper.
    // Timeout grows with the number of IDs (60 s + 1 s per 1000).
    CatalogResult postsuper(PostsuperOp op, const QList<QueueId> &ids,
                            const QList<QueueName> &queues = {}) const;
    // Deliver now: `postqueue -i ID` for each ID, as ONE command (a constant /bin/sh loop over its
    // positional arguments — nothing spliced into the script; IDs validated). At most 500 IDs per
    // command; the caller batches. Output: one line per ID that failed. User privilege
    // (authorized_flush_users). Refused on Postfix < 2.4.
    CatalogResult deliverNow(const QList<QueueId> &ids) const;
    static QByteArray deliverScript(); // the constant script (tests compare it)
    CatalogResult flushAll() const;                 // postqueue -f
    CatalogResult flushSite(const Domain &site) const; // postqueue -s SITE ("[192.0.2.1]" allowed)

private:
    CommandCatalog m_catalog;
};

} // namespace Remote
