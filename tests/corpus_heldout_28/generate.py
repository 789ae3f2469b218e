#!/usr/bin/env python3
"""Synthetic outbound-mail corpus: geriatrics & long-term care, CIUSSS (fictional). Seed default 2828."""
import argparse, csv, datetime, hashlib, io, json, os, random, re, sys, zipfile
import email, email.policy
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from stdnum.ca import sin as st_sin
from stdnum.be import nn as st_nn
from stdnum.fr import nir as st_nir
from stdnum import luhn as st_luhn

DEFAULT_SEED = 2828
DOM = "ciusss-centre-ex.example"

# (surname, given, dob, sex, NAM) -- taken only from the supplied synthetic NAM list (older entries)
NAMS = [
    ('Wilson', 'Sofia', '1958-03-04', 'F', 'WILS58530495'),
    ('Caron', 'Liam', '1937-10-23', 'F', 'CARL37602340'),
    ('Leblanc', 'André', '1960-03-01', 'M', 'LEBA60030127'),
    ('Fortin', 'Emma', '1961-06-06', 'F', 'FORE61560692'),
    ('Poirier', 'Marc', '1947-01-22', 'F', 'POIM47512222'),
    ('Simard', 'Sofia', '1961-04-14', 'F', 'SIMS61541457'),
    ('Nadeau', 'Gilles', '1933-06-03', 'M', 'NADG33060331'),
    ('Cloutier', 'Liam', '1960-11-21', 'M', 'CLOL60112139'),
    ('Fournier', 'André', '1941-07-27', 'M', 'FOUA41072762'),
    ('Bouchard', 'Robert', '1947-04-10', 'F', 'BOUR47541011'),
    ('Cloutier', 'David', '1941-10-09', 'M', 'CLOD41100927'),
    ('Gagnon', 'Ginette', '1960-06-12', 'M', 'GAGG60061239'),
    ('Bouchard', 'Liam', '1940-01-24', 'M', 'BOUL40012435'),
    ('Simard', 'Emma', '1958-09-23', 'M', 'SIME58092343'),
    ('Morin', 'Nathalie', '1939-08-20', 'F', 'MORN39582071'),
    ('Bouchard', 'Geneviève', '1959-11-11', 'F', 'BOUG59611164'),
    ('Boucher', 'Josée', '1941-10-17', 'F', 'BOUJ41601744'),
    ('Paquette', 'Ginette', '1947-10-16', 'F', 'PAQG47601681'),
    ('Nadeau', 'Geneviève', '1951-12-22', 'M', 'NADG51122271'),
    ('Lapointe', 'André', '1943-12-12', 'M', 'LAPA43121277'),
    ('Thibault', 'Sylvie', '1942-11-26', 'F', 'THIS42612691'),
    ('Leblanc', 'Gilles', '1945-10-11', 'F', 'LEBG45601162'),
]

GIVEN_F = ["Huguette", "Rita", "Thérèse", "Jeannine", "Pierrette", "Lucille", "Margaret", "Dorothy", "Irène",
           "Colette", "Gisèle", "Yvette", "Doris", "Evelyn", "Rollande", "Madeleine", "Carmen", "Agnès"]
GIVEN_M = ["Gérard", "Roland", "Marcel", "Fernand", "Lionel", "Arthur", "Harold", "Réjean", "Conrad",
           "Albert", "Gaston", "Walter", "Normand", "Raymond", "Aurèle", "Bernard", "Kenneth", "Yvon"]
SURN = ["Desrosiers", "Lamoureux", "Trépanier", "Beauchemin", "Vaillancourt", "O'Brien", "Kowalski",
        "Laflamme", "Brisebois", "Gendron", "Chartrand", "Hébert", "Papadopoulos", "Lachance", "Sauvé",
        "McKenna", "Dufresne", "Thériault", "Rinaldi", "Beaulieu", "Plamondon", "Archambault"]
STAFF_F = ["Isabelle Corriveau", "Nadia Haddad", "Julie Ste-Marie", "Catherine Joly", "Amélie Fortier",
           "Sarah Goldberg", "Mélanie Pouliot", "Karine Dion", "Fatima Benali", "Linda Chow", "Véronique Roux"]
STAFF_M = ["Olivier Gingras", "Patrick Lemay", "David Nguyen", "Mathieu Bérubé", "Jean-François Allard",
           "Samuel Okafor", "Marc-André Proulx", "Kevin Walsh", "Alexandre Vézina"]
SITES = ["CHSLD Saint-Laurent-des-Érables", "CHSLD Côte-des-Neiges-Ouest", "CHSLD Jardins-Mercier",
         "Hôpital de jour gériatrique (pavillon Villeray)", "Clinique de mémoire, 3e étage",
         "Centre d'hébergement Rosemont-Nord"]
EXT_DOMS = ["curateur-public.example", "clinique-famille-outremont.example", "pharmacie-beaubien.example",
            "transport-adapte-mtl.example", "gmail.example", "videotron.example", "hopital-ottawa-est.example",
            "mutualite-liege.example", "caisse-retraite.example", "cabinet-notaire-dupras.example",
            "rpa-les-pins.example", "uni-recherche.example", "fournisseur-medical.example", "outlook.example"]
STREETS = ["rue Saint-Denis", "boul. Saint-Laurent", "av. du Parc", "rue Beaubien Est", "rue Jarry Ouest",
           "ch. de la Côte-Sainte-Catherine", "rue Sherbrooke Ouest", "av. Papineau", "rue Fleury Est"]


class G:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def choice(self, x):
        return self.r.choice(x)

    def ri(self, a, b):
        return self.r.randint(a, b)

    def staff(self):
        n = self.choice(STAFF_F + STAFF_M)
        return n

    def email_of(self, name, dom=DOM):
        s = name.lower()
        for a, b in (("é", "e"), ("è", "e"), ("ë", "e"), ("ô", "o"), ("â", "a"), ("ç", "c"), ("'", ""), (" ", ".")):
            s = s.replace(a, b)
        return s + "@" + dom

    def nam_patient(self):
        s, g, dob, sex, nam = self.choice(NAMS)
        return dict(sur=s, giv=g, dob=dob, sex=sex, nam=nam, mrn=self.mrn())

    def patient(self, sex=None):
        sex = sex or self.choice("FM")
        g = self.choice(GIVEN_F if sex == "F" else GIVEN_M)
        y = self.ri(1926, 1950)
        dob = "%d-%02d-%02d" % (y, self.ri(1, 12), self.ri(1, 28))
        return dict(sur=self.choice(SURN), giv=g, dob=dob, sex=sex, nam=None, mrn=self.mrn())

    def mrn(self):
        k = self.ri(0, 4)
        if k == 0:
            return "%07d" % self.ri(1000000, 9999999)
        if k == 1:
            return "H%07d" % self.ri(100000, 9999999)
        if k == 2:
            return "CX-%06d" % self.ri(100000, 999999)
        if k == 3:
            return "%08d" % self.ri(10000000, 99999999)
        return "MR%06d" % self.ri(100000, 999999)

    def phone(self):
        return "514 555-%04d" % self.ri(100, 9999)

    def addr(self):
        return "%d %s, app. %d, Montréal (Québec) H%d%s %d%s%d" % (
            self.ri(100, 9800), self.choice(STREETS), self.ri(1, 30), self.ri(1, 4), self.choice("ABCGHJKLMNPRSTVX"),
            self.ri(1, 9), self.choice("ABCEGHJKLMNPRSTVXY"), self.ri(0, 9))

    def sin(self):
        while True:
            d = [self.choice("1234567")] + [str(self.ri(0, 9)) for _ in range(7)]
            s = "".join(d)
            s = s + st_luhn.calc_check_digit(s)
            if st_sin.is_valid(s):
                return s

    def onhn(self):
        while True:
            s = str(self.ri(1, 9)) + "".join(str(self.ri(0, 9)) for _ in range(8))
            s = s + st_luhn.calc_check_digit(s)
            if st_luhn.is_valid(s) and len(s) == 10:
                return s

    def niss(self, dob, sex):
        yy, mm, dd = dob[2:4], dob[5:7], dob[8:10]
        while True:
            ser = self.ri(1, 997)
            if (ser % 2 == 1) != (sex == "M"):
                continue
            base = "%s%s%s%03d" % (yy, mm, dd, ser)
            chk = 97 - (int(base) % 97)
            s = base + "%02d" % chk
            if st_nn.is_valid(s):
                return s

    def nir(self, dob, sex):
        while True:
            base = "%d%s%s%02d%03d%03d" % (1 if sex == "M" else 2, dob[2:4], dob[5:7], self.ri(1, 95),
                                           self.ri(1, 990), self.ri(1, 999))
            if base[5:7] == "20":
                continue
            key = 97 - (int(base) % 97)
            s = base + "%02d" % key
            if st_nir.is_valid(s):
                return s

    def date(self):
        base = datetime.datetime(2026, 9, 1, 7, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=-4)))
        return base + datetime.timedelta(days=self.ri(0, 85), minutes=self.ri(0, 11 * 60))


def age(p, ref=2026):
    return ref - int(p["dob"][:4])


def mme(p, lang="fr"):
    if lang == "fr":
        return ("Mme " if p["sex"] == "F" else "M. ") + p["giv"] + " " + p["sur"]
    return ("Mrs. " if p["sex"] == "F" else "Mr. ") + p["giv"] + " " + p["sur"]


def sp_nam(nam, style):
    if style == 0:
        return nam
    if style == 1:
        return nam[:4] + " " + nam[4:8] + " " + nam[8:]
    if style == 2:
        return nam[:4] + "-" + nam[4:8] + "-" + nam[8:]
    if style == 3:
        return ".".join(nam)
    if style == 4:
        return nam[:4] + " " + "".join(chr(0xFF10 + int(c)) for c in nam[4:])
    return nam.lower()


def dob_fr(d):
    y, m, dd = d.split("-")
    return "%s/%s/%s" % (dd, m, y)


SIG_FR = ["\n-- \n{n}\n{t}\n{site}\nCIUSSS du Centre-Est-de-l'Île (fictif)\nTél. 514 555-{x} poste {p}\n\n"
          "AVIS DE CONFIDENTIALITÉ : Ce courriel peut contenir des renseignements confidentiels. S'il vous a été "
          "transmis par erreur, veuillez le détruire et en aviser l'expéditeur.\n",
          "\n{n}, {t}\n{site}\n514 555-{x}\n"]
SIG_EN = ["\n--\n{n}\n{t}\n{site}\nCIUSSS Centre-Est (fictional) | 514 555-{x} ext. {p}\n\nThis e-mail may contain "
          "confidential information. If received in error please delete it and notify the sender.\n",
          "\nThanks,\n{n} ({t})\n"]
