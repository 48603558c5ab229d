#include "testserverenv.h"

#include "postfix/queueparsers.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QThread>

using namespace Qt::StringLiterals;

namespace TestSupport {

namespace {

// Every key the contract promises; a file without one of them is reported as invalid.
const QStringList requiredKeys = {
    u"PD_TS_NAME"_s, u"PD_TS_HOST"_s, u"PD_TS_PORT"_s, u"PD_TS_KNOWN_HOSTS"_s,
    u"PD_TS_CHANGED_KNOWN_HOSTS"_s, u"PD_TS_HOSTKEY_SHA256"_s, u"PD_TS_ROOT_KEY"_s,
    u"PD_TS_ADMIN_USER"_s, u"PD_TS_ADMIN_PASSWORD"_s, u"PD_TS_ADMIN_KEY_ECDSA"_s,
    u"PD_TS_ADMIN_KEY_RSA"_s, u"PD_TS_ADMIN_KEY_RSA_PASSPHRASE"_s, u"PD_TS_VIEWER_USER"_s,
    u"PD_TS_VIEWER_PASSWORD"_s, u"PD_TS_VIEWER_KEY"_s, u"PD_TS_SEEDED"_s,
    u"PD_TS_PREVIEW_SENDER"_s, u"PD_TS_PREVIEW_SUBJECT"_s, u"PD_TS_STATE_DIR"_s,
};

} // namespace

TestServerEnv::TestServerEnv()
{
    const QString path = qEnvironmentVariable("POSTDESK_TESTSERVER_ENV");
    if (path.isEmpty()) {
        m_error = u"POSTDESK_TESTSERVER_ENV is not set: run the integration tests through ctest "
                  "(fixture testserver_up) or start scripts/testserver/testserver.sh up DIR and "
                  "point POSTDESK_TESTSERVER_ENV at DIR/env"_s;
        return;
    }
    load(path);
}

TestServerEnv::TestServerEnv(const QString &envFile)
{
    load(envFile);
}

void TestServerEnv::load(const QString &envFile)
{
    m_envFile = envFile;
    QFile file(envFile);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = u"test server env file %1 cannot be read (%2): is the test server up?"_s
                      .arg(envFile, file.errorString());
        return;
    }
    // KEY=VALUE; the value is everything after the first '=' (it may contain spaces, quotes, '=').
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype eq = line.indexOf('=');
        if (line.isEmpty() || line.startsWith('#') || eq <= 0)
            continue;
        m_values.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    QStringList missing;
    for (const QString &key : requiredKeys) {
        if (!m_values.contains(key))
            missing.append(key);
    }
    if (!missing.isEmpty())
        m_error = u"test server env file %1 lacks %2"_s.arg(envFile, missing.join(u", "_s));
    else if (port() <= 0)
        m_error = u"test server env file %1 has a bad PD_TS_PORT"_s.arg(envFile);
}

QString TestServerEnv::value(const QString &key) const
{
    return m_values.value(key);
}

QString TestServerEnv::name() const { return value(u"PD_TS_NAME"_s); }
QString TestServerEnv::host() const { return value(u"PD_TS_HOST"_s); }
int TestServerEnv::port() const { return value(u"PD_TS_PORT"_s).toInt(); }
QString TestServerEnv::stateDir() const { return value(u"PD_TS_STATE_DIR"_s); }
QString TestServerEnv::knownHostsFile() const { return value(u"PD_TS_KNOWN_HOSTS"_s); }
QString TestServerEnv::changedKnownHostsFile() const { return value(u"PD_TS_CHANGED_KNOWN_HOSTS"_s); }
QString TestServerEnv::hostKeySha256() const { return value(u"PD_TS_HOSTKEY_SHA256"_s); }
QString TestServerEnv::rootKey() const { return value(u"PD_TS_ROOT_KEY"_s); }
QString TestServerEnv::adminUser() const { return value(u"PD_TS_ADMIN_USER"_s); }
QString TestServerEnv::adminPassword() const { return value(u"PD_TS_ADMIN_PASSWORD"_s); }
QString TestServerEnv::adminKeyEcdsa() const { return value(u"PD_TS_ADMIN_KEY_ECDSA"_s); }
QString TestServerEnv::adminKeyRsa() const { return value(u"PD_TS_ADMIN_KEY_RSA"_s); }
QString TestServerEnv::adminKeyRsaPassphrase() const { return value(u"PD_TS_ADMIN_KEY_RSA_PASSPHRASE"_s); }
QString TestServerEnv::viewerUser() const { return value(u"PD_TS_VIEWER_USER"_s); }
QString TestServerEnv::viewerPassword() const { return value(u"PD_TS_VIEWER_PASSWORD"_s); }
QString TestServerEnv::viewerKey() const { return value(u"PD_TS_VIEWER_KEY"_s); }
int TestServerEnv::seeded() const { return value(u"PD_TS_SEEDED"_s).toInt(); }
QString TestServerEnv::previewSender() const { return value(u"PD_TS_PREVIEW_SENDER"_s); }
QString TestServerEnv::previewSubject() const { return value(u"PD_TS_PREVIEW_SUBJECT"_s); }

