"""Turn a message description (Spec) into bytes with a randomly drawn transport profile."""
import datetime as dt
import email.utils

from gen_common import ORG_DOMAIN, TZ_EDT, TZ_EST, stable_hex
from gen_mime import Leaf, Multi, addr, build_message, enc_header_text, is_ascii, text_to_html


class Spec:
    def __init__(self, kind, category, lang, subject, text, sender, to, types=(), note="", cc=(),
                 html=None, attachments=(), nams=(), ids=(), force=None, reply_to_id=None, extra_headers=(),
                 names=()):
        self.kind = kind
        self.category = category
        self.lang = lang
        self.subject = subject
        self.text = text
        self.sender = sender          # (display name, address)
        self.to = list(to)
        self.cc = list(cc)
        self.types = sorted(set(types))
        self.note = note
        self.html = html
        self.attachments = list(attachments)
        self.nams = list(nams)        # Person objects carrying a NAM
        self.ids = list(ids)          # (kind, raw value) for checksum checks
        self.force = force or {}
        self.reply_to_id = reply_to_id
        self.extra_headers = list(extra_headers)
        self.names = list(names)      # patient name forms that must appear
        self.date = None


class Att:
    """kind: pdf docx xlsx zip csv ics vcf txt eml."""

    def __init__(self, kind, filename, data, charset="utf-8", fn_style=None):
        self.kind = kind
        self.filename = filename
        self.data = data
        self.charset = charset
        self.fn_style = fn_style


CTYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "zip": "application/zip",
    "csv": "text/csv",
    "ics": "text/calendar",
    "vcf": "text/vcard",
    "txt": "text/plain",
}


def staff_addr(p):
    nm = f"{p.title} {p.full}".strip() if p.title else p.full
    return (nm, p.email)


def draw_profile(rng, lang, force):
    prof = {}
    prof["format"] = rng.choices(["plain", "alt", "html"], [45, 35, 20])[0]
    if lang == "fr":
        prof["charset"] = rng.choices(["utf-8", "iso-8859-1", "windows-1252", "us-ascii"], [48, 20, 27, 5])[0]
    else:
        prof["charset"] = rng.choices(["utf-8", "us-ascii", "windows-1252", "iso-8859-1"], [45, 30, 15, 10])[0]
    if prof["charset"] == "us-ascii":
        prof["cte"] = rng.choices(["7bit", "quoted-printable", "base64"], [70, 15, 15])[0]
    else:
        prof["cte"] = rng.choices(["8bit", "quoted-printable", "base64"], [35, 40, 25])[0]
    prof["html_cte"] = rng.choice(["quoted-printable", "base64", prof["cte"]])
    prof["eol"] = rng.choice(["\r\n", "\n"])
    prof["hdr"] = rng.choices(["b", "q", "lq"], [50, 25, 25])[0]
    prof["force_subject_enc"] = rng.random() < 0.08
    prof["fn_2231"] = rng.random() < 0.25
    prof["att_cte"] = rng.choice(["base64", "quoted-printable", "8bit"])
    prof.update(force)
    return prof


def make_date(rng, start=dt.datetime(2024, 9, 3), end=dt.datetime(2025, 2, 27)):
    span = int((end - start).total_seconds() // 60)
    while True:
        d = start + dt.timedelta(minutes=rng.randrange(span))
        if d.weekday() < 5 and 7 <= d.hour <= 18:
            break
        if rng.random() < 0.08:
            break
    tz = TZ_EDT if d < dt.datetime(2024, 11, 3) else TZ_EST
    return d.replace(second=rng.randrange(60), tzinfo=tz)


def build(spec, idx, seed, rng):
    prof = draw_profile(rng, spec.lang, spec.force)
    eol = prof["eol"]
    tag = stable_hex(seed, idx, spec.category)
    return _render(spec, prof, eol, tag, rng), prof


def _render(spec, prof, eol, tag, rng, nested=0):
    bnum = [0]

    def boundary():
        bnum[0] += 1
        return f"----=_Part_{tag[:8]}_{nested}{bnum[0]}.{tag[8:16]}"

    cs, cte = prof["charset"], prof["cte"]
    body_text = spec.text if spec.text.endswith("\n") else spec.text + "\n"
    html = spec.html or text_to_html(body_text, spec.lang, rng.choice(["Calibri", "Segoe UI", "Aptos", "Verdana"]))
    if prof["format"] == "plain":
        body = Leaf("text/plain", body_text, cs, cte)
    elif prof["format"] == "html":
        body = Leaf("text/html", html, cs, prof["html_cte"])
    else:
        body = Multi("alternative", [Leaf("text/plain", body_text, cs, cte),
                                     Leaf("text/html", html, cs, prof["html_cte"])], boundary())
    parts = [body]
    for a in spec.attachments:
        style = a.fn_style or ("2231" if prof["fn_2231"] else "plain")
        if a.kind == "eml":
            sub = a.data
            sub_prof = dict(prof)
            sub_prof["format"] = "plain"
            data = _render(sub, sub_prof, eol, stable_hex(tag, "sub"), rng, nested + 1)
            parts.append(Leaf("message/rfc822", data, disposition="attachment", filename=a.filename, fn_style=style))
        elif a.kind in ("csv", "ics", "vcf", "txt"):
            acte = prof["att_cte"]
            extra = [("method", "REQUEST")] if a.kind == "ics" else []
            parts.append(Leaf(CTYPES[a.kind], a.data, a.charset, acte, disposition="attachment",
                              filename=a.filename, fn_style=style, extra_params=extra))
        else:
            parts.append(Leaf(CTYPES[a.kind], a.data, disposition="attachment", filename=a.filename, fn_style=style))
    root = parts[0] if len(parts) == 1 else Multi("mixed", parts, boundary(),
                                                   preamble="This is a multi-part message in MIME format.")

    hmode = prof["hdr"]
    headers = []
    headers.append(("From", enc_addr_header("From", [spec.sender], hmode, eol), "text"))
    headers.append(("To", enc_addr_header("To", spec.to, hmode, eol), "text"))
    if spec.cc:
        headers.append(("Cc", enc_addr_header("Cc", spec.cc, hmode, eol), "text"))
    subj = spec.subject
    if is_ascii(subj) and not prof["force_subject_enc"]:
        headers.append(("Subject", enc_header_text(subj, "plain", eol, "Subject"), "text"))
    else:
        headers.append(("Subject", enc_header_text(subj, hmode, eol, "Subject"), "text"))
    headers.append(("Date", email.utils.format_datetime(spec.date), "raw"))
    dom = spec.sender[1].split("@")[1]
    headers.append(("Message-ID", f"<{tag}.{nested}@{dom}>", "raw"))
    if spec.reply_to_id:
        rid = f"<{stable_hex(tag, 'parent')}@{spec.reply_to_id}>"
        headers.append(("In-Reply-To", rid, "raw"))
        headers.append(("References", rid, "raw"))
    for k, v in spec.extra_headers:
        headers.append((k, v, "raw"))
    if spec.lang == "fr" and rng.random() < 0.5:
        headers.append(("Content-Language", "fr-CA", "raw"))
    elif rng.random() < 0.4:
        headers.append(("Content-Language", "en-CA" if spec.lang == "en" else "fr-CA", "raw"))
    return build_message(headers, root, eol)


def enc_addr_header(name, addrs, mode, eol):
    rendered = [addr(n, a, mode) for n, a in addrs]
    line = f"{name}: " + (", " + eol + " ").join(rendered) if len(rendered) > 2 else f"{name}: " + ", ".join(rendered)
    return line
