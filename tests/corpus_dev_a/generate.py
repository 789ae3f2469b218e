#!/usr/bin/env python3
"""Synthetic outbound hospital e-mail corpus (Quebec health network house style).
Seeded, byte-for-byte deterministic. Usage: python generate.py [--out DIR]"""
import argparse, csv, datetime as dt, hashlib, io, json, os, random, re, shutil, sys, zipfile
import email, email.policy
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from html import escape

SEED = 5101
HERE = os.path.dirname(os.path.abspath(__file__))
# The synthetic NAMs every blind writer was given (surname, given name, birth date, sex, NAM), shared by
# the blind corpora in tests/blind_nams.txt.
import os

NAM_ROWS_TEXT = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, "blind_nams.txt"), encoding="utf-8").read()
FIXED = dt.datetime(2026, 1, 1, 0, 0, 0)
TODAY = dt.date(2026, 12, 1)

rng = random.Random(SEED)
random.seed(SEED)

# ---------------------------------------------------------------- identifiers
from stdnum import luhn
from stdnum.ca import sin as std_sin
from stdnum.be import nn as std_nn
from stdnum.fr import nir as std_nir


def gen_sin():
    while True:
        first = rng.choice("1234567")
        body = first + "".join(rng.choice("0123456789") for _ in range(7))
        s = body + luhn.calc_check_digit(body)
        if std_sin.is_valid(s):
            return s


def gen_ohip():
    while True:
        body = rng.choice("123456789") + "".join(rng.choice("0123456789") for _ in range(8))
        s = body + luhn.calc_check_digit(body)
        if luhn.is_valid(s):
            return s


def gen_niss(dob, sex):
    while True:
        serial = rng.randrange(1, 998)
        if (serial % 2 == 1) != (sex == "M"):
            continue
        first9 = dob.strftime("%y%m%d") + "%03d" % serial
        base = int(("2" + first9) if dob.year >= 2000 else first9)
        chk = 97 - (base % 97)
        s = first9 + "%02d" % chk
        if std_nn.is_valid(s):
            return s


def gen_nir(dob, sex):
    while True:
        dept = rng.choice(["75", "69", "13", "33", "59", "67", "31", "44"])
        body = ("1" if sex == "M" else "2") + dob.strftime("%y%m") + dept + "%03d" % rng.randrange(1, 990) + "%03d" % rng.randrange(1, 999)
        key = 97 - (int(body) % 97)
        s = body + "%02d" % key
        if std_nir.is_valid(s):
            return s


def gen_mrn():
    k = rng.randrange(6)
    if k == 0:
        return "%07d" % rng.randrange(100000, 9999999)
    if k == 1:
        return "%08d" % rng.randrange(10000000, 99999999)
    if k == 2:
        return "H" + "%07d" % rng.randrange(1000000, 9999999)
    if k == 3:
        return "M%08d" % rng.randrange(100000, 99999999)
    if k == 4:
        return "%d-%06d" % (rng.randrange(10, 99), rng.randrange(100000, 999999))
    return "CHU%07d" % rng.randrange(100000, 9999999)


FW = str.maketrans("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   "０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ")


def fmt_nam(nam, style=None):
    style = style if style is not None else rng.choice(["plain", "space", "space", "dash", "lower"])
    if style == "plain":
        return nam
    if style == "space":
        return "%s %s %s" % (nam[:4], nam[4:8], nam[8:])
    if style == "dash":
        return "%s-%s-%s" % (nam[:4], nam[4:8], nam[8:])
    if style == "lower":
        return nam.lower()
    if style == "dots":
        return ".".join(nam)
    if style == "fullwidth":
        return nam.translate(FW)
    if style == "split":
        return "%s %s\n%s" % (nam[:4], nam[4:8], nam[8:])
    if style == "slash":
        return "%s/%s/%s" % (nam[:4], nam[4:8], nam[8:])
    return nam


def fmt_sin(s):
    return rng.choice(["%s %s %s", "%s-%s-%s", "%s%s%s"]) % (s[:3], s[3:6], s[6:])


def fmt_ohip(s):
    v = rng.choice(["", " AB", "-KX", " HT"])
    return rng.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (s[:4], s[4:7], s[7:]) + v


def fmt_niss(s):
    return "%s.%s.%s-%s.%s" % (s[:2], s[2:4], s[4:6], s[6:9], s[9:])


def fmt_nir(s):
    return "%s %s %s %s %s %s %s" % (s[0], s[1:3], s[3:5], s[5:7], s[7:10], s[10:13], s[13:])

# ---------------------------------------------------------------- people
NAMS = []
for line in NAM_ROWS_TEXT.splitlines():
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    sur, given, dob, sex, nam = line.split()
    NAMS.append(dict(sur=sur, given=given, dob=dt.date.fromisoformat(dob), sex=sex, nam=nam))
NAM_POOL = list(NAMS)
rng.shuffle(NAM_POOL)

EXTRA_SUR = ["Tremblay", "Bergeron", "Côté", "Lavoie", "Dubé", "Nguyen", "Haddad", "Joseph", "Desrosiers",
             "Kowalski", "Pham", "Ouimet", "Saint-Onge", "Beaulieu", "Charbonneau", "Mercier", "Lemieux",
             "Benali", "Papadopoulos", "Fraser", "O'Brien", "Campbell", "Doucet", "Vachon", "Lachance",
             "Gingras", "Rivard", "Théberge", "Ahmadi", "Pierre-Louis", "Hébert", "Poulin", "Dion"]
F_GIVEN = ["Gisèle", "Monique", "Chantal", "Lucie", "Fatima", "Émilie", "Rose-Marie", "Huguette", "Linda",
           "Nicole", "Jeanne", "Aïcha", "Karen", "Thérèse", "Maude", "Noémie", "Francine", "Yvette"]
M_GIVEN = ["Réjean", "Gaétan", "Mohamed", "Normand", "Yves", "Jean-Guy", "Raymond", "Patrick", "Stéphane",
           "Kevin", "Bernard", "Luc", "Marcel", "Olivier", "Ahmed", "Roger", "Denis", "Gabriel"]
STREETS = ["rue des Érables", "boul. Saint-Joseph", "rue Principale", "av. du Parc", "rue Notre-Dame Est",
           "rang Saint-Charles", "rue de la Fabrique", "ch. du Lac-Noir", "rue Wellington", "av. Laurier Ouest",
           "rue Saint-Hubert", "boul. des Laurentides", "rue King", "montée Sainte-Marie"]
CITIES = [("Montréal", "H2X"), ("Laval", "H7N"), ("Longueuil", "J4K"), ("Saint-Jérôme", "J7Z"),
          ("Granby", "J2G"), ("Sherbrooke", "J1H"), ("Repentigny", "J6A"), ("Terrebonne", "J6W"),
          ("Gatineau", "J8X"), ("Trois-Rivières", "G9A")]


def phone(clinic=False):
    area = rng.choice(["514", "450", "438", "819", "579"])
    return "%s-555-%04d" % (area, rng.randrange(100, 199) if not clinic else rng.randrange(200, 999))


def address():
    city, fsa = rng.choice(CITIES)
    apt = rng.choice(["", "", "app. %d, " % rng.randrange(1, 40)])
    return "%s%d, %s, %s (Québec) %s %d%s%d" % (apt, rng.randrange(10, 9999), rng.choice(STREETS), city, fsa,
                                                rng.randrange(1, 9), rng.choice("ABCEGHJKLMNPRSTVWXYZ"), rng.randrange(1, 9))


def finish_patient(p):
    p["age"] = TODAY.year - p["dob"].year - ((TODAY.month, TODAY.day) < (p["dob"].month, p["dob"].day))
    p["mrn"] = gen_mrn()
    p["phone"] = phone()
    p["addr"] = address()
    p["mme"] = "Mme" if p["sex"] == "F" else "M."
    p["mrs"] = "Mrs." if p["sex"] == "F" else "Mr."
    p["il"] = "elle" if p["sex"] == "F" else "il"
    p["Il"] = "Elle" if p["sex"] == "F" else "Il"
    p["e"] = "e" if p["sex"] == "F" else ""
    p["he"] = "she" if p["sex"] == "F" else "he"
    p["He"] = "She" if p["sex"] == "F" else "He"
    p["his"] = "her" if p["sex"] == "F" else "his"
    p["hf"] = "F" if p["sex"] == "F" else "H"
    p["full"] = "%s %s" % (p["given"], p["sur"])
    p["SURG"] = "%s, %s" % (p["sur"].upper(), p["given"])
    return p


def nam_patient():
    if not NAM_POOL:
        NAM_POOL.extend(NAMS)
        rng.shuffle(NAM_POOL)
    return finish_patient(dict(NAM_POOL.pop()))


def plain_patient(min_age=18, max_age=95):
    sex = rng.choice("FM")
    given = rng.choice(F_GIVEN if sex == "F" else M_GIVEN)
    age = rng.randrange(min_age, max_age)
    dob = dt.date(TODAY.year - age - 1, rng.randrange(1, 13), rng.randrange(1, 29))
    return finish_patient(dict(sur=rng.choice(EXTRA_SUR), given=given, dob=dob, sex=sex, nam=None))


def dob_s(p, lang="fr"):
    return rng.choice([p["dob"].isoformat(), p["dob"].strftime("%d/%m/%Y"), p["dob"].strftime("%Y/%m/%d")]) if lang == "fr" \
        else rng.choice([p["dob"].isoformat(), p["dob"].strftime("%b %d, %Y"), p["dob"].strftime("%d-%b-%Y")])


STAFF = [("Isabelle", "Charron", "Dre", "F"), ("Karim", "Benali", "Dr", "M"), ("Marie-Ève", "Wilson", "Dre", "F"),
         ("François", "Gagnon", "Dr", "M"), ("Sophie", "Lachapelle", "Dre", "F"), ("Antoine", "Simard", "Dr", "M"),
         ("Nadia", "Bouchard", "Dre", "F"), ("Philippe", "Ross", "Dr", "M"), ("Julie", "Ferland", "Dre", "F"),
         ("Mathieu", "Desjardins", "Dr", "M"), ("Catherine", "Morin", "Dre", "F"), ("Alexandre", "Poitras", "Dr", "M"),
         ("Laura", "Chen", "Dre", "F"), ("David", "Kaplan", "Dr", "M"), ("Annie", "Roy", "Dre", "F")]
NURSES = [("Valérie", "Thibodeau"), ("Mélanie", "Caron"), ("Jonathan", "Pelletier"), ("Kim", "Lessard"),
          ("Stéphanie", "Gauthier"), ("Marc-André", "Leduc"), ("Audrey", "Fortin"), ("Samuel", "Nadeau"),
          ("Émilie", "Savard"), ("Josée", "Boivin"), ("Hugo", "Lapierre"), ("Geneviève", "Cloutier")]
CLERKS = [("Line", "Paradis"), ("Manon", "Turcotte"), ("Diane", "Vézina"), ("Chantal", "Lévesque"), ("Sylvie", "Hamel")]
DOM = "chu-exemple.example"
EXT_DOMS = ["clinique-maisonneuve.example", "gmf-des-rivieres.example", "cisss-laurentides-fictif.example",
            "pharmacie-beaulieu.example", "clsc-plateau-fictif.example", "hopital-regional-nord.example",
            "transport-adapte-fictif.example", "ramq-fictif.example", "gmail-fictif.example", "videotron-fictif.example"]
EN_DOMS = ["kingston-general-fictif.example", "ottawa-civic-fictif.example", "westisland-clinic.example",
           "mcgill-research-fictif.example", "lakeshore-gh.example"]


def slug(s):
    import unicodedata
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", ".", s).strip(".")


def staff():
    g, s, t, x = rng.choice(STAFF)
    return dict(given=g, sur=s, title=t, sex=x, name="%s %s %s" % (t, g, s), email="%s.%s@%s" % (slug(g), slug(s), DOM))


def nurse():
    g, s = rng.choice(NURSES)
    return dict(given=g, sur=s, name="%s %s" % (g, s), email="%s.%s@%s" % (slug(g), slug(s), DOM))


def clerk():
    g, s = rng.choice(CLERKS)
    return dict(given=g, sur=s, name="%s %s" % (g, s), email="%s.%s@%s" % (slug(g), slug(s), DOM))


def ext_addr(lang="fr", name=None):
    d = rng.choice(EXT_DOMS if lang == "fr" else EN_DOMS)
    local = rng.choice(["accueil", "reception", "info", "secretariat", "admin", "referrals", "rdv", "sad", "intake"])
    if name:
        local = slug(name)
    return formataddr((name or "", "%s@%s" % (local, d))) if name else "%s@%s" % (local, d)


DISC_FR = ("AVIS DE CONFIDENTIALITÉ : Ce message est destiné uniquement à la personne ou à l'organisme à qui il est "
           "adressé. Si vous l'avez reçu par erreur, veuillez en aviser l'expéditeur et le détruire.")
DISC_EN = ("CONFIDENTIALITY NOTICE: This e-mail is intended only for the addressee. If you received it in error, "
           "please notify the sender and delete it.")


def sig(person, role, lang="fr", disc=None):
    unit = rng.choice(["CHU Exemple - Pavillon Sainte-Anne", "CHU Exemple - Hôpital de la Rive", "CLSC du Plateau (CISSS Exemple)",
                       "CHU Exemple - Site Notre-Dame-des-Champs"])
    tel = "Tél. : 514-555-%04d poste %d" % (rng.randrange(2000, 9999), rng.randrange(1000, 9999))
    lines = ["-- ", person["name"], role, unit, "%d, boul. de l'Hôpital, Montréal (Québec) H3X 0A0" % rng.randrange(1000, 9000), tel]
    if disc is None:
        disc = rng.random() < 0.5
    if disc:
        lines += ["", DISC_FR if lang == "fr" else DISC_EN]
    return "\n".join(lines)


def when():
    d = dt.datetime(2026, 11, 2, 7, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5))) + dt.timedelta(
        days=rng.randrange(0, 32), minutes=rng.randrange(0, 12 * 60))
    return d


