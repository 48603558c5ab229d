// DnsLookup and DnsCommands over the fake transport: the exact command lines, dig → host → getent
// fallbacks, implicit and null MX, failures. Output captured inside the test server.
#include "checks/commandrunner.h"
#include "checks/dnslookup.h"
#include "remote/dnscommands.h"

#include "fakesession.h"

#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using TestSupport::FakeTransport;
using Status = Diagnosis::DnsReply::Status;

namespace {

const QByteArray digPrefix = "/usr/bin/dig +noall +comments +question +answer +stats +tries=1 +time=3 ";

FakeTransport::Response file(const QString &name, int exitCode = 0)
{
    return FakeTransport::Response::fromFile(u"diagnostics/dns/"_s + name, exitCode);
}

template <typename T>
std::optional<T> waitFor(std::optional<T> &slot)
{
    if (!QTest::qWaitFor([&] { return slot.has_value(); }, 10000))
        return std::nullopt;
    return slot;
}

// resolveMx on a fresh runner of the session, waited for.
std::optional<Checks::MxResolution> resolveMx(const TestSupport::FakeSession &s, const QString &domain)
{
    Checks::CommandRunner runner(s.session.get());
    std::optional<Checks::MxResolution> got;
    Checks::DnsLookup(runner, {}).resolveMx(domain, [&](const Checks::MxResolution &r) { got = r; });
    return waitFor(got);
}

} // namespace

class TestDnsLookup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commandLines();
    void digLookup();
    void resolveMxWithHosts();
    void resolveMxImplicit();
    void resolveMxNull();
    void resolveMxFailures();
    void invalidNamesAreNeverSent();
    void hostFallback();
    void getentFallback();
    void noTool();
    void transportFailure();
    void canceledRunnerNeverCallsBack();
};

void TestDnsLookup::commandLines()
{
    auto s = TestSupport::readyFakeSession({});
    const Remote::DnsCommands c(s.session->capabilities());
    const auto d = Remote::Domain::parse(u"Example.COM"_s);
    const auto dig = c.dig({{*d, u"MX"_s}, {*d, u"A"_s}}, 3);
    QVERIFY(dig.ok());
    QCOMPARE(dig.command.shellLine, digPrefix + "example.com. MX example.com. A");
    QCOMPARE(dig.command.privilege, Remote::Privilege::User);
    QCOMPARE(dig.command.timeoutMs, 2 * 3 * 3000 + 5000);
    QVERIFY(dig.command.maxOutputBytes <= 256 * 1024);
    QCOMPARE(c.host(*d, u"TXT"_s, 2).command.shellLine, "/usr/bin/host -W 2 -t TXT example.com.");
    QCOMPARE(c.getentA(*d).command.shellLine, "/usr/bin/getent ahostsv4 example.com");
    QCOMPARE(c.resolvConf().command.shellLine, "/usr/bin/cat /etc/resolv.conf");
    QCOMPARE(c.routeSource(false).command.shellLine, "/usr/bin/ip -o route get 192.0.2.1");
    QCOMPARE(c.routeSource(true).command.shellLine, "/usr/bin/ip -o -6 route get 2001:db8::1");
    QCOMPARE(c.globalAddresses().command.shellLine, "/usr/bin/ip -o addr show scope global");
    QCOMPARE(c.bindAddresses().command.shellLine, "/usr/sbin/postconf smtp_bind_address smtp_bind_address6");
    QVERIFY(!c.dig({{*d, u"ANY"_s}}, 3).ok());
    QVERIFY(!c.dig({}, 3).ok());
    QVERIFY(!c.host(*d, u"SOA; rm"_s, 3).ok());
    // A name that looks like a record type is still a name: sent with its trailing dot.
    const auto mx = Remote::Domain::parse(u"mx"_s);
    QCOMPARE(c.dig({{*mx, u"A"_s}}, 1).command.shellLine,
             "/usr/bin/dig +noall +comments +question +answer +stats +tries=1 +time=1 mx. A");

    auto missing = TestSupport::readyFakeSession({.missingTools = {u"dig"_s, u"host"_s, u"ip"_s}});
    const Remote::DnsCommands m(missing.session->capabilities());
    QVERIFY(m.dig({{*d, u"A"_s}}, 3).error.contains(u"bind9-dnsutils"_s));
    QVERIFY(m.host(*d, u"A"_s, 3).error.contains(u"bind-utils"_s));
    QVERIFY(m.routeSource(false).error.contains(u"iproute2"_s));
}

