#include "parselogging.h"

Q_LOGGING_CATEGORY(lcParse, "postdesk.parse", QtInfoMsg)
