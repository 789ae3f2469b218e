"""Scenario context and the step that turns a scenario spec into MIME parts with varied transports."""
import datetime as _dt
import random

import gen_common as C
import gen_docs as D
from gen_mime import Part, build_message, render_html, render_text


class Ctx:
    """Helper handed to every scenario function."""

    def __init__(self, seed, key, people, lang, variant):
        self.rng = random.Random("%s-%s" % (seed, key))
        self.people = people
        self.lang = lang
        self.fr = lang == "fr"
        self.v = variant
        self.meta = {"nams": [], "ids": [], "names": []}
        self.date = C.msg_datetime(self.rng)

    # ---- choices -------------------------------------------------------
    def ch(self, *opts):
        return opts[self.rng.randrange(len(opts))]

    def t(self, fr, en):
        return fr if self.fr else en

    def staff(self, *idx):
        return C.staff(self.rng.choice(idx) if idx else self.rng.randrange(len(C.STAFF)))

    def doc(self, *idx):
        return C.doctor(self.rng.choice(idx) if idx else self.rng.randrange(len(C.DOCTORS)))

    def study(self, i=None):
        s = C.STUDIES[self.rng.choice(C.ADULT_STUDIES) if i is None else i]
        return {"code": s[0], "title": s[1] if self.fr else s[2], "dx": s[3] if self.fr else s[4],
                "ip": s[5], "title_fr": s[1], "title_en": s[2]}

    def sig(self, person, org=True):
        return ("sig", C.signature(person, self.lang, self.rng, org))

    def d(self, date, style=0):
        return C.ldate(self.lang, date, style)

    def later(self, n):
        return C.days_after(self.date, n)

    def earlier(self, n):
        d = self.date.date() - _dt.timedelta(days=n)
        while d.weekday() >= 5:
            d -= _dt.timedelta(days=1)
        return d

    # ---- patients and identifiers ----------------------------------------
    def holder(self, age="any"):
        return self.people.holder(self.rng, age)

    def holder_study(self, adult_choices=None):
        """A NAM holder and a fitting study: children go to the paediatric asthma study."""
        h = self.holder()
        if h["dob"].year >= 2006:
            return h, self.study(4)
        return h, self.study(self.rng.choice(adult_choices or C.ADULT_STUDIES))

    def patient(self, kind="qc", child=False):
        return self.people.patient(self.rng, kind, child)

    def pi(self, st):
        return C.doctor(C.STUDY_PI[st["code"]])

    def name(self, p, style=None):
        if style is None:
            style = self.rng.randrange(9)
        n = C.name_form(p, style, self.lang)
        self.meta["names"].append(n)
        return n

    def nam(self, h, style=None, dob_style=None, name_style=None):
        """Written NAM, name, birth date and sex of a NAM holder; recorded for verification."""
        if style is None:
            style = self.rng.randrange(7)
        if dob_style is None:
            dob_style = self.rng.randrange(4)
        if name_style is None:
            name_style = self.rng.choice([0, 1, 2, 3, 4, 5, 7, 8])
        nm = C.name_form(h, name_style, self.lang)
        dob = self.d(h["dob"], dob_style)
        nam = C.fmt_nam(h["nam"], style)
        sex = h["sex"]
        self.meta["nams"].append({"nam": h["nam"], "name": nm, "dob": dob, "sex": sex,
                                  "surname": h["surname"], "given": h["given"]})
        self.meta["names"].append(nm)
        return {"name": nm, "dob": dob, "nam": nam, "sex": sex}

    def sin(self, style=None):
        v = C.make_sin(self.rng)
        self.meta["ids"].append(("ca_sin", v))
        return C.fmt_sin(v, self.rng.randrange(6) if style is None else style)

    def ohn(self, style=None):
        v, vc = C.make_ohn(self.rng)
        self.meta["ids"].append(("ca_health_number", v))
        return C.fmt_ohn(v, vc, self.rng.randrange(5) if style is None else style)

    def niss(self, p, style=None):
        v = C.make_niss(self.rng, p["dob"], p["sex"])
        self.meta["ids"].append(("be_niss", v))
        return C.fmt_niss(v, self.rng.randrange(4) if style is None else style)

    def nir(self, p, style=None):
        v = C.make_nir(self.rng, p["dob"], p["sex"])
        self.meta["ids"].append(("fr_nir", v))
        return C.fmt_nir(v, self.rng.randrange(4) if style is None else style)

    def mrn(self, p, style=None):
        return C.fmt_mrn(p["mrn"], self.rng.randrange(6) if style is None else style, self.lang)

    def phone_of(self, p, style=None):
        return C.fmt_phone(p["phone"], self.rng.randrange(5) if style is None else style)

    # ---- threads -------------------------------------------------------
    def quote(self, person, when, blocks, style=None, to=None, subject=""):
        style = style or self.ch(">", ">", "outlook")
        if style == ">":
            if self.fr:
                hl = ["Le %s à %s, %s <%s> a écrit :" % (C.fr_date(when.date(), 4), when.strftime("%H:%M"),
                                                         person["name"], person["addr"])]
            else:
                hl = ["On %s at %s, %s <%s> wrote:" % (C.en_date(when.date(), 4), when.strftime("%I:%M %p").lstrip("0"),
                                                       person["name"], person["addr"])]
        else:
            to = to or {"name": "", "addr": ""}
            if self.fr:
                hl = ["-----Message d'origine-----", "De : %s <%s>" % (person["name"], person["addr"]),
                      "Envoyé : %s %s" % (C.fr_date(when.date(), 4), when.strftime("%H:%M")),
                      "À : %s" % to["name"], "Objet : %s" % subject]
            else:
                hl = ["-----Original Message-----", "From: %s <%s>" % (person["name"], person["addr"]),
                      "Sent: %s %s" % (C.en_date(when.date(), 4), when.strftime("%I:%M %p").lstrip("0")),
                      "To: %s" % to["name"], "Subject: %s" % subject]
        return ("quote", hl, blocks, style)

    def fwd(self, person, when, to, subject, blocks):
        if self.fr:
            sep = "---------- Message transféré ---------"
            hl = ["De : %s <%s>" % (person["name"], person["addr"]),
                  "Date : %s %s" % (C.fr_date(when.date(), 4), when.strftime("%H:%M")),
                  "Objet : %s" % subject, "À : %s" % to]
        else:
            sep = "---------- Forwarded message ---------"
            hl = ["From: %s <%s>" % (person["name"], person["addr"]),
                  "Date: %s at %s" % (C.en_date(when.date(), 4), when.strftime("%I:%M %p").lstrip("0")),
                  "Subject: %s" % subject, "To: %s" % to]
        return ("fwd", sep, hl, blocks)

    def prev_dt(self, hours=3):
        return self.date - _dt.timedelta(hours=hours, minutes=self.rng.randrange(0, 59))