void TestDnsLookup::digLookup()
{
    auto s = TestSupport::readyFakeSession({}, [](FakeTransport *f) {
        f->on(digPrefix + "oldcorp.example. MX oldcorp.example. A", file(u"dig-mx-oldcorp.txt"_s));
    });
    Checks::CommandRunner runner(s.session.get());
    Checks::DnsLookup lookup(runner, {});
    std::optional<Checks::DnsLookupResult> got;
    lookup.lookup({{u"OldCorp.Example."_s, u"mx"_s}, {u"oldcorp.example"_s, u"A"_s}},
                  [&](const Checks::DnsLookupResult &r) { got = r; });
    QVERIFY(!got); // never synchronous
    const auto r = waitFor(got);
    QVERIFY(r);
    QVERIFY2(r->ok(), qPrintable(r->error));
    QCOMPARE(r->tool, u"dig"_s);
    QCOMPARE(r->commands, QStringList{QString::fromLatin1(digPrefix + "oldcorp.example. MX oldcorp.example. A")});
    QCOMPARE(r->replies.size(), 2);
    QCOMPARE(r->replies[0].dataOf(u"MX"_s), QStringList{u"10 mail.oldcorp.example"_s});
    QCOMPARE(r->replies[1].status, Status::NoError);
    QCOMPARE(runner.sentCommands(), r->commands);
}

void TestDnsLookup::resolveMxWithHosts()
{
    auto s = TestSupport::readyFakeSession({}, [](FakeTransport *f) {
        f->on(digPrefix + "oldcorp.example. MX oldcorp.example. A", file(u"dig-mx-oldcorp.txt"_s));
        f->on(digPrefix + "mail.oldcorp.example. A", file(u"dig-a-mail.oldcorp.txt"_s));
    });
    const auto r = resolveMx(s, u"oldcorp.example"_s);
    QVERIFY(r);
    QVERIFY2(r->ok(), qPrintable(r->error));
    QCOMPARE(r->domain, u"oldcorp.example"_s);
    QCOMPARE(r->hosts.size(), 1);
    QCOMPARE(r->hosts[0].name, u"mail.oldcorp.example"_s);
    QCOMPARE(r->hosts[0].preference, 10);
    QCOMPARE(r->hosts[0].addresses, QStringList{u"127.0.0.20"_s});
    QVERIFY(!r->hosts[0].implicit);
    QCOMPARE(r->addressReplies.size(), 1);
    QCOMPARE(r->commands.size(), 2);
}

void TestDnsLookup::resolveMxImplicit()
{
    auto s = TestSupport::readyFakeSession({}, [](FakeTransport *f) {
        f->on(digPrefix + "mail.pdts.test. MX mail.pdts.test. A", file(u"dig-mx-implicit.txt"_s));
    });
    const auto r = resolveMx(s, u"mail.pdts.test"_s);
    QVERIFY(r && r->ok());
    QCOMPARE(r->hosts.size(), 1);
    QVERIFY(r->hosts[0].implicit);
    QCOMPARE(r->hosts[0].name, u"mail.pdts.test"_s);
    QCOMPARE(r->hosts[0].addresses, QStringList{u"192.0.2.25"_s});
    QCOMPARE(r->commands.size(), 1);
}

void TestDnsLookup::resolveMxNull()
{
    const QByteArray nullMx = ";; Got answer:\n;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 1\n"
                              ";; QUESTION SECTION:\n;nomail.example.\t\tIN\tMX\n\n;; ANSWER SECTION:\n"
                              "nomail.example.\t300\tIN\tMX\t0 .\n\n;; Query time: 1 msec\n;; MSG SIZE  rcvd: 1\n"
                              ";; Got answer:\n;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 2\n"
                              ";; QUESTION SECTION:\n;nomail.example.\t\tIN\tA\n\n;; Query time: 1 msec\n;; MSG SIZE  rcvd: 1\n";
    auto s = TestSupport::readyFakeSession({}, [&](FakeTransport *f) {
        f->on(digPrefix + "nomail.example. MX nomail.example. A", {.stdOut = nullMx});
    });
    const auto r = resolveMx(s, u"nomail.example"_s);
    QVERIFY(r);
    QVERIFY(!r->ok());
    QVERIFY(r->error.contains(u"null MX"_s));
    QVERIFY(r->hosts.isEmpty());
    QCOMPARE(r->mxReply.dataOf(u"MX"_s), QStringList{u"0 ."_s});
}

