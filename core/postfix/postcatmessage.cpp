#include "postcatmessage.h"

namespace Postfix {

QString PostcatMessage::header(QStringView name) const
{
    for (const auto &[headerName, value] : headers) {
        if (QStringView(headerName).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return QString();
}

} // namespace Postfix