TITLES_FR = ["inf. clinicienne", "pharmacienne", "gériatre", "travailleuse sociale", "agente administrative",
             "chef d'unité", "ergothérapeute", "md, médecin de famille", "conseillère PCI", "ASI"]
TITLES_FR_M = ["infirmier clinicien", "pharmacien", "gériatre", "travailleur social", "agent administratif",
               "chef d'unité", "ergothérapeute", "md, médecin de famille", "conseiller PCI", "ASI"]
TITLES_EN = ["RN, BScN", "clinical pharmacist", "MD, FRCPC (geriatrics)", "social worker", "unit clerk",
             "nurse manager", "OT", "admin assistant", "IPAC lead", "MD CCFP(COE)"]


def sig(g, name, lang):
    if lang == "fr":
        return g.choice(SIG_FR).format(n=name, t=g.choice(TITLES_FR_M if name in STAFF_M else TITLES_FR), site=g.choice(SITES), x="%04d" % g.ri(1000, 9999),
                                       p=g.ri(2000, 7999))
    return g.choice(SIG_EN).format(n=name, t=g.choice(TITLES_EN), site=g.choice(SITES), x="%04d" % g.ri(1000, 9999),
                                   p=g.ri(2000, 7999))


# ---------------------------------------------------------------- attachments
FIXED_TS = (2026, 9, 1, 8, 0, 0)


def normalize_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zo:
        for info in zin.infolist():
            b = zin.read(info.filename)
            if info.filename.startswith("docProps/"):
                b = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z?", b"2026-09-01T08:00:00Z", b)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_TS)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zo.writestr(zi, b)
    return out.getvalue()


def make_pdf(title, lines):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(title)
    c.setFont("Helvetica-Bold", 13)
    c.drawString(60, 740, title)
    c.setFont("Helvetica", 10)
    y = 715
    for ln in lines:
        if y < 60:
            c.showPage()
            c.setFont("Helvetica", 10)
            y = 740
        c.drawString(60, y, ln)
        y -= 15
    c.showPage()
    c.save()
    return buf.getvalue()


def make_docx(title, paras, table=None):
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = "CIUSSS (fictif)"
    cp.created = datetime.datetime(2026, 9, 1, 8, 0, 0)
    cp.modified = datetime.datetime(2026, 9, 1, 8, 0, 0)
    cp.last_modified_by = "CIUSSS"
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
    b = io.BytesIO()
    d.save(b)
    return normalize_zip(b.getvalue())


def make_xlsx(sheet, rows):
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    for r in rows:
        ws.append(list(r))
    wb.properties.creator = "CIUSSS"
    wb.properties.created = datetime.datetime(2026, 9, 1, 8, 0, 0)
    wb.properties.modified = datetime.datetime(2026, 9, 1, 8, 0, 0)
    b = io.BytesIO()
    wb.save(b)
    return normalize_zip(b.getvalue())


def make_csv(rows):
    s = io.StringIO()
    w = csv.writer(s, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return s.getvalue()


def make_zip(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zo:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=FIXED_TS)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zo.writestr(zi, data if isinstance(data, bytes) else data.encode("utf-8"))
    return out.getvalue()


def make_ics(uid, summary, start, minutes, location, desc, organizer, attendees):
    def esc(s):
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    st = start.astimezone(datetime.timezone.utc)
    en = st + datetime.timedelta(minutes=minutes)
    f = "%Y%m%dT%H%M%SZ"
    L = ["BEGIN:VCALENDAR", "PRODID:-//CIUSSS fictif//Agenda//FR", "VERSION:2.0", "METHOD:REQUEST", "BEGIN:VEVENT",
         "UID:" + uid, "DTSTAMP:20260901T120000Z", "DTSTART:" + st.strftime(f), "DTEND:" + en.strftime(f),
         "SUMMARY:" + esc(summary), "LOCATION:" + esc(location), "DESCRIPTION:" + esc(desc),
         "ORGANIZER:mailto:" + organizer]
    for a in attendees:
        L.append("ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:" + a)
    L += ["END:VEVENT", "END:VCALENDAR"]
    out = []
    for ln in L:
        while len(ln.encode("utf-8")) > 74:
            cut = 70
            while len(ln[:cut].encode("utf-8")) > 73:
                cut -= 1
            out.append(ln[:cut])
            ln = " " + ln[cut:]
        out.append(ln)
    return "\r\n".join(out) + "\r\n"


def make_vcf(fn, sur, giv, tel, adr, note, org=None):
    L = ["BEGIN:VCARD", "VERSION:3.0", "N:%s;%s;;;" % (sur, giv), "FN:" + fn]
    if org:
        L.append("ORG:" + org)
    if tel:
        L.append("TEL;TYPE=HOME,VOICE:" + tel)
    if adr:
        L.append("ADR;TYPE=HOME:;;%s;;;;" % adr.replace(",", "\\,"))
    if note:
        L.append("NOTE:" + note.replace(",", "\\,"))
    L.append("END:VCARD")
    return "\r\n".join(L) + "\r\n"


# ---------------------------------------------------------------- transport
def to_html(text, cs="utf-8"):
    import html as H
    paras = text.split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(H.escape(x) for x in p.split("\n")) + "</p>")
    return ('<html><head><meta charset="' + cs + '"></head>\n<body style="font-family:Calibri,Arial,sans-serif;'
            'font-size:11pt">\n' + "\n".join(out) + "\n</body></html>\n")


def pick_charset(g, text):
    cs = g.choice(["utf-8", "utf-8", "iso-8859-1", "windows-1252"])
    try:
        text.encode(cs)
    except UnicodeEncodeError:
        cs = "utf-8"
    return cs


def build_message(g, m, tinfo):
    msg = EmailMessage()
    msg["From"] = m["frm"]
    msg["To"] = m["to"]
    if m.get("cc"):
        msg["Cc"] = m["cc"]
    msg["Subject"] = m["subj"]
    msg["Date"] = format_datetime(m["date"])
    msg["Message-ID"] = "<%08x.%d@%s>" % (g.ri(0, 0xFFFFFFFF), g.ri(1000, 99999), DOM)
    if m.get("in_reply_to"):
        msg["In-Reply-To"] = m["in_reply_to"]
        msg["References"] = m["in_reply_to"]
    if g.ri(0, 2) == 0:
        msg["X-Mailer"] = g.choice(["Microsoft Outlook 16.0", "Mozilla Thunderbird 128.3", "Zimbra 10.1"])
    msg["Content-Language"] = "fr-CA" if m["lang"] == "fr" else "en-CA"
    body = m["body"]
    form = m.get("form") or g.choice(["plain", "plain", "plain", "html", "alt", "alt"])
    cs = pick_charset(g, body)
    cte = g.choice(["quoted-printable", "base64", "8bit"])
    tinfo.update(form=form, charset=cs, cte=cte)
    if form == "plain":
        msg.set_content(body, charset=cs, cte=cte)
    elif form == "html":
        msg.set_content(m.get("html") or to_html(body, cs), subtype="html", charset=cs, cte=cte)
    else:
        msg.set_content(body, charset=cs, cte=cte)
        msg.add_alternative(m.get("html") or to_html(body, cs), subtype="html", charset=cs,
                            cte="quoted-printable" if cte == "8bit" else cte)
    for a in m.get("atts", []):
        kind = a[0]
        if kind == "eml":
            msg.add_attachment(a[1], filename=a[2])
        elif kind == "text":
            _, sub, fname, txt = a
            extra = {"params": {"method": "REQUEST"}} if sub == "calendar" else {}
            msg.add_attachment(txt, subtype=sub, filename=fname, charset="utf-8",
                               cte=g.choice(["quoted-printable", "base64"]), **extra)
        else:
            _, maintype, sub, fname, data = a
            msg.add_attachment(data, maintype=maintype, subtype=sub, filename=fname)
    if m.get("atts"):
        tinfo["form"] = "mixed/" + form
        tinfo["att"] = ",".join(x[2] if x[0] in ("eml",) else x[2] if x[0] == "text" else x[3]
                                for x in m["atts"])
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary("----=_Part_%d_%016x" % (g.ri(1000, 9999), g.r.getrandbits(64)))
    ls = g.choice(["\n", "\r\n"])
    tinfo["eol"] = "CRLF" if ls == "\r\n" else "LF"
    return msg.as_bytes(policy=email.policy.default.clone(linesep=ls))


def inner_eml(frm, to, subj, date, body, lang="fr"):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subj
    m["Date"] = format_datetime(date)
    m["Message-ID"] = "<inner.%d@%s>" % (len(body) * 7919 + len(subj), DOM)
    m.set_content(body, charset="utf-8", cte="quoted-printable")
    return m


def quote(text, who, date, lang):
    head = ("Le %s, %s a écrit :" % (date.strftime("%Y-%m-%d à %H:%M"), who) if lang == "fr"
            else "On %s, %s wrote:" % (date.strftime("%a, %b %d, %Y at %I:%M %p"), who))
    return head + "\n" + "\n".join("> " + l if l else ">" for l in text.split("\n"))


def fwd(text, frm, to, subj, date, lang):
    if lang == "fr":
        h = "---------- Message transféré ----------\nDe : %s\nDate : %s\nÀ : %s\nObjet : %s\n\n"
    else:
        h = "---------- Forwarded message ---------\nFrom: %s\nDate: %s\nTo: %s\nSubject: %s\n\n"
    return h % (frm, date.strftime("%Y-%m-%d %H:%M"), to, subj) + text


# ---------------------------------------------------------------- templates
def gfix(text, sex):
    f = sex == "F"
    text = re.sub(r"(\w+)\(e\)", lambda m: m.group(1) + ("e" if f else ""), text)
    for a, b, c in (("Elle/il", "Elle", "Il"), ("elle/il", "elle", "il"), ("He/she", "She", "He"),
                    ("résidente/résident", "résidente", "résident"), ("lui/elle", "elle", "lui")):
        text = text.replace(a, b if f else c)
    return text


def mk(g, cat, lang, subj, body, types, note, atts=None, to=None, cc=None, form=None, frm_name=None, html=None, sex=None):
    if sex:
        body, subj = gfix(body, sex), gfix(subj, sex)
    n = frm_name or g.staff()
    frm = "%s <%s>" % (n, g.email_of(n))
    if to is None:
        t = g.staff() if g.ri(0, 1) else g.choice(STAFF_F)
        to = "%s <%s>" % (t, g.email_of(t, g.choice([DOM, g.choice(EXT_DOMS)])))
    return dict(cat=cat, lang=lang, subj=subj, body=body.rstrip("\n") + "\n" + sig(g, n, lang), types=types,
                note=note, atts=atts or [], frm=frm, to=to, cc=cc, form=form, date=g.date(), html=html)


