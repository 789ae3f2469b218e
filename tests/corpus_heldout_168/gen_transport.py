"""Turn a message spec into RFC 5322 bytes with varied MIME transports."""
import datetime

import gen_mime as M

MAILERS = ["Microsoft Outlook 16.0", "Mozilla Thunderbird 115.6", "Zimbra 9.0 (ZimbraWebClient)",
           "Apple Mail (2.3774)", None, None]


def _tz(dt):
    # rough Eastern time: daylight time from mid-March to early November
    dst = (3, 10) <= (dt.month, dt.day) < (11, 3)
    return datetime.timezone(datetime.timedelta(hours=-4 if dst else -5))


def fmt_date(dt):
    dt = dt.replace(tzinfo=_tz(dt))
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    mons = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    off = dt.utcoffset().total_seconds() // 60
    sign = "-" if off < 0 else "+"
    off = abs(int(off))
    return (f"{days[dt.weekday()]}, {dt.day:02d} {mons[dt.month - 1]} {dt.year} "
            f"{dt.hour:02d}:{dt.minute:02d}:{dt.second:02d} {sign}{off // 60:02d}{off % 60:02d}")


def rand_date(rng):
    start = datetime.datetime(2024, 9, 3, 7, 0, 0)
    d = start + datetime.timedelta(days=rng.randint(0, 290))
    while d.weekday() >= 5 and rng.random() < 0.85:
        d += datetime.timedelta(days=1)
    return d.replace(hour=rng.randint(7, 18), minute=rng.randint(0, 59), second=rng.randint(0, 59))


