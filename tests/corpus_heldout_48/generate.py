#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Synthetic labelled e-mail corpus: long-term care homes (CHSLD) and a
rehabilitation centre.  Writes positive/*.eml, negative/*.eml, labels.json
and README.md deterministically from a seed.

Usage:  python generate.py [--seed N] [--out DIR]

All people, institutions, addresses and domains are invented.  Every RAMQ
NAM comes from ../blind_nams.txt (relative to this file).
"""
import argparse
import base64
import datetime
import hashlib
import html as htmlmod
import io
import json
import os
import quopri
import random
import re
import sys
import textwrap
import unicodedata
import zipfile
import email
import email.policy
from email.header import Header
from email.utils import formataddr, format_datetime

from stdnum import luhn
from stdnum.ca import sin as stdnum_sin
from stdnum.be import nn as stdnum_nn
from stdnum.fr import nir as stdnum_nir

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SEED = 4848
N_POS = 120
N_NEG = 180
EN_POS = 30
EN_NEG = 45
FIXED_ZIP_DT = (2024, 1, 15, 9, 30, 0)
FIXED_DT = datetime.datetime(2024, 1, 15, 9, 30, 0)

ALL_TYPES = ["ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn",
             "date_of_birth", "patient_name", "diagnosis", "medication", "lab_result",
             "patient_contact", "social_information"]
ID_TYPES = {"ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn", "patient_name"}
INFO_TYPES = {"date_of_birth", "diagnosis", "medication", "lab_result", "patient_contact",
              "social_information"}

R = random.Random(DEFAULT_SEED)   # re-seeded in main()


def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


def sample(seq, k):
    k = max(0, min(k, len(seq)))
    return R.sample(list(seq), k)


def cap(s):
    return s[:1].upper() + s[1:] if s else s


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# ---------------------------------------------------------------------------
# identifiers
# ---------------------------------------------------------------------------
DIG = "0123456789"


def gen_sin():
    while True:
        body = pick("1234567") + "".join(pick(DIG) for _ in range(7))
        s = body + luhn.calc_check_digit(body)
        if stdnum_sin.is_valid(s):
            return s


def gen_luhn10():
    while True:
        body = pick("123456789") + "".join(pick(DIG) for _ in range(8))
        s = body + luhn.calc_check_digit(body)
        if luhn.is_valid(s):
            return s


def gen_ohn():
    s = gen_luhn10()
    assert luhn.is_valid(s)
    return s, pick(["AB", "KX", "MN", "TR", "HG", "", ""])


def gen_niss(dob, sex):
    while True:
        serial = R.randrange(1, 998)
        if (serial % 2 == 1) != (sex == "M"):
            serial += 1
        base = "%02d%02d%02d%03d" % (dob.year % 100, dob.month, dob.day, serial)
        num = int(("2" + base) if dob.year >= 2000 else base)
        s = base + "%02d" % (97 - num % 97)
        if stdnum_nn.is_valid(s):
            return s


def gen_nir(dob, sex):
    while True:
        base = "%d%02d%02d%s%03d%03d" % (1 if sex == "M" else 2, dob.year % 100, dob.month,
                                         pick(["75", "69", "13", "59", "33", "44", "67", "35", "31"]),
                                         R.randrange(1, 990), R.randrange(1, 990))
        s = base + "%02d" % (97 - int(base) % 97)
        if stdnum_nir.is_valid(s):
            return s


def gen_mrn():
    n = R.randrange(100000, 999999)
    return pick(["%07d" % n, "00%06d" % n, "H%07d" % n, "CR-%06d" % n, "%06d" % n, "E%06d" % n])


def fmt_nam(nam, style=None):
    style = style if style is not None else pick(["plain", "plain", "plain", "space", "space", "lower", "dash", "space4"])
    if style == "space":
        return "%s %s %s" % (nam[:4], nam[4:8], nam[8:])
    if style == "lower":
        return nam.lower()
    if style == "dash":
        return "%s-%s-%s" % (nam[:4], nam[4:8], nam[8:])
    if style == "space4":
        return "%s %s" % (nam[:4], nam[4:])
    return nam


def fmt_sin(s):
    return pick(["%s %s %s" % (s[:3], s[3:6], s[6:]), "%s-%s-%s" % (s[:3], s[3:6], s[6:]), s])


def fmt_ohn(num_vc):
    n, vc = num_vc
    base = pick(["%s-%s-%s" % (n[:4], n[4:7], n[7:]), "%s %s %s" % (n[:4], n[4:7], n[7:]), n])
    return (base + (" " + vc if vc else "")).strip()


def fmt_niss(s):
    return pick(["%s.%s.%s-%s.%s" % (s[:2], s[2:4], s[4:6], s[6:9], s[9:]), s,
                 "%s %s %s" % (s[:6], s[6:9], s[9:])])


def fmt_nir(s):
    return pick(["%s %s %s %s %s %s %s" % (s[0], s[1:3], s[3:5], s[5:7], s[7:10], s[10:13], s[13:]),
                 s, "%s %s" % (s[:13], s[13:])])


# ---------------------------------------------------------------------------
# attachments (deterministic)
# ---------------------------------------------------------------------------
def normalize_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                txt = content.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>2024-01-15T09:30:00Z\g<2>", txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>2024-01-15T09:30:00Z\g<2>", txt)
                content = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0
            z.writestr(zi, content)
    return out.getvalue()


def make_zip(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in files:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0
            if any(ord(c) > 127 for c in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, content)
    return out.getvalue()


def cp1252_safe(s):
    rep = {"\u2011": "-", "\u2212": "-", "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2192": "->",
           "\u2265": ">=", "\u2264": "<=", "\u2191": "^", "\u2193": "v", "\u2713": "x"}
    for a, b in rep.items():
        s = s.replace(a, b)
    return s.encode("cp1252", "replace").decode("cp1252")


def latin1_safe(s):
    rep = {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-",
           "\u0153": "oe", "\u0152": "OE", "\u2026": "...", "\u20ac": "EUR", "\u2022": "*",
           "\u2011": "-", "\u2212": "-", "\u202f": " ", "\u2009": " ", "\u2192": "->", "\u2265": ">=",
           "\u2264": "<=", "\u2191": "^", "\u2193": "v", "\u2713": "x", "\u00a0": " "}
    for a, b in rep.items():
        s = s.replace(a, b)
    return s.encode("latin-1", "replace").decode("latin-1")


def make_pdf(title, lines, author="", table=None):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=pick([0, 1]))
    c.setTitle(cp1252_safe(title))
    if author:
        c.setAuthor(cp1252_safe(author))
    c.setCreator(pick(["Microsoft Word 2016", "PDF24 Creator", "Adobe PDF Library 15.0", "Formulaire interne"]))
    y = 750

    def newpage():
        nonlocal y
        c.showPage()
        c.setFont("Helvetica", 10)
        y = 750

    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, y, cp1252_safe(title))
    y -= 26
    c.setFont("Helvetica", 10)
    for line in lines:
        wrapped = textwrap.wrap(cp1252_safe(line), 95) or [""]
        for w in wrapped:
            if y < 60:
                newpage()
            c.drawString(50, y, w)
            y -= 14
    if table:
        y -= 8
        ncol = len(table[0])
        colw = 510.0 / ncol
        for ri, row in enumerate(table):
            if y < 60:
                newpage()
            c.setFont("Helvetica-Bold" if ri == 0 else "Helvetica", 8)
            for ci, cell in enumerate(row):
                c.drawString(50 + ci * colw, y, cp1252_safe(str(cell))[: int(colw / 4.3)])
            y -= 12
    c.save()
    return buf.getvalue()


def make_docx(title, paragraphs, table=None, author="Utilisateur"):
    import docx
    d = docx.Document()
    d.add_heading(title, level=1)
    for p in paragraphs:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        t.style = "Table Grid"
        for ri, row in enumerate(table):
            for ci, cell in enumerate(row):
                t.cell(ri, ci).text = str(cell)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


def make_xlsx(sheets, author="Utilisateur"):
    import openpyxl
    wb = openpyxl.Workbook()
    first = True
    for name, rows in sheets:
        if first:
            ws = wb.active
            ws.title = name[:31]
            first = False
        else:
            ws = wb.create_sheet(name[:31])
        for row in rows:
            ws.append(list(row))
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


def make_csv(rows, sep=None, enc=None):
    sep = sep or pick([";", ";", ","])
    enc = enc or pick(["utf-8-sig", "utf-8", "cp1252"])
    out = []
    for row in rows:
        cells = []
        for cell in row:
            cell = str(cell)
            if sep in cell or '"' in cell:
                cell = '"' + cell.replace('"', '""') + '"'
            cells.append(cell)
        out.append(sep.join(cells))
    txt = "\r\n".join(out) + "\r\n"
    if enc == "cp1252":
        txt = cp1252_safe(txt)
    return txt.encode(enc)


def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics_fold(line):
    out = []
    b = line.encode("utf-8")
    while len(b) > 73:
        cut = 73
        while cut > 0 and (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(b[:cut].decode("utf-8"))
        b = b[cut:]
    out.append(b.decode("utf-8"))
    return "\r\n ".join(out)


def make_ics(events, method="REQUEST", prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"):
    lines = ["BEGIN:VCALENDAR", "PRODID:" + prodid, "VERSION:2.0", "METHOD:" + method]
    for ev in events:
        lines += ["BEGIN:VEVENT",
                  "UID:%s" % ev["uid"],
                  "DTSTAMP:20240115T143000Z",
                  "DTSTART;TZID=America/Toronto:%s" % ev["start"].strftime("%Y%m%dT%H%M%S"),
                  "DTEND;TZID=America/Toronto:%s" % ev["end"].strftime("%Y%m%dT%H%M%S"),
                  ics_fold("SUMMARY:" + ics_escape(ev["summary"]))]
        if ev.get("location"):
            lines.append(ics_fold("LOCATION:" + ics_escape(ev["location"])))
        if ev.get("description"):
            lines.append(ics_fold("DESCRIPTION:" + ics_escape(ev["description"])))
        if ev.get("organizer"):
            lines.append(ics_fold("ORGANIZER;CN=%s:mailto:%s" % (ev["organizer"][0], ev["organizer"][1])))
        if ev.get("rrule"):
            lines.append("RRULE:" + ev["rrule"])
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def make_vcard(fn, n, tels=(), adr=None, email_addr=None, note=None, org=None, bday=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", "N:%s" % n, "FN:%s" % fn]
    if org:
        lines.append("ORG:%s" % org)
    for kind, tel in tels:
        lines.append("TEL;TYPE=%s:%s" % (kind, tel))
    if adr:
        lines.append("ADR;TYPE=HOME:;;%s;%s;QC;%s;Canada" % adr)
    if email_addr:
        lines.append("EMAIL;TYPE=INTERNET:%s" % email_addr)
    if bday:
        lines.append("BDAY:%s" % bday)
    if note:
        lines.append(ics_fold("NOTE:" + ics_escape(note)))
    lines.append("END:VCARD")
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


MIME_OF = {"pdf": "application/pdf",
           "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
           "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
           "csv": "text/csv", "ics": "text/calendar", "vcf": "text/vcard", "zip": "application/zip",
           "txt": "text/plain", "eml": "message/rfc822"}


class Att(object):
    def __init__(self, filename, data, kind=None):
        self.filename = filename
        self.data = data
        self.kind = kind or filename.rsplit(".", 1)[-1].lower()


# ---------------------------------------------------------------------------
# MIME assembly (hand-built so that charsets, encodings, boundaries and line
# endings are fully under our control)
# ---------------------------------------------------------------------------
def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def enc_hdr(name, value, charset):
    if is_ascii(value):
        return "%s: %s" % (name, value)
    h = Header(value, charset, header_name=name)
    return "%s: %s" % (name, h.encode())


def enc_addr(pair, charset):
    name, addr = pair
    if not name:
        return addr
    if is_ascii(name):
        return formataddr((name, addr))
    return formataddr((name, addr), charset=charset)


def enc_addrs(pairs, charset):
    return ", ".join(enc_addr(p, charset) for p in pairs)


def make_boundary():
    style = R.randrange(4)
    if style == 0:
        return "----=_NextPart_%03d_%04X_%08X.%08X" % (R.randrange(1000), R.randrange(65536),
                                                        R.getrandbits(32), R.getrandbits(32))
    if style == 1:
        return "Apple-Mail=_%08X-%04X-%04X-%04X-%012X" % (R.getrandbits(32), R.getrandbits(16), R.getrandbits(16),
                                                            R.getrandbits(16), R.getrandbits(48))
    if style == 2:
        return "%028x" % R.getrandbits(112)
    return "_%03d_%s_" % (R.randrange(1000), "".join(pick("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(22)))


class Part(object):
    def __init__(self, headers, body=b"", children=None, boundary=None):
        self.headers = headers
        self.body = body
        self.children = children
        self.boundary = boundary

    def to_bytes(self):
        out = ("\n".join(self.headers) + "\n\n").encode("ascii")
        if self.children is None:
            body = self.body
            if not body.endswith(b"\n"):
                body += b"\n"
            return out + body
        parts = [out]
        if chance(0.5):
            parts.append(b"This is a multi-part message in MIME format.\n\n")
        for ch in self.children:
            parts.append(("--%s\n" % self.boundary).encode("ascii"))
            parts.append(ch.to_bytes())
            parts.append(b"\n")
        parts.append(("--%s--\n" % self.boundary).encode("ascii"))
        return b"".join(parts)


def encode_body(data, cte):
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    return data


def text_part(text, subtype, charset, cte):
    data = text.encode(charset)
    if cte in ("7bit",) and not is_ascii(text):
        cte = "8bit"
    if cte in ("7bit", "8bit"):
        if any(len(l) > 900 for l in data.split(b"\n")):
            cte = "quoted-printable"
    hdrs = ['Content-Type: text/%s; charset="%s"' % (subtype, charset),
            "Content-Transfer-Encoding: %s" % cte]
    return Part(hdrs, encode_body(data, cte))


def quote_param(v):
    return '"%s"' % v.replace("\\", "\\\\").replace('"', '\\"')


def attach_part(att, charset):
    fn = att.filename
    ctype = MIME_OF.get(att.kind, "application/octet-stream")
    if att.kind == "eml":
        hdrs = ["Content-Type: message/rfc822"]
        if chance(0.7):
            hdrs[0] += "; name=" + quote_param(fn) if is_ascii(fn) else ""
            hdrs.append("Content-Disposition: attachment; filename=%s" % quote_param(strip_accents(fn)))
        return Part(hdrs, att.data)
    if is_ascii(fn):
        name_param = "name=" + quote_param(fn)
        disp = "attachment; filename=" + quote_param(fn)
    else:
        ew = Header(fn, "utf-8").encode().replace("\n", "")
        name_param = "name=" + quote_param(ew)
        style = R.randrange(3)
        if style == 0:
            disp = "attachment; filename*=utf-8''" + "".join(
                    c if (c.isalnum() and ord(c) < 128) or c in "._-" else "".join("%%%02X" % b for b in c.encode("utf-8"))
                    for c in fn)
        elif style == 1:
            disp = "attachment; filename=" + quote_param(ew)
        else:
            disp = "attachment; filename=" + quote_param(strip_accents(fn))
    extra = ""
    if att.kind in ("csv", "txt", "vcf"):
        extra = '; charset="utf-8"' if att.kind != "csv" else ""
    if att.kind == "ics":
        extra = '; charset="utf-8"; method=REQUEST'
    hdrs = ["Content-Type: %s%s; %s" % (ctype, extra, name_param),
            "Content-Disposition: %s" % disp]
    if att.kind in ("csv", "ics", "vcf", "txt") and chance(0.35) and att.kind != "csv":
        hdrs.append("Content-Transfer-Encoding: quoted-printable")
        return Part(hdrs, quopri.encodestring(att.data.replace(b"\r\n", b"\n")))
    hdrs.append("Content-Transfer-Encoding: base64")
    return Part(hdrs, base64.encodebytes(att.data))


def multipart(subtype, children):
    b = make_boundary()
    hdrs = ['Content-Type: multipart/%s; boundary="%s"' % (subtype, b)]
    return Part(hdrs, children=children, boundary=b)


def text_to_html(text, entities=False, font=None):
    font = font or pick(["Calibri, sans-serif", "Arial, Helvetica, sans-serif", "Segoe UI, sans-serif",
                         "Verdana, sans-serif", "Times New Roman, serif"])
    out = ['<html>', '<head><meta http-equiv="Content-Type" content="text/html; charset=__CS__"></head>',
           '<body>', '<div style="font-family:%s; font-size:11pt">' % font]
    in_quote = 0
    for line in text.split("\n"):
        depth = 0
        while line.startswith(">"):
            depth += 1
            line = line[1:].lstrip(" ")
        while in_quote < depth:
            out.append('<blockquote style="margin:0 0 0 .8ex; border-left:1px solid #ccc; padding-left:1ex">')
            in_quote += 1
        while in_quote > depth:
            out.append("</blockquote>")
            in_quote -= 1
        esc = htmlmod.escape(line, quote=False)
        if entities:
            esc = "".join(("&%s;" % htmlmod.entities.codepoint2name[ord(c)])
                          if ord(c) > 127 and ord(c) in htmlmod.entities.codepoint2name else c for c in esc)
        if line.strip() == "":
            out.append("<div><br></div>")
        else:
            out.append("<div>%s</div>" % esc)
    while in_quote > 0:
        out.append("</blockquote>")
        in_quote -= 1
    out += ["</div>", "</body>", "</html>"]
    return "\n".join(out)


import html.entities  # noqa: E402  (used by text_to_html)

MAILERS = ["Microsoft Outlook 16.0", "Microsoft Outlook 15.0", "Apple Mail (2.3774.300.61.1.2)",
           "Mozilla Thunderbird 115.6.0", "Zimbra 8.8.15_GA", None, None, None]


def tz_for(dt):
    off = -4 if 3 <= dt.month <= 10 else -5
    return datetime.timezone(datetime.timedelta(hours=off))


def rand_date():
    d = datetime.datetime(2024, 1, 8, 6, 0, 0) + datetime.timedelta(days=R.randrange(0, 340),
                                                                     minutes=R.randrange(0, 15 * 60))
    return d.replace(tzinfo=tz_for(d))


def build_message(spec):
    """spec: dict with sender, to, cc, subject, text, html (opt), attachments, date,
    in_reply_to (opt).  Returns bytes."""
    cs = spec.get("charset") or pick(["utf-8"] * 6 + ["iso-8859-1"] * 2 + ["windows-1252"] * 2)
    text = spec["text"]
    htmlbody = spec.get("html")
    subject = spec["subject"]
    if cs == "iso-8859-1":
        text, subject = latin1_safe(text), latin1_safe(subject)
        htmlbody = latin1_safe(htmlbody) if htmlbody else None
    elif cs == "windows-1252":
        text, subject = cp1252_safe(text), cp1252_safe(subject)
        htmlbody = cp1252_safe(htmlbody) if htmlbody else None
    mode = spec.get("mode") or pick(["plain", "plain", "plain", "alt", "alt", "html"])
    if htmlbody is None and mode != "plain":
        htmlbody = text_to_html(text, entities=chance(0.25))
    if htmlbody:
        htmlbody = htmlbody.replace("__CS__", cs)
    if cs == "utf-8":
        cte = pick(["quoted-printable", "base64", "8bit", "quoted-printable"])
    else:
        cte = pick(["quoted-printable", "8bit", "base64", "quoted-printable"])
    if mode == "plain":
        body = text_part(text, "plain", cs, cte)
    elif mode == "html":
        body = text_part(htmlbody, "html", cs, cte)
    else:
        body = multipart("alternative", [text_part(text, "plain", cs, cte),
                                         text_part(htmlbody, "html", cs, pick([cte, "quoted-printable"]))])
    atts = spec.get("attachments") or []
    if atts:
        root = multipart("mixed", [body] + [attach_part(a, cs) for a in atts])
    else:
        root = body
    date = spec.get("date") or rand_date()
    dom = spec["sender"][1].split("@")[1]
    hdrs = []
    hdrs.append("From: " + enc_addr(spec["sender"], cs))
    hdrs.append("To: " + enc_addrs(spec["to"], cs))
    if spec.get("cc"):
        hdrs.append("Cc: " + enc_addrs(spec["cc"], cs))
    hdrs.append(enc_hdr("Subject", subject, cs))
    hdrs.append("Date: " + format_datetime(date))
    hdrs.append("Message-ID: <%016X.%06d@%s>" % (R.getrandbits(64), R.randrange(10 ** 6), dom))
    if spec.get("in_reply_to"):
        hdrs.append("In-Reply-To: <%s>" % spec["in_reply_to"])
        hdrs.append("References: <%s>" % spec["in_reply_to"])
    hdrs.append("MIME-Version: 1.0")
    mailer = pick(MAILERS)
    if mailer:
        hdrs.append("X-Mailer: " + mailer)
    if chance(0.3):
        hdrs.append("Content-Language: " + ("fr-CA" if spec.get("lang") == "fr" else "en-CA"))
    if spec.get("priority"):
        hdrs.append("X-Priority: 1 (Highest)")
        hdrs.append("Importance: High")
    root.headers = hdrs + root.headers
    data = root.to_bytes()
    if spec.get("crlf", chance(0.5)):
        data = data.replace(b"\n", b"\r\n")
    return data


def inner_eml(spec):
    """Message to be attached as message/rfc822: keep it 7-bit safe."""
    s = dict(spec)
    s["crlf"] = False
    cs = "utf-8"
    s["charset"] = cs
    text = s["text"]
    body = text_part(text, "plain", cs, pick(["quoted-printable", "base64"]))
    date = s.get("date") or rand_date()
    dom = s["sender"][1].split("@")[1]
    hdrs = ["From: " + enc_addr(s["sender"], cs), "To: " + enc_addrs(s["to"], cs),
            enc_hdr("Subject", s["subject"], cs), "Date: " + format_datetime(date),
            "Message-ID: <%016X@%s>" % (R.getrandbits(64), dom), "MIME-Version: 1.0"]
    atts = s.get("attachments") or []
    root = multipart("mixed", [body] + [attach_part(a, cs) for a in atts]) if atts else body
    root.headers = hdrs + root.headers
    return root.to_bytes()


# ---------------------------------------------------------------------------
# invented world
# ---------------------------------------------------------------------------
CISSS_DOM = "cisss-hautevalmont.example"
SITES_CHSLD = [
    dict(name="CHSLD des Érables", short="Érables", addr="2100, boul. Principal, Valmont (Québec) J0X 2K0",
         tel="819-555-0142", lang="fr"),
    dict(name="CHSLD Saint-Aubin", short="St-Aubin", addr="45, rue de l'Église, Saint-Aubin-des-Monts (Québec) J0X 3B0",
         tel="819-555-0167", lang="fr"),
    dict(name="CHSLD Jardins-du-Fleuve", short="Jardins", addr="780, ch. du Fleuve, Rivière-Noire (Québec) G0X 1T0",
         tel="418-555-0119", lang="fr"),
    dict(name="Maplewood Residence (CHSLD)", short="Maplewood", addr="310 Maple Crescent, Valmont-Ouest (Québec) J0X 4M0",
         tel="450-555-0183", lang="en"),
]
SITE_REHAB = dict(name="Centre de réadaptation Mont-Clair", short="Mont-Clair",
                  addr="1500, avenue du Parc, Valmont (Québec) J0X 2L0", tel="819-555-0155", lang="fr")
HOSPITALS = [("Hôpital régional de Valmont", "Valmont Regional Hospital"),
             ("Hôpital Sainte-Gudule", "Sainte-Gudule Hospital"),
             ("Hôpital de Rivière-Noire", "Rivière-Noire Hospital")]
UNITS_CHSLD = ["1er Nord", "2e Est", "2e Ouest", "3e Est", "3e Ouest", "UPS (unité prothétique)", "Pavillon des Lilas", "4e"]
UNITS_CHSLD_EN = ["1 North", "2 East", "2 West", "3 East", "3 West", "Secure unit", "Lilac Wing", "4th floor"]
PROGS_REHAB = [("URFI", "URFI (intensive functional rehab)"), ("Programme AVC", "Stroke program"),
               ("Programme amputés", "Amputee program"), ("Programme ortho-gériatrie", "Ortho-geriatric program"),
               ("Programme TCC", "TBI program"), ("Hôpital de jour", "Day hospital")]
FAMILY_DOMS = ["courriel.example", "mailbox.example", "moninternet.example", "videoweb.example", "northmail.example",
               "boitemail.example"]

FR_F = ["Julie", "Mélanie", "Isabelle", "Karine", "Nancy", "Chantal", "Marie-Ève", "Annie", "Valérie", "Stéphanie",
        "Josiane", "Caroline", "Sonia", "Martine", "Lucie", "Catherine", "Audrey", "Émilie", "Vanessa", "Jessica",
        "Marie-Pier", "Kim", "Andrée-Anne", "France", "Linda", "Roxanne", "Geneviève"]
FR_M = ["Patrick", "Sébastien", "Mathieu", "Jean-François", "Éric", "Steve", "Kevin", "Maxime", "Francis",
        "Yannick", "Dominique", "Simon", "Alexandre", "Guillaume", "Martin"]
FR_LAST = ["Tremblay", "Côté", "Bergeron", "Lavoie", "Dubé", "Beaulieu", "Morissette", "Desjardins", "Lévesque",
           "Pagé", "Fontaine", "Hébert", "Rioux", "Vachon", "Gosselin", "Paradis", "Boivin", "Lemieux", "Picard",
           "Charest", "Dufour", "Marceau", "Poulin", "St-Pierre", "Bolduc", "Caouette", "Turcotte", "Guay"]
OTHER_STAFF = [("Fatima", "Benali"), ("Mamadou", "Diallo"), ("Rose-Marie", "Joseph"), ("Nadège", "Pierre-Louis"),
               ("Yasmine", "Haddad"), ("Kossi", "Agbeko"), ("Marisol", "Ortega"), ("Thi Lan", "Nguyen"),
               ("Wilner", "Jean-Baptiste"), ("Aïcha", "Traoré"), ("Samira", "Khelifi"), ("Oumar", "Sow"),
               ("Guerline", "Charles"), ("Daniela", "Popescu")]
EN_F = ["Jennifer", "Heather", "Megan", "Laura", "Rachel", "Kimberly", "Amanda", "Lisa", "Tracy", "Nicole", "Priya"]
EN_M = ["Kevin", "Brian", "Daniel", "Tom", "Ryan", "Jason", "Ian", "Derek"]
EN_LAST = ["Walsh", "O'Brien", "Mitchell", "McLean", "Foster", "Hughes", "Kim", "Sharma", "Ferguson", "Bennett",
           "Doyle", "Campbell", "Grant", "Reid", "Stewart", "Hall"]

ROLES = {
    "inf": ("Infirmière", "Infirmier", "Nurse"),
    "infaux": ("Infirmière auxiliaire", "Infirmier auxiliaire", "LPN"),
    "pab": ("Préposée aux bénéficiaires", "Préposé aux bénéficiaires", "PAB / orderly"),
    "asi": ("Assistante infirmière-chef", "Assistant infirmier-chef", "Assistant head nurse"),
    "chef": ("Chef d'unité", "Chef d'unité", "Unit manager"),
    "physio": ("Physiothérapeute", "Physiothérapeute", "Physiotherapist"),
    "trp": ("Thérapeute en réadaptation physique", "Thérapeute en réadaptation physique", "Physical rehab therapist"),
    "ergo": ("Ergothérapeute", "Ergothérapeute", "Occupational therapist"),
    "nutri": ("Nutritionniste", "Nutritionniste", "Dietitian"),
    "ts": ("Travailleuse sociale", "Travailleur social", "Social worker"),
    "pharm": ("Pharmacienne", "Pharmacien", "Pharmacist"),
    "md": ("Médecin", "Médecin", "Physician"),
    "cons": ("Conseillère en soins infirmiers", "Conseiller en soins infirmiers", "Nursing practice advisor"),
    "adm": ("Agente administrative", "Agent administratif", "Administrative officer"),
    "loisirs": ("Technicienne en loisirs", "Technicien en loisirs", "Recreation technician"),
    "alim": ("Chef de service alimentaire", "Chef de service alimentaire", "Food services supervisor"),
    "batiment": ("Technicienne en bâtiment", "Technicien en bâtiment", "Building technician"),
    "appro": ("Acheteuse", "Acheteur", "Purchasing officer"),
    "pci": ("Conseillère en prévention et contrôle des infections", "Conseiller en PCI", "Infection control advisor"),
    "rh": ("Conseillère en gestion des ressources humaines", "Conseiller RH", "HR advisor"),
    "ti": ("Technicienne en informatique", "Technicien en informatique", "IT technician"),
    "comm": ("Agente d'information", "Agent d'information", "Communications officer"),
    "benev": ("Coordonnatrice des bénévoles", "Coordonnateur des bénévoles", "Volunteer coordinator"),
    "dir": ("Directrice adjointe SAPA", "Directeur adjoint SAPA", "Assistant director, elderly care"),
    "inh": ("Inhalothérapeute", "Inhalothérapeute", "Respiratory therapist"),
    "educ": ("Éducatrice spécialisée", "Éducateur spécialisé", "Special educator"),
}

_BLOCKED_NAMES = set()   # (given, surname) of patients; staff never share them


def email_local(given, surname):
    g = strip_accents(given).lower().replace(" ", "").replace("'", "")
    s = strip_accents(surname).lower().replace(" ", "").replace("'", "")
    return pick(["%s.%s" % (g, s), "%s.%s" % (g, s), "%s%s" % (g[0], s), "%s.%s.%d" % (g, s, R.randrange(1, 9))])


def new_staff(role, lang="fr", site=None):
    while True:
        r = R.random()
        if lang == "en" and r < 0.6:
            female = chance(0.7)
            given = pick(EN_F if female else EN_M)
            last = pick(EN_LAST + FR_LAST[:8])
        elif r < 0.22:
            given, last = pick(OTHER_STAFF)
            female = given in ("Fatima", "Rose-Marie", "Nadège", "Yasmine", "Marisol", "Thi Lan", "Aïcha", "Samira",
                               "Guerline", "Daniela")
        else:
            female = chance(0.72)
            given = pick(FR_F if female else FR_M)
            last = pick(FR_LAST)
        if (given, last) not in _BLOCKED_NAMES:
            break
    fr_t = ROLES[role][0] if female else ROLES[role][1]
    title = fr_t if lang == "fr" else ROLES[role][2]
    if site is None:
        site = SITE_REHAB if role in ("physio", "trp", "ergo", "educ") and chance(0.7) else pick(SITES_CHSLD[:3] if lang == "fr" else SITES_CHSLD)
    dom = CISSS_DOM
    return dict(given=given, last=last, name="%s %s" % (given, last), female=female, role=role, title=title,
                email="%s@%s" % (email_local(given, last), dom), site=site, lang=lang)


def ext_addr(name, dom):
    parts = name.split()
    return (name, "%s@%s" % (email_local(parts[0], parts[-1]), dom))


def phone(area=None):
    return "%s-555-01%02d" % (area or pick(["819", "819", "418", "450", "514", "438", "873"]), R.randrange(0, 100))


def site_tel(site):
    return site["tel"] + pick(["", " poste %d" % R.randrange(2000, 5999), ", poste %d" % R.randrange(2000, 5999)])


def signature(st, lang, full=None, disclaimer=None):
    full = chance(0.6) if full is None else full
    disc = chance(0.25) if disclaimer is None else disclaimer
    site = st["site"]
    if not full:
        s = pick(["%s" % st["given"], "%s %s" % (st["given"], st["last"]), "%s, %s" % (st["given"], abbrev_role(st, lang)),
                  "%s %s\n%s" % (st["given"], st["last"], abbrev_role(st, lang))])
    else:
        lines = ["%s %s" % (st["given"], st["last"]), st["title"]]
        if chance(0.5) and st["role"] in ("inf", "infaux", "pab", "asi", "chef", "physio", "trp", "ergo", "nutri", "ts", "inh", "educ"):
            lines.append(pick(UNITS_CHSLD if lang == "fr" else UNITS_CHSLD_EN) if site is not SITE_REHAB else pick(PROGS_REHAB)[0 if lang == "fr" else 1])
        lines.append(site["name"])
        if chance(0.6):
            lines.append(site["addr"])
        lines.append(("Tél. : " if lang == "fr" else "Tel.: ") + site_tel(site))
        if chance(0.3):
            lines.append(("Téléc. : " if lang == "fr" else "Fax: ") + site["tel"][:8] + "%04d" % (100 + R.randrange(99)))
        if chance(0.4):
            lines.append(st["email"])
        s = "\n".join(lines)
        if chance(0.5):
            s = "-- \n" + s
    if disc:
        s += "\n\n" + pick(DISCLAIMERS_FR if lang == "fr" else DISCLAIMERS_EN)
    return s


def abbrev_role(st, lang):
    m = {"inf": ("inf.", "RN"), "infaux": ("inf. aux.", "LPN"), "pab": ("PAB", "PAB"), "asi": ("ASI", "AHN"),
         "chef": ("chef d'unité", "unit manager"), "physio": ("pht", "PT"), "trp": ("T.R.P.", "PRT"),
         "ergo": ("erg.", "OT"), "nutri": ("Dt.P.", "RD"), "ts": ("T.S.", "SW"), "pharm": ("pharm.", "Pharm."),
         "md": ("md", "MD"), "cons": ("CSI", "NPA")}
    v = m.get(st["role"])
    if not v:
        return st["title"]
    return v[0] if lang == "fr" else v[1]


DISCLAIMERS_FR = [
    "AVIS DE CONFIDENTIALITÉ : Ce message et les documents qui l'accompagnent peuvent contenir des renseignements "
    "confidentiels. Si vous l'avez reçu par erreur, veuillez en aviser l'expéditeur et le détruire.",
    "Ce courriel est destiné exclusivement à son destinataire. Toute diffusion non autorisée est interdite.",
    "Pensez à l'environnement avant d'imprimer ce courriel.",
]
DISCLAIMERS_EN = [
    "CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain confidential information. If you received "
    "it in error, please notify the sender and delete it.",
    "Please consider the environment before printing this e-mail.",
]

STREETS = ["rue des Peupliers", "rue Principale", "ch. du Lac-Vert", "rue Saint-Louis", "av. des Pins",
           "rue Notre-Dame", "boul. des Chutes", "rang Sainte-Julie", "rue Wilfrid-Laurier", "rue de la Gare",
           "Maple Street", "rue Champlain", "montée du Moulin", "rue Papineau", "Cedar Avenue"]
CITIES = [("Valmont", "J0X"), ("Saint-Aubin-des-Monts", "J0X"), ("Rivière-Noire", "G0X"), ("Lac-Brûlé", "J0Y"),
          ("Valmont-Ouest", "J0X"), ("Sainte-Irène-du-Lac", "G0Y")]


def gen_address():
    city, fsa = pick(CITIES)
    street = "%d, %s" % (R.randrange(5, 2900), pick(STREETS)) if chance(0.7) else "%d %s" % (R.randrange(5, 2900), pick(STREETS))
    if chance(0.3):
        street += pick([", app. %d" % R.randrange(1, 12), " app %d" % R.randrange(1, 12), ", #%d" % R.randrange(101, 412)])
    postal = "%s %d%s%d" % (fsa, R.randrange(1, 9), pick("ABCEGHJKLMNPRSTVXY"), R.randrange(0, 9))
    return dict(street=street, city=city, postal=postal)


def addr_str(a, oneline=True):
    if oneline:
        return "%s, %s %s" % (a["street"], a["city"], a["postal"])
    return "%s\n%s (Québec) %s" % (a["street"], a["city"], a["postal"])


# ---------------------------------------------------------------------------
# patients
# ---------------------------------------------------------------------------
DX_CHSLD = [("trouble neurocognitif majeur de type Alzheimer", "Alzheimer's dementia"),
            ("TNC majeur mixte", "mixed dementia"), ("maladie de Parkinson", "Parkinson's disease"),
            ("MPOC", "COPD"), ("insuffisance cardiaque", "CHF"), ("FA chronique", "chronic A-fib"),
            ("diabète type 2", "type 2 diabetes"), ("séquelles d'AVC avec hémiparésie D", "old stroke with R hemiparesis"),
            ("IRC stade 3b", "CKD stage 3b"), ("ostéoporose sévère", "severe osteoporosis"),
            ("dépression majeure", "major depression"), ("dysphagie oropharyngée", "oropharyngeal dysphagia"),
            ("néo du sein métastatique", "metastatic breast cancer"), ("HTA", "hypertension"),
            ("démence à corps de Lewy", "Lewy body dementia"), ("hypothyroïdie", "hypothyroidism")]
DX_YOUNG_LTC = [("sclérose en plaques progressive", "progressive multiple sclerosis"),
                ("chorée de Huntington", "Huntington's disease"), ("schizophrénie", "schizophrenia"),
                ("séquelles de TCC sévère", "severe TBI sequelae"), ("SLA", "ALS")]
DX_REHAB = [("AVC ischémique sylvien G avec aphasie", "L MCA ischemic stroke with aphasia"),
            ("AVC hémorragique capsulaire D", "R capsular hemorrhagic stroke"),
            ("PTH D post-fracture du col fémoral", "R total hip replacement after femoral neck fracture"),
            ("PTG G", "L total knee replacement"),
            ("amputation transtibiale D (vasculaire)", "R transtibial amputation (vascular)"),
            ("TCC modéré post-accident de VTT", "moderate TBI after ATV accident"),
            ("lésion médullaire incomplète C6 (ASIA C)", "incomplete C6 spinal cord injury (ASIA C)"),
            ("syndrome de Guillain-Barré", "Guillain-Barré syndrome"),
            ("fracture bimalléolaire G opérée", "L bimalleolar fracture, ORIF"),
            ("polytraumatisme (fx bassin et humérus D)", "polytrauma (pelvic and R humerus fractures)"),
            ("poussée de sclérose en plaques", "MS relapse"),
            ("syndrome post-commotionnel persistant", "persistent post-concussion syndrome")]
DX_REHAB_ATCD = [("HTA", "HTN"), ("DB2", "T2DM"), ("dyslipidémie", "dyslipidemia"), ("FA", "AF"),
                 ("MVAS", "PVD"), ("obésité", "obesity"), ("apnée du sommeil", "sleep apnea"),
                 ("trouble anxieux", "anxiety disorder"), ("tabagisme actif", "active smoker")]
DX_REHAB_ATCD_YOUNG = [("trouble anxieux", "anxiety disorder"), ("tabagisme actif", "active smoker"), ("asthme", "asthma"),
                       ("TDAH", "ADHD"), ("consommation de cannabis", "cannabis use"), ("migraines", "migraines")]
DX_PEDS = [("paralysie cérébrale diplégique spastique (GMFCS II)", "spastic diplegic cerebral palsy (GMFCS II)"),
           ("trouble développemental de la coordination", "developmental coordination disorder"),
           ("dystrophie musculaire de Duchenne", "Duchenne muscular dystrophy"),
           ("retard global de développement", "global developmental delay"),
           ("paralysie du plexus brachial obstétrical G", "L obstetric brachial plexus palsy"),
           ("TSA avec difficultés motrices", "ASD with motor difficulties"),
           ("spina bifida (myéloméningocèle L4)", "spina bifida (L4 myelomeningocele)")]
MEDS_CHSLD = [("acétaminophène 650 mg PO QID", "acetaminophen 650 mg PO QID"),
              ("apixaban (Eliquis) 2,5 mg BID", "apixaban (Eliquis) 2.5 mg BID"),
              ("furosémide 40 mg DIE", "furosemide 40 mg daily"), ("métoprolol 25 mg BID", "metoprolol 25 mg BID"),
              ("donépézil 10 mg HS", "donepezil 10 mg HS"), ("quétiapine 12,5 mg PO PRN agitation", "quetiapine 12.5 mg PO PRN agitation"),
              ("hydromorphone 0,5 mg SC q4h PRN", "hydromorphone 0.5 mg SC q4h PRN"),
              ("lévothyroxine 75 mcg DIE", "levothyroxine 75 mcg daily"), ("metformine 500 mg BID", "metformin 500 mg BID"),
              ("insuline glargine 14 u HS", "insulin glargine 14 u HS"), ("pantoprazole 40 mg DIE", "pantoprazole 40 mg daily"),
              ("sennosides 2 co HS", "sennosides 2 tabs HS"), ("warfarine selon INR", "warfarin per INR"),
              ("lorazépam 0,5 mg SL PRN", "lorazepam 0.5 mg SL PRN"), ("mirtazapine 15 mg HS", "mirtazapine 15 mg HS"),
              ("lévodopa-carbidopa 100/25 TID", "levodopa-carbidopa 100/25 TID"), ("salbutamol 2 inh QID PRN", "salbutamol 2 puffs QID PRN"),
              ("citalopram 10 mg DIE", "citalopram 10 mg daily"), ("vitamine D 10 000 UI/sem", "vitamin D 10,000 IU weekly")]
MEDS_REHAB = [("énoxaparine 40 mg SC DIE", "enoxaparin 40 mg SC daily"), ("hydromorphone 1 mg PO q4h PRN", "hydromorphone 1 mg PO q4h PRN"),
              ("acétaminophène 1 g TID", "acetaminophen 1 g TID"), ("baclofène 10 mg TID", "baclofen 10 mg TID"),
              ("gabapentine 300 mg HS", "gabapentin 300 mg HS"), ("atorvastatine 40 mg DIE", "atorvastatin 40 mg daily"),
              ("ASA 80 mg DIE", "ASA 81 mg daily"), ("clopidogrel 75 mg DIE", "clopidogrel 75 mg daily"),
              ("apixaban 5 mg BID", "apixaban 5 mg BID"), ("docusate 100 mg BID", "docusate 100 mg BID"),
              ("prégabaline 75 mg BID", "pregabalin 75 mg BID"), ("sertraline 50 mg DIE", "sertraline 50 mg daily"),
              ("tamsulosine 0,4 mg DIE", "tamsulosin 0.4 mg daily"), ("oxybutynine 5 mg BID", "oxybutynin 5 mg BID")]
MEDS_PEDS = [("baclofène 5 mg TID", "baclofen 5 mg TID"), ("mélatonine 3 mg HS", "melatonin 3 mg HS"),
             ("méthylphénidate (Biphentin) 20 mg AM", "methylphenidate (Biphentin) 20 mg AM"),
             ("PEG 3350 (Lax-A-Day) 8,5 g DIE", "PEG 3350 (Lax-A-Day) 8.5 g daily"),
             ("toxine botulinique aux ischio-jambiers", "botulinum toxin to hamstrings"),
             ("prednisone 10 mg DIE", "prednisone 10 mg daily"), ("oxybutynine 2,5 mg BID", "oxybutynin 2.5 mg BID")]
ALLERGIES = [("pénicilline (rash)", "penicillin (rash)"), ("sulfas", "sulfa"), ("codéine (nausées)", "codeine (nausea)"),
             ("latex", "latex"), ("aucune allergie connue", "NKDA"), ("aucune allergie connue", "NKDA"), ("iode", "iodine")]
SOCIAL_ADULT = [("vit seule depuis le décès de son conjoint", "lives alone since spouse died"),
                ("curatelle publique en cours d'ouverture", "public curatorship being opened"),
                ("mandat de protection homologué, le fils est mandataire", "homologated protection mandate, son is mandatary"),
                ("conflit entre les enfants au sujet des finances", "conflict between the children over finances"),
                ("suspicion d'abus financier par un neveu", "suspected financial abuse by a nephew"),
                ("Témoin de Jéhovah, refuse toute transfusion", "Jehovah's Witness, refuses any transfusion"),
                ("conjoint proche aidant, épuisé", "spouse is caregiver and exhausted"),
                ("ancien itinérant, aucun contact familial", "formerly homeless, no family contact"),
                ("sans emploi depuis l'accident, réclamation SAAQ en cours", "off work since the accident, SAAQ claim pending"),
                ("consommation d'alcool problématique", "problematic alcohol use"),
                ("vit en RPA, aucune famille au Québec", "lives in a seniors' residence, no family in Québec"),
                ("difficultés financières, paie son loyer en retard", "financial difficulties, behind on rent")]
SOCIAL_PEDS = [("parents séparés, garde partagée", "parents separated, shared custody"),
               ("dossier DPJ actif", "active youth protection (DPJ) file"),
               ("famille nouvellement arrivée, interprète requis (espagnol)", "newcomer family, Spanish interpreter needed"),
               ("mère monoparentale, sans voiture", "single mother, no car"),
               ("fréquente une classe spécialisée", "attends a special-needs class")]
REL = [("fille", "daughter", "F"), ("fils", "son", "M"), ("conjointe", "wife", "F"), ("conjoint", "husband", "M"),
       ("nièce", "niece", "F"), ("sœur", "sister", "F"), ("neveu", "nephew", "M")]
REL_PEDS = [("mère", "mother", "F"), ("père", "father", "M")]
EXTRA_PATIENTS = [("Rolande", "Bisson", "F"), ("Fernand", "Laplante", "M"), ("Thérèse", "Gingras", "F"),
                  ("Marcel", "Bédard", "M"), ("Yvette", "Lachance", "F"), ("Réal", "Pomerleau", "M"),
                  ("Jeannine", "Corriveau", "F"), ("Armand", "Drolet", "M"), ("Huguette", "Veilleux", "F"),
                  ("Lucien", "Boisvert", "M"), ("Pierrette", "Labrecque", "F"), ("Gaston", "Ferland", "M"),
                  ("Margaret", "O'Neill", "F"), ("Harold", "Crawford", "M"), ("Dorothy", "Fraser", "F"),
                  ("Walter", "Kowalski", "M"), ("Edith", "Sinclair", "F"), ("Cécile", "Marcotte", "F")]
FOREIGN_PATIENTS = [("Patricia", "Henderson", "F", "on"), ("Robert", "McAllister", "M", "on"),
                    ("Kyle", "Donovan", "M", "on"), ("Jean-Pierre", "Vandamme", "M", "be"),
                    ("Marie-Claire", "Dewulf", "F", "be"), ("Luc", "Peeters", "M", "be"),
                    ("Jacqueline", "Moreau", "F", "fr"), ("Bernard", "Lefort", "M", "fr"),
                    ("Chloé", "Garnier", "F", "fr")]


class Patient(object):
    pass


def load_nams():
    path = os.path.join(HERE, os.pardir, "blind_nams.txt")
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, given, dob, sex, nam = line.split()[:5]
            out.append((sur, given, datetime.date.fromisoformat(dob), sex, nam))
    return out


def rand_dob(lo, hi):
    d0 = datetime.date(lo, 1, 1)
    return d0 + datetime.timedelta(days=R.randrange((datetime.date(hi, 12, 31) - d0).days))


def make_patient(given, surname, dob, sex, nam=None, setting=None, foreign=None):
    p = Patient()
    p.given, p.surname, p.dob, p.sex, p.nam, p.foreign = given, surname, dob, sex, nam, foreign
    age = 2024 - dob.year
    p.age = age
    if setting is None:
        if age >= 70:
            setting = "chsld"
        elif age < 18:
            setting = "peds"
        elif age >= 55 and chance(0.35):
            setting = "chsld"
        else:
            setting = "rehab"
    p.setting = setting
    if setting == "chsld":
        p.site = pick(SITES_CHSLD)
        p.unit_i = R.randrange(len(UNITS_CHSLD))
        p.room = "%d%02d" % (R.randrange(1, 5), R.randrange(1, 40))
        pool = DX_CHSLD if age >= 65 else DX_YOUNG_LTC + DX_CHSLD[3:8]
        p.dxs = sample(pool, 4)
        p.meds = sample(MEDS_CHSLD, 6)
        p.social = pick(SOCIAL_ADULT)
        p.niveau = pick(["A", "B", "C", "C", "D"])
    elif setting == "rehab":
        p.site = SITE_REHAB
        p.unit_i = R.randrange(len(PROGS_REHAB))
        p.room = pick(["R-%d%02d", "%d%02d", "%d%02d-B"]) % (R.randrange(1, 4), R.randrange(1, 30))
        if age < 45:
            p.dxs = [pick(DX_REHAB[5:])] + sample(DX_REHAB_ATCD_YOUNG, 2)
        else:
            p.dxs = [pick(DX_REHAB)] + sample(DX_REHAB_ATCD, 3)
        p.meds = sample(MEDS_REHAB, 6)
        p.social = pick(SOCIAL_ADULT)
        p.niveau = pick(["A", "A", "B"])
    else:
        p.site = SITE_REHAB
        p.unit_i = 0
        p.room = None
        p.dxs = [pick(DX_PEDS)]
        p.meds = sample(MEDS_PEDS, 3)
        p.social = pick(SOCIAL_PEDS)
        p.niveau = "A"
    p.allergy = pick(ALLERGIES)
    p.mrn = gen_mrn()
    p.address = gen_address()
    p.phone = phone()
    p.cell = phone()
    if setting == "peds" or age < 30:
        rel = pick(REL_PEDS + ([("sœur", "sister", "F")] if age >= 18 else []))
    elif age < 55:
        rel = pick([r for r in REL if r[0] not in ("fille", "fils")] + REL_PEDS[:1])
    else:
        rel = pick(REL)
    fg = pick(FR_F if rel[2] == "F" else FR_M) if chance(0.8) else pick(EN_F if rel[2] == "F" else EN_M)
    fs = surname if rel[0] in ("fille", "fils", "père", "neveu", "sœur") or (rel[0] == "mère" and chance(0.5)) else pick(FR_LAST + EN_LAST)
    p.family = dict(given=fg, last=fs, name="%s %s" % (fg, fs), rel_fr=rel[0], rel_en=rel[1],
                    phone=phone(), email="%s@%s" % (email_local(fg, fs), pick(FAMILY_DOMS)))
    p.sin = gen_sin() if age >= 18 else None
    p.uses = 0
    return p


def build_patients():
    pts = []
    for sur, given, dob, sex, nam in load_nams():
        pts.append(make_patient(given, sur, dob, sex, nam=nam))
    for given, sur, sex in EXTRA_PATIENTS:
        dob = rand_dob(1926, 1950) if chance(0.7) else rand_dob(1951, 1990)
        pts.append(make_patient(given, sur, dob, sex))
    for given, sur, sex, kind in FOREIGN_PATIENTS:
        dob = rand_dob(1940, 1995)
        p = make_patient(given, sur, dob, sex, setting="rehab", foreign=kind)
        if kind == "on":
            p.ohn = gen_ohn()
        elif kind == "be":
            p.niss = gen_niss(dob, sex)
        else:
            p.nir = gen_nir(dob, sex)
        pts.append(p)
    for p in pts:
        _BLOCKED_NAMES.add((p.given, p.surname))
        _BLOCKED_NAMES.add((p.family["given"], p.family["last"]))
    return pts


PATIENTS = []
_FOREIGN_I = 0


def pick_patient(settings=None, nam=None, foreign=None, lang=None):
    if nam is None and foreign is None and chance(0.7):
        nam = True
    if settings and len(settings) > 1:
        settings = (pick(settings),)   # duplicates in the tuple act as weights
    cands = [p for p in PATIENTS
             if (settings is None or p.setting in settings)
             and (nam is None or (p.nam is not None) == nam)
             and (foreign is None or p.foreign == foreign)
             and (foreign is not None or p.foreign is None or chance(0.1))]
    if not cands:
        cands = [p for p in PATIENTS if settings is None or p.setting in settings]
    m = min(p.uses for p in cands)
    best = [p for p in cands if p.uses <= m + 1]
    p = pick(best)
    p.uses += 1
    return p


# ---------------------------------------------------------------------------
# message context: every helper that inserts a piece of personal data also
# records its finding type, so labels follow the text actually written
# ---------------------------------------------------------------------------
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def typo(s):
    """Small realistic misspelling of a name."""
    if len(s) < 4:
        return s
    k = R.randrange(4)
    i = R.randrange(1, len(s) - 1)
    if k == 0:
        return s[:i] + s[i] + s[i:]          # doubled letter
    if k == 1:
        return strip_accents(s)             # lost accents
    if k == 2 and s[i] != s[i + 1]:
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]   # swapped letters
    return s[:i] + s[i + 1:]                # dropped letter


class Ctx(object):
    def __init__(self, lang):
        self.lang = lang
        self.types = set()
        self.notes = []

    @property
    def fr(self):
        return self.lang == "fr"

    def t(self, fr, en):
        return fr if self.lang == "fr" else en

    def add(self, *ts):
        for t in ts:
            assert t in ALL_TYPES, t
            self.types.add(t)

    def note(self, s):
        self.notes.append(s)

    # -- identity
    def title(self, p):
        if self.fr:
            return "Mme" if p.sex == "F" else "M."
        return pick(["Mrs.", "Ms."]) if p.sex == "F" else "Mr."

    def pname(self, p, style=None):
        self.add("patient_name")
        g, s = p.given, p.surname
        if chance(0.07):
            if chance(0.5):
                s = typo(s)
            else:
                g = typo(g)
            self.note("misspelt name")
        style = style or pick(["full", "full", "plain", "title_last", "last_first", "last_first2", "lower", "initial"])
        if style == "full":
            return "%s %s %s" % (self.title(p), g, s)
        if style == "plain":
            return "%s %s" % (g, s)
        if style == "title_last":
            return "%s %s" % (self.title(p), s)
        if style == "last_first":
            return "%s, %s" % (s.upper(), g)
        if style == "last_first2":
            return "%s %s" % (s, g)
        if style == "lower":
            return "%s %s" % (g.lower(), s.lower())
        if style == "initial":
            return "%s. %s" % (g[0], s)
        if style == "upper":
            return "%s %s" % (s.upper(), g.upper())
        if style == "given":
            return g
        return "%s %s" % (g, s)

    def nam(self, p, style=None):
        self.add("ramq_nam")
        return fmt_nam(p.nam, style)

    def mrn(self, p):
        self.add("mrn")
        return p.mrn

    def dob(self, p, style=None):
        self.add("date_of_birth")
        d = p.dob
        style = style if style is not None else R.randrange(5)
        if style == 0:
            return d.isoformat()
        if self.fr:
            return ["", "%02d/%02d/%d" % (d.day, d.month, d.year), "%d %s %d" % (d.day, MOIS[d.month - 1], d.year),
                    "%02d-%02d-%d" % (d.day, d.month, d.year), "%d/%02d/%02d" % (d.year, d.month, d.day)][style]
        return ["", "%02d/%02d/%d" % (d.month, d.day, d.year), "%s %d, %d" % (MONTHS[d.month - 1][:3], d.day, d.year),
                "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year), "%d/%02d/%02d" % (d.year, d.month, d.day)][style]

    def ident_line(self, p, want=None):
        """Compact identification line ("NAM ... / DDN ... / dossier ...")."""
        bits = []
        if want:
            opts = want
        else:
            opts = sample(["nam", "dob", "mrn"], R.randrange(1, 4))
            if p.nam and "nam" not in opts and chance(0.5):
                opts.insert(0, "nam")
        for o in opts:
            if o == "nam" and p.nam:
                bits.append(pick(["NAM", "NAM:", "RAMQ", "# RAMQ", "no RAMQ"] if self.fr else ["RAMQ", "Medicare #", "NAM", "health card"]) + " " + self.nam(p))
            elif o == "dob":
                bits.append(pick(["DDN", "DDN:", "né(e) le", "date de naissance"] if self.fr else ["DOB", "DOB:", "born"]) + " " + self.dob(p))
            elif o == "mrn":
                bits.append(pick(["dossier", "# dossier", "no dossier", "MRN", "dos."] if self.fr else ["MRN", "chart #", "file"]) + " " + self.mrn(p))
            elif o == "foreign":
                bits.append(self.foreign_id(p))
        if not bits:
            bits.append(("dossier " if self.fr else "MRN ") + self.mrn(p))
        return pick([" / ", " - ", ", ", " | ", "  "]).join(bits)

    def id_only(self, p):
        """Reference a patient by an identifier only (no name)."""
        return self.ident_line(p, ["nam"] if p.nam and chance(0.7) else ["mrn"])

    def foreign_id(self, p):
        if p.foreign == "on":
            self.add("ca_health_number")
            return pick(["OHIP", "carte santé Ontario", "Ontario HCN", "HC#"]) + " " + fmt_ohn(p.ohn)
        if p.foreign == "be":
            self.add("be_niss")
            return pick(["NISS", "n° national", "numéro de registre national"]) + " " + fmt_niss(p.niss)
        if p.foreign == "fr":
            self.add("fr_nir")
            return pick(["NIR", "n° sécu", "n° de sécurité sociale", "INSEE"]) + " " + fmt_nir(p.nir)
        return ""

    def sin(self, p):
        self.add("ca_sin")
        return fmt_sin(p.sin)

    # -- clinical
    def dx(self, p, i=0):
        self.add("diagnosis")
        return p.dxs[i % len(p.dxs)][0 if self.fr else 1]

    def dx_list(self, p, k=None, start=0):
        k = k or R.randrange(2, len(p.dxs) + 1)
        self.add("diagnosis")
        return [d[0 if self.fr else 1] for d in p.dxs[start:start + k]]

    def med(self, p, i=0):
        self.add("medication")
        return p.meds[i % len(p.meds)][0 if self.fr else 1]

    def med_list(self, p, k=None):
        k = k or R.randrange(2, len(p.meds) + 1)
        self.add("medication")
        return [m[0 if self.fr else 1] for m in p.meds[:k]]

    def med_short(self, p, i=0):
        """How a relative would name a drug: just the molecule or brand."""
        self.add("medication")
        m = p.meds[i % len(p.meds)][0 if self.fr else 1]
        if "(" in m:
            return m[m.index("(") + 1:m.index(")")]
        return m.split(" ")[0]

    def risky_med(self, p):
        risky = ("quétiapine", "quetiapine", "lorazépam", "lorazepam", "mirtazapine", "hydromorphone", "gabapentine", "gabapentin",
                 "baclofène", "baclofen", "prégabaline", "pregabalin", "citalopram", "sertraline", "métoprolol", "metoprolol", "furosémide", "furosemide")
        for i, m in enumerate(p.meds):
            if m[0].split(" ")[0] in risky or m[1].split(" ")[0] in risky:
                return self.med(p, i)
        return None

    def allergy(self, p):
        a = p.allergy[0 if self.fr else 1]
        if "aucune" not in a and "NKDA" not in a:
            self.add("diagnosis")
        return a

    def social_home(self, p):
        self.add("social_information")
        opts = [x for x in SOCIAL_ADULT if any(k in x[1] for k in ("alone", "caregiver", "seniors", "financial", "rent"))]
        return pick(opts)[0 if self.fr else 1]

    def social(self, p):
        self.add("social_information")
        return p.social[0 if self.fr else 1]

    def addr(self, p, oneline=True):
        self.add("patient_contact")
        return addr_str(p.address, oneline)

    def tel(self, p, which="phone"):
        self.add("patient_contact")
        return getattr(p, which)

    def fam_tel(self, p):
        # a relative's phone number is not the patient's own contact data
        return p.family["phone"]

    def lab(self, kind=None):
        self.add("lab_result")
        kind = kind or pick(["inr", "hb", "creat", "k", "glyc", "alb", "na", "crp", "gb", "hba1c", "uc"])
        dec = (lambda x: ("%.1f" % x).replace(".", ",")) if self.fr else (lambda x: "%.1f" % x)
        if kind == "inr":
            return "INR %s" % dec(R.uniform(1.1, 5.6))
        if kind == "hb":
            return "Hb %d g/L" % R.randrange(72, 128)
        if kind == "creat":
            return self.t("créat %d µmol/L", "creat %d umol/L") % R.randrange(88, 240)
        if kind == "k":
            return "K+ %s" % dec(R.uniform(3.0, 6.1))
        if kind == "glyc":
            return self.t("glycémie capillaire %s mmol/L", "CBG %s mmol/L") % dec(R.uniform(2.9, 22.5))
        if kind == "alb":
            return self.t("albumine %d g/L", "albumin %d g/L") % R.randrange(22, 34)
        if kind == "na":
            return "Na %d" % R.randrange(124, 133)
        if kind == "crp":
            return "CRP %d" % R.randrange(12, 190)
        if kind == "gb":
            return self.t("GB %s", "WBC %s") % dec(R.uniform(11.5, 21.0))
        if kind == "hba1c":
            return "HbA1c %s %%" % dec(R.uniform(7.2, 10.4))
        return self.t("culture urinaire + E. coli > 10^8 UFC/L", "urine culture + E. coli > 10^8 CFU/L")

    def room(self, p):
        if p.room is None:
            return ""
        return pick(["ch. %s", "ch %s", "chambre %s", "#%s", "%s"] if self.fr else ["rm %s", "room %s", "#%s", "%s"]) % p.room

    def unit(self, p):
        if p.setting == "chsld":
            return UNITS_CHSLD[p.unit_i] if self.fr else UNITS_CHSLD_EN[p.unit_i]
        return PROGS_REHAB[p.unit_i][0 if self.fr else 1]

    def he(self, p):
        return ("elle" if p.sex == "F" else "il") if self.fr else ("she" if p.sex == "F" else "he")

    def his(self, p):
        return ("sa" if True else "") if self.fr else ("her" if p.sex == "F" else "his")

    def e(self, p):
        """French feminine agreement suffix."""
        return "e" if p.sex == "F" else ""

    def fam(self, p):
        f = p.family
        return (f["rel_fr"] if self.fr else f["rel_en"]), f["name"]


def fr_date(d, with_day=True):
    s = "%d %s" % (d.day, MOIS[d.month - 1])
    if with_day:
        s = JOURS[d.weekday()] + " " + s
    return s


def en_date(d, with_day=True):
    s = "%s %d" % (MONTHS[d.month - 1], d.day)
    if with_day:
        s = DAYS[d.weekday()] + ", " + s
    return s


def ldate(ctx, d, with_day=True):
    return fr_date(d, with_day) if ctx.fr else en_date(d, with_day)


def hhmm(ctx, h=None, m=None):
    h = R.randrange(0, 24) if h is None else h
    m = pick([0, 5, 10, 15, 20, 30, 40, 45, 50]) if m is None else m
    if ctx.fr:
        return pick(["%dh%02d", "%02dh%02d", "%d:%02d"]) % (h, m)
    return pick(["%02d%02d", "%d:%02d"]) % (h, m)


# ---------------------------------------------------------------------------
# threads: replies and forwards
# ---------------------------------------------------------------------------
def quote_header(lang, who, date, style, to=None, subject=""):
    name, addr = who
    if style == "gmail":
        if lang == "fr":
            return "Le %s %d %s %d à %02d:%02d, %s <%s> a écrit :" % (JOURS[date.weekday()][:3] + ".", date.day,
                                                                   MOIS[date.month - 1], date.year, date.hour,
                                                                   date.minute, name, addr)
        return "On %s, %s %d, %d at %d:%02d %s %s <%s> wrote:" % (DAYS[date.weekday()][:3], MONTHS[date.month - 1][:3],
                                                                 date.day, date.year, (date.hour - 1) % 12 + 1,
                                                                 date.minute, "AM" if date.hour < 12 else "PM", name, addr)
    tos = "; ".join(n for n, a in (to or []))
    if lang == "fr":
        return "De : %s <%s>\nEnvoyé : %s %d %s %d %02d:%02d\nÀ : %s\nObjet : %s" % (
            name, addr, JOURS[date.weekday()], date.day, MOIS[date.month - 1], date.year, date.hour, date.minute,
            tos, subject)
    return "From: %s <%s>\nSent: %s, %s %d, %d %d:%02d %s\nTo: %s\nSubject: %s" % (
        name, addr, DAYS[date.weekday()], MONTHS[date.month - 1], date.day, date.year, (date.hour - 1) % 12 + 1,
        date.minute, "AM" if date.hour < 12 else "PM", tos, subject)


def fwd_header(lang, who, date, to, subject):
    name, addr = who
    tos = ", ".join("%s <%s>" % (n, a) for n, a in to)
    if lang == "fr":
        return ("---------- Message transféré ---------\nDe : %s <%s>\nDate : %s %d %s %d à %02d:%02d\nObjet : %s\nÀ : %s"
                % (name, addr, JOURS[date.weekday()][:3] + ".", date.day, MOIS[date.month - 1], date.year, date.hour,
                   date.minute, subject, tos))
    return ("---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s, %s %d, %d at %d:%02d %s\nSubject: %s\nTo: %s"
            % (name, addr, DAYS[date.weekday()][:3], MONTHS[date.month - 1][:3], date.day, date.year,
               (date.hour - 1) % 12 + 1, date.minute, "AM" if date.hour < 12 else "PM", subject, tos))


def quote_lines(text):
    return "\n".join((">" + (" " + l if l else "")) for l in text.split("\n"))


REPLY_POS_FR = ["Merci, bien reçu.", "Ok je m'en occupe.", "Parfait, je fais suivre à l'équipe de soir.",
                "Vu, je passe en fin de journée.", "Merci pour l'info, on ajuste le PTI.", "C'est noté, merci!",
                "Ok. Peux-tu me rappeler au poste quand tu as 2 min?", "Merci! J'ai avisé le md.",
                "Bien reçu, je l'ajoute à la liste pour la tournée de jeudi.", "ok merci", "Reçu. Suivi fait ce matin."]
REPLY_POS_EN = ["Thanks, got it.", "Ok will do.", "Noted, I'll pass it on to evenings.",
                "Thanks, I'll see them this afternoon.", "Got it - updated the care plan.", "ok thx",
                "Thanks! MD has been informed.", "Received, will follow up tomorrow am."]
REPLY_NEG_FR = ["Merci!", "Parfait, merci pour le rappel.", "Bien reçu.", "Super, je fais circuler.",
                "Ok, je l'affiche au poste.", "Merci, je transmets à mon équipe."]
REPLY_NEG_EN = ["Thanks!", "Perfect, thanks for the reminder.", "Got it.", "Great, I'll share with the team.",
                "Will post it at the nursing station."]
FWD_NOTE_FR = ["Pour info.", "FYI", "Voir ci-dessous.", "Peux-tu regarder ça stp?", "À suivre svp", "pour ton dossier",
               "Je te transfère, merci de faire le suivi.", ""]
FWD_NOTE_EN = ["FYI", "See below.", "Can you look at this please?", "Forwarding for follow-up.", "For your files.", ""]


def finish(ctx, cat, subject, body, sender, to, cc=None, atts=None, sig=True, thread=None, html=None,
           mode=None, positive=True, replier=None, fwd_to=None, priority=False):
    """Assemble a spec: body (+signature) possibly wrapped in a reply or forward."""
    lang = ctx.lang
    s_pair = (sender["name"], sender["email"]) if isinstance(sender, dict) else sender
    to_pairs = [(x["name"], x["email"]) if isinstance(x, dict) else x for x in to]
    cc_pairs = [(x["name"], x["email"]) if isinstance(x, dict) else x for x in (cc or [])]
    core = body
    if sig is True and isinstance(sender, dict):
        core = body.rstrip() + "\n\n" + signature(sender, lang)
    elif isinstance(sig, str):
        core = body.rstrip() + "\n\n" + sig
    if thread is None:
        thread = pick([None] * 6 + ["reply", "reply", "fwd"])
    date = rand_date()
    spec = dict(lang=lang, attachments=atts or [], mode=mode, priority=priority)
    if thread is None:
        spec.update(sender=s_pair, to=to_pairs, cc=cc_pairs, subject=subject, text=core, html=html, date=date)
        return spec
    orig_date = date - datetime.timedelta(minutes=R.randrange(20, 60 * 30))
    if thread == "reply":
        if replier is None:
            if isinstance(to[0], dict):
                replier = to[0]
            else:
                replier = new_staff(pick(["inf", "asi", "chef"]), lang)
        rp = (replier["name"], replier["email"]) if isinstance(replier, dict) else replier
        short = pick((REPLY_POS_FR if lang == "fr" else REPLY_POS_EN) if positive else (REPLY_NEG_FR if lang == "fr" else REPLY_NEG_EN))
        if isinstance(replier, dict):
            short += "\n\n" + signature(replier, lang, full=chance(0.3), disclaimer=False)
        style = pick(["gmail", "outlook"])
        qh = quote_header(lang, s_pair, orig_date, style, to_pairs, subject)
        quoted = quote_lines(core) if style == "gmail" else core
        sep = "\n\n" if style == "gmail" else "\n\n" + pick(["________________________________", "-----Original Message-----" if lang == "en" else "-----Message d'origine-----", ""]) + "\n"
        text = short + sep + qh + "\n" + ("\n" if style == "outlook" else "") + quoted
        spec.update(sender=rp, to=[s_pair], cc=cc_pairs if chance(0.5) else [], subject=pick(["RE: ", "Re: ", "RE : "] if lang == "fr" else ["RE: ", "Re: ", "RE: "]) + subject,
                    text=text, html=None, date=date, in_reply_to="%016X@%s" % (R.getrandbits(64), s_pair[1].split("@")[1]))
        if html is not None and chance(0.5):
            spec["html"] = None
        return spec
    # forward
    if replier is None:
        replier = new_staff(pick(["inf", "asi", "chef", "cons"]), lang)
    rp = (replier["name"], replier["email"]) if isinstance(replier, dict) else replier
    note = pick(FWD_NOTE_FR if lang == "fr" else FWD_NOTE_EN)
    if isinstance(replier, dict) and chance(0.6):
        note = (note + "\n\n" if note else "") + signature(replier, lang, full=False, disclaimer=False)
    fwd = fwd_to or [new_staff(pick(["inf", "asi", "cons", "chef", "adm"]), lang)]
    fwd_pairs = [(x["name"], x["email"]) if isinstance(x, dict) else x for x in fwd]
    text = (note + "\n\n" if note else "") + fwd_header(lang, s_pair, orig_date, to_pairs, subject) + "\n\n" + core
    spec.update(sender=rp, to=fwd_pairs, cc=[], subject=pick(["TR: ", "TR : ", "Fwd: ", "FW: "] if lang == "fr" else ["FW: ", "Fwd: ", "Fw: "]) + subject,
                text=text, html=None, date=date)
    return spec


# ---------------------------------------------------------------------------
# small writing helpers
# ---------------------------------------------------------------------------
def greet(ctx, name=None):
    if ctx.fr:
        g = pick(["Bonjour", "Bonjour", "Bonjour", "Salut", "Bonsoir", "Allo", "Bonjour à tous", "Bon matin"])
    else:
        g = pick(["Hi", "Hello", "Hi all", "Good morning", "Hey", "Hi there"])
    if name and chance(0.6):
        g += " " + name
    return g + pick([",", ",", ",", "", " !" if ctx.fr else "!"])


def closing(ctx):
    if ctx.fr:
        return pick(["Merci!", "Merci", "Bonne journée", "Bonne soirée", "Merci beaucoup", "Bonne nuit", "Merci à l'avance", "",
                     "Bonne fin de semaine", "Merci de votre collaboration"])
    return pick(["Thanks!", "Thanks", "Thank you", "Have a good day", "Cheers", "", "Thx", "Many thanks"])


def html_table(headers, rows, intro="", outro="", font="Calibri, sans-serif"):
    out = ["<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=__CS__\"></head><body>",
           "<div style=\"font-family:%s; font-size:11pt\">" % font]
    for para in intro.split("\n"):
        out.append("<p>%s</p>" % htmlmod.escape(para) if para.strip() else "")
    out.append('<table border="1" cellpadding="3" cellspacing="0" style="border-collapse:collapse; font-size:10pt">')
    out.append("<tr>" + "".join('<th style="background:#dde">%s</th>' % htmlmod.escape(h) for h in headers) + "</tr>")
    for r in rows:
        out.append("<tr>" + "".join("<td>%s</td>" % htmlmod.escape(str(c)).replace("\n", "<br>") for c in r) + "</tr>")
    out.append("</table>")
    for para in outro.split("\n"):
        out.append("<p>%s</p>" % htmlmod.escape(para) if para.strip() else "")
    out.append("</div></body></html>")
    return "\n".join(out)


def text_table(headers, rows):
    widths = [max(len(str(x)) for x in [h] + [r[i] for r in rows]) for i, h in enumerate(headers)]
    widths = [min(w, 38) for w in widths]
    sep = pick([" | ", "  ", "\t"])
    lines = [sep.join(str(h).ljust(widths[i]) if sep != "\t" else str(h) for i, h in enumerate(headers)).rstrip()]
    for r in rows:
        lines.append(sep.join(str(c).ljust(widths[i]) if sep != "\t" else str(c) for i, c in enumerate(r)).rstrip())
    return "\n".join(lines)


def slug(s):
    s = strip_accents(s).replace(" ", "_").replace("'", "").replace(",", "").replace(".", "")
    return re.sub(r"[^A-Za-z0-9_\-]", "", s)


def unit_mailbox(p, lang="fr"):
    site = p.site
    tag = slug(site["short"]).lower()
    if p.setting == "chsld":
        u = slug(UNITS_CHSLD[p.unit_i].split(" ")[0]).lower()
        return (("Poste infirmier %s - %s" % (UNITS_CHSLD[p.unit_i], site["short"])) if lang == "fr" else
                ("Nursing station %s - %s" % (UNITS_CHSLD_EN[p.unit_i], site["short"])),
                "poste.%s.%s@%s" % (u, tag, CISSS_DOM))
    return ("Réadaptation %s" % site["short"], "readap.%s@%s" % (tag, CISSS_DOM))


def family_pair(p):
    return (p.family["name"], p.family["email"])


def vitals(ctx):
    bits = ["TA %d/%d" % (R.randrange(96, 178), R.randrange(52, 96)), ("FC %d" if ctx.fr else "HR %d") % R.randrange(54, 118),
            "SpO2 %d%%" % R.randrange(86, 99) + pick([" AA", " AA", " 2L", ""] if ctx.fr else [" RA", " RA", " 2L", ""]),
            ("T° %s" % ("%.1f" % R.uniform(36.1, 38.9)).replace(".", ",")) if ctx.fr else ("T %.1f" % R.uniform(36.1, 38.9))]
    if chance(0.4):
        bits.append(("FR %d" if ctx.fr else "RR %d") % R.randrange(14, 28))
    return ", ".join(bits) if chance(0.6) else " ".join(bits)


# ---------------------------------------------------------------------------
# POSITIVE templates
# ---------------------------------------------------------------------------
def handoff_items(ctx, p):
    fr = ctx.fr
    items = []
    pool = [
        lambda: (ctx.t("%s, agité%s en soirée, %s donné à 21h eff. +", "%s, agitated in the evening, %s given at 2100 with effect")
                 % ((ctx.dx(p), ctx.e(p), ctx.med(p, 5)) if fr else (ctx.dx(p), ctx.med(p, 5)))),
        lambda: ctx.t("%s, md avisé, reprendre TA ce matin", "%s, MD notified, recheck BP in am") % vitals(ctx),
        lambda: ctx.t("%s ce matin, échelle ajustée", "%s this am, sliding scale adjusted") % ctx.lab("glyc"),
        lambda: ctx.t("pansement talon G refait (Mepilex), plaie stade 2 stable", "L heel dressing changed (Mepilex), stage 2 PI stable") + ("" if ctx.add("diagnosis") else ""),
        lambda: ctx.t("mange peu, 25%% du souper, encourager hydratation", "poor intake, ate 25%% of supper, push fluids") % (),
        lambda: ctx.t("pas de selles x3j, %s donné", "no BM x3 days, %s given") % pick(["Lax-A-Day", "sennosides", "suppo glycérine" if fr else "glycerin suppository"]) + ("" if ctx.add("medication") else ""),
        lambda: ctx.t("chute sans blessure à %s, AH-223 fait, surveillance neuro en cours", "unwitnessed fall at %s, no injury, incident report done, neuro checks ongoing") % hhmm(ctx, R.randrange(17, 23)) + ("" if ctx.add("diagnosis") else ""),
        lambda: ctx.t("T° 38,4 à 22h, Tylenol 650 donné, HC à faire AM", "T 38.4 at 2200, Tylenol 650 given, blood cultures in am") + ("" if ctx.add("medication") else ""),
        lambda: ctx.t("ATB jour %d/7 (céphalexine) pour %s", "ATB day %d/7 (cephalexin) for %s") % (R.randrange(2, 7), pick(["IVU", "cellulite jambe D"] if fr else ["UTI", "R leg cellulitis"])) + ("" if ctx.add("medication", "diagnosis") else ""),
        lambda: ctx.t("O2 2L LN, sat 91-93%, MPOC connu", "O2 2L NP, sats 91-93%, known COPD") + ("" if ctx.add("diagnosis") else ""),
        lambda: ctx.t("confort, fin de vie, famille au chevet cette nuit", "comfort care, end of life, family at bedside overnight") + ("" if ctx.add("diagnosis") else ""),
        lambda: ctx.t("%s, a dormi de 23h à 5h", "%s, slept 2300-0500") % ctx.med(p, 4),
        lambda: ctx.t("%s — à contrôler demain", "%s - recheck tomorrow") % ctx.lab(pick(["inr", "k", "hb", "na"])),
        lambda: ctx.t("refuse ses Rx du soir (%s), a craché les co", "refused evening meds (%s), spat out pills") % ctx.med(p, 1),
        lambda: ctx.t("%s %s a appelé, inquiet%s pour la toux", "%s (%s) called, worried about the cough") % ((p.family["rel_fr"], p.family["given"], "e" if p.family["rel_fr"] in ("fille", "conjointe", "nièce", "sœur", "mère") else "") if fr else (p.family["given"], p.family["rel_en"])) + ("; " + ctx.dx(p, 1) if chance(0.5) else ""),
    ]
    for f in sample(pool, R.randrange(1, 4)):
        items.append(f())
    return items


def pos_handoff(ctx):
    setting = pick(["chsld", "chsld", "chsld", "rehab"])
    pts = []
    for _ in range(R.randrange(3, 7)):
        p = pick_patient((setting,))
        if p not in pts:
            pts.append(p)
    sender = new_staff(pick(["inf", "infaux", "asi", "inf"]), ctx.lang)
    shift = pick(["nuit", "soir", "jour"]) if ctx.fr else pick(["night", "evening", "day"])
    de_shift = {"nuit": "de la nuit", "soir": "du soir", "jour": "du jour"}.get(shift, shift)
    unit = ctx.unit(pts[0])
    d = rand_date()
    subject = pick(["Rapport de relève %s %s" % (shift, unit), "relève %s - %s" % (shift, unit), "Rapport inter-quart (%s)" % unit,
                    "Résumé du quart de %s %s" % (shift, "%d/%d" % (d.day, d.month))] if ctx.fr else
                   ["Shift report %s - %s" % (shift, unit), "%s shift handoff %s" % (shift.capitalize(), unit), "handover %s" % unit])
    nstyle = pick(["last_first", "title_last", "full", "last_first2", "upper"])
    rows = []
    for p in pts:
        items = handoff_items(ctx, p)
        rows.append((p.room or "-", ctx.pname(p, nstyle), items))
    fmt = pick(["list", "list", "table", "docx", "pdf"])
    intro = greet(ctx) + "\n\n" + ctx.t(pick(["Voici le rapport pour ton quart:", "Rapport %s:" % de_shift, "Résumé rapide:",
                                               "Les points importants %s:" % de_shift]),
                                         pick(["Here is the report for your shift:", "Quick summary from %s shift:" % shift,
                                               "Main points from last %s:" % shift]))
    outro = ctx.t(pick(["Le reste est stable/rien de spécial.", "Les autres résidents: RAS.", "Tout le reste est ok, bon quart!",
                        "Pas d'admission prévue. Bon shift!"]),
                  pick(["Everyone else stable.", "Nothing else to report, have a good shift!", "Rest of the unit quiet."]))
    atts = []
    html = None
    if fmt == "list":
        lines = []
        for room, name, items in rows:
            bullet = pick(["- ", "* ", "", "• "])
            lines.append("%s%s%s: %s" % (bullet, (room + " ") if room != "-" and chance(0.8) else "", name, "; ".join(items)))
        body = intro + "\n\n" + "\n".join(lines) + "\n\n" + outro
    elif fmt == "table":
        hdr = [ctx.t("Ch.", "Rm"), ctx.t("Résident", "Resident"), ctx.t("Suivi", "Follow-up")]
        trows = [(r, n, "; ".join(i)) for r, n, i in rows]
        body = intro + "\n\n" + text_table(hdr, trows) + "\n\n" + outro
        html = html_table(hdr, trows, intro, outro + "\n\n" + sender["given"])
    else:
        body = intro.split("\n\n")[0] + "\n\n" + ctx.t(pick(["Rapport de relève en pièce jointe.", "Voir le rapport ci-joint svp.",
                                                               "Ci-joint le rapport %s." % de_shift]),
                                                         pick(["Shift report attached.", "Please see attached handoff."])) + "\n\n" + closing(ctx)
        hdr = [ctx.t("Ch.", "Rm"), ctx.t("Résident", "Resident"), ctx.t("Suivi", "Follow-up")]
        trows = [(r, n, "; ".join(i)) for r, n, i in rows]
        title = ctx.t("Rapport de relève - %s - %s" % (unit, shift), "Shift report - %s - %s" % (unit, shift))
        fn = ctx.t(pick(["rapport_releve_%s_%02d%02d", "Relève %s %02d-%02d"]), "handoff_%s_%02d%02d") % (slug(unit.split(" ")[0]), d.month, d.day)
        if fmt == "docx":
            atts.append(Att(fn + ".docx", make_docx(title, [outro], [hdr] + [list(x) for x in trows], sender["name"])))
        else:
            atts.append(Att(fn + ".pdf", make_pdf(title, ["%s %s : %s" % (r, n, "; ".join(i)) for r, n, i in rows] + ["", outro], sender["name"])))
        ctx.note("details in attachment")
    to = [new_staff(pick(["inf", "asi", "infaux"]), ctx.lang) for _ in range(R.randrange(1, 3))]
    ctx.note("%d residents" % len(rows))
    return finish(ctx, "handoff", subject, body, sender, to, atts=atts, html=html, mode="alt" if html and chance(0.5) else ("html" if html else None),
                  thread=pick([None, None, None, "fwd"]))


def pos_family(ctx):
    p = pick_patient(("chsld", "chsld", "rehab", "peds"))
    f = p.family
    rel = f["rel_fr"] if ctx.fr else f["rel_en"]
    variant = pick(["staff2fam", "fam2staff", "fam2staff", "thread"])
    staff = new_staff(pick(["inf", "asi", "chef", "inf"]), ctx.lang, p.site)
    fam = (f["name"], f["email"])
    if ctx.fr:
        parent = {"fille": "votre mère" if p.sex == "F" else "votre père", "fils": "votre mère" if p.sex == "F" else "votre père",
                  "conjointe": "votre conjoint", "conjoint": "votre conjointe", "nièce": "votre tante" if p.sex == "F" else "votre oncle",
                  "sœur": "votre sœur" if p.sex == "F" else "votre frère", "neveu": "votre tante" if p.sex == "F" else "votre oncle",
                  "mère": "votre fille" if p.sex == "F" else "votre fils", "père": "votre fille" if p.sex == "F" else "votre fils"}[f["rel_fr"]]
    else:
        parent = {"daughter": "your mother" if p.sex == "F" else "your father", "son": "your mother" if p.sex == "F" else "your father",
                  "wife": "your husband", "husband": "your wife", "niece": "your aunt" if p.sex == "F" else "your uncle",
                  "sister": "your sister" if p.sex == "F" else "your brother", "nephew": "your aunt" if p.sex == "F" else "your uncle",
                  "mother": "your daughter" if p.sex == "F" else "your son", "father": "your daughter" if p.sex == "F" else "your son"}[f["rel_en"]]
    if variant == "staff2fam":
        ev = pick(["fall", "med", "meeting", "covid", "weight"])
        g = ctx.t("Bonjour %s," % pick([f["name"], "M. " + f["last"] if f["rel_fr"] in ("fils", "conjoint", "neveu", "père") else "Mme " + f["last"], f["given"]]),
                  "Hello %s," % pick([f["name"], f["given"]]))
        nm = ctx.pname(p, pick(["full", "plain", "title_last"]))
        if ev == "fall":
            body = ctx.t("Je vous écris pour faire suite à notre appel de ce matin. Comme mentionné, %s (%s) a fait une chute dans sa chambre vers %s. "
                         "Le médecin l'a examiné%s : %s. Nous avons mis en place un tapis d'alerte et un lit bas. "
                         "Nous allons aussi réévaluer %s avec la pharmacienne puisque la médication peut augmenter le risque de chute.",
                         "Following up on our call this morning: %s (%s) had a fall in the room around %s. The physician examined %s: %s. "
                         "We put a floor alarm mat and a low bed in place. We will also review %s with the pharmacist since medication can increase fall risk.") % (
                ((parent, nm, hhmm(ctx, R.randrange(1, 7)), ctx.e(p), pick(["hématome au front, pas de fracture", "douleur au poignet G, radiographie demandée", "éraflure au coude, rien de grave"]), ctx.risky_med(p) or "ses médicaments")) if ctx.fr else
                ((parent, nm, hhmm(ctx, R.randrange(1, 7)), "her" if p.sex == "F" else "him", pick(["bruise on the forehead, no fracture", "L wrist pain, X-ray ordered", "skin tear on the elbow, nothing serious"]), ctx.risky_med(p) or "the medication")))
            ctx.add("diagnosis")
        elif ev == "med":
            body = ctx.t("Petit suivi concernant %s, %s. Le Dr a modifié sa médication hier : %s est cessé et on débute %s. "
                         "C'est en lien avec %s. Si vous avez des questions n'hésitez pas à appeler au poste.",
                         "A quick update about %s, %s. The doctor changed the medication yesterday: %s stopped and %s started. "
                         "This is related to %s. Feel free to call the nursing station with any questions.") % (
                parent, nm, ctx.med(p, 0), ctx.med(p, 2), ctx.dx(p, 0))
        elif ev == "meeting":
            body = ctx.t("Nous aimerions vous rencontrer pour la révision du plan d'intervention de %s le %s à %s (salle de conférence, 1er étage). "
                         "Seront présents : infirmière, TS, nutritionniste et Dr %s. Nous discuterons du niveau de soins (présentement %s) "
                         "et de l'évolution de %s. La travailleuse sociale souhaite aussi aborder la situation suivante : %s.",
                         "We would like to meet with you to review the care plan for %s on %s at %s (conference room, 1st floor). "
                         "Nurse, social worker, dietitian and Dr %s will attend. We will discuss the level of care (currently %s) "
                         "and how %s is evolving. The social worker would also like to discuss: %s.") % (
                nm, ldate(ctx, rand_date().date()), hhmm(ctx, R.randrange(9, 16), 0), pick(FR_LAST), p.niveau, ctx.dx(p, 0), ctx.social(p))
        elif ev == "covid":
            body = ctx.t("Je vous informe que %s a eu un test COVID positif ce matin. %s est en isolement dans sa chambre pour 5 à 7 jours. "
                         "%s fait un peu de fièvre mais la saturation est bonne. Les visites sont permises avec blouse, masque et gants. %s",
                         "I'm letting you know %s tested positive for COVID this morning. %s is in isolation in the room for 5 to 7 days, "
                         "has a low-grade fever but oxygen saturation is good. Visits allowed with gown, mask and gloves. %s") % (
                ((nm, cap(ctx.he(p)), cap(ctx.he(p)), "Le Dr a prescrit du Paxlovid." if chance(0.5) else "")) if ctx.fr else
                ((nm, cap(ctx.he(p)), "The doctor prescribed Paxlovid." if chance(0.5) else "")))
            ctx.add("diagnosis")
            if "Paxlovid" in body:
                ctx.add("medication")
        else:
            body = ctx.t("Nous avons noté une perte de poids chez %s (%s kg en 2 mois). La nutritionniste a ajouté un supplément "
                         "(Ensure) 2 fois par jour. Avec %s, %s a plus de difficulté à avaler. Si vous venez aux repas, n'hésitez pas à l'aider.",
                         "We noticed weight loss for %s (%s kg in 2 months). The dietitian added a supplement (Ensure) twice a day. "
                         "With %s, %s has more difficulty swallowing. If you come at mealtime feel free to help.") % (
                nm, ("%.1f" % R.uniform(2.5, 6.5)).replace(".", "," if ctx.fr else "."), ctx.dx(p, 0), ctx.he(p))
            ctx.add("diagnosis")
        body = g + "\n\n" + body + "\n\n" + ctx.t(pick(["Bien à vous,", "Cordialement,", "Bonne journée,", "Merci,"]), pick(["Kind regards,", "Best,", "Thank you,"]))
        subj = pick([ctx.t("Suivi - %s" % nm, "Follow-up - %s" % nm), ctx.t("Nouvelles de %s" % parent, "Update about %s" % parent),
                     ctx.t("Rencontre PII", "Care plan meeting") if ev == "meeting" else ctx.t("Suivi", "Update")])
        return finish(ctx, "family", subj, body, staff, [fam], thread=pick([None, None, "reply"]), replier=fam)
    # family writes (informal, typos)
    nm = ctx.pname(p, pick(["plain", "full", "lower", "title_last"]))
    probe = Ctx(ctx.lang)
    m4 = probe.med_short(p, 4)
    room = ctx.room(p)
    if ctx.fr:
        opener = pick(["Bonjour,", "Bonjour", "Allo,", "bonjour à l'équipe,"])
        art = "le" if f["rel_fr"] in ("fils", "conjoint", "neveu", "père") else "la"
        who = pick(["je suis %s %s de %s%s" % (art, f["rel_fr"], nm, (" " + room) if room else ""), "c'est %s, %s de %s" % (f["given"], f["rel_fr"], nm),
                    "Je vous écris au sujet de %s (%s)" % (nm, room or "réadap")])
        asks = [
            "%s m'a dit au téléphone qu'%s avait mal au bras depuis sa chute, est-ce qu'il y a eu une radio?" % (("Maman" if p.sex == "F" else "Papa") if f["rel_fr"] in ("fille", "fils") else cap(ctx.he(p)), ctx.he(p)),
            "est-ce que c'est normal qu'%s dorme autant depuis qu'on a augmenté son %s??" % (ctx.he(p), m4),
            "j'ai vu qu'%s avait une plaie sur le talon qui est pas belle, est-ce que quelqu'un s'en occupe" % ctx.he(p),
            "On aimerait savoir si le résultat de la prise de sang est revenu, le md avait parlé de vérifier %s" % pick(["l'anémie", "les reins", "le sucre"]),
            "aussi %s ne reçoit plus son %s le soir?? c'était pourtant prescrit" % (ctx.he(p), pick(["Tylenol", "Seroquel", "Ativan", "pompe"])),
        ]
        chosen = sample(asks, R.randrange(1, 3))
        if any("plaie" in a or "anémie" in a or "reins" in a or "sucre" in a or "radio" in a for a in chosen):
            ctx.add("diagnosis")
        if any("Tylenol" in a or "Seroquel" in a or "Ativan" in a or "pompe" in a or m4 in a for a in chosen):
            ctx.add("medication")
        extra = ""
        if chance(0.5):
            extra = "\n" + pick(["Mon frère est pas d'accord avec moi pour le niveau de soins, on aimerait une rencontre avec la TS.",
                                 "Je suis la seule à m'en occuper depuis que ma soeur est partie en Alberta, c'est pas évident.",
                                 "Pour le compte bancaire, c'est moi qui a la procuration maintenant."])
            ctx.add("social_information")
        body = "%s %s.\n%s\n%s\n\n%s\n%s\n%s" % (opener, who, "\n".join(c[0].upper() + c[1:] if chance(0.6) else c for c in chosen), extra,
                                              pick(["merci de me rappeler au %s" % f["phone"], "Vous pouvez me joindre au %s en soirée" % f["phone"], "Merci beaucoup", "merci!"]),
                                              f["given"], "")
    else:
        who = pick(["I'm %s's %s" % (nm, f["rel_en"]), "This is %s, %s of %s %s" % (f["given"], f["rel_en"], nm, room)])
        asks = [
            "%s told me on the phone %s has had pain in the arm since the fall, was there an x-ray done?" % ("Mom" if p.sex == "F" else "Dad", ctx.he(p)),
            "is it normal %s sleeps so much since the %s was increased?" % (ctx.he(p), m4),
            "I noticed a sore on %s heel that doesn't look good, is someone looking after it" % ctx.his(p),
            "did the bloodwork come back? the doctor mentioned checking for %s" % pick(["anemia", "kidney function", "sugar levels"]),
        ]
        chosen = sample(asks, R.randrange(1, 3))
        if any(("sore" in a) or ("anemia" in a) or ("kidney" in a) or ("sugar" in a) or ("x-ray" in a) for a in chosen):
            ctx.add("diagnosis")
        if any(m4 in a for a in chosen):
            ctx.add("medication")
        extra = ""
        if chance(0.4):
            extra = "\n" + pick(["My brother and I don't agree on the level of care so we'd like to meet the social worker.",
                                 "I'm the only one looking after things since my sister moved to BC, it's hard."])
            ctx.add("social_information")
        body = "%s\n%s. %s\n%s\n\n%s\n%s" % (pick(["Hi,", "Hello,", "Good evening,"]), who, " ".join(c[0].upper() + c[1:] for c in chosen), extra,
                                          pick(["please call me back at %s" % f["phone"], "Thanks so much", "thank you"]), f["given"])
    subj = pick([nm, ctx.t("Question pour %s" % nm, "Question about %s" % nm), ctx.t("%s %s" % (nm, room), "%s %s" % (nm, room)),
                 ctx.t("question", "question"), ctx.t("Inquiétude", "Concern")])
    to = [unit_mailbox(p, ctx.lang)]
    if variant == "thread":
        return finish(ctx, "family", subj, body, fam, to, sig=False, thread="reply", replier=staff)
    return finish(ctx, "family", subj, body, fam, to, sig=False, thread=pick([None, None, "fwd"]),
                  replier=staff, fwd_to=[new_staff(pick(["md", "ts", "inf"]), ctx.lang)])


def pos_fall(ctx):
    p = pick_patient(("chsld", "chsld", "rehab"))
    sender = new_staff(pick(["inf", "asi", "infaux"]), ctx.lang, p.site)
    nstyle = pick(["full", "title_last", "last_first", "plain", "initial"])
    nm = ctx.pname(p, nstyle) if chance(0.9) else None
    ident = ctx.id_only(p) if nm is None else (ctx.ident_line(p) if chance(0.5) else "")
    where = pick(["à côté de son lit", "dans la salle de bain", "dans le corridor près du poste", "au pied de son fauteuil"] if ctx.fr else
                 ["beside the bed", "in the bathroom", "in the hallway near the station", "next to the wheelchair"])
    t_found = hhmm(ctx, pick([2, 3, 4, 5, 6, 14, 19, 22]))
    inj = pick([("hématome frontal D ~3 cm", "R frontal hematoma ~3 cm"), ("lacération arcade sourcilière G, 2 stéri-strips", "L eyebrow laceration, 2 steri-strips"),
                ("douleur hanche G 6/10, raccourcissement + rotation externe", "L hip pain 6/10, shortened and externally rotated"),
                ("aucune blessure apparente, se plaint de douleur lombaire", "no visible injury, c/o low back pain"),
                ("déchirure cutanée avant-bras D", "R forearm skin tear")])
    ctx.add("diagnosis")
    anticoag = chance(0.55)
    lines = []
    who_found = pick(["par la PAB", "par la préposée", "par l'inf. aux.", "par sa voisine de chambre qui a sonné"] if ctx.fr else ["by the PAB", "by the orderly", "by the LPN", "by roommate who rang"])
    subj_name = nm if nm else ctx.t("résident ch. %s" % (p.room or "?"), "resident rm %s" % (p.room or "?"))
    if ctx.fr:
        lines.append("%s%s retrouvé%s au sol %s vers %s %s. Chute non observée." % ((nm + " ") if nm else "Usager%s " % ("" if p.sex == "M" else "ère"),
                                                                              (("(" + ctx.room(p) + ") ") if p.room else ""), ctx.e(p), where, t_found, who_found))
        lines.append(pick(["Dit avoir voulu aller à la toilette seul%s." % ctx.e(p), "Ne peut expliquer ce qui s'est passé (TNC).",
                           "Était agité%s en début de nuit." % ctx.e(p), "Portait ses pantoufles, lumière fermée."]))
        lines.append("Blessure : %s. %s." % (inj[0], pick(["Pas de perte de conscience rapportée", "PDC inconnue", "Glasgow 15"])))
        lines.append("SV : %s." % vitals(ctx))
        if anticoag:
            lines.append("Sous %s -> surveillance neuro q1h x4h puis q4h x24h." % pick(["Eliquis 2,5 BID", "warfarine (INR 2,8 hier)", "apixaban", "Xarelto 15"]))
            ctx.add("medication")
            if "INR" in lines[-1]:
                ctx.add("lab_result")
        lines.append(pick(["Md de garde avisé à %s, vient l'évaluer ce matin." % hhmm(ctx), "Dr %s avisé, RX hanche demandée." % pick(FR_LAST),
                           "Md avisé, transfert à l'urgence si douleur augmente.", "Md avisé par fax."]))
        lines.append(pick(["Famille avisée (%s) à %s." % (p.family["rel_fr"], hhmm(ctx, 7)), "Famille non rejointe, message laissé.",
                           "%s avisé%s." % (p.family["rel_fr"].capitalize(), "e" if p.family["rel_fr"] in ("fille", "conjointe", "nièce", "sœur") else "")]))
        lines.append(pick(["AH-223 rempli.", "Rapport AH-223 complété et déposé.", "Déclaration AH-223 # %d" % R.randrange(20000, 99999),
                           "AH-223 à compléter par le jour svp"]))
        if chance(0.5):
            lines.append("Mesures : %s." % ", ".join(sample(["lit en position basse", "tapis d'alerte", "détecteur de mouvement", "tournée q1h",
                                                              "cloche à portée de main", "bas antidérapants", "réévaluation physio"], 3)))
        if chance(0.4):
            lines.append("ATCD : %s." % ", ".join(ctx.dx_list(p, 2)))
    else:
        lines.append("%s%s found on the floor %s at %s %s. Unwitnessed fall." % ((nm + " ") if nm else "Resident ",
                                                                          (("(" + ctx.room(p) + ") ") if p.room else ""), where, t_found, who_found))
        lines.append(pick(["States was trying to go to the bathroom alone.", "Unable to explain what happened (dementia).",
                           "Was restless earlier in the night.", "Wearing slippers, lights off."]))
        lines.append("Injury: %s. %s." % (inj[1], pick(["No LOC reported", "LOC unknown", "GCS 15"])))
        lines.append("VS: %s." % vitals(ctx))
        if anticoag:
            lines.append("On %s -> neuro vitals q1h x4h then q4h x24h." % pick(["Eliquis 2.5 BID", "warfarin (INR 2.8 yesterday)", "apixaban", "Xarelto 15"]))
            ctx.add("medication")
            if "INR" in lines[-1]:
                ctx.add("lab_result")
        lines.append(pick(["On-call MD notified at %s, will assess this am." % hhmm(ctx), "Dr %s notified, hip X-ray ordered." % pick(EN_LAST),
                           "MD aware, transfer to ER if pain increases."]))
        lines.append(pick(["Family notified (%s) at %s." % (p.family["rel_en"], hhmm(ctx, 7)), "Could not reach family, left a message."]))
        lines.append(pick(["Incident report (AH-223) completed.", "AH-223 # %d filed." % R.randrange(20000, 99999), "Day shift pls complete AH-223"]))
        if chance(0.4):
            lines.append("Hx: %s." % ", ".join(ctx.dx_list(p, 2)))
    if ident:
        lines.insert(0, ident)
    sep = pick(["\n", "\n", " "])
    body = greet(ctx) + "\n\n" + sep.join(lines) + "\n\n" + closing(ctx)
    atts = []
    if chance(0.25):
        title = ctx.t("Rapport de déclaration d'incident/accident (AH-223)", "Incident/accident report (AH-223)")
        atts.append(Att(ctx.t("AH223_%s.pdf", "AH223_%s.pdf") % slug(p.surname if chance(0.6) else (p.room or "ch")),
                        make_pdf(title, lines, sender["name"])))
        body = greet(ctx) + "\n\n" + ctx.t("Voir AH-223 ci-joint pour la chute de cette nuit.", "See attached AH-223 for last night's fall.") + "\n\n" + closing(ctx)
        ctx.note("details in PDF")
    subj = pick([ctx.t("Chute %s", "Fall %s") % subj_name, ctx.t("chute cette nuit - %s", "fall overnight - %s") % subj_name,
                 ctx.t("AH-223 %s", "AH-223 %s") % subj_name, ctx.t("Chute ch. %s", "Fall rm %s") % (p.room or "R"),
                 ctx.t("URGENT chute + %s", "URGENT fall + %s") % pick(["douleur hanche", "hématome"] if ctx.fr else ["hip pain", "hematoma"])])
    if "douleur" in subj or "hip" in subj or "hémat" in subj:
        ctx.add("diagnosis")
    to = [new_staff(pick(["asi", "chef", "md", "cons"]), ctx.lang, p.site)]
    cc = [new_staff("physio", ctx.lang)] if chance(0.3) else []
    return finish(ctx, "fall", subj, body, sender, to, cc=cc, atts=atts, priority=chance(0.2))


WOUND_SITES = [("sacrum", "sacrum"), ("talon G", "L heel"), ("talon D", "R heel"), ("ischion D", "R ischium"),
               ("malléole externe G", "L lateral malleolus"), ("moignon D", "R stump"), ("jambe G (ulcère veineux)", "L leg (venous ulcer)"),
               ("pied D (plaie diabétique, 1er orteil)", "R foot (diabetic ulcer, great toe)")]
DRESSINGS = ["Aquacel Ag + Mepilex Border", "Mepilex Border Sacrum", "Duoderm extra-mince", "Iodosorb + compresse sèche",
             "Allevyn Life", "Intrasite gel + Mepitel", "Proshield + ouate", "Biatain Ag"]


def pos_wound(ctx):
    p = pick_patient(("chsld", "chsld", "rehab"))
    sender = new_staff(pick(["inf", "cons", "asi"]), ctx.lang, p.site)
    dxt = " ".join(d[0] for d in p.dxs)
    site = pick([w for w in WOUND_SITES if ("moignon" not in w[0] or "amputation" in dxt) and ("diab" not in w[0] or "DB" in dxt or "diabète" in dxt)])
    stage = pick(["2", "3", "4", ctx.t("non classable", "unstageable"), ctx.t("lésion des tissus profonds", "DTI")])
    L, W, D = R.uniform(0.8, 6.0), R.uniform(0.5, 4.5), R.uniform(0.1, 1.5)
    dec = (lambda x: ("%.1f" % x).replace(".", ",")) if ctx.fr else (lambda x: "%.1f" % x)
    nm = ctx.pname(p, pick(["full", "last_first", "title_last", "plain", "last_first2"]))
    ctx.add("diagnosis")
    braden = R.randrange(9, 16)
    dressing = pick(DRESSINGS)
    if ctx.fr:
        lines = ["Suivi de plaie - %s %s" % (nm, ctx.room(p)),
                 ctx.ident_line(p) if chance(0.4) else "",
                 "Plaie de pression stade %s au %s : %s x %s x %s cm." % (stage, site[0], dec(L), dec(W), dec(D)) if "ulcère" not in site[0] and "diab" not in site[0]
                 else "Plaie %s : %s x %s cm." % (site[0], dec(L), dec(W)),
                 "Lit : %d%% granulation, %d%% fibrine%s. Exsudat %s %s. Pourtour %s." % (
                     g := R.randrange(30, 90), 100 - g, pick(["", ", îlot de nécrose sèche"]), pick(["faible", "modéré", "abondant"]),
                     pick(["séreux", "séro-sanglant", "purulent"]), pick(["macéré", "intact", "érythémateux 1 cm", "induré"])),
                 "Braden %d. %s" % (braden, pick(["Odeur +.", "Pas d'odeur.", "Douleur 4/10 au changement de pansement."])),
                 "Tx : nettoyer NaCl 0,9 %%, %s, changer q%dj et PRN." % (dressing, R.randrange(2, 5)),
                 pick(["Repositionnement q2h, matelas thérapeutique demandé.", "Bottes de décharge aux talons.",
                       "Coussin ROHO au fauteuil, limiter assis à 1h.", "Demande de consultation en soins de plaies faite."])]
        if chance(0.5):
            lines.append("Labo : %s, %s. Nutritionniste avisée." % (ctx.lab("alb"), ctx.lab(pick(["hb", "crp", "glyc"]))))
        if chance(0.5):
            lines.append("%s - %s" % (pick(["ATB débuté :", "Md a prescrit"]), pick(["céphalexine 500 mg QID x 10 j", "clindamycine 300 mg QID", "doxycycline 100 mg BID"])))
            ctx.add("medication")
        if chance(0.4):
            lines.append("ATCD pertinents : %s." % ", ".join(ctx.dx_list(p, 2)))
        lines.append(pick(["Photo prise et déposée au dossier.", "Prochaine mesure : mardi.", "Réévaluation hebdo par l'infirmière stomo/plaies."]))
    else:
        lines = ["Wound follow-up - %s %s" % (nm, ctx.room(p)),
                 ctx.ident_line(p) if chance(0.4) else "",
                 "Stage %s pressure injury %s: %s x %s x %s cm." % (stage, site[1], dec(L), dec(W), dec(D)),
                 "Bed: %d%% granulation, %d%% slough. %s exudate, %s. Periwound %s." % (
                     g := R.randrange(30, 90), 100 - g, pick(["Scant", "Moderate", "Heavy"]), pick(["serous", "serosanguinous", "purulent"]),
                     pick(["macerated", "intact", "erythema 1 cm"])),
                 "Braden %d. %s" % (braden, pick(["Malodorous.", "No odour.", "Pain 4/10 with dressing change."])),
                 "Tx: cleanse NS, %s, change q%d days and PRN." % (dressing, R.randrange(2, 5)),
                 pick(["Turn q2h, pressure-redistribution mattress ordered.", "Heel off-loading boots.", "ROHO cushion, max 1h sitting."])]
        if chance(0.5):
            lines.append("Labs: %s, %s. Dietitian notified." % (ctx.lab("alb"), ctx.lab(pick(["hb", "crp", "glyc"]))))
        if chance(0.5):
            lines.append("Started %s." % pick(["cephalexin 500 mg QID x 10 d", "clindamycin 300 mg QID", "doxycycline 100 mg BID"]))
            ctx.add("medication")
        lines.append(pick(["Photo taken and filed.", "Next measurement Tuesday.", "Weekly reassessment by wound care nurse."]))
    lines = [l for l in lines if l]
    atts = []
    fmt = pick(["text", "text", "text", "xlsx", "pdf"])
    subj = pick([ctx.t("Plaie %s - %s", "Wound %s - %s") % (site[0] if ctx.fr else site[1], nm), ctx.t("suivi plaie %s", "wound f/u %s") % (p.room or nm),
                 ctx.t("Soins de plaie", "Wound care") + " " + p.surname, ctx.t("Pansement %s", "Dressing %s") % nm])
    if fmt == "xlsx":
        others = [p] + [pick_patient((p.setting,)) for _ in range(R.randrange(2, 6))]
        rows = [[ctx.t("Ch.", "Rm"), ctx.t("Nom", "Name"), ctx.t("Site", "Site"), ctx.t("Stade", "Stage"), "L x l (cm)", ctx.t("Pansement", "Dressing"), ctx.t("Fréquence", "Freq.")]]
        seen = set()
        for q in others:
            if id(q) in seen:
                continue
            seen.add(id(q))
            s2 = pick(WOUND_SITES)
            rows.append([q.room or "", ctx.pname(q, "last_first"), s2[0] if ctx.fr else s2[1], pick(["1", "2", "3", "4"]),
                         "%s x %s" % (dec(R.uniform(0.5, 5)), dec(R.uniform(0.5, 4))), pick(DRESSINGS), "q%dj" % R.randrange(2, 5) if ctx.fr else "q%dd" % R.randrange(2, 5)])
        atts.append(Att(ctx.t("suivi_plaies_%s.xlsx", "wound_tracker_%s.xlsx") % slug(ctx.unit(p).split(" ")[0]),
                        make_xlsx([(ctx.t("Plaies", "Wounds"), rows)], sender["name"])))
        body = greet(ctx) + "\n\n" + ctx.t("Tableau de suivi des plaies à jour en pièce jointe. Attention particulière à %s cette semaine :\n\n",
                                           "Updated wound tracker attached. Please pay attention to %s this week:\n\n") % nm + "\n".join(lines[1:]) + "\n\n" + closing(ctx)
        subj = ctx.t("Suivi des plaies - semaine du %s", "Wound tracker - week of %s") % ldate(ctx, rand_date().date(), False)
    elif fmt == "pdf":
        atts.append(Att((ctx.t("Évaluation plaie - %s.pdf", "Wound assessment - %s.pdf") % p.surname) if chance(0.5) else
                        (ctx.t("evaluation_plaie_%s.pdf", "wound_assessment_%s.pdf") % slug(p.surname + "_" + p.given[0])),
                        make_pdf(ctx.t("Évaluation de plaie", "Wound assessment"), lines, sender["name"])))
        body = greet(ctx) + "\n\n" + ctx.t("Évaluation de plaie ci-jointe pour %s. La plaie se détériore, j'aimerais ton avis." % nm,
                                           "Attached wound assessment for %s. It's getting worse, would like your opinion." % nm) + "\n\n" + closing(ctx)
    else:
        body = greet(ctx) + "\n\n" + "\n".join(lines) + "\n\n" + closing(ctx)
    to = [new_staff(pick(["cons", "md", "nutri", "inf"]), ctx.lang, p.site)]
    return finish(ctx, "wound", subj, body, sender, to, atts=atts)


def pos_meds(ctx):
    p = pick_patient(("chsld", "chsld", "rehab"))
    v = pick(["error", "refusal", "renewal", "prn", "narco", "insulin"])
    sender = new_staff(pick(["inf", "infaux", "asi", "pharm"]), ctx.lang, p.site)
    nm = ctx.pname(p, pick(["full", "title_last", "last_first", "plain", "lower"]))
    room = ctx.room(p)
    to = [new_staff(pick(["pharm", "asi", "md", "chef"]), ctx.lang, p.site)]
    if v == "error":
        q = pick_patient((p.setting,))
        nm2 = ctx.pname(q, "title_last")
        body = ctx.t(
            "%s\n\nErreur de médicament à la tournée de %s : %s (%s) a reçu le pilulier de %s (chambre voisine). "
            "Il contenait entre autres %s et %s. %s %s. SV aux 30 min x 2h : %s. Md avisé, famille avisée. AH-223 complété.\n\n"
            "On doit revoir la double identification (photo + bracelet) au chariot.",
            "%s\n\nMedication error on the %s med pass: %s (%s) was given %s's pill pouch (next room). It contained %s and %s. "
            "%s %s. VS q30min x 2h: %s. MD and family notified. Incident report done.\n\nWe need to review the two-identifier check at the cart.") % (
            greet(ctx), pick(["8h", "12h", "17h", "21h"]) if ctx.fr else pick(["0800", "1200", "1700", "2100"]), nm, room, nm2, ctx.med(q, 0), ctx.med(q, 3),
            ctx.t("ATCD :", "Hx:") if chance(0.5) else ctx.t("Connu pour", "Known for"), ctx.dx(p, 0), vitals(ctx))
        subj = ctx.t("Erreur de médicament %s", "Med error %s") % pick([room, nm, ""])
    elif v == "refusal":
        body = ctx.t("%s\n\n%s refuse ses Rx depuis %d jours (%s, %s). %s les crache ou les cache dans sa joue. "
                     "Est-ce qu'on pourrait avoir une forme liquide ou écrasable? %s, donc difficile d'argumenter avec %s.\n\n%s",
                     "%s\n\n%s has been refusing meds for %d days (%s, %s) - spits them out or pockets them. "
                     "Could we get a liquid or crushable form? %s so hard to reason with %s.\n\n%s") % (
            greet(ctx, to[0]["given"]), nm, R.randrange(2, 6), ctx.med(p, 0), ctx.med(p, 1), cap(ctx.he(p)) if ctx.fr else "",
            cap(ctx.dx(p, 0)) + (" avancé" if ctx.fr else " advanced"), ("elle" if p.sex == "F" else "lui") if ctx.fr else ("her" if p.sex == "F" else "him"), closing(ctx)) if ctx.fr else (
            "%s\n\n%s has been refusing meds for %d days (%s, %s) - spits them out or pockets them. "
            "Could we get a liquid or crushable form? %s so hard to reason with %s.\n\n%s") % (
            greet(ctx, to[0]["given"]), nm, R.randrange(2, 6), ctx.med(p, 0), ctx.med(p, 1), "Advanced " + ctx.dx(p, 0),
            "her" if p.sex == "F" else "him", closing(ctx))
        subj = ctx.t("Refus de Rx - %s", "Med refusal - %s") % (room or nm)
    elif v == "renewal":
        ml = ctx.med_list(p, R.randrange(2, 5))
        body = ctx.t("%s\n\nSVP renouveler pour %s %s (%s) :\n%s\n\nLes ordonnances expirent %s. Le Dr %s a signé le formulaire, envoyé par fax ce matin.\n\n%s",
                     "%s\n\nPlease renew for %s %s (%s):\n%s\n\nOrders expire %s. Dr %s signed the form, faxed this am.\n\n%s") % (
            greet(ctx), nm, room, ctx.ident_line(p, ["nam" if p.nam else "mrn"]), "\n".join("- " + m for m in ml),
            ctx.t("vendredi", "Friday"), pick(FR_LAST + EN_LAST), closing(ctx))
        subj = ctx.t("Renouvellement Rx %s", "Rx renewal %s") % nm
        to = [("Pharmacie Lemire & Associés" if ctx.fr else "Lemire Pharmacy", "commandes@pharmlemire.example")]
    elif v == "prn":
        pts = [p] + [pick_patient((p.setting,)) for _ in range(R.randrange(2, 5))]
        lines = []
        seen = set()
        for q in pts:
            if id(q) in seen:
                continue
            seen.add(id(q))
            lines.append("%s %s : %s à %s, %s" % (q.room or "", ctx.pname(q, pick(["title_last", "last_first2"])), ctx.med(q, pick([5, 6, 4])),
                                              hhmm(ctx, R.randrange(0, 6)), pick(["eff. +", "eff. partiel", "sans effet", "dort depuis"] if ctx.fr else ["effective", "partial effect", "no effect", "asleep since"])))
        body = greet(ctx) + "\n\n" + ctx.t("PRN donnés cette nuit :", "PRNs given overnight:") + "\n" + "\n".join(lines) + "\n\n" + ctx.t("À inscrire au FADM svp, j'ai pas eu le temps.", "Please co-sign on the MAR, didn't have time.")
        subj = ctx.t("PRN nuit", "Night PRNs")
    elif v == "narco":
        body = ctx.t("%s\n\nÉcart au décompte des stupéfiants ce matin : il manque 1 amp. d'hydromorphone 2 mg/mL au registre de %s (%s). "
                     "La dernière dose inscrite a été donnée à %s pour %s. On a vérifié avec l'équipe de nuit, aucune explication. Je fais l'AH-223.",
                     "%s\n\nNarcotic count discrepancy this morning: 1 hydromorphone 2 mg/mL amp missing from %s's (%s) record. "
                     "Last dose recorded at %s for %s. Checked with night shift, no explanation. Filing the incident report.") % (
            greet(ctx), nm, room, hhmm(ctx, R.randrange(0, 6)), pick(["douleur néo", "dyspnée de fin de vie", "douleur hanche post-chute"] if ctx.fr else ["cancer pain", "end-of-life dyspnea", "hip pain after fall"]))
        ctx.add("medication", "diagnosis")
        subj = ctx.t("Écart décompte stupéfiants", "Narcotic count discrepancy")
    else:
        g = ctx.lab("glyc")
        body = ctx.t("%s\n\n%s (%s) : %s à 16h, donné %d u Humalog selon échelle + collation. Contrôle à 18h : %s. "
                     "Ça fait 3 jours que c'est élevé le soir depuis le début de la prednisone. Le Dr peut-il réviser la glargine (%s)?",
                     "%s\n\n%s (%s): %s at 1600, gave %d u Humalog per scale + snack. Recheck at 1800: %s. "
                     "High in the evenings for 3 days since prednisone started. Could the MD review the glargine (%s)?") % (
            greet(ctx), nm, room, g, R.randrange(2, 9), ctx.lab("glyc"), pick(["14 u HS", "18 u HS", "10 u HS"]))
        ctx.add("medication", "diagnosis")
        subj = ctx.t("Glycémies élevées %s", "High CBGs %s") % p.surname
    return finish(ctx, "meds", subj, body, sender, to)


def pos_physio(ctx):
    p = pick_patient(("rehab", "rehab", "chsld", "peds"))
    role = pick(["physio", "physio", "trp"])
    sender = new_staff(role, ctx.lang, SITE_REHAB if p.setting != "chsld" else p.site)
    nm = ctx.pname(p, pick(["last_first", "full", "plain", "upper"]))
    dx0 = ctx.dx(p, 0)
    if p.setting == "peds":
        goals = ctx.t(["marcher 100 m sans aide technique à l'école", "monter les escaliers de l'autobus scolaire", "sauter à pieds joints 5 fois",
                       "améliorer l'équilibre unipodal à 5 s", "participer au cours d'éducation physique avec adaptations"],
                      ["walk 100 m without aid at school", "climb school bus stairs", "jump with both feet 5 times",
                       "single-leg stance 5 s", "take part in gym class with adaptations"])
        interv = ctx.t(["étirements ischio-jambiers et triceps suraux", "orthèses tibiales (AFO) à réévaluer", "renforcement tronc et MI par le jeu",
                        "programme à domicile remis aux parents"],
                       ["hamstring and calf stretching", "AFOs to reassess", "trunk and LE strengthening through play", "home program given to parents"])
    else:
        goals = ctx.t(["transferts lit-fauteuil autonomes avec aide technique", "marche 50 m avec marchette 2 roues et surveillance",
                       "escaliers 12 marches avec rampe (domicile)", "équilibre : Berg > 45/56", "retour à domicile avec conjoint",
                       "port de la prothèse 8 h/jour"],
                      ["independent bed-chair transfers with aid", "walk 50 m with 2-wheeled walker, supervision",
                       "12 stairs with rail (home)", "balance: Berg > 45/56", "discharge home with spouse", "wear prosthesis 8 h/day"])
        interv = ctx.t(["renforcement MI (quadriceps, fessiers)", "entraînement à la marche BID", "exercices d'équilibre en barres parallèles",
                        "enseignement des précautions de hanche", "mobilisation précoce", "désensibilisation du moignon"],
                       ["LE strengthening (quads, glutes)", "gait training BID", "balance work in parallel bars",
                        "hip precautions teaching", "early mobilization", "stump desensitization"])
    prec = ctx.t(pick(["Précautions hanche postérieure x 6 sem (pas de flexion > 90°, pas d'adduction ni de rotation interne).",
                       "MEC selon tolérance.", "MEC partielle 50 % x 6 sem.", "Aucune MEC au MI G jusqu'au RV ortho.",
                       "Surveiller TA à l'effort (hypotension orthostatique)."]),
                 pick(["Posterior hip precautions x 6 wks (no flexion > 90, no adduction or IR).", "WBAT.", "PWB 50% x 6 wks.",
                       "NWB L leg until ortho f/u.", "Monitor BP with exertion (orthostatic hypotension)."]))
    atcd = ", ".join(ctx.dx_list(p, 2, 1)) if len(p.dxs) > 1 and chance(0.6) else ""
    if ctx.fr:
        lines = ["PLAN D'INTERVENTION - PHYSIOTHÉRAPIE" if role == "physio" else "Plan d'intervention - réadaptation physique",
                 "Usager : %s" % nm,
                 ctx.ident_line(p, sample(["dob", "mrn", "nam"] if p.nam else ["dob", "mrn"], 2)),
                 "Diagnostic : %s" % dx0 + (" (J+%d)" % R.randrange(5, 40) if chance(0.5) else ""),
                 ("ATCD : %s" % atcd) if atcd else "",
                 "Précautions : %s" % prec,
                 "Évaluation initiale : %s" % pick(["TUG 24 s, Berg 31/56, marche 15 m avec déambulateur + assistance x1",
                                                    "force MI 3+/5 G, 4/5 D, amplitude genou 10-75°", "transferts avec aide x2, lève-personne la nuit",
                                                    "6MWT 120 m, désaturation à 88 %", "GMFCS II, démarche en crouch, chutes fréquentes"]),
                 "Objectifs (%d sem) :" % R.randrange(3, 9)] + ["  %d) %s" % (i + 1, g) for i, g in enumerate(sample(goals, 3))] + [
                 "Interventions : " + "; ".join(sample(interv, 3)),
                 "Fréquence : %s" % pick(["5x/sem", "BID en semaine", "3x/sem", "2x/sem + programme maison"])]
    else:
        lines = ["PHYSIOTHERAPY CARE PLAN", "Client: %s" % nm,
                 ctx.ident_line(p, sample(["dob", "mrn", "nam"] if p.nam else ["dob", "mrn"], 2)),
                 "Diagnosis: %s" % dx0, ("Hx: %s" % atcd) if atcd else "", "Precautions: %s" % prec,
                 "Initial assessment: %s" % pick(["TUG 24 s, Berg 31/56, walks 15 m with walker + 1 assist",
                                                 "LE strength 3+/5 L, 4/5 R, knee ROM 10-75", "2-person transfers, mechanical lift at night",
                                                 "6MWT 120 m, desaturates to 88%", "GMFCS II, crouch gait, frequent falls"]),
                 "Goals (%d wks):" % R.randrange(3, 9)] + ["  %d) %s" % (i + 1, g) for i, g in enumerate(sample(goals, 3))] + [
                 "Interventions: " + "; ".join(sample(interv, 3)), "Frequency: %s" % pick(["5x/wk", "BID weekdays", "3x/wk", "2x/wk + home program"])]
    if chance(0.3):
        lines.append(ctx.t("Médication pertinente : %s", "Relevant meds: %s") % ", ".join(ctx.med_list(p, 2)))
    lines = [l for l in lines if l]
    atts = []
    fmt = pick(["text", "text", "docx", "pdf"])
    subj = pick([ctx.t("PI physio - %s", "PT plan - %s") % nm, ctx.t("Plan d'intervention %s", "Care plan %s") % p.surname.upper(),
                 ctx.t("physio %s %s", "PT %s %s") % (p.room or "", p.surname), ctx.t("Plan de traitement", "Treatment plan")])
    if fmt == "text":
        body = greet(ctx) + "\n\n" + ctx.t("Voici mon plan pour ", "Here's my plan for ") + nm + ":\n\n" + "\n".join(lines[1:]) + "\n\n" + closing(ctx)
    else:
        fn = ctx.t("PI_physio_%s", "PT_plan_%s") % slug(p.surname + ("_" + p.given if chance(0.5) else ""))
        if fmt == "docx":
            atts.append(Att(fn + ".docx", make_docx(lines[0], lines[1:], None, sender["name"])))
        else:
            atts.append(Att(fn + ".pdf", make_pdf(lines[0], lines[1:], sender["name"])))
        body = greet(ctx) + "\n\n" + ctx.t(pick(["PI en pièce jointe pour la rencontre interdisciplinaire de jeudi.", "Voir PI ci-joint, à signer svp.",
                                                  "Ci-joint le plan d'intervention mis à jour."]),
                                            pick(["Care plan attached for Thursday's team meeting.", "Updated plan attached, please sign."])) + "\n\n" + closing(ctx)
        ctx.note("plan in attachment")
    to = [new_staff(pick(["ergo", "inf", "md", "ts", "asi"]), ctx.lang, sender["site"]) for _ in range(R.randrange(1, 3))]
    return finish(ctx, "physio", subj, body, sender, to, atts=atts)


def pos_ergo(ctx):
    p = pick_patient(("rehab", "rehab", "peds", "chsld"))
    sender = new_staff("ergo", ctx.lang, SITE_REHAB if p.setting != "chsld" else p.site)
    nm = ctx.pname(p, pick(["full", "plain", "title_last", "last_first"]))
    to = [new_staff(pick(["physio", "ts", "inf", "chef"]), ctx.lang, sender["site"])]
    if p.setting == "rehab":
        d = rand_date().date()
        body = ctx.t(
            "%s\n\nVisite à domicile prévue %s à %s chez %s : %s. %s\n"
            "Dx : %s. %s\n\nCe que je veux vérifier :\n- accès (escalier extérieur %d marches, pas de rampe)\n- salle de bain : baignoire seulement, banc de transfert + barre d'appui à prévoir\n"
            "- hauteur du lit et du fauteuil\n- cuisine : préparation de repas simples %s\n\nLe transport adapté est réservé. Peux-tu venir pour évaluer les escaliers?\n\n%s",
            "%s\n\nHome visit booked %s at %s at %s's: %s. %s\n"
            "Dx: %s. %s\n\nWhat I want to check:\n- access (%d outdoor steps, no ramp)\n- bathroom: tub only, transfer bench + grab bar needed\n"
            "- bed and chair height\n- kitchen: simple meal prep %s\n\nAdapted transport is booked. Can you come to assess the stairs?\n\n%s") % (
            greet(ctx, to[0]["given"]), ldate(ctx, d), hhmm(ctx, R.randrange(9, 15), 0), nm, ctx.addr(p),
            ctx.t("Tél. : %s", "Phone: %s") % ctx.tel(p) if chance(0.6) else "", ctx.dx(p, 0), ctx.t("Situation : ", "Situation: ") + ctx.social_home(p),
            R.randrange(3, 15), ctx.t("(hémiparésie, négligence G?)", "(hemiparesis, L neglect?)") if "AVC" in p.dxs[0][0] else "", closing(ctx))
        subj = pick([ctx.t("VAD %s", "Home visit %s") % nm, ctx.t("Visite à domicile - %s", "Home visit - %s") % p.surname,
                     ctx.t("VAD jeudi", "HV Thursday")])
    elif p.setting == "peds":
        school = pick(["École primaire des Tournesols", "École Saint-Joseph", "Valmont Elementary"])
        body = ctx.t(
            "%s\n\nSuite à mon évaluation de %s (%s), voici mes recommandations pour l'école (%s) :\n"
            "- %s\n- chaise avec appui-pieds et coussin dynamique\n- ordinateur/portable pour les travaux écrits longs\n- pauses motrices aux 30 min\n"
            "- ciseaux adaptés\n\nDx : %s. %s\nLes parents sont d'accord pour que je contacte l'enseignante.\n\n%s",
            "%s\n\nFollowing my assessment of %s (%s), here are my recommendations for school (%s):\n"
            "- %s\n- chair with footrest and wedge cushion\n- laptop for long written work\n- movement breaks every 30 min\n- adapted scissors\n\n"
            "Dx: %s. %s\nParents agreed that I contact the teacher.\n\n%s") % (
            greet(ctx), nm, ctx.ident_line(p, ["dob"]), school,
            ctx.t("tiers de temps supplémentaire aux examens", "extra time on exams"), ctx.dx(p, 0),
            ctx.t("Contexte : ", "Context: ") + ctx.social(p) if chance(0.6) else "", closing(ctx))
        subj = ctx.t("Recommandations ergo - %s", "OT recommendations - %s") % nm
    else:
        body = ctx.t(
            "%s\n\nÉvaluation du positionnement faite pour %s %s. %s\n"
            "Recommandations : fauteuil roulant basculant (Tilt) avec coussin à air, appui-tête, ceinture pelvienne (non-contention, consentement obtenu - "
            "%s). Assise max 2 h. Alimentation : cuillère à manche grossi, assiette à rebord.\n%s\n\n%s",
            "%s\n\nSeating assessment done for %s %s. %s\n"
            "Recommendations: tilt wheelchair with air cushion, headrest, pelvic belt (not a restraint, consent from %s obtained). "
            "Max 2 h sitting. Feeding: built-up spoon, plate guard.\n%s\n\n%s") % (
            greet(ctx), nm, ctx.room(p), ctx.t("Dx : ", "Dx: ") + ", ".join(ctx.dx_list(p, 2)),
            p.family["rel_fr"] if ctx.fr else p.family["rel_en"], pick(["", ctx.t("Mandataire : ", "Mandatary: ") + p.family["name"]]), closing(ctx))
        subj = ctx.t("Positionnement %s", "Seating %s") % (p.room or nm)
    return finish(ctx, "ergo", subj, body, sender, to)


def pos_transfer(ctx):
    p = pick_patient(("chsld", "chsld", "rehab"))
    hosp = pick(HOSPITALS)[0 if ctx.fr else 1]
    sender = new_staff(pick(["inf", "asi"]), ctx.lang, p.site)
    nm = ctx.pname(p, pick(["full", "last_first", "upper", "plain"]))
    k = R.randrange(5)
    if k == 0:
        n = R.randrange(78, 88)
        reason = ("désaturation %d%% AA, T° 38,7, râles base D, pneumonie d'aspiration?" % n, "desat %d%% RA, T 38.7, crackles R base, aspiration pneumonia?" % n)
    elif k == 1:
        reason = ("douleur hanche G post-chute, raccourcissement et rotation externe, fx col fémoral?", "L hip pain after fall, shortened and externally rotated, ?hip fx")
    elif k == 2:
        n = R.randrange(62, 86)
        reason = ("méléna x2, pâleur, Hb %d (vs 112 il y a 1 mois)" % n, "melena x2, pale, Hb %d (112 a month ago)" % n)
        ctx.add("lab_result")
    elif k == 3:
        n = R.randrange(8, 14)
        reason = ("altération de l'état de conscience, glycémie 2,1 puis normale, AVC? (GCS %d)" % n, "decreased LOC, CBG 2.1 then normal, ?stroke (GCS %d)" % n)
        ctx.add("lab_result")
    else:
        n = R.randrange(104, 138)
        reason = ("DRS depuis 30 min, diaphorèse, ECG anormal (FC %d)" % n, "chest pain x 30 min, diaphoretic, abnormal ECG (HR %d)" % n)
    ctx.add("diagnosis")
    rx = ctx.med_list(p, R.randrange(3, 6))
    if ctx.fr:
        lines = ["Transfert vers l'urgence de l'%s - %s" % (hosp, ldate(ctx, rand_date().date())),
                 "Usager : %s, %d ans, %s" % (nm, p.age, ctx.room(p)),
                 ctx.ident_line(p, ["nam", "dob"] if p.nam else ["dob", "mrn"]),
                 "Motif : " + reason[0], "SV au départ : " + vitals(ctx),
                 "ATCD : " + ", ".join(ctx.dx_list(p, 3)), "Allergies : " + ctx.allergy(p),
                 "Rx actuelle : " + "; ".join(rx), "Niveau de soins : %s" % p.niveau,
                 "Répondant : %s (%s) %s" % (p.family["name"], p.family["rel_fr"], p.family["phone"]),
                 pick(["Transport ambulancier demandé à %s." % hhmm(ctx), "Départ en ambulance à %s, copie FADM + PTI envoyés." % hhmm(ctx)])]
    else:
        lines = ["Transfer to %s ER - %s" % (hosp, ldate(ctx, rand_date().date())),
                 "Resident: %s, %d y.o., %s" % (nm, p.age, ctx.room(p)),
                 ctx.ident_line(p, ["nam", "dob"] if p.nam else ["dob", "mrn"]),
                 "Reason: " + reason[1], "VS at departure: " + vitals(ctx),
                 "Hx: " + ", ".join(ctx.dx_list(p, 3)), "Allergies: " + ctx.allergy(p),
                 "Current meds: " + "; ".join(rx), "Level of care: %s" % p.niveau,
                 "Contact: %s (%s) %s" % (p.family["name"], p.family["rel_en"], p.family["phone"]),
                 pick(["Ambulance called at %s." % hhmm(ctx), "Left by ambulance at %s, MAR + care plan copies sent." % hhmm(ctx)])]
    if chance(0.35):
        lines.append(ctx.t("Particularité : ", "Note: ") + ctx.social(p))
    atts = []
    fmt = pick(["text", "text", "pdf", "pdf", "docx"])
    subj = pick([ctx.t("Transfert urgence - %s", "ER transfer - %s") % nm, ctx.t("transfert %s ce matin", "transfer %s this am") % p.surname,
                 ctx.t("Résident transféré à l'%s", "Resident sent to %s") % hosp, ctx.t("TRANSFERT", "TRANSFER") + " " + (p.room or "")])
    to = [("Urgence - liaison" if ctx.fr else "ER liaison", "liaison.urgence@%s" % CISSS_DOM)]
    if fmt == "text":
        body = greet(ctx) + "\n\n" + ctx.t("Info pour le transfert :", "Transfer info:") + "\n\n" + "\n".join(lines[1:]) + "\n\n" + closing(ctx)
    else:
        title = ctx.t("Formulaire de transfert interétablissements", "Inter-facility transfer form")
        fn = ctx.t("transfert_%s", "transfer_%s") % slug(pick([p.surname, p.surname + "_" + p.given, p.room or "res", "urgence"]))
        if fmt == "pdf":
            atts.append(Att(fn + ".pdf", make_pdf(title, lines, sender["name"])))
        else:
            atts.append(Att(fn + ".docx", make_docx(title, lines, None, sender["name"])))
        body = greet(ctx) + "\n\n" + ctx.t("Formulaire de transfert ci-joint. %s part en ambulance d'ici 30 min.", "Transfer form attached. %s leaves by ambulance within 30 min.") % (
            ctx.pname(p, "title_last") if chance(0.6) else ctx.t("Le résident" if p.setting == "chsld" else "L'usager", "The resident" if p.setting == "chsld" else "The patient")) + "\n\n" + closing(ctx)
        ctx.note("transfer form attached")
    return finish(ctx, "transfer", subj, body, sender, to, cc=[new_staff("asi", ctx.lang, p.site)] if chance(0.4) else [], atts=atts, priority=chance(0.4))


def pos_labs(ctx):
    p = pick_patient(("chsld", "chsld", "rehab"))
    sender = new_staff(pick(["inf", "asi", "md", "pharm"]), ctx.lang, p.site)
    if chance(0.25):
        nm = ctx.id_only(p)
        ctx.note("identifier only, no name")
    else:
        nm = ctx.pname(p, pick(["full", "title_last", "last_first", "plain", "initial"]))
    v = pick(["inr", "renal", "cbc", "culture", "multi"])
    to = [new_staff(pick(["md", "inf", "pharm", "asi"]), ctx.lang, p.site)]
    if v == "inr":
        inr = ctx.lab("inr")
        body = ctx.t("%s\n\nRésultat reçu : %s pour %s (%s), sous warfarine %s mg DIE. Cible 2-3.\n%s\nReprendre INR %s.\n\n%s",
                     "%s\n\nResult in: %s for %s (%s), on warfarin %s mg daily. Target 2-3.\n%s\nRepeat INR %s.\n\n%s") % (
            greet(ctx), inr, nm, ctx.room(p), pick(["2", "3", "4", "2,5" if ctx.fr else "2.5"]),
            pick(ctx.t(["Dre Giroux avisée : cesser la dose ce soir et demain.", "Md avisé : diminuer à 2 mg.", "Pas de saignement observé."],
                       ["Dr notified: hold tonight and tomorrow.", "MD aware: decrease to 2 mg.", "No bleeding observed."])),
            ctx.t("jeudi", "Thursday"), closing(ctx))
        ctx.add("medication")
        subj = pick(["INR %s" % p.surname, ctx.t("INR élevé", "High INR"), "INR " + (p.room or "")])
    elif v == "renal":
        body = ctx.t("%s\n\nBilan de %s : %s, %s, DFGe %d. Baisse depuis le dernier (créat 98 en mars).\n"
                     "Elle/il est sous %s et %s, est-ce qu'on ajuste? Connu%s %s.\n\n%s",
                     "%s\n\nBloodwork for %s: %s, %s, eGFR %d. Down from last (creat 98 in March).\n"
                     "On %s and %s, should we adjust? Known %s.\n\n%s") % (
            (greet(ctx), nm, ctx.lab("creat"), ctx.lab("k"), R.randrange(18, 45), ctx.med(p, 0), ctx.med(p, 2), ctx.e(p), ctx.dx(p, 0), closing(ctx)) if ctx.fr else
            (greet(ctx), nm, ctx.lab("creat"), ctx.lab("k"), R.randrange(18, 45), ctx.med(p, 0), ctx.med(p, 2), ctx.dx(p, 0), closing(ctx)))
        body = body.replace("Elle/il", cap(ctx.he(p)))
        subj = ctx.t("Résultats labo %s", "Labs %s") % nm
    elif v == "cbc":
        body = ctx.t("%s\n\nFSC de ce matin pour %s : %s, %s, plaquettes %d. %s\nOn attend la décision pour transfusion ou fer IV.\n\n%s",
                     "%s\n\nCBC this am for %s: %s, %s, platelets %d. %s\nWaiting for decision re: transfusion or IV iron.\n\n%s") % (
            greet(ctx), nm, ctx.lab("hb"), ctx.lab("gb"), R.randrange(90, 420),
            ctx.t("Attention : ", "Note: ") + ctx.social(p) if chance(0.3) else "", closing(ctx))
        subj = ctx.t("FSC %s", "CBC %s") % p.surname
    elif v == "culture":
        body = ctx.t("%s\n\n%s pour %s %s. Sensible à nitrofurantoïne, résistant à ciprofloxacine. "
                     "Md a prescrit Macrobid 100 mg BID x 5 j, 1re dose donnée à %s.\n\n%s",
                     "%s\n\n%s for %s %s. Sensitive to nitrofurantoin, resistant to cipro. MD ordered Macrobid 100 mg BID x 5 d, first dose at %s.\n\n%s") % (
            greet(ctx), cap(ctx.lab("uc")), nm, ctx.room(p), hhmm(ctx), closing(ctx))
        ctx.add("medication", "diagnosis")
        subj = ctx.t("Culture urine %s", "Urine culture %s") % (p.room or p.surname)
    else:
        rows = [(ctx.t("Analyse", "Test"), ctx.t("Résultat", "Result"), ctx.t("Réf.", "Ref."))]
        for k, ref in [("hb", "120-160"), ("creat", "50-100"), ("na", "135-145"), ("k", "3,5-5,0" if ctx.fr else "3.5-5.0"), ("alb", "35-50"), ("crp", "< 5")]:
            if chance(0.8):
                r = ctx.lab(k)
                rows.append((r.split(" ")[0], " ".join(r.split(" ")[1:]), ref))
        body = greet(ctx) + "\n\n" + ctx.t("Résultats pour %s (%s) :", "Results for %s (%s):") % (nm, ctx.ident_line(p)) + "\n\n" + text_table(rows[0], rows[1:]) + "\n\n" + closing(ctx)
        subj = ctx.t("Prise de sang %s", "Bloodwork %s") % nm
        html = html_table(rows[0], rows[1:], greet(ctx) + "\n" + ctx.t("Résultats pour %s :", "Results for %s:") % nm, closing(ctx))
        return finish(ctx, "labs", subj, body, sender, to, html=html, mode=pick(["alt", "html"]))
    return finish(ctx, "labs", subj, body, sender, to)


def pos_transport(ctx):
    p = pick_patient(("rehab", "rehab", "peds", "chsld"))
    sender = new_staff(pick(["adm", "inf", "asi"]), ctx.lang, p.site)
    nm = ctx.pname(p, pick(["full", "plain", "last_first"]))
    d = rand_date().date()
    clinic = pick(ctx.t(["clinique d'orthopédie", "clinique de cardiologie", "ophtalmologie", "clinique externe de neurologie", "radiologie (scan)", "clinique des plaies"],
                        ["orthopedic clinic", "cardiology clinic", "ophthalmology", "neurology outpatient clinic", "radiology (CT)", "wound clinic"]))
    hosp = pick(HOSPITALS)[0 if ctx.fr else 1]
    mob = pick(ctx.t(["fauteuil roulant", "marchette", "civière", "fauteuil roulant + O2 2 L"], ["wheelchair", "walker", "stretcher", "wheelchair + O2 2 L"]))
    dob_s = ctx.dob(p) if chance(0.6) else ""
    pick_addr = ctx.addr(p) if p.setting != "chsld" else p.site["addr"]
    pick_tel = ctx.tel(p) if p.setting != "chsld" else site_tel(p.site)
    if ctx.fr:
        lines = ["Nom : %s" % nm, ("Date de naissance : %s" % dob_s) if dob_s else "",
                 "Adresse de prise en charge : %s" % pick_addr, "Téléphone : %s" % pick_tel,
                 "RDV : %s à %s, %s - %s" % (fr_date(d), hhmm(ctx, R.randrange(8, 15)), clinic, hosp),
                 "Mobilité : %s" % mob, "Accompagnateur : %s" % pick(["oui (%s)" % p.family["rel_fr"], "non", "préposé de l'établissement"]),
                 "Retour : %s" % pick(["même journée, vers 15h", "à confirmer", "ouvert"])]
    else:
        lines = ["Name: %s" % nm, ("DOB: %s" % dob_s) if dob_s else "",
                 "Pickup address: %s" % pick_addr, "Phone: %s" % pick_tel,
                 "Appointment: %s at %s, %s - %s" % (en_date(d), hhmm(ctx, R.randrange(8, 15)), clinic, hosp),
                 "Mobility: %s" % mob, "Escort: %s" % pick(["yes (%s)" % p.family["rel_en"], "no", "staff member"]),
                 "Return: %s" % pick(["same day around 3 pm", "TBC", "open"])]
    if chance(0.5) or "patient_contact" not in ctx.types:
        k = R.randrange(3)
        if k == 0:
            part = ctx.dx(p, 0)
        elif k == 1:
            part = ctx.t("%s, désorienté%s" % (ctx.dx(p, 0), ctx.e(p)), "%s, disoriented" % ctx.dx(p, 0))
        else:
            part = ctx.t("diabétique, apporter collation", "diabetic, bring a snack")
            ctx.add("diagnosis")
        lines.append(ctx.t("Particularités : %s", "Notes: %s") % part)
    lines = [l for l in lines if l]
    body = greet(ctx) + "\n\n" + ctx.t("J'aimerais réserver un transport adapté :", "I'd like to book adapted transport:") + "\n\n" + "\n".join(lines) + "\n\n" + closing(ctx)
    to = [("Transport adapté Valmont" if ctx.fr else "Valmont Paratransit", "reservations@ta-valmont.example")]
    subj = pick([ctx.t("Réservation transport - %s", "Transport booking - %s") % nm, ctx.t("Demande de transport %s", "Transport request %s") % fr_date(d, False),
                 ctx.t("transport RDV %s", "ride for appt %s") % p.surname])
    return finish(ctx, "transport", subj, body, sender, to)


def pos_social(ctx):
    p = pick_patient(("chsld", "rehab", "chsld", "peds"))
    sender = new_staff("ts", ctx.lang, p.site)
    nm = ctx.pname(p, pick(["full", "plain", "last_first", "title_last"]))
    if p.setting == "chsld":
        v = pick(["curatelle", "abuse", "sin", "sin", "sin"])
    elif p.setting == "rehab":
        v = pick(["discharge", "sin", "saaq"])
    else:
        v = "peds"
    to = [new_staff(pick(["chef", "asi", "md", "ts"]), ctx.lang, p.site)]
    if v == "curatelle":
        body = ctx.t("%s\n\nPour %s (%s) : l'évaluation psychosociale est terminée et l'évaluation médicale conclut à l'inaptitude (%s). "
                     "La demande d'ouverture de régime de protection sera déposée au Curateur public la semaine prochaine. %s.\n"
                     "La famille a été informée. Merci de ne pas discuter des finances avec le neveu qui appelle au poste.\n\n%s",
                     "%s\n\nRe %s (%s): psychosocial assessment done and the medical assessment concludes incapacity (%s). "
                     "The protective supervision application goes to the Public Curator next week. %s.\n"
                     "Family informed. Please don't discuss finances with the nephew who keeps calling the unit.\n\n%s") % (
            greet(ctx), nm, ctx.ident_line(p, ["dob"]), next((d[0 if ctx.fr else 1] for d in p.dxs if "TNC" in d[0] or "Alzheimer" in d[0] or "démence" in d[0]),
                                                            ctx.t("trouble neurocognitif majeur", "major neurocognitive disorder")),
            pick(ctx.t(["Aucun proche n'accepte d'être représentant", "Les enfants sont en désaccord sur la gestion des biens", "Le seul proche vit à l'étranger"],
                       ["No relative is willing to act as representative", "The children disagree about managing the assets", "The only relative lives abroad"])), closing(ctx))
        ctx.add("diagnosis", "social_information")
        subj = ctx.t("Régime de protection - %s", "Protective supervision - %s") % nm
    elif v == "abuse":
        body = ctx.t("%s\n\nSignalement à la suite de la rencontre d'hier : %s nous a confié que son %s retire de l'argent de son compte sans son accord "
                     "et qu'elle/il a peur de lui/elle. %s. J'ai ouvert un dossier selon la politique de lutte contre la maltraitance. "
                     "Merci de noter toute visite et de ne donner aucune information par téléphone. Consulter le plan d'intervention.\n\n%s",
                     "%s\n\nReport following yesterday's meeting: %s told us her/his %s has been withdrawing money without consent "
                     "and that she/he is afraid of them. %s. I opened a file under the anti-mistreatment policy. "
                     "Please log all visits and give no information by phone.\n\n%s") % (
            greet(ctx), nm, pick(["neveu", "fils", "petit-fils"]) if ctx.fr else pick(["nephew", "son", "grandson"]),
            ctx.t("Connu%s pour %s" % (ctx.e(p), ctx.dx(p, 0)), "Known %s" % ctx.dx(p, 0)), closing(ctx))
        body = body.replace("elle/il", ctx.he(p)).replace("she/he", ctx.he(p)).replace("her/his", ctx.his(p) if not ctx.fr else "").replace("lui/elle", "lui")
        ctx.add("social_information")
        subj = ctx.t("CONFIDENTIEL - situation de maltraitance", "CONFIDENTIAL - mistreatment situation")
    elif v == "discharge":
        body = ctx.t("%s\n\nCongé prévu de %s le %s. Retour à domicile : %s. %s.\n"
                     "Services CLSC demandés : SAD 2x/sem (bain), popote roulante, ergo à domicile. %s\n\n%s",
                     "%s\n\nDischarge planned for %s on %s. Going home: %s. %s.\n"
                     "CLSC services requested: home care 2x/wk (bathing), meals on wheels, home OT. %s\n\n%s") % (
            greet(ctx), nm, ldate(ctx, rand_date().date(), False), ctx.addr(p), cap(ctx.social(p)),
            ctx.t("Dx principal : ", "Main dx: ") + ctx.dx(p, 0), closing(ctx))
        subj = ctx.t("Planification de congé - %s", "Discharge planning - %s") % nm
        to.append(("SAD CLSC Valmont" if ctx.fr else "CLSC Valmont home care", "sad.clsc@%s" % CISSS_DOM))
    elif v == "saaq":
        body = ctx.t("%s\n\nPour la réclamation SAAQ de %s (accident du %s) : l'agent demande le rapport d'évolution et le NAS pour l'indemnité de remplacement du revenu. "
                     "NAS : %s. Dx : %s. %s.\nJe joins le formulaire dès que le md l'a signé.\n\n%s",
                     "%s\n\nFor %s's SAAQ claim (accident on %s): the agent needs the progress report and SIN for income replacement. "
                     "SIN: %s. Dx: %s. %s.\nI'll attach the form once the MD signs it.\n\n%s") % (
            greet(ctx), nm, ldate(ctx, rand_date().date(), False), ctx.sin(p), ctx.dx(p, 0), cap(ctx.social(p)), closing(ctx))
        subj = ctx.t("SAAQ - %s", "SAAQ - %s") % p.surname
        to = [("Agente d'indemnisation SAAQ" if ctx.fr else "SAAQ claims agent", "indemnisation@saaq-valmont.example")]
    elif v == "sin":
        body = ctx.t("%s\n\nPour compléter la demande de supplément de revenu garanti et la rente du conjoint survivant de %s, "
                     "j'ai besoin d'une copie de la carte d'assurance sociale. Le NAS que nous avons au dossier : %s. "
                     "%s. Date de naissance %s.\nPouvez-vous vérifier avec la famille?\n\n%s",
                     "%s\n\nTo complete the GIS application and survivor's pension for %s, I need a copy of the social insurance card. "
                     "SIN on file: %s. %s. Date of birth %s.\nCan you check with the family?\n\n%s") % (
            greet(ctx), nm, ctx.sin(p), cap(ctx.social(p)), ctx.dob(p), closing(ctx))
        subj = ctx.t("Demande SRG - %s", "GIS application - %s") % p.surname
        to = [("Agente administrative - finances résidents" if ctx.fr else "Resident finance clerk", "finances.residents@%s" % CISSS_DOM)]
    else:
        f = p.family
        body = ctx.t("%s\n\nSuivi famille de %s (%s) : %s. La %s m'a dit qu'elle n'arrive plus à venir aux thérapies 3x/sem sans transport. "
                     "Je fais la demande d'allocation pour enfant handicapé (SEHNSC) et on regarde le transport scolaire adapté. Dx : %s.\n\n%s",
                     "%s\n\nFamily follow-up for %s (%s): %s. The %s says she can no longer bring the child to therapy 3x/wk without transport. "
                     "I'm applying for the disabled child supplement and looking at adapted school transport. Dx: %s.\n\n%s") % (
            greet(ctx), nm, ctx.ident_line(p, ["dob"]), ctx.social(p), f["rel_fr"] if ctx.fr else f["rel_en"], ctx.dx(p, 0), closing(ctx))
        subj = ctx.t("Suivi psychosocial %s", "Psychosocial follow-up %s") % p.given
    return finish(ctx, "social", subj, body, sender, to)


def pos_nutrition(ctx):
    p = pick_patient(("chsld", "chsld", "rehab"))
    sender = new_staff("nutri", ctx.lang, p.site)
    nm = ctx.pname(p, pick(["full", "title_last", "last_first", "plain"]))
    kg = R.uniform(2.5, 7.5)
    dec = (lambda x: ("%.1f" % x).replace(".", ",")) if ctx.fr else (lambda x: "%.1f" % x)
    if ctx.fr:
        lines = ["Évaluation nutritionnelle - %s %s" % (nm, ctx.room(p)),
                 "Poids : %s kg (perte de %s kg en %d sem, %d %%)" % (dec(R.uniform(41, 78)), dec(kg), R.randrange(4, 13), R.randrange(5, 12)),
                 "Dx pertinents : %s" % ", ".join(ctx.dx_list(p, 2)),
                 pick(["Dysphagie ++ depuis AVC, toux aux liquides.", "Difficulté de mastication, prothèse mal ajustée.", "Refus alimentaire en lien avec TNC."]),
                 "Plan : texture %s, liquides %s, %s." % (pick(["IDDSI 4 (purée)", "IDDSI 5 (haché humide)", "IDDSI 6 (tendre)"]),
                                                         pick(["épaissis niveau 2", "épaissis niveau 3", "clairs"]), pick(["Ensure Plus 2x/j", "Resource 2.0 120 mL TID", "Beneprotein au déjeuner"]))]
        if chance(0.6):
            lines.append("Labo : %s" % ", ".join([ctx.lab("alb"), ctx.lab(pick(["hb", "glyc", "hba1c"]))]))
        if chance(0.5):
            lines.append("Suppléments : %s" % pick(["vitamine D 10 000 UI/sem", "sulfate ferreux 300 mg DIE", "B12 1000 mcg IM/mois"]))
            ctx.add("medication")
        lines.append(pick(["Peser q semaine.", "Relevé alimentaire x 3 j svp.", "Aide totale aux repas, position 90°."]))
    else:
        lines = ["Nutrition assessment - %s %s" % (nm, ctx.room(p)),
                 "Weight: %s kg (lost %s kg in %d wks, %d%%)" % (dec(R.uniform(41, 78)), dec(kg), R.randrange(4, 13), R.randrange(5, 12)),
                 "Relevant dx: %s" % ", ".join(ctx.dx_list(p, 2)),
                 pick(["Dysphagia since stroke, coughs with thin fluids.", "Chewing difficulty, ill-fitting dentures.", "Food refusal related to dementia."]),
                 "Plan: %s texture, %s fluids, %s." % (pick(["IDDSI 4 (pureed)", "IDDSI 5 (minced & moist)", "IDDSI 6 (soft)"]),
                                                      pick(["mildly thick", "moderately thick", "thin"]), pick(["Ensure Plus BID", "Resource 2.0 120 mL TID", "Beneprotein at breakfast"]))]
        if chance(0.6):
            lines.append("Labs: %s" % ", ".join([ctx.lab("alb"), ctx.lab(pick(["hb", "glyc", "hba1c"]))]))
        if chance(0.5):
            lines.append("Supplements: %s" % pick(["vitamin D 10,000 IU weekly", "ferrous sulfate 300 mg daily", "B12 1000 mcg IM monthly"]))
            ctx.add("medication")
        lines.append(pick(["Weigh weekly.", "3-day food record please.", "Full assist at meals, 90 degrees upright."]))
    ctx.add("diagnosis")
    body = greet(ctx) + "\n\n" + "\n".join(lines) + "\n\n" + closing(ctx)
    subj = pick([ctx.t("Nutrition - %s", "Nutrition - %s") % nm, ctx.t("Perte de poids %s", "Weight loss %s") % (p.room or p.surname),
                 ctx.t("changement de texture %s", "texture change %s") % p.surname])
    to = [new_staff(pick(["inf", "asi", "alim"]), ctx.lang, p.site)]
    if chance(0.3):
        to.append(("Service alimentaire" if ctx.fr else "Food services", "cuisine.%s@%s" % (slug(p.site["short"]).lower(), CISSS_DOM)))
    return finish(ctx, "nutrition", subj, body, sender, to)


def pos_admission(ctx):
    p = pick_patient(("chsld", "rehab", "rehab", "chsld"))
    hosp = pick(HOSPITALS)[0 if ctx.fr else 1]
    sender = new_staff(pick(["asi", "chef", "adm", "cons"]), ctx.lang, p.site)
    nm = ctx.pname(p, pick(["last_first", "full", "upper", "plain"]))
    fields = []
    L = ctx.fr
    fields.append((ctx.t("Nom", "Name"), nm))
    fields.append((ctx.t("Date de naissance", "DOB"), ctx.dob(p)))
    if p.nam and chance(0.8):
        fields.append(("NAM", ctx.nam(p)))
    if chance(0.5):
        fields.append((ctx.t("No dossier", "MRN"), ctx.mrn(p)))
    if p.setting == "rehab" and p.sin and chance(0.5):
        fields.append((ctx.t("NAS (dossier SAAQ/CNESST)", "SIN (SAAQ/CNESST claim)"), ctx.sin(p)))
    elif p.setting == "chsld" and p.sin and chance(0.4):
        fields.append((ctx.t("NAS (calcul de la contribution)", "SIN (for contribution calculation)"), ctx.sin(p)))
    fields.append((ctx.t("Provenance", "From"), "%s, %s" % (hosp, pick(["7e médecine", "UCDG", "ortho 5e", "neuro 6e"] if L else ["7th med", "geriatric unit", "ortho 5", "neuro 6"]))))
    fields.append((ctx.t("Dx principal", "Main dx"), ctx.dx(p, 0)))
    fields.append((ctx.t("ATCD", "PMHx"), ", ".join(ctx.dx_list(p, 3, 1)) if len(p.dxs) > 1 else "-"))
    fields.append(("Allergies", ctx.allergy(p)))
    fields.append(("Rx", "; ".join(ctx.med_list(p, R.randrange(3, 6)))))
    fields.append((ctx.t("Niveau de soins", "Level of care"), p.niveau))
    fields.append((ctx.t("Mobilité", "Mobility"), pick(ctx.t(["aide x1 + marchette", "lève-personne", "autonome FR", "aide x2"], ["1 assist + walker", "mechanical lift", "independent w/c", "2 assist"]))))
    if chance(0.6):
        fields.append((ctx.t("Répondant", "Contact"), "%s (%s) %s" % (p.family["name"], p.family["rel_fr"] if L else p.family["rel_en"], p.family["phone"])))
    if chance(0.5):
        fields.append((ctx.t("Psychosocial", "Psychosocial"), ctx.social(p)))
    if chance(0.6) and p.setting != "chsld":
        fields.append((ctx.t("Adresse", "Address"), ctx.addr(p)))
        if chance(0.5):
            fields.append((ctx.t("Tél. domicile", "Home phone"), ctx.tel(p)))
    elif p.setting == "chsld" and chance(0.3):
        fields.append((ctx.t("Adresse antérieure", "Previous address"), ctx.addr(p)))
    d = rand_date().date()
    fmt = pick(["text", "docx", "pdf", "text"])
    unit = ctx.unit(p)
    subj = pick([ctx.t("Admission %s %s", "Admission %s %s") % (unit, ldate(ctx, d, False)), ctx.t("Nouvelle admission - %s", "New admission - %s") % nm,
                 ctx.t("Admission prévue demain", "Admission tomorrow"), ctx.t("Arrivée de %s", "Incoming: %s") % p.surname])
    atts = []
    if fmt == "text":
        body = greet(ctx) + "\n\n" + ctx.t("Admission confirmée pour %s en avant-midi, chambre %s :", "Admission confirmed for %s morning, room %s:") % (
            ldate(ctx, d), p.room or "?") + "\n\n" + "\n".join("%s : %s" % f if L else "%s: %s" % f for f in fields) + "\n\n" + closing(ctx)
    else:
        title = ctx.t("Fiche d'admission", "Admission sheet")
        lines = ["%s : %s" % f if L else "%s: %s" % f for f in fields]
        fn = ctx.t("admission_%s", "admission_%s") % slug(pick([p.surname, "%s_%s" % (p.surname, p.given), unit.split(" ")[0]]))
        if ctx.fr and chance(0.4):
            fn = "Fiche d'admission - %s %s" % (p.given, p.surname)
        if fmt == "docx":
            atts.append(Att(fn + ".docx", make_docx(title, [], [[a, b] for a, b in fields], sender["name"])))
        else:
            atts.append(Att(fn + ".pdf", make_pdf(title, lines, sender["name"])))
        body = greet(ctx) + "\n\n" + ctx.t("Ci-joint la fiche pour l'admission de %s. Merci de préparer la chambre %s.", "Attached admission sheet for %s. Please prepare room %s.") % (
            ldate(ctx, d), p.room or "") + "\n\n" + closing(ctx)
        ctx.note("admission sheet attached")
    to = [new_staff(pick(["inf", "asi", "nutri", "physio"]), ctx.lang, p.site) for _ in range(R.randrange(1, 4))]
    return finish(ctx, "admission", subj, body, sender, to, atts=atts)


def pos_roster(ctx):
    setting = pick(["chsld", "chsld", "rehab"])
    pts = []
    for _ in range(R.randrange(5, 12)):
        q = pick_patient((setting,), nam=True if chance(0.8) else None)
        if q not in pts:
            pts.append(q)
    sender = new_staff(pick(["asi", "adm", "chef"]), ctx.lang, pts[0].site)
    purpose = pick(["pharm", "diet", "vaccin", "md"])
    hdr = [ctx.t("Ch.", "Rm"), ctx.t("Nom", "Last name"), ctx.t("Prénom", "First name"), "NAM", ctx.t("DDN", "DOB")]
    if purpose == "pharm":
        hdr += ["Allergies", ctx.t("Niveau soins", "Level of care")]
    elif purpose == "diet":
        hdr += [ctx.t("Texture", "Texture"), ctx.t("Diète / Dx", "Diet / Dx")]
    elif purpose == "vaccin":
        hdr += [ctx.t("Influenza", "Flu shot"), ctx.t("Consentement", "Consent")]
    else:
        hdr += [ctx.t("Motif de visite", "Reason for visit")]
    rows = []
    for q in pts:
        r = [q.room or "", q.surname.upper() if chance(0.5) else q.surname, q.given, ctx.nam(q, "plain") if q.nam else "", ctx.dob(q, 0)]
        ctx.add("patient_name")
        if purpose == "pharm":
            r += [ctx.allergy(q), q.niveau]
        elif purpose == "diet":
            r += [pick(["IDDSI 4", "IDDSI 5", "IDDSI 6", "régulière" if ctx.fr else "regular"]), ctx.dx(q, R.randrange(len(q.dxs)))]
        elif purpose == "vaccin":
            r += [pick(["oui", "non", "refus"] if ctx.fr else ["yes", "no", "refused"]), pick([q.family["rel_fr"] if ctx.fr else q.family["rel_en"], ctx.t("résident", "resident")])]
        else:
            k = R.randrange(3)
            r += [ctx.dx(q, 0) if k == 0 else (ctx.t("révision Rx: ", "med review: ") + ctx.med(q, 0) if k == 1 else ctx.lab())]
        rows.append(r)
    fmt = pick(["xlsx", "xlsx", "csv", "html"])
    unit = ctx.unit(pts[0])
    title = {"pharm": ctx.t("Liste des résidents - pharmacie", "Resident list - pharmacy"),
             "diet": ctx.t("Liste des diètes", "Diet list"),
             "vaccin": ctx.t("Campagne influenza - liste", "Flu campaign - list"),
             "md": ctx.t("Tournée médicale", "MD rounds")}[purpose]
    subj = "%s %s" % (title, unit)
    atts = []
    html = None
    if fmt == "xlsx":
        atts.append(Att(slug(title.split(" - ")[0]).lower() + "_" + slug(unit.split(" ")[0]).lower() + ".xlsx", make_xlsx([(unit[:20], [hdr] + rows)], sender["name"])))
        body = greet(ctx) + "\n\n" + ctx.t("Voici la liste à jour (%d résidents).", "Here is the updated list (%d residents).") % len(rows) + "\n\n" + closing(ctx)
    elif fmt == "csv":
        atts.append(Att(slug(title.split(" - ")[0]).lower() + "_" + slug(unit.split(" ")[0]).lower() + ".csv", make_csv([hdr] + rows)))
        body = greet(ctx) + "\n\n" + ctx.t("Extraction en CSV ci-jointe comme demandé.", "CSV export attached as requested.") + "\n\n" + closing(ctx)
    else:
        intro = greet(ctx) + "\n" + ctx.t("Liste pour demain :", "List for tomorrow:")
        html = html_table(hdr, rows, intro, closing(ctx))
        body = intro + "\n\n" + text_table(hdr, rows) + "\n\n" + closing(ctx)
    to = [new_staff(pick(["pharm", "nutri", "md", "inf"]), ctx.lang, sender["site"])]
    ctx.note("%d rows" % len(rows))
    return finish(ctx, "roster", subj, body, sender, to, atts=atts, html=html, mode=("html" if html and chance(0.5) else ("alt" if html else None)), thread=pick([None, None, "fwd"]))


def pos_appt(ctx):
    p = pick_patient(("chsld", "rehab", "peds"))
    sender = new_staff(pick(["adm", "asi", "inf", "ergo"]), ctx.lang, p.site)
    d = rand_date().replace(tzinfo=None, minute=0, second=0)
    d = d.replace(hour=R.randrange(8, 15))
    if p.setting == "peds":
        clinic = pick(ctx.t(["Orthopédie pédiatrique", "Neurologie pédiatrique", "Orthèses-prothèses", "Clinique de spasticité"],
                            ["Paediatric orthopaedics", "Paediatric neurology", "Orthotics & prosthetics", "Spasticity clinic"]))
    elif p.setting == "rehab":
        clinic = pick(ctx.t(["Ortho", "Neurologie", "Orthèses-prothèses", "Physiatrie", "Clinique de chirurgie vasculaire"],
                            ["Ortho", "Neurology", "Orthotics & prosthetics", "Physiatry", "Vascular surgery clinic"]))
    else:
        clinic = pick(ctx.t(["Dermatologie", "Cardiologie", "Clinique de la mémoire", "Ophtalmologie", "Clinique du sein", "Gériatrie"],
                            ["Dermatology", "Cardiology", "Memory clinic", "Ophthalmology", "Breast clinic", "Geriatrics"]))
    nm = ctx.pname(p, pick(["full", "plain", "last_first", "title_last"]))
    k = R.randrange(3)
    if k == 0 or p.setting == "peds":
        reason = ctx.dx(p, 0)
    elif k == 1 and p.setting == "chsld":
        reason = ctx.t("suivi carcinome basocellulaire au nez", "basal cell carcinoma follow-up (nose)")
        ctx.add("diagnosis")
    elif k == 1:
        reason = ctx.t("suivi de %s", "follow-up of %s") % ctx.dx(p, 0)
    else:
        reason = ctx.t("contrôle post-op, retrait d'agrafes", "post-op check, staple removal")
        ctx.add("diagnosis")
    summary = "RDV %s - %s" % (clinic, nm) if ctx.fr else "Appt %s - %s" % (clinic, nm)
    desc = ctx.t("Usager : %s (%s)\nMotif : %s\nAccompagnement : %s\nApporter : liste de Rx, carte RAMQ",
                 "Patient: %s (%s)\nReason: %s\nEscort: %s\nBring: med list, health card") % (
        nm, ctx.ident_line(p, ["nam"] if p.nam and chance(0.6) else ["dob"]), reason,
        p.family["name"] if p.setting == "peds" or chance(0.5) else ctx.t("préposé", "orderly"))
    loc = pick(HOSPITALS)[0 if ctx.fr else 1] + ", " + clinic
    ev = dict(uid="%032x@%s" % (R.getrandbits(128), CISSS_DOM), start=d, end=d + datetime.timedelta(minutes=pick([30, 45, 60])),
              summary=summary if chance(0.7) else "RDV " + p.surname, location=loc, description=desc, organizer=(sender["name"], sender["email"]))
    att = Att("invite.ics" if chance(0.5) else "rdv_%s.ics" % slug(p.surname).lower(), make_ics([ev]))
    body = ctx.t("%s\n\nRDV pour %s le %s à %s. Invitation ci-jointe pour l'agenda de l'unité.\n%s\n\n%s",
                 "%s\n\nAppointment for %s on %s at %s. Invite attached for the unit calendar.\n%s\n\n%s") % (
        greet(ctx), ctx.pname(p, "title_last") if (chance(0.6) and p.setting != "peds") else (p.given if p.setting == "peds" and chance(0.5) else ctx.t("le résident" if p.setting == "chsld" else "l'usager", "the resident" if p.setting == "chsld" else "the client")),
        ldate(ctx, d.date()), hhmm(ctx, d.hour, 0),
        ctx.t("Transport à réserver svp.", "Please book transport.") if chance(0.5) else "", closing(ctx))
    subj = pick([summary, ctx.t("Invitation : ", "Invitation: ") + summary, ctx.t("RDV externe", "Outside appointment")])
    to = [new_staff(pick(["asi", "inf", "adm"]), ctx.lang, p.site)]
    ctx.note("details in ICS")
    return finish(ctx, "appt", subj, body, sender, to, atts=[att], thread=None)


def pos_vcard(ctx):
    p = pick_patient(("rehab", "rehab", "peds"))
    sender = new_staff(pick(["ts", "ergo", "adm", "inf"]), ctx.lang, p.site)
    ctx.add("patient_name", "patient_contact")
    note = ctx.t("Usager réadaptation - congé le %s. Suivi SAD CLSC. Dx : %s", "Rehab client - discharged %s. CLSC home care follow-up. Dx: %s") % (
        ldate(ctx, rand_date().date(), False), ctx.dx(p, 0))
    if chance(0.4):
        note += ctx.t(". %s", ". %s") % ctx.social(p)
    a = p.address
    vc = make_vcard("%s %s" % (p.given, p.surname), "%s;%s;;;" % (p.surname, p.given), tels=[("HOME", p.phone), ("CELL", p.cell)],
                    adr=(a["street"], a["city"], a["postal"]), note=note,
                    bday=p.dob.isoformat() if chance(0.5) else None)
    if "BDAY" in vc.decode("utf-8"):
        ctx.add("date_of_birth")
    att = Att("%s %s.vcf" % (p.given, p.surname) if chance(0.6) else "contact.vcf", vc)
    body = ctx.t("%s\n\nCoordonnées de %s en pièce jointe pour le suivi à domicile. %s\n\n%s",
                 "%s\n\nContact card for %s attached for home follow-up. %s\n\n%s") % (
        greet(ctx), ctx.pname(p, pick(["full", "plain"])) if chance(0.5) else ctx.t("l'usager", "the client"),
        ctx.t("Premier appel à faire dans les 48 h svp.", "Please call within 48 h.") if chance(0.6) else "", closing(ctx))
    subj = pick([ctx.t("Coordonnées usager", "Client contact info"), ctx.t("Contact - %s" % p.surname, "Contact - %s" % p.surname), ctx.t("Congé - suivi SAD", "Discharge - home care f/u")])
    to = [("SAD CLSC Valmont" if ctx.fr else "CLSC Valmont home care", "sad.clsc@%s" % CISSS_DOM)]
    return finish(ctx, "vcard", subj, body, sender, to, atts=[att], thread=None)


def pos_fwdeml(ctx):
    inner_cat = pick(["fall", "labs", "wound", "meds", "transfer", "social"])
    fn = {"fall": pos_fall, "labs": pos_labs, "wound": pos_wound, "meds": pos_meds, "transfer": pos_transfer, "social": pos_social}[inner_cat]
    inner = fn(ctx)
    inner_bytes = inner_eml(inner)
    sender = new_staff(pick(["chef", "asi", "cons", "dir"]), ctx.lang)
    to = [new_staff(pick(["cons", "chef", "md", "pharm"]), ctx.lang)]
    body = pick(ctx.t(["Voir le courriel ci-joint. On en parle à la réunion de gestion.", "Pour ton suivi - courriel original en pièce jointe.",
                       "FYI, voir pièce jointe.", "Je te mets le courriel en pj, peux-tu faire l'analyse?"],
                      ["See attached e-mail. Let's discuss at the management meeting.", "For your follow-up - original e-mail attached.",
                       "FYI see attachment.", "Attaching the e-mail, can you review?"]))
    body = greet(ctx, to[0]["given"]) + "\n\n" + body + "\n\n" + closing(ctx)
    subj = pick([ctx.t("TR: ", "FW: ") + inner["subject"], ctx.t("courriel en pj", "e-mail attached"), ctx.t("À analyser", "For review")])
    att = Att(slug(inner["subject"])[:40] + ".eml" if chance(0.5) else "message.eml", inner_bytes, kind="eml")
    ctx.note("clinical content in attached .eml (%s)" % inner_cat)
    return finish(ctx, "fwdeml", subj, body, sender, to, atts=[att], thread=None)


def pos_zip(ctx):
    p = pick_patient(("chsld", "rehab"))
    sender = new_staff(pick(["asi", "adm", "chef", "ts"]), ctx.lang, p.site)
    nm_file = pick([p.surname, "%s_%s" % (p.surname, p.given), p.room or p.surname])
    files = []
    lines = [ctx.t("Usager : ", "Client: ") + ctx.pname(p, pick(["full", "last_first", "upper"])),
             ctx.ident_line(p, ["nam", "dob"] if p.nam else ["mrn", "dob"]),
             ctx.t("Diagnostics : ", "Diagnoses: ") + ", ".join(ctx.dx_list(p, 3)),
             ctx.t("Médication : ", "Medication: ") + "; ".join(ctx.med_list(p, 4)),
             ctx.t("Allergies : ", "Allergies: ") + ctx.allergy(p)]
    if chance(0.5):
        lines.append(ctx.t("Situation sociale : ", "Social: ") + ctx.social(p))
    if p.sin and chance(0.35):
        lines.append(ctx.t("NAS : ", "SIN: ") + ctx.sin(p))
    files.append((ctx.t("resume_dossier_%s.pdf", "chart_summary_%s.pdf") % slug(nm_file), make_pdf(ctx.t("Résumé de dossier", "Chart summary"), lines, sender["name"])))
    if chance(0.6):
        rows = [[ctx.t("Date", "Date"), ctx.t("Analyse", "Test"), ctx.t("Résultat", "Result")]]
        for _ in range(R.randrange(3, 7)):
            r = ctx.lab()
            rows.append([rand_date().date().isoformat(), r.split(" ")[0], " ".join(r.split(" ")[1:])])
        files.append((ctx.t("labos.csv", "labs.csv"), make_csv(rows)))
    if chance(0.5):
        files.append((ctx.t("PTI_%s.docx", "care_plan_%s.docx") % slug(nm_file),
                      make_docx(ctx.t("Plan thérapeutique infirmier", "Nursing care plan"),
                                [ctx.t("Constat : ", "Finding: ") + ctx.dx(p, 0), ctx.t("Directive : ", "Directive: ") + pick(ctx.t(["mobiliser q2h", "peser die", "surveiller SV q4h"], ["turn q2h", "daily weight", "VS q4h"]))],
                                None, sender["name"])))
    data = make_zip(files)
    zipname = pick([ctx.t("dossier_%s.zip", "file_%s.zip") % slug(nm_file), ctx.t("documents_transfert.zip", "transfer_docs.zip"), "docs.zip"])
    body = greet(ctx) + "\n\n" + pick(ctx.t(["Documents demandés dans le fichier zip ci-joint.", "Voici les documents pour le transfert vers l'autre installation.",
                                              "Tel que discuté, les documents sont dans le zip."],
                                             ["Requested documents in the attached zip.", "Documents for the transfer to the other site.", "As discussed, docs are in the zip."])) + "\n\n" + closing(ctx)
    subj = pick([ctx.t("Documents - %s", "Documents - %s") % p.surname, ctx.t("Documents transfert", "Transfer documents"), ctx.t("Dossier demandé", "Requested file")])
    to = [new_staff(pick(["asi", "adm", "ts", "md"]), ctx.lang)]
    ctx.note("content inside ZIP (%d files)" % len(files))
    return finish(ctx, "zip", subj, body, sender, to, atts=[Att(zipname, data)], thread=pick([None, None, "fwd"]))


def pos_foreign(ctx):
    global _FOREIGN_I
    kind = ["fr", "on", "be", "be", "fr", "on"][_FOREIGN_I % 6]
    _FOREIGN_I += 1
    p = pick_patient(("rehab",), foreign=kind)
    sender = new_staff(pick(["adm", "ts", "asi"]), ctx.lang, SITE_REHAB)
    nm = ctx.pname(p, pick(["full", "plain", "last_first", "upper"]))
    fid = ctx.foreign_id(p)
    if kind == "on":
        body = ctx.t("%s\n\nFacturation hors Québec pour %s, résident%s de l'Ontario, admis%s au %s après %s.\n%s, DDN %s.\n"
                     "Adresse en Ontario : %s, Kingsbridge ON. Merci de préparer la réclamation interprovinciale.\n\n%s",
                     "%s\n\nOut-of-province billing for %s, Ontario resident, admitted to %s after %s.\n%s, DOB %s.\n"
                     "Ontario address: %s, Kingsbridge ON. Please prepare the interprovincial claim.\n\n%s")
        args = ((greet(ctx), nm, ctx.e(p), ctx.e(p), ctx.unit(p), ctx.dx(p, 0), fid, ctx.dob(p), "%d Lakeshore Road" % R.randrange(10, 990), closing(ctx)) if ctx.fr else
                (greet(ctx), nm, ctx.unit(p), ctx.dx(p, 0), fid, ctx.dob(p), "%d Lakeshore Road" % R.randrange(10, 990), closing(ctx)))
        ctx.add("patient_contact")
        body = body % args
        subj = pick([ctx.t("Facturation hors Québec - %s", "Out-of-province billing - %s") % p.surname, "RAMQ/OHIP " + p.surname])
        to = [("Facturation" if ctx.fr else "Billing", "facturation@%s" % CISSS_DOM)]
    else:
        country = ctx.t("Belgique", "Belgium") if kind == "be" else "France"
        body = ctx.t("%s\n\n%s, touriste de %s, transféré%s de l'%s pour réadaptation (%s). %s, né%s le %s.\n"
                     "L'assureur voyage demande le rapport d'évolution et le plan de congé. Rapatriement prévu vers %s.\nMédication actuelle : %s.\n\n%s",
                     "%s\n\n%s, tourist from %s, transferred from %s for rehab (%s). %s, born %s.\n"
                     "Travel insurer requests the progress report and discharge plan. Repatriation planned to %s.\nCurrent meds: %s.\n\n%s")
        city = pick(["Liège", "Gand", "Namur"] if kind == "be" else ["Lyon", "Nantes", "Bordeaux"])
        args = ((greet(ctx), nm, country, ctx.e(p), pick(HOSPITALS)[0], ctx.dx(p, 0), fid, ctx.e(p), ctx.dob(p), city, ", ".join(ctx.med_list(p, 3)), closing(ctx)) if ctx.fr else
                (greet(ctx), nm, country, pick(HOSPITALS)[1], ctx.dx(p, 0), fid, ctx.dob(p), city, ", ".join(ctx.med_list(p, 3)), closing(ctx)))
        body = body % args
        subj = pick([ctx.t("Assurance voyage - %s", "Travel insurance - %s") % nm, ctx.t("Patient %s - rapport", "Patient from %s - report") % country])
        to = [("Assistance Europe Santé", "dossiers@assistance-europe.example"), new_staff("md", ctx.lang, SITE_REHAB)][:R.randrange(1, 3)]
    return finish(ctx, "foreign", subj, body, sender, to)


def pos_mdround(ctx):
    setting = pick(["chsld", "chsld", "rehab"])
    pts = []
    for _ in range(R.randrange(3, 8)):
        q = pick_patient((setting,))
        if q not in pts:
            pts.append(q)
    sender = new_staff(pick(["asi", "inf"]), ctx.lang, pts[0].site)
    md = new_staff("md", ctx.lang, pts[0].site)
    lines = []
    for q in pts:
        k = R.randrange(6)
        if k == 0:
            item = ctx.t("réévaluer %s (somnolence)", "reassess %s (drowsy)") % ctx.med(q, 5)
        elif k == 1:
            item = ctx.t("chutes x%d cette sem., %s", "%d falls this wk, %s") % (R.randrange(2, 4), ctx.dx(q, 0))
        elif k == 2:
            item = ctx.t("%s - à voir", "%s - pls review") % ctx.lab()
        elif k == 3:
            item = ctx.t("famille demande niveau de soins C->D, %s", "family asking to change level of care C->D, %s") % ctx.dx(q, 0)
        elif k == 4:
            item = ctx.t("toux + crépitants base G, Rx ATB?", "cough + crackles L base, ATB?")
            ctx.add("diagnosis")
        else:
            item = ctx.t("renouveler %s", "renew %s") % ctx.med(q, 0)
        lines.append("%s %s - %s" % (q.room or "", ctx.pname(q, pick(["title_last", "last_first2", "full"])), item))
    bullet = pick(["", "- ", "* ", "• "])
    body = greet(ctx, "Dr " + md["last"]) + "\n\n" + ctx.t("Liste pour la tournée de %s :", "List for %s rounds:") % ldate(ctx, rand_date().date()) + "\n\n" + \
        "\n".join(bullet + l for l in lines) + "\n\n" + closing(ctx)
    subj = pick([ctx.t("Tournée médicale %s", "MD rounds %s") % ctx.unit(pts[0]), ctx.t("Liste md jeudi", "list for Thursday rounds"), ctx.t("à voir svp", "to see pls")])
    return finish(ctx, "mdround", subj, body, sender, [md])


def pos_palliatif(ctx):
    p = pick_patient(("chsld",))
    sender = new_staff(pick(["inf", "asi", "md"]), ctx.lang, p.site)
    nm = ctx.pname(p, pick(["full", "title_last", "plain"]))
    v = pick(["decline", "death", "niveau"])
    to = [new_staff(pick(["chef", "asi", "ts", "md"]), ctx.lang, p.site)]
    if v == "decline":
        body = ctx.t("%s\n\n%s (%s) se détériore depuis 48 h : ne s'alimente plus, respiration irrégulière avec pauses, marbrures aux genoux. "
                     "Protocole de détresse au chevet (midazolam + hydromorphone + scopolamine). %s.\n"
                     "La famille est avisée, %s passera la nuit. Chambre individuelle libérée.\n\n%s",
                     "%s\n\n%s (%s) has declined over 48 h: no oral intake, irregular breathing with apneas, mottling at the knees. "
                     "Distress protocol at bedside (midazolam + hydromorphone + scopolamine). %s.\n"
                     "Family aware, %s will stay overnight. Private room freed.\n\n%s") % (
            greet(ctx), nm, ctx.room(p), ctx.t("Connu%s pour " % ctx.e(p), "Known for ") + ", ".join(ctx.dx_list(p, 2)),
            "%s (%s)" % (p.family["given"], p.family["rel_fr"] if ctx.fr else p.family["rel_en"]), closing(ctx))
        ctx.add("medication", "diagnosis")
        subj = ctx.t("Fin de vie - %s", "End of life - %s") % (p.room or nm)
    elif v == "death":
        body = ctx.t("%s\n\nDécès de %s à %s cette nuit, constaté par %s. Famille présente. %s.\nLe salon funéraire viendra vers 10h. "
                     "Merci d'aviser la pharmacie (retour des Rx) et l'admission. Chambre %s disponible après désinfection.\n\n%s",
                     "%s\n\n%s passed away at %s overnight, pronounced by %s. Family present. %s.\nFuneral home coming around 10. "
                     "Please notify pharmacy (return meds) and admissions. Room %s available after cleaning.\n\n%s") % (
            greet(ctx), nm, hhmm(ctx, R.randrange(0, 6)), pick(["l'inf. de nuit", "Dre %s" % pick(FR_LAST)]) if ctx.fr else "night RN",
            ctx.t("Cause probable : ", "Probable cause: ") + pick(ctx.t(["pneumonie d'aspiration", "insuffisance respiratoire", "évolution de la maladie"],
                                                                     ["aspiration pneumonia", "respiratory failure", "disease progression"])) +
            ctx.t(" sur ", " with ") + ctx.dx(p, 0) + ((" - " + ctx.ident_line(p, ["nam", "dob"] if p.nam else ["mrn", "dob"])) if chance(0.5) else ""),
            p.room or "", closing(ctx))
        subj = ctx.t("Décès %s", "Death %s") % pick([nm, p.room or nm])
    else:
        body = ctx.t("%s\n\nSuite à la rencontre avec %s (mandataire), le niveau de soins de %s passe de %s à D (soins de confort). "
                     "Pas de transfert en CH, pas d'ATB IV. %s. Ordonnance signée par Dr %s.\n%s\n\n%s",
                     "%s\n\nAfter meeting with %s (mandatary), %s's level of care changes from %s to D (comfort). "
                     "No hospital transfer, no IV antibiotics. %s. Order signed by Dr %s.\n%s\n\n%s") % (
            greet(ctx), p.family["name"], nm, p.niveau if p.niveau != "D" else "C", ctx.t("Dx : ", "Dx: ") + ctx.dx(p, 0), pick(FR_LAST),
            ctx.t("Contexte familial : ", "Family context: ") + ctx.social(p) if chance(0.5) else "", closing(ctx))
        subj = ctx.t("Niveau de soins %s", "Level of care %s") % nm
    return finish(ctx, "palliatif", subj, body, sender, to)


POS_CATS = [("handoff", pos_handoff, 7), ("family", pos_family, 7), ("fall", pos_fall, 7), ("wound", pos_wound, 6),
            ("meds", pos_meds, 7), ("physio", pos_physio, 6), ("ergo", pos_ergo, 6), ("transfer", pos_transfer, 7),
            ("labs", pos_labs, 7), ("transport", pos_transport, 5), ("social", pos_social, 6), ("nutrition", pos_nutrition, 5),
            ("admission", pos_admission, 6), ("roster", pos_roster, 5), ("appt", pos_appt, 4), ("vcard", pos_vcard, 4),
            ("fwdeml", pos_fwdeml, 5), ("zip", pos_zip, 4), ("foreign", pos_foreign, 6), ("mdround", pos_mdround, 5),
            ("palliatif", pos_palliatif, 5)]
assert sum(c[2] for c in POS_CATS) == N_POS


# ---------------------------------------------------------------------------
# NEGATIVE templates (no patient is identifiable in any of them)
# ---------------------------------------------------------------------------
from stdnum import ean as stdnum_ean  # noqa: E402


def gen_gtin():
    body = "0" + "0" + "".join(pick(DIG) for _ in range(11))
    s = body + stdnum_ean.calc_check_digit(body)
    assert stdnum_ean.is_valid(s)
    return s


def lot_no():
    return pick(["%d%s%05d", "L%d%s%05d", "%d%s%05d-A"]) % (R.randrange(22, 26), pick("ABCDEFGHJKMN"), R.randrange(0, 99999))


def matricule():
    return "%d" % R.randrange(100000, 999999)


def staff_list(lang, roles, n, site=None):
    return [new_staff(pick(roles), lang, site) for _ in range(n)]


def short_name(st, style=None):
    style = style or pick(["full", "init", "last_first", "given"])
    if style == "full":
        return st["name"]
    if style == "init":
        return "%s %s." % (st["given"], st["last"][0])
    if style == "last_first":
        return "%s, %s" % (st["last"].upper(), st["given"])
    return st["given"]


def neg_horaire(ctx, attach=False):
    site = pick(SITES_CHSLD + [SITE_REHAB])
    lang = ctx.lang
    sender = new_staff(pick(["asi", "chef", "adm"]), lang, site)
    unit = pick(UNITS_CHSLD if ctx.fr else UNITS_CHSLD_EN) if site is not SITE_REHAB else pick(PROGS_REHAB)[0 if ctx.fr else 1]
    d0 = rand_date().date()
    d0 = d0 - datetime.timedelta(days=d0.weekday())
    shifts = ctx.t(["Jour 7h-15h", "Soir 15h-23h", "Nuit 23h-7h"], ["Day 0700-1500", "Evening 1500-2300", "Night 2300-0700"])
    rows = []
    for sh in shifts:
        for role in ["inf", "infaux", "pab", "pab"]:
            st = new_staff(role, lang, site)
            rows.append([sh, abbrev_role(st, lang) if role != "pab" else "PAB", short_name(st, pick(["full", "init", "last_first"])),
                         matricule() if attach else ""] + [pick(["X", "X", "", "X", "R"]) for _ in range(7)])
    hdr = [ctx.t("Quart", "Shift"), ctx.t("Titre", "Title"), ctx.t("Employé", "Employee"), ctx.t("Matricule", "Emp. #")] + \
        [(JOURS if ctx.fr else DAYS)[i][:3] + " " + str((d0 + datetime.timedelta(days=i)).day) for i in range(7)]
    notes = []
    for _ in range(R.randrange(1, 4)):
        a, b = new_staff(pick(["inf", "pab", "infaux"]), lang, site), new_staff(pick(["inf", "pab", "infaux"]), lang, site)
        notes.append(pick(ctx.t(["%s en congé maladie jusqu'au %d, remplacé%s par %s (liste de rappel)", "%s en vacances, %s fait ses quarts de soir",
                                 "échange de quart %s / %s approuvé", "%s retour progressif (4h/jour) - ne pas assigner aux transferts lourds"],
                                ["%s off sick until the %d, replaced by %s (call-in list)", "%s on vacation, %s covering evenings",
                                 "shift swap %s / %s approved", "%s on graduated return (4h/day) - no heavy transfers"])))
        n = notes[-1]
        cnt = n.count("%")
        if "%d" in n:
            notes[-1] = n % ((short_name(a), R.randrange(2, 28), "e" if b["female"] else "", short_name(b)) if ctx.fr else (short_name(a), R.randrange(2, 28), short_name(b)))
        elif cnt == 2:
            notes[-1] = n % (short_name(a), short_name(b))
        else:
            notes[-1] = n % short_name(a)
    title = ctx.t("Horaire %s - semaine du %s", "Schedule %s - week of %s") % (unit, ldate(ctx, d0, False))
    intro = greet(ctx, None) + "\n\n" + ctx.t("Voici l'horaire de la semaine prochaine. Merci de vérifier vos quarts et de m'aviser des erreurs avant jeudi.",
                                              "Here's next week's schedule. Please check your shifts and tell me about errors before Thursday.")
    outro = ctx.t("Notes :", "Notes:") + "\n" + "\n".join("- " + n for n in notes) + "\n\n" + ctx.t(
        "Postes à combler : %d quarts de nuit PAB. Temps supplémentaire offert par ancienneté.", "Open shifts: %d PAB nights. Overtime offered by seniority.") % R.randrange(1, 6)
    atts = []
    html = None
    if attach:
        kind = pick(["xlsx", "xlsx", "pdf", "csv"])
        fn = ctx.t("horaire_%s_%s", "schedule_%s_%s") % (slug(unit.split(" ")[0]).lower(), d0.strftime("%Y%m%d"))
        if kind == "xlsx":
            atts.append(Att(fn + ".xlsx", make_xlsx([(ctx.t("Horaire", "Schedule"), [hdr] + rows), (ctx.t("Liste de rappel", "Call-in list"),
                        [[ctx.t("Nom", "Name"), ctx.t("Tél.", "Phone"), ctx.t("Dispo", "Avail.")]] + [[new_staff("pab", lang, site)["name"], phone(), pick(["soir", "nuit", "fds"] if ctx.fr else ["eve", "nights", "wknd"])] for _ in range(6)])], sender["name"])))
        elif kind == "pdf":
            atts.append(Att(fn + ".pdf", make_pdf(title, notes, sender["name"], table=[hdr] + rows)))
        else:
            atts.append(Att(fn + ".csv", make_csv([hdr] + rows)))
        body = intro + "\n\n" + outro + "\n\n" + closing(ctx)
    else:
        rows2 = [r[:3] + r[4:] for r in rows]
        hdr2 = hdr[:3] + hdr[4:]
        body = intro + "\n\n" + text_table(hdr2, rows2) + "\n\n" + outro + "\n\n" + closing(ctx)
        if chance(0.6):
            html = html_table(hdr2, rows2, intro, outro + "\n\n" + closing(ctx))
    to = [(ctx.t("Équipe %s", "%s team") % unit, "equipe.%s@%s" % (slug(unit.split(" ")[0]).lower(), CISSS_DOM))]
    return finish(ctx, "horaire", title if chance(0.6) else ctx.t("Horaire semaine prochaine", "Next week's schedule"), body, sender, to, atts=atts, html=html,
                  mode=("alt" if html else None), positive=False, thread=pick([None, None, None, "reply", "fwd"]))


def neg_horaire_xlsx(ctx):
    return neg_horaire(ctx, attach=True)


ACTIVITIES_FR = ["Bingo", "Zoothérapie (chiens de la SPA)", "Messe", "Musicothérapie", "Atelier de tricot", "Quilles adaptées",
                 "Cinéma : film d'époque", "Chorale des bénévoles", "Jardinage (serre)", "Fête des anniversaires du mois",
                 "Cuisine : biscuits", "Activité sensorielle (Snoezelen)", "Visite des élèves de l'école des Tournesols",
                 "Sortie à la cabane à sucre", "Club de lecture", "Exercices sur chaise"]
ACTIVITIES_EN = ["Bingo", "Pet therapy", "Mass", "Music therapy", "Knitting club", "Adapted bowling", "Movie afternoon",
                 "Volunteer choir", "Gardening (greenhouse)", "Monthly birthday party", "Baking: cookies", "Sensory room (Snoezelen)",
                 "Visit from Valmont Elementary students", "Sugar shack outing", "Book club", "Chair exercises"]


def neg_loisirs(ctx):
    site = pick(SITES_CHSLD)
    sender = new_staff(pick(["loisirs", "benev"]), ctx.lang, site)
    d0 = rand_date().date()
    d0 = d0 - datetime.timedelta(days=d0.weekday())
    acts = ACTIVITIES_FR if ctx.fr else ACTIVITIES_EN
    events = []
    lines = []
    for i in range(R.randrange(5, 10)):
        day = d0 + datetime.timedelta(days=R.randrange(0, 7))
        h = pick([10, 13, 14, 15, 18, 19])
        a = pick(acts)
        room = pick(ctx.t(["salle communautaire", "salon du 2e", "chapelle", "cafétéria", "jardin intérieur"],
                          ["community room", "2nd floor lounge", "chapel", "cafeteria", "atrium"]))
        lines.append((day, h, a, room))
    lines.sort()
    txt = "\n".join("%s %s - %s (%s)" % (ldate(ctx, d, True), hhmm(ctx, h, 0), a, r) for d, h, a, r in lines)
    kind = pick(["text", "ics", "pdf", "html"])
    atts = []
    html = None
    intro = greet(ctx) + "\n\n" + ctx.t("Voici le calendrier des loisirs de la semaine du %s. Merci d'aider les résidents à s'y rendre!",
                                        "Here is the recreation calendar for the week of %s. Please help residents get there!") % ldate(ctx, d0, False)
    outro = ctx.t("Les familles sont les bienvenues. Apportez vos idées pour le mois prochain!", "Families are welcome. Bring your ideas for next month!")
    if kind == "ics":
        for d, h, a, r in lines:
            st = datetime.datetime(d.year, d.month, d.day, h, 0)
            events.append(dict(uid="%032x@%s" % (R.getrandbits(128), CISSS_DOM), start=st, end=st + datetime.timedelta(hours=1),
                               summary=a, location="%s - %s" % (site["short"], r), description=ctx.t("Activité de loisirs", "Recreation activity")))
        atts.append(Att(ctx.t(pick(["calendrier_loisirs.ics", "Calendrier activités.ics"]), "recreation_calendar.ics"), make_ics(events, method="PUBLISH")))
        body = intro + "\n\n" + ctx.t("Le calendrier est en pièce jointe (importable dans Outlook).", "Calendar attached (import into Outlook).") + "\n\n" + outro
    elif kind == "pdf":
        atts.append(Att(ctx.t("loisirs_semaine.pdf", "activities_week.pdf"), make_pdf(ctx.t("Calendrier des loisirs", "Recreation calendar"), txt.split("\n") + ["", outro], sender["name"])))
        body = intro + "\n\n" + ctx.t("Calendrier ci-joint à afficher aux postes et dans les ascenseurs.", "Calendar attached for the stations and elevators.") + "\n\n" + outro
    else:
        body = intro + "\n\n" + txt + "\n\n" + outro
        if kind == "html":
            html = html_table([ctx.t("Jour", "Day"), ctx.t("Heure", "Time"), ctx.t("Activité", "Activity"), ctx.t("Lieu", "Where")],
                              [(ldate(ctx, d, True), hhmm(ctx, h, 0), a, r) for d, h, a, r in lines], intro, outro)
    to = [(ctx.t("Tout le personnel - %s", "All staff - %s") % site["short"], "personnel.%s@%s" % (slug(site["short"]).lower(), CISSS_DOM))]
    subj = pick([ctx.t("Calendrier des loisirs", "Recreation calendar"), ctx.t("Activités de la semaine", "This week's activities"),
                 ctx.t("Loisirs semaine du %s", "Activities week of %s") % ldate(ctx, d0, False)])
    return finish(ctx, "loisirs", subj, body, sender, to, atts=atts, html=html, mode="html" if html else None, positive=False)


MEALS_FR = ["Pâté chinois", "Pâté au saumon, sauce aux oeufs", "Bouilli de légumes", "Poulet à la king", "Macaroni à la viande",
            "Ragoût de boulettes", "Filet de sole, riz", "Soupe aux pois", "Omelette au fromage", "Tourtière", "Pain de viande", "Fèves au lard"]
MEALS_EN = ["Shepherd's pie", "Salmon loaf with egg sauce", "Boiled dinner", "Chicken à la king", "Macaroni and meat sauce",
            "Meatball stew", "Sole fillet with rice", "Pea soup", "Cheese omelette", "Meat pie", "Meatloaf", "Baked beans"]


def neg_menu(ctx):
    site = pick(SITES_CHSLD + [SITE_REHAB])
    sender = new_staff(pick(["alim", "nutri"]), ctx.lang, site)
    meals = MEALS_FR if ctx.fr else MEALS_EN
    d0 = rand_date().date()
    rows = []
    for i in range(7):
        d = d0 + datetime.timedelta(days=i)
        rows.append([ldate(ctx, d, True), pick(meals), pick(meals), pick(ctx.t(["Pouding chômeur", "Compote", "Jell-O", "Tarte au sucre", "Yogourt"],
                                                                                ["Pudding", "Applesauce", "Jell-O", "Sugar pie", "Yogurt"]))])
    hdr = [ctx.t("Jour", "Day"), ctx.t("Dîner", "Lunch"), ctx.t("Souper", "Supper"), ctx.t("Dessert", "Dessert")]
    notes = ctx.t("Toutes les textures IDDSI (4, 5, 6) sont disponibles. Diète diabétique : dessert sans sucre ajouté. "
                  "Diète sans résidu et hyposodée sur demande au service alimentaire. Rappel : liquides épaissis préparés au poste.",
                  "All IDDSI textures (4, 5, 6) available. Diabetic diet: no-added-sugar dessert. Low-residue and low-sodium on request. "
                  "Reminder: thickened fluids prepared at the station.")
    intro = greet(ctx) + "\n\n" + ctx.t("Menu du cycle %d (semaine %d).", "Menu cycle %d (week %d).") % (R.randrange(1, 5), R.randrange(1, 53))
    kind = pick(["text", "html", "pdf", "docx"])
    atts = []
    html = None
    if kind in ("text", "html"):
        body = intro + "\n\n" + text_table(hdr, rows) + "\n\n" + notes + "\n\n" + closing(ctx)
        if kind == "html":
            html = html_table(hdr, rows, intro, notes)
    elif kind == "pdf":
        atts.append(Att(ctx.t(pick(["menu_semaine.pdf", "Menu été - semaine %d.pdf" % R.randrange(1, 5)]), "weekly_menu.pdf"), make_pdf(ctx.t("Menu de la semaine", "Weekly menu"), [notes], sender["name"], table=[hdr] + rows)))
        body = intro + "\n\n" + ctx.t("Menu ci-joint, à afficher à la salle à manger.", "Menu attached, please post in the dining room.") + "\n\n" + closing(ctx)
    else:
        atts.append(Att(ctx.t("menu.docx", "menu.docx"), make_docx(ctx.t("Menu de la semaine", "Weekly menu"), [notes], [hdr] + rows, sender["name"])))
        body = intro + "\n\n" + ctx.t("Voir le menu en pièce jointe.", "See attached menu.") + "\n\n" + closing(ctx)
    to = [(ctx.t("Postes infirmiers", "Nursing stations"), "postes.%s@%s" % (slug(site["short"]).lower(), CISSS_DOM))]
    subj = pick([ctx.t("Menu de la semaine", "Weekly menu"), ctx.t("Menu cycle d'été", "Summer menu cycle"), ctx.t("Changement au menu de jeudi", "Thursday menu change")])
    return finish(ctx, "menu", subj, body, sender, to, atts=atts, html=html, mode="html" if html and chance(0.5) else ("alt" if html else None), positive=False)


def neg_infolettre(ctx):
    site = pick(SITES_CHSLD)
    sender = new_staff(pick(["comm", "chef", "dir"]), ctx.lang, site)
    newbies = [new_staff(pick(["inf", "pab", "infaux", "physio"]), ctx.lang, site) for _ in range(R.randrange(2, 5))]
    benev = [new_staff("benev", ctx.lang, site) for _ in range(2)]
    sections = ctx.t([
        ("Mot de la direction", "Chères familles, l'été arrive et avec lui nos activités extérieures. Merci pour votre présence et votre collaboration au quotidien."),
        ("Heures de visite", "Les visites sont permises de 8h à 21h. Les proches aidants peuvent venir en tout temps. Merci de vous laver les mains à l'entrée."),
        ("Vaccination", "La campagne de vaccination contre l'influenza et la COVID débute le 15 octobre. Un formulaire de consentement vous sera envoyé."),
        ("Bienvenue", "Nous souhaitons la bienvenue à nos nouveaux employés : %s." % ", ".join("%s (%s)" % (n["name"], n["title"].lower()) for n in newbies)),
        ("Merci aux bénévoles", "Un grand merci à %s et %s pour leur implication au bingo du jeudi." % (benev[0]["name"], benev[1]["name"])),
        ("Comité des usagers", "Le comité des usagers tiendra son assemblée générale annuelle le %s. Bienvenue à tous." % ldate(ctx, rand_date().date(), False)),
        ("Rappel : chutes", "Saviez-vous que la majorité des chutes surviennent la nuit? Des pantoufles fermées et bien ajustées aident à les prévenir."),
    ], [
        ("A word from management", "Dear families, summer is here and so are our outdoor activities. Thank you for your presence and collaboration."),
        ("Visiting hours", "Visits are allowed 8 am to 9 pm. Caregivers may come at any time. Please wash your hands at the entrance."),
        ("Vaccination", "The flu and COVID vaccination campaign starts October 15. A consent form will be sent to you."),
        ("Welcome", "Please welcome our new staff: %s." % ", ".join("%s (%s)" % (n["name"], n["title"].lower()) for n in newbies)),
        ("Thank you volunteers", "Many thanks to %s and %s for their help with Thursday bingo." % (benev[0]["name"], benev[1]["name"])),
        ("Users' committee", "The users' committee annual general meeting is on %s. Everyone welcome." % ldate(ctx, rand_date().date(), False)),
        ("Falls reminder", "Did you know most falls happen at night? Closed, well-fitting slippers help prevent them."),
    ])
    secs = sample(sections, R.randrange(4, 7))
    title = ctx.t("Infolettre aux familles - %s", "Family newsletter - %s") % site["short"]
    text = "\n\n".join("%s\n%s\n%s" % (h.upper(), "-" * len(h), t) for h, t in secs)
    h = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=__CS__"></head><body style="font-family:Georgia,serif">',
         '<table width="640" align="center" cellpadding="12" style="border:1px solid #8a6"><tr><td style="background:#8a6;color:#fff"><h1>%s</h1></td></tr>' % htmlmod.escape(title)]
    for hh, tt in secs:
        h.append("<tr><td><h3>%s</h3><p>%s</p></td></tr>" % (htmlmod.escape(hh), htmlmod.escape(tt)))
    h.append('<tr><td style="font-size:9pt;color:#666">%s<br>%s</td></tr></table></body></html>' % (htmlmod.escape(site["name"]), htmlmod.escape(site["addr"])))
    html = "\n".join(h)
    atts = []
    if chance(0.3):
        atts.append(Att(ctx.t("infolettre_%s.pdf", "newsletter_%s.pdf") % slug(site["short"]).lower(), make_pdf(title, text.split("\n"), sender["name"])))
    to = [(ctx.t("Familles - liste de diffusion", "Families - mailing list"), "familles.%s@%s" % (slug(site["short"]).lower(), CISSS_DOM))]
    return finish(ctx, "infolettre", title, text, sender, to, atts=atts, html=html, mode=pick(["html", "alt"]), positive=False, sig=False,
                  thread=pick([None, None, None, "fwd"]))


def neg_infection(ctx):
    site = pick(SITES_CHSLD + [SITE_REHAB])
    sender = new_staff("pci", ctx.lang, site)
    unit = pick(UNITS_CHSLD if ctx.fr else UNITS_CHSLD_EN) if site is not SITE_REHAB else pick(PROGS_REHAB)[0 if ctx.fr else 1]
    v = pick(["outbreak", "end", "vaccine", "cdiff", "hygiene"])
    nres, nemp = R.randrange(3, 12), R.randrange(0, 6)
    if v == "outbreak":
        germ = pick(ctx.t(["influenza A", "COVID-19", "gastroentérite (norovirus probable)", "VRS"], ["influenza A", "COVID-19", "gastroenteritis (probable norovirus)", "RSV"]))
        body = ctx.t(
            "%s\n\nÉclosion de %s déclarée sur l'unité %s : %d résidents et %d employés symptomatiques depuis le %s.\n\n"
            "Mesures en vigueur :\n- précautions gouttelettes-contact pour les cas\n- repas en chambre, activités de groupe suspendues\n"
            "- visiteurs : 1 proche aidant à la fois, ÉPI obligatoire\n%s"
            "- déclaration des employés symptomatiques au bureau de santé (ne pas se présenter au travail)\n\nProchain bilan vendredi.",
            "%s\n\n%s outbreak declared on %s: %d residents and %d staff symptomatic since %s.\n\n"
            "Measures in place:\n- droplet/contact precautions for cases\n- meals in rooms, group activities suspended\n"
            "- visitors: 1 caregiver at a time, PPE required\n%s"
            "- symptomatic staff report to employee health (do not come to work)\n\nNext update Friday.") % (
            greet(ctx), germ, unit, nres, nemp, ldate(ctx, rand_date().date(), False),
            ctx.t("- prophylaxie antivirale selon l'ordonnance collective pour les résidents non atteints\n",
                  "- antiviral prophylaxis per collective order for unaffected residents\n") if germ.startswith("influenza") else "")
        subj = ctx.t("ÉCLOSION %s - %s", "OUTBREAK %s - %s") % (germ.split(" (")[0], unit)
    elif v == "end":
        body = ctx.t("%s\n\nFin de l'éclosion sur %s : aucun nouveau cas depuis 8 jours. Bilan : %d cas résidents, %d cas employés, aucun transfert. "
                     "Reprise des activités et des repas à la salle à manger dès demain. Merci à tous pour votre rigueur.",
                     "%s\n\nOutbreak over on %s: no new cases for 8 days. Total: %d resident cases, %d staff cases, no transfers. "
                     "Activities and dining room resume tomorrow. Thanks all for your diligence.") % (greet(ctx), unit, nres, nemp)
        subj = ctx.t("Fin d'éclosion %s", "Outbreak over %s") % unit
    elif v == "vaccine":
        body = ctx.t("%s\n\nCampagne de vaccination influenza/COVID : couverture actuelle %d %% chez les résidents et %d %% chez les employés. "
                     "Cliniques employés : mardi et jeudi 7h-9h et 14h-16h au local 1.12. Apportez votre carte d'employé.",
                     "%s\n\nFlu/COVID vaccination campaign: current coverage %d%% of residents and %d%% of staff. "
                     "Staff clinics Tuesday and Thursday 7-9 am and 2-4 pm in room 1.12. Bring your staff ID.") % (greet(ctx), R.randrange(70, 96), R.randrange(35, 70))
        subj = ctx.t("Vaccination - bilan et cliniques", "Vaccination - update and clinics")
    elif v == "cdiff":
        body = ctx.t("%s\n\nRappel : pour tout résident en précautions contact renforcées (C. difficile), nettoyage à l'eau de Javel 1:10 "
                     "des surfaces high-touch 2x/jour, équipement dédié, lavage des mains à l'eau et au savon (la solution hydroalcoolique ne suffit pas). "
                     "Taux d'incidence du trimestre : %s / 10 000 jours-présence.",
                     "%s\n\nReminder: for any resident on enhanced contact precautions (C. difficile), 1:10 bleach cleaning of high-touch surfaces twice daily, "
                     "dedicated equipment, soap-and-water hand hygiene (alcohol rub is not enough). Quarterly incidence: %s / 10,000 patient-days.") % (
            greet(ctx), ("%.1f" % R.uniform(1.0, 6.0)).replace(".", "," if ctx.fr else "."))
        subj = ctx.t("Rappel PCI - C. difficile", "IPC reminder - C. difficile")
    else:
        body = ctx.t("%s\n\nRésultats de l'audit d'hygiène des mains du mois : %d %% (cible 80 %%). %s Bravo à l'équipe de %s qui atteint %d %%!",
                     "%s\n\nThis month's hand hygiene audit: %d%% (target 80%%). %s Congrats to %s team at %d%%!") % (
            greet(ctx), R.randrange(55, 85), ctx.t("Les occasions manquées sont surtout avant le contact avec le résident.", "Missed opportunities are mostly before resident contact."),
            unit, R.randrange(85, 99))
        subj = ctx.t("Audit hygiène des mains", "Hand hygiene audit")
    to = [(ctx.t("Gestionnaires et ASI", "Managers and AHNs"), "gestion.%s@%s" % (slug(site["short"]).lower(), CISSS_DOM))]
    atts = []
    if chance(0.25):
        atts.append(Att(ctx.t("affiche_eclosion.pdf", "outbreak_poster.pdf"), make_pdf(ctx.t("ARRÊT - Éclosion en cours", "STOP - Outbreak in progress"),
                        ctx.t(["Visiteurs : présentez-vous au poste avant d'entrer.", "Lavez vos mains.", "Portez le masque."],
                              ["Visitors: check in at the nursing station.", "Wash your hands.", "Wear a mask."]), sender["name"])))
    return finish(ctx, "infection", subj, body, sender, to, atts=atts, positive=False, priority=(v == "outbreak"))


def neg_entretien(ctx):
    site = pick(SITES_CHSLD + [SITE_REHAB])
    v = pick(["lift", "bath", "bells", "hvac", "bed", "elevator"])
    sender = new_staff(pick(["asi", "inf", "chef", "batiment"]), ctx.lang, site)
    room = "%d%02d" % (R.randrange(1, 5), R.randrange(1, 40))
    bt = "BT-%d-%05d" % (24, R.randrange(0, 99999))
    serial = gen_sin() if chance(0.5) else gen_luhn10()
    if v == "lift":
        body = ctx.t("%s\n\nLe lève-personne sur rail de la chambre %s ne descend plus (voyant rouge). Modèle %s, no de série %s. "
                     "On utilise le lève-personne mobile en attendant. Bon de travail %s ouvert.",
                     "%s\n\nCeiling lift in room %s won't go down (red light). Model %s, serial %s. Using the mobile lift meanwhile. Work order %s opened.") % (
            greet(ctx), room, pick(["Arjo Maxi Sky 2", "Guldmann GH3", "Hill-Rom Likorall 243"]), serial, bt)
        subj = ctx.t("Lève-personne ch. %s hors service", "Ceiling lift rm %s out of service") % room
    elif v == "bath":
        body = ctx.t("%s\n\nFuite sous le bain thérapeutique du %s, le plancher est mouillé. Bains déplacés au 3e jusqu'à réparation. Actif %s.",
                     "%s\n\nLeak under the therapeutic tub on %s, floor is wet. Baths moved to 3rd floor until fixed. Asset %s.") % (
            greet(ctx), pick(UNITS_CHSLD if ctx.fr else UNITS_CHSLD_EN), serial)
        subj = ctx.t("Bain thérapeutique - fuite", "Therapeutic tub leak")
    elif v == "bells":
        rooms = sorted(set("%d%02d" % (R.randrange(1, 5), R.randrange(1, 40)) for _ in range(R.randrange(2, 5))))
        body = ctx.t("%s\n\nLes cloches d'appel des chambres %s ne sonnent pas au téléavertisseur. Test fait avec le technicien, problème de passerelle. "
                     "Tournées aux 30 min en attendant svp.", "%s\n\nCall bells in rooms %s don't ring on the pagers. Tested with the tech, gateway issue. "
                     "Please do rounds every 30 min meanwhile.") % (greet(ctx), ", ".join(rooms))
        subj = ctx.t("Cloches d'appel défectueuses", "Call bells not working")
    elif v == "hvac":
        body = ctx.t("%s\n\nAvis : arrêt de la ventilation aile B le %s de 6h à 10h pour remplacement des filtres. Garder les portes fermées. "
                     "Température attendue : 27 °C dans les corridors. Des ventilateurs seront disponibles au magasin.",
                     "%s\n\nNotice: ventilation shutdown in wing B on %s from 6 to 10 am for filter replacement. Keep doors closed. "
                     "Expected corridor temperature 27 C. Fans available at stores.") % (greet(ctx), ldate(ctx, rand_date().date()))
        subj = ctx.t("Arrêt ventilation aile B", "Ventilation shutdown wing B")
        sender = new_staff("batiment", ctx.lang, site)
    elif v == "bed":
        body = ctx.t("%s\n\nLit électrique chambre %s : la télécommande ne fonctionne plus et la ridelle gauche ne se verrouille pas. "
                     "Numéro d'inventaire %s. Svp le remplacer aujourd'hui si possible.", "%s\n\nElectric bed room %s: remote dead and left rail won't lock. "
                     "Inventory # %s. Please replace today if possible.") % (greet(ctx), room, serial)
        subj = ctx.t("Lit ch %s", "Bed rm %s") % room
    else:
        body = ctx.t("%s\n\nL'ascenseur des visiteurs est en panne depuis ce matin (technicien Otis attendu vers 13h). "
                     "Utiliser l'ascenseur de service pour les fauteuils roulants. Appel de service %s.",
                     "%s\n\nVisitor elevator down since this morning (tech expected ~1 pm). Use the service elevator for wheelchairs. Service call %s.") % (greet(ctx), bt)
        subj = ctx.t("Ascenseur en panne", "Elevator down")
    body += "\n\n" + closing(ctx)
    to = [(ctx.t("Services techniques", "Technical services"), "st.%s@%s" % (slug(site["short"]).lower(), CISSS_DOM))]
    return finish(ctx, "entretien", subj, body, sender, to, positive=False)


SUPPLIES = [("Mepilex Border 10x10 cm", "295400"), ("Aquacel Ag Extra 10x10", "420676"), ("Gants nitrile M (boîte de 200)", "GN-200M"),
            ("Culottes d'incontinence Tena ProSkin L", "TN-79434"), ("Seringues 3 mL Luer-Lock", "BD-309657"),
            ("Lancettes sécuritaires", "LS-28G"), ("Bandelettes glycémie (50)", "BG-50"), ("Masques N95 1870+", "3M-1870"),
            ("Alèses lavables", "AL-9090"), ("Crème barrière Proshield", "PS-115"), ("Tubulure solutés 180 cm", "TS-180")]


def neg_appro(ctx):
    sender = new_staff("appro", ctx.lang)
    site = pick(SITES_CHSLD + [SITE_REHAB])
    po = "PO-45%08d" % R.randrange(0, 10 ** 8)
    items = sample(SUPPLIES, R.randrange(3, 7))
    rows = [[ctx.t("Article", "Item"), ctx.t("Réf.", "Ref."), "GTIN", ctx.t("Lot", "Lot"), ctx.t("Exp.", "Exp."), ctx.t("Qté", "Qty"), ctx.t("Prix", "Price")]]
    total = 0.0
    for name, ref in items:
        q = R.randrange(2, 40)
        pr = R.uniform(4, 180)
        total += q * pr
        rows.append([name, ref, gen_gtin(), lot_no(), "%d-%02d" % (R.randrange(2025, 2028), R.randrange(1, 13)), q,
                     ("%.2f $" % pr).replace(".", ",") if ctx.fr else "$%.2f" % pr])
    v = pick(["order", "invoice", "backorder", "recall_supply"])
    vendor = pick([("Médi-Pro Distribution", "commandes@medipro.example"), ("Groupe Hygiène Plus", "ventes@hygieneplus.example"),
                   ("Distributions SantéNord", "service@santenord.example")])
    atts = []
    if v == "order":
        body = ctx.t("%s\n\nVoici la commande %s pour %s (livraison au quai, local B-012). Numéro de compte client %s.\n\n%s\n\nTotal estimé : %s $",
                     "%s\n\nPlease find order %s for %s (deliver to loading dock, room B-012). Customer account %s.\n\n%s\n\nEstimated total: $%s") % (
            greet(ctx), po, site["name"], matricule(), text_table(rows[0], rows[1:]), ("%.2f" % total).replace(".", ",") if ctx.fr else "%.2f" % total)
        subj = ctx.t("Commande %s", "Order %s") % po
        to = [vendor]
    elif v == "invoice":
        inv = "FAC-%07d" % R.randrange(0, 10 ** 7)
        atts.append(Att("%s.pdf" % inv, make_pdf(ctx.t("Facture %s", "Invoice %s") % inv, [vendor[0], ctx.t("Facturé à : ", "Bill to: ") + site["name"] + ", " + site["addr"],
                                                                                     "PO : " + po, ctx.t("TPS 123456789 RT0001 / TVQ 1234567890 TQ0001", "GST 123456789 RT0001 / QST 1234567890 TQ0001")],
                                                  vendor[0], table=rows)))
        body = ctx.t("%s\n\nFacture %s ci-jointe pour le bon de commande %s. Paiement net 30 jours.", "%s\n\nInvoice %s attached for PO %s. Net 30.") % (greet(ctx), inv, po)
        subj = ctx.t("Facture %s", "Invoice %s") % inv
        sender, to = vendor, [("Comptes fournisseurs", "cpa@%s" % CISSS_DOM)]
    elif v == "backorder":
        it = items[0]
        body = ctx.t("%s\n\nL'article %s (réf. %s) est en rupture chez le fournisseur jusqu'à la fin du mois. Produit équivalent proposé : %s. "
                     "Les unités qui en ont besoin peuvent en emprunter au %s.", "%s\n\n%s (ref. %s) is backordered until month-end. Proposed equivalent: %s. "
                     "Units in need can borrow from %s.") % (greet(ctx), it[0], it[1], items[1][0], pick(UNITS_CHSLD if ctx.fr else UNITS_CHSLD_EN))
        subj = ctx.t("Rupture - %s", "Backorder - %s") % it[0]
        to = [(ctx.t("Chefs d'unité", "Unit managers"), "chefs@%s" % CISSS_DOM)]
    else:
        it = items[0]
        lot = lot_no()
        body = ctx.t("%s\n\nRappel du fabricant : %s, lot %s (GTIN %s). Retirer immédiatement les boîtes de ce lot des réserves et les retourner au magasin. "
                     "Aucun autre lot n'est touché.", "%s\n\nManufacturer recall: %s, lot %s (GTIN %s). Remove boxes from this lot from stock and return to stores. "
                     "No other lot affected.") % (greet(ctx), it[0], lot, gen_gtin())
        subj = ctx.t("RAPPEL produit - lot %s", "Product RECALL - lot %s") % lot
        to = [(ctx.t("Tous les gestionnaires", "All managers"), "gestionnaires@%s" % CISSS_DOM)]
    body += "\n\n" + closing(ctx)
    return finish(ctx, "appro", subj, body, sender, to, atts=atts, positive=False, sig=True if isinstance(sender, dict) else
                  "%s\n%s" % (vendor[0], phone("514")))


TRAININGS = [("Prévention du délirium chez la personne âgée", "Preventing delirium in older adults", "gériatre", "geriatrician"),
             ("Soins de plaies : de l'évaluation au pansement", "Wound care: from assessment to dressing", "infirmière stomothérapeute", "wound care nurse specialist"),
             ("Approche OPUS-AP et SCPD", "OPUS-AP approach and BPSD", "psychiatre", "psychiatrist"),
             ("La maladie de Parkinson au quotidien", "Living with Parkinson's disease", "neurologue", "neurologist"),
             ("Dysphagie et textures IDDSI", "Dysphagia and IDDSI textures", "orthophoniste", "speech-language pathologist"),
             ("Soins palliatifs et de fin de vie en CHSLD", "Palliative and end-of-life care in LTC", "médecin en soins palliatifs", "palliative care physician"),
             ("Réadaptation post-AVC : nouveautés", "Post-stroke rehab update", "physiatre", "physiatrist"),
             ("PDSB - principes de déplacement sécuritaire", "Safe patient handling (PDSB)", "formatrice PDSB", "PDSB trainer"),
             ("Gestion de la douleur chez l'aîné non communicant", "Pain in non-verbal older adults", "pharmacienne", "pharmacist")]


def neg_formation(ctx):
    sender = new_staff(pick(["cons", "comm", "chef"]), ctx.lang)
    t = pick(TRAININGS)
    spk = new_staff("md", ctx.lang)
    title_sp = ("Dre " if spk["female"] else "Dr ") + spk["name"] if "ecin" in t[2] or "logue" in t[2] or "atre" in t[2] or "iatre" in t[2] else spk["name"]
    d = rand_date()
    body = ctx.t("%s\n\nFormation : « %s »\nConférencier%s : %s, %s\nDate : %s, %s à %s\nLieu : salle Mont-Clair (et Teams)\n"
                 "Accréditation : %s h de formation continue (OIIQ / OIIAQ)\nInscription dans Mon Portail avant le %s.\n\n"
                 "Contenu : %s\n\n%s",
                 "%s\n\nTraining: \"%s\"\nSpeaker: %s, %s\nDate: %s, %s to %s\nWhere: Mont-Clair room (and Teams)\n"
                 "Accreditation: %s h continuing education\nRegister in My Portal before %s.\n\nContent: %s\n\n%s")
    content = ctx.t(pick(["définitions, facteurs de risque, outils de dépistage, interventions non pharmacologiques et cas pratiques anonymisés.",
                          "révision des stades, choix du pansement, documentation et photos, ateliers pratiques.",
                          "rôle de l'équipe, communication avec les familles, ordonnances collectives."]),
                    pick(["definitions, risk factors, screening tools, non-drug interventions and anonymised case studies.",
                          "staging review, dressing selection, documentation and photos, hands-on workshop.",
                          "team roles, communicating with families, collective orders."]))
    args = ((greet(ctx), t[0], "e" if spk["female"] else "", title_sp, t[2], ldate(ctx, d.date()), hhmm(ctx, 13, 0), hhmm(ctx, 16, 0), pick(["1,5", "3", "2"]),
             ldate(ctx, (d - datetime.timedelta(days=7)).date(), False), content, closing(ctx)) if ctx.fr else
            (greet(ctx), t[1], title_sp, t[3], ldate(ctx, d.date()), hhmm(ctx, 13, 0), hhmm(ctx, 16, 0), pick(["1.5", "3", "2"]),
             ldate(ctx, (d - datetime.timedelta(days=7)).date(), False), content, closing(ctx)))
    body = body % args
    atts = []
    if chance(0.4):
        st = datetime.datetime(d.year, d.month, d.day, 13, 0)
        atts.append(Att("formation.ics" if ctx.fr else "training.ics", make_ics([dict(uid="%032x@%s" % (R.getrandbits(128), CISSS_DOM), start=st,
                        end=st + datetime.timedelta(hours=3), summary=t[0] if ctx.fr else t[1], location="Salle Mont-Clair / Teams",
                        description=("%s, %s" % (title_sp, t[2] if ctx.fr else t[3])), organizer=(sender["name"], sender["email"]))])))
    if chance(0.25):
        atts.append(Att(ctx.t("programme.pdf", "program.pdf"), make_pdf(t[0] if ctx.fr else t[1], [title_sp + ", " + (t[2] if ctx.fr else t[3]), content], sender["name"])))
    subj = pick([ctx.t("Formation : %s", "Training: %s") % (t[0] if ctx.fr else t[1]), ctx.t("Invitation - formation continue", "Invitation - continuing education")])
    to = [(ctx.t("Personnel clinique", "Clinical staff"), "clinique@%s" % CISSS_DOM)]
    return finish(ctx, "formation", subj, body, sender, to, atts=atts, positive=False)


def neg_rh(ctx):
    sender = new_staff("rh", ctx.lang)
    emp = new_staff(pick(["pab", "inf", "infaux"]), ctx.lang)
    mgr = new_staff("chef", ctx.lang, emp["site"])
    v = pick(["at", "return", "leave", "vaccine", "pay"])
    if v == "at":
        body = ctx.t("%s\n\nDéclaration d'accident du travail reçue pour %s (%s, matricule %s) : %s lors d'un transfert au lit le %s. "
                     "Arrêt de travail prévu 2 semaines selon le billet médical. Réclamation CNESST à compléter par le gestionnaire dans les 48 h. "
                     "Une assignation temporaire sera évaluée au retour.",
                     "%s\n\nWork accident report received for %s (%s, employee # %s): %s during a bed transfer on %s. "
                     "Off work 2 weeks per medical note. Manager to complete the CNESST claim within 48 h. Temporary assignment to be assessed on return.") % (
            greet(ctx, mgr["given"]), emp["name"], emp["title"], matricule(), pick(ctx.t(["entorse lombaire", "tendinite à l'épaule D", "contusion au genou"],
                                                                                             ["lumbar sprain", "R shoulder tendinitis", "knee contusion"])), ldate(ctx, rand_date().date(), False))
        subj = ctx.t("Accident du travail - %s", "Work accident - %s") % emp["name"]
    elif v == "return":
        body = ctx.t("%s\n\n%s reprendra le travail le %s en retour progressif (3 jours/sem x 4 sem) suite à un congé de maladie. "
                     "Limitations fonctionnelles : pas de soulèvement > 10 kg. Merci d'en tenir compte dans les assignations.",
                     "%s\n\n%s returns %s on a graduated basis (3 days/wk x 4 wks) after sick leave. Restrictions: no lifting > 10 kg. Please plan assignments accordingly.") % (
            greet(ctx, mgr["given"]), emp["name"], ldate(ctx, rand_date().date(), False))
        subj = ctx.t("Retour progressif - %s", "Graduated return - %s") % emp["name"]
    elif v == "leave":
        body = ctx.t("%s\n\nRappel : les demandes de vacances d'été doivent être déposées avant le 1er mars. L'attribution se fait par ancienneté. "
                     "Les congés maladie doivent être déclarés à la centrale de remplacement au %s au moins 2 h avant le quart.",
                     "%s\n\nReminder: summer vacation requests are due March 1. Granted by seniority. Sick calls go to the staffing office at %s at least 2 h before the shift.") % (
            greet(ctx), phone("819"))
        subj = ctx.t("Vacances d'été et absences", "Summer vacation and absences")
        mgr = (ctx.t("Tout le personnel", "All staff"), "tous@%s" % CISSS_DOM)
    elif v == "vaccine":
        body = ctx.t("%s\n\nSelon nos registres, %s (matricule %s) n'a pas fourni de preuve de vaccination contre l'hépatite B. "
                     "Merci de lui rappeler de prendre rendez-vous au bureau de santé (poste %d).",
                     "%s\n\nOur records show %s (employee # %s) has not provided hepatitis B vaccination proof. Please remind them to book with employee health (ext. %d).") % (
            greet(ctx, mgr["given"]), emp["name"], matricule(), R.randrange(2000, 5999))
        subj = ctx.t("Santé au travail - rappel", "Employee health - reminder")
    else:
        body = ctx.t("%s\n\nLa prime de soir/nuit et la prime CHSLD apparaîtront sur la paie du %s. Les employés à temps partiel avec plus de 60 heures "
                     "de TS doivent valider leur relevé dans Logibec. Questions : service de la paie, poste %d.",
                     "%s\n\nEvening/night and LTC premiums will appear on the %s pay. Part-timers with over 60 h overtime must validate their statement. "
                     "Questions: payroll, ext. %d.") % (greet(ctx), ldate(ctx, rand_date().date(), False), R.randrange(2000, 5999))
        subj = ctx.t("Paie - primes", "Payroll - premiums")
        mgr = (ctx.t("Tout le personnel", "All staff"), "tous@%s" % CISSS_DOM)
    body += "\n\n" + closing(ctx)
    return finish(ctx, "rh", subj, body, sender, [mgr], positive=False)


def neg_indicateurs(ctx):
    sender = new_staff(pick(["cons", "dir", "chef"]), ctx.lang)
    units = sample(UNITS_CHSLD if ctx.fr else UNITS_CHSLD_EN, R.randrange(4, 7))
    hdr = [ctx.t("Unité", "Unit"), ctx.t("Jours-présence", "Patient-days"), ctx.t("Chutes", "Falls"), ctx.t("Taux /1000", "Rate /1000"),
           ctx.t("Plaies st. 2+ acquises", "Acquired PI st. 2+"), ctx.t("Erreurs Rx", "Med errors"), ctx.t("Contentions %", "Restraints %")]
    rows = []
    for u in units:
        jp = R.randrange(800, 1300)
        ch = R.randrange(0, 12)
        rows.append([u, jp, ch, ("%.1f" % (1000.0 * ch / jp)).replace(".", "," if ctx.fr else "."), R.randrange(0, 4), R.randrange(0, 9),
                     ("%.1f" % R.uniform(0, 8)).replace(".", "," if ctx.fr else ".")])
    intro = greet(ctx) + "\n\n" + ctx.t("Tableau de bord qualité-sécurité de la période %d. Faits saillants : baisse des chutes de %d %% vs la période précédente, "
                                        "2 plaies acquises de stade 3. Les erreurs de médicaments sont surtout des omissions à la tournée de 17h.",
                                        "Quality & safety dashboard for period %d. Highlights: falls down %d%% vs previous period, 2 acquired stage 3 pressure injuries. "
                                        "Medication errors are mostly omissions on the 1700 med pass.") % (R.randrange(1, 14), R.randrange(5, 30))
    atts = []
    html = None
    if chance(0.5):
        atts.append(Att(ctx.t("tableau_de_bord_P%02d.xlsx", "dashboard_P%02d.xlsx") % R.randrange(1, 14), make_xlsx([(ctx.t("Indicateurs", "Indicators"), [hdr] + rows)], sender["name"])))
        body = intro + "\n\n" + closing(ctx)
    else:
        body = intro + "\n\n" + text_table(hdr, rows) + "\n\n" + closing(ctx)
        html = html_table(hdr, rows, intro, closing(ctx)) if chance(0.6) else None
    to = [(ctx.t("Comité de gestion des risques", "Risk management committee"), "gestion.risques@%s" % CISSS_DOM)]
    return finish(ctx, "indicateurs", ctx.t("Indicateurs qualité - période %d", "Quality indicators - period %d") % R.randrange(1, 14), body, sender, to,
                  atts=atts, html=html, mode="alt" if html else None, positive=False)


def neg_formulaire(ctx):
    sender = new_staff(pick(["cons", "adm", "chef", "pci"]), ctx.lang)
    v = pick(["consent", "ah223", "braden", "transfer", "pi"])
    blanks = {
        "consent": (ctx.t("Consentement à la vaccination", "Vaccination consent"),
                    ctx.t(["Nom du résident : ______________________", "NAM : ____ ____ ____", "Date de naissance : ____/____/______",
                           "Je, soussigné(e) ____________________ (lien : ________), consens à ce que le résident reçoive le vaccin contre l'influenza.",
                           "Signature : ____________________   Date : __________"],
                          ["Resident name: ______________________", "Health card (NAM): ____ ____ ____", "Date of birth: ____/____/______",
                           "I, ____________________ (relationship: ________), consent to the resident receiving the flu vaccine.",
                           "Signature: ____________________   Date: __________"])),
        "ah223": (ctx.t("Rapport de déclaration d'incident ou d'accident (AH-223-1)", "Incident/accident report (AH-223-1)"),
                  ctx.t(["Nom de l'usager : ________________  No de dossier : __________", "Date et heure de l'événement : __________",
                         "Type : [ ] chute  [ ] médication  [ ] abus/agression  [ ] autre", "Description des faits (sans jugement) :", "______________________________________________",
                         "Conséquences : [ ] aucune  [ ] temporaire  [ ] permanente", "Personne avisée : ______________"],
                        ["Patient name: ________________  Chart #: __________", "Date and time of event: __________",
                         "Type: [ ] fall  [ ] medication  [ ] abuse/aggression  [ ] other", "Description of facts:", "______________________________________________",
                         "Consequences: [ ] none  [ ] temporary  [ ] permanent", "Person notified: ______________"])),
        "braden": (ctx.t("Échelle de Braden - grille d'évaluation", "Braden scale - assessment grid"),
                   ctx.t(["Perception sensorielle : 1 2 3 4", "Humidité : 1 2 3 4", "Activité : 1 2 3 4", "Mobilité : 1 2 3 4", "Nutrition : 1 2 3 4",
                          "Friction et cisaillement : 1 2 3", "Score total : ____ (risque élevé si <= 12)", "Nom : ____________ Ch. : ____"],
                         ["Sensory perception: 1 2 3 4", "Moisture: 1 2 3 4", "Activity: 1 2 3 4", "Mobility: 1 2 3 4", "Nutrition: 1 2 3 4",
                          "Friction & shear: 1 2 3", "Total: ____ (high risk if <= 12)", "Name: ____________ Rm: ____"])),
        "transfer": (ctx.t("Formulaire de transfert interétablissements (gabarit)", "Inter-facility transfer form (template)"),
                     ctx.t(["Usager : [NOM, Prénom]", "NAM : [XXXX 0000 0000]", "DDN : [AAAA-MM-JJ]", "Motif du transfert : [ ]", "Niveau de soins : [A/B/C/D]",
                            "Allergies : [ ]", "Répondant : [nom, lien, téléphone]"],
                           ["Patient: [LAST, First]", "Health card: [XXXX 0000 0000]", "DOB: [YYYY-MM-DD]", "Reason for transfer: [ ]", "Level of care: [A/B/C/D]",
                            "Allergies: [ ]", "Contact: [name, relationship, phone]"])),
        "pi": (ctx.t("Plan d'intervention interdisciplinaire - modèle", "Interdisciplinary care plan - template"),
               ctx.t(["Identification : ____________", "Besoins / problèmes : ____________", "Objectifs mesurables : 1) ______ 2) ______",
                      "Interventions et responsables : ______", "Date de révision : ______", "Signature de l'usager ou du représentant : ______"],
                     ["Identification: ____________", "Needs / problems: ____________", "Measurable goals: 1) ______ 2) ______",
                      "Interventions and who: ______", "Review date: ______", "Signature of client or representative: ______"])),
    }
    title, lines = blanks[v]
    kind = pick(["pdf", "docx", "pdf"])
    fn = slug(title.split(" (")[0].split(" - ")[0])[:40].lower() if chance(0.6) else title.split(" (")[0].replace("'", " ")
    if kind == "pdf":
        att = Att(fn + ".pdf", make_pdf(title, lines, sender["name"]))
    else:
        att = Att(fn + ".docx", make_docx(title, lines, None, sender["name"]))
    body = greet(ctx) + "\n\n" + ctx.t(pick(["Voici la nouvelle version du formulaire « %s ». Merci de détruire les anciennes copies papier.",
                                             "Le formulaire « %s » vierge est en pièce jointe, à imprimer au besoin.",
                                             "Comme demandé, le gabarit « %s » en format modifiable."]),
                                        pick(["Here is the new version of the \"%s\" form. Please discard old paper copies.",
                                              "Blank \"%s\" form attached, print as needed.", "As requested, the editable \"%s\" template."])) % title + "\n\n" + closing(ctx)
    to = [(ctx.t("ASI - tous les sites", "AHNs - all sites"), "asi@%s" % CISSS_DOM)]
    return finish(ctx, "formulaire", ctx.t("Formulaire : %s", "Form: %s") % title, body, sender, to, atts=[att], positive=False)


def neg_cas_clinique(ctx):
    sender = new_staff(pick(["cons", "physio", "ergo", "pharm"]), ctx.lang)
    age = R.randrange(68, 95)
    letter = pick(["X", "A.", "B.", "Y", "Z"])
    if ctx.fr:
        who = pick(["Mme %s" % letter, "M. %s" % letter, "Une résidente de %d ans" % age, "Un usager de %d ans" % age])
        case = pick([
            "%s, %d ans, TNC majeur de type Alzheimer, hébergé%s en CHSLD depuis 2 ans. Depuis 3 semaines : agitation en fin de journée, chutes x3, "
            "refus des soins d'hygiène. Rx : donépézil, quétiapine 25 mg HS, hydromorphone PRN. Glycémies stables, TSH normale.",
            "%s, %d ans, AVC sylvien G il y a 6 semaines, aphasie d'expression, hémiparésie D. En URFI, progresse à la marche avec canne quadripode. "
            "Conjointe inquiète pour le retour à domicile (bungalow, 5 marches).",
            "%s, %d ans, plaie de pression stade 3 au sacrum, albumine 27, perte de 6 kg en 2 mois, incontinence mixte. Braden 11."])
        case = case % (who, age, pick(["e", ""])) if case.count("%") == 3 else case % (who, age)
        qs = ["1) Quelles hypothèses cliniques formulez-vous?", "2) Quelles interventions non pharmacologiques proposez-vous?",
              "3) Quels membres de l'équipe impliquer?"]
        body = "%s\n\n%s\n\n%s\n\n%s\n\n%s" % (greet(ctx), pick(["Cas clinique (fictif/anonymisé) pour l'atelier de jeudi :", "Vignette pour la formation - toute ressemblance est fortuite :",
                                                                 "Cas à discuter au club de lecture clinique (dénominalisé) :"]), case, "\n".join(qs),
                                               "Prenez 15 min pour y réfléchir avant la séance. " + closing(ctx))
        subj = pick(["Cas clinique - atelier jeudi", "Vignette clinique formation", "Cas anonymisé pour discussion"])
    else:
        who = pick(["Mrs. %s" % letter, "Mr. %s" % letter, "A %d-year-old resident" % age, "A %d-year-old client" % age])
        case = pick([
            "%s, %d, Alzheimer's dementia, in LTC for 2 years. Over 3 weeks: sundowning, 3 falls, refusing personal care. "
            "Meds: donepezil, quetiapine 25 mg HS, hydromorphone PRN. CBGs stable, TSH normal.",
            "%s, %d, L MCA stroke 6 weeks ago, expressive aphasia, R hemiparesis. In intensive rehab, walking with quad cane. "
            "Spouse worried about going home (bungalow, 5 steps).",
            "%s, %d, stage 3 sacral pressure injury, albumin 27, lost 6 kg in 2 months, mixed incontinence. Braden 11."]) % (who, age)
        body = "%s\n\n%s\n\n%s\n\n%s\n\n%s" % (greet(ctx), pick(["Case study (fictional/anonymised) for Thursday's workshop:", "Teaching vignette - any resemblance is coincidental:"]),
                                               case, "1) What are your clinical hypotheses?\n2) Which non-drug interventions would you try?\n3) Who on the team should be involved?",
                                               "Take 15 min to think about it before the session. " + closing(ctx))
        subj = pick(["Case study - Thursday workshop", "Teaching vignette", "Anonymised case for discussion"])
    to = [(ctx.t("Participants formation", "Workshop participants"), "formation@%s" % CISSS_DOM)]
    return finish(ctx, "cas_clinique", subj, body, sender, to, positive=False)


def neg_comite(ctx):
    sender = new_staff(pick(["adm", "dir", "comm", "cons"]), ctx.lang)
    members = [new_staff(pick(["inf", "chef", "dir", "ts", "pharm", "physio"]), ctx.lang) for _ in range(R.randrange(4, 8))]
    com = pick(ctx.t(["Comité des usagers", "Comité milieu de vie", "Conseil des infirmières et infirmiers (CII)", "Comité de gestion des risques",
                      "Comité de pharmacologie", "Comité de prévention des chutes"],
                     ["Users' committee", "Living environment committee", "Council of nurses (CII)", "Risk management committee",
                      "Pharmacology committee", "Falls prevention committee"]))
    d = rand_date()
    agenda = sample(ctx.t(["Adoption du procès-verbal", "Suivi du plan d'action", "Bilan des plaintes (statistiques)", "Sondage de satisfaction des familles",
                           "Révision de l'ordonnance collective sur la constipation", "Indicateurs de chutes T3", "Projet de jardin thérapeutique",
                           "Budget des loisirs", "Varia"],
                          ["Approval of minutes", "Action plan follow-up", "Complaints report (statistics)", "Family satisfaction survey",
                           "Review of the collective order on constipation", "Q3 falls indicators", "Therapeutic garden project", "Recreation budget", "Other business"]), R.randrange(4, 7))
    body = ctx.t("%s\n\nVous êtes convoqué%s à la rencontre du %s le %s à %s (salle B-204 ou Teams).\n\nOrdre du jour :\n%s\n\nMembres : %s\n\n%s",
                 "%s\n\nYou are invited to the %s meeting on %s at %s (room B-204 or Teams).\n\nAgenda:\n%s\n\nMembers: %s\n\n%s")
    ag = "\n".join("%d. %s" % (i + 1, a) for i, a in enumerate(agenda))
    mem = ", ".join(m["name"] for m in members)
    args = ((greet(ctx), pick(["s", "(e)s", "s"]), com, ldate(ctx, d.date()), hhmm(ctx, pick([9, 13, 18]), 30), ag, mem, closing(ctx)) if ctx.fr else
            (greet(ctx), com, ldate(ctx, d.date()), hhmm(ctx, pick([9, 13, 18]), 30), ag, mem, closing(ctx)))
    body = body % args
    atts = []
    if chance(0.4):
        atts.append(Att(ctx.t("ordre_du_jour.docx", "agenda.docx"), make_docx(com, agenda, None, sender["name"])))
    if chance(0.3):
        st = d.replace(tzinfo=None, minute=30, second=0)
        atts.append(Att("invitation.ics", make_ics([dict(uid="%032x@%s" % (R.getrandbits(128), CISSS_DOM), start=st, end=st + datetime.timedelta(hours=2),
                                                        summary=com, location="B-204 / Teams", organizer=(sender["name"], sender["email"]))])))
    to = [(m["name"], m["email"]) for m in members]
    return finish(ctx, "comite", ctx.t("Convocation - %s", "Meeting notice - %s") % com, body, sender, to, atts=atts, positive=False)


def neg_ti(ctx):
    sender = new_staff("ti", ctx.lang)
    v = pick(["efadm", "password", "printer", "phishing", "ticket"])
    tk = "INC%07d" % R.randrange(0, 10 ** 7)
    if v == "efadm":
        body = ctx.t("%s\n\nMise à jour du logiciel eFADM ce soir de 22h à 2h. Pendant l'arrêt, utilisez les FADM papier imprimés à 21h30 "
                     "(procédure de contingence, classeur rouge au poste). Les doses données doivent être saisies a posteriori avant 8h.",
                     "%s\n\neMAR software update tonight 10 pm to 2 am. During downtime use the paper MARs printed at 9:30 pm (contingency binder at the station). "
                     "Doses given must be entered retroactively before 8 am.") % greet(ctx)
        subj = ctx.t("Arrêt planifié eFADM ce soir", "Planned eMAR downtime tonight")
    elif v == "password":
        body = ctx.t("%s\n\nVotre mot de passe réseau expire dans 5 jours. Changez-le via Ctrl+Alt+Suppr > Modifier le mot de passe. "
                     "Il doit contenir 12 caractères. Ne le partagez jamais, même avec le soutien TI.",
                     "%s\n\nYour network password expires in 5 days. Change it via Ctrl+Alt+Del > Change password. 12 characters minimum. Never share it, even with IT.") % greet(ctx)
        subj = ctx.t("Expiration du mot de passe", "Password expiry")
    elif v == "printer":
        body = ctx.t("%s\n\nL'imprimante du poste %s (étiquette d'actif %s, no de série %s) a été remplacée. Nouveau nom réseau : IMP-%s-%02d. "
                     "Les étiquettes de bracelets s'impriment maintenant sur le bac 2.",
                     "%s\n\nThe printer at %s station (asset tag %s, serial %s) was replaced. New network name: PRN-%s-%02d. Wristband labels now print from tray 2.") % (
            greet(ctx), pick(UNITS_CHSLD if ctx.fr else UNITS_CHSLD_EN), gen_luhn10(), gen_sin(), pick(["ERA", "STA", "JDF", "MTC"]), R.randrange(1, 30))
        subj = ctx.t("Nouvelle imprimante", "New printer") + " - " + tk
    elif v == "phishing":
        body = ctx.t("%s\n\nAttention : des courriels frauduleux circulent avec l'objet « Mise à jour de votre paie ». Ne cliquez pas sur le lien. "
                     "Transférez-les à securite@%s puis supprimez-les.", "%s\n\nWarning: fraudulent e-mails titled \"Payroll update\" are circulating. "
                     "Don't click the link. Forward to securite@%s then delete.") % (greet(ctx), CISSS_DOM)
        subj = ctx.t("ALERTE hameçonnage", "PHISHING alert")
    else:
        body = ctx.t("%s\n\nVotre billet %s (« poste de travail lent au 3e ») a été résolu : ajout de mémoire vive sur l'ordinateur %s. "
                     "Répondez à ce courriel si le problème persiste.", "%s\n\nYour ticket %s (\"slow workstation 3rd floor\") is resolved: RAM added to computer %s. "
                     "Reply if the problem persists.") % (greet(ctx), tk, "PC-%06d" % R.randrange(0, 10 ** 6))
        subj = ctx.t("Billet %s résolu", "Ticket %s resolved") % tk
    body += "\n\n" + closing(ctx)
    to = [(ctx.t("Utilisateurs", "Users"), "utilisateurs@%s" % CISSS_DOM)]
    return finish(ctx, "ti", subj, body, sender, to, positive=False, thread=pick([None, None, "fwd"]))


def neg_affichage(ctx):
    sender = new_staff("rh", ctx.lang)
    role = pick(["pab", "infaux", "inf", "physio", "ergo", "nutri", "loisirs"])
    title = ROLES[role][0] if ctx.fr else ROLES[role][2]
    num = "%d-%03d" % (2024, R.randrange(1, 400))
    site = pick(SITES_CHSLD + [SITE_REHAB])
    sal = R.uniform(24, 52)
    d_post = rand_date().date()
    body = ctx.t("Affichage no %s\n\nTitre d'emploi : %s\nStatut : %s\nQuart : %s\nPort d'attache : %s\nSalaire : %s $ à %s $/h selon l'expérience\n\n"
                 "Exigences : %s\nPériode d'affichage : du %s au %s\n\nPostulez dans le portail emploi en indiquant le numéro d'affichage.",
                 "Posting # %s\n\nJob title: %s\nStatus: %s\nShift: %s\nHome base: %s\nSalary: $%s to $%s/h depending on experience\n\n"
                 "Requirements: %s\nPosting period: %s to %s\n\nApply via the careers portal quoting the posting number.") % (
        num, title, pick(ctx.t(["temps complet permanent", "temps partiel (7/14)", "remplacement 12 mois"], ["permanent full-time", "part-time (7/14)", "12-month replacement"])),
        pick(ctx.t(["jour", "soir", "nuit", "rotation"], ["day", "evening", "night", "rotating"])), site["name"],
        ("%.2f" % sal).replace(".", "," if ctx.fr else "."), ("%.2f" % (sal * 1.35)).replace(".", "," if ctx.fr else "."),
        pick(ctx.t(["DEP en assistance à la personne en établissement", "membre de l'OIIQ", "permis de l'OIIAQ", "membre de l'OPPQ", "DEC en techniques de loisirs"],
                   ["vocational diploma in patient care", "OIIQ member", "OIIAQ licence", "OPPQ member", "college diploma in recreation"])),
        ldate(ctx, d_post, False), ldate(ctx, d_post + datetime.timedelta(days=14), False))
    to = [(ctx.t("Tout le personnel", "All staff"), "tous@%s" % CISSS_DOM)]
    return finish(ctx, "affichage", ctx.t("Affichage %s - %s", "Job posting %s - %s") % (num, title), body, sender, to, positive=False, sig=True)


def neg_protocole(ctx):
    sender = new_staff(pick(["cons", "pharm", "md", "dir"]), ctx.lang)
    v = pick(["falls", "oc", "pain", "restraint", "dysphagia"])
    if v == "falls":
        body = ctx.t("%s\n\nLe protocole de prévention et de gestion des chutes a été révisé (version 2024-2). Changements :\n"
                     "- surveillance neurologique systématique x 24 h pour toute chute non observée chez un usager sous anticoagulant\n"
                     "- réévaluation de la médication (benzodiazépines, antipsychotiques, hypotenseurs) par le pharmacien après 2 chutes en 30 jours\n"
                     "- utilisation de l'outil Morse à l'admission et aux 3 mois\nLe document est dans l'intranet, section Soins infirmiers.",
                     "%s\n\nThe falls prevention and management protocol has been revised (v2024-2). Changes:\n"
                     "- systematic neuro checks x 24 h for any unwitnessed fall in a patient on anticoagulants\n"
                     "- pharmacist medication review (benzodiazepines, antipsychotics, antihypertensives) after 2 falls in 30 days\n"
                     "- Morse scale on admission and every 3 months\nDocument on the intranet, Nursing section.") % greet(ctx)
        subj = ctx.t("Protocole chutes révisé", "Revised falls protocol")
    elif v == "oc":
        body = ctx.t("%s\n\nNouvelle ordonnance collective OC-%d-%02d : « Initier le traitement de la détresse respiratoire en fin de vie » "
                     "(midazolam 2,5 mg SC, hydromorphone 1 mg SC, scopolamine 0,4 mg SC). En vigueur le %s. Formation obligatoire de 30 min sur l'ENA.",
                     "%s\n\nNew collective order CO-%d-%02d: \"Initiating treatment of end-of-life respiratory distress\" "
                     "(midazolam 2.5 mg SC, hydromorphone 1 mg SC, scopolamine 0.4 mg SC). Effective %s. Mandatory 30-min e-learning.") % (
            greet(ctx), 2024, R.randrange(1, 40), ldate(ctx, rand_date().date(), False))
        subj = ctx.t("Nouvelle ordonnance collective", "New collective order")
    elif v == "pain":
        body = ctx.t("%s\n\nÀ partir du mois prochain, l'échelle PACSLAC-II remplace l'échelle DOLOPLUS pour les résidents non communicants. "
                     "Un score ≥ 4 doit déclencher une réévaluation et une note au PTI. Affiches disponibles au bureau des conseillères.",
                     "%s\n\nStarting next month, the PACSLAC-II replaces DOLOPLUS for non-verbal residents. A score >= 4 triggers reassessment and a care-plan note. "
                     "Posters available from the practice advisors.") % greet(ctx)
        subj = ctx.t("Nouvelle échelle de douleur", "New pain scale")
    elif v == "restraint":
        body = ctx.t("%s\n\nRappel du cadre de référence sur les mesures de contrôle : toute contention doit être précédée de mesures de remplacement documentées, "
                     "d'un consentement et d'une réévaluation aux 24 h. Le taux du CISSS est de %s %% ce trimestre, objectif < 5 %%.",
                     "%s\n\nReminder of the restraint policy: any restraint requires documented alternatives, consent and reassessment every 24 h. "
                     "Our rate this quarter is %s%%, target < 5%%.") % (greet(ctx), ("%.1f" % R.uniform(3, 9)).replace(".", "," if ctx.fr else "."))
        subj = ctx.t("Mesures de contrôle - rappel", "Restraints - reminder")
    else:
        body = ctx.t("%s\n\nMise à jour de la procédure de dépistage de la dysphagie : test de la gorgée d'eau de 90 mL remplacé par le TOR-BSST pour les infirmières formées. "
                     "En cas d'échec : NPO, aviser l'orthophoniste ou l'ergothérapeute dans les 24 h.",
                     "%s\n\nDysphagia screening update: 90 mL water test replaced by TOR-BSST for trained nurses. If failed: NPO, refer to SLP or OT within 24 h.") % greet(ctx)
        subj = ctx.t("Dépistage dysphagie - nouvelle procédure", "Dysphagia screening - new procedure")
    atts = []
    if chance(0.35):
        atts.append(Att(slug(subj).lower()[:40] + ".pdf", make_pdf(subj, body.split("\n")[2:], sender["name"])))
    body += "\n\n" + closing(ctx)
    to = [(ctx.t("Personnel infirmier", "Nursing staff"), "soins.infirmiers@%s" % CISSS_DOM)]
    return finish(ctx, "protocole", subj, body, sender, to, atts=atts, positive=False)


def neg_pharmacie(ctx):
    sender = new_staff("pharm", ctx.lang)
    v = pick(["recall", "shortage", "formulary", "cabinet", "stats"])
    if v == "recall":
        lot = lot_no()
        drug = pick(["metformine 500 mg", "losartan 50 mg", "ranitidine 150 mg", "valsartan 80 mg"] if ctx.fr else ["metformin 500 mg", "losartan 50 mg", "ranitidine 150 mg", "valsartan 80 mg"])
        body = ctx.t("%s\n\nAvis de rappel de Santé Canada : %s, lot %s (DIN %08d). Vérifiez vos réserves d'étage et retournez les contenants à la pharmacie. "
                     "Les résidents concernés recevront un autre lot, aucune action requise de votre part auprès d'eux.",
                     "%s\n\nHealth Canada recall: %s, lot %s (DIN %08d). Check floor stock and return containers to pharmacy. Residents will receive another lot; no action needed on your part.") % (
            greet(ctx), drug, lot, R.randrange(2000000, 2600000))
        subj = ctx.t("Rappel - %s lot %s", "Recall - %s lot %s") % (drug, lot)
    elif v == "shortage":
        drug = pick(["furosémide 20 mg/2 mL inj.", "amoxicilline suspension", "salbutamol aérosol", "insuline NPH"] if ctx.fr else ["furosemide 20 mg/2 mL inj.", "amoxicillin suspension", "salbutamol inhaler", "NPH insulin"])
        body = ctx.t("%s\n\nPénurie de %s jusqu'à nouvel ordre. Alternative : voir tableau d'équivalence sur l'intranet. Les prescripteurs ont été avisés.",
                     "%s\n\n%s shortage until further notice. Alternative: see equivalence table on the intranet. Prescribers notified.") % (greet(ctx), drug)
        subj = ctx.t("Pénurie - %s", "Shortage - %s") % drug
    elif v == "formulary":
        body = ctx.t("%s\n\nLe comité de pharmacologie a approuvé : ajout de l'apixaban 2,5 mg au formulaire; retrait du zopiclone 7,5 mg (garder 3,75 mg). "
                     "Les substitutions se feront automatiquement au prochain renouvellement.",
                     "%s\n\nThe P&T committee approved: apixaban 2.5 mg added to formulary; zopiclone 7.5 mg removed (keep 3.75 mg). Substitutions at next renewal.") % greet(ctx)
        subj = ctx.t("Changements au formulaire", "Formulary changes")
    elif v == "cabinet":
        body = ctx.t("%s\n\nMaintenance de l'armoire à narcotiques (Pyxis, no de série %s) jeudi 9h-11h. Sortir les doses PRN prévues avant 9h avec double signature.",
                     "%s\n\nNarcotic cabinet maintenance (Pyxis, serial %s) Thursday 9-11 am. Pull scheduled PRN doses before 9 with double signature.") % (greet(ctx), gen_luhn10())
        subj = ctx.t("Armoire à narcotiques - maintenance", "Narcotic cabinet maintenance")
    else:
        body = ctx.t("%s\n\nBilan trimestriel : %d ordonnances traitées, %d interventions pharmaceutiques, %d %% des résidents avec ≥ 10 médicaments. "
                     "Les antipsychotiques sont utilisés chez %d %% des résidents avec TNC (cible OPUS-AP < 15 %%).",
                     "%s\n\nQuarterly report: %d orders processed, %d pharmacist interventions, %d%% of residents on >= 10 meds. "
                     "Antipsychotics used in %d%% of residents with dementia (OPUS-AP target < 15%%).") % (
            greet(ctx), R.randrange(3000, 9000), R.randrange(100, 600), R.randrange(20, 45), R.randrange(10, 25))
        subj = ctx.t("Bilan pharmacie T%d", "Pharmacy report Q%d") % R.randrange(1, 5)
    body += "\n\n" + closing(ctx)
    to = [(ctx.t("ASI et chefs d'unité", "AHNs and unit managers"), "asi@%s" % CISSS_DOM)]
    return finish(ctx, "pharmacie", subj, body, sender, to, positive=False)


def neg_benevoles(ctx):
    site = pick(SITES_CHSLD)
    sender = new_staff("benev", ctx.lang, site)
    vols = [new_staff(pick(["benev", "loisirs"]), ctx.lang, site) for _ in range(R.randrange(4, 8))]
    d = rand_date()
    rows = [[v["name"], phone(), pick(ctx.t(["accompagnement aux repas", "bingo", "visites d'amitié", "musique", "zoothérapie"],
                                            ["mealtime help", "bingo", "friendly visits", "music", "pet therapy"])),
             pick(ctx.t(["lundi PM", "mercredi AM", "jeudi PM", "samedi"], ["Mon PM", "Wed AM", "Thu PM", "Sat"]))] for v in vols]
    hdr = [ctx.t("Bénévole", "Volunteer"), ctx.t("Téléphone", "Phone"), ctx.t("Activité", "Activity"), ctx.t("Disponibilité", "Availability")]
    body = greet(ctx) + "\n\n" + ctx.t("Voici l'horaire des bénévoles pour le mois. Rappel : les bénévoles ne font pas de soins ni d'aide à l'alimentation "
                                       "des résidents en dysphagie. Vérifiez le code couleur sur la porte avant une visite.",
                                       "Here is the volunteer schedule for the month. Reminder: volunteers do not provide care or feed residents with dysphagia. "
                                       "Check the colour code on the door before a visit.") + "\n\n" + text_table(hdr, rows) + "\n\n" + closing(ctx)
    html = html_table(hdr, rows, greet(ctx), closing(ctx)) if chance(0.4) else None
    to = [(ctx.t("Postes infirmiers", "Nursing stations"), "postes.%s@%s" % (slug(site["short"]).lower(), CISSS_DOM))]
    return finish(ctx, "benevoles", ctx.t("Horaire des bénévoles", "Volunteer schedule"), body, sender, to, html=html, mode="alt" if html else None, positive=False)


SPECIALTIES = [("gériatrie", "geriatrics"), ("médecine familiale", "family medicine"), ("soins palliatifs", "palliative care"),
               ("physiatrie", "physiatry"), ("psychiatrie gériatrique", "geriatric psychiatry"), ("médecine interne", "internal medicine")]


def neg_garde(ctx):
    sender = new_staff(pick(["adm", "dir"]), ctx.lang)
    mds = [new_staff("md", ctx.lang) for _ in range(R.randrange(4, 8))]
    d0 = rand_date().date()
    rows = []
    for i, m in enumerate(mds):
        sp = pick(SPECIALTIES)
        rows.append([ldate(ctx, d0 + datetime.timedelta(days=i), True), ("Dre " if m["female"] else "Dr ") + m["name"], sp[0] if ctx.fr else sp[1],
                     "%s / %s" % (phone("819"), "tél. %d" % R.randrange(1000, 9999) if ctx.fr else "pager %d" % R.randrange(1000, 9999))])
    hdr = [ctx.t("Date", "Date"), ctx.t("Médecin de garde", "On-call physician"), ctx.t("Spécialité", "Specialty"), ctx.t("Joindre", "Reach")]
    intro = greet(ctx) + "\n\n" + ctx.t("Liste de garde médicale CHSLD et réadaptation. Pour les soins palliatifs la nuit, appeler d'abord l'inf. de liaison.",
                                        "On-call list for LTC and rehab. For palliative issues overnight, call the liaison nurse first.")
    body = intro + "\n\n" + text_table(hdr, rows) + "\n\n" + closing(ctx)
    html = html_table(hdr, rows, intro, closing(ctx)) if chance(0.5) else None
    atts = []
    if chance(0.3):
        atts.append(Att(ctx.t("garde_medicale.pdf", "on_call.pdf"), make_pdf(ctx.t("Garde médicale", "On-call schedule"), [intro], sender["name"], table=[hdr] + rows)))
    to = [(ctx.t("Postes infirmiers - tous", "All nursing stations"), "postes@%s" % CISSS_DOM)]
    return finish(ctx, "garde", ctx.t("Garde médicale semaine du %s", "On-call week of %s") % ldate(ctx, d0, False), body, sender, to, atts=atts, html=html,
                  mode=("html" if html and chance(0.5) else ("alt" if html else None)), positive=False)


def neg_reunion(ctx):
    sender = new_staff(pick(["chef", "asi"]), ctx.lang)
    present = [new_staff(pick(["inf", "infaux", "pab", "physio", "ts", "nutri"]), ctx.lang) for _ in range(R.randrange(5, 9))]
    pts = ctx.t(["Taux d'occupation : %d %%, %d admissions prévues cette semaine et %d congés." % (R.randrange(90, 100), R.randrange(1, 4), R.randrange(0, 3)),
                 "Bilan des chutes : %d ce mois-ci (vs %d le mois dernier), surtout entre 2h et 6h." % (R.randrange(3, 10), R.randrange(5, 14)),
                 "Rappel PDSB : 2 employés blessés ce trimestre lors des transferts.",
                 "Nouveaux chariots à pansements livrés, inventaire à faire le vendredi.",
                 "Formation OPUS-AP obligatoire avant le 30 juin.", "Sondage familles : 87 % satisfaites, insatisfaction sur la température des repas.",
                 "Isolement : 2 chambres en précautions contact, affiches à jour."],
                ["Occupancy %d%%, %d admissions expected this week and %d discharges." % (R.randrange(90, 100), R.randrange(1, 4), R.randrange(0, 3)),
                 "Falls: %d this month (vs %d last month), mostly between 2 and 6 am." % (R.randrange(3, 10), R.randrange(5, 14)),
                 "Safe handling reminder: 2 staff injured this quarter during transfers.",
                 "New dressing carts delivered, inventory on Fridays.", "OPUS-AP training mandatory before June 30.",
                 "Family survey: 87% satisfied, complaints about meal temperature.", "Isolation: 2 rooms on contact precautions, signage updated."])
    sel = sample(pts, R.randrange(3, 6))
    body = ctx.t("%s\n\nCompte rendu de la rencontre d'équipe du %s.\nPrésents : %s\n\n%s\n\nProchaine rencontre dans 2 semaines.\n\n%s",
                 "%s\n\nMinutes of the team meeting of %s.\nPresent: %s\n\n%s\n\nNext meeting in 2 weeks.\n\n%s") % (
        greet(ctx), ldate(ctx, rand_date().date(), False), ", ".join(short_name(p, "init") for p in present),
        "\n".join("%d) %s" % (i + 1, s) for i, s in enumerate(sel)), closing(ctx))
    atts = []
    if chance(0.3):
        atts.append(Att(ctx.t("compte_rendu.docx", "minutes.docx"), make_docx(ctx.t("Compte rendu", "Minutes"), sel, None, sender["name"])))
    to = [(p["name"], p["email"]) for p in present[:R.randrange(2, 6)]]
    return finish(ctx, "reunion", ctx.t("Compte rendu - rencontre d'équipe", "Minutes - team meeting"), body, sender, to, atts=atts, positive=False)


NEG_CATS = [("horaire", neg_horaire, 9), ("horaire_xlsx", neg_horaire_xlsx, 8), ("loisirs", neg_loisirs, 9), ("menu", neg_menu, 9),
            ("infolettre", neg_infolettre, 9), ("infection", neg_infection, 9), ("entretien", neg_entretien, 9), ("appro", neg_appro, 9),
            ("formation", neg_formation, 9), ("rh", neg_rh, 9), ("indicateurs", neg_indicateurs, 8), ("formulaire", neg_formulaire, 9),
            ("cas_clinique", neg_cas_clinique, 8), ("comite", neg_comite, 8), ("ti", neg_ti, 8), ("affichage", neg_affichage, 8),
            ("protocole", neg_protocole, 9), ("pharmacie", neg_pharmacie, 8), ("benevoles", neg_benevoles, 8), ("garde", neg_garde, 8),
            ("reunion", neg_reunion, 9)]
assert sum(c[2] for c in NEG_CATS) == N_NEG


# ---------------------------------------------------------------------------
# driver, self-check, README
# ---------------------------------------------------------------------------
def plan(cats, n_total, n_en):
    seq = []
    for name, fn, n in cats:
        seq += [(name, fn)] * n
    R.shuffle(seq)
    langs = ["en"] * n_en + ["fr"] * (n_total - n_en)
    R.shuffle(langs)
    return [(c[0], c[1], l) for c, l in zip(seq, langs)]


def describe_transport(data):
    msg = email.message_from_bytes(data, policy=email.policy.default)
    kinds = []
    for part in msg.walk():
        ct = part.get_content_type()
        if ct.startswith("multipart/"):
            kinds.append(ct.split("/")[1])
        elif ct in ("text/plain", "text/html") and part.get_filename() is None:
            kinds.append("%s[%s,%s]" % (ct.split("/")[1], part.get_content_charset(), part.get("Content-Transfer-Encoding", "7bit")))
        else:
            fn = part.get_filename() or ct
            kinds.append("att:" + fn.rsplit(".", 1)[-1].lower() if "." in fn else "att:" + ct)
    kinds.append("CRLF" if b"\r\n" in data[:2000] else "LF")
    return " ".join(kinds)


def generate(out, seed):
    global R, PATIENTS, _FOREIGN_I
    R = random.Random(seed)
    _FOREIGN_I = 0
    _BLOCKED_NAMES.clear()
    PATIENTS = build_patients()
    os.makedirs(os.path.join(out, "positive"), exist_ok=True)
    os.makedirs(os.path.join(out, "negative"), exist_ok=True)
    for sub in ("positive", "negative"):
        for f in os.listdir(os.path.join(out, sub)):
            if f.endswith(".eml"):
                os.remove(os.path.join(out, sub, f))
    labels = {}
    pos_plan = plan(POS_CATS, N_POS, EN_POS)
    neg_plan = plan(NEG_CATS, N_NEG, EN_NEG)
    for i, (cat, fn, lang) in enumerate(pos_plan, 1):
        for attempt in range(20):
            ctx = Ctx(lang)
            spec = fn(ctx)
            if (ctx.types & ID_TYPES) and (ctx.types & INFO_TYPES):
                break
        else:
            raise RuntimeError("could not build positive %s" % cat)
        data = build_message(spec)
        rel = "positive/p%03d_%s.eml" % (i, cat)
        with open(os.path.join(out, rel), "wb") as f:
            f.write(data)
        note = "; ".join([cat] + ctx.notes + [describe_transport(data)])
        labels[rel] = {"confidential": True, "types": [t for t in ALL_TYPES if t in ctx.types], "lang": lang, "note": note}
    for i, (cat, fn, lang) in enumerate(neg_plan, 1):
        ctx = Ctx(lang)
        spec = fn(ctx)
        assert not ctx.types, (cat, ctx.types)
        data = build_message(spec)
        rel = "negative/n%03d_%s.eml" % (i, cat)
        with open(os.path.join(out, rel), "wb") as f:
            f.write(data)
        note = "; ".join([cat] + ctx.notes + [describe_transport(data)])
        labels[rel] = {"confidential": False, "types": [], "lang": lang, "note": note}
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    return labels


def decode_all(msg, problems, path):
    n = 0
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        for d in part.defects:
            problems.append("%s: defect %s in %s" % (path, type(d).__name__, ct))
        if part.get_content_maintype() == "text":
            txt = part.get_content()
            assert isinstance(txt, str) and txt.strip(), (path, ct)
        else:
            payload = part.get_content()
            if isinstance(payload, email.message.Message):
                n += decode_all(payload, problems, path)
                continue
            assert isinstance(payload, bytes) and payload, (path, ct)
            fn = (part.get_filename() or "").lower()
            if fn.endswith(".pdf"):
                assert payload.startswith(b"%PDF"), path
            if fn.endswith((".zip", ".docx", ".xlsx")):
                z = zipfile.ZipFile(io.BytesIO(payload))
                assert z.testzip() is None, path
        n += 1
    return n


def self_check(out, labels):
    files = sorted(["positive/" + f for f in os.listdir(os.path.join(out, "positive")) if f.endswith(".eml")] +
                   ["negative/" + f for f in os.listdir(os.path.join(out, "negative")) if f.endswith(".eml")])
    assert set(files) == set(labels), "labels do not cover exactly the files"
    problems = []
    nparts = 0
    for rel in files:
        with open(os.path.join(out, rel), "rb") as f:
            data = f.read()
        msg = email.message_from_bytes(data, policy=email.policy.default)
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            assert msg[h] is not None and str(msg[h]).strip(), (rel, h)
        for d in msg.defects:
            problems.append("%s: defect %s" % (rel, type(d).__name__))
        nparts += decode_all(msg, problems, rel)
        lab = labels[rel]
        if rel.startswith("positive/"):
            assert lab["confidential"] is True and len(lab["types"]) >= 1, rel
            assert set(lab["types"]) <= set(ALL_TYPES), rel
        else:
            assert lab["confidential"] is False and lab["types"] == [], rel
        assert lab["lang"] in ("fr", "en"), rel
    if problems:
        print("parser defects:")
        for p in problems:
            print("  " + p)
        raise SystemExit(1)
    h = hashlib.sha256()
    for rel in files + ["labels.json"]:
        with open(os.path.join(out, rel), "rb") as f:
            h.update(rel.encode("utf-8") + b"\0" + f.read() + b"\0")
    npos = sum(1 for r in files if r.startswith("positive/"))
    nneg = len(files) - npos
    by_lang = {}
    for r in files:
        k = ("pos" if r.startswith("positive/") else "neg", labels[r]["lang"])
        by_lang[k] = by_lang.get(k, 0) + 1
    tcount = {}
    for r in files:
        for t in labels[r]["types"]:
            tcount[t] = tcount.get(t, 0) + 1
    return dict(positives=npos, negatives=nneg, by_lang=by_lang, parts=nparts, digest=h.hexdigest(), types=tcount)


README_TMPL = """# Held-out corpus 48 - long-term care (CHSLD) and rehabilitation centre

Synthetic outbound e-mail from a fictional CISSS (`{dom}`) operating four CHSLD
(long-term care homes) and a rehabilitation centre (adult programmes and a paediatric
programme), labelled for confidentiality to measure a data-loss prevention filter.
About three quarters French (Quebec usage, abbreviations and typos as nurses, orderlies
and therapists type them), one quarter English.

## Layout

- `generate.py` - the generator (standard library, python-stdnum, reportlab, python-docx, openpyxl)
- `positive/pNNN_<category>.eml` - {npos} confidential messages
- `negative/nNNN_<category>.eml` - {nneg} non-confidential messages
- `labels.json` - `{{"positive/p001_x.eml": {{"confidential": true, "types": [...], "lang": "fr"|"en", "note": "..."}}}}`

Positive categories: nursing shift handoffs, family communications (both directions), falls
(AH-223 incident reports), wound care, medication rounds (errors, refusals, renewals, PRN,
narcotic count, insulin), physiotherapy and occupational-therapy plans, transfers to hospital,
lab results, adapted-transport bookings, social work (protection regimes, mistreatment,
discharge planning, benefit applications), nutrition, admissions, resident rosters
(XLSX/CSV/HTML), appointment invitations (ICS), contact cards (vCard), forwarded .eml
attachments, ZIP bundles, out-of-province / foreign patients (Ontario health number,
Belgian NISS, French NIR), physician-round lists, palliative care and deaths.

Negative categories: staff schedules (inline and XLSX/PDF/CSV), recreation calendars (ICS/PDF),
menus, family newsletters (HTML), infection-control notices (aggregate outbreak counts),
maintenance (serial and asset numbers that pass Luhn), supply orders/invoices/recalls (valid
GTINs, lot numbers), training announcements (physicians named with the diseases they treat),
HR mail (employee occupational health), quality indicators (aggregates), blank forms, anonymised
teaching cases, committee notices, IT notices, job postings, protocols and collective orders,
pharmacy bulletins, volunteer schedules, on-call physician lists, team meeting minutes.

## Definition used

A message is confidential when a reader could identify a patient (by name, or by RAMQ NAM,
SIN, Ontario health number, Belgian NISS, French NIR or chart number/MRN, sometimes written
with spaces, dashes, lower case or a misspelt name) and learn something personal, medical
or social about them, wherever it appears: subject, body, quoted reply, inline forward,
attachment (PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP, attached .eml) or file name. A patient's
home address or phone with their name in a care context counts. Staff information
(schedules, leave, employee occupational health), physicians with their specialties,
aggregates, newsletters, blank forms, anonymised cases, invoices and serial/lot/asset
numbers are not confidential.

Finding types: {types}. Each positive lists the types actually written into it (the helper
that inserts a value records its type); a relative's phone number alone is not counted as
`patient_contact`.

All NAMs come from `../blind_nams.txt` and are used with that person's name, birth date and
sex. SINs, Ontario health numbers (Luhn), NISS and NIR are generated and validated with
python-stdnum. All people, institutions, streets, domains (`*.example`) and phone numbers
(555-01xx) are invented.

## Transports

text/plain, text/html only, multipart/alternative, multipart/mixed with attachments,
message/rfc822; charsets utf-8, iso-8859-1, windows-1252; quoted-printable, base64, 8bit;
RFC 2047 encoded headers and RFC 2231 / encoded-word attachment names; CRLF and LF line endings;
Outlook and Gmail style replies and forwards; signatures and confidentiality footers.
ZIP, DOCX, XLSX and PDF use fixed timestamps, so output is byte-for-byte reproducible.

## Regenerate

    python generate.py                 # default seed {seed}, writes next to generate.py
    python generate.py --seed N --out DIR

The generator parses every file back with `email.policy.default`, decodes every part,
checks the labels and prints counts and a sha256 digest (over the .eml files and labels.json,
in path order).

## Counts and digest (seed {seed})

- positives: {npos} (fr {pfr}, en {pen})
- negatives: {nneg} (fr {nfr}, en {nen})
- sha256: `{digest}`
"""


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args()
    out = args.out
    labels = generate(out, args.seed)
    res = self_check(out, labels)
    bl = res["by_lang"]
    print("positives: %d (fr %d, en %d)" % (res["positives"], bl.get(("pos", "fr"), 0), bl.get(("pos", "en"), 0)))
    print("negatives: %d (fr %d, en %d)" % (res["negatives"], bl.get(("neg", "fr"), 0), bl.get(("neg", "en"), 0)))
    print("leaf parts decoded: %d" % res["parts"])
    print("types: " + ", ".join("%s=%d" % (t, res["types"].get(t, 0)) for t in ALL_TYPES))
    print("sha256: %s" % res["digest"])
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(README_TMPL.format(dom=CISSS_DOM, npos=res["positives"], nneg=res["negatives"], types=", ".join(ALL_TYPES),
                                   seed=args.seed, pfr=bl.get(("pos", "fr"), 0), pen=bl.get(("pos", "en"), 0),
                                   nfr=bl.get(("neg", "fr"), 0), nen=bl.get(("neg", "en"), 0), digest=res["digest"]))


if __name__ == "__main__":
    main()