def future_day(lang="fr"):
    d = TODAY + dt.timedelta(days=rng.randrange(3, 40))
    if lang == "fr":
        j = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"][d.weekday()]
        m = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"][d.month - 1]
        return "%s %d %s" % (j, d.day, m), d
    return d.strftime("%A, %B %d").replace(" 0", " "), d

# ---------------------------------------------------------------- attachments
def normalize_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            b = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                b = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2026-11-30T12:00:00Z", b)
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, b)
    return out.getvalue()


def make_zip(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, b in files:
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 30, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, b)
    return out.getvalue()


def make_pdf(title, lines):
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(title)
    c.setAuthor("CHU Exemple")
    y = 740
    c.setFont("Helvetica-Bold", 13)
    c.drawString(60, y, title)
    y -= 28
    c.setFont("Helvetica", 10)
    for ln in lines:
        chunks = [ln[i:i + 95] for i in range(0, len(ln), 95)] or [""]
        for ch in chunks:
            if y < 60:
                c.showPage()
                c.setFont("Helvetica", 10)
                y = 740
            c.drawString(60, y, ch)
            y -= 14
    c.showPage()
    c.save()
    return buf.getvalue()


def make_docx(title, paras, table=None):
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = "CHU Exemple"
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "CHU Exemple"
    cp.revision = 1
    d.add_heading(title, level=1)
    for p in paras:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        for row in table:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = str(v)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


def make_xlsx(sheet, header, rows):
    import openpyxl
    wb = openpyxl.Workbook()
    wb.properties.creator = "CHU Exemple"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    ws = wb.active
    ws.title = sheet
    ws.append(header)
    for r in rows:
        ws.append(list(r))
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


def make_csv(header, rows, sep=","):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=sep, lineterminator="\r\n")
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def make_ics(summary, start, minutes, location, description, organizer, uid):
    end = start + dt.timedelta(minutes=minutes)
    f = lambda d: d.strftime("%Y%m%dT%H%M%S")
    desc = description.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//CHU Exemple//Agenda//FR", "METHOD:REQUEST", "BEGIN:VEVENT",
             "UID:%s" % uid, "DTSTAMP:20261130T120000Z", "DTSTART;TZID=America/Montreal:%s" % f(start),
             "DTEND;TZID=America/Montreal:%s" % f(end), "SUMMARY:%s" % summary.replace(",", "\\,"),
             "LOCATION:%s" % location.replace(",", "\\,"), "DESCRIPTION:%s" % desc,
             "ORGANIZER;CN=%s:mailto:%s" % (organizer["name"], organizer["email"]), "END:VEVENT", "END:VCALENDAR"]
    out = []
    for ln in lines:
        b = ln
        while len(b.encode("utf-8")) > 74:
            cut = 70
            out.append(b[:cut])
            b = " " + b[cut:]
        out.append(b)
    return "\r\n".join(out) + "\r\n"


def make_vcf(full, given, sur, tel=None, adr=None, email_=None, org=None, note=None, title=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", "N:%s;%s;;;" % (sur, given), "FN:%s" % full]
    if org:
        lines.append("ORG:%s" % org)
    if title:
        lines.append("TITLE:%s" % title)
    if tel:
        lines.append("TEL;TYPE=%s:%s" % ("HOME" if adr else "WORK", tel))
    if adr:
        lines.append("ADR;TYPE=HOME:;;%s;;;;" % adr.replace(",", "\\,"))
    if email_:
        lines.append("EMAIL:%s" % email_)
    if note:
        lines.append("NOTE:%s" % note.replace(",", "\\,").replace("\n", "\\n"))
    lines.append("END:VCARD")
    return "\r\n".join(lines) + "\r\n"

# ---------------------------------------------------------------- transport
TOP_FR = ["Voir ci-dessous.", "FYI", "Pour suivi svp.", "Bonjour,\n\nJe vous transfère, merci de traiter.", "Merci de prendre connaissance.",
          "Ok c'est noté, merci.", "Reçu, on s'en occupe.", "Je fais suivre à la bonne personne.", "Bien reçu. Merci!"]
REPLY_FR = ["Ok c'est noté, merci.", "Reçu, on s'en occupe.", "Merci, je m'en occupe cet après-midi.", "Bien reçu. Merci!", "Parfait, merci.", "C'est fait."]
REPLY_EN = ["Noted, thank you.", "Got it - will take care of it.", "Thanks, received.", "Done.", "Will do, thanks."]
TOP_EN = ["See below.", "FYI", "Forwarding for follow-up, thanks.", "Noted, thank you.", "Got it - will take care of it.",
          "Please see the thread below.", "Thanks, received."]


def text2html(text, cs="utf-8"):
    paras = text.split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(escape(l) for l in p.split("\n")) + "</p>")
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\"></head>" % cs + "<body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n"
            + "\n".join(out) + "\n</body></html>\n")


def pick_charset(text):
    cs = rng.choices(["utf-8", "iso-8859-1", "windows-1252"], [5, 3, 2])[0]
    try:
        text.encode(cs)
    except UnicodeEncodeError:
        cs = "utf-8"
    return cs


def pick_cte(text, cs):
    cte = rng.choices(["quoted-printable", "base64", "8bit"], [5, 3, 3])[0]
    if cte == "8bit" and any(len(l.encode(cs)) > 900 for l in text.split("\n")):
        cte = "quoted-printable"
    return cte


def fill_body(msg, text, kind, html=None):
    if kind == "plain":
        cs = pick_charset(text)
        msg.set_content(text, subtype="plain", charset=cs, cte=pick_cte(text, cs))
    elif kind == "html":
        cs = pick_charset(html or text)
        h = (html or text2html(text, cs)).replace("%CS%", cs)
        msg.set_content(h, subtype="html", charset=cs, cte=pick_cte(h, cs))
    else:
        cs = pick_charset(text)
        msg.set_content(text, subtype="plain", charset=cs, cte=pick_cte(text, cs))
        h = (html or text2html(text, cs)).replace("%CS%", cs)
        msg.add_alternative(h, subtype="html", charset=cs, cte=pick_cte(h, cs))


def fmt_date_hdr(d, lang):
    return format_datetime(d)


def attrib(lang, who, d):
    if lang == "fr":
        return rng.choice(["Le %s, %s a écrit :" % (d.strftime("%Y-%m-%d à %H:%M"), who),
                           "De : %s\nEnvoyé : %s\nObjet : (voir plus bas)" % (who, d.strftime("%d/%m/%Y %H:%M"))])
    return "On %s, %s wrote:" % (d.strftime("%a, %b %d, %Y at %H:%M"), who)


def build(spec, lang, depth=0):
    msg = EmailMessage()
    d = spec.get("date") or when()
    spec["date"] = d
    msg["From"] = spec["frm"]
    msg["To"] = spec["to"]
    if spec.get("cc"):
        msg["Cc"] = spec["cc"]
    msg["Subject"] = spec["subject"]
    msg["Date"] = format_datetime(d)
    msg["Message-ID"] = "<%s.%s@%s>" % (d.strftime("%Y%m%d%H%M%S"), "%010x" % rng.getrandbits(40), spec.get("mid_dom", DOM))
    if spec.get("in_reply_to"):
        msg["In-Reply-To"] = spec["in_reply_to"]
        msg["References"] = spec["in_reply_to"]
    if rng.random() < 0.25:
        msg["X-Mailer"] = rng.choice(["Microsoft Outlook 16.0", "Zimbra 9.0.0_GA", "Mozilla Thunderbird 115.4"])
    if spec.get("importance"):
        msg["Importance"] = "High"
    atts = spec.get("atts") or []
    kind = spec.get("kind") or rng.choices(["plain", "html", "alt"], [5, 2, 3])[0]
    if depth > 0:
        kind = "plain"
    fill_body(msg, spec["text"], kind, spec.get("html"))
    for a in atts:
        fn, ctype, data = a
        if ctype == "message/rfc822":
            msg.add_attachment(data, filename=fn) if False else msg.add_attachment(data)
            continue
        mt, st = ctype.split("/")
        if isinstance(data, str):
            msg.add_attachment(data, subtype=st, charset="utf-8", cte=rng.choice(["base64", "quoted-printable"]), filename=fn)
        else:
            msg.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    return msg


def wrap(spec, lang, mode):
    """mode: reply / fwd / fwdatt -- the original spec becomes quoted/forwarded content."""
    me = staff() if rng.random() < 0.5 else (nurse() if rng.random() < 0.5 else clerk())
    top = rng.choice(TOP_FR if lang == "fr" else TOP_EN)
    if mode == "reply":
        top = rng.choice(REPLY_FR if lang == "fr" else REPLY_EN)
    signame = "\n\n%s" % me["given"]
    od = when()
    spec["date"] = od + dt.timedelta(hours=rng.randrange(1, 30))
    orig_from = spec["frm"]
    if mode == "reply":
        quoted = "\n".join(("> " + l) if l else ">" for l in spec["text"].split("\n"))
        spec["text"] = top + signame + "\n\n" + attrib(lang, orig_from, od) + "\n" + quoted + "\n"
        spec["subject"] = ("RE: " if lang == "fr" else "Re: ") + spec["subject"]
        spec["in_reply_to"] = "<%s.%06x@%s>" % (od.strftime("%Y%m%d%H%M%S"), rng.getrandbits(24), DOM)
        spec["to"], spec["frm"] = spec["frm"], formataddr((me["name"], me["email"]))
        spec["html"] = None
    elif mode == "fwd":
        if lang == "fr":
            hdr = "---------- Message transféré ----------\nDe : %s\nDate : %s\nObjet : %s\nÀ : %s\n" % (
                orig_from, od.strftime("%d/%m/%Y %H:%M"), spec["subject"], spec["to"])
            spec["subject"] = "TR: " + spec["subject"]
        else:
            hdr = "---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s\n" % (
                orig_from, od.strftime("%a, %b %d, %Y %H:%M"), spec["subject"], spec["to"])
            spec["subject"] = "Fwd: " + spec["subject"]
        spec["text"] = top + signame + "\n\n" + hdr + "\n" + spec["text"]
        spec["frm"] = formataddr((me["name"], me["email"]))
        spec["to"] = ext_addr(lang)
        spec["html"] = None
    elif mode == "fwdatt":
        inner_spec = dict(spec)
        inner_spec["date"] = od
        inner_spec["atts"] = []
        inner = build(inner_spec, lang, depth=1)
        att = list(spec.get("atts") or [])
        spec["atts"] = [("", "message/rfc822", inner)] + att
        spec["text"] = top + signame + "\n\n" + sig(me, rng.choice(["Agente administrative", "Coordonnateur", "Chef de service"]) if lang == "fr" else "Coordinator", lang)
        spec["subject"] = ("TR: " if lang == "fr" else "Fwd: ") + spec["subject"]
        spec["frm"] = formataddr((me["name"], me["email"]))
        spec["to"] = ext_addr(lang)
        spec["html"] = None
    return spec


def set_boundaries(msg):
    for part in msg.walk():
        if part.get_content_maintype() == "multipart" and part.get_boundary() is None:
            part.set_boundary("=_Part_%d_%012x" % (rng.randrange(1000, 9999), rng.getrandbits(48)))


def check_message(data):
    m = email.message_from_bytes(data, policy=email.policy.default)
    probs = []
    for part in m.walk():
        if part.defects:
            probs.append("defects %r" % (part.defects,))
        if part.is_multipart():
            continue
        try:
            c = part.get_content()
        except Exception as e:
            probs.append("decode %s" % e)
            continue
        if part.get_content_type() == "application/zip":
            z = zipfile.ZipFile(io.BytesIO(c))
            if z.testzip() is not None:
                probs.append("bad zip")
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if m[h] is None:
            probs.append("missing %s" % h)
    return probs
# ---------------------------------------------------------------- positive generators
DX_FR = [("MPOC exacerbée", "salbutamol, tiotropium, prednisone 40 mg"), ("insuffisance cardiaque décompensée", "furosémide 40 mg IV BID, bisoprolol"),
         ("pneumonie communautaire", "ceftriaxone 1 g die + azithromycine"), ("FA rapide nouvelle", "métoprolol, apixaban 5 mg BID"),
         ("pyélonéphrite", "ceftriaxone, puis cipro PO"), ("cellulite MIG", "céfazoline 2 g q8h"), ("IRA sur IRC", "arrêt ramipril, hydratation"),
         ("hémorragie digestive haute", "pantoprazole 80 mg IV puis perf."), ("diabète type 2 déséquilibré", "metformine, insuline glargine 22 U"),
         ("delirium post-op", "halopéridol 0,5 mg PRN"), ("AVC ischémique sylvien G", "ASA 80, atorvastatine 80"),
         ("fracture de hanche D", "hydromorphone 0,5 mg SC q4h PRN"), ("embolie pulmonaire", "énoxaparine 1 mg/kg BID"),
         ("cholécystite aiguë", "pip-tazo 4,5 g q8h"), ("sepsis urinaire", "pip-tazo, bolus NS 2 L")]
DX_EN = [("COPD exacerbation", "salbutamol, prednisone 40 mg"), ("CHF exacerbation", "furosemide 40 mg IV BID"),
         ("community-acquired pneumonia", "ceftriaxone + azithro"), ("new onset AFib RVR", "metoprolol, apixaban 5 mg BID"),
         ("NSTEMI", "ASA, ticagrelor, heparin drip"), ("DKA", "insulin drip, K replacement"), ("hip fracture", "hydromorphone PRN"),
         ("upper GI bleed", "pantoprazole infusion"), ("pulmonary embolism", "enoxaparin 1 mg/kg BID"), ("small bowel obstruction", "NG tube, NPO"),
         ("alcohol withdrawal", "CIWA protocol, diazepam"), ("cellulitis L leg", "cefazolin 2 g q8h")]


def S(person):
    return formataddr((person["name"], person["email"]))