void TestDnsLookup::resolveMxFailures()
{
    auto s = TestSupport::readyFakeSession({}, [](FakeTransport *f) {
        f->on(digPrefix + "dnsfail.example. MX dnsfail.example. A", file(u"dig-mx-dnsfail.txt"_s));
        f->on(digPrefix + "nosuchhost.example. MX nosuchhost.example. A", file(u"dig-mx-nxdomain.txt"_s));
    });
    Checks::CommandRunner runner(s.session.get());
    std::optional<Checks::MxResolution> fail;
    std::optional<Checks::MxResolution> nx;
    Checks::DnsLookup lookup(runner, {});
    lookup.resolveMx(u"dnsfail.example"_s, [&](const Checks::MxResolution &r) { fail = r; });
    lookup.resolveMx(u"nosuchhost.example"_s, [&](const Checks::MxResolution &r) { nx = r; });
    QVERIFY(waitFor(fail) && waitFor(nx));
    QVERIFY(fail->ok()); // the DNS answered: the status is in mxReply, not an error of the lookup
    QCOMPARE(fail->mxReply.status, Status::ServFail);
    QVERIFY(fail->hosts.isEmpty());
    QCOMPARE(nx->mxReply.status, Status::NxDomain);
}

void TestDnsLookup::invalidNamesAreNeverSent()
{
    auto s = TestSupport::readyFakeSession({});
    Checks::CommandRunner runner(s.session.get());
    std::optional<Checks::DnsLookupResult> got;
    Checks::DnsLookup(runner, {}).lookup({{u"bad name;rm -rf /"_s, u"A"_s}, {u"ok.example"_s, u"SOA"_s}},
                                         [&](const Checks::DnsLookupResult &r) { got = r; });
    QVERIFY(waitFor(got));
    QCOMPARE(got->replies.size(), 2);
    QCOMPARE(got->replies[0].status, Status::OtherError);
    QVERIFY(!got->replies[0].statusText.isEmpty());
    QCOMPARE(got->replies[1].status, Status::OtherError);
    QVERIFY(runner.sentCommands().isEmpty());

    std::optional<Checks::MxResolution> mx;
    Checks::DnsLookup(runner, {}).resolveMx(u"-bad..domain"_s, [&](const Checks::MxResolution &r) { mx = r; });
    QVERIFY(waitFor(mx));
    QVERIFY(!mx->ok());
    QVERIFY(runner.sentCommands().isEmpty());
}

void TestDnsLookup::hostFallback()
{
    auto s = TestSupport::readyFakeSession({.missingTools = {u"dig"_s}}, [](FakeTransport *f) {
        f->on("/usr/bin/host -W 3 -t MX oldcorp.example.", file(u"host-MX-oldcorp.example.txt"_s));
        f->on("/usr/bin/host -W 3 -t A oldcorp.example.", {.stdOut = "oldcorp.example has no A record\n"});
        f->on("/usr/bin/host -W 3 -t A mail.oldcorp.example.", file(u"host-A-mail.oldcorp.example.txt"_s));
        f->on("/usr/bin/host -W 3 -t MX dnsfail.example.", file(u"host-MX-dnsfail.example.txt"_s, 1));
    });
    const auto r = resolveMx(s, u"oldcorp.example"_s);
    QVERIFY(r && r->ok());
    QCOMPARE(r->hosts.size(), 1);
    QCOMPARE(r->hosts[0].addresses, QStringList{u"127.0.0.20"_s});
    QCOMPARE(r->commands.size(), 3);
    QVERIFY(r->commands.contains(u"/usr/bin/host -W 3 -t MX oldcorp.example."_s));

    Checks::CommandRunner runner(s.session.get());
    std::optional<Checks::DnsLookupResult> fail;
    Checks::DnsLookup(runner, {}).lookup({{u"dnsfail.example"_s, u"MX"_s}},
                                         [&](const Checks::DnsLookupResult &x) { fail = x; });
    QVERIFY(waitFor(fail));
    QCOMPARE(fail->tool, u"host"_s);
    QCOMPARE(fail->replies[0].status, Status::ServFail);
}

