#pragma once

#include "queuedmessage.h"
#include "stringinterner.h"

#include <QByteArrayView>
#include <QStringList>

namespace Postfix {

// A hand-written reader for ONE postqueue -j line, specialised for its flat schema (an object of
// scalars plus one array of flat objects). It exists for speed: QJsonDocument builds a generic tree
// per line and is several times slower (docs/benchmarks.md); queuejsonreference.cpp keeps the
// QJsonDocument reading as the reference the tests compare this one with.
//
// Strings are fully unescaped (\uXXXX with surrogate pairs; a lone surrogate becomes U+FFFD) and
// decoded leniently (invalid UTF-8 becomes U+FFFD). Unknown members are skipped whatever their
// value. Syntax errors make the whole line unreadable (error()); schema problems (a known member
// of the wrong type) are collected in problems() and the member keeps its default.
class JsonLineScanner
{
public:
    JsonLineScanner(QByteArrayView line, StringInterner &strings);

    // True when the line is one syntactically valid JSON object; `message` is then filled from it
    // (queueId may still be empty when the member was missing or not a string).
    bool parse(QueuedMessage &message);
    QString error() const { return m_error; }
    const QStringList &problems() const { return m_problems; }

private:
    struct Span
    {
        const char *begin = nullptr;
        qsizetype size = 0;
        bool escaped = false;
        QByteArrayView view() const { return QByteArrayView(begin, size); }
    };
    enum class Kind { String, Number, Bool, Null, Array, Object, Invalid };

    bool parseMember(QueuedMessage &message);
    bool parseRecipients(QList<Recipient> &recipients);
    bool parseRecipient(Recipient &recipient);
    bool readKey(Span &key);
    bool readStringMember(const char *name, Kind kind, Span &value, bool &present);
    bool readIntegerMember(const char *name, Kind kind, qint64 &target);
    bool readString(Span &out);
    bool readInteger(qint64 &value, bool &integral);
    bool readBool(bool &value);
    bool skipValue(int depth);
    bool expect(char c);
    bool closesEmpty(char close);              // consumes `close` after whitespace, if there
    bool nextElement(char close, bool &more);  // ',' → more; `close` → done; else an error
    void skipWhitespace();
    Kind peekKind();
    bool fail(const QString &what);
    void wrongType(const char *member, const QString &expected);
    QString decode(const Span &span);
    QString internedDecode(const Span &span);


    const char *m_pos;
    const char *m_end;
    StringInterner &m_strings;
    QString m_error;
    QStringList m_problems;
};

} // namespace Postfix