def pat(g, want_nam=None):
    if want_nam is None:
        want_nam = g.ri(0, 1) == 0
    return g.nam_patient() if want_nam else g.patient()


DX_FR = ["trouble neurocognitif majeur (Alzheimer) stade modéré", "démence mixte", "maladie de Parkinson avec chutes",
         "IC diastolique + IRC stade 3b", "délirium hypoactif sur infection urinaire", "fracture de hanche opérée",
         "MPOC O2 à domicile", "démence à corps de Lewy", "AVC ancien, hémiparésie G"]
DX_EN = ["major neurocognitive disorder (Alzheimer type), moderate", "mixed dementia", "Parkinson disease with falls",
         "HFpEF + CKD 3b", "hypoactive delirium secondary to UTI", "s/p hip fracture ORIF", "COPD on home O2",
         "Lewy body dementia", "old stroke with L hemiparesis"]
MEDS = ["donépézil 10 mg DIE", "quétiapine 25 mg HS", "lorazépam 0,5 mg HS PRN", "apixaban 2,5 mg BID",
        "furosémide 40 mg DIE", "métoprolol 25 mg BID", "oxybutynine 5 mg BID", "zopiclone 7,5 mg HS",
        "citalopram 20 mg DIE", "mémantine 10 mg BID", "lévothyroxine 75 mcg DIE", "hydromorphone 0,5 mg SC q4h PRN",
        "warfarine selon INR", "rispéridone 0,5 mg BID", "pantoprazole 40 mg DIE", "amitriptyline 10 mg HS"]


def p_chsld_admission(g):
    p = pat(g, True)
    d = g.choice(DX_FR)
    b = ("Bonjour,\n\nDemande d'hébergement en CHSLD pour %s, née le %s, NAM %s.\n%s ans, %s. "
         "Profil ISO-SMAF 11, errance le soir, a besoin d'aide pour tous les transferts.\nVit seule, fille "
         "épuisée. Priorité demandée au mécanisme d'accès.\n\nMerci,\n") % (
        mme(p), dob_fr(p["dob"]), p["nam"], age(p), d)
    if p["sex"] == "M":
        b = b.replace("née le", "né le").replace("Vit seule", "Vit seul")
    return mk(g, "chsld_admission", "fr", "Demande d'hébergement - " + p["sur"].upper(), b,
              ["patient_name", "ramq_nam", "date_of_birth", "diagnosis", "social_information"],
              "admission request with name, NAM, DOB, diagnosis", sex=p["sex"])


def p_hdj_referral(g):
    p = pat(g)
    lang = g.choice(["fr", "en"])
    if lang == "fr":
        b = ("Dre,\n\nRéférence à l'hôpital de jour gériatrique : %s (dossier %s), %d ans.\nChutes x3 depuis "
             "juillet, perte de poids 6 kg, MMSE 21/30. Rx : %s, %s.\nObjectifs : équilibre, réévaluation de la "
             "médication.\n\nMerci\n") % (mme(p), p["mrn"], age(p), g.choice(MEDS), g.choice(MEDS))
        s = "Réf HDJ - %s %s" % (p["sur"], p["giv"])
    else:
        b = ("Hi,\n\nReferral to the Geriatric Day Hospital for %s, chart %s, age %d.\n3 falls since July, "
             "6 kg weight loss, MoCA 19/30. On %s and %s.\nGoals: gait/balance, med review.\n\nThanks\n") % (
            mme(p, "en"), p["mrn"], age(p), g.choice(MEDS), g.choice(MEDS))
        s = "GDH referral - %s, %s" % (p["sur"], p["giv"])
    return mk(g, "hdj_referral", lang, s, b, ["patient_name", "mrn", "diagnosis", "medication"],
              "day-hospital referral naming a patient with chart number and clinical data", sex=p["sex"])


def p_memory_clinic(g):
    p = pat(g)
    lang = g.choice(["en", "fr"])
    if lang == "en":
        b = ("Dear Dr. %s,\n\nYour patient %s (DOB %s) was seen at the Memory Clinic on %s.\nMoCA 17/30 "
             "(delayed recall 0/5), CT head: moderate small-vessel disease. Impression: %s.\nWe started "
             "donepezil 5 mg daily; driving licence to be reported to SAAQ.\n\nRegards,\n") % (
            g.choice(SURN), mme(p, "en"), p["dob"], "Oct %d" % g.ri(1, 28), g.choice(DX_EN))
        s = "Memory clinic consult note - %s" % p["sur"]
    else:
        b = ("Cher collègue,\n\nVu en clinique de mémoire : %s, né(e) le %s.\nMoCA 18/30, IRM : atrophie "
             "hippocampique bilatérale. Impression : %s.\nDébut donépézil 5 mg, signalement SAAQ fait.\n\n"
             "Cordialement,\n") % (mme(p), dob_fr(p["dob"]), g.choice(DX_FR))
        s = "Consultation clinique de mémoire - %s" % p["sur"]
    return mk(g, "memory_clinic", lang, s, b, ["patient_name", "date_of_birth", "diagnosis", "medication"],
              "memory clinic consultation letter about a named patient", sex=p["sex"])


def p_fall_incident(g):
    p = pat(g, False)
    b = ("Bonjour,\n\nDéclaration AH-223 : chute de %s, ch. %d-%s, le %s vers 3 h 10.\nTrouvé(e) au sol près "
         "du lit, ecchymose hanche D, RX demandée. Sous apixaban. Famille avisée (fils).\nMesures : lit bas, "
         "tapis sensoriel, tournée q1h.\n") % (mme(p), g.ri(1, 4), g.ri(101, 140), "%d oct." % g.ri(1, 28))
    return mk(g, "fall_incident", "fr", "AH-223 chute unité %s" % g.choice(["2A", "3B", "4C", "Mauve"]), b,
              ["patient_name", "diagnosis", "medication"], "incident report about a named resident's fall", sex=p["sex"])


def p_pharm_review(g):
    p = pat(g)
    meds = g.r.sample(MEDS, 6)
    lang = g.choice(["fr", "en"])
    if lang == "fr":
        b = ("Bonjour Dr %s,\n\nRevue de la médication de %s (dossier %s), %d ans, CHSLD.\nListe actuelle :\n%s\n\n"
             "Recommandations : cesser %s (critères de Beers, risque de chute), diminuer %s.\nClCr estimée "
             "28 mL/min.\n\n") % (g.choice(SURN), mme(p), p["mrn"], age(p), "\n".join("- " + x for x in meds),
                                 meds[0], meds[1])
        s = "Revue Rx - %s ch %d" % (p["sur"], g.ri(100, 420))
    else:
        b = ("Dr. %s,\n\nMedication review for resident %s (MRN %s):\n%s\n\nSuggest deprescribing %s "
             "(anticholinergic burden) and tapering %s. eGFR 31.\n") % (
            g.choice(SURN), mme(p, "en"), p["mrn"], "\n".join("  * " + x for x in meds), meds[0], meds[1])
        s = "Med review %s" % p["sur"]
    return mk(g, "pharmacy_review", lang, s, b, ["patient_name", "mrn", "medication", "lab_result"],
              "pharmacist medication review for a named resident", sex=p["sex"])


def p_family_update(g):
    p = pat(g)
    fam = g.choice(GIVEN_F + GIVEN_M) + " " + p["sur"]
    lang = g.choice(["en", "fr"])
    if lang == "en":
        b = ("Dear %s,\n\nAs discussed by phone, your %s had a quieter week. The urinary infection is treated "
             "(last day of antibiotics tomorrow) and %s is eating better. We reduced the quetiapine.\nThe care "
             "conference is set for Thursday 2 pm.\n\nKind regards,\n") % (
            fam, "mother" if p["sex"] == "F" else "father", "she" if p["sex"] == "F" else "he")
        s = "Update about %s %s" % (p["giv"], p["sur"])
        t = ["patient_name", "diagnosis", "medication"]
    else:
        b = ("Bonjour %s,\n\nSuite à notre appel : %s a fait de la fièvre hier, hémocultures en cours, "
             "on a débuté ceftriaxone. Elle/il est plus confus(e) que d'habitude.\nRencontre interdisciplinaire "
             "jeudi 14 h.\n\nBonne journée,\n") % (fam, mme(p))
        s = "Nouvelles de " + mme(p)
        t = ["patient_name", "diagnosis", "medication"]
    return mk(g, "family_mail", lang, s, b, t, "mail to a family member about a named resident's health",
              to="%s <%s>" % (fam, g.email_of(fam, g.choice(["gmail.example", "videotron.example", "outlook.example"]))), sex=p["sex"])


def p_curatelle(g):
    p = pat(g, True)
    b = ("Madame,\n\nNous vous transmettons la demande d'ouverture de régime de protection (tutelle) pour %s, "
         "NAM %s, né(e) le %s.\nÉvaluation médicale : inaptitude totale et permanente (%s). Évaluation "
         "psychosociale : absence de proche apte, soupçon d'abus financier par un neveu.\nRevenus : PSV + RRQ, "
         "compte conjoint.\n\n") % (mme(p), sp_nam(p["nam"], g.ri(0, 2)), dob_fr(p["dob"]), g.choice(DX_FR))
    return mk(g, "public_curator", "fr", "Régime de protection - dossier %s" % p["sur"], b,
              ["patient_name", "ramq_nam", "date_of_birth", "diagnosis", "social_information"],
              "guardianship file sent to the public curator with NAM and social details",
              to="Service des signalements <signalements@curateur-public.example>", sex=p["sex"])


def p_eol(g):
    p = pat(g)
    lang = g.choice(["fr", "en"])
    if lang == "fr":
        b = ("Équipe,\n\n%s (lit %d) : niveau de soins D confirmé avec la fille ce matin. Soins de confort, "
             "%s. Cesser les prélèvements et les signes vitaux routiniers. Anticiper râles : glycopyrrolate.\n"
             "Aviser la famille 24/7 si changement.\n") % (mme(p), g.ri(1, 40), "hydromorphone 0,5 mg SC q4h PRN")
        s = "Soins de fin de vie - %s" % p["sur"]
    else:
        b = ("Team,\n\n%s in bed %d: goals of care changed to comfort only (level D). Family at bedside. "
             "Started hydromorphone SC PRN and midazolam for agitation. MAID request discussed, not pursued.\n") % (
            mme(p, "en"), g.ri(1, 40))
        s = "EOL care - %s" % p["sur"]
    return mk(g, "end_of_life", lang, s, b, ["patient_name", "diagnosis", "medication"],
              "end-of-life care plan for a named resident", sex=p["sex"])