# --------------------------------------------------------------------------
# Attachment specs (scenario side)
# --------------------------------------------------------------------------
def pdf(fname, title, items, author=""):
    return {"kind": "pdf", "fname": fname, "title": title, "items": items, "author": author}


def docx(fname, title, items, author="BRC"):
    return {"kind": "docx", "fname": fname, "title": title, "items": items, "author": author}


def xlsx(fname, sheets, author="BRC"):
    return {"kind": "xlsx", "fname": fname, "sheets": sheets, "author": author}


def csv(fname, header, rows, sep=",", charset=None):
    return {"kind": "csv", "fname": fname, "text": D.make_csv(header, rows, sep), "charset": charset}


def ics(fname, **kw):
    return {"kind": "ics", "fname": fname, "text": D.make_ics(**kw)}


def vcf(fname, **kw):
    return {"kind": "vcf", "fname": fname, "text": D.make_vcf(**kw)}


def zipf(fname, members):
    """members: list of attachment specs (pdf/docx/xlsx/csv/txt) or (name, text)."""
    return {"kind": "zip", "fname": fname, "members": members}


def txt(fname, text):
    return {"kind": "txt", "fname": fname, "text": text}


def eml(fname, spec):
    return {"kind": "eml", "fname": fname, "spec": spec}


def att_bytes(a):
    k = a["kind"]
    if k == "pdf":
        return D.make_pdf(a["title"], a["items"], author=a.get("author", ""))
    if k == "docx":
        return D.make_docx(a["title"], a["items"], author=a.get("author", "BRC"))
    if k == "xlsx":
        return D.make_xlsx(a["sheets"], author=a.get("author", "BRC"))
    if k in ("csv", "txt", "ics", "vcf"):
        return a["text"].encode("utf-8")
    if k == "zip":
        mem = []
        for m in a["members"]:
            if isinstance(m, tuple):
                mem.append(m)
            else:
                mem.append((m["fname"], att_bytes(m)))
        return D.make_zip(mem)
    raise ValueError(k)


CTYPES = {"pdf": "application/pdf",
          "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          "zip": "application/zip", "csv": "text/csv", "txt": "text/plain", "ics": "text/calendar",
          "vcf": "text/vcard"}