def p_referral():
    p = nam_patient(); dr = staff(); dx, meds = rng.choice(DX_FR)
    spec_ = rng.choice(["cardiologie", "gastro-entérologie", "pneumologie", "néphrologie", "gériatrie", "neurologie"])
    text = ("Bonjour,\n\nDemande de consultation en %s pour %s %s %s, %d ans (DDN %s), NAM %s.\n\n"
            "Motif : %s, suivi post-hospitalisation. Priorité %s.\nRx actuelle : %s.\nATCD : HTA, dyslipidémie%s.\n\n"
            "Merci de convoquer %s directement au %s.\n\n%s") % (
        spec_, p["mme"], p["given"], p["sur"], p["age"], dob_s(p), fmt_nam(p["nam"]), dx, rng.choice(["B (< 10 jours)", "C (< 28 jours)", "A (urgent)"]),
        meds, rng.choice(["", ", DB2", ", MPOC léger", ", ancienne fumeuse" if p["sex"] == "F" else ", ancien fumeur"]), "la" if p["sex"] == "F" else "le",
        p["phone"], sig(dr, "Médecin de famille - GMF des Rivières" if rng.random() < 0.5 else "Interniste, CHU Exemple"))
    return dict(cat="referral", lang="fr", types=["patient_name", "ramq_nam", "date_of_birth", "diagnosis", "medication", "patient_contact"],
                note="consult request naming a patient with NAM, DOB, diagnosis, meds and phone",
                frm=S(dr), to=ext_addr("fr"), subject=rng.choice(["Demande de consultation - %s" % spec_, "Réf. %s %s" % (spec_, p["sur"]), "Consultation %s" % spec_]), text=text)


def p_transfer_on():
    p = plain_patient(30, 90); dr = staff(); dx, meds = rng.choice(DX_EN); hn = gen_ohip()
    text = ("Hi,\n\nWe are requesting repatriation of our patient %s %s (DOB %s), Ontario health card %s, "
            "currently admitted at your site with %s. %s was visiting family in Gatineau when %s presented to our ED.\n"
            "Current meds: %s.\nAccepting physician: %s. Bed available on 6 North as of tomorrow AM.\n\n"
            "Please fax the transfer summary and MAR to 613-555-%04d.\n\nThanks,\n%s") % (
        p["mrs"], p["full"], dob_s(p, "en"), fmt_ohip(hn), dx, p["He"], p["he"], meds, dr["name"], rng.randrange(100, 199),
        sig(dr, "Hospitalist / Internal Medicine", "en"))
    return dict(cat="transfer_ontario", lang="en", types=["patient_name", "ca_health_number", "date_of_birth", "diagnosis", "medication"],
                note="inter-hospital transfer of a named patient with Ontario health number, DOB and diagnosis",
                frm=S(dr), to=ext_addr("en"), subject=rng.choice(["Transfer request - %s" % p["sur"], "Repatriation request", "Bed request / transfer"]), text=text)


def p_signout():
    dr = staff(); rows = []
    n = rng.randrange(4, 7)
    for i in range(n):
        p = plain_patient(25, 95); dx, meds = rng.choice(DX_FR)
        rows.append("%d) Ch. %d - %s %d%s (dos. %s) - %s. %s. %s" % (
            i + 1, rng.randrange(401, 460), p["SURG"], p["age"], p["hf"], p["mrn"], dx,
            rng.choice(["Suivre lactate 2h", "Rx: " + meds, "NPO minuit, OR demain", "Famille rappelle ce soir", "Niveau de soins C", "Si T > 38,5 : hémocs x2"]),
            rng.choice(["Stable.", "À réévaluer.", "Aucune action attendue.", "Appeler R2 si ↓ TA."])))
    unit = rng.choice(["USI", "7e Nord médecine", "CTU-B", "Chirurgie générale 5e"])
    text = "Sign-out %s - garde de nuit\n\n%s\n\nBonne garde!\n%s" % (unit, "\n".join(rows), dr["given"])
    return dict(cat="signout_list", lang="fr", types=["patient_name", "mrn", "diagnosis", "medication"],
                note="handover list: patient names surname-first with chart numbers, diagnoses and orders",
                frm=S(dr), to=S(staff()), cc=S(nurse()) if rng.random() < 0.5 else None,
                subject=rng.choice(["Sign-out %s" % unit, "Liste de passation %s" % unit, "garde ce soir"]), text=text)


def p_signout_en():
    dr = staff(); rows = []
    for i in range(rng.randrange(3, 6)):
        p = plain_patient(20, 95); dx, meds = rng.choice(DX_EN)
        rows.append("Bed %s  %s, %s  %d%s  %s - %s" % (rng.choice(["12A", "14", "3B", "21", "9", "17C"]), p["sur"], p["given"][0] + ".", p["age"],
                                                   "F" if p["sex"] == "F" else "M", dx, rng.choice(["f/u trop at 0200", meds, "CT head if GCS drops", "DNR/DNI", "replace K if < 3.5"])))
    text = "Hey team,\n\nOvernight handover ICU pod 2:\n\n%s\n\nPaging 4455 if anything.\n%s" % ("\n".join(rows), dr["given"])
    return dict(cat="signout_list", lang="en", types=["patient_name", "diagnosis", "medication"],
                note="ICU handover list with patient surnames, ages, diagnoses and plans",
                frm=S(dr), to=S(staff()), subject=rng.choice(["ICU handover", "sign out tonight", "pod 2 list"]), text=text)


def p_booking():
    p = nam_patient() if rng.random() < 0.5 else plain_patient(); c = clerk(); proc = rng.choice(
        ["coloscopie", "échographie abdominale", "IRM lombaire", "gastroscopie", "ECG d'effort", "biopsie prostatique" if p["sex"] == "M" else "mammographie diagnostique"])
    d, _ = future_day()
    idpart = ("NAM %s" % fmt_nam(p["nam"])) if p["nam"] else ("no dossier %s" % p["mrn"])
    text = ("Bonjour,\n\nSVP déplacer le RDV de %s %s (%s) en %s prévu la semaine prochaine au %s à %s. "
            "%s a appelé ce matin, ne peut pas se libérer (%s). Tél. : %s\n\nMerci!\n%s\nCentrale de rendez-vous") % (
        p["mme"], p["full"], idpart, proc, d, rng.choice(["8h15", "10h30", "13h00", "14h45"]), p["Il"],
        rng.choice(["transport", "travaille de soir", "rendez-vous en oncologie le même jour", "proche aidant non disponible"]), p["phone"], c["name"])
    t = ["patient_name", "patient_contact", "diagnosis"] + (["ramq_nam"] if p["nam"] else ["mrn"])
    return dict(cat="booking", lang="fr", types=t, note="rescheduling a named patient's procedure with identifier and phone",
                frm=S(c), to=ext_addr("fr"), subject=rng.choice(["Déplacement RDV %s" % proc, "RDV à modifier", "Changement de date - %s" % p["sur"]]), text=text)


def p_critical():
    p = plain_patient(); lang = rng.choice(["fr", "fr", "en"]); t = clerk()
    val = rng.choice([("K+", "6,8 mmol/L", "6.8 mmol/L"), ("Hb", "58 g/L", "58 g/L"), ("Troponine HS", "1450 ng/L", "1450 ng/L"),
                      ("Na+", "118 mmol/L", "118 mmol/L"), ("Glucose", "1,9 mmol/L", "1.9 mmol/L"), ("INR", "7,4", "7.4")])
    if lang == "fr":
        text = ("VALEUR CRITIQUE - laboratoire de biochimie\n\nPatient%s : %s\nDossier : %s\nAnalyse : %s = %s (prélevé %s)\n"
                "Médecin demandeur : %s\n\nTentative de joindre le médecin par téléphone sans succès à 2 reprises. SVP accuser réception.\n\n%s") % (
            "e" if p["sex"] == "F" else "", p["SURG"], p["mrn"], val[0], val[1], rng.choice(["06:40", "11:15", "22:05"]), staff()["name"],
            sig(t, "Technologiste médicale - Biochimie"))
        subj = rng.choice(["VALEUR CRITIQUE %s" % val[0], "Critique - %s %s" % (val[0], p["mrn"]), "URGENT résultat critique"])
    else:
        text = ("CRITICAL VALUE\n\nPatient: %s\nMRN: %s\nTest: %s = %s (collected %s)\nOrdering MD: %s\n\nCould not reach the ordering MD by phone. "
                "Please acknowledge.\n\n%s") % (p["SURG"], p["mrn"], val[0], val[2], rng.choice(["06:40", "11:15"]), staff()["name"], sig(t, "Medical Technologist - Core Lab", "en"))
        subj = "CRITICAL VALUE %s" % val[0]
    return dict(cat="critical_value", lang=lang, types=["patient_name", "mrn", "lab_result"], note="critical lab value for a named patient with chart number",
                frm=S(t), to=S(staff()), subject=subj, text=text, importance=True)


def p_discharge_pdf():
    p = nam_patient(); dr = staff(); dx, meds = rng.choice(DX_FR)
    adm = TODAY - dt.timedelta(days=rng.randrange(5, 20))
    lines = ["Nom : %s     Sexe : %s     DDN : %s" % (p["SURG"], p["sex"], p["dob"].isoformat()), "NAM : %s     Dossier : %s" % (p["nam"], p["mrn"]),
             "Admission : %s     Congé : %s" % (adm.isoformat(), (adm + dt.timedelta(days=4)).isoformat()), "",
             "Diagnostic principal : %s" % dx, "Évolution : amélioration clinique, sevrage O2 au jour 3.", "Médication au congé : %s" % meds,
             "Suivi : médecin de famille dans 7-10 jours, bilan sanguin dans 1 semaine.", "", "Signé : %s" % dr["name"]]
    pdf = make_pdf("Résumé de départ / Sommaire d'hospitalisation", lines)
    text = "Bonjour,\n\nCi-joint le sommaire d'hospitalisation pour suivi en première ligne.\n\n%s" % sig(dr, "Médecine interne", "fr", True)
    return dict(cat="discharge_summary", lang="fr", types=["patient_name", "ramq_nam", "mrn", "date_of_birth", "diagnosis", "medication"],
                note="neutral body; attached PDF discharge summary with name, NAM, chart number, diagnosis and meds",
                frm=S(dr), to=ext_addr("fr"), subject=rng.choice(["Sommaire d'hospitalisation", "Résumé de départ", "Congé - sommaire"]), text=text,
                atts=[("sommaire_%s.pdf" % slug(p["sur"]), "application/pdf", pdf)])


def p_medrec():
    p = plain_patient(50, 95); ph = dict(given="Olivier", sur="Tanguay", name="Olivier Tanguay, pharm.", email="olivier.tanguay@" + DOM)
    meds = rng.sample(["Apixaban 5 mg BID", "Metformine 500 mg BID", "Atorvastatine 40 mg HS", "Ramipril 5 mg DIE", "Furosémide 40 mg DIE",
                       "Lévothyroxine 88 mcg DIE", "Quétiapine 25 mg HS", "Pantoprazole 40 mg DIE", "Hydromorphone 1 mg q4h PRN", "Insuline glargine 18 U HS"], 5)
    text = ("Bonjour,\n\nBilan comparatif des médicaments (BCM) pour %s %s, %d ans, dossier %s, admis%s hier en %s.\n\n"
            "Liste DSQ vs liste patient :\n- %s\n\nÉcarts : %s ne prend plus la %s depuis 2 mois (effets GI). Pouvez-vous confirmer "
            "avec le prescripteur et nous faxer le profil à jour?\n\nMerci\n%s") % (
        p["mme"], p["full"], p["age"], p["mrn"], p["e"], rng.choice(["médecine", "chirurgie", "gériatrie"]), "\n- ".join(meds), p["il"],
        meds[1].split()[0].lower(), sig(ph, "Pharmacien - Département de pharmacie"))
    return dict(cat="med_reconciliation", lang="fr", types=["patient_name", "mrn", "medication"], note="medication reconciliation for a named patient with chart number and drug list",
                frm=S(ph), to="pharmacie@pharmacie-beaulieu.example",
                subject=rng.choice(["BCM - %s" % p["sur"], "Profil pharmacologique svp", "Bilan comparatif"]), text=text)


def p_homecare():
    p = nam_patient() if rng.random() < 0.6 else plain_patient(60, 95); n = nurse()
    need = rng.choice(["soins de plaie (ulcère veineux jambe G) 3x/sem", "injections d'énoxaparine die x 10 jours", "suivi INR et prise de sang à domicile",
                       "soins de stomie (colostomie récente)", "antibiothérapie IV par PICC x 14 jours"])
    ids = ("NAM : %s" % fmt_nam(p["nam"])) if p["nam"] else ("Dossier CHU : %s" % p["mrn"])
    text = ("Bonjour équipe SAD,\n\nDemande de services à domicile pour :\n%s %s, DDN %s\n%s\nAdresse : %s\nTél. : %s (fille : %s)\n\n"
            "Besoin : %s. Congé prévu demain. %s vit seul%s, escaliers à l'entrée.\n\n%s") % (
        p["mme"], p["full"], dob_s(p), ids, p["addr"], p["phone"], phone(), need, p["Il"], p["e"], sig(n, rng.choice(["Soins infirmiers - liaison", "Infirm. de liaison, Direction des soins infirmiers"])))
    return dict(cat="home_care", lang="fr", types=["patient_name", "patient_contact", "date_of_birth", "diagnosis"] + (["ramq_nam"] if p["nam"] else ["mrn"]),
                note="home-care referral with patient name, home address, phone and care needs",
                frm=S(n), to="sad.intake@clsc-plateau-fictif.example", subject=rng.choice(["Demande SAD", "Référence soins à domicile - congé demain", "SAD - nouvelle demande"]), text=text)


