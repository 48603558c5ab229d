#!/usr/bin/python3
"""Fake remote peers for the Postdesk test mail server (stdlib only).

Runs inside the test network namespace, started by testserver.sh. One process serves every peer
listed in the JSON config given as argv[1]; each entry is
    {"kind": KIND, "addr": "127.0.0.x", "port": N, ...}
Kinds:
    smtp      an ESMTP server. Options: "greeting", "starttls" (cert/key paths), "tls_wrapper"
              (cert/key paths: TLS from the first byte, like port 465), "auth" (true: offer AUTH
              PLAIN LOGIN and answer 535 to everything; {"user": U, "password": P}: 235 for exactly
              those credentials, 535 otherwise), "rcpt" (list of [prefix, reply] pairs tried on the
              recipient's local part; "*" matches everything; a reply starting with 2 accepts the
              recipient), "proctitle" (process name shown by ps/ss, e.g. "amavisd-new").
              With STARTTLS configured, AUTH is offered only after it (530 before); with
              credentials configured, MAIL needs a successful AUTH first (530).
    silent    accepts TCP connections and never sends a greeting (greeting timeout).
    backlog   a listener with backlog 0 whose accept queue this process fills itself, so the kernel
              drops further SYNs and clients see "Connection timed out".
    servfail  a UDP/TCP DNS server that answers every query with SERVFAIL.
    dnsblackhole  a UDP/TCP DNS server that reads every query and never answers (lookups time out).
Prints "ready" on stdout once every listener is bound, then serves until killed.
"""

import base64
import binascii
import ctypes
import json
import socket
import socketserver
import ssl
import struct
import sys
import threading
import time


class SmtpHandler(socketserver.StreamRequestHandler):
    timeout = 120

    def send(self, line):
        self.wfile.write(line.encode('ascii', 'replace') + b'\r\n')
        self.wfile.flush()

    def readline(self):
        line = self.rfile.readline(65536)
        if not line:
            raise EOFError
        return line.rstrip(b'\r\n').decode('latin-1')

    def ehlo_lines(self, tls_active):
        peer = self.server.peer
        lines = [peer.get('name', 'mx.example'), 'PIPELINING', 'SIZE 52428800', '8BITMIME',
                 'ENHANCEDSTATUSCODES']
        if peer.get('starttls') and not tls_active:
            lines.append('STARTTLS')
        if peer.get('auth') and (tls_active or not peer.get('starttls')):
            lines.append('AUTH PLAIN LOGIN')
        return lines

    def start_tls(self, conf):
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(conf['cert'], conf['key'])
        self.connection = context.wrap_socket(self.connection, server_side=True)
        self.rfile = self.connection.makefile('rb')
        self.wfile = self.connection.makefile('wb')

    def challenge(self, prompt):
        """Sends a 334 prompt; returns the decoded answer, or None after replying to a bad one."""
        self.send('334 ' + prompt)
        answer = self.readline().strip()
        if answer == '*':
            self.send('501 5.7.0 Authentication aborted')
            return None
        try:
            return base64.b64decode(answer, validate=True)
        except (binascii.Error, ValueError):
            self.send('501 5.5.2 Cannot decode response')
            return None

    def authenticate(self, line):
        """AUTH PLAIN / LOGIN, with or without an initial response. True on success."""
        parts = line.split()
        mechanism = parts[1].upper() if len(parts) > 1 else ''
        initial = parts[2] if len(parts) > 2 else None
        if mechanism not in ('PLAIN', 'LOGIN'):
            self.send('504 5.5.4 Unrecognized authentication type')
            return False
        if initial == '=':  # RFC 4954: an empty initial response
            initial = b''
        elif initial is not None:
            try:
                initial = base64.b64decode(initial, validate=True)
            except (binascii.Error, ValueError):
                self.send('501 5.5.2 Cannot decode response')
                return False
        if mechanism == 'PLAIN':
            response = initial if initial is not None else self.challenge('')
            if response is None:
                return False
            fields = response.split(b'\0')
            user, password = (fields[1], fields[2]) if len(fields) == 3 else (None, None)
        else:
            user = initial if initial is not None else self.challenge('VXNlcm5hbWU6')
            if user is None:
                return False
            password = self.challenge('UGFzc3dvcmQ6')
            if password is None:
                return False
        conf = self.server.peer['auth']
        if isinstance(conf, dict) and user == conf['user'].encode() and \
                password == conf['password'].encode():
            self.send('235 2.7.0 Authentication successful')
            return True
        self.send('535 5.7.8 Error: authentication failed: authentication failure')
        return False

    def rcpt_reply(self, address):
        local = address.split('@', 1)[0].lower().lstrip('<').strip('"')
        for prefix, reply in self.server.peer.get('rcpt', [['*', '250 2.1.5 Ok']]):
            if prefix == '*' or local.startswith(prefix):
                return reply
        return '250 2.1.5 Ok'

    def handle(self):
        peer = self.server.peer
        tls_active = False
        authenticated = False
        accepted = 0
        try:
            if peer.get('tls_wrapper'):
                self.start_tls(peer['tls_wrapper'])
                tls_active = True
            self.send('220 ' + peer.get('greeting', peer.get('name', 'mx.example') + ' ESMTP'))
            while True:
                line = self.readline()
                verb = line.split(' ', 1)[0].upper()
                if verb in ('EHLO', 'HELO'):
                    lines = self.ehlo_lines(tls_active)
                    for i, text in enumerate(lines):
                        self.send(('250 ' if i == len(lines) - 1 else '250-') + text)
                elif verb == 'STARTTLS' and peer.get('starttls') and not tls_active:
                    self.send('220 2.0.0 Ready to start TLS')
                    self.start_tls(peer['starttls'])
                    tls_active = True
                elif verb == 'AUTH' and peer.get('auth'):
                    if peer.get('starttls') and not tls_active:
                        self.send('530 5.7.0 Must issue a STARTTLS command first')
                    elif authenticated:
                        self.send('503 5.5.1 Error: already authenticated')
                    else:
                        authenticated = self.authenticate(line)
                elif verb == 'AUTH':
                    self.send('503 5.5.1 Error: authentication not enabled')
                elif verb == 'MAIL' and isinstance(peer.get('auth'), dict) and not authenticated:
                    self.send('530 5.7.0 Authentication required')
                elif verb == 'MAIL':
                    accepted = 0
                    self.send('250 2.1.0 Ok')
                elif verb == 'RCPT':
                    reply = self.rcpt_reply(line.split(':', 1)[-1].strip())
                    if reply.startswith('2'):
                        accepted += 1
                    self.send(reply)
                elif verb == 'DATA':
                    if accepted == 0:
                        # Postfix pipelines DATA even when every RCPT failed.
                        self.send('554 5.5.1 Error: no valid recipients')
                        continue
                    self.send('354 End data with <CR><LF>.<CR><LF>')
                    while self.readline() != '.':
                        pass
                    self.send('250 2.0.0 Ok: queued as %X' % int(time.time() * 1000))
                elif verb == 'RSET':
                    accepted = 0
                    self.send('250 2.0.0 Ok')
                elif verb == 'NOOP':
                    self.send('250 2.0.0 Ok')
                elif verb == 'QUIT':
                    self.send('221 2.0.0 Bye')
                    if tls_active:
                        self.connection.unwrap()  # close_notify, as real servers send
                    return
                else:
                    self.send('502 5.5.2 Error: command not recognized')
        except (EOFError, OSError, ssl.SSLError):
            return


