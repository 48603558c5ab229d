#include "faketransport.h"

#include "remote/serversession.h"
#include "services/previewloader.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Services::PreviewLoader;
using Services::PreviewPart;
using Services::PreviewResult;
using TestSupport::FakeTransport;

namespace {

const QString activeId = u"6CB161202AB"_s;

struct Setup
{
    std::unique_ptr<Remote::ServerSession> session;
    QPointer<FakeTransport> fake;
};

Setup makeSession(const FakeTransport::ProbeSetup &probe, const std::function<void(FakeTransport *)> &answers,
                  const std::function<void(Remote::ServerSession *)> &configure = {})
{
    Setup s;
    auto *fake = new FakeTransport;
    fake->respondToProbe(FakeTransport::probeOutput(probe));
    answers(fake);
    s.fake = fake;
    Remote::ConnectionParams p;
    p.host = u"fake.example"_s;
    p.user = probe.user;
    s.session = std::make_unique<Remote::ServerSession>(p, nullptr, fake->factory());
    if (configure)
        configure(s.session.get());
    QSignalSpy ready(s.session.get(), &Remote::ServerSession::ready);
    s.session->connectToServer();
    if (!ready.wait(5000))
        qWarning("session not ready: %s", qPrintable(s.session->lastError()));
    return s;
}

PreviewResult load(PreviewLoader &loader, const QString &id, Services::PreviewParts parts)
{
    QSignalSpy finished(&loader, &PreviewLoader::finished);
    loader.load(id, parts);
    if (finished.isEmpty() && !finished.wait(5000))
        return PreviewResult{.error = u"test: no finished()"_s};
    return finished.first().at(0).value<PreviewResult>();
}

QRegularExpression postcat(const QString &flags)
{
    return QRegularExpression(u"postcat -q"_s + flags + u" "_s + activeId + u"$"_s);
}

} // namespace