def p_transport():
    p = plain_patient(40, 90); c = clerk(); d, _ = future_day()
    text = ("Bonjour,\n\nTransport adapté requis pour %s %s, %s, fauteuil roulant, pour ses traitements d'hémodialyse "
            "lun-mer-ven 6h45 au CHU (pavillon Sainte-Anne, 2e étage) à compter du %s.\nAdresse de prise en charge : %s\nTél. : %s\n"
            "Retour vers 11h30. Oxygène portable 2 L.\n\nMerci,\n%s\nCoordination des transports") % (
        p["mme"], p["full"], "dossier %s" % p["mrn"] if rng.random() < 0.5 else "%d ans" % p["age"], d, p["addr"], p["phone"], c["name"])
    t = ["patient_name", "patient_contact", "diagnosis"] + (["mrn"] if "dossier" in text else [])
    return dict(cat="transport", lang="fr", types=t, note="adapted transport for named dialysis patient with home address and phone",
                frm=S(c), to="reservations@transport-adapte-fictif.example", subject=rng.choice(["Transport adapté - dialyse", "Demande de transport", "TA hémodialyse"]), text=text)


def p_socialwork():
    p = nam_patient() if rng.random() < 0.5 else plain_patient(1, 17) if rng.random() < 0.5 else plain_patient(18, 80)
    if p["age"] < 18:
        p["mme"] = "l'enfant"
    sw = dict(given="Émilie", sur="Roussel", name="Émilie Roussel, T.S.", email="emilie.roussel@" + DOM)
    situ = rng.choice([
        "Signalement DPJ fait ce jour (négligence, absentéisme scolaire, mère en centre de thérapie pour dépendance).",
        "Perte de logement au 1er du mois, demande HLM en cours; revenu : aide sociale seulement.",
        "Contexte de violence conjugale, ordonnance de non-contact en vigueur contre le conjoint; ne pas divulguer l'adresse.",
        "Statut de demandeur d'asile, pas de couverture PFSI active; référer à la clinique de clinique communautaire pour personnes migrantes (fictive).",
        "Sortie de détention récente (libération conditionnelle), suivi en dépendance au CRD requis."])
    idl = ("NAM %s" % fmt_nam(p["nam"])) if p["nam"] else "DDN %s" % dob_s(p)
    text = ("Bonjour,\n\nJe vous réfère %s %s (%s), %d ans.\n%s\n\nPourriez-vous prendre le relais au CLSC? Je reste disponible.\n\n%s") % (
        p["mme"], p["full"], idl, p["age"], situ, sig(sw, "Travailleuse sociale - Service social hospitalier"))
    t = ["patient_name", "social_information"] + (["ramq_nam"] if p["nam"] else ["date_of_birth"])
    return dict(cat="social_work", lang="fr", types=t, note="social-work referral disclosing a named patient's social situation",
                frm=S(sw), to="accueil.psychosocial@clsc-plateau-fictif.example", subject=rng.choice(["Référence psychosociale", "Suivi social - congé", "Réf. T.S."]), text=text)


def p_records():
    p = nam_patient(); c = clerk()
    text = ("Bonjour Me %s,\n\nSuite à votre demande d'accès (autorisation signée reçue le %s), vous trouverez ci-joint copie "
            "des notes d'urgence et du protocole opératoire de %s %s (NAM %s, dossier %s) pour l'épisode de %s.\n"
            "Frais de reproduction : 42,50 $.\n\n%s\nService des archives médicales") % (
        rng.choice(["Lavallée", "Dufresne", "Kim"]), (TODAY - dt.timedelta(days=9)).isoformat(), p["mme"], p["full"], fmt_nam(p["nam"]), p["mrn"],
        rng.choice(["mars 2026", "juillet 2025"]), c["name"])
    pdf = make_pdf("Copie conforme - dossier %s" % p["mrn"], ["%s  NAM %s" % (p["SURG"], p["nam"]), "Note d'urgence: douleur thoracique, troponines négatives.", "Protocole opératoire: cholécystectomie laparoscopique."])
    return dict(cat="medical_records", lang="fr", types=["patient_name", "ramq_nam", "mrn", "diagnosis"], note="records release to lawyer with patient name, NAM, chart number",
                frm=S(c), to="greffe@cabinet-lavallee.example", subject="Demande d'accès au dossier - %s" % rng.choice(["réf. 2026-%04d" % rng.randrange(1000, 9999), p["sur"]]),
                text=text, atts=[("copie_dossier.pdf", "application/pdf", pdf)])


def p_billing():
    p = nam_patient(); c = clerk()
    text = ("Bonjour,\n\nRefus de paiement RAMQ (message explicatif 204) pour la demande suivante :\nBénéficiaire : %s, %s\nNAM : %s\nDate de service : %s\n"
            "Code d'acte 00%d - Dx CIM-9 %s\n\nLe NAM semble expiré, pouvez-vous vérifier la carte lors de la prochaine visite?\n\n%s") % (
        p["sur"].upper(), p["given"], fmt_nam(p["nam"]), (TODAY - dt.timedelta(days=rng.randrange(20, 80))).isoformat(), rng.randrange(100, 999),
        rng.choice(["250 (diabète)", "428 (insuffisance cardiaque)", "296 (trouble dépressif majeur)", "042 (VIH)"]), sig(c, "Facturation médicale"))
    return dict(cat="billing", lang="fr", types=["patient_name", "ramq_nam", "diagnosis"], note="RAMQ claim rejection with patient name, NAM and diagnosis code",
                frm=S(c), to="facturation@clinique-maisonneuve.example", subject=rng.choice(["Refus RAMQ", "Facturation - NAM à vérifier", "Demande refusée 204"]), text=text)


def p_sin():
    p = plain_patient(25, 64); c = clerk(); s = gen_sin(); lang = rng.choice(["fr", "fr", "en"])
    if lang == "fr":
        text = ("Bonjour,\n\nVoici les renseignements pour le formulaire d'invalidité de votre client%s :\nNom : %s\nNAS : %s\nDDN : %s\n"
                "Diagnostic : %s; arrêt de travail jusqu'au %s.\n\nLe formulaire signé par le médecin suit par télécopieur.\n\n%s") % (
            p["e"], p["full"], fmt_sin(s), dob_s(p), rng.choice(["lombalgie avec radiculopathie L5", "trouble de l'adaptation avec humeur anxieuse", "fracture du radius distal"]),
            (TODAY + dt.timedelta(days=45)).isoformat(), sig(c, "Agente administrative - Clinique externe"))
        subj = "Formulaire invalidité - %s" % p["sur"]
    else:
        text = ("Hello,\n\nAs requested for the disability claim:\nClaimant: %s\nSIN: %s\nDOB: %s\nDiagnosis: %s, off work until %s.\n\nRegards,\n%s") % (
            p["full"], fmt_sin(s), dob_s(p, "en"), rng.choice(["major depressive episode", "rotator cuff tear"]), (TODAY + dt.timedelta(days=30)).isoformat(),
            sig(c, "Clinic administrative officer", "en"))
        subj = "Disability claim - %s" % p["sur"]
    return dict(cat="insurance_sin", lang=lang, types=["patient_name", "ca_sin", "date_of_birth", "diagnosis"], note="insurer form for named patient with SIN and diagnosis",
                frm=S(c), to="reclamations@assurances-fictives.example", subject=subj, text=text)


def p_research():
    p = plain_patient(40, 85); coord = dict(given="Rachel", sur="Goldberg", name="Rachel Goldberg, CCRP", email="rachel.goldberg@" + DOM)
    text = ("Hi Dr. %s,\n\nSAE report for participant %s-%03d (MRN %s, DOB %s): admitted %s with %s. Study drug held since day 42.\n"
            "Need your causality assessment by Friday so we can submit to the sponsor within 7 days.\n\nThanks,\n%s") % (
        rng.choice(["Kaplan", "Chen", "Ross"]), rng.choice(["CARD", "ONC", "NEPH"]), rng.randrange(1, 200), p["mrn"], dob_s(p, "en"),
        (TODAY - dt.timedelta(days=2)).isoformat(), rng.choice(["grade 3 neutropenia", "acute kidney injury", "syncope, new AV block"]),
        sig(coord, "Clinical Research Coordinator - Research Centre", "en"))
    return dict(cat="research_sae", lang="en", types=["mrn", "date_of_birth", "diagnosis"], note="research SAE report with participant MRN, DOB and event",
                frm=S(coord), to=ext_addr("en"), subject=rng.choice(["SAE - causality needed", "Serious adverse event report"]), text=text)


def p_incident():
    p = plain_patient(65, 95); n = nurse()
    text = ("Rapport AH-223 #%d\n\nUsager : %s (dossier %s), ch. %d, unité %s\nÉvénement : chute au lever la nuit du %s, retrouvé%s au sol par le préposé. "
            "Abrasion frontale, pas de perte de conscience. Patient%s sous %s.\nMesures : surveillance neuro q1h x 4h, CT tête demandé, famille avisée.\n\n"
            "Envoyé à la gestion des risques pour analyse.\n%s") % (
        rng.randrange(10000, 99999), p["SURG"], p["mrn"], rng.randrange(401, 460), rng.choice(["6B", "7N", "4C"]), (TODAY - dt.timedelta(days=1)).isoformat(),
        p["e"], "e" if p["sex"] == "F" else "", rng.choice(["apixaban", "warfarine", "zopiclone"]), sig(n, rng.choice(["ASI - unité 6B", "Conseil en soins infirmiers"])))
    return dict(cat="incident_report", lang="fr", types=["patient_name", "mrn", "diagnosis", "medication"], note="incident report naming a patient with chart number, injury and anticoagulant",
                frm=S(n), to="gestion.risques@" + DOM, subject=rng.choice(["AH-223 chute 6B", "Déclaration incident/accident", "Chute - unité"]), text=text)


FOREIGN = [0]


def p_foreign():
    FOREIGN[0] += 1
    p = plain_patient(20, 85); dr = staff(); ck = clerk(); be = FOREIGN[0] % 2 == 1
    if be:
        num = fmt_niss(gen_niss(p["dob"], p["sex"])); lab = "NISS"; t = "be_niss"; ins = "Mutualité Exemple"; to = "international@mutualite-fictive.example"
    else:
        num = fmt_nir(gen_nir(p["dob"], p["sex"])); lab = "NIR"; t = "fr_nir"; ins = "caisse primaire (CPAM Exemple)"; to = "remboursements-etranger@cpam-fictive.example"
    text = ("Madame, Monsieur,\n\nNous avons hospitalisé %s %s, ressortissant%s %s (%s %s), du %s au %s pour %s.\n"
            "Merci de nous confirmer la prise en charge des frais (voir facture jointe en pièce séparée) auprès de la %s.\n\n"
            "Cordialement,\n%s") % (
        "Madame" if p["sex"] == "F" else "Monsieur", p["full"], "e" if p["sex"] == "F" else "", "belge" if be else "française(e)".replace("(e)", "") if p["sex"] == "F" else "français",
        lab, num, (TODAY - dt.timedelta(days=12)).isoformat(), (TODAY - dt.timedelta(days=5)).isoformat(),
        rng.choice(["appendicite aiguë opérée", "infarctus (NSTEMI) avec angioplastie", "fracture de cheville opérée"]), ins, sig(ck, "Bureau des patients internationaux"))
    return dict(cat="foreign_patient", lang="fr", types=["patient_name", t, "diagnosis"], note="billing abroad for a named foreign patient with national number",
                frm=S(ck), to=to, subject="Prise en charge - patient%s hospitalisé%s" % (p["e"], p["e"]), text=text)


def p_ics():
    p = nam_patient() if rng.random() < 0.4 else plain_patient(); sw = staff(); lang = rng.choice(["fr", "fr", "en"])
    _, d = future_day(lang)
    start = dt.datetime(d.year, d.month, d.day, rng.choice([9, 10, 13, 14]), 0)
    if lang == "fr":
        summ = "Rencontre famille - %s %s (niveau de soins)" % (p["mme"], p["sur"])
        desc = "Rencontre interdisciplinaire : %s, %d ans, dossier %s. Discussion niveau de soins et orientation CHSLD. Présents : fille, T.S., gériatre." % (p["full"], p["age"], p["mrn"])
        text = "Bonjour,\n\nInvitation pour la rencontre de famille ci-jointe. Merci de confirmer.\n\n%s" % sw["given"]
        subj = "Invitation : rencontre de famille"
    else:
        summ = "Family meeting - %s %s" % (p["mrs"], p["sur"])
        desc = "Goals-of-care meeting for %s (MRN %s), %d y/o, metastatic disease. Palliative team + son." % (p["full"], p["mrn"], p["age"])
        text = "Hi all,\n\nPlease see the attached invite.\n\n%s" % sw["given"]
        subj = "Invitation: family meeting"
    ics = make_ics(summ, start, 60, "Salle 5.214, Pavillon Sainte-Anne", desc, sw, "%012x@%s" % (rng.getrandbits(48), DOM))
    return dict(cat="calendar_invite", lang=lang, types=["patient_name", "mrn", "diagnosis"], note="neutral body; ICS invite names a patient with chart number and care discussion",
                frm=S(sw), to=", ".join([S(nurse()), S(staff())]), subject=subj, text=text, atts=[("invite.ics", "text/calendar", ics)])


def p_vcard():
    p = plain_patient(65, 95); n = nurse()
    vcf = make_vcf(p["full"], p["given"], p["sur"], p["phone"], p["addr"], note="Usager SAD - insulinothérapie, clé dans la boîte à clé (code au dossier %s)" % p["mrn"])
    text = "Salut,\n\nNouvelle usagère ajoutée à ta tournée de jeudi, coordonnées en pièce jointe.\n\n%s" % n["given"] if p["sex"] == "F" else \
        "Salut,\n\nNouvel usager ajouté à ta tournée de jeudi, coordonnées en pièce jointe.\n\n%s" % n["given"]
    return dict(cat="vcard_patient", lang="fr", types=["patient_name", "patient_contact", "mrn", "medication"], note="vCard of a home-care patient with address, phone and treatment",
                frm=S(n), to=S(nurse()), subject="Tournée jeudi - nouvel usager", text=text, atts=[("%s.vcf" % slug(p["full"]), "text/vcard", vcf)])


