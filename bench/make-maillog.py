#!/usr/bin/env python3
"""Build a large, realistic Postfix mail log for the log-engine benchmark (bench/log-e2e.sh).

The real corpus logs in tests/data/maillog are repeated until the output reaches the wanted size:

  fgforrest__real-mail.log.2.gz                    95,364 lines, 2013, "YYYY Mon DD hh:mm:ss.mmm"
  pixelpark-postfix-logsums__mail.log.xz           69,861 lines, 2023, RFC 3339 with microseconds
  infohtreasure-Postfix-Maillog-Dump__*.log        16,100 lines, classic stamps, out of order

Every line keeps its shape (host, program, pid, fields, reasons, damaged lines stay damaged);
only two things change per repetition:
  * the time stamp: each source keeps its own spacing between lines (gaps clamped to 0..1 h, so
    the infohtreasure excerpt, which jumps between months, becomes monotonic), the sources follow
    each other, and every repetition starts where the previous one ended: time only moves forward;
  * the queue IDs: every queue ID of the sources gets a fresh ID of the same form per repetition
    (short hex stays hex of the same length, long IDs stay long IDs with their 'z', the corpus's
    "XXXX" suffix stays), replaced everywhere it occurs (ID field, "queued as", orig_id=, amavis
    Queue-ID), so IDs are unique across the whole file and content-filter chains still link up.
Deterministic for a given --seed, --start and --size.

Writes classic syslog stamps ("Jan  5 00:00:00", what pflogsumm and most parsers expect) and,
optionally, the same lines with RFC 3339 stamps (Debian 12 rsyslog's default,
"2026-01-05T00:00:00.123000+00:00"). Both are UTC. Prints KEY=VALUE facts about the result,
including a queue ID from the middle of the file and how many lines mention it (for trail timing).

  bench/make-maillog.py --out /tmp/pdlog/mail.log [--rfc3339-out /tmp/pdlog/mail-rfc3339.log]
                        [--size 1GiB] [--seed 1] [--start 2026-01-05]
"""

import argparse
import calendar
import gzip
import lzma
import os
import random
import re
import sys
import time

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH_NUM = {m.encode(): i + 1 for i, m in enumerate(MONTHS)}
MAX_GAP = 3600        # seconds: larger jumps inside a source are shortened to this
SOURCE_GAP = 60       # seconds between the last line of one source and the first of the next

# Postfix long queue IDs: the time in base 52 (digits and consonants, 'z' included), a 'z', then
# the inode number in base 51 (no 'z'), e.g. 4PbC4x469Jz3tBr or 4Pbzwt5dNXz3tBr.
SHORT_ID = rb"[0-9A-F]{6,12}X*"
LONG_ID = rb"[0-9B-DF-HJ-NP-TV-Zb-df-hj-np-tv-z]{6,}z[0-9B-DF-HJ-NP-TV-Zb-df-hj-np-tv-y]{2,}"
ID_FIELD = re.compile(rb"\]: (" + SHORT_ID + rb"|" + LONG_ID + rb"): ")
ID_TOKEN = re.compile(rb"(?<![0-9A-Za-z])(" + SHORT_ID + rb"|" + LONG_ID + rb")(?![0-9A-Za-z])")

CLASSIC = re.compile(rb"^([A-Z][a-z]{2}) ([ \d]\d) (\d\d):(\d\d):(\d\d) ")
YEAR_CLASSIC = re.compile(rb"^(\d{4}) ([A-Z][a-z]{2}) ([ \d]?\d) (\d\d):(\d\d):(\d\d)(\.\d+)? ")
RFC3339 = re.compile(rb"^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(\.\d+)?(Z|[+-]\d\d:\d\d) ")

SOURCES = [
    ("fgforrest__real-mail.log.2.gz", gzip.open),
    ("pixelpark-postfix-logsums__mail.log.xz", lzma.open),
    ("infohtreasure-Postfix-Maillog-Dump__maillog.postfix-lines.log", open),
    ("infohtreasure-Postfix-Maillog-Dump__mailog2.postfix-lines.log", open),
]


