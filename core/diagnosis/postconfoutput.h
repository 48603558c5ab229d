#pragma once

#include "postfix/parseresult.h"

#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Diagnosis {

// One master.cf per-service override as `postconf -P` prints it: "smtp/inet/content_filter = …".
struct PostconfServiceParameter
{
    QString service; // "smtp", "127.0.0.1:10025", "amavis"
    QString type;    // "inet", "unix", "pass", …
    QString name;    // "content_filter"
    QString value;

    QString key() const { return service + u'/' + type + u'/' + name; }
    friend bool operator==(const PostconfServiceParameter &, const PostconfServiceParameter &) = default;
};

// One master.cf service as `postconf -M` prints it: "amavis unix - - n - 2 smtp -o …".
struct PostconfMasterEntry
{
    QString service;
    QString type;
    QString command; // the daemon: "smtp", "lmtp", "pipe", "smtpd" (the -o options are not kept)

    friend bool operator==(const PostconfMasterEntry &, const PostconfMasterEntry &) = default;
};

// The output of `postconf`, `postconf -n` or `postconf NAME…`: "name = value" lines (continuation
// lines that start with white space are joined, as postconf -f folds them). Pure; decodes UTF-8
// with replacement; lines it cannot read become issues.
class PostconfOutput
{
public:
    static PostconfOutput parse(QByteArrayView text);

    bool contains(const QString &name) const { return m_values.contains(name); }
    QString value(const QString &name) const { return m_values.value(name); }
    // The value with $name, ${name} and $(name) replaced by the values in this output (recursively,
    // at most 10 levels; an unknown name expands to nothing, as Postfix does). Postfix's
    // ${name?text} / ${name:text} conditionals are evaluated too.
    QString expanded(const QString &name) const;
    QStringList names() const; // sorted
    qsizetype size() const { return m_values.size(); }
    const QList<Postfix::ParseIssue> &issues() const { return m_issues; }

    // postconf -P
    static Postfix::Parsed<PostconfServiceParameter> parseServiceParameters(QByteArrayView text);
    // postconf -M
    static Postfix::Parsed<PostconfMasterEntry> parseMasterEntries(QByteArrayView text);

private:
    QString expand(const QString &text, int depth) const;

    QHash<QString, QString> m_values;
    QList<Postfix::ParseIssue> m_issues;
};

} // namespace Diagnosis
