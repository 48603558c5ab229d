#!/usr/bin/python3
"""Seeds the test server's Postfix over SMTP (stdlib only; run inside the namespace).

    seed.py initial COUNT PREVIEW_SENDER PREVIEW_SUBJECT   realistic mix, prints a JSON summary
    seed.py grow COUNT [CONNECTIONS]                         small messages to a deferred transport

Messages are submitted with PIPELINING over parallel connections to 127.0.0.1:25. Every recipient
domain used here is routed (by testserver.sh's transport/DNS/TLS tables) to a peer that defers, so
every accepted message stays in the queue. Nothing here bounces: a bounce would add messages.
"""

import json
import random
import socket
import sys
import threading
import time
from email.utils import formatdate

SERVER = ('127.0.0.1', 25)

# Recipient domain per deferral kind; testserver.sh routes each one (see write_postfix_maps there).
DOMAINS = {
    'refused': 'oldcorp.example',
    'greeting': 'slowmail.example',
    'timeout': 'blackhole.example',
    'servfail': 'dnsfail.example',
    'throttle': 'bulk-receiver.example',
    'mailbox_full': 'fullbox.example',
    'tls_verify': 'securebank.example',
    'tls_missing': 'legacy-partner.example',
    'sasl': 'partner-relay.example',
}
AMAVIS_SENDER = 'newsletter@shop.example'
HOLD_SENDER = 'scanner@suspicious.example'
GROW_DOMAIN = 'deferred-bulk.example'

SENDERS = [
    ('Northwind Billing', 'billing@northwind-traders.example'),
    ('John Doe', '"john doe"@corp.example'),
    ('Monitoring', 'alerts@monitoring.example.net'),
    ('HR Team', 'hr@contoso.test'),
    ('Acme Support', 'support@acme-logistics.example'),
    ('Sales', 'sales.team@fabrikam.example.com'),
    ('', ''),  # bounce notifications (null sender) stuck in the queue
]
LOCAL_PARTS = ['anna.schmidt', 'bob', 'carol.jones', 'd.miller', 'eve', 'frank.meyer', 'grace',
               'info', 'office', 'postmaster', 'j.smith', 'kim.lee', 'accounts']
SUBJECTS = [
    'Invoice {n} for your order', 'Re: Meeting notes {n}', 'Your weekly report #{n}',
    'Shipping confirmation {n}', 'Password reset request', 'Quarterly figures Q{q}',
    '[ALERT] disk usage above 90% on host{n}', 'Fwd: contract draft v{n}',
    'Undelivered Mail Returned to Sender', 'Newsletter: spring offers {n}',
]


class SmtpError(Exception):
    pass


class Client:
    def __init__(self):
        last = None
        for _ in range(30):
            try:
                self.sock = socket.create_connection(SERVER, timeout=60)
                break
            except OSError as error:
                last = error
                time.sleep(0.5)
        else:
            raise SmtpError('cannot connect to %s:%d: %s' % (SERVER + (last,)))
        self.reader = self.sock.makefile('rb')
        self.expect('2', 'greeting')
        self.sock.sendall(b'EHLO seeder.pdts.test\r\n')
        self.expect('2', 'EHLO')

    def reply(self):
        lines = []
        while True:
            line = self.reader.readline()
            if not line:
                raise SmtpError('connection closed by server')
            lines.append(line.rstrip(b'\r\n').decode('latin-1'))
            if len(line) < 4 or line[3:4] != b'-':
                return lines[-1][:3], '\n'.join(lines)

    def expect(self, first, what):
        code, text = self.reply()
        if not code.startswith(first):
            raise SmtpError('%s: %s' % (what, text))
        return code

    @staticmethod
    def envelope(sender, recipients):
        out = b'MAIL FROM:<' + sender.encode() + b'>\r\n'
        for rcpt in recipients:
            out += b'RCPT TO:<' + rcpt.encode() + b'>\r\n'
        return out + b'DATA\r\n'

    @staticmethod
    def content(data):
        lines = data.split(b'\r\n')
        return b'\r\n'.join(b'.' + l if l.startswith(b'.') else l for l in lines) + b'\r\n.\r\n'

    def send_batch(self, messages):
        """Sends (sender, recipients, data) tuples, one round trip per message: the end of one
        message's content and the next envelope travel in the same write (RFC 2920)."""
        sent = 0
        pending = None
        for item in list(messages) + [None]:
            out = self.content(pending) if pending is not None else b''
            if item is not None:
                out += self.envelope(item[0], item[1])
            self.sock.sendall(out)
            if pending is not None:
                self.expect('2', 'end of data')
                sent += 1
                pending = None
            if item is None:
                break
            self.expect('2', 'MAIL FROM')
            for rcpt in item[1]:
                self.expect('2', 'RCPT TO ' + rcpt)
            self.expect('3', 'DATA')
            pending = item[2]
        return sent

    def quit(self):
        try:
            self.sock.sendall(b'QUIT\r\n')
            self.reply()
        except (OSError, SmtpError):
            pass
        self.sock.close()


def build(rng, n, sender, display, recipients, subject, body, extra_headers=b''):
    to = ', '.join(recipients).encode()
    from_hdr = (display + ' <' + sender + '>') if sender else 'MAILER-DAEMON@mail.pdts.test'
    if isinstance(subject, str):
        subject = subject.encode()
    head = (b'Date: ' + formatdate(localtime=False).encode() + b'\r\n'
            + b'From: ' + from_hdr.encode() + b'\r\n'
            + b'To: ' + to + b'\r\n'
            + b'Subject: ' + subject + b'\r\n'
            + b'Message-ID: <pdts.%d.%d@mail.pdts.test>\r\n' % (n, rng.randrange(1 << 30))
            + b'MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n'
            + extra_headers)
    return head + b'\r\n' + body