def p_xlsx_waitlist():
    c = clerk(); rows = []
    for i in range(rng.randrange(6, 12)):
        p = nam_patient() if rng.random() < 0.5 else plain_patient()
        rows.append([p["sur"], p["given"], p["dob"].isoformat(), p["nam"] or "", p["mrn"], rng.choice(["PTG D", "PTH G", "cholécystectomie", "hernie inguinale", "RTUP", "cataracte OD"]),
                     rng.randrange(30, 400)])
    x = make_xlsx("Liste attente", ["Nom", "Prénom", "DDN", "NAM", "Dossier", "Chirurgie", "Jours d'attente"], rows)
    text = ("Bonjour,\n\nVoici la liste d'attente > 6 mois demandée pour le comité d'accès chirurgical. À ne pas diffuser.\n\n%s") % sig(c, "Agente de gestion - Bloc opératoire")
    return dict(cat="waitlist_xlsx", lang="fr", types=["patient_name", "ramq_nam", "mrn", "date_of_birth", "diagnosis"], note="XLSX surgical wait-list with names, DOB, NAM, chart numbers and procedures",
                frm=S(c), to="direction.chirurgie@" + DOM, subject="Liste d'attente chirurgie - extraction", text=text,
                atts=[("liste_attente_chir.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", x)])


def p_csv_export():
    c = clerk(); rows = []
    for i in range(rng.randrange(5, 10)):
        p = plain_patient()
        rows.append([p["mrn"], p["sur"], p["given"], p["dob"].isoformat(), p["phone"], rng.choice(["Diabetes clinic", "Anticoag clinic", "Heart failure clinic"]), "2026-12-%02d 09:%02d" % (rng.randrange(7, 20), rng.choice([0, 15, 30, 45]))])
    data = make_csv(["MRN", "Last", "First", "DOB", "Phone", "Clinic", "Appt"], rows)
    text = "Hi,\n\nAttached is next week's appointment export for the reminder calls.\n\nThanks\n%s" % c["given"]
    return dict(cat="appointments_csv", lang="en", types=["patient_name", "mrn", "date_of_birth", "patient_contact", "diagnosis"], note="CSV of clinic appointments with MRN, names, DOB, phones",
                frm=S(c), to="callcentre@westisland-clinic.example", subject="Appt export for reminder calls", text=text, atts=[("appts_week50.csv", "text/csv", data)])


def p_zip():
    dr = staff(); files = []
    for i in range(rng.randrange(2, 4)):
        p = plain_patient()
        files.append(("rapport_%s.pdf" % p["mrn"], make_pdf("Rapport d'imagerie", ["Patient: %s  Dossier %s  DDN %s" % (p["SURG"], p["mrn"], p["dob"].isoformat()),
                                                                                   "Examen: TDM thorax", "Conclusion: nodule spiculé LSD de 14 mm, suspect. Corrélation et TEP suggérées."])))
    z = make_zip(files)
    text = "Bonjour,\n\nComme convenu, les rapports pour la réunion du comité des tumeurs (zip).\n\n%s" % sig(dr, "Radiologiste")
    return dict(cat="zip_reports", lang="fr", types=["patient_name", "mrn", "date_of_birth", "diagnosis"], note="neutral body; ZIP of PDF imaging reports naming patients",
                frm=S(dr), to=ext_addr("fr"), subject="Comité des tumeurs - rapports", text=text, atts=[("rapports_comite.zip", "application/zip", z)])


def p_subject_only():
    p = plain_patient(); n = nurse()
    subj = rng.choice(["%s %s - dos %s - K 6,1 à rappeler" % (p["sur"].upper(), p["given"], p["mrn"]),
                       "%s, %s (%s) - hémoc + S. aureus" % (p["sur"], p["given"], p["mrn"]),
                       "Pt %s %s %s - retour ECG anormal" % (p["given"], p["sur"], p["mrn"])])
    text = rng.choice(["Voir objet. Merci de rappeler la famille svp.", "svp aviser le MD traitant, merci", "Voir objet\n\n%s" % n["given"]])
    t = ["patient_name", "mrn", "lab_result"]
    return dict(cat="subject_only", lang="fr", types=t, note="patient name, chart number and result only in Subject; body is bare",
                frm=S(n), to=S(staff()), subject=subj, text=text, kind="plain")


def p_split():
    p = nam_patient(); n = nurse()
    subj = "%s %s %s" % (p["mme"], p["sur"], rng.choice(["- suivi", "", "(ch. 412)"]))
    text = ("Re-bonjour,\n\nLes résultats de biopsie sont revenus : %s. Le Dr veut %s voir en clinique cette semaine.\n\n%s") % (
        rng.choice(["adénocarcinome du côlon", "lymphome diffus à grandes cellules B", "carcinome canalaire infiltrant"]), "la" if p["sex"] == "F" else "le", n["given"])
    return dict(cat="split_subject_body", lang="fr", types=["patient_name", "diagnosis"], note="patient surname in Subject, diagnosis in body",
                frm=S(n), to=S(staff()), subject=subj.strip(), text=text)


def p_disguised():
    p = nam_patient(); dr = staff(); style = rng.choice(["dots", "fullwidth", "split", "slash"])
    text = ("Salut,\n\n%s\n\n%s %s, %s\nNAM : %s\n"
            "%s pour %s, svp inscrire sur la liste de la clinique.\n\n%s") % (
        rng.choice(["(j'ai écrit le numéro autrement pour pas que le courriel se fasse bloquer)", "(numéro séparé exprès, le filtre bloque sinon)",
                    "PS le # est écrit bizarre pour passer le filtre courriel", "(désolé pour le format du NAM, notre système refuse les courriels sinon)"]),
        p["given"], p["sur"][0] + "." if rng.random() < 0.3 else p["sur"], "née le %s" % dob_s(p) if p["sex"] == "F" else "né le %s" % dob_s(p),
        fmt_nam(p["nam"], style), rng.choice(["Suivi", "Consult"]), rng.choice(["hépatite C", "VIH - début de TAR", "trouble bipolaire", "grossesse 8 sem."]) if p["sex"] == "F" else rng.choice(["hépatite C", "VIH - début de TAR", "trouble bipolaire"]), dr["given"])
    return dict(cat="disguised_identifier", lang="fr", types=["patient_name", "ramq_nam", "date_of_birth", "diagnosis"], note="NAM written in a disguised form with name, DOB and sensitive diagnosis",
                frm=S(dr), to=ext_addr("fr"), subject="pt pour la clinique", text=text)


def p_mrn_only():
    c = clerk(); a = gen_mrn(); b = gen_mrn(); lang = rng.choice(["fr", "fr", "en"])
    if lang == "fr":
        text = ("Bonjour,\n\nDoublon de dossier détecté : %s et %s semblent être le même usager. Pouvez-vous procéder à la fusion dans le SIH?\n\nMerci\n%s") % (a, b, sig(c, "Archives médicales"))
        subj = "Fusion de dossiers"
    else:
        text = "Hi,\n\nPossible duplicate charts: %s / %s. Please merge in the ADT.\n\nThanks,\n%s" % (a, b, c["given"])
        subj = "Chart merge request"
    return dict(cat="mrn_only", lang=lang, types=["mrn"], note="chart numbers of a patient's duplicate records (identifier only)",
                frm=S(c), to="hsi.support@" + DOM, subject=subj, text=text)


def p_imaging_en():
    p = plain_patient(40, 85); dr = staff()
    text = ("Dear colleague,\n\nIncidental finding on CT abdomen for %s %s (DOB %s, MRN %s): %s. Recommend %s.\n"
            "Patient has not yet been informed; please arrange follow-up.\n\n%s") % (
        p["mrs"], p["full"], dob_s(p, "en"), p["mrn"], rng.choice(["3.2 cm left adrenal mass", "4.1 cm infrarenal AAA", "6 mm pulmonary nodule RLL", "complex renal cyst Bosniak III"]),
        rng.choice(["MRI adrenal protocol", "vascular surgery referral", "CT chest in 6-12 months", "urology referral"]), sig(dr, "Radiologist", "en"))
    return dict(cat="imaging_followup", lang="en", types=["patient_name", "date_of_birth", "mrn", "diagnosis"], note="incidental imaging finding for named patient with DOB and MRN",
                frm=S(dr), to=ext_addr("en"), subject=rng.choice(["Incidental finding - follow-up needed", "CT result requiring follow-up"]), text=text)


def p_same_surname():
    w = [x for x in STAFF if x[1] in ("Wilson", "Gagnon", "Simard", "Bouchard", "Morin", "Roy")]
    g, s, t, x = rng.choice(w); dr = dict(given=g, sur=s, title=t, name="%s %s %s" % (t, g, s), email="%s.%s@%s" % (slug(g), slug(s), DOM))
    cands = [q for q in NAMS if q["sur"] == s] or NAMS
    p = finish_patient(dict(rng.choice(cands)))
    text = ("Bonjour %s %s,\n\nPetite confusion au triage : %s %s %s (aucun lien avec vous!) a été inscrit%s dans votre liste. %s consulte pour %s, "
            "%s ans, dossier %s. Voulez-vous la%s garder ou je réassigne au Dr de garde?\n\n%s") % (
        t, s, p["mme"], p["given"], p["sur"], p["e"], p["Il"], rng.choice(["douleur abdominale FID", "dyspnée et œdème MI", "idées suicidaires"]), p["age"], p["mrn"],
        "" if p["sex"] == "F" else "le"[0:0] + "", nurse()["given"])
    text = text.replace("la garder", "la garder" if p["sex"] == "F" else "le garder").replace("Voulez-vous la garder", "Voulez-vous %s garder" % ("la" if p["sex"] == "F" else "le"))
    return dict(cat="same_surname", lang="fr", types=["patient_name", "mrn", "diagnosis"], note="patient sharing the physician's surname, with chart number and complaint",
                frm=S(nurse()), to=S(dr), subject="Patient %s à l'urgence" % s, text=text)


def p_ed_consult_en():
    p = plain_patient(18, 90); dr = staff()
    text = ("Ortho on call,\n\nED consult: %s, %d%s, Bed E-%d. FOOSH this AM, closed distal radius #, dorsal angulation 25 deg, NV intact. "
            "PMH: osteoporosis, on alendronate. Reduced under hematoma block, post-reduction film attached in PACS.\nCan you see before 17h?\n\n%s") % (
        p["SURG"], p["age"], "F" if p["sex"] == "F" else "M", rng.randrange(1, 30), sig(dr, "Emergency Physician", "en", False))
    return dict(cat="ed_consult", lang="en", types=["patient_name", "diagnosis", "medication"], note="ED consult with named patient, age, fracture and medication",
                frm=S(dr), to="ortho.oncall@" + DOM, subject="ED consult - distal radius", text=text)


def p_homecare_en():
    p = plain_patient(60, 95); n = nurse()
    text = ("Hello,\n\nReferral to CLSC home care for %s %s, %s, lives at %s, tel %s. Discharged today after %s. Needs daily insulin supervision "
            "and weekly weights. Speaks English only; daughter is POA.\n\nThank you,\n%s") % (
        p["mrs"], p["full"], "DOB " + dob_s(p, "en"), p["addr"], p["phone"], rng.choice(["CHF admission", "hip fracture repair", "pneumonia"]),
        sig(n, "Liaison nurse", "en"))
    return dict(cat="home_care", lang="en", types=["patient_name", "patient_contact", "date_of_birth", "diagnosis", "medication"], note="home-care referral with address and phone of named patient",
                frm=S(n), to="intake@clsc-plateau-fictif.example", subject="Home care referral", text=text)


def p_html_board():
    lang = rng.choice(["fr", "fr", "en"]); c = nurse(); rows = []
    for i in range(rng.randrange(4, 8)):
        p = plain_patient(18, 95); dx = rng.choice(DX_FR if lang == "fr" else DX_EN)[0]
        rows.append((p["sur"].upper() + ", " + p["given"], p["mrn"], "%d%s" % (p["age"], p["hf"] if lang == "fr" else p["sex"]), dx, "%dh" % rng.randrange(6, 60)))
    head = ["Usager", "Dossier", "Âge", "Dx", "Attente"] if lang == "fr" else ["Patient", "MRN", "Age", "Dx", "Wait"]
    intro = ("Bonjour,<br>Voici les patients en attente de lit à l'urgence (civières) ce matin :" if lang == "fr"
             else "Good morning,<br>ED boarders awaiting a bed as of 07:00:")
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=%CS%\"></head><body style=\"font-family:Arial\">"
            "<p>" + intro + "</p>\n<table border=\"1\" cellpadding=\"3\" style=\"border-collapse:collapse\">\n<tr>"
            + "".join("<th>%s</th>" % escape(h) for h in head) + "</tr>\n"
            + "\n".join("<tr>" + "".join("<td>%s</td>" % escape(str(v)) for v in r) + "</tr>" for r in rows)
            + "\n</table>\n<p>" + escape(c["name"]) + "<br>" + ("Coordination des lits" if lang == "fr" else "Bed flow coordination") + "</p></body></html>\n")
    text = intro.replace("<br>", "\n") + "\n\n" + "\n".join(" | ".join(str(v) for v in r) for r in rows) + "\n\n" + c["name"]
    return dict(cat="ed_board_html", lang=lang, types=["patient_name", "mrn", "diagnosis"], note="HTML table of ED boarders with names, chart numbers, ages and diagnoses",
                frm=S(c), to="gestion.lits@" + DOM, subject="Civières en attente de lit" if lang == "fr" else "ED boarders 0700", text=text, html=html,
                kind=rng.choice(["html", "alt"]))


