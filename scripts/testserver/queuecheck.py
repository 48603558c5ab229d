#!/usr/bin/python3
"""Checks that the seeded queue is complete (run inside the namespace by testserver.sh).

    queuecheck.py EXPECTED

Exit 0 when `postqueue -j` lists EXPECTED messages, none is still waiting for its first delivery
attempt, every deferred recipient carries a delay_reason and every deferral kind is present.
Prints a JSON report either way (kind -> count, plus one sample reason per kind).
"""

import json
import re
import subprocess
import sys

# Deferral kind -> pattern over a recipient's delay_reason (see the routing in testserver.sh).
KINDS = {
    'refused': r'\]:25: Connection refused',
    'greeting': r'timed out while receiving the initial server greeting',
    'connect_timeout': r'Connection timed out',
    'servfail': r'Host or domain name not found.*try again',
    'throttle_451': r'\b451 4\.7\.1\b',
    'mailbox_full_452': r'\b452 4\.2\.2\b',
    'tls_not_verified': r'Server certificate not verified',
    'tls_not_offered': r'TLS is required, but was not offered',
    'sasl_535': r'SASL authentication failed.*\b535\b',
    'amavis_10024': r':10024: Connection refused',
}


def main():
    expected = int(sys.argv[1])
    out = subprocess.run(['/usr/sbin/postqueue', '-j'], capture_output=True, check=False)
    messages = [json.loads(line) for line in out.stdout.splitlines() if line.strip()]
    queues, kinds, samples, missing_reason = {}, {}, {}, 0
    for message in messages:
        queues[message['queue_name']] = queues.get(message['queue_name'], 0) + 1
        for rcpt in message.get('recipients', []):
            reason = rcpt.get('delay_reason')
            if not reason:
                if message['queue_name'] == 'deferred':
                    missing_reason += 1
                continue
            for kind, pattern in KINDS.items():
                if re.search(pattern, reason):
                    kinds[kind] = kinds.get(kind, 0) + 1
                    samples.setdefault(kind, reason)
    pending = sum(queues.get(q, 0) for q in ('maildrop', 'incoming', 'active'))
    missing_kinds = [k for k in KINDS if k not in kinds]
    ok = (len(messages) == expected and pending == 0 and missing_reason == 0 and not missing_kinds
          and queues.get('hold', 0) > 0)
    print(json.dumps({'ok': ok, 'messages': len(messages), 'expected': expected, 'queues': queues,
                      'recipients_without_reason': missing_reason, 'missing_kinds': missing_kinds,
                      'kinds': kinds, 'samples': samples}, indent=1))
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main())