def recipient(rng, kind):
    domain = DOMAINS[kind]
    if kind == 'mailbox_full':
        return rng.choice(['maria.full', 'tom.archive', 'sales', 'old.account']) + '@' + domain
    return rng.choice(LOCAL_PARTS) + '@' + domain


def initial_messages(count, preview_sender, preview_subject):
    rng = random.Random(4711)
    kinds = list(DOMAINS) + ['amavis', 'hold']
    weights = [10, 6, 4, 8, 14, 10, 8, 5, 8, 6, 4]
    messages, summary = [], {'kinds': {}, 'multi_recipient': 0, 'large': 0, 'non_utf8_subject': 0}
    for n in range(count - 1):
        # Every kind at least once (in order), then a weighted random mix.
        kind = kinds[n] if n < len(kinds) else rng.choices(kinds, weights)[0]
        display, sender = rng.choice(SENDERS)
        if kind == 'amavis':
            display, sender = 'Shop Newsletter', AMAVIS_SENDER
        elif kind == 'hold':
            display, sender = 'Scanner', HOLD_SENDER
        primary = rng.choice(list(DOMAINS)) if kind in ('amavis', 'hold') else kind
        recipients = [recipient(rng, primary)]
        if rng.random() < 0.2:
            for other in rng.sample(list(DOMAINS), rng.randint(1, 2)):
                recipients.append(recipient(rng, other))
            if primary == 'mailbox_full' or rng.random() < 0.3:
                recipients.append('accept.copy@' + DOMAINS['mailbox_full'])  # delivered part
            summary['multi_recipient'] += 1
        recipients = list(dict.fromkeys(recipients))
        subject = rng.choice(SUBJECTS).format(n=1000 + n, q=n % 4 + 1)
        if n % 37 == 5:
            subject = b'Rechnung f\xfcr M\xe4rz ' + str(n).encode()  # Latin-1, not UTF-8
            summary['non_utf8_subject'] += 1
        body = ('Hello,\r\n\r\nthis is test message %d of the Postdesk test server.\r\n'
                '.leading dot line\r\nRegards\r\n' % n).encode()
        if n % 97 == 11:
            body += (b'x' * 76 + b'\r\n') * rng.randint(3000, 9000)
            summary['large'] += 1
        messages.append((sender, recipients, build(rng, n, sender, display, recipients, subject, body)))
        summary['kinds'][kind] = summary['kinds'].get(kind, 0) + 1
    preview_rcpt = ['accounting@' + DOMAINS['throttle']]
    body = b'Dear customer,\r\n\r\nplease find the invoice attached.\r\n\r\nPostdesk preview body.\r\n'
    messages.insert(count // 2, (preview_sender, preview_rcpt,
                                 build(rng, 99999, preview_sender, 'Preview Sender', preview_rcpt,
                                       preview_subject, body)))
    summary['kinds']['throttle'] = summary['kinds'].get('throttle', 0) + 1
    return messages, summary


def grow_messages(count, start):
    senders = ['loadtest@bench.example', 'batch-job@erp.example', 'noreply@crm.example.org']
    for n in range(start, start + count):
        sender = senders[n % len(senders)]
        rcpt = 'user%d@%s' % (n % 5000, GROW_DOMAIN)
        data = (b'From: <' + sender.encode() + b'>\r\nTo: <' + rcpt.encode() + b'>\r\n'
                + b'Subject: Load test message %d\r\nMessage-ID: <grow.%d.%f@mail.pdts.test>\r\n\r\n'
                % (n, n, time.time()) + b'Bulk body line\r\n')
        yield sender, [rcpt], data


def send_parallel(messages, connections):
    chunks = [messages[i::connections] for i in range(connections)]
    results, errors = [0] * connections, []

    def worker(index):
        try:
            client = Client()
            for start in range(0, len(chunks[index]), 200):
                results[index] += client.send_batch(chunks[index][start:start + 200])
            client.quit()
        except (OSError, SmtpError) as error:
            errors.append(str(error))

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sum(results), errors


def main():
    mode = sys.argv[1]
    if mode == 'initial':
        count = int(sys.argv[2])
        messages, summary = initial_messages(count, sys.argv[3], sys.argv[4])
        started = time.time()
        sent, errors = send_parallel(messages, 4)
        summary.update(sent=sent, errors=errors, seconds=round(time.time() - started, 2))
    elif mode == 'grow':
        count = int(sys.argv[2])
        connections = int(sys.argv[3]) if len(sys.argv) > 3 else 16
        started = time.time()
        sent, errors = send_parallel(list(grow_messages(count, int(started) % 1000000 * 10)), connections)
        seconds = time.time() - started
        summary = {'sent': sent, 'errors': errors, 'seconds': round(seconds, 2),
                   'rate_per_second': round(sent / seconds, 1) if seconds else None}
    else:
        raise SystemExit('usage: seed.py initial COUNT SENDER SUBJECT | grow COUNT [CONNECTIONS]')
    print(json.dumps(summary))
    return 0 if not summary['errors'] else 1


if __name__ == '__main__':
    sys.exit(main())