# --------------------------------------------------------------------------
# Transport choices
# --------------------------------------------------------------------------
def _enc_ok(s, cs):
    try:
        s.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def _wchoice(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.random() * tot
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


BOUNDARY_STYLES = [
    lambda r: "_%03d_YT1PR01MB%04X%08X_" % (r.randrange(1000), r.randrange(65536), r.getrandbits(32)),
    lambda r: "%028x" % r.getrandbits(112),
    lambda r: "------------%024d" % r.getrandbits(72),
    lambda r: "----=_Part_%d_%d.%d" % (r.randrange(10000), r.getrandbits(30), 1700000000000 + r.getrandbits(30)),
    lambda r: "=-=-=%016X=-=-=" % r.getrandbits(64),
]

MAILERS = ["X-Mailer: Microsoft Outlook 16.0", "User-Agent: Mozilla Thunderbird 115.6.0",
           "X-Mailer: Apple Mail (2.3774.300.61.1.2)", "X-Mailer: Zimbra 9.0.0_GA_4583",
           "User-Agent: Roundcube Webmail/1.6.5"]


def finalize(spec, seed, key, inner=False):
    """Return (bytes, features) for a scenario spec."""
    rng = random.Random("%s-%s-transport" % (seed, key))
    feats = set()
    blocks = spec["blocks"]
    text = render_text(blocks)
    if spec.get("noaccent"):
        text = C.strip_accents(text)
    kind = spec.get("kind") or _wchoice(rng, [("plain", 4), ("alt", 4), ("html", 2)])
    entities = kind != "plain" and rng.random() < 0.3
    hstyle = rng.randrange(3)
    all_ascii = _enc_ok(text, "ascii") and _enc_ok(C.strip_accents(text), "ascii")
    if spec.get("charset"):
        cs = spec["charset"]
    elif _enc_ok(text, "ascii"):
        cs = _wchoice(rng, [("us-ascii", 4), ("utf-8", 3), ("iso-8859-1", 1.5), ("windows-1252", 1.5)])
    else:
        cs = _wchoice(rng, [("utf-8", 5), ("iso-8859-1", 2.5), ("windows-1252", 2.5)])
    html = render_html(blocks, hstyle, cs, entities) if kind != "plain" else None
    if html is not None and spec.get("noaccent"):
        html = C.strip_accents(html)
    probe = text + (html or "")
    if not _enc_ok(probe, cs):
        cs = "windows-1252" if _enc_ok(probe, "windows-1252") and cs == "iso-8859-1" else "utf-8"
        if html is not None:
            html = render_html(blocks, hstyle, cs, entities)
    del all_ascii

    def pick_cte(s):
        if spec.get("cte"):
            c = spec["cte"]
            if c == "7bit" and not _enc_ok(s, "ascii"):
                return "quoted-printable"
            return c
        if _enc_ok(s, "ascii"):
            return _wchoice(rng, [("7bit", 6), ("quoted-printable", 2.5), ("base64", 1.5)])
        return _wchoice(rng, [("8bit", 3.5), ("quoted-printable", 4), ("base64", 2.5)])

    cte = pick_cte(text)
    html_cte = pick_cte(html) if html is not None else None
    if kind == "alt" and rng.random() < 0.6:
        html_cte = cte if not (cte == "7bit" and not _enc_ok(html, "ascii")) else html_cte

    atts = []
    for a in spec.get("atts", []):
        atts.append(_att_part(a, seed, key, rng, feats))

    m = {
        "frm": spec["frm"], "to": spec["to"], "cc": spec.get("cc", []), "subject": spec["subject"],
        "date": spec.get("date"), "kind": kind, "text": text, "html": html, "charset": cs,
        "cte": cte, "html_cte": html_cte, "henc": rng.choice("qb"),
        "nl": spec.get("nl") or ("crlf" if rng.random() < 0.5 else "lf"),
        "force_subj_enc": rng.random() < 0.08,
        "boundaries": [BOUNDARY_STYLES[rng.randrange(5)](rng), BOUNDARY_STYLES[rng.randrange(5)](rng)],
        "attachments": atts,
    }
    dom = spec["frm"][1].split("@")[1]
    ms = rng.randrange(3)
    if ms == 0:
        m["msgid"] = "<%016X.%08X@%s>" % (rng.getrandbits(64), rng.getrandbits(32), dom)
    elif ms == 1:
        m["msgid"] = "<YT%dPR01MB%05d%012X@%s>" % (rng.randrange(1, 4), rng.randrange(99999),
                                                     rng.getrandbits(48), dom)
    else:
        m["msgid"] = "<%s.%d.%x@mail.%s>" % (spec["date"].strftime("%Y%m%d%H%M%S"), rng.randrange(1000, 99999),
                                              rng.getrandbits(40), dom)
    if inner:
        m["nl"] = "lf"
    if spec.get("reply"):
        m["in_reply_to"] = "<%012x.%d@%s>" % (rng.getrandbits(48), rng.randrange(100, 999), spec["reply"])
    xh = []
    if rng.random() < 0.7:
        xh.append(MAILERS[rng.randrange(len(MAILERS))])
    if spec.get("importance"):
        xh.append("Importance: high")
    m["xheaders"] = xh
    raw = build_message(m, feats)
    return raw, feats


def _att_part(a, seed, key, rng, feats):
    k = a["kind"]
    fstyle = _wchoice(rng, [("plain", 6), ("2231", 3), ("2231cont", 1)])
    if k == "eml":
        inner_raw, inner_feats = finalize(a["spec"], seed, key + "-inner", inner=True)
        feats.update("inner:" + f for f in inner_feats)
        feats.add("message/rfc822")
        cte = "7bit" if _enc_ok(inner_raw.decode("latin-1"), "ascii") else "8bit"
        return Part("message/rfc822", inner_raw, cte=cte, filename=a["fname"], fname_style=fstyle)
    data = att_bytes(a)
    ctype = CTYPES[k]
    feats.add("att:" + k)
    if k in ("csv", "txt", "ics", "vcf"):
        text = a["text"]
        cs = a.get("charset")
        if not cs:
            cs = "utf-8" if not _enc_ok(text, "ascii") else rng.choice(["us-ascii", "utf-8"])
            if cs == "utf-8" and k == "csv" and _enc_ok(text, "windows-1252") and rng.random() < 0.5:
                cs = "windows-1252"
        if not _enc_ok(text, cs):
            cs = "utf-8"
        data = text.encode(cs)
        if _enc_ok(text, "ascii"):
            cte = _wchoice(rng, [("7bit", 4), ("quoted-printable", 2), ("base64", 4)])
        else:
            cte = _wchoice(rng, [("8bit", 2), ("quoted-printable", 3), ("base64", 5)])
        if k == "ics":
            ctype += "; method=REQUEST"
        return Part(ctype, data.replace(b"\r\n", b"\n"), charset=cs, cte=cte, filename=a["fname"],
                    fname_style=fstyle)
    return Part(ctype, data, cte="base64", filename=a["fname"], fname_style=fstyle)


# --------------------------------------------------------------------------
# Small helpers for scenarios
# --------------------------------------------------------------------------
def who(c, p, style=None):
    """(display name, address) for a staff member or doctor."""
    style = c.rng.randrange(4) if style is None else style
    if style == 0:
        return (p["name"], p["addr"])
    if style == 1:
        return ("%s, %s" % (p["surname"], p["given"]), p["addr"])
    if style == 2:
        return ("", p["addr"])
    return (p["name"] + (" (CISRP)" if c.fr else " (CISRP)"), p["addr"])


def box(name, local, dom=C.DOM):
    return (name, "%s@%s" % (local, dom))


def ext(c, key, given=None, surname=None):
    """An external correspondent at one of the partner organisations."""
    org, dom = C.SITES[key]
    g = given or c.ch(*C.EXTRA_STAFF_GIVEN)
    s = surname or c.ch(*C.EXTRA_STAFF_SURNAME)
    return {"given": g, "surname": s, "name": "%s %s" % (g, s), "addr": C.email_of(g, s, dom), "org": org,
            "role_fr": "", "role_en": ""}


def gx(p, masc, fem):
    return fem if p["sex"] == "F" else masc


def personal_addr(c, p):
    dom = c.ch("courriel.example", "mailbox.example", "videoweb.example", "netplus.example")
    return "%s%s%d@%s" % (C.slug(p["given"])[:6].replace("-", ""), C.slug(p["surname"]).replace("-", "")[:8],
                           c.rng.randrange(1, 99), dom)


def colleague(c, sex=None):
    """A staff member outside the core team (names disjoint from the NAM list)."""
    g = c.ch(*C.EXTRA_STAFF_GIVEN)
    s = c.ch(*C.EXTRA_STAFF_SURNAME)
    return {"given": g, "surname": s, "name": "%s %s" % (g, s), "addr": C.email_of(g, s), "role_fr": "",
            "role_en": "", "sex": sex or "F"}


def luhn_serial(c, n=9):
    """A checksum-valid serial number (looks like a SIN or a health number, but is equipment data)."""
    from stdnum import luhn
    body = c.ch(*"123456789") + "".join(c.ch(*"0123456789") for _ in range(n - 2))
    return body + luhn.calc_check_digit(body)


def lot(c):
    return "%d%s%04d" % (c.rng.randrange(22, 25), c.ch(*"ABCDEFGHK"), c.rng.randrange(1, 9999))
