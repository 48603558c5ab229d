#include "tlsclientoutput.h"

#include <QRegularExpression>

namespace Diagnosis {

namespace {

constexpr qsizetype maxInput = 512 * 1024;
constexpr int maxEvidence = 20;

QStringList linesOf(QByteArrayView bytes)
{
    QStringList lines = QString::fromUtf8(bytes.first(qMin(bytes.size(), qsizetype(maxInput)))).split(u'\n');
    for (QString &line : lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
    }
    return lines;
}

void addEvidence(QStringList &evidence, const QString &line)
{
    const QString t = line.trimmed().left(300);
    if (!t.isEmpty() && evidence.size() < maxEvidence && !evidence.contains(t))
        evidence << t;
}

void parseCertificateBlocks(const QStringList &lines, TlsClientOutput &r)
{
    QByteArray pem;
    bool inBlock = false;
    for (const QString &line : lines) {
        if (line == u"-----BEGIN CERTIFICATE-----") {
            inBlock = true;
            pem = line.toLatin1() + '\n';
        } else if (inBlock) {
            pem += line.toLatin1() + '\n';
            if (line == u"-----END CERTIFICATE-----") {
                inBlock = false;
                const auto certs = QSslCertificate::fromData(pem, QSsl::Pem);
                if (!certs.isEmpty() && r.certificates.size() < 20)
                    r.certificates << certs.first();
            } else if (pem.size() > 64 * 1024) {
                inBlock = false; // not a certificate
            }
        }
    }
}

} // namespace

TlsClientOutput TlsClientOutput::parse(QByteArrayView out, QByteArrayView err, int exitCode)
{
    TlsClientOutput r;
    r.connect = ConnectResult::fromOpenSsl(out, err, exitCode);
    r.timedOut = exitCode == 124;
    const QStringList outLines = linesOf(out);
    const QStringList errLines = linesOf(err);

    static const QRegularExpression chainSubject(QStringLiteral("^\\s?(\\d+) s:(.*)$"));
    static const QRegularExpression newLine(QStringLiteral("^(?:New|Reused), (\\S+), Cipher is (\\S+)"));
    static const QRegularExpression verifyLine(QStringLiteral("^\\s*Verify return code: (-?\\d+) \\((.*)\\)"));
    static const QRegularExpression sessionField(QStringLiteral("^\\s+(Protocol|Cipher)\\s*: (\\S+)"));
    for (const QString &line : outLines) {
        if (line.startsWith(u"CONNECTED(")) {
            addEvidence(r.evidence, line);
        } else if (const auto m = chainSubject.match(line); m.hasMatch()) {
            r.chain << ChainEntry{m.captured(1).toInt(), m.captured(2).trimmed(), {}, {}};
            addEvidence(r.evidence, line);
        } else if (!r.chain.isEmpty() && line.startsWith(u"   i:")) {
            r.chain.last().issuer = line.mid(5).trimmed();
            addEvidence(r.evidence, line);
        } else if (!r.chain.isEmpty() && line.startsWith(u"   v:")) {
            r.chain.last().validity = line.mid(5).trimmed();
            addEvidence(r.evidence, line);
        } else if (line.startsWith(u"subject=") && r.peerSubject.isEmpty()) {
            r.peerSubject = line.mid(8).trimmed();
        } else if (line.startsWith(u"issuer=") && r.peerIssuer.isEmpty()) {
            r.peerIssuer = line.mid(7).trimmed();
        } else if (const auto m = newLine.match(line); m.hasMatch()) {
            r.protocol = m.captured(1);
            r.cipher = m.captured(2);
            addEvidence(r.evidence, line);
        } else if (const auto m = sessionField.match(line); m.hasMatch()) {
            // SSL-Session block: more exact than the "New, …" line on OpenSSL 1.1.1.
            if (m.captured(1) == u"Protocol" && (r.protocol.isEmpty() || r.protocol == u"(NONE)"))
                r.protocol = m.captured(2);
            else if (m.captured(1) == u"Cipher" && (r.cipher.isEmpty() || r.cipher == u"(NONE)"))
                r.cipher = m.captured(2);
        } else if (const auto m = verifyLine.match(line); m.hasMatch() && r.verifyCode < 0) {
            r.verifyCode = m.captured(1).toInt();
            r.verifyText = m.captured(2).trimmed();
            addEvidence(r.evidence, line);
        } else if (line.startsWith(u"Verification error:") || line == u"no peer certificate available") {
            addEvidence(r.evidence, line);
        }
    }
    parseCertificateBlocks(outLines, r);
    if (r.protocol == u"(NONE)")
        r.protocol.clear();

    static const QRegularExpression opensslError(QStringLiteral("^[0-9A-F]{6,}:error:[0-9A-F]+:[^:]*:[^:]*:([^:]+)"));
    for (const QString &line : errLines) {
        if (line.startsWith(u"Didn't find STARTTLS")) {
            r.starttlsOffered = false;
            addEvidence(r.evidence, line);
        } else if (const auto m = opensslError.match(line); m.hasMatch()) {
            const QString reason = m.captured(1).trimmed();
            if (!r.errors.contains(reason))
                r.errors << reason;
            addEvidence(r.evidence, line);
        } else if (line.startsWith(u"verify error:") || line.startsWith(u"connect:errno=")) {
            addEvidence(r.evidence, line);
        }
    }
    if (r.connect.outcome != ConnectResult::Outcome::Connected) {
        for (const QString &line : r.connect.evidence)
            addEvidence(r.evidence, line);
    }
    return r;
}

} // namespace Diagnosis
