<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>ActionCommand</name>
    <message>
        <source>canceled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>canceled; nothing was changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>listing the queue failed, nothing was changed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not available on this server: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no queued message matches, nothing to do</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was changed (preview only). Run again with --yes to do it.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the account %1 may not %2 on this server. %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (A sudo password goes in POSTDESK_SUDO_PASSWORD.)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refused, nothing was changed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this action needs --confirm %1 as well as --yes; nothing was changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--confirm does not match (expected %1); nothing was changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>done, but not on every message asked for (see above)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the server reported %1 where %2 were expected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing was done: every previewed message left or changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the action failed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>  expected %1, reported %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>  %n ID(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>  backup %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The audit log %1 has no records.
</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>warning: %n damaged line(s) of %1 were skipped
</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>ChangesCommand</name>
    <message>
        <source>canceled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>listing the backups failed: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>recipients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No deferred or bounced recipients: nothing is stuck for a reason.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The queue is empty: no recipient domains to show.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>other domains</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>age in minutes (qshape buckets)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The queue is empty: no ages to show.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>deliveries per bar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No deliveries in this time window.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hour (server time)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n hours per bar (server time)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>deferred</source>
        <translation>zurückgestellt</translation>
    </message>
    <message>
        <source>bounced</source>
        <translation>unzustellbar</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>No queue loads yet in this session. Each refresh (F5 or auto-refresh) adds a point.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>total</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>postdesk-cli: warning: growth unknown: %1
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>postdesk-cli: warning: not recorded in the history: %1
</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>Neither dig nor host is installed on the server, so its resolver cannot be asked (package bind9-dnsutils on Debian/Ubuntu, bind-utils on RHEL/Alma/Rocky).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>canceled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the lookup command did not finish in time (%1 s per question)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only A questions can be asked without dig or host: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsupported DNS record type: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No DNS question to ask.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 publishes a null MX ("0 ."): it does not accept mail at all (RFC 7505).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server's sending address could not be found: no smtp_bind_address, no route source and no global address%1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>egress address given in the check options: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server sends from a private address, so its public address is behind NAT and cannot be seen from the server. Enter the public sending address as the egress address in the check options (the provider or the router's status page shows it).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Checks::CommandRunner</name>
    <message>
        <source>The server connection is gone.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Checks::ContentFilterCheck</name>
    <message>
        <source>Reading the content filter settings and the listening ports…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>content_filter (main.cf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>smtpd_proxy_filter (main.cf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of the master.cf service %2/%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the queue's content-filter deferrals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asking the service manager about Amavis…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The content filter settings could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No content filter is configured, and no queued mail waits for one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>master.cf (postconf -P) sets no content_filter or smtpd_proxy_filter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>systemd knows no amavis, amavisd or amavisd-new unit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The service manager is not reachable (%1); relying on the listener and the process list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>process %1 (%2): %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No amavisd process is running.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No warnings from Amavis in the journal in the last %1 hours.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recent Amavis errors could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>configured by: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>setting: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The content filter setting "%1" could not be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check content_filter / smtpd_proxy_filter in main.cf and master.cf (postconf -n, postconf -P).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The content filter uses the transport "%1", which master.cf does not define.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add the "%1" service to master.cf (or fix the name in the filter setting), run postfix reload, then requeue the deferred mail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The content filter runs a program through the pipe transport "%1"; nothing needs to listen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The content filter "%1" has no host:port; Postdesk cannot tell where it delivers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>master.cf: %1/%2 runs %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The content filter listens on the UNIX socket %1, which this check does not test.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The content filter "%1" names no port.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postdesk could not see whether anything listens on %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Install iproute2 (ss) on the server, or check the filter by hand.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Something listens on %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The content filter %1 is not on this server's loopback; ss sees only local listeners.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ss -ltnH shows no local listener on port %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check that the filter host is up and reachable on port %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ss -ltnH shows no listener on %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amavis runs but nothing listens on %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amavis is down: nothing listens on %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amavis is down: mail waits in the queue; restart amavis (Fixes → Services) and then requeue the deferred mail (postqueue -f).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The service is active, so also check its listening port ($inet_socket_port in the Amavis configuration) against the filter setting.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing listens on %1: mail for this content filter waits in the queue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start the filter service that should listen on %1, then requeue the deferred mail (postqueue -f).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Checks::DnsCheck</name>
    <message>
        <source>No destination domain was given, so no MX/A lookups were made.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run the check for a domain (from a queue row, or postdesk-cli diagnose --domain D).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The resolver configuration could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>/etc/resolv.conf cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Without /etc/resolv.conf the server has no resolver: Postfix cannot find any MX. Restore it (or restart systemd-resolved / NetworkManager, which write it).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>/etc/resolv.conf names no name server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a nameserver line (the provider's resolver or a local caching resolver); without one no mail can be delivered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolver: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(the systemd-resolved stub: its upstream servers are in resolvectl status)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Install bind9-dnsutils (Debian/Ubuntu) or bind-utils (RHEL) on the server to ask its resolver.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the domain name and the connection, then run the check again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The domain refuses all mail: the recipient address is wrong or no longer exists. Return the mail to the sender.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the domain does not exist (NXDOMAIN).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The recipient domain is misspelled or expired: correct the address or return the mail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MX lookup for %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postfix keeps retrying until the domain's DNS is fixed (its owner must repair it). If every domain fails, the server's resolver is broken.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check that the resolver in /etc/resolv.conf answers (firewall, service down); Postfix retries meanwhile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no MX record: implicit MX %1 → %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no A record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MX %1 %2 → %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no address to deliver to: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The domain's MX hosts do not resolve: the domain owner must fix its DNS.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 (slowest answer %3 ms)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The resolver answers slowly (over 1 s): use a closer or local caching resolver.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Some MX hosts do not resolve; Postfix uses the others.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 (%3 ms)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server sends from the private address %1: its public reverse DNS cannot be checked from here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server's sending address is unknown: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receivers reject or junk mail from addresses without matching reverse DNS. Ask the provider of %1 to set its PTR record to %2 (and keep an A record of %2 pointing to %1), or set myhostname to the PTR name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the server's name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reverse DNS of %1 could not be looked up: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no reverse DNS (PTR) record; myhostname is %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The PTR of %1 is %2, but myhostname (the HELO name) is %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The PTR of %1 is %2, but %2 does not resolve back to %1 (%3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The PTR of %1 is %2 = myhostname, and it resolves back to %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Checks::LimitsCheck</name>
    <message>
        <source>Reading the retry and limit settings (postconf)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Postfix settings could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>postconf printed none of the retry and limit settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not printed by postconf: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Which values are set in main.cf is unknown: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change retry and concurrency settings with a tuning preset (Fixes → Tuning). As Postfix's TUNING_README says, fix the cause of the deferrals rather than retrying faster.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retry and limit settings look sane (queue lifetime %1, backoff %2 to %3).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>Checks::RblCheck</name>
    <message>
        <source>Not a DNSBL zone name: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Correct the blocklist list in the check options.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No blocklist (DNSBL) zone is configured.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add DNSBL zones (for example zen.spamhaus.org) in the check options.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finding the server's sending address…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server's sending address is unknown: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the server's public sending address as the egress address in the check options.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server sends from the private address %1; blocklists list public addresses.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Asking %n blocklist(s) about %1…</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>The blocklists could not be asked: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Install bind9-dnsutils (Debian/Ubuntu) or bind-utils (RHEL) on the server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sending address: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is listed on %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find and fix the cause first (a compromised mailbox or password, an infected machine or script behind this address, an open relay; the queue's top senders show who sends), then request removal %1. Removal without a fix gets relisted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>on the list's website</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The list says: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not listed on %2 (the list answers its test entry).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 refused the query: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not a listing. Query the list through a resolver of your own (a local caching resolver instead of a public one like 8.8.8.8), stay under the free query limit or use the list's registered access (Spamhaus DQS), and check the zone name for typos.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 gave no usable answer: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the zone name; some lists (Barracuda) answer only resolvers registered with them. Until the test entry answers, "not listed" cannot be trusted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The answers from %1 cannot be trusted: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use a resolver that does not rewrite answers (a local caching resolver).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 could not be asked: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the server's resolver (the dns check) and try again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Checks::RelayAuthCheck</name>
    <message>
        <source>it did not finish in time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exit status %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the relay settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not read the relay settings: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no relayhost: mail goes straight to the recipients' MX</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The relay "%1" is not valid: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>relayhost = %1 is not valid: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write relayhost as [host]:port, e.g. [smtp.example.com]:587, then postfix reload.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not list the SASL plugins: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cyrus SASL client plugins</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no password table is configured (smtp_sasl_password_maps)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set smtp_sasl_password_maps = %1:/etc/postfix/sasl_passwd.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the password table setting is not usable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The login (user %1) is written into main.cf and used for every relay.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The inline table holds no user:password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not look at the table files: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Looking up the stored login for %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>needs root (or sudo) to read the stored login</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect as root or as an account with sudo rights to test the stored login; the file checks below work without it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading the stored login needs root (or sudo)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no stored login matches the relay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postfix cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run "postmap %1" and "postfix reload".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the password table cannot be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not look up the stored login: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the stored login could not be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Testing the login at %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The login test did not complete: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not tested because %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no login is available</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Checks::ServicesCheck</name>
    <message>
        <source>Asking postfix status, postfix check and the service manager…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>systemd knows no %1 unit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The service manager is not reachable (%1); using the process list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>process %1 (%2): %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postfix is running.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>postfix status exited 0 (running).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postfix is not running: no mail is sent or received.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>postfix status exited %1 (not running).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start Postfix (Fixes → Services, or systemctl start postfix) and read the last lines of the mail log for why it stopped; postfix check shows configuration errors that keep it from starting.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>postfix status needs root; a Postfix master process is running.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>postfix status needs root, which this account does not have.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect as root or as an account with sudo rights to run postfix status and postfix check.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postdesk could not tell whether Postfix is running.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>postfix check needs root, which this account does not have.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>postfix check did not run.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect as root or as an account with sudo rights to run postfix check.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>postfix check found errors (exit status %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fix the errors postfix check names, run postfix check again, then postfix reload.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>postfix check printed %n warning(s).</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Fix what the warnings name (file permissions, unused or misspelled parameters), then postfix reload.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>postfix check found no problems.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>postfix check exited 0 without warnings on its output.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(Warnings of postfix-script itself go to the mail log when no terminal is attached.)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is running.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has failed (systemd).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restart %1 (Fixes → Services) and read its journal (journalctl -u %2) for why it failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is installed but not running.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start %1 if this server needs it (Fixes → Services); if it is not needed, disable it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not installed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No %1 process is running (without the service manager Postdesk cannot tell whether it is installed).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postdesk could not tell whether %1 runs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not a Plesk server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>/usr/local/psa/version does not exist and there is no plesk command.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plesk %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>/usr/local/psa/version: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is a Plesk server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>/usr/local/psa/version exists but this account may not read it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>plesk repair mail is available.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>plesk command: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plesk manages Postfix's configuration: prefer Plesk's tools (plesk repair mail) over editing main.cf by hand.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The plesk command was not found, so plesk repair mail is not available.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Checks::SmtpReachabilityCheck</name>
    <message>
        <source>No tool to test outbound connections exists on the server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not installed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tool: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tool: %1 (not installed: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No destination domain was given and no relayhost is configured</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pick a destination (a domain from the queue) and run the check again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a domain name: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Looking up the MX hosts of %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no MX host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no IPv4 address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The relay "%1" cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no IPv4 address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not find where to connect for %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run the DNS check for this domain: the server's resolver does not give usable MX/A answers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>The connection test to %1 did not run: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The login account may not run the test; use an account that may run bash, nc or openssl.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the SSH connection and run the check again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Checks::StartTlsCheck</name>
    <message>
        <source>No destination domain was given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pick a destination (a domain from the queue) and run the check again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>openssl is not installed on the server, so STARTTLS cannot be tested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Install the openssl package (Debian/Ubuntu and RHEL: openssl).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the TLS settings (postconf)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>postconf failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a domain name: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Looking up the MX hosts of %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not find an MX host with an address for %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no usable MX host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run the DNS check for this domain: the server's resolver does not give usable MX/A answers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The MX host %1 of %2 cannot be tested: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The STARTTLS test to %1 did not run: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the SSH connection and run the check again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> — but the TLS policy map could not be read, so a stricter entry may apply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Testing STARTTLS with %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>smtp_tls_policy_maps %1: Postdesk cannot read this map type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>smtp_tls_policy_maps %1 needs root to read (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>smtp_tls_policy_maps %1: %2 (install the postfix-lmdb or matching map package)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>smtp_tls_policy_maps %1 could not be read: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--ssh expects USER@HOST[:PORT], got "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--sudo expects auto, none, nopasswd or password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--sudo password needs the password in POSTDESK_SUDO_PASSWORD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read identity file %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--password-auth and --identity exclude each other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 takes no arguments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--body and --envelope belong to show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>show takes exactly one queue ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a valid Postfix queue ID: "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>trail takes exactly one queue ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--file belongs to trail and logstats</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--explain belongs to classify</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--since expects a time like 2026-11-23T06:00, a date, or 90m/24h/7d</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--until expects a time like 2026-11-23T06:00, a date, or 90m/24h/7d</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--by expects recipient or sender</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--top expects a number from 1 to 10000</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 reads local input; --ssh does not apply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>diagnose takes no arguments (use --domain D)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--domain, --only, --dnsbl, --egress-ip, --relay and --timeout belong to diagnose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--domain expects a domain name like example.com, got "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--only expects check names (smtp_reachability, dns, starttls, relay_auth, rbl, content_filter, services, limits), got "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--dnsbl expects zone names like zen.spamhaus.org, got "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--egress-ip expects an IPv4 or IPv6 address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--relay expects [HOST]:PORT, HOST:PORT, [HOST] or HOST</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--timeout expects seconds from 1 to 120</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--%1 does not apply to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--filter: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 takes queue IDs or --filter EXPR (one of them)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>relayhost takes one of show, set or remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>relayhost set needs --host HOST</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--host expects a host name or an IP address, got "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--tls expects starttls, wrapper or none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--port expects a number from 1 to 65535</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--user must be one line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>relayhost set --user needs the password or API key in POSTDESK_RELAY_PASSWORD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>audit takes no arguments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--format belongs to --export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--export needs a file name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--format expects jsonl or csv</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--%1 belongs to the action commands (see --help)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>flush takes no arguments (use --site SITE for one destination)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--site expects a domain or an [address] literal, got "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>changes takes no arguments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rollback takes exactly one backup ID (see changes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a backup ID (like 20261123T121314Z): "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 message</source>
        <translation>1 Nachricht</translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation>%1 Nachrichten</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  … and %1 more
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (+%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 on %3
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 on %2
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not available here: %1
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recipient domains: %1
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Senders: %1
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sample (oldest first):
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Command: %1
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning: %1
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alternatives: %1
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Left out, the action does not apply to their queue (%1):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not in the queue (%1): %2
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confirmation: this needs --yes --confirm %1
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ran: %1
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expected %1, the server reported %2
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no count</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requeued mail gets new queue IDs when pickup takes it in.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not acted on (%1):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Error: %1
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only --json and the connection options apply to %1 besides its own options</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note: %1
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup: %1 (postdesk-cli rollback %1)
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>postfix check said:
%1
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No Postdesk backups on this server.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>BACKUP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TIME (UTC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WHAT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> [rolled back]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no command given (queue, summary, show, trail, logstats, shape, diagnose, classify, hold, release, requeue, expire, delete, deliver, flush, relayhost, changes, rollback, audit, servers, check or metrics)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown command "%1" (queue, summary, show, trail, logstats, shape, diagnose, classify, hold, release, requeue, expire, delete, deliver, flush, relayhost, changes, rollback, audit, servers, check or metrics)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--ssh and --server exclude each other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--ssh USER@HOST[:PORT] or --server NAME is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 does not connect to one server; --server does not apply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: postdesk-cli --ssh USER@HOST[:PORT] [OPTIONS] COMMAND [ARGS] [--json]
       postdesk-cli --ssh USER@HOST hold|release|requeue|expire|delete|deliver ID...|--filter EXPR [--yes]
       postdesk-cli audit [--json] [--export FILE --format jsonl|csv]
       postdesk-cli classify [--explain] [--json] &lt; reasons-or-log-lines
       postdesk-cli trail ID --file LOG [--file LOG…] [--json]
       postdesk-cli logstats --file LOG [--file LOG…] [--since T] [--until T] [--json]
       postdesk-cli --server NAME|UUID [OPTIONS] COMMAND [ARGS]      (a saved server profile)
       postdesk-cli servers [--json] | export FILE | import FILE | import-ssh-config [FILE]
       postdesk-cli check --server NAME|--ssh TARGET [--warn N --crit N …]
       postdesk-cli metrics --server NAME|--all|--ssh TARGET [--output FILE]

Reads the Postfix mail queue and mail log of a server over SSH, and explains why mail is stuck.

Commands:
  queue                 list every queued message. Human table; with --json one JSON object
                        per line (JSON Lines): queue_id, queue_name, arrival_time (Unix epoch),
                        message_size, sender, forced_expire, recipients [{address,
                        orig_address?, delay_reason?, bounce_reason?, class?}] — class is the
                        reason's class (see classify). Written as it streams.
  summary               messages per queue, total, total size and the oldest message's age
                        (--json: one object).
  show ID               a queued message as plain text: headers; --envelope adds the envelope
                        records, --body the body (capped at 20 MB). --json: one object with
                        queue_id, queue_path, envelope, headers, body, body_truncated.
  trail ID              every mail-log line of a message in order, following the IDs it
                        continues under (requeue orig_id=, content filter "queued as", its
                        bounce). The server greps its logs; only matching lines travel.
  logstats              delivery statistics of a time window (--since/--until: 2026-11-23T06:00,
                        a date, or 90m/24h/7d ago): sent/deferred/bounced/rejected per hour, top
                        senders, top deferred domains, reasons by class.
  shape                 qshape-style matrix: recipient domains (--by sender: sender domains) ×
                        age buckets, plus the top senders in the queue; computed from the queue
                        listing, no root needed.
  diagnose              runs checks ON the server and explains each result: smtp_reachability
                        (TCP to port 25 of the destination's MX hosts), dns (resolver, MX/A
                        answers and timing, own PTR vs myhostname), starttls (handshake,
                        chain, expiry, name, the domain's TLS policy), relay_auth (SASL login to
                        the relayhost with the stored credentials; sasl_passwd), rbl (the
                        egress IP on DNS blocklists), content_filter (Amavis listening),
                        services (postfix status/check, amavis, dovecot, Plesk) and limits
                        (lifetimes, backoff, concurrency). Without --domain the most deferred
                        recipient domains of the queue are checked. Options:
                          --domain D         destination domain (repeat or comma-separate)
                          --only CHECK,...   run only these checks
                          --dnsbl ZONE,...   blocklists to ask (default zen.spamhaus.org,
                                             bl.spamcop.net, b.barracudacentral.org)
                          --egress-ip ADDR   the server's public sending address (behind NAT)
                          --relay [H]:PORT   test this relay instead of relayhost
                          --timeout S        per-connection timeout (default 5)
                        Text blocks, or --json: one object per result per line: check, target,
                        verdict (ok/warning/failed/unknown), summary, evidence, command,
                        commands, advice. Exit 1 when a check failed.
  classify              reads reason texts or whole log lines on stdin (postqueue delay reasons,
                        mailq reason lines, "delay_reason" members, syslog/RFC 3339/docker log
                        lines) and prints one class per input line, in input order: network,
                        dns, tls, auth_relay, throttling, mailbox_full, recipient_unknown,
                        content_filter, config, policy_block, other. An empty or unrecognised
                        line prints "other", so output line N always answers input line N.
                        --explain prints "class&lt;TAB&gt;rule id&lt;TAB&gt;rule text". Streams any
                        amount of input; CRLF and invalid UTF-8 are accepted. Needs no server.
                        --json: one object per line, {class, rule, reason} (+ rule_text with
                        --explain).

Many servers (profiles of the desktop app, or of --settings FILE):
  servers [list] [--json]
                        the saved server profiles: name, group, target (user@host:port, jump
                        host), poll interval, id. --json: the export document below.
  servers export FILE   the profiles as JSON ({"format":"postdesk-servers","version":1,
                        "servers":[…]}) to share with a team; never a password or passphrase.
                        FILE "-" is stdout.
  servers import FILE   merges such a file: the same id replaces a profile, the same name with
                        another id is added as NAME (imported); invalid entries and secret
                        members are reported and skipped. FILE "-" is stdin.
  servers import-ssh-config [FILE]
                        the concrete hosts of ~/.ssh/config (or FILE) as profiles: HostName,
                        Port, User, IdentityFile, ProxyJump (first hop), UserKnownHostsFile;
                        Host * defaults and Include are followed, Match blocks are skipped,
                        ProxyCommand is reported. Names already saved are skipped.
  check                 Nagios/Icinga plugin for one server (--server or --ssh): one line
                        "POSTDESK OK|WARNING|CRITICAL|UNKNOWN - …" with perfdata; exit 0 OK,
                        1 WARNING, 2 CRITICAL, 3 UNKNOWN (also: unreachable). Thresholds are the
                        profile's (or the defaults), overridden by:
                          --warn N --crit N            deferred messages
                          --growth-warn N --growth-crit N   queue growth within the window
                          --growth-window MIN          the growth window in minutes
                          --age-warn H --age-crit H    age of the oldest message, hours
                          --sender-warn P --sender-crit P   one sender's share, percent
                          --sender-min N               the share counts from N messages on
                          --history FILE | --no-history   where the growth history is kept
                                                       (default: the desktop app's history)
  metrics               Prometheus text exposition for --server NAME, --ssh TARGET or --all
                        saved profiles (--concurrency N polls at once, default 8).
                        --output FILE writes FILE atomically (node_exporter textfile
                        collector). Exit 0 even when some server is down (postdesk_up 0),
                        3 when none could be polled.

Changing the server (preview first; nothing changes without --yes):
  hold|release|requeue|expire|delete|deliver ID... | --filter EXPR
                        lists the queue, selects the messages (IDs not in the queue are
                        reported), and prints the preview: count, recipient domains, senders, a
                        sample, the exact command, warnings and safer alternatives. With --yes
                        it runs: the queue is listed again right before, messages whose ID now
                        names another message (Postfix reuses IDs) or that left are dropped and
                        reported, IDs go to postsuper on stdin, and the count postsuper reports
                        is compared. hold/release/requeue/expire/delete need root (or sudo);
                        expire needs Postfix 3.5 (held mail is expired with -f). deliver runs
                        postqueue -i in batches. Requeued mail gets new queue IDs.
                        --filter terms (all must match; repeat a key for OR):
                          queue=deferred|hold|active|incoming|maildrop  sender=ADDR
                          sender-domain=D  recipient=ADDR  domain=D  class=KEY  reason~TEXT
                          age&gt;30m|2h|3d  age&lt;…  id=ID   (values may be "double quoted")
                        Deleting or expiring 1000+ messages or a whole queue also needs
                        --confirm HOST (the host exactly as given to --ssh).
  flush [--site SITE]   postqueue -f (all deferred mail now), or -s SITE for one destination
                        (works only for fast-flush domains: $fast_flush_domains, by default
                        $relay_domains). Warns when retrying cannot fix the main deferral class.
  relayhost show        relayhost, SASL and TLS parameters (never a secret)
  relayhost set --host H [--port P] [--tls starttls|wrapper|none] [--user U] [--test]
                        send all mail through a relay: relayhost [H]:P, SASL with the password
                        or API key from POSTDESK_RELAY_PASSWORD (written to sasl_passwd 0600 on
                        sudo's/the command's stdin only, never in argv), TLS required. --port
                        defaults to 587 (starttls), 465 (wrapper), 25 (none). --test checks the
                        login before (a refused login stops --yes) and after.
  relayhost remove [--keep-sasl]
                        back to direct delivery (relayhost empty, its sasl_passwd entry removed;
                        --keep-sasl keeps smtp_sasl_auth_enable for other transports).
                        Every change: diff → backup of main.cf and the maps on the server →
                        postconf -e → postfix check → reload → verify; any failure restores the
                        backup and reloads (exit 6).
  changes               Postdesk's configuration backups on the server, newest first
  rollback BACKUP       restore a backup (byte for byte; the current state is backed up first)
  audit [--export FILE [--format jsonl|csv]]
                        the local audit log of every action and change (no --ssh):
                        $POSTDESK_AUDIT_LOG, else ~/.local/share/Postdesk/audit.jsonl (shared with
                        the desktop app).
                        --json: JSON Lines (time, server, host, account, client, action,
                        arguments, ids, expected, reported, result, detail, backup).
  --yes                 really do it (without it: preview only, exit 0)
  --confirm TOKEN       the second confirmation a large delete/expire asks for
  --json                the preview and the result as one JSON object per line

Options of the commands:
  --json                machine-readable output
  --file PATH           trail/logstats: read this local log file (plain, .gz) instead of a
                        server's log; repeat for rotated files. No --ssh then.
  --top N               length of the top lists (default 20)

Connection:
  --ssh USER@HOST[:PORT]  the server (port 22 by default; IPv6 as USER@[ADDR]:PORT)
  --server NAME|UUID      a saved profile instead of --ssh: host, port, user, key, jump host,
                          sudo mode, known_hosts and log file as saved. Secrets from the
                          environment first, then from the keychain where Postdesk saved them.
  --settings FILE         profiles from this INI file instead of the desktop app's settings
  --identity FILE         private key file (a passphrase comes from POSTDESK_PASSPHRASE)
  --password-auth         authenticate with the password in POSTDESK_PASSWORD
  --known-hosts FILE      OpenSSH known_hosts to check the host key against
                          (default ~/.ssh/known_hosts)
  --accept-new-host-key   trust and record a host key that is not yet known. A CHANGED host
                          key is always refused.
  --sudo MODE             auto (default: sudo -n if allowed, else with POSTDESK_SUDO_PASSWORD
                          when set), none, nopasswd, password (needs POSTDESK_SUDO_PASSWORD).
                          Reading messages (show) needs root, the mail owner or sudo.
A profile with a jump host (ProxyJump) connects through the OpenSSH client (ssh -W), which
must be installed; the jump host's key is checked against the same known_hosts, strictly.
Without --identity or --password-auth: the SSH agent if SSH_AUTH_SOCK is set, else
POSTDESK_PASSWORD if set, else ~/.ssh/id_ed25519, id_ecdsa or id_rsa.

Secrets are read only from the environment, never from the command line:
  POSTDESK_PASSWORD        SSH password
  POSTDESK_PASSPHRASE      passphrase of the key file
  POSTDESK_SUDO_PASSWORD   sudo password on the server (sent on sudo's stdin)
  POSTDESK_RELAY_PASSWORD  relayhost set: the relay's password or API key

Exit status:
  0  success
  1  diagnose: at least one check failed; relayhost set --test: applied, but the login
     check afterwards failed
  2  usage error (bad arguments, invalid queue ID); nothing was contacted
  3  connection failure: unreachable, unknown or changed host key, authentication failed
     (check: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN as Nagios expects)
  4  remote failure: permission denied or refused for this account, Postfix missing or
     down, message no longer queued; an action that failed before changing anything
  5  action incomplete: the server reported a different count, previewed messages were
     dropped (ID reused or message gone), IDs were not in the queue, or nothing was left
  6  configuration change failed and was rolled back: the server is as before
  7  configuration change failed AND restoring the backup failed: the server needs a human
  130/143  interrupted by SIGINT/SIGTERM (the remote command is canceled)
Every failure is reported as one line on stderr. Diagnostics of the SSH layer:
QT_LOGGING_RULES="postdesk.*=true".
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no saved server called '%1' (postdesk-cli servers lists them)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 servers are called '%2': use the id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--%1 expects a whole number from %2 to %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--history and --no-history exclude each other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--history expects a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--%1 belongs to metrics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--output expects a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--concurrency expects a number from 1 to 64</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--concurrency belongs to metrics --all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--all and --server exclude each other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--%1 belongs to check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>servers list takes no arguments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>servers %1 takes exactly one FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>servers import-ssh-config takes at most one FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown servers command "%1" (list, export, import or import-ssh-config)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>servers works on the saved profiles; --server does not apply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the saved server "%1" is this computer; postdesk-cli reaches servers over SSH only</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>interrupted by %1; the remote command was canceled</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CliSession</name>
    <message>
        <source>host key of %1 is not known: %2 key %3. Check it with the server's administrator, then rerun with --accept-new-host-key (or add it to --known-hosts).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WARNING: THE HOST KEY OF %1 HAS CHANGED (now %2 %3, known_hosts %4 says otherwise). Someone may be intercepting the connection. Refusing to connect.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the server asks for a password: set POSTDESK_PASSWORD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the key file is protected: set POSTDESK_PASSPHRASE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WARNING: THE HOST KEY HAS CHANGED. %1 Refusing to connect.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>connection failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the profile uses sudo with a password, but none is saved in the keychain: set POSTDESK_SUDO_PASSWORD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the sudo password could not be read from the keychain (%1): set POSTDESK_SUDO_PASSWORD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the server asks for a password: set POSTDESK_PASSWORD or save it in Postdesk (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the key file is protected: set POSTDESK_PASSPHRASE or save it in Postdesk (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the keychain has none for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>keychain: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>queue entry without "queue_id" skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>queue entry with an invalid queue ID skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected text after the object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an integer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid value in "recipients"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a member of "recipients" is not an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid value in a recipient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a member name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected ':' after a member name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unterminated string</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid \u escape in a string</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid escape in a string</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>number out of range</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid literal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nested too deeply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected ',' or '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>member "%1" is not %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected text after the message: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>postcat printed more than one message; only the first is shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unreadable envelope record: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>header continuation without a header: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unreadable header line: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the output ends inside the message; it may be truncated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>postcat printed nothing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unreadable queue entry: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unrecognised line: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line outside a queue entry: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot place the arrival time of %1 in a year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the listing announces %1 messages but %2 were read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the listing has no summary line; it may be incomplete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the output holds no queue listing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The queue ID is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a Postfix queue ID.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a queue name (maildrop, incoming, active, deferred, hold).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a valid domain name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The domain is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An address literal is not allowed here: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a valid e-mail address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>probe server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The path of %1 on the server looks wrong: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An argument contains a NUL byte.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postfix version (postconf -h mail_version)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list queue (postqueue -j)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list queue (postqueue -p)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose at least one part of the message to show.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>show message %1 (postcat %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>check sudo (sudo -n true)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list sudo rights (sudo -n -l)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mail owner "%1" reported by the server is not a plain user name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sudo password cannot contain a line break.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>the command was killed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not start /bin/sh: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>timed out after %1 s</source>
        <translation>Zeitüberschreitung nach %1 s</translation>
    </message>
    <message>
        <source>output exceeded %1 MB</source>
        <translation>Ausgabe größer als %1 MB</translation>
    </message>
    <message>
        <source>Checking the server failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This account can list the queue but cannot read message contents: it is not root and has no sudo rights.</source>
        <translation>Dieses Konto kann die Warteschlange auflisten, aber keine Nachrichteninhalte lesen: Es ist nicht root und hat keine sudo-Rechte.</translation>
    </message>
    <message>
        <source>This account cannot change the queue or the Postfix configuration: it is not root and has no sudo rights.</source>
        <translation>Dieses Konto kann weder die Warteschlange noch die Postfix-Konfiguration ändern: Es ist nicht root und hat keine sudo-Rechte.</translation>
    </message>
    <message>
        <source>sudo on this server needs a password: enter the sudo password for %1.</source>
        <translation>sudo braucht auf diesem Server ein Passwort: Geben Sie das sudo-Passwort für %1 ein.</translation>
    </message>
    <message>
        <source>The account %1 may not use sudo on this server (it is not in the sudoers file).</source>
        <translation>Das Konto %1 darf auf diesem Server sudo nicht verwenden (es steht nicht in der sudoers-Datei).</translation>
    </message>
    <message>
        <source>sudo asks for a password for %1: enter the sudo password for this server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sudo did not accept the password for %1.</source>
        <translation>sudo hat das Passwort für %1 nicht angenommen.</translation>
    </message>
    <message>
        <source>The sudo rules on this server do not allow %1 to run this command (%2).</source>
        <translation>Die sudo-Regeln dieses Servers erlauben %1 diesen Befehl nicht (%2).</translation>
    </message>
    <message>
        <source>could not create a channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the server refused a new channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the server refused to run the command</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not send input</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading the output failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the command was killed by signal %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the command ended without an exit status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>libssh could not create a session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 did not answer within %2 s.</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet.</translation>
    </message>
    <message>
        <source>connection to %1 lost</source>
        <translation>Verbindung zu %1 unterbrochen</translation>
    </message>
    <message>
        <source>not connected: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The host key of %1 was not accepted; not connected.</source>
        <translation>Der Hostschlüssel von %1 wurde nicht angenommen; keine Verbindung.</translation>
    </message>
    <message>
        <source>Login to %1 canceled.</source>
        <translation>Anmeldung bei %1 abgebrochen.</translation>
    </message>
    <message>
        <source>not connected to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 did not answer in time (%2).</source>
        <translation>%1 hat nicht rechtzeitig geantwortet (%2).</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>SSH handshake with %1 failed: %2</source>
        <translation>SSH-Verbindungsaufbau mit %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 sent no host key: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WARNING: the host key of %1 has CHANGED. known_hosts (%2) has %3, but the server now presents %4 %5. Someone may be intercepting the connection, or the server was reinstalled. Postdesk will not connect. If the change is expected, remove the old entry from %2 and connect again.</source>
        <translation>WARNUNG: Der Hostschlüssel von %1 hat sich GEÄNDERT. known_hosts (%2) enthält %3, aber der Server zeigt jetzt %4 %5. Jemand könnte die Verbindung abfangen, oder der Server wurde neu installiert. Postdesk verbindet sich nicht. Ist die Änderung erwartet, entfernen Sie den alten Eintrag aus %2 und verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <source>another key</source>
        <translation>ein anderer Schlüssel</translation>
    </message>
    <message>
        <source>Cannot check the host key of %1 against %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot save the host key to %1: %2</source>
        <translation>Der Hostschlüssel kann nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>%1 does not accept this login method; the server offers only: %2.</source>
        <translation>%1 akzeptiert diese Anmeldemethode nicht; der Server bietet nur: %2.</translation>
    </message>
    <message>
        <source>No ssh-agent is running (SSH_AUTH_SOCK is not set).</source>
        <translation>Es läuft kein ssh-agent (SSH_AUTH_SOCK ist nicht gesetzt).</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Passwort für %1</translation>
    </message>
    <message>
        <source>Cannot read the key file %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passphrase for the key %1</source>
        <translation>Passphrase für den Schlüssel %1</translation>
    </message>
    <message>
        <source>Wrong passphrase for the key %1. Try again:</source>
        <translation>Falsche Passphrase für den Schlüssel %1. Erneut versuchen:</translation>
    </message>
    <message>
        <source>The key file %1 is not a private key libssh can read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrong passphrase for the key %1 (3 attempts).</source>
        <translation>Falsche Passphrase für den Schlüssel %1 (3 Versuche).</translation>
    </message>
    <message>
        <source>Key refused: %1 accepted none of the keys in the ssh-agent.</source>
        <translation>Schlüssel abgelehnt: %1 hat keinen der Schlüssel im ssh-agent angenommen.</translation>
    </message>
    <message>
        <source>Key refused: %1 does not accept the key %2.</source>
        <translation>Schlüssel abgelehnt: %1 akzeptiert den Schlüssel %2 nicht.</translation>
    </message>
    <message>
        <source>Wrong password for %1.</source>
        <translation>Falsches Passwort für %1.</translation>
    </message>
    <message>
        <source>%1 keeps asking questions Postdesk cannot answer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 wants a second login method as well (%2); Postdesk does not support that.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 closed the connection during login: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Login to %1 failed: %2</source>
        <translation>Anmeldung bei %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The account %1 may not use sudo on this server.</source>
        <translation>Das Konto %1 darf auf diesem Server sudo nicht verwenden.</translation>
    </message>
    <message>
        <source>Damaged Postfix log line: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a "name = value" line: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not an "ID TIME" line: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a queue ID: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a file time: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>queue ID %1 listed twice; the later time is used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No Postfix parameter was named.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a Postfix parameter name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read settings (postconf %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The queue directory reported by the server looks wrong: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read next retry times (find deferred -printf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>locate the mail log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No queue ID to search for.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The log file path reported by the server looks wrong: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is xz-compressed and the server has no xzgrep.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>search the mail log for %1 (%2 %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read delivery lines of the mail log (%1 %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read the mail journal (journalctl SYSLOG_FACILITY=2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: permission denied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: cannot run %2 to decompress it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 failed: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a valid Postfix queue ID.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>damaged log line in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exit code %1 and no message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the script stopped after connecting (exit %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no answer within the time limit (openssl cannot tell a blocked connect from a missing greeting)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 answers: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 accepts the connection but refuses service for now: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The destination is overloaded or limits this server; Postfix keeps retrying. If it lasts, send the greeting text to the destination's postmaster.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 refuses this server in its greeting: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A 5xx greeting usually means this server's address is blocked there (run the RBL check). Send the greeting text to the destination's postmaster.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 accepts connections (it speaks TLS from the first byte)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 accepts the connection but does not answer like a mail server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Something other than SMTP answers on that port (a proxy, a captive portal or a wrong service). Compare the evidence with a normal "220" greeting.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 accepts the connection but closes it without a greeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 accepts the connection but sends no greeting within %2 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The destination is overloaded or delays its greeting on purpose (tarpitting), or a firewall or proxy in between holds the connection. Postfix waits smtp_helo_timeout before it gives up; if other MX hosts answer, mail goes there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 accepts connections (%2 cannot show the greeting)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 refuses the connection (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing accepts mail there right now: the destination's mail server is down, or a firewall (theirs or this server's) rejects the connection. Postfix retries; if it lasts and every MX refuses, contact the destination.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The relay does not accept connections on this port: check the relayhost port (587 submission, 465 TLS) and that this server is allowed to connect.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 does not answer: the connection timed out after %2 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is the typical sign of a provider or firewall blocking outbound port 25. Ask the provider to open port 25, or configure a relayhost on port 587 (Fixes → Relayhost). If only this destination times out, it is down or filters this server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The relay does not answer on this port: a firewall blocks it or the relay is down. Check the relayhost and the outbound firewall rules.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be reached from this server (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server has no route to that address: check its network configuration (default route; an IPv6 address without IPv6 connectivity).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection test to %1 with %2 failed: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>See the evidence for what the tool printed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No relay was given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The relay name is too long.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" contains spaces or characters a relay name cannot have.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" has "[" without "]".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1": only ":port" may follow "]".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" has "]" without "[".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1": an IPv6 relay must be written as [ipv6:ADDRESS].</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a valid port.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" names no host.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a valid IPv6 address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a valid host.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a valid IPv4 address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a valid host name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>smtp_sasl_auth_enable = no: Postfix never logs in to the relay.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set smtp_sasl_auth_enable = yes (Fixes → Relayhost) unless the relay accepts this server without a login.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>smtp_sasl_password_maps is empty: Postfix has no login to send.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set smtp_sasl_password_maps = %1:/etc/postfix/sasl_passwd and create that file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The relay uses port 465 (TLS from the first byte) but smtp_tls_wrappermode = no: Postfix waits for a greeting that never comes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set smtp_tls_wrappermode = yes and smtp_tls_security_level = encrypt (Postfix 3.0 or later), or use the relay's port 587.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>smtp_tls_wrappermode = yes but the relay port is %1: Postfix starts TLS at once where the relay expects plain SMTP and STARTTLS.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set smtp_tls_wrappermode = no for port 587/25, or use port 465.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>smtp_tls_security_level = %1: Postfix will not use TLS with the relay, and relays accept logins only over TLS.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set smtp_tls_security_level = encrypt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 = %2 forbids PLAIN and LOGIN: the log says "no mechanism available".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set smtp_sasl_tls_security_options = noanonymous (and keep TLS on) so PLAIN/LOGIN go only through TLS.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>smtp_sasl_mechanism_filter = %1 excludes every mechanism the relay offers (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Empty smtp_sasl_mechanism_filter or add one of the offered mechanisms.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The relay login is written into main.cf (static:), which every local user can read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move it to /etc/postfix/sasl_passwd (mode 0600, root) and point smtp_sasl_password_maps there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The SASL and TLS settings for %1 are consistent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A table has no type: write it as TYPE:PATH (postconf -h default_database_type names the type).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The %1: table's path is not a plain absolute path.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create %1 with a line "[relay]:port user:password" (same form as relayhost), chmod 600 it, run "%2" and "postfix reload".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was built as another table type (%2), but smtp_sasl_password_maps says %3:.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run "postmap %1" (the type of postconf -h default_database_type), or change smtp_sasl_password_maps to the type that was built.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 exists but %2 was never built.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run "%1" and "postfix reload".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 exists, is root-only and up to date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is mode %2 (others can read the login): chmod 600 %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 belongs to %2, not root: chown root:root %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was changed after %2 was built: run "%3"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is root-only; its source %2 was removed (Postfix reads only the index).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The entry "%1" in %2 is not in the form user:password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write it as "%1 user:password", then run postmap and postfix reload.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 holds a login for %2 (user %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has the key "%2", which Postfix finds only when the relay's MX host has that same name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use the key "%1" (the same form as relayhost), then run postmap.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>key "%1" found (value hidden)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key form does not match relayhost: %1 has "%2" but relayhost is "%3", so Postfix sends no login.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change the key to "%1" (brackets and port exactly as in relayhost), run postmap and postfix reload.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no login for %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add "%1 user:password" to the file, run postmap and postfix reload.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sender-dependent logins are on: senders' own keys may still match.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>key "%1" not found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>plugin folders: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>plugins: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Install libsasl2-modules (Debian/Ubuntu) or cyrus-sasl-plain (RHEL/Alma/Rocky), then run "postfix reload".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Cyrus SASL PLAIN and LOGIN plugins are missing: Postfix logs "no mechanism available" and cannot log in to the relay.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Cyrus SASL %1 plugin is installed (%2 is missing).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Cyrus SASL PLAIN and LOGIN plugins are installed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The relay %1 accepted the login (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The relay rejected the user name or password: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the user name and password with the relay's provider (some need an app password or SMTP AUTH enabled for the mailbox), correct sasl_passwd, run postmap and postfix reload, then postqueue -f.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The relay refused the login for now: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A temporary refusal (4xx) is the relay's problem or a rate limit: try again later or ask the relay's provider.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The relay offers no login mechanism on this connection (no AUTH in its EHLO reply).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use the relay's submission port (587 with STARTTLS, or 465 with smtp_tls_wrappermode = yes); on port 25 most relays accept no login. Ask the provider whether this account may send through it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The relay offers only AUTH %1; Postdesk tests PLAIN and LOGIN.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postfix can use these mechanisms only with the matching Cyrus SASL plugins installed (libsasl2-modules on Debian, cyrus-sasl-md5 / cyrus-sasl-scram on RHEL).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The relay offers AUTH %1; the login itself was not tested.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be reached from the server: its name does not resolve.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the relay's name in relayhost (the DNS check shows the server's resolver).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 does not offer STARTTLS, so the login cannot be protected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use the relay's submission port 587 (STARTTLS) or 465 (set smtp_tls_wrappermode = yes).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The TLS handshake with %1 failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Port 465 needs smtp_tls_wrappermode = yes, port 587 needs it off (STARTTLS). "wrong version number" means the two sides disagree about that.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The relay refused the session: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The relay does not accept this server (blocked address or wrong host name): ask its provider.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 closed the connection without a usable answer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run the check again; if it repeats, look at the relay's answer in the evidence.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a self-signed certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a certificate whose chain ends in a CA Postfix does not trust</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a certificate from a CA Postfix does not trust</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an expired certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a certificate that is not valid yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a certificate that does not verify (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no verification result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The level comes from smtp_tls_security_level; change it with care (it applies to every destination).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If the entry "%1" in %2 is outdated or wrong (a classic cause), change it, run postmap on the map when it is a hash/lmdb file, then postfix reload.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>certificate names: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>certificate valid until: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 did not finish the STARTTLS test in time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run the outbound SMTP check: the MX may not greet, or the handshake stalls.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postfix demands TLS for %1 (%2) but %3 does not offer STARTTLS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postfix demands TLS for %1 (%2) but the TLS handshake with %3 fails (%4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mail to %1 stays deferred ("TLS is required, but was not offered"). Ask the destination to enable STARTTLS. </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mail to %1 stays deferred ("Cannot start TLS: handshake failure"). Compare the protocols/ciphers both sides allow. </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 does not offer STARTTLS: Postfix sends mail for %2 unencrypted (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The TLS handshake with %1 fails (%2): Postfix retries without TLS (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delivery is not blocked by this. If the mail must be encrypted, ask the destination to fix STARTTLS.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 uses dane-only for %2: Postdesk does not check TLSA records yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the TLSA records of %1 with DNSSEC (dig +dnssec TLSA _25._tcp.%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 presents the certificate pinned by %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postfix pins a certificate fingerprint for %1 (%2) but %3 presents a different one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The destination changed its certificate. Update the match= fingerprint (%1 digest). </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postfix demands a verified certificate (%1) but %2 presents %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mail to %1 stays deferred ("Server certificate not verified"). </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postfix has no CA certificates configured (smtp_tls_CAfile and smtp_tls_CApath are empty), so it cannot verify any certificate: set smtp_tls_CAfile = /etc/ssl/certs/ca-certificates.crt. </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Either the destination fixes its certificate, or trust its CA in smtp_tls_CAfile, or use "encrypt" (TLS without verification) for it. </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postfix demands a certificate for %1 matching %2 (%3) but %4 presents one for %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mail to %1 stays deferred ("Server certificate not verified"). Ask the destination for a certificate with the right name, or adjust match= in the policy entry. </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: STARTTLS %2, %3, certificate verified, name matches (%4; %5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the certificate has expired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it presents %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its certificate names (%1) match neither %2 nor %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: STARTTLS %2, %3, certificate verified (%4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 offers STARTTLS (%2) but %3; Postfix still delivers (%4 does not verify certificates)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delivery to %1 is not blocked by this. Tell the destination's postmaster; do not raise the policy for %1 to verify/secure until they fix it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The TLS policy for %1 is invalid: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postfix defers all mail for %1 while the policy is invalid ("TLS policy lookup error"). </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not connect to %1 for the STARTTLS test (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>See the outbound SMTP check for this host.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postfix does not use TLS for %1 (%2); %3 offers STARTTLS (%4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postfix does not use TLS for %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The certificate of %1 expires in %n day(s) (%2)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Mail to %1 will stay deferred once it expires (policy demands verification): tell the destination now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tell the destination's postmaster; delivery will go on (the policy does not verify).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>policy %1 in smtp_tls_policy_maps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>smtp_tls_security_level = %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>smtp_tls_security_level has the unknown value "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the entry for %1 has no security level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a TLS security level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a name=value attribute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not an IP address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a TCP port.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not installed on the server (Debian/Ubuntu package %2, RHEL package %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read the relay settings (postconf -x)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No file to look at.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The path "%1" is not a plain absolute path.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>look at the password table files (stat)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postdesk does not read %1: tables.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The table path is not a plain absolute path.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a relay key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No key to look up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>look up the stored relay login (postmap -q - %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list the Cyrus SASL client plugins (find sasl2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The relay login has an unexpected form.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>test the relay login (openssl s_client %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ss is not installed on the server (package iproute2 on Debian/Ubuntu, iproute on RHEL).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not installed on the server (package systemd): the server does not run systemd.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ps is not installed on the server (package procps on Debian/Ubuntu, procps-ng on RHEL).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cat is not installed on the server (package coreutils).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not installed on the server (package postfix).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not installed on the server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was canceled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 could not run.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 exited with status %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 exited with status %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>all Postfix parameters (postconf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>parameters set in main.cf (postconf -n)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>content filter settings (postconf content_filter smtpd_proxy_filter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>master.cf service overrides (postconf -P)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>master.cf services (postconf -M)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>listening TCP ports (ss -ltnH)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown service unit: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No service unit to ask about.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>service states (systemctl show %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recent warnings of %1 (journalctl)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>process list (ps)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is Postfix running (postfix status)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postfix configuration check (postfix check)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plesk version file (cat /usr/local/psa/version)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No tool to test a TCP connection exists on the server (bash with timeout, nc or openssl). Install netcat-openbsd (Debian/Ubuntu) or nmap-ncat (RHEL), or coreutils and bash.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>timeout is not installed on the server (package coreutils).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>connect to %1 (bash /dev/tcp)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nc is not installed on the server (package netcat-openbsd or nmap-ncat).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>connect to %1 (nc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>connect to %1 (openssl s_client)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>openssl is not installed on the server (package openssl), so STARTTLS cannot be tested.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An address literal cannot be used as the TLS server name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The path %1 in the Postfix settings is not a plain path; Postdesk does not pass it on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>STARTTLS to %1 (openssl s_client)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read TLS settings (postconf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OpenSSL version (openssl version)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postdesk looks up policies only in file maps (texthash:, hash:, lmdb:, btree:, cdb:) with a plain path; %1 is not one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>postmap is not installed on the server (package postfix).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An address literal has no TLS policy entry of its own.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLS policy of %1 (postmap -q)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sudo asks for a password; Postdesk sends the stored password. Its rules could not be listed, so each action finds out when it runs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sudo works without a password; its rules could not be listed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sudo lists no command this account may run as root.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sudo allows only: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As the mail owner this account reads messages but cannot act on the queue or change the configuration: that needs root.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sudo says this account may not run sudo.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server profile is set not to use sudo.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sudo asks for a password: store the sudo password in the server profile to act on the queue (if this account has sudo rights at all).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sudo does not work without a password here; if this account may use sudo with a password, provide it to act on the queue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sudo allows some commands without a password, but not `sudo -n true`: set the profile's sudo mode to "without password" to use them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list the queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>flush</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read messages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>act on the queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>change the configuration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>restart services</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>root</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the mail owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sudo without a password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sudo with a password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sudo needs a password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>without sudo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: can do everything Postdesk offers (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cannot %2 (%3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: can %2; cannot %3 (%4).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Most of this mail (%1%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The largest part of this mail (%1%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is deferred because the receiving servers limit how fast they accept mail. Retrying it all at once makes that worse; Postfix retries it on its own.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is deferred for one reason: %2. Retrying will fail the same way until that is fixed, and flushing undeliverable mail again and again slows down the delivery of all other mail (Postfix TUNING_README). Fix the cause first: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Held mail does not expire: it stays on the server until it is released or deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Released messages return to the deferred queue and are retried at the next queue run; mail held for a long time may expire right away.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requeued messages get new queue IDs when Postfix picks them up again (usually within a minute); address rewriting and the content filter run again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The senders get a delivery failure notice at the next delivery attempt. This cannot be undone once the notice is sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Held messages are released as well (postsuper -f), so that they are returned now instead of staying on hold.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted mail is gone for good: neither sender nor recipient is told.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>postqueue -s works only for destinations eligible for fast flush (fast_flush_domains, by default the relay domains). For any other destination Postfix refuses with "Flush service is not configured"; use "Deliver now" on that destination's messages instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Force-expire (returning mail to its senders) would need Postfix 3.5 or later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is in the %2 queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Left out: %1 in a queue this action does not apply to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No audit log file is configured.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not open the audit log %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not write to the audit log %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The audit log %1 took only part of the record (disk full?).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not flush the audit log %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not read the audit log %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>removed: back to the default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Applied and verified. Backup %1 can undo it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The change failed and was undone: the backup %1 was restored and Postfix reloaded. Reason: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ATTENTION: the change failed AND restoring the backup %1 failed. The server's Postfix configuration needs a person now. Reason: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Canceled; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Canceled; the backup %1 was restored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>removed %1 from %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>wrote %1 to %2 (value hidden)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>wrote %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>postmap %1:%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>master.cf: removed %1/%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>master.cf: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>postconf -e %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>postconf -X %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The change is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read the current settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the server did not name the backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>backup: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not back up the configuration: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>backup %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (Postfix wrote the details to the mail log)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>postfix check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>postfix check: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>postfix check (warnings: %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>postfix reload skipped: Postfix is not running (the change applies when it starts)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>postfix reload: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>postfix reload</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is still set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is "%2", expected "%3"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>master.cf still has %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>master.cf has "%1" for %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>verify: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>verified with postconf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the settings back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading master.cf back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not written to the audit log: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Roll back to the backup %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a backup name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Listing the backups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no backup %1 on this server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>found the backup %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Before rolling back to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restoring %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>restored %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>canceled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restoring the backup %1 …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1; restoring the backup %2 failed too: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>restored the backup %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1; the backup %2 was restored but Postfix did not reload: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection to the server is gone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the configuration directory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server did not name a usable configuration directory (config_directory = "%1").</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the current settings (postconf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server did not name a usable configuration directory.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading main.cf (postconf -n)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note: %1 changed since the preview (was "%2", now "%3"); the change is applied to the current value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another configuration change is still running.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading settings (postconf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A double quote in the filter is not closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a queue: use maildrop, incoming, active, deferred or hold.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a reason class; known classes: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reason~ needs a text to look for.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a duration: write a number and a unit, e.g. 90s, 30m, 2h, 3d.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The filter is too long (at most %1 characters).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The filter is empty. To act on a whole queue, say so: queue=deferred.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a filter term. Use queue=, sender=, sender-domain=, recipient=, domain=, class=, reason~, age&gt;, age&lt; or id=.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" needs a value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In "%1": %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Put on hold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Release from hold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requeue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Force-expire (return to sender)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deliver now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Flush all deferred mail</source>
        <translation>Alle zurückgestellten Mails jetzt zustellen</translation>
    </message>
    <message>
        <source>Flush a destination…</source>
        <translation>Ein Ziel jetzt zustellen…</translation>
    </message>
    <message>
        <source>Keeps the messages in the queue without trying to deliver them; held mail does not expire. Can be undone with "Release from hold".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Moves held messages back to the deferred queue so Postfix tries them again. Can be undone by putting them on hold again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sends the messages through Postfix again (address rewriting and content filter are applied anew); they get new queue IDs. Nothing is lost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Returns the messages to their senders with a delivery failure notice at the next delivery attempt. Cannot be undone once the notice is sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Removes the messages from the server for good: neither the sender nor the recipient is told. Cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asks Postfix to try delivering these deferred messages right now instead of waiting for the next retry. Changes nothing else.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asks Postfix to try every deferred message right now. Harmless to the mail, but flushing mail that cannot be delivered slows all other mail down.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asks Postfix to try the mail for one destination right now. Works only for destinations in fast_flush_domains (by default the relay domains).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>left the queue meanwhile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>queue ID now names a different message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>moved to a queue this action does not apply to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>in a queue this action does not apply to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 message</source>
        <translation>1 Nachricht</translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation>%1 Nachrichten</translation>
    </message>
    <message>
        <source>Put %1 on hold.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Released %1 from hold.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requeued %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Force-expired %1; the senders will be notified.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asked Postfix to deliver %1 now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asked Postfix to retry all deferred mail now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asked Postfix to retry the mail for this destination now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Released</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requeued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Force-expired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scheduled for delivery</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Flushed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 previewed message was not touched (it changed or left the queue meanwhile).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 previewed messages were not touched (they changed or left the queue meanwhile).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2, but the server did not report how many it acted on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 of %3: the server reported %2, so %4 not acted on (probably left the queue just before).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 was</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 were</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the server reported %2 messages, more than the %3 sent. Check the queue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was done: the message changed or left the queue meanwhile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was done: all %1 messages changed or left the queue meanwhile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Canceled after %1 of %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name the destination to flush (a domain, or an address as [192.0.2.1]).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a destination postqueue -s accepts: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No message to act on.</source>
        <translation>Keine Nachricht betroffen.</translation>
    </message>
    <message>
        <source>"%1" is not a queue ID: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1   (1 queue ID on stdin)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1   (%2 queue IDs on stdin, one per line)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>postqueue -i ID for each of the %1, in %2 command(s) of at most %3 IDs:
%4 …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>
… (output shortened)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%1 did not finish in time (%2). It may have acted on some of the messages: reload the queue to see their state.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>timed out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This account may not run postsuper, which needs root (directly or through sudo). Nothing was changed. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This account may not run postqueue here. Nothing was changed. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The command was not sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection to the server failed while %1 was running; reload the queue to see what changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (while %2 was running; reload the queue to see what changed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>postsuper: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This account may not run postsuper: it needs root (directly or through sudo). Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>postsuper exited with status %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>postsuper stopped with an error: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>postqueue -i exited with status %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>postqueue -i failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>postqueue -i refused %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postfix is not running on the server, so nothing can be delivered now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postfix does not keep a fast-flush log for %1, so postqueue -s cannot flush it (only destinations in fast_flush_domains, by default the relay domains, can be flushed this way). Use "Deliver now" on that destination's messages instead. Postfix said: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postfix is not running on the server, so nothing can be flushed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>postqueue exited with status %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>postqueue failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postfix is not running on the server, so the messages could not be checked again. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The queue could not be listed again to check the messages, so nothing was changed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection to the server was closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Running %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requeued messages get new queue IDs when Postfix picks them up again (usually within a minute); the mail log links each new ID to its old one (orig_id=). Old IDs: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not acted on: %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>… and %1 more not acted on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not written to the audit log: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection to the server was closed before the action finished; reload the queue to see what changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection to the server is not ready. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No message was chosen. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking the queue again…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the relay's host name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a host name or IP address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The user name must not contain spaces, colons or line breaks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the password or API key for %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password must be one line of text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password starts or ends with a space; Postfix would not keep it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A password needs a user name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server's default map type "%1" is not known.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The configuration directory "%1" looks wrong.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send all mail through %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLS is not required: the password may travel unencrypted if the relay does not offer STARTTLS. Prefer port 587 with STARTTLS or 465.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No login: the relay must accept this server by its IP address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>smtp_sasl_password_maps was "%1"; it becomes "%2".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The login is written to %1 (readable by root only) as "%2 %3:•••", then postmap %4:%1 is run. The password travels to the server on the command's input, never on a command line.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This server sends mail directly; there is no relay to remove.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop sending mail through %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLS becomes opportunistic (may) again: requiring it would stop mail to servers that do not offer it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>smtp_sasl_auth_enable stays on because other transports log in with SASL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The login entries in %1 are left as they are (not a single map file).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is no longer in the queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 now names another message: from %2, arrived %3 (previewed: from %4, arrived %5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is now in the %2 queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>restart Postfix (postfix stop, postfix start: systemd is not reachable)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>systemd is not reachable on this server; restarting Postfix with postfix stop and postfix start.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is %2 after the restart.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postfix is not running after the restart.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another service action is still running.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>restart %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The service manager (systemd) is not reachable on this server, so %1 cannot be restarted from here. Restart it the way this server starts it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>restart %1 (systemctl restart)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>repair finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postfix defaults</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep trying for 5 days, retry every 5 minutes at first and at most every 67 minutes. Choose this to undo earlier tuning.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep trying for 7 days with fewer retries (10 minutes up to 2 hours). For servers that send to partners who are often down or throttle hard.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tell senders sooner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give up after 1 day so senders learn quickly that their mail did not arrive. For time-critical mail (orders, tickets).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retry settings: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Messages already deferred keep their current retry time; the new times apply from their next attempt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The concurrency must be between 1 and 50.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The rate delay must be like 1s, 30s or 5m (at most 1h).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a plain transport name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send to %1 more slowly (%2 at a time, %3 apart)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mail to %1 goes through its own transport %2 (master.cf) with at most %3 connections and %4 between deliveries, as TUNING_README recommends; other destinations are not affected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With a rate delay Postfix delivers one message at a time to this destination.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send to %1 at normal speed again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No throttled destination is left: the transport %1 is removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>put on hold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>release from hold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>requeue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>force-expire</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>force-expire and release</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No message was chosen, so postsuper was not run.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>postsuper was not found on the server (package postfix).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Force-expire needs Postfix 3.5 or later, and the Postfix version of this server is not known.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Force-expire needs Postfix 3.5 or later; this server runs Postfix %1. Delete the messages, or hold them, instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 (postsuper %3 -%4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No message was chosen, so nothing was scheduled for delivery.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At most 500 messages can be scheduled in one command (%1 given).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>postqueue was not found on the server (package postfix).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delivering single messages needs Postfix 2.4 or later; this server runs Postfix %1. Use "Flush all deferred mail" instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The path of postqueue on the server looks wrong: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>deliver %1 now (postqueue -i)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>flush all deferred mail (postqueue -f)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>flush mail for %1 (postqueue -s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The configuration directory reported by the server looks wrong: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read default settings (postconf -d %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No Postfix parameter to change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The new value of %1 must be one line of text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>change main.cf (postconf -e %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>remove from main.cf (postconf -X %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1/%2" is not a master.cf service Postdesk can write.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The master.cf entry for %1 is not a plain service line.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>change master.cf (postconf -Me %1/%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>remove from master.cf (postconf -MX %1/%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reload Postfix (postfix reload)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stop Postfix (postfix stop)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>start Postfix (postfix start)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a Postfix map type.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The map path %1 is not a plain absolute path.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rebuild the map (postmap %1:%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" cannot be used as a map key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A map entry must be one line without control characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The map entry does not start with its key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file mode %1 is not valid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>set the entry %1 in %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>remove the entry %1 from %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No file to back up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file %1 is not a plain absolute path.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>back up the configuration (%1 files)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>restore the configuration backup %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list configuration backups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>mark the backup %1 as rolled back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This server has no Plesk (the plesk command was not found).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>repair mail configuration (plesk repair mail -y)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>jump host "%1" is not [user@]host[:port]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>jump host user "%1" contains characters a user name cannot have</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>jump host port %1 is not in 1..65535</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>host "%1" cannot be reached through a jump host: not a host name or address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a file name for the jump host contains a control character</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the jump host %1 needs the OpenSSH client (ssh), which is not installed on this computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (through the jump host %2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DiagnoseCommand</name>
    <message>
        <source>canceled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>warning: the queue could not be listed, so no destinations were taken from it: %1
</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>Network / port 25</source>
        <translation>Netzwerk / Port 25</translation>
    </message>
    <message>
        <source>This server could not open or keep a connection to the receiving mail server: it was refused, timed out or dropped. Postfix keeps retrying until the mail expires.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If every destination times out, the hosting provider or a firewall is probably blocking outgoing port 25: ask them to open it, or send through a relay host on port 587. If only one destination fails, that server is down; wait or contact its admin.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>A DNS lookup failed: the recipient domain (or its MX) could not be resolved, or the receiving server's check of this server's reverse DNS failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the recipient domain for typos. Test the server's resolver (e.g. dig MX domain on the server). For reverse-DNS refusals, ask the hosting provider to set a PTR record for the server's IP that matches its host name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLS / certificates</source>
        <translation>TLS / Zertifikate</translation>
    </message>
    <message>
        <source>The encrypted connection could not be set up: TLS is required but not offered, the handshake failed, or a certificate was not trusted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Look at the TLS policy for this destination (smtp_tls_security_level, smtp_tls_policy_maps) and the remote certificate. Do not lower security for a bank or partner without agreement; ask the other side to fix their certificate or TLS.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Authentication / relay</source>
        <translation>Anmeldung / Relay</translation>
    </message>
    <message>
        <source>Logging in to the relay host failed (wrong password, missing SASL support), or a server refused to relay the mail for this sender.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the relay credentials in sasl_passwd (and run postmap on it), make sure the SASL modules are installed (libsasl2-modules / cyrus-sasl-plain), and that the relay allows this sender address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Throttling / greylisting</source>
        <translation>Drosselung / Greylisting</translation>
    </message>
    <message>
        <source>The receiving server asked to try again later: greylisting, a rate limit or too many connections. This usually clears by itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usually nothing to do but wait: Postfix retries. If it persists, reduce sending speed to that domain (destination concurrency/rate delay) and check whether the server is sending unusual volumes (a compromised account).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mailbox full</source>
        <translation>Postfach voll</translation>
    </message>
    <message>
        <source>The recipient's mailbox is over its quota, so the receiver refuses new mail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to fix on this server. Tell the sender; the recipient must free space or get a larger quota. If the mailbox is local, raise the quota or clean it up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recipient unknown</source>
        <translation>Empfänger unbekannt</translation>
    </message>
    <message>
        <source>The recipient address does not exist, is disabled or is not a valid address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the address for typos with the sender. If the address is local, check the virtual/alias tables. Deleting such mail from the queue is usually safe.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Content filter</source>
        <translation>Inhaltsfilter</translation>
    </message>
    <message>
        <source>The local content filter or milter (Amavis, SpamAssassin, rspamd, ClamAV) is not answering, so Postfix cannot hand mail to it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restart the filter service (e.g. amavis on 127.0.0.1:10024) and check its log; it often dies for lack of memory. Then flush the queue. Check content_filter and smtpd_milters in main.cf point to a running service.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>A setting on this server is wrong: a transport or lookup table is broken, a socket is missing, or mail loops back to this server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Look for warning:/fatal: lines of the same transport in the mail log, run postfix check, and check master.cf, the maps (postmap) and mydestination / virtual domains. Fix, reload Postfix, then flush the queue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blocked by policy</source>
        <translation>Durch Richtlinie blockiert</translation>
    </message>
    <message>
        <source>The receiver refused the mail on purpose: the server's IP is on a blocklist, its reputation is poor, SPF/DKIM/DMARC failed, or the message looked like spam.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the server IP on blocklists (Spamhaus etc.) and request delisting after fixing the cause; check SPF, DKIM and DMARC records of the sender domain; look for a compromised account sending spam.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>No known cause was recognised in the reason text, or the other server reported an internal error.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read the full reason and the mail log lines of this message. Temporary errors of the other server usually clear by themselves; otherwise contact its administrator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no rule matched</source>
        <translation>keine Regel hat gepasst</translation>
    </message>
    <message>
        <source>the next hop is a content-filter port (10024-10029, 11332) and it failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a milter could not be reached or failed</source>
        <translation>ein Milter war nicht erreichbar oder ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Postfix's reply for a failed milter: "Service unavailable - try again later"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a named filter (Amavis, SpamAssassin, rspamd, ClamAV, …) could not be reached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a filter on this machine timed out while scanning the message</source>
        <translation>ein Filter auf diesem Rechner hat beim Prüfen der Nachricht das Zeitlimit überschritten</translation>
    </message>
    <message>
        <source>"mail transport unavailable": the delivery agent could not start</source>
        <translation>„mail transport unavailable“: der Zustellagent konnte nicht starten</translation>
    </message>
    <message>
        <source>a mail loop: the next hop is this server itself</source>
        <translation>eine Mail-Schleife: der nächste Hop ist dieser Server selbst</translation>
    </message>
    <message>
        <source>the blocklist refuses this server's DNS resolver ("open resolver")</source>
        <translation>die Sperrliste lehnt den DNS-Resolver dieses Servers ab („open resolver“)</translation>
    </message>
    <message>
        <source>Postfix's own bounce/trace service failed</source>
        <translation>der Bounce-/Trace-Dienst von Postfix ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>the transport is listed in defer_transports</source>
        <translation>der Transport steht in defer_transports</translation>
    </message>
    <message>
        <source>a backup MX is set up without the primary's consent</source>
        <translation>ein Backup-MX ist ohne Zustimmung des primären eingerichtet</translation>
    </message>
    <message>
        <source>a local setup error (socket or file missing, ownership, mydestination)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an internal Postfix service did not answer</source>
        <translation>ein interner Postfix-Dienst hat nicht geantwortet</translation>
    </message>
    <message>
        <source>postscreen refused the client after its tests</source>
        <translation>postscreen hat den Client nach seinen Tests abgewiesen</translation>
    </message>
    <message>
        <source>a DNS lookup failed ("Name service error", "Host or domain name not found")</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the receiver's reverse-DNS (PTR) check of this server failed</source>
        <translation>die Reverse-DNS-Prüfung (PTR) dieses Servers beim Empfänger ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>a lookup table or database (map, LDAP, SQL) failed</source>
        <translation>eine Nachschlagetabelle oder Datenbank (Map, LDAP, SQL) ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>TLS is required by policy but the other side does not offer it</source>
        <translation>TLS ist laut Richtlinie Pflicht, die Gegenseite bietet es aber nicht an</translation>
    </message>
    <message>
        <source>the TLS handshake failed ("SSL_connect error", "Cannot start TLS")</source>
        <translation>der TLS-Handshake ist fehlgeschlagen („SSL_connect error“, „Cannot start TLS“)</translation>
    </message>
    <message>
        <source>a certificate was not trusted or could not be loaded</source>
        <translation>einem Zertifikat wurde nicht vertraut oder es konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>the other server refuses to relay ("Relay access denied")</source>
        <translation>der andere Server verweigert das Weiterleiten („Relay access denied“)</translation>
    </message>
    <message>
        <source>the receiver requires SPF/DKIM/DMARC that did not pass</source>
        <translation>der Empfänger verlangt SPF/DKIM/DMARC, das nicht bestanden wurde</translation>
    </message>
    <message>
        <source>SMTP authentication failed or is missing (SASL, 535, 530)</source>
        <translation>SMTP-Anmeldung fehlgeschlagen oder fehlt (SASL, 535, 530)</translation>
    </message>
    <message>
        <source>the connection to the next hop was refused, timed out or dropped</source>
        <translation>die Verbindung zum nächsten Hop wurde abgelehnt, lief in ein Zeitlimit oder brach ab</translation>
    </message>
    <message>
        <source>greylisting: the receiver wants a later retry</source>
        <translation>Greylisting: der Empfänger will einen späteren Versuch</translation>
    </message>
    <message>
        <source>the receiver limits the rate or number of connections/messages</source>
        <translation>der Empfänger begrenzt Rate oder Anzahl der Verbindungen/Nachrichten</translation>
    </message>
    <message>
        <source>a temporary refusal because of too many bounces</source>
        <translation>eine vorübergehende Ablehnung wegen zu vieler Bounces</translation>
    </message>
    <message>
        <source>the recipient's mailbox is full or over quota</source>
        <translation>das Postfach des Empfängers ist voll oder über dem Kontingent</translation>
    </message>
    <message>
        <source>Microsoft's directory-based edge blocking (550 5.4.1 Access denied)</source>
        <translation>verzeichnisbasierte Sperre von Microsoft (550 5.4.1 Access denied)</translation>
    </message>
    <message>
        <source>the recipient address does not exist or is disabled</source>
        <translation>die Empfängeradresse existiert nicht oder ist deaktiviert</translation>
    </message>
    <message>
        <source>the recipient address was refused as invalid syntax</source>
        <translation>die Empfängeradresse wurde als ungültig abgelehnt</translation>
    </message>
    <message>
        <source>the other server reports its own internal error</source>
        <translation>der andere Server meldet einen eigenen internen Fehler</translation>
    </message>
    <message>
        <source>a blocklist, spam or reputation check, or a HELO policy refused the mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a temporary "try again later" without another stated cause</source>
        <translation>ein vorübergehendes „später erneut versuchen“ ohne andere genannte Ursache</translation>
    </message>
    <message>
        <source>the receiver deliberately refused the mail (access or policy)</source>
        <translation>der Empfänger hat die Mail bewusst abgelehnt (Zugriff oder Richtlinie)</translation>
    </message>
    <message>
        <source>"try again later" without another stated cause</source>
        <translation>„später erneut versuchen“ ohne andere genannte Ursache</translation>
    </message>
    <message>
        <source>enhanced status X.2.2 (mailbox full)</source>
        <translation>erweiterter Status X.2.2 (Postfach voll)</translation>
    </message>
    <message>
        <source>enhanced status X.1.1 and similar (bad destination mailbox)</source>
        <translation>erweiterter Status X.1.1 und ähnliche (falsches Zielpostfach)</translation>
    </message>
    <message>
        <source>enhanced status X.1.2/X.4.3 (destination system or DNS problem)</source>
        <translation>erweiterter Status X.1.2/X.4.3 (Zielsystem- oder DNS-Problem)</translation>
    </message>
    <message>
        <source>enhanced status X.4.6 / X.3.5 (routing loop, system misconfigured)</source>
        <translation>erweiterter Status X.4.6 / X.3.5 (Routing-Schleife, System falsch konfiguriert)</translation>
    </message>
    <message>
        <source>SMTP reply 530/535 (authentication required or failed)</source>
        <translation>SMTP-Antwort 530/535 (Anmeldung nötig oder fehlgeschlagen)</translation>
    </message>
    <message>
        <source>enhanced status X.7.8 (authentication)</source>
        <translation>erweiterter Status X.7.8 (Anmeldung)</translation>
    </message>
    <message>
        <source>enhanced status X.4.1/X.4.2 (no answer, bad connection)</source>
        <translation>erweiterter Status X.4.1/X.4.2 (keine Antwort, schlechte Verbindung)</translation>
    </message>
    <message>
        <source>a temporary 4.7.x refusal without another stated cause</source>
        <translation>eine vorübergehende 4.7.x-Ablehnung ohne andere genannte Ursache</translation>
    </message>
    <message>
        <source>SMTP reply 421 (service not available, try later)</source>
        <translation>SMTP-Antwort 421 (Dienst nicht verfügbar, später versuchen)</translation>
    </message>
    <message>
        <source>a permanent 5.7.x refusal (delivery not authorized)</source>
        <translation>eine dauerhafte 5.7.x-Ablehnung (Zustellung nicht erlaubt)</translation>
    </message>
    <message>
        <source>550/553 in reply to RCPT TO without another stated cause</source>
        <translation>550/553 auf RCPT TO ohne andere genannte Ursache</translation>
    </message>
    <message>
        <source>a permanent refusal of the message content (after DATA)</source>
        <translation>eine dauerhafte Ablehnung des Nachrichteninhalts (nach DATA)</translation>
    </message>
    <message>
        <source>Outbound SMTP (port 25)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>STARTTLS and certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Relay login</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blocklists (RBL)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retry and limits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Can this server open a connection to port 25 of the destination's mail servers?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Does the server's own resolver answer, how fast, and does its reverse name match its mail name?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Does the destination offer STARTTLS with a valid, unexpired certificate for its name?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Does the relay accept the login stored on the server?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Is the server's outgoing address on a DNS blocklist?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Is the content filter (e.g. Amavis on 127.0.0.1:10024) running and listening?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Are Postfix and the mail services running, and does postfix check complain?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How long mail is kept, how often it is retried, how fast each destination is fed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evidence:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Commands run on the server:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What to do:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postdesk checks on %1, %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: the list name is mistyped or not a list (127.255.255.252)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: query refused because it came through a public/open resolver (127.255.255.254)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: query refused because the resolver sent too many queries (127.255.255.255)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SBL: Spamhaus Block List — a known spam source or spam operation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SBL CSS: snowshoe spam or a hijacked/abused sending range</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>XBL: exploited host — infected machine, botnet, or an open proxy/relay on this address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DROP/EDROP: the whole network range is hijacked or run by spammers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PBL (ISP maintained): a dynamic/end-user range that should not send mail directly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PBL (Spamhaus maintained): an end-user range that should not send mail directly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SpamCop: spam from this address was reported recently</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Barracuda: poor sending reputation (spam seen from this address)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>listed (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a DNSBL code (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The resolver answered %1, which no DNSBL returns: it rewrites answers (for example NXDOMAIN redirection by the provider), so the list cannot be read through it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The list did not answer its test entry (%1 should be listed), so a missing listing proves nothing: the list is gone, misspelled, or does not answer this resolver.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The domain does not exist (NXDOMAIN).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The resolver could not get an answer (SERVFAIL): the domain's name servers are broken or unreachable, or its DNSSEC signatures do not validate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The resolver refused to answer (REFUSED): it does not serve this server or this name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No answer in time: the resolver in /etc/resolv.conf does not respond (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The lookup failed without a reason.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The lookup failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This question was not asked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NOERROR in %1 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>timed out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dig printed no reply for this question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>host printed nothing it could be understood by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>host failed (exit code %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not found (getent cannot tell a missing name from a failing resolver)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>getent failed (exit code %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>set in main.cf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>maximal_queue_lifetime is 0: mail bounces at the first temporary failure.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>maximal_queue_lifetime is only %1: mail bounces when a destination is down for longer (the default is 5d).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>maximal_queue_lifetime is %1: senders wait very long before they learn that mail could not be delivered (the default is 5d).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bounce_queue_lifetime (%1) is longer than maximal_queue_lifetime (%2): bounces stay in the queue longer than normal mail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>maximal_backoff_time (%1) is shorter than minimal_backoff_time (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>queue_run_delay (%1) is longer than minimal_backoff_time (%2): deferred mail is retried later than the backoff allows.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The destination concurrency limit is 1 everywhere: every destination gets one delivery at a time, so a busy queue drains very slowly.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a host or host:port.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Port %1 is out of range.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The UNIX socket path is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>transport %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not an ss listener line: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" does not name a transport (transport:nexthop).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The proxy filter setting is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amavis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amavis re-injection (Postfix smtpd)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not a "name = value" line: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not a "service/type/name = value" line: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not a master.cf service line: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: not installed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not a systemctl property line: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not a ps line: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>Fleet</name>
    <message numerus="yes">
        <source>%n deferred</source>
        <translation><numerusform>%n zurückgestellt</numerusform><numerusform>%n zurückgestellt</numerusform></translation>
    </message>
    <message>
        <source>queue grew by %1 in %2 min</source>
        <translation>Warteschlange um %1 in %2 min gewachsen</translation>
    </message>
    <message>
        <source>queue shrank by %1 in %2 min</source>
        <translation>Warteschlange um %1 in %2 min geschrumpft</translation>
    </message>
    <message>
        <source>oldest message is %1 h old</source>
        <translation>älteste Nachricht ist %1 h alt</translation>
    </message>
    <message>
        <source>empty sender</source>
        <translation>leerer Absender</translation>
    </message>
    <message>
        <source>one sender holds %1 % (%2)</source>
        <translation>ein Absender hält %1 % (%2)</translation>
    </message>
    <message numerus="yes">
        <source>, not judged below %n message(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (critical at %1%2)</source>
        <translation> (kritisch ab %1%2)</translation>
    </message>
    <message>
        <source> (warning at %1%2)</source>
        <translation> (Warnung ab %1%2)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>History database error: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a Postdesk history database (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was written by a newer Postdesk (history version %2); this version reads up to %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Postdesk history; it was left untouched.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the history tables: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The SQLite driver of Qt (QSQLITE) is not installed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a Postdesk history database; it was left untouched.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open the history %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The history is not open.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n message(s) in the queue (%1 active, %2 deferred, %3 hold)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>No answer within %1 s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The host key of %1 was never confirmed (%2). Open the server once and confirm its fingerprint.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No password or passphrase for %1 in the keychain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 out of range (%3..%4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>alerts is not an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a string</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 contains a control character</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>auth must be agent, key or password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sudo must be auto, none, nopasswd or password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>readOnly is not true or false</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pollIntervalSeconds must be 0 or 5..86400</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>id is not a UUID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>neither name nor host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>auth is key but keyFile is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not JSON: %1 at offset %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a Postdesk server list (format "%1" expected)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unsupported version %1 of the server list (this Postdesk reads %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the server list has no "servers" array</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>server %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: secret members ignored (%2): never share secrets in this file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2, skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: id %2 appears twice, skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (imported)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (imported %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ungrouped</source>
        <translation>Ohne Gruppe</translation>
    </message>
    <message>
        <source>not a keyword line, ignored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unbalanced quotes, line ignored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Include is not followed here, skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Include nested deeper than %1 levels, skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read included file %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ProxyCommand is not carried over (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ProxyJump has %1 hops; only the first (%2) is used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Port %1 is not in 1..65535, 22 used for %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not expanded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Match blocks are not supported, skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Fleet::CredentialStore</name>
    <message>
        <source>The secret store reported error %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FleetText</name>
    <message>
        <source>Polling off — press Poll all now</source>
        <translation>Abfrage aus — „Alle jetzt abfragen“ drücken</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>Polling…</source>
        <translation>Frage ab…</translation>
    </message>
    <message>
        <source>Open in the window</source>
        <translation>Im Fenster geöffnet</translation>
    </message>
    <message>
        <source>Waiting for the first poll</source>
        <translation>Wartet auf die erste Abfrage</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>Unreachable: %1</source>
        <translation>Nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Host key changed — refused</source>
        <translation>Host-Schlüssel geändert — abgelehnt</translation>
    </message>
    <message>
        <source>Host key not verified yet — open to verify</source>
        <translation>Host-Schlüssel noch nicht bestätigt — zum Prüfen öffnen</translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Password not in keychain — open to log in</source>
        <translation>Passwort nicht im Schlüsselbund — zum Anmelden öffnen</translation>
    </message>
    <message>
        <source>Mail system down</source>
        <translation>Mailsystem gestoppt</translation>
    </message>
    <message>
        <source>Listing the queue failed</source>
        <translation>Auflisten der Warteschlange fehlgeschlagen</translation>
    </message>
    <message>
        <source>Listing the queue failed: %1</source>
        <translation>Auflisten der Warteschlange fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Critical: %1</source>
        <translation>Kritisch: %1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 deferred · %2 hold · %3 active · %4 incoming</source>
        <translation>%1 zurückgestellt · %2 zurückgehalten · %3 aktiv · %4 eingehend</translation>
    </message>
    <message>
        <source>oldest %1</source>
        <translation>älteste %1</translation>
    </message>
    <message>
        <source>▲ +%1 since last poll</source>
        <translation>▲ +%1 seit der letzten Abfrage</translation>
    </message>
    <message>
        <source>▼ −%1 since last poll</source>
        <translation>▼ −%1 seit der letzten Abfrage</translation>
    </message>
    <message>
        <source>▶ unchanged since last poll</source>
        <translation>▶ unverändert seit der letzten Abfrage</translation>
    </message>
    <message>
        <source>not polled yet</source>
        <translation>noch nicht abgefragt</translation>
    </message>
    <message>
        <source>polled %1 ago</source>
        <translation>abgefragt vor %1</translation>
    </message>
    <message>
        <source>1 server</source>
        <translation>1 Server</translation>
    </message>
    <message>
        <source>%1 servers</source>
        <translation>%1 Server</translation>
    </message>
    <message>
        <source>all fine</source>
        <translation>alles in Ordnung</translation>
    </message>
    <message>
        <source>1 needs attention</source>
        <translation>1 braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>%1 need attention</source>
        <translation>%1 brauchen Aufmerksamkeit</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 deferred in the fleet</source>
        <translation>%1 · %2 · %3 zurückgestellt insgesamt</translation>
    </message>
</context>
<context>
    <name>LogStatsCommand</name>
    <message>
        <source>canceled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stdout is closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mail log %1 … %2 (%3)
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>received (messages)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sent (deliveries)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  of them to a local content filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>forwarded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>deferred (messages)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>deferrals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bounced</source>
        <translation>unzustellbar</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>Top senders (messages, share of received)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Top deferred domains (deferrals)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Top bounced domains</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deferrals, bounces and rejects by class</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MetricsCommand</name>
    <message>
        <source>canceled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stdout is closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no saved servers to poll</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no server could be polled</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QueueActionResultText</name>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not acted on (%1):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expected %1, the server reported %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no count</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Command: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server output:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Took %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QueueCommand</name>
    <message>
        <source>canceled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mail queue is empty
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>warning: the mail system is down; the listing was read directly from the queue
</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>warning: %n line(s) of postqueue output could not be read, first: line %1: %2
</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> messages, %1 bytes, %2 recipients
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>oldest     %1d %2h %3m (%4, arrived %5)
</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QueuePoll</name>
    <message>
        <source>canceled</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RelayhostCommand</name>
    <message>
        <source>canceled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No relayhost: mail goes straight to each recipient's MX hosts.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading the configuration failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No relayhost is set; nothing to remove.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Testing the login at the new relay…
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Testing the stored login…
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the relayhost was set, but the login check failed (see above)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the change was not applied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the relay did not accept the login, so nothing was changed (run without --test to set it anyway)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading the configuration failed, nothing was changed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was changed (preview only). Run again with --yes to apply.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refused, nothing was changed: this account may not change the configuration. %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Remote</name>
    <message>
        <source>%1 is not installed on the server (package bind9-dnsutils on Debian/Ubuntu, bind-utils on RHEL/Alma/Rocky).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ip is not installed on the server (package iproute2 on Debian/Ubuntu, iproute on RHEL/Alma/Rocky).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>getent is not installed on the server (package libc-bin on Debian/Ubuntu, glibc-common on RHEL/Alma/Rocky).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>postconf is not installed on the server (package postfix).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not installed on the server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No DNS question to ask.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsupported DNS record type: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DNS lookup (dig %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DNS lookup (host %1 %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address lookup (getent ahostsv4 %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolver configuration (cat /etc/resolv.conf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Route lookup for the sending address (ip route get)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Global addresses (ip -o addr show scope global)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RollbackCommand</name>
    <message>
        <source>canceled; nothing was changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>listing the backups failed, nothing was changed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no backup %1 on this server (see postdesk-cli changes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Roll back to %1 (%2, made %3 by %4):
  restores %5
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was changed (preview only). Run again with --yes to roll back.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refused, nothing was changed: this account may not change the configuration. %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ServersCommand</name>
    <message>
        <source> via %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No saved servers (add them in Postdesk, or: postdesk-cli servers import FILE | import-ssh-config).
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GROUP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TARGET</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>POLL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1s</source>
        <translation type="unfinished">%1s</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Exported %n server(s) to %1 (no passwords or passphrases).
</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported %1 server(s) from %2: %3 added, %4 replaced, %5 renamed (a server of that name existed).
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read %1: no such file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: already saved, skipped
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: added (%2)
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: warning: %2
</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n server(s) added from the SSH config.
</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>Services::LogStatsLoader</name>
    <message>
        <source>the mail journal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 disappeared (rotated?) before it could be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This account may not read %1; it needs root (sudo) or the adm group.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No mail log covers this time window.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Services::MailLogSourceLoader</name>
    <message>
        <source>The mail log could not be located: the search on the server did not finish.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Left out a log file with an unusual name: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Left out %1: not a mail log or one of its rotations.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Left out %1: bzip2-compressed logs are not searched.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Left out %1: the server has no xzgrep to search xz-compressed logs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the newest %1 log files are searched.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also found %1 (not used: %2 is newer or configured).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No mail log found on this server: none of %1 exists and journalctl is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Locating the mail log failed (exit code %1): %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Locating the mail log failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>Mit keinem Server verbunden.</translation>
    </message>
    <message>
        <source>The log file set in the server profile, %1, was not found on the server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The log file of this server profile is not a plain absolute path: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Services::PreviewLoader</name>
    <message>
        <source>Not connected to a server.</source>
        <translation>Mit keinem Server verbunden.</translation>
    </message>
    <message>
        <source>"%1" is not a valid Postfix queue ID.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the message timed out.</source>
        <translation>Zeitüberschreitung beim Lesen der Nachricht.</translation>
    </message>
    <message>
        <source>This account cannot read message contents on this server (postcat needs root or the mail owner): %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>postcat failed with exit code %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>postcat failed: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Services::QueueLoader</name>
    <message>
        <source>Not connected to a server.</source>
        <translation>Mit keinem Server verbunden.</translation>
    </message>
    <message>
        <source>Postfix is not installed on this server (no postqueue in /usr/sbin, /usr/local/sbin or /usr/bin).</source>
        <translation>Auf diesem Server ist Postfix nicht installiert (kein postqueue in /usr/sbin, /usr/local/sbin oder /usr/bin).</translation>
    </message>
    <message>
        <source>Listing the queue timed out after %1 s.</source>
        <translation>Zeitüberschreitung beim Auflisten der Warteschlange nach %1 s.</translation>
    </message>
    <message>
        <source>Queue report unavailable: the mail system is down on this server.</source>
        <translation>Keine Warteschlangenübersicht: Das Mailsystem ist auf diesem Server ausgefallen.</translation>
    </message>
    <message>
        <source>This account is not allowed to view the mail queue (Postfix authorized_mailq_users).</source>
        <translation>Dieses Konto darf die Mail-Warteschlange nicht ansehen (Postfix authorized_mailq_users).</translation>
    </message>
    <message>
        <source>postqueue failed with exit code %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>postqueue failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection to the server failed.</source>
        <translation>Die Verbindung zum Server ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>Services::QueueTimesLoader</name>
    <message>
        <source>Not connected to a server.</source>
        <translation>Mit keinem Server verbunden.</translation>
    </message>
    <message>
        <source>postconf did not report both queue lifetimes; the Postfix defaults are assumed where missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not read the queue lifetimes (postconf exit code %1); assuming the Postfix defaults (5 days).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not read the queue lifetimes (%1); assuming the Postfix defaults (5 days).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This account cannot read the queue files, so the next retry times are unknown (that needs root, the mail owner or sudo). Expiry times are still shown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <source>Could not read the next retry times: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Services::TrailLoader</name>
    <message>
        <source>"%1" is not a valid Postfix queue ID.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the mail journal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Searching %1 timed out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Searching %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped following linked messages after %1 rounds; not searched: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This account may not read %1; it needs root (sudo) or the adm group.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 disappeared (rotated?) before it could be searched.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mail log is missing: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No mail log could be searched.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShapeCommand</name>
    <message>
        <source>canceled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>warning: the mail system is down; the listing was read directly from the queue
</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>warning: %n line(s) of postqueue output could not be read, first: line %1: %2
</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Sender domains by age in minutes (now %1)
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recipient domains by age in minutes (now %1)
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Top senders</source>
        <translation>Häufigste Absender</translation>
    </message>
    <message>
        <source>  (the queue is empty)
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SENDER</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MESSAGES</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RCPTS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>BYTES</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OLDEST ARRIVAL (UTC)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShowCommand</name>
    <message>
        <source>canceled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>message %1 is no longer in the queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>warning: the body was cut at the size limit</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TrailCommand</name>
    <message>
        <source>canceled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stdout is closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>warning: only the newest %1 lines are shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No log lines for %1 in %2
</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TriageText</name>
    <message>
        <source>No delivery attempt has failed yet: no reason to classify.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 — %n recipient(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Rule: %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What it means: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was tun: %1</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown (needs root or postfix)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>due now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On hold: Postfix does not retry it until it is released (postsuper -H).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The queue manager is delivering it right now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New mail (%1 queue), not yet with the queue manager: no retry time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the queue files' retry times…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The next retry is the deferred queue file's modification time, which only root or the postfix user can read. Connect as root or allow sudo.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The queue files' times could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No retry time: the message left the deferred queue after the listing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retry time unknown: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Eligible since %1; the queue manager picks it up at its next scan of the deferred queue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next delivery attempt not before %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>frozen while on hold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The lifetime does not run out while the message is on hold; it is counted again from release.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Returned to the sender in %1 (%2) if still undelivered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lifetime ran out %1 ago (%2): bounces at the next delivery attempt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Arrival + %1 = %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(Postfix default: this server's setting could not be read yet.)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Ui::ActionBanner</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop the action (Esc). A postsuper that already ran is reported as it ended.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Ui::ActionPreviewDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 — preview</source>
        <translation>%1 — Vorschau</translation>
    </message>
    <message>
        <source>1 message</source>
        <translation>1 Nachricht</translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation>%1 Nachrichten</translation>
    </message>
    <message>
        <source>Put %1 on hold</source>
        <translation>%1 zurückhalten</translation>
    </message>
    <message>
        <source>Release %1</source>
        <translation>%1 freigeben</translation>
    </message>
    <message>
        <source>Requeue %1</source>
        <translation>%1 neu einreihen</translation>
    </message>
    <message>
        <source>Force-expire %1</source>
        <translation>%1 ablaufen lassen</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Deliver %1 now</source>
        <translation>%1 jetzt zustellen</translation>
    </message>
    <message>
        <source>Flush all deferred mail</source>
        <translation>Alle zurückgestellten Mails jetzt zustellen</translation>
    </message>
    <message>
        <source>Flush this destination</source>
        <translation>Dieses Ziel jetzt zustellen</translation>
    </message>
    <message>
        <source>Hold instead</source>
        <translation>Stattdessen zurückhalten</translation>
    </message>
    <message>
        <source>Force-expire instead</source>
        <translation>Stattdessen ablaufen lassen</translation>
    </message>
    <message>
        <source>Release instead</source>
        <translation>Stattdessen freigeben</translation>
    </message>
    <message>
        <source>Requeue instead</source>
        <translation>Stattdessen neu einreihen</translation>
    </message>
    <message>
        <source>Delete instead</source>
        <translation>Stattdessen löschen</translation>
    </message>
    <message>
        <source>Deliver now instead</source>
        <translation>Stattdessen jetzt zustellen</translation>
    </message>
    <message>
        <source>%1 instead</source>
        <translation>Stattdessen %1</translation>
    </message>
    <message>
        <source>%1: %2 on %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recipient domains:</source>
        <translation>Empfängerdomains:</translation>
    </message>
    <message>
        <source>Senders:</source>
        <translation>Absender:</translation>
    </message>
    <message>
        <source>%1 of the selection left alone: in a queue this action does not apply to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Command that will run on the server:</source>
        <translation>Befehl, der auf dem Server ausgeführt wird:</translation>
    </message>
    <message>
        <source>Sample (%1 of %2, oldest first):</source>
        <translation>Stichprobe (%1 von %2, älteste zuerst):</translation>
    </message>
    <message>
        <source>Messages:</source>
        <translation>Nachrichten:</translation>
    </message>
    <message>
        <source>Queue ID</source>
        <translation>Queue-ID</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>This is a large or whole-queue action. Type the server name “%1” to confirm:</source>
        <translation>Dies betrifft viele Nachrichten oder eine ganze Warteschlange. Zur Bestätigung den Servernamen „%1“ eingeben:</translation>
    </message>
    <message>
        <source>Type the number of messages (%1) to confirm:</source>
        <translation>Zur Bestätigung die Anzahl der Nachrichten (%1) eingeben:</translation>
    </message>
    <message>
        <source>No message to act on.</source>
        <translation>Keine Nachricht betroffen.</translation>
    </message>
    <message>
        <source>Type the confirmation above first.</source>
        <translation>Bitte zuerst oben die Bestätigung eingeben.</translation>
    </message>
</context>
<context>
    <name>Ui::AlertNotifier</name>
    <message>
        <source>Postdesk</source>
        <translation>Postdesk</translation>
    </message>
    <message>
        <source>Cleared: %1</source>
        <translation>Aufgehoben: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: alert cleared</source>
        <translation>%1: Alarm aufgehoben</translation>
    </message>
</context>
<context>
    <name>Ui::AlertThresholdsEditor</name>
    <message>
        <source>warning at</source>
        <translation>Warnung ab</translation>
    </message>
    <message>
        <source>critical at</source>
        <translation>kritisch ab</translation>
    </message>
    <message>
        <source>deferred messages</source>
        <translation>zurückgestellte Nachrichten</translation>
    </message>
    <message>
        <source>growth</source>
        <translation>Wachstum</translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>oldest message</source>
        <translation>älteste Nachricht</translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>one sender's share</source>
        <translation>Anteil eines Absenders</translation>
    </message>
    <message>
        <source> messages</source>
        <translation> Nachrichten</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>When the dashboard warns about this server (0 = off)</source>
        <translation>Wann das Dashboard für diesen Server warnt (0 = aus)</translation>
    </message>
    <message>
        <source>Deferred messages:</source>
        <translation>Zurückgestellte Nachrichten:</translation>
    </message>
    <message>
        <source>Queue growth:</source>
        <translation>Wachstum der Warteschlange:</translation>
    </message>
    <message>
        <source>… within:</source>
        <translation>… innerhalb von:</translation>
    </message>
    <message>
        <source>Oldest message:</source>
        <translation>Älteste Nachricht:</translation>
    </message>
    <message>
        <source>One sender's share:</source>
        <translation>Anteil eines Absenders:</translation>
    </message>
    <message>
        <source>… when the queue holds at least:</source>
        <translation>… wenn die Warteschlange mindestens enthält:</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Alerts: the warning level of %1 must be below its critical level.</source>
        <translation>Alarme: die Warnschwelle von %1 muss unter der kritischen Schwelle liegen.</translation>
    </message>
</context>
<context>
    <name>Ui::AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export JSON lines…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the whole audit log to a file, one JSON object per line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the whole audit log to a CSV file (for a spreadsheet)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All servers</source>
        <translation>Alle Server</translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Records: %1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Damaged lines skipped: %1 (the file was edited or cut short).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exported the audit log to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the audit log as CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the audit log as JSON lines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JSON lines (*.jsonl)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Ui::AuditLogModel</name>
    <message>
        <source>%1 … (%2 IDs)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expected / reported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Queue IDs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Ui::BarChartWidget</name>
    <message>
        <source>total: %1</source>
        <translation>gesamt: %1</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Nichts anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>Ui::ChangesDialog</name>
    <message>
        <source>Before a rollback</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (failed; rolled back automatically)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Roll back…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes and rollback — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore the files saved in this backup exactly as they were, then check and reload Postfix. The current state is backed up first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Roll &amp;back now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keep the current configuration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the backups on %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not read the backups: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postdesk has not changed the configuration of %1 yet.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n backup(s) on the server, newest first. Each was made right before a change.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Roll back to the state before "%1" (%2)? The files of backup %3 are restored exactly and Postfix is reloaded. The current configuration is backed up first, so this can be undone too.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rolling back to backup %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rolled back to backup %1, checked and reloaded.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Ui::ChartWidget</name>
    <message>
        <source>Export PNG…</source>
        <translation>Als PNG exportieren…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG image</source>
        <translation>Dieses Diagramm als PNG-Bild speichern</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
</context>
<context>
    <name>Ui::ChartsPage</name>
    <message>
        <source>Stuck recipients by reason</source>
        <translation>Hängende Empfänger nach Grund</translation>
    </message>
    <message>
        <source>Top recipient domains in the queue</source>
        <translation>Häufigste Empfängerdomains in der Warteschlange</translation>
    </message>
    <message>
        <source>Age of queued recipients</source>
        <translation>Alter der wartenden Empfänger</translation>
    </message>
    <message>
        <source>Deliveries per hour (mail log)</source>
        <translation>Zustellungen pro Stunde (Mail-Log)</translation>
    </message>
    <message>
        <source>Queue size during this session</source>
        <translation>Warteschlangengröße in dieser Sitzung</translation>
    </message>
    <message>
        <source>The queue has not been loaded yet.</source>
        <translation>Die Warteschlange wurde noch nicht geladen.</translation>
    </message>
    <message>
        <source>Load the mail log on the Log tab to see deliveries per hour.</source>
        <translation>Laden Sie das Mail-Log im Reiter „Log“, um Zustellungen pro Stunde zu sehen.</translation>
    </message>
</context>
<context>
    <name>Ui::CheckInput</name>
    <message>
        <source>nothing after the @</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a domain name (%2). Nothing was sent to the server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At most %1 domains per run, please (%2 given).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DNSBL zone “%1” is not a domain name (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At most %1 DNSBL zones, please (%2 given).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Egress address “%1” is not an IP address (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Relay “%1”: the ] is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Relay “%1”: expected :port after the ].</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Relay host “%1” is not a host name or address (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Relay port “%1” is not a port number (1–65535).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Ui::CheckOptionsBox</name>
    <message>
        <source>Options</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DNSBL zones, egress address, relay and timeouts, kept for this server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DNS blocklist zones to query for the server's outgoing address, separated by spaces. Empty: the usual public lists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>detect on the server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server's public sending address, when it sits behind NAT and cannot find it itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the server's relayhost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A relay to test instead of relayhost, written like relayhost: [smtp.example.com]:587</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Per connection, greeting and TLS handshake step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Per DNS query</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How many MX hosts of each domain are connected to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DNSBL zones:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Egress address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Relay:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect timeout:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DNS timeout:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MX hosts per domain:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Ui::CheckResultModel</name>
    <message>
        <source>this server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was tun: %1</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evidence (as the server printed it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Commands run on the server</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Ui::CheckSelector</name>
    <message>
        <source>Waiting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Running: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done: no result</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Done: %1 (%n result(s))</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>Ui::ChecksPage</name>
    <message>
        <source>Run all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>example.com, example.org</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Destination domains whose mail is stuck, separated by spaces or commas. Filled from the queue's most deferred domains.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run every check on the server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run the ticked checks (Enter in the domain field)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop the checks; their commands on the server are ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy every result with its evidence, commands and advice, for a ticket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Destination &amp;domains:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>STARTTLS and certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a result to see what to do, the evidence and the commands.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Canceled: another server was selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not connected: connect to the server first, then run the checks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tick at least one check, or use Run all.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was sent to the server.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Running %n check(s) on %1…</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Running checks on %1… %2 of %3 done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>no results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>%1 at %2 (%3 so far).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checks on %1 finished at %2: %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Canceled: the connection to the server was lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a server on the left to run checks on it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect to the server to run checks on it.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Copied %n result(s) to the clipboard.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>Ui::ClassSummaryModel</name>
    <message>
        <source>No reason yet</source>
        <translation>Noch kein Grund</translation>
    </message>
    <message>
        <source>Active, held or new mail that has not failed a delivery attempt. Nothing to fix here unless it stays active for long.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1
What to do: %2</source>
        <translation>%1
Was tun: %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 of %2 messages — click to show them</source>
        <translation>%1 von %2 Nachrichten — klicken, um sie anzuzeigen</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Example reason</source>
        <translation>Beispielgrund</translation>
    </message>
    <message>
        <source>What it means / what to do</source>
        <translation>Was es bedeutet / was zu tun ist</translation>
    </message>
</context>
<context>
    <name>Ui::ClassSummaryView</name>
    <message>
        <source>No queue loaded.</source>
        <translation>Keine Warteschlange geladen.</translation>
    </message>
    <message>
        <source>The queue is empty.</source>
        <translation>Die Warteschlange ist leer.</translation>
    </message>
    <message numerus="yes">
        <source>Why %n message(s) are stuck, by the class of their reason (whole queue as of %1). Click a class to list its messages.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>Ui::CommandLogModel</name>
    <message>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Not sent to the server.</source>
        <translation>Nicht an den Server gesendet.</translation>
    </message>
</context>
<context>
    <name>Ui::ConfigChangeDialog</name>
    <message>
        <source>Change the configuration of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back up main.cf and the files this change touches on the server, apply, run postfix check, reload and verify; any failure restores the backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the current settings of %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Canceling: restoring anything already changed…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not read the current settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This change cannot be made</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Apply on %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Ui::ConfigChangeView</name>
    <message>
        <source>What will change:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing has been changed yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(nothing to change: the server already has these settings)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup on the server: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>postfix check said: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Applied, checked, reloaded and verified.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>THE CHANGE FAILED AND WAS ROLLED BACK. The server runs with its previous configuration again. Failing step: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>THE CHANGE FAILED AND RESTORING THE BACKUP FAILED TOO. The server needs an administrator now: restore the backup by hand. Error: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Canceled. Anything already changed was restored from the backup.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Ui::DashboardPage</name>
    <message>
        <source>Poll all now</source>
        <translation>Alle jetzt abfragen</translation>
    </message>
    <message>
        <source>Filter servers, clients, states…</source>
        <translation>Server, Kunden, Zustände filtern…</translation>
    </message>
    <message>
        <source>Filter servers</source>
        <translation>Server filtern</translation>
    </message>
    <message>
        <source>Poll every server now, ahead of its schedule</source>
        <translation>Jeden Server sofort abfragen, vor seinem Zeitplan</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
</context>
<context>
    <name>Ui::FixesMenu</name>
    <message>
        <source>No relayhost is set on this server: mail is already delivered directly.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fixes</source>
        <translation>Korrekturen</translation>
    </message>
    <message>
        <source>&amp;Relayhost…</source>
        <translation>&amp;Relayhost…</translation>
    </message>
    <message>
        <source>Send all outgoing mail through a relay (smarthost) with a login</source>
        <translation>Alle ausgehenden Mails über ein Relay (Smarthost) mit Anmeldung senden</translation>
    </message>
    <message>
        <source>Re&amp;move relay…</source>
        <translation>Relay ent&amp;fernen…</translation>
    </message>
    <message>
        <source>Deliver mail directly again: remove relayhost and its stored login</source>
        <translation>Mails wieder direkt zustellen: relayhost und die gespeicherte Anmeldung entfernen</translation>
    </message>
    <message>
        <source>Retry and &amp;throttling…</source>
        <translation>Wiederholung und &amp;Drosselung…</translation>
    </message>
    <message>
        <source>Queue lifetime and retry presets; slow down delivery to a destination that throttles this server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Services…</source>
        <translation>&amp;Dienste…</translation>
    </message>
    <message>
        <source>Restart Postfix, Amavis or Dovecot; Plesk's mail repair</source>
        <translation>Postfix, Amavis oder Dovecot neu starten; Mail-Reparatur von Plesk</translation>
    </message>
    <message>
        <source>&amp;Changes and rollback…</source>
        <translation>Ä&amp;nderungen und Rücknahme…</translation>
    </message>
    <message>
        <source>The configuration backups Postdesk made on this server, with rollback</source>
        <translation>Die Konfigurationssicherungen, die Postdesk auf diesem Server angelegt hat, mit Rücknahme</translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>Mit keinem Server verbunden.</translation>
    </message>
    <message>
        <source>This account cannot change the configuration. %1</source>
        <translation>Dieses Konto kann die Konfiguration nicht ändern. %1</translation>
    </message>
    <message>
        <source>This account cannot restart services. %1</source>
        <translation>Dieses Konto kann keine Dienste neu starten. %1</translation>
    </message>
    <message>
        <source>Remove the relay — %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Ui::FleetHistoryChart</name>
    <message>
        <source>Queue history</source>
        <translation>Verlauf der Warteschlange</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>History range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>All servers</source>
        <translation>Alle Server</translation>
    </message>
    <message>
        <source>History of</source>
        <translation>Verlauf von</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>No history of %1 in this range yet: it grows with every poll.</source>
        <translation>Noch kein Verlauf von %1 in diesem Zeitraum: er wächst mit jeder Abfrage.</translation>
    </message>
    <message>
        <source>all queued</source>
        <translation>alle in der Warteschlange</translation>
    </message>
    <message>
        <source>deferred</source>
        <translation>zurückgestellt</translation>
    </message>
</context>
<context>
    <name>Ui::HostKeyDialog</name>
    <message>
        <source>Unknown host key</source>
        <translation>Unbekannter Hostschlüssel</translation>
    </message>
    <message>
        <source>Postdesk has never connected to this server before. Compare the fingerprint with the one your administrator gave you (ssh-keygen -lf on the server) before accepting.</source>
        <translation>Postdesk war noch nie mit diesem Server verbunden. Vergleichen Sie den Fingerabdruck mit dem, den Ihnen Ihr Administrator genannt hat (ssh-keygen -lf auf dem Server), bevor Sie ihn annehmen.</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>Schlüsseltyp:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingerabdruck:</translation>
    </message>
    <message>
        <source>Saved to:</source>
        <translation>Gespeichert in:</translation>
    </message>
    <message>
        <source>&amp;Accept and connect</source>
        <translation>&amp;Annehmen und verbinden</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>Ab&amp;lehnen</translation>
    </message>
</context>
<context>
    <name>Ui::LogEventModel</name>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>deferred</source>
        <translation>zurückgestellt</translation>
    </message>
    <message>
        <source>bounced</source>
        <translation>unzustellbar</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>other</source>
        <translation>sonstige</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was tun: %1</translation>
    </message>
    <message>
        <source>delay %1 s (delays %2)</source>
        <translation>Verzögerung %1 s (delays %2)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Queue ID</source>
        <translation>Queue-ID</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Relay / client</source>
        <translation>Relay / Client</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>Ui::LogPage</name>
    <message>
        <source>Select an event to see its log line.</source>
        <translation>Wählen Sie ein Ereignis, um seine Log-Zeile zu sehen.</translation>
    </message>
    <message>
        <source>Choose a time window and press Load to read the mail log.</source>
        <translation>Wählen Sie ein Zeitfenster und drücken Sie „Laden“, um das Mail-Log zu lesen.</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Eigenes…</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Laden</translation>
    </message>
    <message>
        <source>Read the mail log of this window from the server</source>
        <translation>Das Mail-Log dieses Zeitfensters vom Server lesen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Mail log of the</source>
        <translation>Mail-Log, Zeitraum:</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>Alle Gründe</translation>
    </message>
    <message>
        <source>Recipient domain</source>
        <translation>Empfängerdomain</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Text anywhere in the line</source>
        <translation>Text irgendwo in der Zeile</translation>
    </message>
    <message>
        <source>Deliveries per hour</source>
        <translation>Zustellungen pro Stunde</translation>
    </message>
    <message>
        <source>No log loaded yet.</source>
        <translation>Noch kein Log geladen.</translation>
    </message>
    <message>
        <source>Top senders</source>
        <translation>Häufigste Absender</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Deferred to</source>
        <translation>Zurückgestellt an</translation>
    </message>
    <message>
        <source>Deferrals</source>
        <translation>Rückstellungen</translation>
    </message>
    <message>
        <source>Reading the log… %1</source>
        <translation>Lese das Log… %1</translation>
    </message>
    <message>
        <source>Reading the log…</source>
        <translation>Lese das Log…</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Loading was canceled. Press Load to read the log again.</source>
        <translation>Das Laden wurde abgebrochen. Mit „Laden“ das Log erneut lesen.</translation>
    </message>
    <message>
        <source>The mail log is not readable by %1 on this server. Connect as root, with sudo, or as a member of the group that may read it (adm on Debian).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not read the mail log: %1</source>
        <translation>Das Mail-Log konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>no permission</source>
        <translation>keine Berechtigung</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>No deliveries or rejects in this window.</source>
        <translation>Keine Zustellungen oder Ablehnungen in diesem Zeitfenster.</translation>
    </message>
    <message>
        <source>%1 read from %2 in %3 s</source>
        <translation>%1 aus %2 gelesen in %3 s</translation>
    </message>
    <message>
        <source>the journal</source>
        <translation>dem Journal</translation>
    </message>
    <message>
        <source> — showing the newest %1 events</source>
        <translation> — die neuesten %1 Ereignisse werden gezeigt</translation>
    </message>
    <message>
        <source>From %1 to %2 (server time)</source>
        <translation>Von %1 bis %2 (Serverzeit)</translation>
    </message>
    <message>
        <source>Received %1 · sent %2 · deferred %3 (%4 messages) · bounced %5 · rejected %6 · expired %7</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n log line(s) could not be read</source>
        <translation><numerusform>%n Log-Zeile konnte nicht gelesen werden</numerusform><numerusform>%n Log-Zeilen konnten nicht gelesen werden</numerusform></translation>
    </message>
    <message>
        <source>&lt;&gt; (bounces)</source>
        <translation>&lt;&gt; (Bounces)</translation>
    </message>
    <message>
        <source>%1 sent %2 % of all mail accepted in this window. A compromised mailbox or web form sending spam often looks like this.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was tun: %1</translation>
    </message>
</context>
<context>
    <name>Ui::MainWindow</name>
    <message>
        <source>Postdesk</source>
        <translation>Postdesk</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source> Auto-refresh: </source>
        <translation> Automatisch aktualisieren: </translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>every %1 s</source>
        <translation>alle %1 s</translation>
    </message>
    <message>
        <source>every %1 min</source>
        <translation>alle %1 min</translation>
    </message>
    <message>
        <source>Add server…</source>
        <translation>Server hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Command log</source>
        <translation>Befehlsprotokoll</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>Could not connect to %1:
%2

Press Connect to try again.</source>
        <translation>Keine Verbindung zu %1:
%2

Mit „Verbinden“ erneut versuchen.</translation>
    </message>
    <message>
        <source>Not connected to %1: its host key has changed (details in the red banner above). Postdesk did not log in.</source>
        <translation>Nicht mit %1 verbunden: Sein Hostschlüssel hat sich geändert (Details im roten Balken oben). Postdesk hat sich nicht angemeldet.</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Warteschlange</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Log</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Diagramme</translation>
    </message>
    <message>
        <source>The queue of this server (Ctrl+1)</source>
        <translation>Die Warteschlange dieses Servers (Strg+1)</translation>
    </message>
    <message>
        <source>Deliveries and statistics from the mail log (Ctrl+2)</source>
        <translation>Zustellungen und Statistik aus dem Mail-Log (Strg+2)</translation>
    </message>
    <message>
        <source>Charts of the queue and the log (Ctrl+3)</source>
        <translation>Diagramme zu Warteschlange und Log (Strg+3)</translation>
    </message>
    <message>
        <source>%1 is not in the queue (as of the last refresh).</source>
        <translation>%1 ist nicht in der Warteschlange (Stand der letzten Aktualisierung).</translation>
    </message>
    <message>
        <source>%1 is hidden by the queue filter.</source>
        <translation>%1 ist durch den Warteschlangenfilter ausgeblendet.</translation>
    </message>
    <message>
        <source>Load the queue again, or the log on the Log tab (F5)</source>
        <translation>Warteschlange neu laden, im Reiter „Log“ das Log (F5)</translation>
    </message>
    <message>
        <source>Chec&amp;ks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Diagnostics run on this server: port 25, DNS, TLS, relay, blocklists, services (Ctrl+4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop loading, a running queue action, or the checks on the Checks tab (Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hold, release, requeue, expire, delete or deliver the selected or filtered messages; flush the queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Relayhost, retry and throttling settings, services, and the server's change history with rollback</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Every server at a glance (Ctrl+0)</source>
        <translation>Alle Server auf einen Blick (Strg+0)</translation>
    </message>
    <message>
        <source>Queue history is not kept: %1</source>
        <translation>Der Verlauf wird nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Import / export</source>
        <translation>Import / Export</translation>
    </message>
</context>
<context>
    <name>Ui::MessagesPane</name>
    <message>
        <source>Select a message to see its headers.</source>
        <translation>Wählen Sie eine Nachricht, um ihre Kopfzeilen zu sehen.</translation>
    </message>
    <message>
        <source>No message matches the filter.</source>
        <translation>Keine Nachricht passt zum Filter.</translation>
    </message>
    <message>
        <source>Loading the queue…</source>
        <translation>Lade die Warteschlange…</translation>
    </message>
    <message>
        <source>Message %1 has left the queue.</source>
        <translation>Nachricht %1 ist nicht mehr in der Warteschlange.</translation>
    </message>
</context>
<context>
    <name>Ui::PreviewPane</name>
    <message>
        <source>Show &amp;body</source>
        <translation>&amp;Inhalt anzeigen</translation>
    </message>
    <message>
        <source>Read the message body from the server (postcat -b). The body may contain personal data.</source>
        <translation>Den Nachrichteninhalt vom Server lesen (postcat -b). Der Inhalt kann personenbezogene Daten enthalten.</translation>
    </message>
    <message>
        <source>Select a message to see its headers.</source>
        <translation>Wählen Sie eine Nachricht, um ihre Kopfzeilen zu sehen.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Lade %1…</translation>
    </message>
    <message>
        <source>This message has left the queue.</source>
        <translation>Diese Nachricht ist nicht mehr in der Warteschlange.</translation>
    </message>
    <message>
        <source>This account can list the queue but cannot read message contents.</source>
        <translation>Dieses Konto kann die Warteschlange auflisten, aber keine Nachrichteninhalte lesen.</translation>
    </message>
    <message>
        <source>Could not read the message: %1</source>
        <translation>Die Nachricht konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>— Envelope —</source>
        <translation>— Umschlag —</translation>
    </message>
    <message>
        <source>— Body —</source>
        <translation>— Inhalt —</translation>
    </message>
    <message>
        <source>[… body cut at the size limit]</source>
        <translation>[… Inhalt an der Größengrenze abgeschnitten]</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Nachricht</translation>
    </message>
    <message>
        <source>&amp;Log trail</source>
        <translation>&amp;Log-Verlauf</translation>
    </message>
    <message>
        <source>This message's lines in the mail log on the server</source>
        <translation>Die Zeilen dieser Nachricht im Mail-Log des Servers</translation>
    </message>
    <message>
        <source>Open this tab to search the mail log for the selected message.</source>
        <translation>Öffnen Sie diesen Reiter, um das Mail-Log nach der gewählten Nachricht zu durchsuchen.</translation>
    </message>
</context>
<context>
    <name>Ui::QueueActions</name>
    <message>
        <source>Selected messages</source>
        <translation>Ausgewählte Nachrichten</translation>
    </message>
    <message>
        <source>Messages the filter shows</source>
        <translation>Vom Filter gezeigte Nachrichten</translation>
    </message>
    <message>
        <source>Whole queue</source>
        <translation>Ganze Warteschlange</translation>
    </message>
    <message>
        <source>Account rights…</source>
        <translation>Rechte des Kontos…</translation>
    </message>
    <message>
        <source>Audit log…</source>
        <translation>Prüfprotokoll…</translation>
    </message>
    <message>
        <source>Every action and change Postdesk ran, on every server</source>
        <translation>Jede Aktion und Änderung, die Postdesk ausgeführt hat, auf allen Servern</translation>
    </message>
    <message>
        <source>Delete the selected messages…</source>
        <translation>Ausgewählte Nachrichten löschen…</translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation>Nicht mit dem Server verbunden.</translation>
    </message>
    <message>
        <source>Another action is running; wait for it or cancel it (Esc).</source>
        <translation>Eine andere Aktion läuft; abwarten oder abbrechen (Esc).</translation>
    </message>
    <message>
        <source>The account %1 cannot change queued mail: postsuper needs root (log in as root or allow sudo for postsuper).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The account %1 cannot run postqueue here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Force-expire needs Postfix 3.5 or later.</source>
        <translation>Ablaufen lassen braucht Postfix 3.5 oder neuer.</translation>
    </message>
    <message>
        <source>all %1 the filter shows</source>
        <translation>alle %1, die der Filter zeigt</translation>
    </message>
    <message>
        <source>all %1 in the queue</source>
        <translation>alle %1 in der Warteschlange</translation>
    </message>
    <message>
        <source>the selected message</source>
        <translation>die ausgewählte Nachricht</translation>
    </message>
    <message>
        <source>the %1 selected messages</source>
        <translation>die %1 ausgewählten Nachrichten</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Select messages in the table first.</source>
        <translation>Bitte zuerst Nachrichten in der Tabelle auswählen.</translation>
    </message>
    <message>
        <source>No message to act on.</source>
        <translation>Keine Nachricht betroffen.</translation>
    </message>
    <message>
        <source>Force-expire is not available: it needs Postfix 3.5 or later (this server runs %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Flush all deferred mail (%1)</source>
        <translation>Alle zurückgestellten Mails jetzt zustellen (%1)</translation>
    </message>
    <message>
        <source>Flush a destination…</source>
        <translation>Ein Ziel jetzt zustellen…</translation>
    </message>
    <message>
        <source>Known once connected.</source>
        <translation>Bekannt, sobald verbunden.</translation>
    </message>
    <message>
        <source>This server profile is read-only: Postdesk offers no queue actions for it.</source>
        <translation>Dieses Serverprofil ist schreibgeschützt: Postdesk bietet dafür keine Aktionen an.</translation>
    </message>
    <message>
        <source>%1: not possible. %2</source>
        <translation>%1: nicht möglich. %2</translation>
    </message>
    <message>
        <source>%1: starting…</source>
        <translation>%1: wird gestartet…</translation>
    </message>
    <message>
        <source>Flush a destination</source>
        <translation>Ein Ziel jetzt zustellen</translation>
    </message>
    <message>
        <source>Destination domain (or [address]) whose deferred mail Postfix should try now.
This works only for destinations listed in fast_flush_domains (by default the relay_domains).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Account rights</source>
        <translation>Rechte des Kontos</translation>
    </message>
    <message>
        <source>sudo -n -l was not run or gave no answer (root login, sudo disabled in the profile, or sudo needs a password).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Ui::QueueFilterBar</name>
    <message>
        <source>Filter by sender, recipient, domain or reason (Ctrl+F)</source>
        <translation>Nach Absender, Empfänger, Domain oder Grund filtern (Strg+F)</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>Alle Warteschlangen</translation>
    </message>
    <message>
        <source>Show only messages whose reason is of this class</source>
        <translation>Nur Nachrichten zeigen, deren Grund zu dieser Klasse gehört</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Alle Klassen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No reason yet</source>
        <translation>Noch kein Grund</translation>
    </message>
</context>
<context>
    <name>Ui::QueuePage</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop loading (Esc)</source>
        <translation>Laden abbrechen (Esc)</translation>
    </message>
    <message>
        <source>Select a server on the left.</source>
        <translation>Wählen Sie links einen Server.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Lade…</translation>
    </message>
    <message>
        <source>Loading… %1 messages, %2</source>
        <translation>Lade… %1 Nachrichten, %2</translation>
    </message>
    <message>
        <source>Loading was canceled. Press F5 to load the queue again.</source>
        <translation>Das Laden wurde abgebrochen. Mit F5 die Warteschlange neu laden.</translation>
    </message>
    <message>
        <source>Canceled: partial listing</source>
        <translation>Abgebrochen: unvollständige Liste</translation>
    </message>
    <message>
        <source>Postfix is not installed on this server.</source>
        <translation>Auf diesem Server ist Postfix nicht installiert.</translation>
    </message>
    <message>
        <source>The mail system is down: Postfix is not running on this server.</source>
        <translation>Das Mailsystem ist ausgefallen: Postfix läuft auf diesem Server nicht.</translation>
    </message>
    <message>
        <source>mail system is down</source>
        <translation>Mailsystem ausgefallen</translation>
    </message>
    <message>
        <source>Queue is empty.</source>
        <translation>Die Warteschlange ist leer.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be read</source>
        <translation><numerusform>%n Zeile konnte nicht gelesen werden</numerusform><numerusform>%n Zeilen konnten nicht gelesen werden</numerusform></translation>
    </message>
    <message>
        <source>Loading the queue…</source>
        <translation>Lade die Warteschlange…</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>gesamt %1</translation>
    </message>
    <message>
        <source> (showing %1)</source>
        <translation> (%1 angezeigt)</translation>
    </message>
    <message>
        <source> — loading…</source>
        <translation> — lädt…</translation>
    </message>
    <message>
        <source> — as of %1</source>
        <translation> — Stand %1</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>By class</source>
        <translation>Nach Klasse</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Verteilung</translation>
    </message>
    <message>
        <source>Why mail is stuck: messages per reason class, with what to do</source>
        <translation>Warum Mail hängt: Nachrichten je Grundklasse, mit Abhilfe</translation>
    </message>
    <message>
        <source>Where mail clogs: recipients per domain and age, top senders</source>
        <translation>Wo es staut: Empfänger je Domain und Alter, häufigste Absender</translation>
    </message>
    <message>
        <source>No queue loaded.</source>
        <translation>Keine Warteschlange geladen.</translation>
    </message>
    <message>
        <source>Messages (%1)</source>
        <translation>Nachrichten (%1)</translation>
    </message>
    <message>
        <source>By class (%1)</source>
        <translation>Nach Klasse (%1)</translation>
    </message>
    <message>
        <source>Check this destination</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run the checks for this message's reason on the server, for the domain of its first deferred recipient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run the checks for this class on the server, for its most deferred domain</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Ui::QueueTableModel</name>
    <message>
        <source>arrived %1</source>
        <translation>eingegangen %1</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation><numerusform>%n Byte</numerusform><numerusform>%n Bytes</numerusform></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>%1 +%2</source>
        <translation>%1 +%2</translation>
    </message>
    <message>
        <source>forced expire</source>
        <translation>Ablauf erzwungen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation><numerusform>… und %n weiterer</numerusform><numerusform>… und %n weitere</numerusform></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Queue ID</source>
        <translation>Queue-ID</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Next retry</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
</context>
<context>
    <name>Ui::RelayLoginTester</name>
    <message>
        <source>The login test gave no answer.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Ui::RelayhostAfterPage</name>
    <message>
        <source>&amp;Test the login again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The relay is configured. Check that the server can log in with what it has now, then retry the mail that was waiting.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Testing the login stored on the server…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Applied. Backup on the server: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No deferred mail waits for the relay</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>&amp;Requeue the %n message(s) deferred by relay, network or authentication problems…</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>Ui::RelayhostApplyPage</name>
    <message>
        <source>Apply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backing up, applying, checking, reloading and verifying on the server.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Ui::RelayhostLoginPage</name>
    <message>
        <source>&amp;Remember the password in this computer's keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Test login now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The user name and password (or API key) the relay expects. They are written to sasl_passwd on the server (readable by root only). Leave both empty when the relay accepts this server by its IP address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>user name or API user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>password or API key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log in to the relay from the server with these credentials, before anything is changed. Optional.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>&amp;Password or API key:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Login test:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kept so the relay check can test the login later without asking.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No system keychain is available.</source>
        <translation>Kein System-Schlüsselbund verfügbar.</translation>
    </message>
    <message>
        <source>Enter the user name that goes with the password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the password or API key for %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The user name cannot contain spaces, colons or control characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password cannot contain line breaks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Testing the login from the server…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Ui::RelayhostRelayPage</name>
    <message>
        <source>Look up the relay's MX records (rarely wanted)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Relay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postfix will hand all outgoing mail to this relay (smarthost) instead of delivering it directly. Your mail provider tells you the host and port.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>587 — STARTTLS (recommended)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>465 — TLS from the first byte (wrapper mode)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>25 — no TLS required (not recommended)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Off: Postfix connects to exactly this host ([host]:port). On: it looks up the MX records of the name first (host:port).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>relayhost will be:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the relay's host name, for example smtp.example.com.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the host name without brackets; the wizard adds them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the host name without a port; choose the port below.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a valid host name: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Ui::RelayhostReviewPage</name>
    <message>
        <source>Review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is exactly what will change on the server. main.cf and sasl_passwd are backed up first; if postfix check, the reload or the verification fails, the backup is restored automatically.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The login test failed — applying will probably not help until the login works:
%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the current settings…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Ui::RelayhostWizard</name>
    <message>
        <source>Send mail through a relay — %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Ui::SecretDialog</name>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation>Im System-Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>No system keychain is available.</source>
        <translation>Kein System-Schlüsselbund verfügbar.</translation>
    </message>
</context>
<context>
    <name>Ui::ServerCard</name>
    <message>
        <source>%1 (client: %2)</source>
        <translation>%1 (Kunde: %2)</translation>
    </message>
    <message>
        <source>last known: %1</source>
        <translation>zuletzt bekannt: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Ui::ServerDialog</name>
    <message>
        <source>ask when connecting</source>
        <translation>beim Verbinden fragen</translation>
    </message>
    <message>
        <source>Read-only: never offer queue actions</source>
        <translation>Nur lesen: nie Aktionen auf der Warteschlange anbieten</translation>
    </message>
    <message>
        <source>Add server</source>
        <translation>Server hinzufügen</translation>
    </message>
    <message>
        <source>Edit server</source>
        <translation>Server bearbeiten</translation>
    </message>
    <message>
        <source>mx1.example.org (empty: this machine)</source>
        <translation>mx1.example.org (leer: dieser Rechner)</translation>
    </message>
    <message>
        <source>SSH agent</source>
        <translation>SSH-Agent</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Automatic (use sudo when needed)</source>
        <translation>Automatisch (sudo bei Bedarf)</translation>
    </message>
    <message>
        <source>Never (root login or viewer account)</source>
        <translation>Nie (root-Anmeldung oder Lesekonto)</translation>
    </message>
    <message>
        <source>sudo without password</source>
        <translation>sudo ohne Passwort</translation>
    </message>
    <message>
        <source>sudo with password</source>
        <translation>sudo mit Passwort</translation>
    </message>
    <message>
        <source>default: ~/.ssh/known_hosts</source>
        <translation>Standard: ~/.ssh/known_hosts</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Privater Schlüssel</translation>
    </message>
    <message>
        <source>Known hosts file</source>
        <translation>Known-hosts-Datei</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Anmeldung:</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>&amp;Schlüsseldatei:</translation>
    </message>
    <message>
        <source>Key &amp;passphrase:</source>
        <translation>Schlüssel-&amp;Passphrase:</translation>
    </message>
    <message>
        <source>SSH pass&amp;word:</source>
        <translation>SSH-Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Sudo:</source>
        <translation>&amp;Sudo:</translation>
    </message>
    <message>
        <source>Sudo pa&amp;ssword:</source>
        <translation>Sudo-Pa&amp;sswort:</translation>
    </message>
    <message>
        <source>Known hosts &amp;file:</source>
        <translation>Known-hosts-&amp;Datei:</translation>
    </message>
    <message>
        <source>Passwords are stored in the system keychain, never in Postdesk's settings. Leave them empty to be asked.</source>
        <translation>Passwörter werden im System-Schlüsselbund gespeichert, nie in den Einstellungen von Postdesk. Leer lassen, um gefragt zu werden.</translation>
    </message>
    <message>
        <source>No system keychain: passwords are asked for when connecting.</source>
        <translation>Kein System-Schlüsselbund: Passwörter werden beim Verbinden abgefragt.</translation>
    </message>
    <message>
        <source>Give the server a name.</source>
        <translation>Geben Sie dem Server einen Namen.</translation>
    </message>
    <message>
        <source>Enter the user to log in as.</source>
        <translation>Geben Sie den Benutzer für die Anmeldung ein.</translation>
    </message>
    <message>
        <source>Choose the private key file.</source>
        <translation>Wählen Sie die private Schlüsseldatei.</translation>
    </message>
    <message>
        <source>client or group (the dashboard groups by it)</source>
        <translation>Kunde oder Gruppe (das Dashboard gruppiert danach)</translation>
    </message>
    <message>
        <source>Off (only on "Poll all now")</source>
        <translation>Aus (nur bei „Alle jetzt abfragen“)</translation>
    </message>
    <message>
        <source>every %1 s</source>
        <translation>alle %1 s</translation>
    </message>
    <message>
        <source>every %1 min</source>
        <translation>alle %1 min</translation>
    </message>
    <message>
        <source>every hour</source>
        <translation>stündlich</translation>
    </message>
    <message>
        <source>detect (journal, maillog_file, /var/log/mail.log …)</source>
        <translation>erkennen (Journal, maillog_file, /var/log/mail.log …)</translation>
    </message>
    <message>
        <source>[user@]host[:port] (empty: connect directly)</source>
        <translation>[benutzer@]host[:port] (leer: direkt verbinden)</translation>
    </message>
    <message>
        <source>An SSH jump host, like OpenSSH's ProxyJump</source>
        <translation>Ein SSH-Sprungserver wie ProxyJump von OpenSSH</translation>
    </message>
    <message>
        <source>&amp;Client / group:</source>
        <translation>&amp;Kunde / Gruppe:</translation>
    </message>
    <message>
        <source>&amp;Jump host:</source>
        <translation>&amp;Sprungserver:</translation>
    </message>
    <message>
        <source>&amp;Mail log:</source>
        <translation>&amp;Mail-Log:</translation>
    </message>
    <message>
        <source>Dashboard p&amp;olling:</source>
        <translation>Dashboard-&amp;Abfrage:</translation>
    </message>
    <message>
        <source>Enter the jump host as [user@]host[:port] (one hop, no spaces).</source>
        <translation>Sprungserver als [benutzer@]host[:port] eingeben (ein Sprung, keine Leerzeichen).</translation>
    </message>
</context>
<context>
    <name>Ui::ServerEditor</name>
    <message>
        <source>Remove server</source>
        <translation>Server entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from Postdesk? Its stored passwords are deleted from the keychain too. Nothing changes on the server.</source>
        <translation>%1 aus Postdesk entfernen? Seine gespeicherten Passwörter werden auch aus dem Schlüsselbund gelöscht. Auf dem Server ändert sich nichts.</translation>
    </message>
</context>
<context>
    <name>Ui::ServerListModel</name>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>verbinde</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>this machine</source>
        <translation>dieser Rechner</translation>
    </message>
    <message>
        <source>%1
State: %2</source>
        <translation>%1
Zustand: %2</translation>
    </message>
</context>
<context>
    <name>Ui::ServerListTransfer</name>
    <message>
        <source>Postdesk server list (*.json)</source>
        <translation>Postdesk-Serverliste (*.json)</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Import from SSH config…</source>
        <translation>Aus SSH-Konfiguration importieren…</translation>
    </message>
    <message>
        <source>Import server list…</source>
        <translation>Serverliste importieren…</translation>
    </message>
    <message>
        <source>Export server list…</source>
        <translation>Serverliste exportieren…</translation>
    </message>
    <message>
        <source>Imported 1 server from the SSH config.</source>
        <translation>1 Server aus der SSH-Konfiguration importiert.</translation>
    </message>
    <message>
        <source>Imported %1 servers from the SSH config.</source>
        <translation>%1 Server aus der SSH-Konfiguration importiert.</translation>
    </message>
    <message>
        <source>Import server list</source>
        <translation>Serverliste importieren</translation>
    </message>
    <message>
        <source>Export server list</source>
        <translation>Serverliste exportieren</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Nothing imported from %1: %2</source>
        <translation>Nichts aus %1 importiert: %2</translation>
    </message>
    <message>
        <source>Imported %1 servers: %2 added, %3 replaced, %4 renamed.</source>
        <translation>%1 Server importiert: %2 neu, %3 ersetzt, %4 umbenannt.</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported %1 servers to %2 (no passwords).</source>
        <translation>%1 Server nach %2 exportiert (ohne Passwörter).</translation>
    </message>
</context>
<context>
    <name>Ui::ServicesDialog</name>
    <message>
        <source>Restart &amp;Postfix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stops and starts Postfix; mail in the queue stays.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restart &amp;Amavis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The content filter; mail waits in the queue while it is down.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restart &amp;Dovecot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IMAP/POP3 and, on many servers, local delivery and SMTP login.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plesk: &amp;repair mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>plesk repair mail -y: Plesk rewrites its mail configuration.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Services — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the server prints appears here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not a Plesk server (the plesk command was not found), so there is no Plesk mail repair.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service states unknown: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the service states…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The service manager (systemd) did not answer; Postfix is restarted with its own commands.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restarting %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State now: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Ui::SessionController</name>
    <message>
        <source>SSH password</source>
        <translation>SSH-Passwort</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Passwort für %1:</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Schlüssel-Passphrase</translation>
    </message>
    <message>
        <source>Passphrase for the key %1:</source>
        <translation>Passphrase für den Schlüssel %1:</translation>
    </message>
    <message>
        <source>sudo password</source>
        <translation>sudo-Passwort</translation>
    </message>
    <message>
        <source>sudo password of %1 (sent to sudo on its standard input only):</source>
        <translation>sudo-Passwort von %1 (wird nur über die Standardeingabe an sudo übergeben):</translation>
    </message>
    <message>
        <source>No sudo password given.</source>
        <translation>Kein sudo-Passwort angegeben.</translation>
    </message>
    <message>
        <source>The host key of %1 port %2 has CHANGED. Postdesk refused to connect: this can be an attack. The server now presents %3 %4, which does not match %5. If the key was changed on purpose, remove the old entry from that file yourself.</source>
        <translation>Der Hostschlüssel von %1 Port %2 hat sich GEÄNDERT. Postdesk hat die Verbindung verweigert: Das kann ein Angriff sein. Der Server zeigt jetzt %3 %4, was nicht zu %5 passt. Wurde der Schlüssel absichtlich geändert, entfernen Sie den alten Eintrag selbst aus dieser Datei.</translation>
    </message>
    <message>
        <source>your known_hosts file</source>
        <translation>Ihrer known_hosts-Datei</translation>
    </message>
    <message>
        <source>Connection to %1 refused: its host key has CHANGED.</source>
        <translation>Verbindung zu %1 verweigert: Sein Hostschlüssel hat sich GEÄNDERT.</translation>
    </message>
</context>
<context>
    <name>Ui::ShapeModel</name>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>%1: %2 recipient(s) — double-click to list its messages</source>
        <translation>%1: %2 Empfänger — Doppelklick listet die Nachrichten</translation>
    </message>
    <message>
        <source>%1 recipient(s) in total</source>
        <translation>%1 Empfänger insgesamt</translation>
    </message>
    <message>
        <source>between %1 and %2 minutes old</source>
        <translation>zwischen %1 und %2 Minuten alt</translation>
    </message>
    <message>
        <source>older than %1 minutes</source>
        <translation>älter als %1 Minuten</translation>
    </message>
    <message>
        <source>%1: %2 recipient(s) %3</source>
        <translation>%1: %2 Empfänger %3</translation>
    </message>
    <message>
        <source>All domains</source>
        <translation>Alle Domains</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>&lt; %1</source>
        <translation>&lt; %1</translation>
    </message>
    <message>
        <source>Sender domain</source>
        <translation>Absenderdomain</translation>
    </message>
    <message>
        <source>Recipient domain</source>
        <translation>Empfängerdomain</translation>
    </message>
    <message>
        <source>Recipients in the queue</source>
        <translation>Empfänger in der Warteschlange</translation>
    </message>
    <message>
        <source>Older than %1 minutes</source>
        <translation>Älter als %1 Minuten</translation>
    </message>
    <message>
        <source>Younger than %1 minutes</source>
        <translation>Jünger als %1 Minuten</translation>
    </message>
</context>
<context>
    <name>Ui::ShapeView</name>
    <message>
        <source>By recipient domain</source>
        <translation>Nach Empfängerdomain</translation>
    </message>
    <message>
        <source>By sender domain</source>
        <translation>Nach Absenderdomain</translation>
    </message>
    <message>
        <source>Group the recipients by the domain they are sent to, or by the domain of the envelope sender.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Top senders (messages in the queue)</source>
        <translation>Häufigste Absender (Nachrichten in der Warteschlange)</translation>
    </message>
    <message>
        <source>No queue loaded.</source>
        <translation>Keine Warteschlange geladen.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) by domain and age (whole queue). Darker = more. Double-click a domain to list its messages.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>Ui::SparklineWidget</name>
    <message>
        <source>Queue size, last 24 hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No history yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Queue size over the last 24 hours: %1 to %2 messages, now %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Ui::SshImportDialog</name>
    <message>
        <source>Import from SSH config</source>
        <translation>Aus SSH-Konfiguration importieren</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Config file:</source>
        <translation>Konfigurationsdatei:</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Jump host</source>
        <translation>Sprungserver</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Passwords and passphrases are not imported: Postdesk asks for them on the first connection and keeps them in the system keychain.</source>
        <translation>Passwörter und Passphrasen werden nicht importiert: Postdesk fragt bei der ersten Verbindung danach und legt sie im Schlüsselbund des Systems ab.</translation>
    </message>
    <message>
        <source>already imported</source>
        <translation>bereits importiert</translation>
    </message>
    <message>
        <source>No concrete hosts in this file (wildcard patterns are not servers).</source>
        <translation>Keine konkreten Hosts in dieser Datei (Platzhalter-Muster sind keine Server).</translation>
    </message>
    <message>
        <source>Import 1 server</source>
        <translation>1 Server importieren</translation>
    </message>
    <message>
        <source>Import %1 servers</source>
        <translation>%1 Server importieren</translation>
    </message>
    <message>
        <source>SSH client config</source>
        <translation>SSH-Client-Konfiguration</translation>
    </message>
</context>
<context>
    <name>Ui::TimeLineChartWidget</name>
    <message>
        <source>Nothing to show.</source>
        <translation>Nichts anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>Ui::TopSendersModel</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1
%2 message(s) to %3 recipient(s), %4
oldest message arrived %5</source>
        <translation>%1
%2 Nachricht(en) an %3 Empfänger, %4
älteste Nachricht eingegangen %5</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
</context>
<context>
    <name>Ui::TrailModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Queue ID</source>
        <translation>Queue-ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
</context>
<context>
    <name>Ui::TrailView</name>
    <message>
        <source>Select a message to see its lines in the mail log.</source>
        <translation>Wählen Sie eine Nachricht, um ihre Zeilen im Mail-Log zu sehen.</translation>
    </message>
    <message>
        <source>Searching the mail log for %1…</source>
        <translation>Durchsuche das Mail-Log nach %1…</translation>
    </message>
    <message>
        <source>This account may not read the mail log%1. The log is readable by root and the adm group: connect as such a user, or allow sudo for this server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>No mail log found on this server: %1</source>
        <translation>Kein Mail-Log auf diesem Server gefunden: %1</translation>
    </message>
    <message>
        <source>Could not read the mail log: %1</source>
        <translation>Das Mail-Log konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No log lines found for %1 in %2. The lines may be in a log that was rotated away, or logging was off when the message arrived.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the mail log</source>
        <translation>das Mail-Log</translation>
    </message>
    <message numerus="yes">
        <source>%n log line(s) for %1</source>
        <translation><numerusform>%n Log-Zeile für %1</numerusform><numerusform>%n Log-Zeilen für %1</numerusform></translation>
    </message>
    <message>
        <source> (followed %1)</source>
        <translation> (verfolgt: %1)</translation>
    </message>
    <message>
        <source> from %1</source>
        <translation> aus %1</translation>
    </message>
    <message>
        <source> — only the newest lines are shown</source>
        <translation> — nur die neuesten Zeilen werden gezeigt</translation>
    </message>
    <message>
        <source>Ran on the server:
%1</source>
        <translation>Auf dem Server ausgeführt:
%1</translation>
    </message>
</context>
<context>
    <name>Ui::TuningDialog</name>
    <message>
        <source>&amp;Preview and apply…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Throttle…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove throttle…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also remove the slow transport (no other destination is throttled)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retry and throttling — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retry presets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the current values…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Throttle a destination</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When a receiving provider limits this server (421/450 4.7.x, "too many connections"), faster retries make it worse. Postfix's fix: deliver to that domain through a dedicated transport with fewer parallel connections and a pause between messages.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>provider.example</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parallel &amp;connections:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pause between two deliveries to this domain, e.g. 1s, 10s, 1m.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Pause between messages:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the destination domain to slow down.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a valid domain: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the pause as a number with s, m or h, for example 1s or 10s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A pause longer than one hour would stall the destination; use at most 1h.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not read the current values: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Now: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retry preset: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop throttling %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Throttle %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Ui::WelcomePage</name>
    <message>
        <source>Postdesk shows the mail queues of your Postfix servers over SSH.
Add your first server to begin.</source>
        <translation>Postdesk zeigt die Mail-Warteschlangen Ihrer Postfix-Server über SSH.
Fügen Sie Ihren ersten Server hinzu, um zu beginnen.</translation>
    </message>
    <message>
        <source>Welcome to Postdesk</source>
        <translation>Willkommen bei Postdesk</translation>
    </message>
    <message>
        <source>Add server…</source>
        <translation>Server hinzufügen…</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Postfix mail queues over SSH</source>
        <translation>Postfix-Mail-Warteschlangen über SSH</translation>
    </message>
    <message>
        <source>Use the INI settings FILE instead of the user's settings.</source>
        <translation>Die INI-Einstellungsdatei FILE statt der Benutzereinstellungen verwenden.</translation>
    </message>
    <message>
        <source>Connect to the server profile called NAME.</source>
        <translation>Mit dem Serverprofil NAME verbinden.</translation>
    </message>
    <message>
        <source>Keep the queue history of the dashboard in FILE.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>