def p_signout(g):
    lang = g.choice(["fr", "en"])
    rows = []
    for i in range(g.ri(4, 7)):
        p = pat(g, g.ri(0, 3) == 0)
        if lang == "fr":
            rows.append("%d-%s  %s, %s (%d)  %s  -- %s" % (g.ri(2, 4), g.ri(101, 140), p["sur"].upper(), p["giv"],
                                                           age(p), g.choice(DX_FR), g.choice(["surveiller TA", "INR demain",
                                                           "agitée la nuit", "NPO pour gastro", "famille appelle 19h"])))
        else:
            rows.append("Rm %d  %s, %s  %s - %s" % (g.ri(201, 240), p["sur"], p["giv"], g.choice(DX_EN),
                                                   g.choice(["watch BP", "INR AM", "sundowning", "foley out today"])))
    if lang == "fr":
        b = "Salut,\n\nListe de relève nuit unité %s :\n\n%s\n\nBonne nuit\n" % (g.choice(["3B", "Lilas"]), "\n".join(rows))
        s = "Relève nuit"
    else:
        b = "Hi,\n\nNight handover, unit %s:\n\n%s\n\n" % (g.choice(["2C", "Maple"]), "\n".join(rows))
        s = "Handover list tonight"
    return mk(g, "signout_list", lang, s, b, ["patient_name", "diagnosis"], "handover list naming residents with problems")


def p_transport(g):
    p = pat(g)
    b = ("Bonjour,\n\nTransport adapté demandé pour %s, %s, tél. %s.\nRendez-vous HDJ les mardis et jeudis, "
         "arrivée 8 h 45. Fauteuil roulant, oxygène 2 L, légère démence : accompagner jusqu'à l'accueil.\n\n") % (
        mme(p), g.addr(), g.phone())
    return mk(g, "transport_request", "fr", "Transport adapté - %s" % p["sur"], b,
              ["patient_name", "patient_contact", "diagnosis"], "transport request with patient address and phone",
              to="Répartition <repartition@transport-adapte-mtl.example>", sex=p["sex"])


def p_critical(g):
    p = pat(g)
    lang = g.choice(["fr", "en"])
    v = g.choice([("INR", "6,8"), ("K+", "6,4 mmol/L"), ("Na", "118 mmol/L"), ("glycémie", "1,9 mmol/L")])
    if lang == "fr":
        b = ("URGENT\n\nValeur critique pour %s, dossier %s : %s = %s (prélevé 06 h 20).\nMD de garde avisé à "
             "07 h 05, dose de warfarine suspendue.\n") % (mme(p), p["mrn"], v[0], v[1])
        s = "Valeur critique %s" % p["mrn"]
    else:
        b = ("Critical value: %s, MRN %s, %s %s at 0620. On-call MD paged. Please review before noon.\n") % (
            mme(p, "en"), p["mrn"], v[0], v[1].replace(",", "."))
        s = "CRITICAL lab - %s" % p["sur"]
    return mk(g, "critical_value", lang, s, b, ["patient_name", "mrn", "lab_result"], "critical lab value for a named resident", sex=p["sex"])


def p_discharge_pdf(g):
    p = pat(g, True)
    lines = ["Patient: %s %s   Sexe: %s   DDN: %s" % (p["sur"], p["giv"], p["sex"], p["dob"]),
             "NAM: %s   Dossier: %s" % (p["nam"], p["mrn"]),
             "Diagnostic principal: %s" % g.choice(DX_FR).replace("é", "e").replace("è", "e"),
             "Medication au depart:"] + ["  - " + m for m in g.r.sample(MEDS, 4)] + [
        "Suivi: HDJ geriatrique dans 2 semaines, SAD pour soins d'hygiene."]
    pdf = make_pdf("Resume de depart - Geriatrie", lines)
    lang = g.choice(["fr", "en"])
    b = ("Bonjour,\n\nCi-joint le résumé de départ. Merci d'assurer le suivi SAD.\n" if lang == "fr"
         else "Hello,\n\nPlease find attached the discharge summary for follow-up by home care.\n")
    return mk(g, "discharge_summary", lang, "Résumé de départ" if lang == "fr" else "Discharge summary", b,
              ["patient_name", "ramq_nam", "date_of_birth", "mrn", "diagnosis", "medication"],
              "PDF discharge summary attached with NAM and medications",
              atts=[("bin", "application", "pdf", "resume_depart_%s.pdf" % p["mrn"].replace("-", ""), pdf)], sex=p["sex"])


def p_medrec_xlsx(g):
    rows = [("Chambre", "Nom", "Prénom", "Dossier", "Médicament", "Commentaire")]
    for i in range(g.ri(5, 9)):
        p = pat(g, False)
        rows.append((g.ri(101, 140), p["sur"], p["giv"], p["mrn"], g.choice(MEDS), g.choice(["à cesser", "réduire", "OK", "vérifier ECG"])))
    x = make_xlsx("Bilan", rows)
    lang = g.choice(["fr", "fr", "en"])
    b = ("Voici le bilan comparatif de l'unité pour la rencontre de jeudi.\n" if lang == "fr"
         else "Attached: med rec for the unit, for Thursday's meeting.\n")
    return mk(g, "med_rec_xlsx", lang, "Bilan comparatif unité" if lang == "fr" else "Unit med rec", b,
              ["patient_name", "mrn", "medication"], "spreadsheet of residents with chart numbers and drugs",
              atts=[("bin", "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet", "bilan_rx.xlsx", x)])


def p_booking_ics(g):
    p = pat(g)
    st = g.date()
    lang = g.choice(["fr", "en"])
    summ = ("Clinique mémoire - %s %s (dossier %s)" % (p["giv"], p["sur"], p["mrn"]) if lang == "fr"
            else "Memory clinic - %s %s (MRN %s)" % (p["giv"], p["sur"], p["mrn"]))
    org = g.email_of(g.staff())
    ics = make_ics("mc-%d@%s" % (g.ri(10000, 99999), DOM), summ, st, 90, "Clinique de mémoire, local 3.114",
                   "Évaluation cognitive + rencontre famille" if lang == "fr" else "Cognitive assessment with family",
                   org, [g.email_of(g.staff())])
    b = "Invitation pour l'évaluation.\n" if lang == "fr" else "Booking for the assessment.\n"
    return mk(g, "booking_ics", lang, "Invitation : " + summ.split(" - ")[0], b, ["patient_name", "mrn"],
              "calendar invite naming the patient with chart number", atts=[("text", "calendar", "invite.ics", ics)], sex=p["sex"])


def p_vcard(g):
    p = pat(g)
    vcf = make_vcf("%s %s" % (p["giv"], p["sur"]), p["sur"], p["giv"], g.phone(), g.addr(),
                   "Usager SAD - %s - clé boîte à clé 4471" % g.choice(DX_FR))
    b = ("Fiche contact de l'usager pour la tournée SAD de demain.\n")
    return mk(g, "vcard_homecare", "fr", "Contact usager SAD", b, ["patient_name", "patient_contact", "diagnosis"],
              "vCard of a home-care client with address and diagnosis",
              atts=[("text", "vcard", "%s.vcf" % p["sur"].lower(), vcf)], sex=p["sex"])


def p_fwd_eml(g):
    p = pat(g)
    fam = g.choice(GIVEN_F) + " " + p["sur"]
    inner = inner_eml("%s <%s>" % (fam, g.email_of(fam, "gmail.example")), "plaintes@" + DOM,
                      "Plainte - soins de ma mère" if p["sex"] == "F" else "Plainte - soins de mon père", g.date(),
                      ("Bonjour,\nJe veux porter plainte. %s, ch. %d, a passé la nuit souillé(e) et on lui a donné "
                       "du lorazépam sans nous aviser. Elle/il a une démence et ne peut pas se plaindre.\n%s\n") % (
                          mme(p), g.ri(100, 400), fam))
    b = "Pour traitement par la commissaire aux plaintes. Voir courriel joint.\n"
    return mk(g, "forward_attached_eml", "fr", "TR: Plainte famille", b, ["patient_name", "diagnosis", "medication"],
              "complaint about a named resident forwarded as attached message",
              atts=[("eml", inner, "plainte.eml")], sex=p["sex"])


def p_zip_csv(g):
    rows = [("nom", "prenom", "ddn", "nam", "unite", "vaccin_influenza")]
    for i in range(g.ri(4, 7)):
        p = g.nam_patient()
        rows.append((p["sur"], p["giv"], p["dob"], p["nam"], g.choice(["2A", "3B", "4C"]), g.choice(["oui", "refus", "CI"])))
    z = make_zip([("liste_residents_vaccination.csv", make_csv(rows)), ("LISEZMOI.txt", "Extraction SIRTF, usage interne.\n")])
    b = "Comme demandé, l'extraction des résidents pour la campagne de vaccination (zip).\n"
    return mk(g, "zip_resident_list", "fr", "Extraction résidents vaccination", b,
              ["patient_name", "ramq_nam", "date_of_birth"], "zipped CSV of residents with NAMs and birth dates",
              atts=[("bin", "application", "zip", "extraction.zip", z)])


def p_subject_only(g):
    p = pat(g, True)
    lang = g.choice(["fr", "en"])
    if lang == "fr":
        s = "%s %s %s - démence, refuse soins" % (p["sur"].upper(), p["giv"], sp_nam(p["nam"], 0))
        b = "Voir objet. Peux-tu me rappeler?\n"
    else:
        s = "%s, %s DOB %s - pressure ulcer stage 3" % (p["sur"], p["giv"], p["dob"])
        b = "See subject - can you call me back re dressing orders.\n"
    return mk(g, "subject_only", lang, s, b,
              ["patient_name", "ramq_nam", "diagnosis"] if lang == "fr" else ["patient_name", "date_of_birth", "diagnosis"],
              "patient details carried in the Subject line only", form="plain", sex=p["sex"])


def p_disguised(g):
    p = g.nam_patient()
    style = g.ri(1, 5)
    b = ("J'ai écrit le numéro avec des espaces pour que le filtre ne bloque pas :\n%s\nC'est pour %s %s, "
         "née %s. Elle a fait une pneumonie d'aspiration, on la retourne au CHSLD demain.\n") % (
        sp_nam(p["nam"], style), p["giv"], p["sur"], dob_fr(p["dob"]).replace("/", "."))
    if p["sex"] == "M":
        b = b.replace("née", "né").replace("Elle a fait", "Il a fait").replace("on la", "on le")
    return mk(g, "disguised_identifier", "fr", "le numéro demandé", b, ["ramq_nam", "patient_name", "date_of_birth", "diagnosis"],
              "NAM written with separators to dodge filtering", sex=p["sex"])