class tst_PreviewLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<Services::PreviewResult>(); }

    void headersAndEnvelopeAsRoot()
    {
        auto s = makeSession({}, [](FakeTransport *f) {
            f->onMatch(postcat(u"eh"_s), FakeTransport::Response::fromFile(u"postcat/dsgnr-postfixbuddy__postcat-q-active.txt"_s));
        });
        PreviewLoader loader(s.session.get());
        const PreviewResult r = load(loader, activeId, {PreviewPart::Envelope, PreviewPart::Headers});
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.queueId, activeId);
        QCOMPARE(r.message.subject(), u"Test mail from web"_s);
        QCOMPARE(r.message.queuePath, u"active/6CB161202AB"_s);
        QVERIFY(!r.message.bodyTruncated);
        QVERIFY(r.command.contains(u"postcat"_s));
        const Remote::RemoteCommand &sent = s.fake->calls().last().command;
        QVERIFY(!sent.shellLine.contains("sudo")); // root needs no wrapper
        QCOMPARE(sent.privilege, Remote::Privilege::MailOwner);
    }

    void partsSelectFlags_data()
    {
        QTest::addColumn<int>("parts");
        QTest::addColumn<QString>("flags");
        QTest::newRow("h") << int(PreviewPart::Headers) << u"h"_s;
        QTest::newRow("eh") << int(PreviewPart::Envelope | PreviewPart::Headers) << u"eh"_s;
        QTest::newRow("bh") << int(PreviewPart::Body | PreviewPart::Headers) << u"bh"_s;
        QTest::newRow("beh") << int(PreviewPart::Body | PreviewPart::Envelope | PreviewPart::Headers) << u"beh"_s;
    }

    void partsSelectFlags()
    {
        QFETCH(int, parts);
        QFETCH(QString, flags);
        auto s = makeSession({}, [&](FakeTransport *f) {
            f->onMatch(postcat(flags), FakeTransport::Response::fromFile(u"postcat/dsgnr-postfixbuddy__postcat-q-active.txt"_s));
        });
        PreviewLoader loader(s.session.get());
        const PreviewResult r = load(loader, activeId, Services::PreviewParts::fromInt(parts));
        QVERIFY2(r.ok(), qPrintable(r.error + u" / sent: "_s + QString::fromUtf8(s.fake->shellLines().last())));
    }

    void sudoForMailOwner()
    {
        auto s = makeSession({.uid = 2001, .user = u"pdadmin"_s, .sudoNoPassword = true}, [](FakeTransport *f) {
            f->onMatch(QRegularExpression(u"sudo .*postcat -qh 6CB161202AB$"_s),
                       FakeTransport::Response::fromFile(u"postcat/dsgnr-postfixbuddy__postcat-q-active.txt"_s));
        });
        PreviewLoader loader(s.session.get());
        const PreviewResult r = load(loader, activeId, PreviewPart::Headers);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(s.fake->shellLines().last().contains("-u postfix"));
    }

    void gone()
    {
        auto s = makeSession({}, [](FakeTransport *f) {
            f->onMatch(postcat(u"eh"_s),
                       {.stdErr = "postcat: fatal: open queue file 6CB161202AB: No such file or directory\n",
                        .exitCode = 1});
        });
        PreviewLoader loader(s.session.get());
        const PreviewResult r = load(loader, activeId, {PreviewPart::Envelope, PreviewPart::Headers});
        QVERIFY(r.gone);
        QVERIFY(r.error.isEmpty());
        QVERIFY(!r.permissionDenied);
        QVERIFY(!r.ok());
    }

    void noPrivilegeIsPermissionDenied()
    {
        auto s = makeSession({.uid = 2002, .user = u"pdviewer"_s, .sudo = false}, [](FakeTransport *) {});
        PreviewLoader loader(s.session.get());
        const PreviewResult r = load(loader, activeId, PreviewPart::Headers);
        QVERIFY(r.permissionDenied);
        QVERIFY2(r.error.contains(u"cannot read message contents"_s), qPrintable(r.error));
        QVERIFY(!r.error.contains(u"permission"_s, Qt::CaseInsensitive)); // classified by kind, not words
        for (const QByteArray &line : s.fake->shellLines())
            QVERIFY(!line.startsWith("/usr/sbin/postcat")); // only the probe ran
    }

    void postcatPermissionDenied()
    {
        auto s = makeSession({}, [](FakeTransport *f) {
            f->onMatch(postcat(u"h"_s),
                       {.stdErr = "postcat: fatal: open queue file 6CB161202AB: Permission denied\n", .exitCode = 1});
        });
        PreviewLoader loader(s.session.get());
        const PreviewResult r = load(loader, activeId, PreviewPart::Headers);
        QVERIFY(r.permissionDenied);
        QVERIFY(r.error.contains(u"Permission denied"_s));
    }

    void sudoRefusalIsPermissionDenied()
    {
        auto s = makeSession({.uid = 2001, .user = u"pdadmin"_s}, [](FakeTransport *f) {
            f->onMatch(QRegularExpression(u"^/usr/bin/sudo "_s),
                       {.stdErr = "Sorry, try again.\nsudo: 1 incorrect password attempt\n", .exitCode = 1});
        }, [](Remote::ServerSession *session) { session->setSudoPassword(u"wrong"_s); });
        PreviewLoader loader(s.session.get());
        const PreviewResult r = load(loader, activeId, PreviewPart::Headers);
        QVERIFY(r.permissionDenied);
        QVERIFY2(r.error.contains(u"did not accept the password"_s), qPrintable(r.error));
    }

    void wordsInATransportErrorAreNotPermission()
    {
        // A transport failure whose text happens to say "permission" or "sudo" is not a refusal.
        auto s = makeSession({}, [](FakeTransport *f) {
            f->onMatch(postcat(u"h"_s), {.error = u"channel failed: administratively prohibited (permission, sudo)"_s});
        });
        PreviewLoader loader(s.session.get());
        const PreviewResult r = load(loader, activeId, PreviewPart::Headers);
        QVERIFY(!r.permissionDenied);
        QVERIFY(!r.error.isEmpty());
    }

    void invalidIdNeverSent()
    {
        auto s = makeSession({}, [](FakeTransport *) {});
        PreviewLoader loader(s.session.get());
        const int before = int(s.fake->calls().size());
        const PreviewResult r = load(loader, u"'$(reboot)'"_s, PreviewPart::Headers);
        QVERIFY(!r.ok());
        QVERIFY(!r.error.isEmpty());
        QCOMPARE(int(s.fake->calls().size()), before);
    }

    void bodyIsCapped()
    {
        QByteArray big = "*** MESSAGE CONTENTS active/6CB161202AB ***\nSubject: big\n\n";
        const QByteArray line(1023, 'x');
        while (big.size() < 21LL * 1024 * 1024)
            big += line + '\n';
        auto s = makeSession({}, [&](FakeTransport *f) {
            f->onMatch(postcat(u"bh"_s), {.chunks = {big.left(8 << 20), big.mid(8 << 20, 8 << 20), big.mid(16 << 20)}});
        });
        PreviewLoader loader(s.session.get());
        const PreviewResult r = load(loader, activeId, {PreviewPart::Headers, PreviewPart::Body});
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(r.message.bodyTruncated);
        QVERIFY(r.message.body.size() <= 20 * 1024 * 1024);
    }

    void newerLoadSupersedes()
    {
        auto s = makeSession({}, [](FakeTransport *f) {
            f->onMatch(QRegularExpression(u"postcat -qh 6CB161202AB$"_s), {.hang = true});
            f->onMatch(QRegularExpression(u"postcat -qh 4Jgt2V6BKNz1xy5$"_s),
                       FakeTransport::Response::fromFile(u"postcat/dsgnr-postfixbuddy__postcat-q-active.txt"_s));
        });
        PreviewLoader loader(s.session.get());
        QSignalSpy finished(&loader, &PreviewLoader::finished);
        loader.load(activeId, PreviewPart::Headers);
        QTRY_COMPARE(s.fake->runningCount(), 1);
        loader.load(u"4Jgt2V6BKNz1xy5"_s, PreviewPart::Headers);
        QVERIFY(finished.wait(5000));
        QTest::qWait(50);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).value<PreviewResult>().queueId, u"4Jgt2V6BKNz1xy5"_s);
        QCOMPARE(s.fake->canceledIds().size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_PreviewLoader)
#include "tst_previewloader.moc"