def parse_stamp(line):
    """(epoch seconds, fraction digits, rest of the line starting with ' host') or None."""
    m = RFC3339.match(line)
    if m:
        y, mo, d, hh, mm, ss = (int(g) for g in m.groups()[:6])
        secs = calendar.timegm((y, mo, d, hh, mm, ss))
        zone = m.group(8)
        if zone != b"Z":
            sign = -1 if zone[:1] == b"+" else 1
            secs += sign * (int(zone[1:3]) * 3600 + int(zone[4:6]) * 60)
        return secs, (m.group(7) or b".")[1:], line[m.end() - 1:]
    m = YEAR_CLASSIC.match(line)
    if m:
        secs = calendar.timegm((int(m.group(1)), MONTH_NUM.get(m.group(2), 1), int(m.group(3)),
                                int(m.group(4)), int(m.group(5)), int(m.group(6))))
        return secs, (m.group(7) or b".")[1:], line[m.end() - 1:]
    m = CLASSIC.match(line)
    if m:  # no year: 2000 (a leap year, so Feb 29 exists); only the spacing is used
        secs = calendar.timegm((2000, MONTH_NUM.get(m.group(1), 1), int(m.group(2)),
                                int(m.group(3)), int(m.group(4)), int(m.group(5))))
        return secs, b"", line[m.end() - 1:]
    return None


class Source:
    """One corpus log as templates: per line its time offset, fraction and the text after the
    stamp with its queue IDs cut out (bytes with %s where an ID was)."""

    def __init__(self, path, opener):
        with opener(path, "rb") as f:
            data = f.read()
        lines = data.split(b"\n")
        if lines and lines[-1] == b"":
            lines.pop()
        ids = set()
        for line in lines:
            for m in ID_FIELD.finditer(line):
                ids.add(m.group(1))
        self.ids = sorted(ids)
        self.offsets, self.fractions, self.formats, self.line_ids = [], [], [], []
        self.unstamped = 0
        offset, previous = 0, None
        for line in lines:
            stamp = parse_stamp(line)
            if stamp is None:  # kept as is, without a new stamp (real damage stays damage)
                self.unstamped += 1
                secs, fraction, rest = None, b"", line
            else:
                secs, fraction, rest = stamp
                if previous is not None:
                    offset += min(max(secs - previous, 0), MAX_GAP)
                previous = secs
            found = [m for m in ID_TOKEN.finditer(rest) if m.group(1) in ids]
            pieces, at = [], 0
            for m in found:
                pieces.append(rest[at:m.start(1)].replace(b"%", b"%%"))
                at = m.end(1)
            pieces.append(rest[at:].replace(b"%", b"%%"))
            self.offsets.append(None if secs is None else offset)
            self.fractions.append(fraction)
            self.formats.append(b"%s".join(pieces) if found else rest)
            self.line_ids.append(tuple(m.group(1) for m in found) if found else None)
        self.span = offset


DIGITS = b"0123456789"
UPPER = b"BCDFGHJKLMNPQRSTVWXYZ"   # consonants: long IDs have no vowels
LOWER = b"bcdfghjklmnpqrstvwxy"    # no 'z': it is kept where it was
HEX_UPPER = b"ABCDEF"


def new_id(rng, old):
    """A random queue ID of the same form as `old`: same length, and every character replaced by
    one of its own class (digit, hex letter, consonant; 'z' and the corpus's "XXXX" suffix stay),
    so digits stay where they were and parsers see the same shape."""
    long_id = b"z" in old
    hexlen = len(old) if long_id else len(old.rstrip(b"X"))
    out = bytearray(old)
    for n in range(hexlen):
        ch = old[n]
        if 0x30 <= ch <= 0x39:
            pool = DIGITS
        elif ch == 0x7A:
            continue
        elif long_id:
            pool = UPPER if 0x41 <= ch <= 0x5A else LOWER
        else:
            pool = HEX_UPPER
        out[n] = pool[rng.randrange(len(pool))]
    return bytes(out)


def day_prefix(day, rfc3339):
    t = time.gmtime(day * 86400)
    if rfc3339:
        return b"%04d-%02d-%02dT" % (t.tm_year, t.tm_mon, t.tm_mday)
    return b"%s %2d " % (MONTHS[t.tm_mon - 1].encode(), t.tm_mday)


def time_of_day(secs, fraction, rfc3339):
    h, rest = divmod(secs % 86400, 3600)
    m, s = divmod(rest, 60)
    if rfc3339:
        return b"%02d:%02d:%02d.%s+00:00" % (h, m, s, (fraction + b"000000")[:6])
    return b"%02d:%02d:%02d" % (h, m, s)