def p_quoted_reply(g):
    p = pat(g)
    lang = g.choice(["fr", "en"])
    d = g.date()
    who = g.staff()
    if lang == "fr":
        orig = ("Bonjour,\nPouvez-vous revoir %s (dossier %s) ? Nouvelle incontinence et chute, "
                "suspicion d'hydrocéphalie à pression normale.\nMerci") % (mme(p), p["mrn"])
        b = "Ok, je la vois lundi en AM.\n\n" + quote(orig, who, d, "fr")
        s = "RE: Demande de consultation gériatrie"
    else:
        orig = ("Hi,\nCould you see %s (MRN %s)? New incontinence + gait change, ?NPH.\nThanks") % (mme(p, "en"), p["mrn"])
        b = "Sure, Monday AM works.\n\n" + quote(orig, who, d, "en")
        s = "RE: Geriatrics consult request"
    return mk(g, "quoted_reply", lang, s, b, ["patient_name", "mrn", "diagnosis"],
              "short reply whose quoted thread names a patient with clinical details", sex=p["sex"])


def p_wound(g):
    p = pat(g)
    b = ("Bonjour,\n\nPlaie de pression stade 3 au sacrum chez %s, %d ans, ch. %d. Dimensions 4 x 3 cm, "
         "exsudat modéré. Albumine 28. Début pansement hydrofibre argent, surface thérapeutique commandée.\n"
         "Photo déposée au dossier %s.\n") % (mme(p), age(p), g.ri(100, 400), p["mrn"])
    return mk(g, "wound_care", "fr", "Consultation stomothérapie - " + p["sur"], b,
              ["patient_name", "mrn", "diagnosis", "lab_result"], "wound consult for a named resident", sex=p["sex"])


def p_ontario(g):
    p = g.patient()
    hn = g.onhn()
    vc = g.choice(["AB", "KL", "XZ"])
    b = ("Hello,\n\nTransfer request to your LTC home in Ottawa for %s, DOB %s.\nOntario health card %s-%s-%s %s. "
         "Dx: %s. Daughter lives in Kanata. Needs PEG feeds.\n\n") % (
        mme(p, "en"), p["dob"], hn[:4], hn[4:7], hn[7:], vc, g.choice(DX_EN))
    return mk(g, "ontario_transfer", "en", "LTC transfer - %s" % p["sur"], b,
              ["patient_name", "ca_health_number", "date_of_birth", "diagnosis"],
              "inter-provincial transfer with Ontario health number",
              to="Placement Coordinator <placement@hopital-ottawa-est.example>", sex=p["sex"])


def p_be(g):
    p = g.patient()
    n = g.niss(p["dob"], p["sex"])
    b = ("Madame,\n\nNotre résidente/résident %s, ressortissant(e) belge, n° NISS %s.%s.%s-%s.%s, est hébergé(e) "
         "chez nous depuis mars. Elle/il est en soins palliatifs (néo pulmonaire). Pouvez-vous confirmer la "
         "couverture de la mutualité pour le rapatriement ?\n\n") % (mme(p), n[:2], n[2:4], n[4:6], n[6:9], n[9:])
    return mk(g, "belgian_coverage", "fr", "Couverture mutualité - %s" % p["sur"], b,
              ["patient_name", "be_niss", "diagnosis"], "Belgian insured resident with NISS and diagnosis",
              to="Service international <international@mutualite-liege.example>", sex=p["sex"])


def p_fr(g):
    p = g.patient()
    n = g.nir(p["dob"], p["sex"])
    b = ("Bonjour,\n\nPour la prise en charge CPAM de %s, née le %s, n° de sécurité sociale %s %s %s %s %s %s %s.\n"
         "Hospitalisation pour fracture du col fémoral, puis réadaptation gériatrique. Facture jointe à venir.\n") % (
        mme(p), dob_fr(p["dob"]), n[0], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13], n[13:])
    if p["sex"] == "M":
        b = b.replace("née le", "né le")
    return mk(g, "french_insurance", "fr", "Prise en charge - assuré français", b,
              ["patient_name", "fr_nir", "date_of_birth", "diagnosis"], "French insured patient with NIR",
              to="Relations internationales <ri@cpam-exemple.example>", sex=p["sex"])


def p_sin(g):
    p = g.patient()
    s = g.sin()
    lang = g.choice(["en", "fr"])
    if lang == "en":
        b = ("Hi,\n\nFor the GIS / OAS application for %s (DOB %s), SIN %s %s %s. Resident in CHSLD since June, "
             "no family, income under threshold. Public curator is the legal representative.\n") % (
            mme(p, "en"), p["dob"], s[:3], s[3:6], s[6:])
        sub = "GIS application - resident"
    else:
        b = ("Bonjour,\n\nDemande de SRG pour %s (né(e) le %s), NAS %s-%s-%s. Hébergé(e) depuis juin, aucun revenu "
             "autre que la PSV, dettes de loyer de l'ancien logement.\n") % (mme(p), dob_fr(p["dob"]), s[:3], s[3:6], s[6:])
        sub = "Demande SRG - usager"
    return mk(g, "income_support", lang, sub, b, ["patient_name", "ca_sin", "date_of_birth", "social_information"],
              "income-support paperwork with a resident's SIN", sex=p["sex"])


def p_infection_case(g):
    p = pat(g)
    b = ("PCI - Avis\n\n%s, ch. %d, unité %s : C. difficile positif (toxine) ce matin. Précautions contact "
         "renforcées, chambre privée, eau de Javel. Vancomycine PO débutée.\n") % (mme(p), g.ri(100, 400), g.choice(["2A", "3B"]))
    return mk(g, "infection_case", "fr", "Cas C. diff - isolement", b, ["patient_name", "lab_result", "diagnosis", "medication"],
              "infection-control notice naming a resident with a positive result", sex=p["sex"])


def p_abuse(g):
    p = pat(g)
    b = ("Confidentiel\n\nSignalement maltraitance (abus financier) : %s, %d ans, unité %s. Le fils aurait retiré "
         "8 000 $ du compte et refuse de payer la contribution. La résidente est inapte. Rencontre avec le "
         "coordonnateur régional mardi.\n") % (mme(p), age(p), g.choice(["3B", "Lilas"]))
    if p["sex"] == "M":
        b = b.replace("La résidente est inapte", "Le résident est inapte")
    return mk(g, "elder_abuse", "fr", "Signalement - politique maltraitance", b, ["patient_name", "social_information"],
              "elder financial abuse report naming a resident", sex=p["sex"])


def p_research(g):
    p = pat(g)
    b = ("Hi,\n\nScreening log update: %s %s (DOB %s) consented for the DEPRESCRIBE-LTC study. Exclusion check: "
         "on %s, MMSE 14. Randomized to arm B.\n") % (p["giv"], p["sur"], p["dob"], g.choice(MEDS))
    return mk(g, "research_coordination", "en", "Study screening update", b,
              ["patient_name", "date_of_birth", "medication", "diagnosis"], "research screening naming a participant",
              to="Study coordinator <coord@uni-recherche.example>", sex=p["sex"])


def p_docx_consult(g):
    p = pat(g, True)
    doc = make_docx("Consultation en gériatrie", [
        "Usager : %s %s   DDN : %s   NAM : %s" % (p["giv"], p["sur"], dob_fr(p["dob"]), p["nam"]),
        "Raison : déclin fonctionnel, chutes.", "Impression : %s." % g.choice(DX_FR),
        "Plan : cesser %s ; physio ; revoir dans 6 semaines." % g.choice(MEDS)])
    b = "Bonjour,\nVoici ma note de consultation (Word).\n"
    return mk(g, "consult_docx", "fr", "Note de consultation", b,
              ["patient_name", "ramq_nam", "date_of_birth", "diagnosis", "medication"],
              "DOCX consult note with NAM",
              atts=[("bin", "application", "vnd.openxmlformats-officedocument.wordprocessingml.document", "consult.docx", doc)], sex=p["sex"])


def p_restraint(g):
    p = pat(g)
    b = ("Bonjour,\n\nApplication de mesures de contention (ceinture au fauteuil) pour %s depuis le %d nov. : "
         "risque de chute élevé, démence, agitation. Consentement du mandataire obtenu. Réévaluation q24h.\n") % (
        mme(p), g.ri(1, 28))
    return mk(g, "restraint", "fr", "Contention - " + p["sur"], b, ["patient_name", "diagnosis"],
              "restraint notice for a named resident", sex=p["sex"])


def p_inline_fwd(g):
    p = pat(g)
    lang = g.choice(["en", "fr"])
    d = g.date()
    if lang == "en":
        inner = ("Mr. and Mrs. %s,\nYour %s was admitted overnight for aspiration pneumonia. He/she is on IV "
                 "antibiotics.\n") % (p["sur"], "mother" if p["sex"] == "F" else "father")
        b = "FYI, see below re our resident %s %s (MRN %s).\n\n" % (p["giv"], p["sur"], p["mrn"]) + fwd(
            inner, g.email_of(g.staff()), "family", "Admission", d, "en")
        s = "Fwd: Admission"
    else:
        inner = ("Bonjour,\n%s est transféré(e) aux urgences pour hémorragie digestive, Hb 72. Sous apixaban.\n") % mme(p)
        b = "Pour info, voir ci-dessous.\n\n" + fwd(inner, g.email_of(g.staff()), g.email_of(g.staff()), "Transfert urgence", d, "fr")
        s = "TR: Transfert urgence"
    return mk(g, "inline_forward", lang, s, b, ["patient_name", "diagnosis"], "inline forward naming a resident with clinical facts", sex=p["sex"])


def p_fullwidth(g):
    p = pat(g, False)
    m = "".join(chr(0xFF10 + int(c)) if c.isdigit() else c for c in p["mrn"])
    b = ("Dossier %s – %s : RX hanche négative, mais douleur persistante. Scan demandé. Merci de prioriser.\n") % (m, mme(p))
    return mk(g, "fullwidth_mrn", "fr", "Scan à prioriser", b, ["mrn", "patient_name", "diagnosis"],
              "chart number in full-width digits with name and findings", sex=p["sex"])


def p_homecare(g):
    p = pat(g)
    lang = g.choice(["en", "fr"])
    if lang == "en":
        b = ("Hi,\n\nPlease add %s, %s, tel %s to PSW visits BID from Monday. Lives alone, early dementia, "
             "insulin by nurse at 8 am.\n") % (mme(p, "en"), g.addr(), g.phone())
        s = "Home care start - " + p["sur"]
    else:
        b = ("Bonjour,\n\nAjouter %s, %s, tél. %s aux visites d'auxiliaires 2x/jour. Vit seul(e), TNC léger, "
             "insuline par l'infirmière à 8 h.\n") % (mme(p), g.addr(), g.phone())
        s = "Début SAD - " + p["sur"]
    return mk(g, "home_care", lang, s, b, ["patient_name", "patient_contact", "diagnosis", "medication"],
              "home-care start with patient address and phone")


