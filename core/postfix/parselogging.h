#pragma once

#include <QLoggingCategory>

// Diagnostics of the Postfix output parsers ("postdesk.parse").
Q_DECLARE_LOGGING_CATEGORY(lcParse)