class SilentHandler(socketserver.BaseRequestHandler):
    def handle(self):
        self.request.settimeout(300)
        try:
            while self.request.recv(4096):
                pass
        except OSError:
            pass


class ThreadingServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 64


def set_process_name(name):
    """Sets the kernel's process name (what ps -o comm and ss -p print)."""
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(15, ctypes.c_char_p(name.encode()[:15]), 0, 0, 0)  # PR_SET_NAME


def start_tcp(peer, handler):
    server = ThreadingServer((peer['addr'], peer['port']), handler)
    server.peer = peer
    threading.Thread(target=server.serve_forever, daemon=True).start()


def start_backlog(peer):
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind((peer['addr'], peer['port']))
    listener.listen(0)
    fillers = []
    for _ in range(16):
        client = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        client.settimeout(0.3)
        try:
            client.connect((peer['addr'], peer['port']))
            fillers.append(client)
        except OSError:
            client.close()
            break
    peer['_keep'] = (listener, fillers)


def servfail_reply(query):
    if len(query) < 12:
        return None
    ident, flags = struct.unpack('!HH', query[:4])
    reply_flags = 0x8000 | (flags & 0x7900) | 0x0080 | 2  # QR, opcode+RD kept, RA, SERVFAIL
    return struct.pack('!HHHHHH', ident, reply_flags, 1 if len(query) > 12 else 0, 0, 0, 0) + query[12:]


def start_servfail(peer):
    udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    udp.bind((peer['addr'], peer['port']))

    def serve_udp():
        while True:
            query, client = udp.recvfrom(4096)
            reply = servfail_reply(query)
            if reply:
                udp.sendto(reply, client)

    class TcpDns(socketserver.BaseRequestHandler):
        def handle(self):
            data = self.request.recv(4096)
            if len(data) > 2:
                reply = servfail_reply(data[2:])
                if reply:
                    self.request.sendall(struct.pack('!H', len(reply)) + reply)

    threading.Thread(target=serve_udp, daemon=True).start()
    start_tcp(peer, TcpDns)


def start_dns_blackhole(peer):
    udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    udp.bind((peer['addr'], peer['port']))

    def swallow():
        while True:
            udp.recvfrom(4096)

    threading.Thread(target=swallow, daemon=True).start()
    start_tcp(peer, SilentHandler)


def main():
    with open(sys.argv[1], encoding='utf-8') as handle:
        peers = json.load(handle)
    for peer in peers:
        if peer.get('proctitle'):
            set_process_name(peer['proctitle'])
        kind = peer['kind']
        if kind == 'smtp':
            start_tcp(peer, SmtpHandler)
        elif kind == 'silent':
            start_tcp(peer, SilentHandler)
        elif kind == 'backlog':
            start_backlog(peer)
        elif kind == 'servfail':
            start_servfail(peer)
        elif kind == 'dnsblackhole':
            start_dns_blackhole(peer)
        else:
            raise SystemExit('unknown peer kind: ' + kind)
    print('ready', flush=True)
    while True:
        time.sleep(3600)


if __name__ == '__main__':
    main()
