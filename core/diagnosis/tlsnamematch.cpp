#include "tlsnamematch.h"

#include <QSsl>

namespace Diagnosis {

namespace {

QString normalized(const QString &name)
{
    QString n = name.trimmed().toLower();
    if (n.endsWith(u'.'))
        n.chop(1);
    return n;
}

bool isAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() > 127)
            return false;
    }
    return true;
}

} // namespace

QStringList TlsNameMatch::presentedNames(const QSslCertificate &certificate)
{
    QStringList names;
    const auto alternates = certificate.subjectAlternativeNames();
    for (auto it = alternates.cbegin(); it != alternates.cend(); ++it) {
        if (it.key() == QSsl::DnsEntry && !names.contains(it.value()))
            names << it.value();
    }
    if (names.isEmpty())
        names = certificate.subjectInfo(QSslCertificate::CommonName);
    return names;
}

bool TlsNameMatch::matches(const QString &presented, const QString &host)
{
    const QString p = normalized(presented);
    const QString h = normalized(host);
    if (p.isEmpty() || h.isEmpty() || !isAscii(p) || !isAscii(h))
        return false;
    if (!p.startsWith(u"*."))
        return p == h;
    const QString rest = p.mid(2);
    if (rest.count(u'.') < 1 || rest.contains(u'*'))
        return false;
    const qsizetype dot = h.indexOf(u'.');
    return dot > 0 && h.mid(dot + 1) == rest;
}

QString TlsNameMatch::matchingName(const QSslCertificate &certificate, const QString &host)
{
    for (const QString &name : presentedNames(certificate)) {
        if (matches(name, host))
            return name;
    }
    return {};
}

QString TlsNameMatch::subdomainName(const QSslCertificate &certificate, const QString &domain)
{
    const QString d = normalized(domain);
    if (d.isEmpty())
        return {};
    const QString suffix = u'.' + d;
    for (const QString &name : presentedNames(certificate)) {
        const QString n = normalized(name);
        if (n.startsWith(u"*.")) {
            if (n.mid(1).endsWith(suffix) || n.mid(2) == d)
                return name;
        } else if (n.endsWith(suffix) && !n.contains(u'*')) {
            return name;
        }
    }
    return {};
}

} // namespace Diagnosis
