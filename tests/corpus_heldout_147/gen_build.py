"""Turn a message spec into RFC 5322 bytes, varying the transport deterministically."""
import datetime as dt
import hashlib
import html as htmlmod

from gen_common import SEED
from gen_mime import (Leaf, Multi, Nested, addr_list_line, can_encode, header_line, is_ascii,
                      serialize)

MAILERS = ["Microsoft Outlook 16.0", "Mozilla Thunderbird 115.6", "Zimbra 9.0 (ZimbraWebClient)",
           "Apple Mail (2.3774)", None, None]

CTYPES = {"pdf": "application/pdf",
          "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          "csv": "text/csv", "ics": "text/calendar", "vcf": "text/vcard", "zip": "application/zip",
          "txt": "text/plain"}


def tz_for(d):
    # Eastern time: daylight saving ends 2024-11-03, starts 2025-03-09
    if dt.date(2024, 11, 3) <= d < dt.date(2025, 3, 9):
        return dt.timezone(dt.timedelta(hours=-5))
    return dt.timezone(dt.timedelta(hours=-4))


def pick_date(rng):
    start = dt.date(2024, 9, 3)
    while True:
        d = start + dt.timedelta(days=rng.randrange(0, 175))
        if d.weekday() < 5 or rng.random() < 0.08:
            break
    t = dt.time(rng.randrange(7, 19), rng.randrange(60), rng.randrange(60))
    return dt.datetime.combine(d, t, tz_for(d))


def fmt_rfc_date(when):
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    mons = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    off = when.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "-" if mins < 0 else "+"
    mins = abs(mins)
    return (f"{days[when.weekday()]}, {when.day:02d} {mons[when.month - 1]} {when.year} "
            f"{when.hour:02d}:{when.minute:02d}:{when.second:02d} {sign}{mins // 60:02d}{mins % 60:02d}")


def text_to_html(text, lang):
    paras = text.replace("\r\n", "\n").split("\n\n")
    body = []
    for p in paras:
        lines = [htmlmod.escape(l, quote=False) for l in p.split("\n")]
        if all(l.startswith("&gt;") for l in lines if l):
            body.append('<blockquote style="border-left:2px solid #999;padding-left:6px">' +
                        "<br>\n".join(lines) + "</blockquote>")
        else:
            body.append("<p>" + "<br>\n".join(lines) + "</p>")
    return (f'<html lang="{lang}"><head><meta http-equiv="Content-Type" content="text/html">'
            '</head>\n<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n' +
            "\n".join(body) + "\n</body></html>\n")


class Plan:
    """Cycles over transport features so that each appears in both classes."""
    CHARSETS = ["utf-8", "iso-8859-1", "windows-1252", "utf-8", "us-ascii", "windows-1252", "iso-8859-1"]
    CTES = ["quoted-printable", "8bit", "base64", "quoted-printable", "7bit", "8bit"]
    LAYOUTS = ["plain", "alt", "plain", "html", "alt", "plain", "html"]
    FN_NON_ASCII = ["2231", "2231cont", "2047"]

    def __init__(self, idx, rng):
        self.idx, self.rng = idx, rng
        self.k = 0

    def nl(self):
        return "\r\n" if self.idx % 3 == 0 else "\n"

    def charset(self, text, shift=0):
        pref = self.CHARSETS[(self.idx + shift) % len(self.CHARSETS)]
        if pref == "us-ascii":
            if is_ascii(text):
                return "us-ascii"
            pref = "iso-8859-1"
        for cs in (pref, "windows-1252", "utf-8"):
            if can_encode(text, cs):
                return cs
        return "utf-8"

    def cte(self, text, charset, shift=0):
        want = self.CTES[(self.idx * 5 + shift) % len(self.CTES)]
        longest = max((len(l) for l in text.split("\n")), default=0)
        ascii_ = is_ascii(text)
        if want == "7bit" and not ascii_:
            want = "quoted-printable"
        if want == "8bit" and ascii_:
            want = "7bit"
        if want in ("7bit", "8bit") and longest > 900:
            want = "quoted-printable"
        return want

    def boundary(self, tag):
        self.k += 1
        h = hashlib.sha1(f"{SEED}-{self.idx}-{tag}-{self.k}".encode()).hexdigest()[:16]
        return f"----=_NextPart_{self.idx:03d}_{self.k}_{h}"


def text_leaf(text, plan, subtype, shift):
    cs = plan.charset(text, shift)
    cte = plan.cte(text, cs, shift)
    return Leaf(f"text/{subtype}", text, charset=cs, cte=cte)