void TestDnsLookup::getentFallback()
{
    auto s = TestSupport::readyFakeSession({.missingTools = {u"dig"_s, u"host"_s}}, [](FakeTransport *f) {
        f->on("/usr/bin/getent ahostsv4 mail.pdts.test", file(u"getent-mail.pdts.test.txt"_s));
    });
    Checks::CommandRunner runner(s.session.get());
    std::optional<Checks::DnsLookupResult> got;
    Checks::DnsLookup(runner, {}).lookup({{u"mail.pdts.test"_s, u"A"_s}, {u"mail.pdts.test"_s, u"MX"_s}},
                                         [&](const Checks::DnsLookupResult &r) { got = r; });
    QVERIFY(waitFor(got));
    QVERIFY(got->ok());
    QCOMPARE(got->tool, u"getent"_s);
    QCOMPARE(got->replies[0].dataOf(u"A"_s), QStringList{u"192.0.2.25"_s});
    QCOMPARE(got->replies[1].status, Status::NotAsked);
    QVERIFY(got->replies[1].statusText.contains(u"bind9-dnsutils"_s));

    std::optional<Checks::MxResolution> mx;
    Checks::DnsLookup(runner, {}).resolveMx(u"mail.pdts.test"_s, [&](const Checks::MxResolution &r) { mx = r; });
    QVERIFY(waitFor(mx));
    QVERIFY(!mx->ok());
    QVERIFY(mx->error.contains(u"bind9-dnsutils"_s));
}

void TestDnsLookup::noTool()
{
    auto s = TestSupport::readyFakeSession({.missingTools = {u"dig"_s, u"host"_s, u"getent"_s}});
    Checks::CommandRunner runner(s.session.get());
    std::optional<Checks::DnsLookupResult> got;
    Checks::DnsLookup(runner, {}).lookup({{u"example.com"_s, u"A"_s}},
                                         [&](const Checks::DnsLookupResult &r) { got = r; });
    QVERIFY(waitFor(got));
    QVERIFY(!got->ok());
    QVERIFY(got->error.contains(u"bind9-dnsutils"_s));
    QVERIFY(got->error.contains(u"bind-utils"_s));
    QVERIFY(runner.sentCommands().isEmpty());
}

void TestDnsLookup::transportFailure()
{
    auto s = TestSupport::readyFakeSession({}, [](FakeTransport *f) {
        f->on(digPrefix + "example.com. A", {.error = u"connection to fake lost"_s});
        f->on(digPrefix + "example.org. A", {.stdOut = "", .exitCode = 10});
    });
    Checks::CommandRunner runner(s.session.get());
    std::optional<Checks::DnsLookupResult> lost;
    std::optional<Checks::DnsLookupResult> empty;
    Checks::DnsLookup lookup(runner, {});
    lookup.lookup({{u"example.com"_s, u"A"_s}}, [&](const Checks::DnsLookupResult &r) { lost = r; });
    lookup.lookup({{u"example.org"_s, u"A"_s}}, [&](const Checks::DnsLookupResult &r) { empty = r; });
    QVERIFY(waitFor(lost) && waitFor(empty));
    QVERIFY(!lost->ok());
    QVERIFY(lost->error.contains(u"lost"_s));
    QVERIFY(empty->ok());
    QCOMPARE(empty->replies[0].status, Status::OtherError);
    QVERIFY(!empty->replies[0].explanation().isEmpty());
}

void TestDnsLookup::canceledRunnerNeverCallsBack()
{
    auto s = TestSupport::readyFakeSession({}, [](FakeTransport *f) {
        f->on(digPrefix + "example.com. A", {.stdOut = "", .delayMs = 50});
    });
    Checks::CommandRunner runner(s.session.get());
    bool called = false;
    Checks::DnsLookup(runner, {}).lookup({{u"example.com"_s, u"A"_s}},
                                         [&](const Checks::DnsLookupResult &) { called = true; });
    runner.cancelAll();
    QTest::qWait(200);
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(TestDnsLookup)
#include "tst_dnslookup.moc"
