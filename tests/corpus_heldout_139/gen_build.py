"""Turn a message spec into RFC 5322 bytes, choosing the transport features."""
import datetime

from email.utils import format_datetime

import gen_attach as A
from gen_common import DOM, JOURS, MOIS_ABR, DAYS, MONTHS
from gen_mime import Leaf, Multi, render_message, text_to_html, wrap_html

MIME_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "zip": "application/zip",
}

MAILERS = ["Microsoft Outlook 16.0", "Microsoft Outlook 16.0", "Mozilla Thunderbird 115.14.0",
           "Apple Mail (2.3774)", "Roundcube Webmail/1.6.7", "Zimbra 9.0 (ZimbraWebClient)", None, None]


def _ascii(s):
    return all(ord(c) < 128 for c in s)


def _encodable(s, cs):
    try:
        s.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def pick_charset(rng, text, prefer=None):
    if prefer and _encodable(text, prefer):
        return prefer
    if _ascii(text):
        return rng.choice(["us-ascii", "us-ascii", "utf-8", "iso-8859-1"])
    opts = ["utf-8", "utf-8", "iso-8859-1", "windows-1252"]
    while True:
        cs = rng.choice(opts)
        if _encodable(text, cs):
            return cs


def pick_cte(rng, text, charset):
    if _ascii(text):
        return rng.choice(["7bit", "7bit", "quoted-printable", "base64"])
    return rng.choice(["8bit", "8bit", "quoted-printable", "quoted-printable", "base64"])


def _fn_style(rng, name):
    if _ascii(name):
        return "rfc2231_force" if rng.random() < 0.2 else "plain"
    if _encodable(name, "iso-8859-1") and rng.random() < 0.15:
        return "rfc2231_latin1"
    return rng.choice(["rfc2231", "rfc2231", "rfc2047"])


# ---------------------------------------------------------------- attachments
def attachment_payload(att):
    """(mime type, payload, is_text) for one attachment spec."""
    k = att["kind"]
    if k == "pdf":
        return MIME_TYPES["pdf"], A.pdf_bytes(att["title"], att["lines"], att.get("author", ""), att.get("header", "")), False
    if k == "docx":
        return MIME_TYPES["docx"], A.docx_bytes(att["title"], att["paras"], att.get("table"), att.get("author", ""),
                                                att.get("table_after", 0)), False
    if k == "xlsx":
        return MIME_TYPES["xlsx"], A.xlsx_bytes(att["sheets"], att.get("author", "")), False
    if k == "csv":
        return "text/csv", A.csv_text(att["rows"], att.get("delimiter", ",")), True
    if k == "ics":
        return "text/calendar", att["text"], True
    if k == "vcf":
        return att.get("ctype", "text/vcard"), att["text"], True
    if k == "txt":
        return "text/plain", att["text"], True
    if k == "zip":
        members = []
        for m in att["members"]:
            _, data, is_text = attachment_payload(m)
            if is_text:
                data = data.encode(m.get("encoding", "utf-8"))
            members.append((m["filename"], data))
        return MIME_TYPES["zip"], A.zip_bytes(members), False
    raise ValueError(k)


def attachment_leaf(rng, att, eol, index):
    if att["kind"] == "eml":
        nested = build_bytes(att["spec"], rng, eol, index, nested=True)
        cte = "7bit" if all(b < 128 for b in nested) else "8bit"
        return Leaf("message/rfc822", nested, cte, disposition=rng.choice(["attachment", "inline", "attachment"]),
                    filename=att.get("filename"), fn_style=_fn_style(rng, att.get("filename") or "x"))
    ctype, payload, is_text = attachment_payload(att)
    fn = att["filename"]
    disp = "inline" if (att["kind"] == "pdf" and rng.random() < 0.15) else "attachment"
    if is_text:
        cs = pick_charset(rng, payload, att.get("charset"))
        cte = att.get("cte") or rng.choice(["quoted-printable", "base64", "8bit" if not _ascii(payload) else "7bit"])
        extra = ["method=REQUEST"] if att["kind"] == "ics" else []
        return Leaf(ctype, payload, cte, charset=cs, filename=fn, fn_style=_fn_style(rng, fn),
                    disposition=disp, extra_params=extra)
    return Leaf(ctype, payload, "base64", filename=fn, fn_style=_fn_style(rng, fn), disposition=disp)


# ---------------------------------------------------------------- bodies
def body_part(rng, spec, boundary_base):
    lang = spec["lang"]
    text = spec.get("text")
    htm = spec.get("html")
    mode = spec.get("body_mode")
    if mode is None:
        mode = rng.choices(["plain", "alt", "html"], weights=[45, 35, 20])[0]
    if mode == "plain" and text is None:
        mode = "html"
    if htm is None and mode in ("alt", "html"):
        htm = text_to_html(text, lang)
    parts = []
    if mode in ("plain", "alt"):
        cs = pick_charset(rng, text, spec.get("charset"))
        cte = spec.get("cte") or pick_cte(rng, text, cs)
        extra = ['format=flowed'] if (rng.random() < 0.1 and cte != "base64") else []
        parts.append(Leaf("text/plain", text, cte, charset=cs, extra_params=extra))
    if mode in ("alt", "html"):
        cs = pick_charset(rng, htm, spec.get("charset"))
        htm2 = htm.replace("charset=utf-8", "charset=" + cs).replace('charset="utf-8"', 'charset="%s"' % cs)
        cte = rng.choice(["quoted-printable", "quoted-printable", "base64"]) if not spec.get("cte") else spec["cte"]
        if cte in ("7bit", "8bit") and max(len(l) for l in htm2.split("\n")) > 900:
            cte = "quoted-printable"
        parts.append(Leaf("text/html", htm2, cte, charset=cs))
    if len(parts) == 1:
        return parts[0]
    return Multi("alternative", boundary_base + "_alt", parts)


