#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace Remote {

// POSIX sh quoting of single arguments. The only way outside text reaches a shell line (through
// CommandCatalog). Every function returns std::nullopt for input that cannot be passed as one
// argument at all (an embedded NUL byte); everything else round-trips exactly through /bin/sh.
class ShellQuote
{
public:
    // [A-Za-z0-9_@%+=:,./-]+ not starting with '-': safe without quotes. Leading '-' words are
    // quoted too so a reader can tell an argument from an option at a glance (quoting does not
    // stop a program from treating it as an option: the catalog rejects those separately).
    static bool isPlainWord(QByteArrayView word);

    // 'it'\''s' form; plain words stay as they are; the empty argument becomes ''.
    static std::optional<QByteArray> quote(QByteArrayView argument);
    static std::optional<QByteArray> quote(const QString &argument); // UTF-8

    // The quoted arguments joined with single spaces.
    static std::optional<QByteArray> join(const QList<QByteArray> &argv);
};

} // namespace Remote