def _hex(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def boundary(rng, k):
    style = rng.randrange(4)
    if style == 0:
        return f"----=_Part_{rng.randint(1000, 99999)}_{rng.randint(10**8, 10**9)}.{k}"
    if style == 1:
        return f"_00{k}_{_hex(rng, 8).upper()}_"
    if style == 2:
        return "=" * 15 + str(rng.randint(10**18, 10**19 - 1)) + "=="
    return f"b{k}_{_hex(rng, 24)}"


def _encodable(text, cs):
    try:
        text.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def choose_charset(rng, text, forced=None):
    if forced and _encodable(text, forced):
        return forced
    if M.is_ascii(text):
        return rng.choice(["us-ascii", "us-ascii", "utf-8", "utf-8", "iso-8859-1"])
    if _encodable(text, "iso-8859-1"):
        return rng.choice(["utf-8", "utf-8", "iso-8859-1", "iso-8859-1", "windows-1252"])
    if _encodable(text, "windows-1252"):
        return rng.choice(["utf-8", "windows-1252"])
    return "utf-8"


def choose_cte(rng, text, charset, forced=None):
    long_line = any(len(ln) > 900 for ln in text.split("\n"))
    ascii_ok = M.is_ascii(text)
    if forced:
        if forced == "7bit" and (not ascii_ok or long_line):
            forced = "quoted-printable"
        if forced == "8bit" and long_line:
            forced = "quoted-printable"
        return forced
    if ascii_ok and not long_line:
        return rng.choice(["7bit", "7bit", "7bit", "quoted-printable", "base64"])
    if long_line:
        return rng.choice(["quoted-printable", "base64"])
    return rng.choice(["8bit", "8bit", "quoted-printable", "quoted-printable", "base64"])


def build(spec, rng, k):
    """Return the message bytes; k is a counter used in IDs and boundaries."""
    blocks = spec["blocks"]
    plain = M.render_plain(blocks)
    html_txt = M.render_html(blocks)
    fmt = spec.get("fmt") or rng.choice(["plain", "plain", "plain", "alt", "alt", "html"])
    eol = spec.get("eol") or rng.choice(["\r\n", "\n"])
    probe = plain + spec["subject"]
    cs = choose_charset(rng, probe if fmt != "html" else html_txt + spec["subject"], spec.get("charset"))
    cte = choose_cte(rng, plain if fmt != "html" else html_txt, cs, spec.get("cte"))

    def leaf(text, sub):
        c = cte
        if sub == "html" and c in ("7bit", "8bit") and any(len(x) > 900 for x in text.split("\n")):
            c = "quoted-printable"
        return M.text_leaf(text, sub, cs, c, eol)

    if fmt == "plain":
        body = leaf(plain, "plain")
    elif fmt == "html":
        body = leaf(html_txt, "html")
    else:
        body = M.Multi("alternative", [leaf(plain, "plain"), leaf(html_txt, "html")], boundary(rng, k * 10 + 1))

    atts = spec.get("atts") or []
    if atts:
        parts = [body]
        for a in atts:
            if a["kind"] == "eml":
                parts.append(M.rfc822_leaf(a["data"], a["name"], a.get("fn_mode") or rng.choice(["plain", "rfc2231", "rfc2047"])))
            else:
                fn_mode = a.get("fn_mode")
                if not fn_mode:
                    if M.is_ascii(a["name"]):
                        fn_mode = "rfc2231" if rng.random() < 0.12 else "plain"
                    else:
                        fn_mode = rng.choice(["rfc2231", "rfc2231", "rfc2047"])
                parts.append(M.attach_leaf(a["data"], a["ctype"], a["name"], fn_mode,
                                           a.get("cte", "base64"), a.get("inline", False)))
        pre = "This is a multi-part message in MIME format." if rng.random() < 0.5 else None
        root = M.Multi("mixed", parts, boundary(rng, k * 10 + 2), preamble=pre)
    else:
        root = body

    # ---- headers
    hcs = cs if cs not in ("us-ascii",) else "utf-8"
    mode = rng.choice(["q", "q", "b"])
    force_subj = spec.get("force_encoded_subject") or rng.random() < 0.08
    if not M.is_ascii(spec["subject"]) and not _encodable(spec["subject"], hcs):
        hcs = "utf-8"
    subj = M.header_text("Subject", spec["subject"], hcs, mode, force=force_subj)
    fn, fe = spec["from"]
    frm = "From: " + M.addr(fn, fe, "utf-8", rng.choice(["q", "b"]))
    tos = M.header_addrs("To", [M.addr(n, e, "utf-8", "q") for n, e in spec["to"]])
    hdrs = []
    date = spec.get("date") or rand_date(rng)
    spec["date_obj"] = date
    mid = spec.get("message_id") or f"<{date.strftime('%Y%m%d%H%M%S')}.{_hex(rng, 12)}.{k}@{fe.split('@')[1]}>"
    spec["message_id"] = mid
    order = rng.randrange(2)
    if order == 0:
        hdrs += [frm, tos]
        if spec.get("cc"):
            hdrs.append(M.header_addrs("Cc", [M.addr(n, e, "utf-8", "q") for n, e in spec["cc"]]))
        hdrs += [subj, "Date: " + fmt_date(date), "Message-ID: " + mid]
    else:
        hdrs += ["Date: " + fmt_date(date), frm, subj, tos]
        if spec.get("cc"):
            hdrs.append(M.header_addrs("Cc", [M.addr(n, e, "utf-8", "q") for n, e in spec["cc"]]))
        hdrs.append("Message-ID: " + mid)
    if spec.get("in_reply_to"):
        hdrs.append("In-Reply-To: " + spec["in_reply_to"])
        hdrs.append("References: " + spec["in_reply_to"])
    lang = spec["lang"]
    hdrs.append("Content-Language: " + ("fr-CA" if lang == "fr" else "en-CA"))
    mailer = rng.choice(MAILERS)
    if mailer:
        hdrs.append("X-Mailer: " + mailer)
    if spec.get("importance"):
        hdrs.append("Importance: high")
    return M.build_message(hdrs, root, eol)


def build_inner(spec, rng, k):
    """A message to embed as message/rfc822: always LF, simple."""
    s = dict(spec)
    s.setdefault("eol", "\n")
    return build(s, rng, k)