def build_bytes(spec, rng, eol, index, nested=False):
    tag = "%08x" % rng.getrandbits(32)
    bbase = "----=_NextPart_%03d_%s" % (index, tag) if not nested else "----=_Fwd_%03d_%s" % (index, tag)
    body = body_part(rng, spec, bbase)
    atts = spec.get("attachments") or []
    if atts:
        leaves = [attachment_leaf(rng, a, eol, index) for a in atts]
        top = Multi("mixed", bbase + "_mix", [body] + leaves)
    else:
        top = body
    dt = spec["date"]
    dom = spec["from"][1].split("@")[1]
    msgid = spec.get("msgid") or "<%s.%s.%04d@%s>" % (dt.strftime("%Y%m%d%H%M%S"), tag, index, dom)
    extra = []
    if spec.get("in_reply_to"):
        extra.append(("In-Reply-To", spec["in_reply_to"]))
        extra.append(("References", spec["in_reply_to"]))
    mailer = rng.choice(MAILERS)
    if mailer and not nested:
        extra.append(("X-Mailer", mailer))
    if rng.random() < 0.4:
        extra.append(("Content-Language", "fr-CA" if spec["lang"] == "fr" else "en-CA"))
    extra.extend(spec.get("extra_headers") or [])
    if spec.get("importance"):
        extra.append(("Importance", spec["importance"]))
    hcs = "utf-8" if rng.random() < 0.7 else "iso-8859-1"
    heads = [spec["subject"]] + [n for n, _ in [spec["from"]] + spec["to"] + spec.get("cc", [])]
    if not all(_encodable(h, hcs) for h in heads):
        hcs = "utf-8"
    headers = {"from": spec["from"], "to": spec["to"], "cc": spec.get("cc"), "subject": spec["subject"],
               "date": dt, "msgid": msgid, "extra": extra}
    return render_message(headers, top, eol, hcs)


def build_message(spec, index, rng):
    eol = b"\r\n" if rng.random() < 0.5 else b"\n"
    return build_bytes(spec, rng, eol, index)


# ---------------------------------------------------------------- thread helpers
def quote(text):
    return "\n".join((">" + (" " + l if l else "")) for l in text.rstrip("\n").split("\n"))


def reply_intro(lang, dt, name, address, style=0):
    if lang == "fr":
        if style == 0:
            return "Le %s %d %s %d, à %d h %02d, %s <%s> a écrit :" % (
                JOURS[dt.weekday()][:3] + ".", dt.day, MOIS_ABR[dt.month - 1], dt.year, dt.hour, dt.minute, name, address)
        return "De : %s <%s>\nEnvoyé : %s %d %s %d %02d:%02d\nObjet : " % (
            name, address, JOURS[dt.weekday()], dt.day, MOIS_ABR[dt.month - 1], dt.year, dt.hour, dt.minute)
    if style == 0:
        h = dt.hour if dt.hour <= 12 else dt.hour - 12
        return "On %s, %s %d, %d at %d:%02d %s, %s <%s> wrote:" % (
            DAYS[dt.weekday()][:3], MONTHS[dt.month - 1][:3], dt.day, dt.year, h, dt.minute,
            "AM" if dt.hour < 12 else "PM", name, address)
    return "From: %s <%s>\nSent: %s, %s %d, %d %d:%02d\nSubject: " % (
        name, address, DAYS[dt.weekday()], MONTHS[dt.month - 1], dt.day, dt.year, dt.hour, dt.minute)


def forward_block(lang, dt, frm, to, subject, body):
    if lang == "fr":
        head = ("---------- Message transféré ---------\nDe : %s <%s>\nDate : %s\nObjet : %s\nÀ : %s <%s>\n"
                % (frm[0], frm[1], format_datetime(dt), subject, to[0], to[1]))
    else:
        head = ("---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nSubject: %s\nTo: %s <%s>\n"
                % (frm[0], frm[1], format_datetime(dt), subject, to[0], to[1]))
    return head + "\n" + body


def earlier(dt, rng, hours_min=2, hours_max=60):
    t = dt - datetime.timedelta(hours=rng.randrange(hours_min, hours_max), minutes=rng.randrange(60))
    if t.hour < 7 or t.hour > 18:
        t = t.replace(hour=7 + (t.hour % 11))
        if t >= dt:
            t -= datetime.timedelta(days=1)
    return t


def fake_msgid(dt, rng, dom=DOM):
    return "<%s.%08x@%s>" % (dt.strftime("%Y%m%d%H%M%S"), rng.getrandbits(32), dom)


def reply_block(lang, prev, who, style, subject, orig):
    """Intro line(s) + quoted original, Gmail style (0) or Outlook style (1)."""
    intro = reply_intro(lang, prev, who[0], who[1], style)
    if style == 1:
        return intro + subject + "\n\n" + orig.rstrip("\n") + "\n"
    return intro + "\n" + quote(orig) + "\n"