def build_body(spec, plan, feats):
    text = spec["text"]
    html = spec.get("html")
    layout = spec.get("layout") or plan.LAYOUTS[plan.idx % len(plan.LAYOUTS)]
    if layout in ("html", "alt") and html is None:
        html = text_to_html(text, spec["lang"])
    if layout == "plain":
        body = text_leaf(text, plan, "plain", 0)
        feats.add("text/plain body")
    elif layout == "html":
        body = text_leaf(html, plan, "html", 1)
        feats.add("HTML-only body")
    else:
        body = Multi("alternative", [text_leaf(text, plan, "plain", 0), text_leaf(html, plan, "html", 2)],
                     plan.boundary("alt"))
        feats.add("multipart/alternative")
    atts = spec.get("attachments") or []
    if not atts:
        return body
    parts = [body]
    for i, a in enumerate(atts):
        kind = a["kind"]
        fn = a.get("filename")
        mode = a.get("fn_mode")
        if fn and mode is None:
            if not is_ascii(fn):
                mode = plan.FN_NON_ASCII[(plan.idx + i) % 3]
            else:
                mode = "2231" if (plan.idx + i) % 7 == 3 else "plain"
        if mode in ("2231", "2231cont"):
            feats.add("RFC 2231 file name")
        if mode == "2047":
            feats.add("RFC 2047 file name")
        if kind == "eml":
            if not a["spec"].get("date"):
                a["spec"]["date"] = spec["date"] - dt.timedelta(minutes=plan.rng.randrange(20, 1400))
            inner = build_message(a["spec"], plan.idx * 1000 + 500 + i, plan.rng, nested_nl=plan.nl())[0]
            parts.append(Nested(inner, fn, eight_bit=any(b > 127 for b in inner)))
            feats.add("attached message/rfc822")
            continue
        feats.add(f"{kind.upper()} attachment")
        ctype = a.get("ctype") or CTYPES[kind]
        data = a["data"]
        params = a.get("ctype_params")
        if isinstance(data, str):
            cs = "utf-8" if not can_encode(data, a.get("charset", "utf-8")) else a.get("charset", "utf-8")
            cte = a.get("cte") or ("base64" if (plan.idx + i) % 2 else "quoted-printable")
            leaf = Leaf(ctype, data, charset=cs, cte=cte, filename=fn, fn_mode=mode,
                        disposition=a.get("disposition", "attachment"), ctype_params=params)
        else:
            leaf = Leaf(ctype, data, cte="base64", filename=fn, fn_mode=mode,
                        disposition=a.get("disposition", "attachment"), ctype_params=params)
        parts.append(leaf)
    feats.add("multipart/mixed")
    return Multi("mixed", parts, plan.boundary("mixed"))


def build_message(spec, idx, rng, nested_nl=None):
    plan = Plan(idx, rng)
    nl = nested_nl or plan.nl()
    feats = set()
    feats.add("CRLF line ends" if nl == "\r\n" else "LF line ends")
    when = spec.get("date") or pick_date(rng)
    spec["date"] = when
    body = build_body(spec, plan, feats)
    sender = spec["from"]
    dom = sender[1].split("@")[1]
    mid = hashlib.sha1(f"{SEED}/{idx}/{spec['subject']}".encode()).hexdigest()[:20]
    hcs = "iso-8859-1" if idx % 2 else "utf-8"
    henc = "Q" if idx % 4 in (1, 2) else "B"
    heads = [addr_list_line("From", [sender], nl, hcs, henc),
             addr_list_line("To", spec["to"], nl, hcs, henc)]
    if spec.get("cc"):
        heads.append(addr_list_line("Cc", spec["cc"], nl, hcs, henc))
    names = [d for d, _ in [sender] + list(spec["to"]) + list(spec.get("cc") or []) if d]
    if any(not is_ascii(d) for d in names):
        feats.add("RFC 2047 display names")
    force = is_ascii(spec["subject"]) and idx % 11 == 5
    heads.append(header_line("Subject", spec["subject"], nl, hcs, henc, force=force))
    if force or not is_ascii(spec["subject"]):
        feats.add("RFC 2047 Subject")
    heads.append(f"Date: {fmt_rfc_date(when)}")
    heads.append(f"Message-ID: <{mid}.{idx}@{dom}>")
    if spec.get("in_reply_to"):
        irt = hashlib.sha1(f"{SEED}/irt/{idx}".encode()).hexdigest()[:18]
        heads.append(f"In-Reply-To: <{irt}@{spec['in_reply_to']}>")
        heads.append(f"References: <{irt}@{spec['in_reply_to']}>")
    mailer = MAILERS[idx % len(MAILERS)]
    if mailer:
        heads.append(f"X-Mailer: {mailer}")
    heads.append(f"Content-Language: {'fr-CA' if spec['lang'] == 'fr' else 'en-CA'}")
    for p in _leaves(body):
        if isinstance(p, Leaf):
            if p.charset:
                feats.add(f"charset {p.charset}")
            feats.add(f"CTE {p.cte}")
    raw = serialize(heads, body, nl)
    return raw, feats


def _leaves(part):
    if isinstance(part, Multi):
        for p in part.parts:
            yield from _leaves(p)
    else:
        yield part
