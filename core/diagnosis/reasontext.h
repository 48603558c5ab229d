#pragma once

#include <QStringView>

namespace Diagnosis {

// The parts of one reason text or log line that the classifier looks at, as views into the
// input (nothing is copied). Pure; safe from any thread.
struct ReasonText
{
    QStringView reason; // the cause: "status=… (HERE)", "reject: … : HERE", "warning: HERE", the
                        // inside of a mailq "(…)" line or a "delay_reason" member; with any
                        // "delivery temporarily suspended: " prefix removed
    QStringView relay;  // value of relay= (empty when the input is not a delivery line)
    QStringView status; // value of status= ("deferred", "bounced", "undeliverable-but-not-cached")
    QStringView dsn;    // value of dsn= ("4.4.1")
    bool localReject = false; // this server refused ("NOQUEUE: reject: …", "milter-reject: …")
    bool postscreen = false;  // the line was logged by postscreen

    // SMTP codes found in the reason (first ones), else in dsn=; 0 / -1 when absent.
    int replyCode = 0;               // 421, 550, …
    int enhanced[3] = {-1, -1, -1}; // 4.7.1 → {4, 7, 1}

    static ReasonText parse(QStringView reasonOrLogLine);
};

} // namespace Diagnosis