POS = [p_chsld_admission, p_hdj_referral, p_memory_clinic, p_fall_incident, p_pharm_review, p_family_update,
       p_curatelle, p_eol, p_signout, p_transport, p_critical, p_discharge_pdf, p_medrec_xlsx, p_booking_ics,
       p_vcard, p_fwd_eml, p_zip_csv, p_subject_only, p_disguised, p_quoted_reply, p_wound, p_ontario, p_be, p_fr,
       p_sin, p_infection_case, p_abuse, p_research, p_docx_consult, p_restraint, p_inline_fwd, p_fullwidth, p_homecare]


def n_schedule(g):
    rows = ["%s  %s  %s" % (g.choice(["lun", "mar", "mer", "jeu", "ven", "sam", "dim"]), n, g.choice(["J 7h-15h", "S 15h-23h", "N 23h-7h"]))
            for n in g.r.sample(STAFF_F + STAFF_M, 6)]
    b = "Bonjour à toutes et tous,\n\nHoraire de la semaine 47, unité %s :\n\n%s\n\nÉchanges de quarts : via la chef d'unité.\n" % (
        g.choice(["2A", "3B", "Lilas"]), "\n".join(rows))
    return mk(g, "staff_schedule", "fr", "Horaire sem. 47", b, [], "staff shift schedule")


def n_flu_bulletin(g):
    lang = g.choice(["fr", "fr", "en"])
    k = g.ri(3, 19)
    if lang == "fr":
        b = ("BULLETIN PCI\n\nÉclosion d'influenza A au CHSLD %s : %d résidents et %d employés touchés depuis le 12. "
             "Visites limitées à 2 proches désignés, port du masque obligatoire, oseltamivir prophylactique selon "
             "ordonnance collective.\n") % (g.choice(["Jardins-Mercier", "Rosemont-Nord"]), k, g.ri(1, 8))
        s = "Bulletin PCI - éclosion influenza"
    else:
        b = ("IPAC bulletin: %d residents on unit 3B tested positive for COVID-19 this week (aggregate). Unit on "
             "outbreak protocol; no new admissions until Friday.\n") % k
        s = "IPAC bulletin - outbreak status"
    return mk(g, "infection_bulletin", lang, s, b, [], "aggregate infection-control bulletin")


def n_visits(g):
    lang = g.choice(["fr", "en"])
    if lang == "fr":
        b = ("Chers proches,\n\nÀ compter du 1er décembre, les heures de visite aux CHSLD sont de 9 h à 21 h. "
             "Les proches aidants restent admis en tout temps. Merci de vous inscrire au registre à l'accueil.\n")
        s = "Politique de visites - mise à jour"
    else:
        b = "Dear families,\n\nVisiting hours in our LTC centres are now 9 am to 9 pm. Caregivers remain welcome at all times.\n"
        s = "Updated visiting policy"
    return mk(g, "visits_policy", lang, s, b, [], "general visiting policy notice")


def n_supplies(g):
    items = ["Culottes d'incontinence taille M - lot %s" % g.ri(100000, 999999), "Gants nitrile M - lot %s" % g.ri(100000, 999999),
             "Tapis sensoriel anti-chute - n/s %s" % g.ri(10000000, 99999999), "Lève-personne, sangles L x4"]
    b = "Bonjour,\n\nBon de commande BC-%d :\n%s\n\nLivraison quai B, CHSLD %s.\n" % (
        g.ri(40000, 49999), "\n".join("- " + i for i in g.r.sample(items, 3)), g.choice(["Saint-Laurent", "Rosemont-Nord"]))
    return mk(g, "supplies_order", "fr", "Bon de commande fournitures", b, [], "purchase order with lot/serial numbers",
              to="Commandes <commandes@fournisseur-medical.example>")


def n_invoice(g):
    b = ("Invoice INV-%d\n\nFloor-care service, October, CHSLD Côte-des-Neiges-Ouest: 4 620.00 $\nGST 231.00 QST 460.85\n"
         "Total: 5 311.85 $\nPayment terms net 30. Supplier no. %d.\n") % (g.ri(10000, 99999), g.ri(100000, 999999))
    return mk(g, "invoice", "en", "Invoice INV for October", b, [], "supplier invoice")


def n_it(g):
    b = ("Bonjour,\n\nMaintenance du NAS de l'unité %s samedi de 22 h à 2 h. Les lecteurs partagés seront "
         "inaccessibles. Billet #%d.\n\nService des TI\n") % (g.choice(["admin", "pharmacie"]), g.ri(100000, 999999))
    return mk(g, "it_outage", "fr", "Maintenance NAS - samedi", b, [], "IT maintenance notice")


def n_job(g):
    lang = g.choice(["fr", "en"])
    if lang == "fr":
        b = ("Affichage interne #%d\nPoste : infirmière clinicienne, hôpital de jour gériatrique, temps complet, jour.\n"
             "Exigences : BAC en sciences infirmières, 2 ans en gériatrie. Date limite : 15 décembre.\n") % g.ri(1000, 9999)
        s = "Affichage de poste - HDJ"
    else:
        b = "Job posting #%d: Pharmacist, long-term care, permanent full time. Apply by Dec 15.\n" % g.ri(1000, 9999)
        s = "Job posting - LTC pharmacist"
    return mk(g, "job_posting", lang, s, b, [], "job posting")


def n_conference(g):
    spk = [(g.staff(), t) for t in ["Deprescribing in frail elders", "Delirium prevention on medical wards",
                                    "Falls: what works in LTC", "Capacity assessment and guardianship"]]
    b = "Montreal Geriatrics Day - programme\n\n" + "\n".join("%d:00  Dr. %s - %s" % (9 + i, s, t) for i, (s, t) in enumerate(spk)) + \
        "\n\nRegistration free for staff.\n"
    return mk(g, "conference_programme", "en", "Geriatrics Day programme", b, [], "conference programme with speakers and topics")


def n_committee(g):
    b = ("Bonjour,\n\nLe comité milieu de vie se réunira le %d novembre à 13 h 30, salle 2.04.\nOrdre du jour :\n"
         "1. Suivi du plan d'action\n2. Menu d'hiver\n3. Activités de Noël\n4. Varia\n") % g.ri(1, 28)
    return mk(g, "committee_notice", "fr", "Convocation - comité milieu de vie", b, [], "committee meeting notice")


def n_newsletter(g):
    lang = g.choice(["en", "fr"])
    if lang == "en":
        b = ("Pharmacy newsletter - November\n\nAntipsychotics in dementia: review every 3 months; quetiapine at low "
             "dose has little evidence for BPSD. Benzodiazepines raise fall risk by about 50%. Tools: STOPP/START, "
             "deprescribing.org algorithms.\n")
        s = "Pharmacy newsletter - Nov"
    else:
        b = ("Infolettre pharmacie\n\nLes IPP au long cours : réévaluer l'indication. Hyponatrémie sous ISRS chez "
             "l'aîné : doser le sodium à 2-4 semaines.\n")
        s = "Infolettre pharmacie - novembre"
    return mk(g, "drug_newsletter", lang, s, b, [], "drug newsletter without patients")


def n_teaching(g):
    lang = g.choice(["fr", "en"])
    if lang == "fr":
        b = ("Cas clinique pour le club de lecture : une femme de 86 ans, en CHSLD, présente une confusion aiguë "
             "avec rétention urinaire après l'ajout d'oxybutynine. Questions : 1) diagnostic différentiel 2) "
             "prise en charge.\n")
        s = "Cas clinique - club de lecture"
    else:
        b = ("Teaching case: an 82-year-old man with Parkinson disease falls twice in a week after a dose increase of "
             "his antihypertensive. Discuss orthostatic hypotension management.\n")
        s = "Teaching case for rounds"
    return mk(g, "teaching_case", lang, s, b, [], "anonymised teaching case")


def n_staff_leave(g):
    e = g.staff()
    lang = g.choice(["fr", "en"])
    if lang == "fr":
        b = ("Bonjour,\n\n%s (matricule %d) est en congé de maladie jusqu'au %d décembre ; billet médical reçu. "
             "Merci de prévoir le remplacement sur le quart de jour.\n") % (e, g.ri(100000, 999999), g.ri(1, 28))
        s = "Absence - remplacement"
    else:
        b = "Hi,\n\n%s (employee #%d) is off on sick leave until Dec %d. Please book replacement for day shifts.\n" % (
            e, g.ri(100000, 999999), g.ri(1, 28))
        s = "Staff absence - coverage"
    return mk(g, "staff_sick_leave", lang, s, b, [], "HR note about an employee's leave")


def n_roster_lookalike(g):
    rows = ["Rm %d  %s  ext %d  %s" % (g.ri(201, 240), n, g.ri(2000, 7999), g.choice(["charge", "meds", "floats 2C", "admissions"]))
            for n in g.r.sample(STAFF_F + STAFF_M, 6)]
    b = "Tonight's assignment (staff):\n\n" + "\n".join(rows) + "\n\nBreaks 01:00-01:30 / 03:00-03:30.\n"
    return mk(g, "staff_roster", "en", "Night assignment - staff", b, [], "staff assignment roster that resembles a handover list")


def n_training(g):
    b = ("Formation obligatoire PDSB et prévention des chutes, %d novembre, 8 h 30 à 12 h, salle 1.20. "
         "Inscription dans l'environnement numérique d'apprentissage. Formatrice : %s.\n") % (g.ri(1, 28), g.staff())
    return mk(g, "training", "fr", "Formation PDSB / chutes", b, [], "training announcement")


def n_falls_stats(g):
    rows = [("Unité", "Chutes T3", "Avec blessure", "Taux /1000 j-présence")]
    for u in ["2A", "3B", "4C", "Lilas", "Mauve"]:
        rows.append((u, g.ri(5, 30), g.ri(0, 4), round(g.ri(30, 120) / 10, 1)))
    x = make_xlsx("T3", rows)
    b = "Bonjour,\n\nIndicateurs chutes T3 par unité (agrégés) en pièce jointe. Baisse de 12 % vs T2.\n"
    return mk(g, "falls_statistics", "fr", "Indicateurs chutes T3", b, [], "aggregate fall statistics spreadsheet",
              atts=[("bin", "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet", "chutes_T3.xlsx", x)])


