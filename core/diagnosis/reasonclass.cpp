#include "reasonclass.h"

#include <QCoreApplication>

namespace Diagnosis {

namespace {

constexpr const char16_t *keys[reasonClassCount] = {
    u"network",      u"dns",          u"tls",            u"auth_relay",
    u"throttling",   u"mailbox_full", u"recipient_unknown", u"content_filter",
    u"config",       u"policy_block", u"other",
};

} // namespace

QString reasonClassKey(ReasonClass cls)
{
    const int i = int(cls);
    if (i < 0 || i >= reasonClassCount)
        return QStringLiteral("other");
    return QString::fromUtf16(keys[i]);
}

bool reasonClassFromKey(QStringView key, ReasonClass *cls)
{
    for (int i = 0; i < reasonClassCount; ++i) {
        if (key == QStringView(keys[i])) {
            *cls = ReasonClass(i);
            return true;
        }
    }
    return false;
}

std::array<ReasonClass, reasonClassCount> allReasonClasses()
{
    std::array<ReasonClass, reasonClassCount> all{};
    for (int i = 0; i < reasonClassCount; ++i)
        all[std::size_t(i)] = ReasonClass(i);
    return all;
}

} // namespace Diagnosis