QString TestServerEnv::script() const
{
    const QString fromEnv = value(u"PD_TS_SCRIPT"_s);
    if (!fromEnv.isEmpty() && QFileInfo(fromEnv).isExecutable())
        return fromEnv;
    return QStringLiteral(POSTDESK_SOURCE_DIR) + u"/scripts/testserver/testserver.sh"_s;
}

Remote::ConnectionParams TestServerEnv::connectionParams(const QString &user,
                                                         Remote::AuthMethod auth,
                                                         const QString &keyFile) const
{
    Remote::ConnectionParams params;
    params.host = host();
    params.port = port();
    params.user = user;
    params.auth = auth;
    params.keyFile = keyFile;
    params.knownHostsFile = knownHostsFile();
    return params;
}

int TestServerEnv::runScript(const QStringList &arguments, QByteArray *out, QByteArray *err,
                             const QByteArray &stdIn, int timeoutMs) const
{
    QProcess process;
    process.start(script(), arguments);
    if (!process.waitForStarted(10000)) {
        if (err)
            *err = process.errorString().toUtf8();
        return -1;
    }
    if (!stdIn.isEmpty())
        process.write(stdIn);
    process.closeWriteChannel();
    const bool finished = process.waitForFinished(timeoutMs);
    if (!finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    if (out)
        *out = process.readAllStandardOutput();
    if (err)
        *err = process.readAllStandardError();
    if (!finished || process.exitStatus() != QProcess::NormalExit)
        return -1;
    return process.exitCode();
}

QByteArray TestServerEnv::exec(const QStringList &argv, int *exitCode, QByteArray *stdErr,
                               const QByteArray &stdIn, int timeoutMs) const
{
    QByteArray out;
    const int code = runScript(QStringList{u"exec"_s, stateDir(), u"--"_s} + argv, &out, stdErr,
                               stdIn, timeoutMs);
    if (exitCode)
        *exitCode = code;
    return out;
}

bool TestServerEnv::runSimple(const QString &subcommand, const QStringList &extra, int timeoutMs,
                              QString *errorText) const
{
    QByteArray out;
    QByteArray err;
    const int code = runScript(QStringList{subcommand, stateDir()} + extra, &out, &err, {}, timeoutMs);
    if (code != 0 && errorText) {
        *errorText = u"testserver.sh %1 failed (exit %2): %3"_s.arg(subcommand)
                         .arg(code)
                         .arg(QString::fromUtf8(err.trimmed()));
    }
    return code == 0;
}

bool TestServerEnv::dropSessions(QString *errorText) const
{
    return runSimple(u"drop-sessions"_s, {}, 30000, errorText);
}

bool TestServerEnv::grow(int count, QString *errorText) const
{
    // The script itself allows 120 s plus 5 ms per message for Postfix to defer them.
    return runSimple(u"grow"_s, {QString::number(count)}, 180000 + count * 10, errorText);
}

bool TestServerEnv::stopPostfix(QString *errorText) const
{
    return runSimple(u"stop-postfix"_s, {}, 60000, errorText);
}

bool TestServerEnv::startPostfix(QString *errorText) const
{
    return runSimple(u"start-postfix"_s, {}, 60000, errorText);
}

bool TestServerEnv::rekey(QString *errorText)
{
    if (!runSimple(u"rekey"_s, {}, 60000, errorText))
        return false;
    m_values.clear();
    m_error.clear();
    load(m_envFile);
    if (!isValid() && errorText)
        *errorText = m_error;
    return isValid();
}

bool TestServerEnv::setAmavis(bool up, QString *errorText) const
{
    return runSimple(QStringLiteral("amavis"), {up ? QStringLiteral("up") : QStringLiteral("down")},
                     60000, errorText);
}

QString TestServerEnv::inject(const QString &sender, const QStringList &recipients,
                              const QString &subject, QString *errorText, int timeoutMs) const
{
    const auto fail = [errorText](const QString &text) {
        if (errorText)
            *errorText = text;
        return QString();
    };
    QByteArray err;
    int code = -1;
    const QByteArray out = exec({u"/usr/bin/swaks"_s, u"--server"_s, u"127.0.0.1"_s, u"--port"_s, u"25"_s,
                                 u"--from"_s, sender.isEmpty() ? u"<>"_s : sender, u"--to"_s, recipients.join(u','),
                                 u"--header"_s, u"Subject: "_s + subject, u"--body"_s,
                                 u"Injected by a Postdesk test."_s},
                                &code, &err, {}, timeoutMs);
    static const QRegularExpression queued(u"queued as ([0-9A-Za-z]+)"_s);
    const QRegularExpressionMatch m = queued.match(QString::fromUtf8(out));
    if (code != 0 || !m.hasMatch())
        return fail(u"swaks failed (exit %1): %2 %3"_s.arg(code).arg(QString::fromUtf8(out.right(400)),
                                                             QString::fromUtf8(err.right(400))));
    const QString id = m.captured(1);
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        bool ok = false;
        const QList<Postfix::QueuedMessage> messages = queueMessages(&ok);
        const auto it = std::find_if(messages.cbegin(), messages.cend(),
                                     [&id](const Postfix::QueuedMessage &msg) { return msg.queueId == id; });
        if (ok && (it == messages.cend() || it->queueName == Postfix::QueueName::Deferred
                   || it->queueName == Postfix::QueueName::Hold))
            return id;
        QThread::msleep(200);
    }
    return fail(u"%1 was still being delivered after %2 ms"_s.arg(id).arg(timeoutMs));
}