def p_consult_docx():
    p = nam_patient() if rng.random() < 0.5 else plain_patient(30, 90); dr = staff(); dx, meds = rng.choice(DX_FR)
    paras = ["Destinataire : Dr %s, GMF des Rivières" % rng.choice(["Lalonde", "Nguyen", "Fortier"]),
             "Objet : %s %s, DDN %s, %s" % (p["mme"], p["full"], p["dob"].isoformat(), ("NAM " + p["nam"]) if p["nam"] else "dossier " + p["mrn"]),
             "Merci de m'avoir adressé %s pour %s. À l'examen : stable, TA 138/82." % ("cette patiente" if p["sex"] == "F" else "ce patient", dx),
             "Plan : %s. Revoir dans 3 mois avec bilan." % meds, "Cordialement,", dr["name"]]
    d = make_docx("Lettre de consultation", paras)
    text = "Bonjour,\n\nVeuillez trouver ci-joint la lettre de consultation.\n\n%s" % sig(dr, "Clinique externe de médecine interne")
    return dict(cat="consult_letter_docx", lang="fr", types=["patient_name", "date_of_birth", "diagnosis", "medication"] + (["ramq_nam"] if p["nam"] else ["mrn"]),
                note="neutral body; DOCX consult letter with patient name, DOB, identifier, diagnosis and plan",
                frm=S(dr), to=ext_addr("fr"), subject=rng.choice(["Lettre de consultation", "Consultation - réponse", "Réponse à votre demande"]), text=text,
                atts=[("lettre_consult_%s.docx" % slug(p["sur"]), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", d)])


def p_social_en():
    p = plain_patient(1, 16); sw = dict(name="Kelly Armstrong, MSW", email="kelly.armstrong@" + DOM)
    text = ("Hi,\n\nFollowing our call: %s %s, age %d (DOB %s), seen in paediatric ED last night. Youth protection report filed with the DYP this morning "
            "(file pending). Child currently placed with maternal grandmother at %s; father not to have access per court order.\n\nPlease keep me posted about school attendance.\n\n%s") % (
        p["given"], p["sur"], p["age"], dob_s(p, "en"), p["addr"], sig(sw, "Social Worker, Paediatrics", "en"))
    return dict(cat="social_work", lang="en", types=["patient_name", "date_of_birth", "social_information", "patient_contact"], note="youth-protection report about a named child with DOB and placement address",
                frm=formataddr((sw["name"], sw["email"])), to="counsellor@school-board-fictif.example", subject="Follow-up - student", text=text)


POS = [(p_referral, 4), (p_transfer_on, 3), (p_signout, 4), (p_signout_en, 3), (p_booking, 4), (p_critical, 3), (p_discharge_pdf, 3),
       (p_medrec, 3), (p_homecare, 3), (p_transport, 2), (p_socialwork, 4), (p_records, 3), (p_billing, 3), (p_sin, 3), (p_research, 2),
       (p_incident, 2), (p_foreign, 3), (p_ics, 3), (p_vcard, 2), (p_xlsx_waitlist, 2), (p_csv_export, 2), (p_zip, 2), (p_subject_only, 3),
       (p_split, 3), (p_disguised, 3), (p_mrn_only, 2), (p_imaging_en, 2), (p_same_surname, 2), (p_ed_consult_en, 2), (p_homecare_en, 2),
       (p_html_board, 3), (p_consult_docx, 3), (p_social_en, 2)]

# ---------------------------------------------------------------- negative generators
def n_schedule():
    c = clerk(); rows = []
    for d in range(7):
        day = TODAY + dt.timedelta(days=d + 7)
        a, b = rng.sample(STAFF, 2)
        rows.append("%s  Jour : %s %s %s  |  Nuit : %s %s %s  |  %s" % (day.isoformat(), a[2], a[0], a[1], b[2], b[0], b[1], rng.choice(["USI", "Urgence", "Médecine interne", "Chirurgie"])))
    text = "Bonjour à tous,\n\nHoraire de garde de la semaine 50 :\n\n%s\n\nÉchanges : aviser le secrétariat avant jeudi midi.\n\n%s" % ("\n".join(rows), sig(c, "Secrétariat médical"))
    return dict(cat="staff_schedule", lang="fr", note="physician on-call roster (staff names, dates, units)", frm=S(c), to="medecins.garde@" + DOM,
                subject=rng.choice(["Horaire de garde sem. 50", "Garde - décembre", "Liste de garde mise à jour"]), text=text)


def n_bed_assignment():
    n = nurse(); rows = []
    for i in range(rng.randrange(4, 7)):
        ns = rng.choice(NURSES)
        rows.append("Lits %d-%d : %s %s (%s)" % (401 + 4 * i, 404 + 4 * i, ns[0], ns[1], rng.choice(["inf.", "inf. aux.", "PAB"])))
    text = "Assignation de nuit 7e Nord - %s\n\n%s\n\nPause repas : 1h30-2h15 en alternance. ASI de nuit : %s.\n\n%s" % (
        (TODAY + dt.timedelta(days=1)).isoformat(), "\n".join(rows), nurse()["name"], n["given"])
    return dict(cat="bed_assignment", lang="fr", note="nurse-to-bed assignment without any patient", frm=S(n), to="equipe.7nord@" + DOM,
                subject="Assignation nuit 7N", text=text)


def n_staff_leave():
    mgr = staff(); e = nurse()
    text = ("Bonjour l'équipe,\n\n%s sera en congé de maladie à compter de lundi pour une chirurgie (retour prévu fin janvier). "
            "Ses dossiers de suivi sont réassignés à %s. On lui souhaite un prompt rétablissement!\n\n%s") % (e["name"], nurse()["name"], sig(mgr, "Chef de service"))
    return dict(cat="hr_staff_leave", lang="fr", note="staff sick leave announcement (employee, not a patient)", frm=S(mgr), to="equipe.sad@" + DOM,
                subject="Absence - réorganisation des suivis", text=text)


def n_training():
    c = clerk(); lang = rng.choice(["fr", "fr", "en"]); d, _ = future_day(lang)
    if lang == "fr":
        topic = rng.choice(["RCR/SIR (recertification)", "PDSB - déplacements sécuritaires", "Prévention des infections : hygiène des mains", "Nouveau module du DCI"])
        text = ("Bonjour,\n\nFormation obligatoire : %s\nDate : %s, 8h30 à 12h00\nLieu : Salle Marie-Gérin-Lajoie (B-1205)\n\n"
                "Inscription via la plateforme de formation de l'intranet avant vendredi. Les heures sont rémunérées (code 027).\n\n%s") % (topic, d, sig(c, "Service du développement des compétences"))
        subj = "Formation obligatoire - %s" % topic
    else:
        topic = rng.choice(["ACLS recertification", "Sepsis bundle e-learning", "Workplace violence prevention"])
        text = "Hello,\n\nMandatory training: %s\nDate: %s, 1-4 pm, Room B-1205.\nRegister on the intranet.\n\n%s" % (topic, d, sig(c, "Staff Development", "en"))
        subj = "Mandatory training: %s" % topic
    return dict(cat="training", lang=lang, note="staff training announcement", frm=S(c), to="tous.employes@" + DOM, subject=subj, text=text)


def n_newsletter():
    lang = rng.choice(["fr", "fr", "en"]); ph = dict(given="Olivier", sur="Tanguay", name="Olivier Tanguay, pharm.", email="olivier.tanguay@" + DOM)
    lot = "%s%06d" % (rng.choice(["AB", "KX", "L"]), rng.randrange(100000, 999999))
    if lang == "fr":
        text = ("BULLETIN DE PHARMACOVIGILANCE - no %d\n\n1. Rappel de lot : %s %s, lot %s (exp. 2027-03). Retirer des cabinets automatisés.\n"
                "2. Pénurie : pipéracilline-tazobactam 4,5 g - utiliser le protocole de substitution.\n"
                "3. Rappel : l'hydromorphone est 5 à 7 fois plus puissante que la morphine. Double vérification obligatoire.\n"
                "4. Statistiques : 37 déclarations d'erreurs de médicaments ce trimestre, dont 4 avec conséquences.\n\n%s") % (
            rng.randrange(20, 90), rng.choice(["Héparine 5000 U/mL", "Kétorolac 30 mg/mL", "Métoclopramide 10 mg"]), "fiole", lot, sig(ph, "Département de pharmacie"))
        subj = "Bulletin pharmacovigilance - décembre"
    else:
        text = ("PHARMACY NEWSLETTER\n\n- Lot recall: ondansetron 4 mg/2 mL, lot %s - quarantine stock.\n- New formulary addition: semaglutide (restricted, endocrinology).\n"
                "- Influenza season: 12 inpatients positive this week across the site; oseltamivir dosing card attached on the intranet.\n\n%s") % (lot, sig(ph, "Pharmacy Department", "en"))
        subj = "Pharmacy newsletter - December"
    return dict(cat="newsletter", lang=lang, note="pharmacy bulletin: recalls, lot numbers, aggregates", frm=S(ph), to="tous.cliniciens@" + DOM, subject=subj, text=text)


def n_conference():
    lang = rng.choice(["fr", "en"]); org = staff(); a, b, c = rng.sample(STAFF, 3)
    if lang == "fr":
        text = ("JOURNÉE SCIENTIFIQUE DU DÉPARTEMENT DE MÉDECINE\n\n8h30  Accueil\n9h00  %s %s %s - Prise en charge de la SLA en 2026\n"
                "10h00 %s %s %s - Insuffisance cardiaque à FEVG préservée : quoi de neuf?\n11h00 %s %s %s - Antibiogouvernance et C. difficile\n"
                "12h00 Dîner (boîtes à lunch)\n\nCrédits : 3 h de DPC reconnues. Inscription gratuite.\n\n%s") % (a[2], a[0], a[1], b[2], b[0], b[1], c[2], c[0], c[1], sig(org, "Comité scientifique"))
        subj = "Programme - Journée scientifique"
    else:
        text = ("GRAND ROUNDS - PROGRAMME\n\nWednesday 12:00  %s %s %s: Early recognition of sepsis in the elderly\n"
                "Wednesday 13:00  %s %s %s: Living with Crohn's disease - a physician's perspective on her own diagnosis\n\nLunch provided. Hybrid (Teams link below).\n\n%s") % (
            a[2], a[0], a[1], b[2], b[0], b[1], sig(org, "Medical Education Office", "en"))
        subj = "Grand Rounds programme"
    return dict(cat="conference_programme", lang=lang, note="conference programme: speakers and topics", frm=S(org), to="departement.medecine@" + DOM, subject=subj, text=text)


def n_job():
    c = clerk(); lang = rng.choice(["fr", "fr", "en"])
    if lang == "fr":
        poste = rng.choice(["Infirmière clinicienne / Infirmier clinicien - USI", "Travailleuse sociale / Travailleur social - GMF", "Agent(e) administratif(ve) classe 2 - Archives"])
        text = ("AFFICHAGE DE POSTE #2026-%04d\n\nTitre : %s\nStatut : temps complet permanent, 36,25 h/sem.\nQuart : rotation jour/soir\n"
                "Exigences : membre en règle de l'ordre professionnel; bilinguisme un atout.\nÉchelle salariale : 29,41 $ à 52,15 $/h\n\n"
                "Postuler avant le 18 décembre sur le site de recrutement.\n\n%s") % (rng.randrange(1000, 9999), poste, sig(c, "Direction des ressources humaines"))
        subj = "Affichage - %s" % poste.split(" - ")[0]
    else:
        text = "JOB POSTING\n\nRespiratory therapist - ICU, full-time, evenings.\nSalary per collective agreement. Apply by Dec 18.\n\n%s" % sig(c, "Human Resources", "en")
        subj = "Job posting - Respiratory therapist"
    return dict(cat="job_posting", lang=lang, note="job posting", frm=S(c), to="affichages@" + DOM, subject=subj, text=text)


def n_invoice():
    lang = rng.choice(["fr", "en"]); vendor = rng.choice(["Médi-Fournitures inc.", "Orthomed-Fictif Canada", "BioLab Distribution"])
    serials = [luhn.calc_check_digit(x) and x + luhn.calc_check_digit(x) for x in ["%011d" % rng.randrange(10**10, 10**11) for _ in range(3)]]
    items = "\n".join("  %s  x%d  %.2f $  (N/S %s)" % (it, rng.randrange(1, 20), rng.uniform(50, 4000), s) for it, s in zip(["Pompe volumétrique", "Brassard TA adulte", "Oxymètre de pouls"], serials))
    d = formataddr((vendor, "facturation@%s.example" % slug(vendor.split()[0])))
    if lang == "fr":
        text = ("Bonjour,\n\nFacture no F-%06d pour le bon de commande BC-%07d.\n\n%s\n\nTPS 5 %% / TVQ 9,975 %% incluses. Paiement net 30 jours.\n"
                "No TPS : %s RT0001\n\nMerci de votre confiance.\nComptes recevables - %s") % (rng.randrange(100000, 999999), rng.randrange(10**6, 10**7), items, gen_sin()[:9], vendor)
        subj = "Facture F-%06d" % rng.randrange(100000, 999999)
    else:
        text = "Hello,\n\nPlease find invoice INV-%06d for PO %07d.\n\n%s\n\nNet 30.\nAccounts Receivable - %s" % (rng.randrange(100000, 999999), rng.randrange(10**6, 10**7), items, vendor)
        subj = "Invoice for PO"
    pdf = make_pdf("Facture / Invoice", [l for l in text.split("\n")])
    return dict(cat="invoice", lang=lang, note="supplier invoice with PO, serial numbers and tax numbers", frm=d, to="comptes.payables@" + DOM, subject=subj, text=text,
                atts=[("facture.pdf", "application/pdf", pdf)] if rng.random() < 0.5 else [], mid_dom="fournisseur.example")


def n_committee():
    sec = clerk(); d, day = future_day()
    start = dt.datetime(day.year, day.month, day.day, 17, 0)
    text = ("Bonjour,\n\nConvocation - Comité exécutif du CMDP\nDate : %s, 17h00\nLieu : salle du conseil et Teams\n\nOrdre du jour :\n"
            "1. Adoption du PV du 3 novembre\n2. Nominations et renouvellements de privilèges (12 dossiers)\n3. Rapport du comité de pharmacologie\n"
            "4. Indicateurs d'accès : 68 %% des consultations priorité B dans les délais\n5. Varia\n\n%s") % (d, sig(sec, "Secrétariat du CMDP"))
    org = dict(name=sec["name"], email=sec["email"])
    ics = make_ics("CE du CMDP", start, 120, "Salle du conseil", "Ordre du jour en pièce jointe du courriel.", org, "%012x@%s" % (rng.getrandbits(48), DOM))
    return dict(cat="committee_notice", lang="fr", note="committee convocation with agenda and calendar invite", frm=S(sec), to="ce.cmdp@" + DOM, subject="Convocation CE-CMDP",
                text=text, atts=[("convocation.ics", "text/calendar", ics)])


def n_it():
    lang = rng.choice(["fr", "fr", "en"]); it = dict(name="Centre de services TI", email="servicedesk@" + DOM)
    if lang == "fr":
        k = rng.randrange(3)
        if k == 0:
            text = ("Bonjour,\n\nMaintenance planifiée du NAS \\\\nas-chu-02 (partages S: et T:) dimanche de 2h à 6h. Les fichiers ne seront pas accessibles.\n"
                    "Billet : INC%07d. Adresse IP de secours : 10.42.%d.%d\n\nCentre de services TI") % (rng.randrange(10**6, 10**7), rng.randrange(1, 254), rng.randrange(1, 254))
            subj = "Maintenance NAS - dimanche"
        elif k == 1:
            text = "Bonjour,\n\nPanne du dossier clinique informatisé depuis 9h12. Utilisez les procédures dégradées (formulaires papier). Prochaine mise à jour à 10h30.\n\nCentre de services TI"
            subj = "PANNE - DCI indisponible"
        else:
            text = ("Bonjour,\n\nVotre mot de passe expire dans 5 jours. Ne cliquez jamais sur un lien reçu par courriel pour le changer : utilisez Ctrl-Alt-Suppr.\n"
                    "Rappel : hameçonnage en hausse, 214 courriels signalés ce mois-ci.\n\nSécurité de l'information")
            subj = "Rappel - expiration du mot de passe"
    else:
        text = ("Hello,\n\nThe replacement of 40 workstations on 5 West is scheduled for Tuesday. Asset tags CHU-%06d to CHU-%06d. IMEI of the new unit phones: %s.\n\nIT Service Desk") % (
            rng.randrange(100000, 500000), rng.randrange(500000, 900000), luhn_imei())
        subj = "Workstation replacement 5 West"
    return dict(cat="it_notice", lang=lang, note="IT notice (NAS storage, outage, passwords, assets)", frm=formataddr((it["name"], it["email"])), to="tous.employes@" + DOM, subject=subj, text=text)


def luhn_imei():
    body = "35" + "".join(rng.choice("0123456789") for _ in range(12))
    return body + luhn.calc_check_digit(body)


def n_facilities():
    lang = rng.choice(["fr", "fr", "en"])
    if lang == "fr":
        text = rng.choice([
            "Bonjour,\n\nLe stationnement P3 sera fermé du 8 au 12 décembre pour déneigement et réfection. Les détenteurs de vignettes P3 peuvent utiliser le P5.\n\nService de la sécurité et du stationnement",
            "Bonjour,\n\nMenu de la cafétéria - semaine du 7 décembre : lundi pâté chinois, mardi saumon, mercredi végé (chili), jeudi tourtière, vendredi fish & chips.\n\nServices alimentaires",
            "Bonjour,\n\nL'ascenseur C du pavillon Sainte-Anne sera hors service mardi. Utiliser les ascenseurs A et B pour les civières.\n\nServices techniques"])
        subj = rng.choice(["Avis - stationnement", "Cafétéria - menu", "Avis aux employés"])
    else:
        text = "Hello,\n\nWater will be shut off in wing B on Thursday 22:00-02:00 for valve replacement.\n\nFacilities Management"
        subj = "Water shut-off wing B"
    return dict(cat="facilities", lang=lang, note="facilities / parking / cafeteria notice", frm="services.techniques@" + DOM, to="tous.employes@" + DOM, subject=subj, text=text)


def n_public_health():
    lang = rng.choice(["fr", "fr", "en"]); pr = staff()
    if lang == "fr":
        text = ("Bonjour,\n\nSituation épidémiologique au %s :\n- Influenza A : 12 cas à l'unité 4B, 3 chez le personnel\n- COVID-19 : 5 usagers hospitalisés\n- VRS : hausse en pédiatrie (18 cas cette semaine)\n\n"
                "Mesures : port du masque aux unités 4B et 6A, visites limitées à 1 proche. Vaccination encore offerte sans rendez-vous.\n\n%s") % (TODAY.isoformat(), sig(pr, "Microbiologiste-infectiologue, PCI"))
        subj = "Éclosion influenza 4B - mise à jour"
    else:
        text = "Public health update: 42 confirmed measles exposures region-wide, none admitted at our site. Check staff immunity records.\n\n%s" % sig(pr, "Infection Prevention and Control", "en")
        subj = "Public health bulletin - measles"
    return dict(cat="public_health", lang=lang, note="outbreak bulletin with aggregate counts", frm=S(pr), to="tous.cliniciens@" + DOM, subject=subj, text=text)


def n_teaching():
    lang = rng.choice(["fr", "en"]); dr = staff()
    if lang == "fr":
        text = ("Bonjour les résidents,\n\nCas pour la réunion de jeudi :\nUn homme de 62 ans se présente à l'urgence pour dyspnée progressive depuis 3 semaines, orthopnée et œdème bilatéral. "
                "ATCD : HTA, tabagisme 40 paquets-années. Créat 142, BNP 2300.\n\nQuestions : 1) DDx? 2) Investigation initiale? 3) Traitement?\n\n%s") % sig(dr, "Directeur de programme")
        subj = "Cas clinique - jeudi"
    else:
        text = ("Residents,\n\nMorbidity & mortality case (anonymized): a woman in her 70s admitted with pneumonia developed delirium on day 2... Discussion will focus on "
                "deprescribing and fall prevention.\n\n%s") % sig(dr, "Chief Resident", "en")
        subj = "M&M case - anonymized"
    return dict(cat="teaching_case", lang=lang, note="anonymised teaching case", frm=S(dr), to="residents.medecine@" + DOM, subject=subj, text=text)


def n_stats_xlsx():
    c = clerk(); rows = [[m, rng.randrange(4000, 7000), rng.randrange(900, 1800), round(rng.uniform(14, 28), 1), "%d %%" % rng.randrange(2, 8)] for m in ["Juillet", "Août", "Septembre", "Octobre", "Novembre"]]
    x = make_xlsx("Urgence", ["Mois", "Visites", "Civières", "DMS civière (h)", "Départ sans être vu"], rows)
    text = "Bonjour,\n\nTableau de bord de l'urgence (données agrégées) pour le comité de direction.\n\n%s" % sig(c, "Performance et qualité")
    return dict(cat="stats_report", lang="fr", note="aggregate ED statistics spreadsheet", frm=S(c), to="comite.direction@" + DOM, subject="Tableau de bord urgence - novembre", text=text,
                atts=[("tdb_urgence_nov.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", x)])


def n_blank_form():
    c = clerk(); kind = rng.choice(["pdf", "docx"])
    lines = ["Nom de l'usager : ______________________", "NAM : ____ ____ ____   Exp. : __/__", "No de dossier : __________", "Date de naissance : AAAA-MM-JJ",
             "Motif de la demande : ______________________", "Signature du médecin : ______________"]
    data = make_pdf("Formulaire de demande de transport adapté (vierge)", lines) if kind == "pdf" else make_docx("Formulaire de demande de SAD (gabarit)", lines)
    text = "Bonjour,\n\nVoici la nouvelle version du formulaire à utiliser dès le 1er janvier. Les anciennes versions seront refusées.\n\n%s" % sig(c, "Centre de documentation")
    ct = "application/pdf" if kind == "pdf" else "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    return dict(cat="blank_form", lang="fr", note="blank form template with empty patient fields", frm=S(c), to="gestionnaires@" + DOM, subject="Nouveau formulaire - version 2027",
                text=text, atts=[("formulaire_vierge.%s" % kind, ct, data)])


def n_vendor():
    rep = dict(name="Jason Miller", email="jason.miller@medtech-fictif.example")
    text = ("Hi team,\n\nFollowing up on the infusion pump fleet upgrade. Serial numbers in scope: %s, %s, %s. Firmware 4.2.1 fixes the occlusion alarm issue (FSN-2026-11).\n"
            "Loaner tablets IMEI %s and %s will ship Monday (tracking %s).\n\nBest,\nJason Miller\nAccount Manager, MedTech-Fictif\n514-555-0142") % (
        "%09d" % rng.randrange(10**8, 10**9), "%09d" % rng.randrange(10**8, 10**9), "%09d" % rng.randrange(10**8, 10**9), luhn_imei(), luhn_imei(), gen_ohip())
    return dict(cat="vendor", lang="en", note="vendor mail with device serials and IMEIs", frm=formataddr((rep["name"], rep["email"])), to="genie.biomedical@" + DOM,
                subject="Pump fleet upgrade - serials", text=text, mid_dom="medtech-fictif.example")


def n_vaccination_staff():
    c = clerk()
    text = ("Bonjour,\n\nCampagne de vaccination antigrippale du personnel : cliniques mobiles les 8, 9 et 10 décembre (cafétéria, 7h-15h).\n"
            "Les employés suivants n'ont pas encore transmis leur preuve (matricules) : %s.\nTaux de couverture actuel : 61 %%.\n\n%s") % (
        ", ".join("%06d" % rng.randrange(100000, 999999) for _ in range(6)), sig(c, "Santé et sécurité au travail"))
    return dict(cat="staff_vaccination", lang="fr", note="staff vaccination campaign with employee numbers", frm=S(c), to="gestionnaires@" + DOM, subject="Vaccination du personnel", text=text)


def n_phone_list():
    c = clerk()
    rows = ["%-32s %s poste %d" % (u, phone(True), rng.randrange(1000, 9999)) for u in ["Urgence - poste des infirmières", "USI", "Pharmacie", "Archives médicales", "Centrale de RDV", "Service social", "Transport"]]
    text = "Bonjour,\n\nBottin téléphonique mis à jour :\n\n%s\n\n%s" % ("\n".join(rows), sig(c, "Téléphonie"))
    return dict(cat="phone_list", lang="fr", note="list of clinic/unit phone numbers", frm=S(c), to="tous.employes@" + DOM, subject="Bottin téléphonique - mise à jour", text=text)


def n_vcard_supplier():
    rep = ("Sarah", "Nguyen-Tran")
    vcf = make_vcf("Sarah Nguyen-Tran", "Sarah", "Nguyen-Tran", "514-555-0177", None, "sarah.nguyentran@biolab-fictif.example", "BioLab Distribution", title="Représentante territoriale")
    text = "Bonjour,\n\nVoici mes coordonnées pour les commandes de réactifs. Au plaisir!\n\nSarah"
    return dict(cat="vcard_supplier", lang="fr", note="supplier representative vCard", frm=formataddr(("Sarah Nguyen-Tran", "sarah.nguyentran@biolab-fictif.example")), to="labo.achats@" + DOM,
                subject="Mes coordonnées", text=text, atts=[("sarah_nguyen-tran.vcf", "text/vcard", vcf)], mid_dom="biolab-fictif.example")


def n_quality():
    q = staff()
    text = ("Bonjour,\n\nRapport trimestriel de la gestion des risques (T%d) :\n- Chutes : %d (dont %d avec blessures)\n- Erreurs de médicaments : %d\n"
            "- Plaies de pression acquises : %d\nTaux de déclaration en hausse de %d %%. Analyse détaillée au prochain comité de gestion des risques.\n\n%s") % (
        rng.choice([2, 3]), rng.randrange(60, 120), rng.randrange(2, 9), rng.randrange(80, 160), rng.randrange(8, 30), rng.randrange(3, 15), sig(q, "Direction de la qualité"))
    return dict(cat="quality_report", lang="fr", note="aggregate quality/incident statistics", frm=S(q), to="comite.risques@" + DOM, subject="Rapport trimestriel gestion des risques", text=text)


def n_exec():
    lang = rng.choice(["fr", "fr", "en"])
    if lang == "fr":
        text = ("Chères et chers collègues,\n\nLa ministre de la Santé visitera notre nouvelle urgence vendredi. Merci à toutes les équipes pour leur engagement. "
                "Notre PDG, Mme Hélène Marchand, et le directeur des services professionnels l'accompagneront.\n\nLa Direction des communications")
        subj = "Visite ministérielle vendredi"
    else:
        text = "Dear colleagues,\n\nOur CEO Hélène Marchand will host a town hall on the 2027 budget Thursday at noon (auditorium + Teams).\n\nCommunications"
        subj = "Town hall with the CEO"
    return dict(cat="executive_note", lang=lang, note="executive communication", frm="communications@" + DOM, to="tous.employes@" + DOM, subject=subj, text=text)


def n_doctor_disease():
    a = rng.choice(STAFF)
    text = ("Bonjour,\n\nNous avons le plaisir d'accueillir %s %s %s, pneumologue, qui dirigera la clinique de fibrose kystique et d'hypertension pulmonaire. "
            "%s complète un fellowship à Toronto sur les traitements modulateurs du CFTR.\n\nBienvenue!\nDirection des services professionnels") % (
        a[2], a[0], a[1], "Elle" if a[3] == "F" else "Il")
    return dict(cat="new_physician", lang="fr", note="physician welcome naming the diseases the physician treats", frm="dsp@" + DOM, to="tous.medecins@" + DOM, subject="Bienvenue à %s %s" % (a[2], a[1]), text=text)


def n_room_reply():
    a = staff(); b = staff()
    text = rng.choice(["Works for me. I'll book 5.214 for Tuesday 12-13 and send the Teams link.", "Can we move it to Thursday? I'm on service Tuesday.",
                       "Sounds good - I'll bring the article on anticoagulation in AF and order pizza."]) + "\n\n%s" % a["given"]
    return dict(cat="staff_thread", lang="en", note="staff thread about booking a meeting room", frm=S(a), to=S(b), subject="Journal club room", text=text)


def n_policy():
    c = clerk()
    text = rng.choice(["Bonjour,\n\n", "Chers collègues,\n\nSuite à plusieurs incidents de confidentialité ce trimestre (7 courriels envoyés au mauvais destinataire) : "]) + (
        "Rappel de la procédure : ne jamais inscrire le NAM complet (format XXXX 0000 0000) ni le numéro de dossier dans l'objet d'un courriel. "
        "Utilisez la messagerie sécurisée pour toute transmission de renseignements de santé. Les courriels non conformes seront bloqués.\n\n%s") % sig(c, "Bureau de la protection des renseignements personnels")
    return dict(cat="privacy_policy", lang="fr", note="privacy procedure reminder mentioning identifier formats without data", frm=S(c), to="tous.employes@" + DOM,
                subject="Rappel - transmission de renseignements de santé", text=text)


def n_research_announce():
    coord = dict(name="Rachel Goldberg, CCRP", email="rachel.goldberg@" + DOM)
    text = ("Hi all,\n\nThe HEART-QC study reached 142 of 200 participants (71%). Thank you! REB annual renewal is due Jan 15; the new consent form version 5.0 is on SharePoint.\n\n"
            "Rachel Goldberg, CCRP\nResearch Centre")
    return dict(cat="research_update", lang="en", note="research recruitment update with aggregate numbers", frm=formataddr((coord["name"], coord["email"])), to="heartqc.team@" + DOM,
                subject="HEART-QC recruitment update", text=text)


def n_fleet():
    c = clerk()
    text = ("Bonjour,\n\nLes véhicules de transport interétablissements suivants seront à l'entretien la semaine prochaine : unité 12 (NIV 2FMDK3JC4DBA%05d), unité 17 (NIV 1FTBW3XG5HKA%05d).\n"
            "Prévoir un délai pour les transferts non urgents.\n\n%s") % (rng.randrange(10000, 99999), rng.randrange(10000, 99999), sig(c, "Coordination des transports"))
    return dict(cat="transport_fleet", lang="fr", note="transport fleet maintenance with vehicle VINs", frm=S(c), to="chefs.unites@" + DOM, subject="Entretien véhicules de transport", text=text)


def n_formulary():
    ph = dict(name="Olivier Tanguay, pharm.", email="olivier.tanguay@" + DOM)
    text = ("Bonjour,\n\nDécisions du comité de pharmacologie :\n- Ajout au formulaire : %s\n- Retrait : %s\n"
            "- Pénurie de %s : utiliser le protocole de substitution, durée estimée %d semaines.\n\nOlivier Tanguay, pharm.\nChef adjoint, Département de pharmacie") % (
        rng.choice(["dapagliflozine 10 mg (IC FEVG réduite)", "tirzépatide (restreint endocrinologie)", "nirmatrelvir-ritonavir (critères de l'établissement)"]),
        rng.choice(["ranitidine", "mépéridine", "dimenhydrinate IV chez les > 75 ans"]), rng.choice(["céfazoline 1 g", "salbutamol en aérosol-doseur", "amoxicilline suspension"]), rng.randrange(3, 10))
    return dict(cat="formulary", lang="fr", note="formulary decisions and drug shortage", frm=formataddr((ph["name"], ph["email"])), to="tous.prescripteurs@" + DOM, subject="Comité de pharmacologie - décisions", text=text)


def n_homecare_admin():
    mgr = staff()
    text = ("Bonjour l'équipe SAD,\n\nRappel : les feuilles de kilométrage de novembre doivent être remises avant le 5 décembre. Taux : 0,56 $/km. "
            "Les pneus d'hiver des voitures de service sont installés. Réunion d'équipe mardi 8h30 (salle 2).\n\n%s") % sig(mgr, "Chef de programme SAD")
    return dict(cat="homecare_admin", lang="fr", note="home-care team admin (mileage, meeting)", frm=S(mgr), to="equipe.sad@" + DOM, subject="Kilométrage et réunion", text=text)


def n_records_admin():
    c = clerk()
    text = ("Bonjour,\n\nÀ compter du 4 janvier, les demandes de copie de dossier doivent être faites via le formulaire AH-216 (joint au portail). "
            "Délai de traitement : 20 jours. Le comptoir des archives sera fermé le 24 décembre.\n\n%s") % sig(c, "Service des archives médicales")
    return dict(cat="records_admin", lang="fr", note="medical records office procedure notice", frm=S(c), to="cliniques.externes@" + DOM, subject="Archives - nouvelle procédure", text=text)


def n_social_resources():
    sw = dict(name="Émilie Roussel, T.S.", email="emilie.roussel@" + DOM)
    text = ("Bonjour,\n\nListe des ressources pour la période des Fêtes :\n- Banque alimentaire du quartier : 514-555-0121\n- Refuge pour hommes (lits d'urgence) : 514-555-0133\n"
            "- Maison d'hébergement pour femmes victimes de violence : 514-555-0155 (24/7)\n- Ligne de prévention du suicide : 1-866-555-0199\n\nÀ afficher dans vos unités.\n\nÉmilie Roussel, T.S.")
    return dict(cat="social_resources", lang="fr", note="list of community resources (no patient)", frm=formataddr((sw["name"], sw["email"])), to="chefs.unites@" + DOM, subject="Ressources - période des Fêtes", text=text)


def n_docx_minutes():
    sec = clerk()
    d = make_docx("Procès-verbal - comité de soins infirmiers", ["Présents : %s" % ", ".join("%s %s" % x for x in rng.sample(NURSES, 5)),
                                                              "1. Ratio infirmière/patients à l'USI : 1:2 maintenu.", "2. Taux d'heures supplémentaires : 8,4 %.", "3. Prochaine rencontre : 14 janvier."])
    text = "Bonjour,\n\nCi-joint le PV de la dernière rencontre pour approbation.\n\n%s" % sig(sec, "Direction des soins infirmiers")
    return dict(cat="minutes", lang="fr", note="committee minutes (staff names, aggregates)", frm=S(sec), to="csi@" + DOM, subject="PV CSI - approbation", text=text,
                atts=[("PV_CSI.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", d)])


def n_zip_policies():
    c = clerk()
    z = make_zip([("politique_hygiene_mains.pdf", make_pdf("Politique - hygiène des mains", ["Objectif : taux de conformité > 80 %.", "Audit mensuel par unité."])),
                  ("procedure_isolement.csv", make_csv(["Microorganisme", "Type d'isolement"], [["SARM", "Contact"], ["C. difficile", "Contact+"], ["Influenza", "Gouttelettes"]]).encode())])
    text = "Hello,\n\nAttached are the updated IPAC policies (zip) for your binder.\n\n%s" % sig(c, "IPAC", "en")
    return dict(cat="policy_zip", lang="en", note="zip of infection control policies", frm=S(c), to="unit.managers@" + DOM, subject="Updated IPAC policies", text=text,
                atts=[("ipac_policies.zip", "application/zip", z)])


def n_resident_roster():
    lang = rng.choice(["fr", "en"]); c = clerk(); rows = []
    for i in range(rng.randrange(5, 8)):
        g, su, t, x = rng.choice(STAFF)
        rows.append("%s, %s  R%d  %s  %s" % (su.upper(), g, rng.randrange(1, 5), rng.choice(["USI", "CTU-A", "CTU-B", "Urgence", "Consult médecine" if lang == "fr" else "Consults"]),
                                          rng.choice(["jour", "soir", "nuit", "garde 24h"]) if lang == "fr" else rng.choice(["days", "evenings", "nights", "24h call"])))
    if lang == "fr":
        text = "Bonjour,\n\nRépartition des résidents - bloc 7 (à partir du 14 déc.) :\n\n%s\n\nLes échanges doivent être approuvés par la chef résidente.\n\n%s" % ("\n".join(rows), sig(c, "Bureau de l'enseignement"))
        subj = "Répartition des résidents - bloc 7"
    else:
        text = "Hi all,\n\nResident assignments, block 7:\n\n%s\n\nSwaps must be approved by the chief resident.\n\n%s" % ("\n".join(rows), sig(c, "Postgraduate Office", "en"))
        subj = "Block 7 resident assignments"
    return dict(cat="resident_roster", lang=lang, note="resident rotation roster in surname-first format (staff only)", frm=S(c), to="residents@" + DOM, subject=subj, text=text)


def n_html_newsletter():
    lang = rng.choice(["fr", "en"])
    rows = [(u, rng.randrange(50, 99), rng.randrange(0, 6)) for u in ["4B", "5A", "6B", "7N", "USI"]]
    if lang == "fr":
        title, head, intro = "Infolettre PCI - décembre", ["Unité", "Hygiène des mains (%)", "Cas C. difficile"], "Résultats des audits du mois. Bravo aux équipes!"
    else:
        title, head, intro = "IPAC Newsletter - December", ["Unit", "Hand hygiene (%)", "C. difficile cases"], "Monthly audit results. Well done, everyone!"
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=%CS%\"></head><body><h2>" + escape(title) + "</h2><p>" + escape(intro) + "</p><table border=\"1\"><tr>"
            + "".join("<th>%s</th>" % escape(h) for h in head) + "</tr>" + "".join("<tr><td>%s</td><td>%d</td><td>%d</td></tr>" % r for r in rows)
            + "</table><p><a href=\"https://intranet.chu-exemple.example/pci\">intranet</a></p></body></html>\n")
    text = title + "\n\n" + intro + "\n\n" + "\n".join("%s: %d / %d" % r for r in rows)
    return dict(cat="newsletter_html", lang=lang, note="infection-control newsletter with unit aggregates", frm="pci@" + DOM, to="tous.employes@" + DOM, subject=title, text=text, html=html,
                kind=rng.choice(["html", "alt"]))


NEG = [(n_schedule, 4), (n_bed_assignment, 3), (n_staff_leave, 3), (n_training, 3), (n_newsletter, 4), (n_conference, 4), (n_job, 3), (n_invoice, 3),
       (n_committee, 3), (n_it, 4), (n_facilities, 3), (n_public_health, 4), (n_teaching, 4), (n_stats_xlsx, 2), (n_blank_form, 3), (n_vendor, 2),
       (n_vaccination_staff, 2), (n_phone_list, 2), (n_vcard_supplier, 2), (n_quality, 2), (n_exec, 3), (n_doctor_disease, 2), (n_room_reply, 2),
       (n_policy, 2), (n_research_announce, 2), (n_fleet, 2), (n_formulary, 2), (n_homecare_admin, 2), (n_records_admin, 2), (n_social_resources, 2),
       (n_docx_minutes, 2), (n_zip_policies, 2), (n_resident_roster, 3), (n_html_newsletter, 2)]

# ---------------------------------------------------------------- main
def render(spec):
    lang = spec["lang"]
    if not spec.get("atts") and spec.get("kind") != "plain" or (spec.get("atts") is not None and rng.random() < 0.15):
        r = rng.random()
        if r < 0.14:
            spec = wrap(spec, lang, "reply")
        elif r < 0.24:
            spec = wrap(spec, lang, "fwd")
        elif r < 0.31:
            spec = wrap(spec, lang, "fwdatt")
    msg = build(spec, lang)
    set_boundaries(msg)
    crlf = rng.random() < 0.35
    return msg.as_bytes(policy=email.policy.default.clone(linesep="\r\n" if crlf else "\n"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=HERE)
    out = ap.parse_args().out
    for sub in ("positive", "negative"):
        shutil.rmtree(os.path.join(out, sub), ignore_errors=True)
        os.makedirs(os.path.join(out, sub))
    jobs = [(f, True) for f, n in POS for _ in range(n)] + [(f, False) for f, n in NEG for _ in range(n)]
    rng.shuffle(jobs)
    labels = {}
    np_ = nn_ = 0
    problems = []
    for f, pos in jobs:
        spec = f()
        if pos:
            np_ += 1
            rel = "positive/p%03d_%s.eml" % (np_, spec["cat"])
        else:
            nn_ += 1
            rel = "negative/n%03d_%s.eml" % (nn_, spec["cat"])
        data = render(spec)
        for p in check_message(data):
            problems.append("%s: %s" % (rel, p))
        with open(os.path.join(out, rel), "wb") as fh:
            fh.write(data)
        t = sorted(set(spec.get("types", []))) if pos else []
        labels[rel] = {"confidential": pos, "types": t, "lang": spec["lang"], "note": spec["note"]}
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    # self-checks
    files = sorted("%s/%s" % (s, n) for s in ("positive", "negative") for n in os.listdir(os.path.join(out, s)))
    if files != sorted(labels):
        problems.append("labels do not cover exactly the files")
    for k, v in labels.items():
        if v["confidential"] and not v["types"]:
            problems.append("%s positive without types" % k)
        if not v["confidential"] and v["types"]:
            problems.append("%s negative with types" % k)
        if k.startswith("positive/") != v["confidential"]:
            problems.append("%s folder/label mismatch" % k)
    h = hashlib.sha256()
    for rel in files + ["labels.json"]:
        h.update(rel.encode() + b"\0")
        h.update(open(os.path.join(out, rel), "rb").read())
    from collections import Counter
    print("positives %d  negatives %d  total %d" % (np_, nn_, np_ + nn_))
    print("lang:", dict(sorted(Counter(v["lang"] for v in labels.values()).items())))
    print("types:", dict(sorted(Counter(t for v in labels.values() for t in v["types"]).items())))
    tr = Counter()
    for rel in files:
        m = email.message_from_bytes(open(os.path.join(out, rel), "rb").read(), policy=email.policy.default)
        raw = open(os.path.join(out, rel), "rb").read()
        tr["crlf" if b"\r\n" in raw else "lf"] += 1
        tr["top:" + m.get_content_type()] += 1
        for part in m.walk():
            if not part.is_multipart():
                cs = part.get_content_charset()
                if cs:
                    tr["charset:" + cs] += 1
                tr["cte:" + (part["Content-Transfer-Encoding"] or "7bit").lower()] += 1
            elif part.get_content_type() == "message/rfc822":
                tr["attached_eml"] += 1
        if m["Subject"].startswith(("RE:", "Re:")):
            tr["reply_quoted"] += 1
        if m["Subject"].startswith(("TR:", "Fwd:")):
            tr["forward"] += 1
    print("transport:", dict(sorted(tr.items())))
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  ", p)
        sys.exit(1)
    print("all checks passed")
    print("sha256", h.hexdigest())


if __name__ == "__main__":
    main()