def n_facilities(g):
    b = ("Avis : l'ascenseur no 2 du pavillon %s sera hors service mardi de 7 h à 16 h (inspection RBQ). "
         "Chauffage : purge des radiateurs aile B jeudi.\n") % g.choice(["A", "Villeray", "Rosemont"])
    return mk(g, "facilities", "fr", "Avis - ascenseur hors service", b, [], "facilities notice")


def n_parking(g):
    b = "Reminder: parking lot P2 resurfacing this weekend. Staff permits valid at P4. Permit renewals due Dec 1.\n"
    return mk(g, "parking", "en", "Parking P2 closed this weekend", b, [], "parking notice")


def n_cafeteria(g):
    b = ("Menu de la cafétéria\nLundi : pâté chinois\nMardi : saumon, riz\nMercredi : soupe aux pois, sandwich\n"
         "Jeudi : poulet au beurre\nVendredi : fish & chips\n")
    return mk(g, "cafeteria", "fr", "Menu de la semaine", b, [], "cafeteria menu")


def n_vendor(g):
    imei = "35" + "".join(str(g.ri(0, 9)) for _ in range(12))
    imei = imei + st_luhn.calc_check_digit(imei)
    b = ("Hello,\n\nYour call-bell pagers are ready: model CB-200, serial %d, IMEI %s. Warranty 3 years. "
         "Quote Q-%d attached on request.\n\nSales team\n") % (g.ri(10000000, 99999999), imei, g.ri(1000, 9999))
    return mk(g, "vendor_mail", "en", "Pager order ready", b, [], "vendor mail with serial and IMEI")


def n_blank_form(g):
    pdf = make_pdf("Formulaire - Niveaux de soins (vierge)", [
        "Nom de l'usager : ____________________   NAM : ____________", "Date de naissance : __/__/____",
        "Niveau de soins : [ ] A  [ ] B  [ ] C  [ ] D", "Signature du medecin : ______________"])
    b = "Bonjour,\n\nVoici la nouvelle version du formulaire de niveaux de soins (vierge) à imprimer.\n"
    return mk(g, "blank_form", "fr", "Formulaire niveaux de soins - nouvelle version", b, [], "blank form attachment",
              atts=[("bin", "application", "pdf", "formulaire_niveaux_soins.pdf", pdf)])


def n_physician_disease(g):
    p = g.nam_patient()
    b = ("Bonjour,\n\nLa Dre %s %s, gériatre, présentera « La démence à corps de Lewy : pièges du traitement » "
         "aux grandes conférences de mercredi. Le Dr %s traitera de l'insuffisance cardiaque chez l'aîné.\n") % (
        g.choice(["Sophie", "Hélène"]), p["sur"], g.choice(SURN))
    return mk(g, "physician_topic", "fr", "Grandes conférences mercredi", b, [], "physicians named with the diseases they present on")


def n_formulary(g):
    b = ("Mise à jour du formulaire local : ajout de mirabegron 25 mg ; retrait de la prochlorpérazine en CHSLD. "
         "Rupture de stock de lorazépam SL 0,5 mg, substituer selon protocole.\n")
    return mk(g, "formulary_update", "fr", "Formulaire - mises à jour", b, [], "formulary update")


def n_public_health(g):
    lang = g.choice(["fr", "en"])
    if lang == "fr":
        b = ("Direction de santé publique : la vaccination contre le VRS est offerte à tous les résidents de CHSLD "
             "de 75 ans et plus. Couverture régionale actuelle : 61 %.\n")
        s = "DSP - vaccination VRS"
    else:
        b = "Public health: RSV vaccine now offered to all LTC residents 75+. Regional coverage at 61%.\n"
        s = "Public health - RSV vaccine"
    return mk(g, "public_health", lang, s, b, [], "public-health bulletin")


def n_meeting_ics(g):
    st = g.date()
    ics = make_ics("mtg-%d@%s" % (g.ri(10000, 99999), DOM), "Comité pharmaco-thérapeutique", st, 60, "Salle 4.12 / Teams",
                   "Révision des ordonnances collectives", g.email_of(g.staff()), [g.email_of(g.staff()), g.email_of(g.staff())])
    return mk(g, "meeting_invite", "fr", "Invitation : Comité pharmaco", "Invitation ci-jointe.\n", [], "meeting invite, no patients",
              atts=[("text", "calendar", "invite.ics", ics)])


def n_research_protocol(g):
    b = ("Hi all,\n\nProtocol amendment v3.2 of the DEPRESCRIBE-LTC study was approved by the REB. Target enrolment "
         "now 240 residents across 6 sites; 97 enrolled to date. Updated consent form in the shared drive.\n")
    return mk(g, "research_protocol", "en", "Protocol amendment approved", b, [], "research protocol news with aggregates")


def n_volunteer(g):
    b = ("Bonjour,\n\nNous recherchons des bénévoles pour les activités musicales du dimanche au CHSLD %s. "
         "Formation d'accueil le %d novembre.\n") % (g.choice(["Saint-Laurent", "Rosemont-Nord"]), g.ri(1, 28))
    return mk(g, "volunteers", "fr", "Appel aux bénévoles", b, [], "volunteer call")


def n_occupancy(g):
    rows = [("Site", "Lits", "Occupés", "Liste d'attente")]
    for s in SITES[:3]:
        n = g.ri(60, 200)
        rows.append((s, n, n - g.ri(0, 5), g.ri(10, 80)))
    x = make_xlsx("Occupation", rows)
    return mk(g, "occupancy_stats", "en", "Weekly LTC occupancy", "Weekly occupancy report attached.\n", [],
              "aggregate occupancy spreadsheet",
              atts=[("bin", "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet", "occupancy.xlsx", x)])


def n_payroll(g):
    s = g.sin()
    b = ("Bonjour,\n\nVos relevés de paie sont disponibles dans Logibec. Correction du numéro d'employé %s "
         "(erreur de saisie) faite. Prochaine paie le %d.\n") % (s[:9], g.ri(1, 28))
    return mk(g, "payroll", "fr", "Paie - correction", b, [], "payroll notice with employee number look-alike")


def n_quality(g):
    b = ("Quality dashboard Q3: hand hygiene compliance 84%, pressure injuries 3.1%, antipsychotic use 19% "
         "(target 15%), falls with injury down 12%.\n")
    return mk(g, "quality_indicators", "en", "Q3 quality dashboard", b, [], "aggregate quality indicators")


def n_users_committee(g):
    b = ("Infolettre du comité des usagers\n\nVos droits : être informé, consentir aux soins, porter plainte. "
         "Prochaine assemblée le %d novembre, ouverte aux résidents et aux familles.\n") % g.ri(1, 28)
    return mk(g, "users_committee", "fr", "Infolettre - comité des usagers", b, [], "users' committee newsletter")


def n_hand_hygiene(g):
    b = ("Audit hygiène des mains, unité %s : %d observations, conformité %d %%. Bravo à l'équipe de soir !\n") % (
        g.choice(["2A", "3B", "4C"]), g.ri(40, 90), g.ri(70, 96))
    return mk(g, "hand_hygiene_audit", "fr", "Audit hygiène des mains", b, [], "hand hygiene audit aggregate")


def n_foundation(g):
    b = ("La Fondation remercie les donateurs : 48 300 $ amassés pour le jardin sensoriel du CHSLD. "
         "Inauguration au printemps.\n")
    return mk(g, "foundation", "fr", "Merci aux donateurs", b, [], "foundation thank-you")


def n_reply_admin(g):
    d = g.date()
    who = g.staff()
    orig = "Bonjour,\nEst-ce que la salle 2.04 est libre jeudi PM pour la rencontre PCI ?\nMerci"
    b = "Oui, réservée de 13 h à 15 h.\n\n" + quote(orig, who, d, "fr")
    return mk(g, "admin_reply", "fr", "RE: Salle 2.04 jeudi", b, [], "room booking reply thread")


def n_supply_recall(g):
    b = ("Product recall notice: bed exit alarm pads, lot %d and %d. Remove from service and tag. Replacement "
         "shipping next week.\n") % (g.ri(100000, 999999), g.ri(100000, 999999))
    return mk(g, "recall_notice", "en", "Recall - bed alarm pads", b, [], "supply recall with lot numbers")


def n_fwd_eml_admin(g):
    inner = inner_eml("TI <ti@%s>" % DOM, "tous@" + DOM, "Changement de mot de passe", g.date(),
                      "Rappel : les mots de passe expirent le 30 novembre. Utilisez le portail libre-service.\n")
    return mk(g, "forward_admin_eml", "fr", "TR: Changement de mot de passe", "Pour info à l'équipe.\n", [],
              "admin notice forwarded as attachment", atts=[("eml", inner, "rappel.eml")])


def n_clinic_contacts(g):
    vcf = make_vcf("Clinique de mémoire", "Clinique de mémoire", "", "514 555-%04d" % g.ri(1000, 9999),
                   "1000 rue Jarry Est, Montréal", "Lun-ven 8h-16h", org="CIUSSS (fictif)")
    return mk(g, "clinic_contact", "en", "Memory clinic contact card", "Clinic contact card attached.\n", [],
              "clinic vCard", atts=[("text", "vcard", "clinique.vcf", vcf)])


def n_anon_zip(g):
    rows = [("semaine", "admissions", "departs", "deces")] + [(w, g.ri(2, 9), g.ri(1, 6), g.ri(0, 4)) for w in range(40, 46)]
    z = make_zip([("mouvements.csv", make_csv(rows))])
    return mk(g, "stats_zip", "fr", "Mouvements hebdo", "Statistiques agrégées ci-jointes.\n", [], "zipped aggregate CSV",
              atts=[("bin", "application", "zip", "mouvements.zip", z)])


NEG = [n_schedule, n_flu_bulletin, n_visits, n_supplies, n_invoice, n_it, n_job, n_conference, n_committee, n_newsletter,
       n_teaching, n_staff_leave, n_roster_lookalike, n_training, n_falls_stats, n_facilities, n_parking, n_cafeteria,
       n_vendor, n_blank_form, n_physician_disease, n_formulary, n_public_health, n_meeting_ics, n_research_protocol,
       n_volunteer, n_occupancy, n_payroll, n_quality, n_users_committee, n_hand_hygiene, n_foundation, n_reply_admin,
       n_supply_recall, n_fwd_eml_admin, n_clinic_contacts, n_anon_zip]


def p_shared_surname(g):
    p = pat(g, False)
    b = ("Bonjour Dre %s,\n\nOui c'est bien votre homonyme : %s (aucun lien de parenté, je vérifie toujours), "
         "dossier %s, est arrivée sur l'unité hier avec un délirium. Vous la suivrez quand même ?\n") % (
        p["sur"], mme(p), p["mrn"])
    if p["sex"] == "M":
        b = b.replace("est arrivée", "est arrivé").replace("Vous la suivrez", "Vous le suivrez")
    return mk(g, "shared_surname", "fr", "Nouvelle admission unité 3B", b, ["patient_name", "mrn", "diagnosis"],
              "patient sharing the physician's surname, with chart number", sex=p["sex"])