QList<Postfix::QueuedMessage> TestServerEnv::queueMessages(bool *ok) const
{
    int code = -1;
    const QByteArray out = exec({u"/usr/sbin/postqueue"_s, u"-j"_s}, &code);
    const Postfix::Parsed<Postfix::QueuedMessage> parsed = Postfix::parseQueueJson(out);
    if (ok)
        *ok = code == 0 && parsed.issues.isEmpty();
    return parsed.values;
}

QByteArray TestServerEnv::postponeDeferredRetries(bool *ok) const
{
    int code = -1;
    const QByteArray saved = exec({u"/bin/sh"_s, u"-c"_s,
                                   u"cd /var/spool/postfix/deferred && find . -type f -printf '%T@ %p\\n' && "
                                   "find . -type f -exec touch -d '+2 hours' {} +"_s},
                                  &code);
    if (ok)
        *ok = code == 0;
    return saved;
}

void TestServerEnv::restoreDeferredRetries(const QByteArray &saved) const
{
    exec({u"/bin/sh"_s, u"-c"_s,
          u"cd /var/spool/postfix/deferred && while read -r t p; do "
          "[ -f \"$p\" ] && touch -d \"@${t%%.*}\" \"$p\"; done; exit 0"_s},
         nullptr, nullptr, saved);
}

QByteArray TestServerEnv::readFile(const QString &path, bool *ok) const
{
    int code = -1;
    const QByteArray out = exec({u"/bin/cat"_s, u"--"_s, path}, &code);
    if (ok)
        *ok = code == 0;
    return out;
}

} // namespace TestSupport