def parse_size(text):
    units = {"": 1, "k": 1 << 10, "kib": 1 << 10, "m": 1 << 20, "mib": 1 << 20, "g": 1 << 30,
             "gib": 1 << 30, "kb": 1000, "mb": 10**6, "gb": 10**9}
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*", text)
    if not m or m.group(2).lower() not in units:
        raise argparse.ArgumentTypeError("size like 1GiB, 500MB, 1000000")
    return int(float(m.group(1)) * units[m.group(2).lower()])


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(here)
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True, help="classic-stamp log to write")
    ap.add_argument("--rfc3339-out", help="also write the same lines with RFC 3339 stamps here")
    ap.add_argument("--size", type=parse_size, default=parse_size("1GiB"),
                    help="minimum size of the classic file (default 1GiB)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--start", default="2026-01-05", help="UTC date of the first line")
    ap.add_argument("--data", default=os.path.join(repo, "tests", "data", "maillog"))
    args = ap.parse_args()

    outputs = [args.out] + ([args.rfc3339_out] if args.rfc3339_out else [])
    for path in outputs:
        real = os.path.realpath(path)
        if real == repo or real.startswith(repo + os.sep):
            sys.exit("make-maillog: refusing to write into the repository: " + path)

    began = time.monotonic()
    sources = [Source(os.path.join(args.data, name), opener) for name, opener in SOURCES]
    # One repetition = the sources side by side (as if one busy server wrote them all), merged
    # by time; it lasts whole days, so every repetition has the same time-of-day stamps and
    # only the date moves on.
    merged = []
    for index, s in enumerate(sources):
        last = 0
        for n, (off, frac, fmt, ids) in enumerate(zip(s.offsets, s.fractions, s.formats,
                                                      s.line_ids)):
            if off is not None:
                last = off
            merged.append((last, index, n, off is not None, frac, fmt, ids))
    merged.sort(key=lambda t: t[:3])
    rep_days = -(-(max(s.span for s in sources) + SOURCE_GAP) // 86400)
    start_day = calendar.timegm(time.strptime(args.start, "%Y-%m-%d")) // 86400
    variants = [False] + ([True] if args.rfc3339_out else [])
    stamps = {rfc: [(off // 86400, time_of_day(off, frac, rfc)) if stamped else None
                    for off, _, _, stamped, frac, _, _ in merged] for rfc in variants}
    formats = [t[5] for t in merged]
    line_ids = [t[6] for t in merged]
    all_ids = sorted(set().union(*(s.ids for s in sources)))
    used = set(all_ids)  # never re-issue an original ID either
    rng = random.Random(args.seed)

    # The probe for trail timing, taken from the middle repetition: an ordinary message that
    # went through the content filter (its trail continues under the "queued as" ID), the one
    # with the most lines among those with at most 20.
    counts, chained = {}, set()
    for fmt, ids in zip(formats, line_ids):
        for i in set(ids or ()):
            counts[i] = counts.get(i, 0) + 1
        if ids and len(ids) >= 2 and b"queued as %s" in fmt:
            chained.add(ids[0])
    candidates = sorted(i for i in chained if counts[i] <= 20) or sorted(counts)
    probe_old = max(candidates, key=lambda i: (counts[i] if counts[i] <= 20 else 0, i))

    files = [open(p, "wb", buffering=1 << 22) for p in outputs]
    written = reps = 0
    reps_estimate = None
    probe = None
    while written < args.size:
        mapping = {}
        for old in all_ids:
            fresh = new_id(rng, old)
            while fresh in used:
                fresh = new_id(rng, old)
            used.add(fresh)
            mapping[old] = fresh
        bodies = [fmt if ids is None else fmt % tuple(mapping[i] for i in ids)
                  for fmt, ids in zip(formats, line_ids)]
        first_day = start_day + reps * rep_days
        for out, rfc in zip(files, variants):
            prefixes = [day_prefix(first_day + d, rfc) for d in range(rep_days)]
            data = b"\n".join([body if st is None else prefixes[st[0]] + st[1] + body
                               for st, body in zip(stamps[rfc], bodies)]) + b"\n"
            out.write(data)
            if not rfc:
                written += len(data)
        reps += 1
        if reps_estimate is None:
            reps_estimate = -(-args.size // written)
        if probe is None and reps >= (reps_estimate + 1) // 2:
            probe = mapping[probe_old]
    for f in files:
        f.close()
    lines = reps * len(merged)
    last_off = max(s.span for s in sources)

    print("file=%s" % args.out)
    print("bytes=%d" % os.path.getsize(args.out))
    if args.rfc3339_out:
        print("rfc3339_file=%s" % args.rfc3339_out)
        print("rfc3339_bytes=%d" % os.path.getsize(args.rfc3339_out))
    print("lines=%d" % lines)
    print("repetitions=%d" % reps)
    print("first=%s" % time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(start_day * 86400)))
    print("last=%s" % time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(
        (start_day + (reps - 1) * rep_days) * 86400 + last_off)))
    print("days_per_repetition=%d" % rep_days)
    print("unstamped_per_repetition=%d" % sum(s.unstamped for s in sources))
    print("trail_id=%s" % probe.decode())
    print("trail_id_lines=%d" % counts[probe_old])
    print("seconds=%.1f" % (time.monotonic() - began))


if __name__ == "__main__":
    main()