def p_level_of_care_pdf(g):
    p = pat(g, True)
    pdf = make_pdf("Formulaire - Niveaux de soins", [
        "Nom de l'usager : %s, %s   NAM : %s" % (p["sur"], p["giv"], p["nam"]),
        "Date de naissance : %s" % dob_fr(p["dob"]), "Niveau de soins : [ ] A  [ ] B  [ ] C  [X] D",
        "Pas de RCR, pas de transfert en CH sauf confort.", "Signature du medecin : ______________"])
    b = "Formulaire signé numérisé, à classer au dossier.\n"
    return mk(g, "level_of_care_form", "fr", "Niveau de soins signé", b, ["patient_name", "ramq_nam", "date_of_birth", "diagnosis"],
              "filled level-of-care form PDF with NAM",
              atts=[("bin", "application", "pdf", "niveau_soins_%s.pdf" % p["sur"].lower(), pdf)], sex=p["sex"])


def p_contribution_bill(g):
    p = pat(g, True)
    b = ("Bonjour,\n\nFacturation de la contribution de l'adulte hébergé pour %s (NAM %s) : 2 129,40 $/mois. "
         "Exonération partielle refusée par la RAMQ ; retard de 3 mois. Le fils, mandataire, conteste.\n") % (
        mme(p), p["nam"])
    return mk(g, "billing_contribution", "fr", "Contribution - compte en souffrance", b,
              ["patient_name", "ramq_nam", "social_information"], "billing of a resident's contribution with NAM", sex=p["sex"])


def p_dysphagia(g):
    p = pat(g)
    b = ("Hi,\n\nSLP consult for %s, room %d, chart %s: coughing with thin fluids after her stroke. Please change to "
         "minced diet and mildly thick fluids pending swallow study.\n") % (mme(p, "en"), g.ri(200, 240), p["mrn"])
    if p["sex"] == "M":
        b = b.replace("her stroke", "his stroke")
    return mk(g, "dysphagia_consult", "en", "SLP consult", b, ["patient_name", "mrn", "diagnosis"],
              "speech-language consult for a named resident", sex=p["sex"])


def p_teaching_identified(g):
    p = pat(g)
    b = ("Cas pour la présentation de jeudi : %s, %d ans (dossier %s), chutes à répétition sous zopiclone, "
         "fracture du poignet. Je mets les images sur la clé.\n") % (mme(p), age(p), p["mrn"])
    return mk(g, "teaching_not_anonymised", "fr", "Cas pour la présentation", b, ["patient_name", "mrn", "medication", "diagnosis"],
              "teaching case that still carries name and chart number", sex=p["sex"])


def p_respite(g):
    p = pat(g)
    lang = g.choice(["en", "fr"])
    if lang == "en":
        b = ("Hello,\n\nRespite stay booked for %s, Dec %d-%d. Caregiver (spouse) exhausted, recent CLSC report of "
             "neglect risk. Allergies: penicillin. Home phone %s.\n") % (mme(p, "en"), g.ri(1, 10), g.ri(11, 20), g.phone())
        s = "Respite booking"
    else:
        b = ("Bonjour,\n\nSéjour de répit réservé pour %s du %d au %d décembre. Proche aidant (conjoint) épuisé, "
             "risque de négligence signalé par le CLSC. Allergie : pénicilline. Tél. domicile %s.\n") % (
            mme(p), g.ri(1, 10), g.ri(11, 20), g.phone())
        s = "Réservation répit"
    return mk(g, "respite_booking", lang, s, b, ["patient_name", "patient_contact", "social_information"],
              "respite booking naming a client with caregiver situation", sex=p["sex"])


POS += [p_shared_surname, p_level_of_care_pdf, p_contribution_bill, p_dysphagia, p_teaching_identified, p_respite]


def n_signout_template(g):
    b = ("Bonjour,\n\nNouveau gabarit de liste de relève à utiliser dès lundi :\n\nCh. | Nom, prénom | Dx | "
         "À surveiller | Niveau de soins\n____ | ____________ | ____ | ____________ | __\n\nNe pas envoyer "
         "les listes remplies par courriel externe.\n")
    return mk(g, "signout_template", "fr", "Gabarit liste de relève", b, [], "blank handover template")


def n_falls_brochure(g):
    lang = g.choice(["fr", "en"])
    if lang == "fr":
        b = ("Prévenir les chutes à domicile : bon éclairage, retirer les tapis, barres d'appui, chaussures fermées, "
             "revoir les médicaments qui causent de la somnolence avec votre pharmacien.\n")
        s = "Dépliant prévention des chutes"
    else:
        b = "Falls prevention tips for families: good lighting, remove rugs, grab bars, proper footwear, medication review.\n"
        s = "Falls prevention leaflet"
    return mk(g, "falls_leaflet", lang, s, b, [], "patient-education leaflet")


def n_agency(g):
    b = ("Hi,\n\nWe can provide 2 PABs (agency) for nights Dec 4-10 at CHSLD Jardins-Mercier, rate 41.20 $/h. "
         "Workers: %s, %s. Please confirm by PO.\n") % (g.staff(), g.staff())
    return mk(g, "agency_staffing", "en", "Agency staffing - nights", b, [], "agency staffing offer")


NEG += [n_signout_template, n_falls_brochure, n_agency]


# ---------------------------------------------------------------- thread wrappers
REPLY_FR = ["Merci, bien reçu.", "Parfait, je m'en occupe.", "Ok pour moi.", "Reçu, merci. Je fais suivre.", "Vu, merci!"]
REPLY_EN = ["Thanks, got it.", "Noted - will follow up.", "OK with me.", "Received, thanks!", "Will do."]


def wrap_thread(g, m):
    k = g.ri(0, 9)
    if k >= 2 or m.get("atts"):
        return m
    lang = m["lang"]
    who = m["to"]
    old = m["body"]
    if k == 0:
        top = g.choice(REPLY_FR if lang == "fr" else REPLY_EN)
        n = who.split(" <")[0]
        m["body"] = top + "\n" + n + "\n\n" + quote(old, m["frm"], m["date"] - datetime.timedelta(hours=g.ri(1, 30)), lang)
        m["subj"] = ("RE: " if lang == "fr" else "Re: ") + m["subj"]
        m["frm"], m["to"] = m["to"], m["frm"]
        m["in_reply_to"] = "<%08x.%d@%s>" % (g.ri(0, 0xFFFFFFFF), g.ri(1000, 99999), DOM)
        m["thread"] = "reply"
    else:
        top = g.choice(["Pour info.", "Voir ci-dessous, svp traiter."] if lang == "fr" else ["FYI.", "See below, please action."])
        m["body"] = top + "\n\n" + fwd(old, m["frm"], m["to"], m["subj"], m["date"] - datetime.timedelta(hours=g.ri(1, 30)), lang)
        m["subj"] = ("TR: " if lang == "fr" else "Fwd: ") + m["subj"]
        m["thread"] = "forward"
    return m


# ---------------------------------------------------------------- main
def verify(root, labels):
    files = sorted("%s/%s" % (d, f) for d in ("positive", "negative") for f in os.listdir(os.path.join(root, d)))
    assert files == sorted(labels), "labels do not cover exactly the files"
    for rel in files:
        raw = open(os.path.join(root, rel), "rb").read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for part in msg.walk():
            assert not part.defects, (rel, part.defects)
            if part.is_multipart() or part.get_content_type() == "message/rfc822":
                continue
            c = part.get_content()
            assert c is not None and len(c) > 0, rel
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            assert msg[h], (rel, h)
        lab = labels[rel]
        if lab["confidential"]:
            assert rel.startswith("positive/") and lab["types"], rel
        else:
            assert rel.startswith("negative/") and lab["types"] == [], rel
    return files


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument("--npos", type=int, default=120)
    ap.add_argument("--nneg", type=int, default=180)
    a = ap.parse_args()
    g = G(a.seed)
    for d in ("positive", "negative"):
        p = os.path.join(a.out, d)
        os.makedirs(p, exist_ok=True)
        for f in os.listdir(p):
            if f.endswith(".eml"):
                os.remove(os.path.join(p, f))
    plan = []
    pos, neg = list(POS), list(NEG)
    g.r.shuffle(pos)
    g.r.shuffle(neg)
    plan += [("p", pos[i % len(pos)], i + 1) for i in range(a.npos)]
    plan += [("n", neg[i % len(neg)], i + 1) for i in range(a.nneg)]
    g.r.shuffle(plan)
    labels, tally = {}, {"cat": {}, "lang": {}, "form": {}, "charset": {}, "cte": {}, "eol": {}, "thread": {}}
    for kind, fn, num in plan:
        m = wrap_thread(g, fn(g))
        ti = {}
        data = build_message(g, m, ti)
        rel = "%s/%s%03d_%s.eml" % ("positive" if kind == "p" else "negative", kind, num, m["cat"])
        with open(os.path.join(a.out, rel), "wb") as fh:
            fh.write(data)
        labels[rel] = {"confidential": kind == "p", "types": m["types"], "lang": m["lang"], "note": m["note"]}
        for k, v in (("cat", ("+" if kind == "p" else "-") + m["cat"]), ("lang", m["lang"]), ("form", ti["form"].split("/")[0]),
                     ("charset", ti["charset"]), ("cte", ti["cte"]), ("eol", ti["eol"]),
                     ("thread", m.get("thread") or ("attached-eml" if any(x[0] == "eml" for x in m["atts"]) else "single"))):
            tally[k][v] = tally[k].get(v, 0) + 1
    with open(os.path.join(a.out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    files = verify(a.out, labels)
    h = hashlib.sha256()
    for rel in files + ["labels.json"]:
        h.update(rel.encode() + b"\0")
        h.update(open(os.path.join(a.out, rel), "rb").read())
    npos = sum(1 for v in labels.values() if v["confidential"])
    print("positives %d  negatives %d  total %d" % (npos, len(labels) - npos, len(labels)))
    print("categories: %d positive, %d negative" % (len([c for c in tally["cat"] if c[0] == "+"]),
                                                     len([c for c in tally["cat"] if c[0] == "-"])))
    for k in ("lang", "form", "charset", "cte", "eol", "thread"):
        print(k, json.dumps(dict(sorted(tally[k].items()))))
    print("per category", json.dumps(dict(sorted(tally["cat"].items())), ensure_ascii=False))
    print("sha256", h.hexdigest())


if __name__ == "__main__":
    main()
