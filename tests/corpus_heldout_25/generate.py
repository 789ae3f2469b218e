#!/usr/bin/env python3
"""Seeded, deterministic generator of a synthetic outbound-mail corpus
(cancer & blood care services, Sherbrooke, fictitious network chus-ex.example).

Usage:  python generate.py [--seed 2525] [--out DIR]
"""
import argparse, datetime, hashlib, html, io, json, os, random, re, shutil, sys, zipfile
from email import policy, message_from_bytes
from email.message import EmailMessage
from email.utils import format_datetime

from stdnum import luhn
import stdnum.ca.sin as std_sin
import stdnum.be.nn as std_nn
import stdnum.fr.nir as std_nir

SEED = 2525
DOM = "chus-ex.example"
HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_ZIP_TIME = (2026, 11, 2, 8, 0, 0)

# ---------------------------------------------------------------- data
NAM_ROWS = """Wilson Sofia 1958-03-04 F WILS58530495
Taylor André 2002-11-11 F TAYA02611115
Lapointe Mary 2007-06-06 F LAPM07560671
Lessard Manon 1983-04-01 M LESM83040153
Caron Liam 1937-10-23 F CARL37602340
Bouchard Sofia 1965-10-19 M BOUS65101945
Leblanc André 1960-03-01 M LEBA60030127
Gagnon Manon 1993-11-09 F GAGM93610984
Fortin Emma 1961-06-06 F FORE61560692
Poirier Marc 1947-01-22 F POIM47512222
Fournier John 2011-11-05 M FOUJ11110519
Smith Sylvie 2006-11-18 M SMIS06111890
Simard Sofia 1961-04-14 F SIMS61541457
Taylor Diane 1967-04-06 F TAYD67540632
Gagnon Claude 1981-06-10 F GAGC81561056
Savard Liam 2015-10-03 M SAVL15100327
Taylor Claude 1977-07-09 F TAYC77570976
Gauthier John 1976-02-16 M GAUJ76021662
Nadeau Gilles 1933-06-03 M NADG33060331
Cloutier Liam 1960-11-21 M CLOL60112139
Gauthier John 1998-04-16 M GAUJ98041697
Fournier André 1941-07-27 M FOUA41072762
Lessard Denise 2011-03-18 F LESD11531827
Morin Pierre 1995-10-01 F MORP95600191
Bouchard Robert 1947-04-10 F BOUR47541011
Boucher Denise 1993-12-21 F BOUD93622188
Cloutier David 1941-10-09 M CLOD41100927
Gagnon Ginette 1960-06-12 M GAGG60061239
Girard Nathalie 2018-01-22 M GIRN18012277
Leblanc Diane 1964-01-18 M LEBD64011887
Ouellet Sarah 1967-02-02 F OUES67520217
Bouchard Liam 1940-01-24 M BOUL40012435
Fournier Michel 1991-07-26 F FOUM91572674
Brown Jacques 1972-02-11 M BROJ72021120
Roy Denise 2001-06-19 M ROYD01061987
MacDonald Sofia 1979-05-02 M MACS79050243
Simard Emma 1958-09-23 M SIME58092343
Bélanger Josée 1976-02-05 F BELJ76520558
Morin Nathalie 1939-08-20 F MORN39582071
Pelletier Liam 1964-11-02 F PELL64610262
Simard Manon 1968-03-21 F SIMM68532154
Savard Denise 1972-10-12 M SAVD72101217
Bouchard Geneviève 1959-11-11 F BOUG59611164
Cloutier Geneviève 2010-11-06 F CLOG10610620
Martel Denise 2005-08-27 M MARD05082733
Boucher Josée 1941-10-17 F BOUJ41601744
Paquette Ginette 1947-10-16 F PAQG47601681
Roy Louis 2002-01-10 M ROYL02011012
Thibault Michel 2019-09-23 M THIM19092335
Nadeau Geneviève 1951-12-22 M NADG51122271
Paquette Josée 1982-03-03 F PAQJ82530350
Lapointe André 1943-12-12 M LAPA43121277
Thibault Sylvie 1942-11-26 F THIS42612691
Simard Louis 1975-04-19 M SIML75041978
Ouellet Marc 1993-08-27 F OUEM93582722
Lessard Sarah 2019-03-11 F LESS19531117
Pelletier Nathalie 2003-05-28 M PELN03052875
Lapointe Mary 1995-02-04 M LAPM95020421
Cloutier Manon 2015-07-28 M CLOM15072881
Leblanc Gilles 1945-10-11 F LEBG45601162"""

SURNAMES = ["Beaulieu", "Dufresne", "Lachance", "Poulin", "Côté", "Vachon", "Létourneau", "Turcotte", "Bergeron",
            "Grenier", "Deschênes", "Rioux", "Lavoie", "Hébert", "Bilodeau", "Champagne", "Gosselin", "Mercier",
            "Tanguay", "Marcoux", "O'Brien", "Fraser", "Campbell", "Henderson", "Nguyen", "Haddad", "Kowalski",
            "Dubuc", "Perreault", "Veilleux", "Lambert", "Desrosiers", "Blais", "Cormier", "Boisvert"]
GIVEN_F = ["Lucie", "Chantal", "Hélène", "Isabelle", "Micheline", "Karen", "Linda", "Noémie", "Francine", "Rachel",
           "Yolande", "Catherine", "Marie-Ève", "Jocelyne", "Patricia", "Amélie", "Thérèse", "Heather"]
GIVEN_M = ["Réjean", "Gaétan", "Normand", "Stéphane", "Denis", "Mario", "Kevin", "Richard", "Yves", "Sylvain",
           "Gérald", "François", "Martin", "Raymond", "Bruce", "Alain", "Jean-Guy", "Patrick"]
STAFF = [("Julie", "Tremblay", "inf. clinicienne, IPO", "F"), ("Marc-André", "Roussel", "MD, FRCPC, hémato-oncologue", "M"),
         ("Sophie", "Gendron", "pharmacienne, M.Sc.", "F"), ("Karine", "Lefebvre", "t.s.", "F"),
         ("Philippe", "Auclair", "MD, radio-oncologue", "M"), ("Nadia", "Benali", "MD, soins palliatifs", "F"),
         ("Émilie", "Drouin", "agente administrative", "F"), ("Daniel", "Vézina", "coordonnateur, recherche clinique", "M"),
         ("Caroline", "Poirier-Landry", "inf., ASI clinique de jour", "F"), ("Jason", "McKenzie", "MLT, banque de sang", "M"),
         ("Valérie", "St-Onge", "chef de service, oncologie", "F"), ("Hugo", "Fecteau", "technicien en informatique", "M"),
         ("Anne", "Rousseau", "MD, pathologiste", "F"), ("Mélanie", "Bisson", "secrétaire médicale", "F"),
         ("Olivier", "Nantel", "physicien médical", "M"), ("Geneviève", "Lamoureux", "inf. pivot, hématologie", "F"),
         ("Samuel", "Bédard", "conseiller RH", "M"), ("Rebecca", "Klein", "clinical research nurse", "F")]
EXT_DOMS = ["clsc-magog.example", "pharmacie-desforges.example", "gmf-lennoxville.example", "chu-ottawa-ex.example",
            "clinique-granby.example", "assurvie-ex.example", "courriel-perso.example", "transport-adapte-estrie.example",
            "hemaprov.example", "ciusss-montregie.example", "fondation-chus-ex.example", "medisupply.example",
            "onco-cro.example", "cegep-estrie.example", "santepublique-estrie.example"]
SITES_FR = ["Centre de cancérologie, Pavillon du Mont-Bellevue", "Hôpital des Grands-Jardins (fictif)",
            "Clinique externe d'hématologie, Pavillon Belvédère"]
ADDR = ["1850, rue des Érables Est, Sherbrooke (Québec) J1H 0X5", "455, boul. de la Rive, Sherbrooke (Québec) J1J 0Y2",
        "3200, rue King Ouest (porte C), Sherbrooke (Québec) J1L 0Z9"]
STREETS = ["rue Galt Ouest", "rue des Pins", "chemin de la Montagne", "rue Wellington Sud", "rue Prospect",
           "boul. Jacques-Cartier", "rue du Lac", "chemin Ayer's Cliff", "rue Principale", "rue Belvédère Nord"]
TOWNS = [("Sherbrooke", "J1H"), ("Magog", "J1X"), ("Lennoxville", "J1M"), ("Coaticook", "J1A"), ("Windsor", "J1S"),
         ("North Hatley", "J0B"), ("East Angus", "J0B"), ("Orford", "J1X")]

CANCERS_FR = ["adénocarcinome du côlon stade III", "cancer du sein HER2+", "lymphome diffus à grandes cellules B",
              "myélome multiple", "LMA en rémission", "cancer du poumon non à petites cellules", "carcinome épidermoïde ORL",
              "cancer de la prostate à haut risque", "LLC", "néo du pancréas métastatique"]
CANCERS_EN = ["stage III colon adenocarcinoma", "HER2+ breast cancer", "DLBCL", "multiple myeloma", "AML in CR1",
              "NSCLC stage IIIA", "head and neck SCC", "high-risk prostate cancer", "CLL", "metastatic pancreatic ca"]
REGIMENS = ["FOLFOX", "AC-T", "R-CHOP", "VRd", "carboplatine-paclitaxel", "FOLFIRINOX", "gemcitabine", "pembrolizumab",
            "trastuzumab", "daratumumab"]


# ---------------------------------------------------------------- identifiers
class Patient:
    pass


def load_nam_patients():
    out = []
    for line in NAM_ROWS.splitlines():
        s, g, dob, sex, nam = line.split()
        p = Patient()
        p.surname, p.given, p.dob, p.sex, p.nam = s, g, dob, sex, nam
        out.append(p)
    return out


def mrn(rng):
    shape = rng.randrange(5)
    if shape == 0:
        return "%07d" % rng.randrange(1000000, 9999999)
    if shape == 1:
        return "%08d" % rng.randrange(10000000, 99999999)
    if shape == 2:
        return "S%07d" % rng.randrange(10 ** 7)
    if shape == 3:
        return "H-%06d" % rng.randrange(100000, 999999)
    return "%02d-%05d" % (rng.randrange(10, 99), rng.randrange(10 ** 5))


def rand_patient(rng, nam_pool=None, want_nam=False, child=False):
    if want_nam and nam_pool:
        pool = [x for x in nam_pool if (int(x.dob[:4]) >= 2010) == child]
        p = rng.choice(pool)
        q = Patient()
        q.__dict__.update(p.__dict__)
    else:
        q = Patient()
        q.sex = rng.choice("FM")
        q.given = rng.choice(GIVEN_F if q.sex == "F" else GIVEN_M)
        q.surname = rng.choice(SURNAMES)
        y = rng.randrange(1935, 2005)
        q.dob = "%04d-%02d-%02d" % (y, rng.randrange(1, 13), rng.randrange(1, 29))
        q.nam = None
    q.mrn = mrn(rng)
    q.age = 2026 - int(q.dob[:4])
    q.phone = "819-555-%04d" % rng.randrange(100, 9999)
    town, fsa = rng.choice(TOWNS)
    q.addr = "%d, %s, %s (QC) %s %d%s%d" % (rng.randrange(12, 2999), rng.choice(STREETS), town, fsa,
                                            rng.randrange(10), rng.choice("ABCEGHJKLMNPRSTVWXYZ"), rng.randrange(10))
    return q


def gen_sin(rng):
    while True:
        body = str(rng.choice([1, 2, 3, 4, 5, 6, 7])) + "".join(str(rng.randrange(10)) for _ in range(7))
        s = body + luhn.calc_check_digit(body)
        if std_sin.is_valid(s):
            return s


def gen_ohn(rng):
    body = str(rng.randrange(1, 10)) + "".join(str(rng.randrange(10)) for _ in range(8))
    s = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(s)
    return s


def gen_niss(rng, dob):
    y, m, d = dob.split("-")
    base = y[2:] + m + d + "%03d" % rng.randrange(1, 998)
    n = int(base) if int(y) < 2000 else int("2" + base)
    s = base + "%02d" % (97 - n % 97)
    assert std_nn.is_valid(s), s
    return s


def gen_nir(rng, sex, dob):
    y, m, _ = dob.split("-")
    body = ("1" if sex == "M" else "2") + y[2:] + m + "%02d" % rng.randrange(1, 95) + "%03d" % rng.randrange(1, 990) + "%03d" % rng.randrange(1, 999)
    s = body + "%02d" % (97 - int(body) % 97)
    assert std_nir.is_valid(s), s
    return s


def fmt_nam(rng, nam, style=None):
    style = rng.randrange(6) if style is None else style
    if style == 0:
        return nam
    if style == 1:
        return "%s %s %s" % (nam[:4], nam[4:8], nam[8:])
    if style == 2:
        return ("%s-%s-%s" % (nam[:4], nam[4:8], nam[8:])).lower()
    if style == 3:
        return ".".join([nam[:4], nam[4:8], nam[8:]])
    if style == 4:
        return nam[:4] + " " + nam[4:6] + " " + nam[6:8] + " " + nam[8:]
    return "".join(chr(ord(c) + 0xFEE0) for c in nam)  # full-width


def fr_date(d):
    y, m, dd = d.split("-")
    return "%s/%s/%s" % (dd, m, y)


def il(p, lang):
    if lang == "fr":
        return ("Mme" if p.sex == "F" else "M.")
    return ("Mrs." if p.sex == "F" else "Mr.")


# ---------------------------------------------------------------- attachments
def fix_zip(data, repl_core=True):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    zout = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
    for info in zin.infolist():
        b = zin.read(info.filename)
        if repl_core and info.filename == "docProps/core.xml":
            b = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2026-11-02T08:00:00Z", b)
        zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        zout.writestr(zi, b)
    zout.close()
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
        c.drawString(60, y, ln)
        y -= 15
        if y < 60:
            c.showPage(); c.setFont("Helvetica", 10); y = 740
    c.showPage()
    c.save()
    return buf.getvalue()


def make_docx(title, paras):
    import docx
    d = docx.Document()
    d.core_properties.author = "CHUS-Ex"
    d.core_properties.created = datetime.datetime(2026, 11, 2, 8, 0, 0)
    d.core_properties.modified = datetime.datetime(2026, 11, 2, 8, 0, 0)
    d.add_heading(title, level=1)
    for p in paras:
        d.add_paragraph(p)
    buf = io.BytesIO()
    d.save(buf)
    return fix_zip(buf.getvalue())


def make_xlsx(sheet, rows):
    import openpyxl
    wb = openpyxl.Workbook()
    wb.properties.created = datetime.datetime(2026, 11, 2, 8, 0, 0)
    wb.properties.modified = datetime.datetime(2026, 11, 2, 8, 0, 0)
    wb.properties.creator = "CHUS-Ex"
    ws = wb.active
    ws.title = sheet
    for r in rows:
        ws.append(list(r))
    buf = io.BytesIO()
    wb.save(buf)
    return fix_zip(buf.getvalue())


def make_csv(rows):
    return ("\r\n".join(";".join(str(c) for c in r) for r in rows) + "\r\n").encode("utf-8")


def make_zip(files):
    out = io.BytesIO()
    z = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
    for name, data in files:
        zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, data)
    z.close()
    return out.getvalue()


def make_ics(uid, summary, desc, start, minutes, location, organizer):
    end = start + datetime.timedelta(minutes=minutes)
    f = "%Y%m%dT%H%M%S"
    def esc(s):
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//CHUS-Ex//Agenda//FR", "METHOD:REQUEST", "BEGIN:VEVENT",
             "UID:" + uid, "DTSTAMP:20261102T080000Z", "DTSTART;TZID=America/Toronto:" + start.strftime(f),
             "DTEND;TZID=America/Toronto:" + end.strftime(f), "SUMMARY:" + esc(summary), "DESCRIPTION:" + esc(desc),
             "LOCATION:" + esc(location), "ORGANIZER:mailto:" + organizer, "END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def make_vcf(fn, sn, gn, tel, email, org=None, adr=None, note=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", "N:%s;%s;;;" % (sn, gn), "FN:" + fn, "TEL;TYPE=CELL:" + tel]
    if email:
        lines.append("EMAIL:" + email)
    if org:
        lines.append("ORG:" + org)
    if adr:
        lines.append("ADR;TYPE=HOME:;;" + adr.replace(",", "\\,") + ";;;;")
    if note:
        lines.append("NOTE:" + note.replace(",", "\\,"))
    lines.append("END:VCARD")
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


# ---------------------------------------------------------------- context
class Ctx:
    def __init__(self, rng):
        self.rng = rng
        self.nams = load_nam_patients()
        self.base = datetime.datetime(2026, 11, 2, 7, 30)

    def staff(self):
        return self.rng.choice(STAFF)

    def addr_of(self, st):
        g, s = st[0], st[1]
        norm = (g + "." + s).lower()
        for a, b in (("é", "e"), ("è", "e"), ("ë", "e"), ("ô", "o"), ("ç", "c"), ("'", ""), (" ", "")):
            norm = norm.replace(a, b)
        return "%s <%s@%s>" % (g + " " + s, norm, DOM)

    def ext(self, local=None, dom=None):
        locs = ["accueil", "reception", "dr.lavallee", "n.ferland", "secretariat", "info", "triage", "fax2mail",
                "m.dion", "dr.pham", "k.ross"]
        doms = ["clsc-magog.example", "gmf-lennoxville.example", "clinique-granby.example", "ciusss-montregie.example",
                "chu-ottawa-ex.example", "gmf-coaticook.example", "hopital-granby-ex.example"]
        return "%s@%s" % (local or self.rng.choice(locs), dom or self.rng.choice(doms))

    def md(self):
        return self.rng.choice([s for s in STAFF if "MD" in s[2]])

    def when(self):
        return self.base + datetime.timedelta(days=self.rng.randrange(0, 40), minutes=self.rng.randrange(0, 660))

    def sig(self, st, lang):
        r = self.rng
        site = r.choice(SITES_FR)
        addr = r.choice(ADDR)
        tel = "819-555-%04d" % r.randrange(1000, 1999)
        if r.random() < 0.25:
            return "\n-- \n%s %s" % (st[0], st[1])
        s = "\n-- \n%s %s, %s\n%s\nCHUS-Ex (réseau fictif)\n%s\nTél. %s poste %d" % (
            st[0], st[1], st[2], site, addr, tel, r.randrange(20000, 29999))
        if r.random() < 0.5:
            if lang == "fr":
                s += ("\n\nAVIS DE CONFIDENTIALITÉ : Ce message peut contenir des renseignements confidentiels. "
                      "Si vous l'avez reçu par erreur, veuillez le détruire et en aviser l'expéditeur.")
            else:
                s += ("\n\nCONFIDENTIALITY NOTICE: This e-mail may contain confidential information. If you received "
                      "it in error, please delete it and notify the sender.")
        return s


# ---------------------------------------------------------------- positive categories
# each returns dict(subject, body, types, note, atts=[], quote=None, fwd=None, to=None)

def p_chemo_booking(c, lang):
    r = c.rng; p = rand_patient(r); reg = r.choice(REGIMENS)
    d = c.when().strftime("%d/%m")
    if lang == "fr":
        b = (f"Bonjour,\n\nSVP céduler {p.surname.upper()} {p.given} (dossier {p.mrn}) à la clinique de jour le {d} "
             f"pour C{r.randrange(2,7)}J1 {reg}. Chaise 4h, prévoir prise de sang la veille.\n\nMerci!")
        s = r.choice([f"RDV clinique de jour - {p.surname}", "Céduler traitement svp", f"C{r.randrange(2,7)} {reg}"])
    else:
        b = (f"Hi,\n\nPlease book {p.given} {p.surname} (MRN {p.mrn}) in the chemo day unit on {d} for cycle "
             f"{r.randrange(2,7)} {reg}. 4 h chair, bloodwork the day before.\n\nThanks")
        s = r.choice(["Chemo booking", f"Booking - {p.surname}", "DU booking request"])
    return dict(subject=s, body=b, types=["patient_name", "mrn", "medication"], note="chemo day unit booking: named patient, chart number, regimen")


def p_chemo_hold(c, lang):
    r = c.rng; p = rand_patient(r); anc = r.choice(["0,6", "0,8", "0,4", "0,9"]); plt = r.randrange(38, 74)
    if lang == "fr":
        b = (f"Dr {c.md()[1]},\n\nFSC ce matin pour {il(p,'fr')} {p.surname} ({p.mrn}) : neutros {anc}, plaq {plt}. "
             f"On retarde le C{r.randrange(2,6)} d'une semaine? Je l'avise par tél. au {p.phone} si vous êtes d'accord.\n")
        s = "Neutropénie - report tx?"
    else:
        b = (f"Dr {c.md()[1]},\n\nCBC this am for {il(p,'en')} {p.surname} ({p.mrn}): ANC {anc.replace(',','.')}, plt {plt}. "
             f"Hold cycle {r.randrange(2,6)} one week? I'll call {'her' if p.sex=='F' else 'him'} at {p.phone} if you agree.\n")
        s = "Low ANC - hold chemo?"
    return dict(subject=s, body=b, types=["patient_name", "mrn", "lab_result", "patient_contact"], note="lab values and hold decision for named patient")


def p_radonc_referral(c, lang):
    r = c.rng; p = rand_patient(r, c.nams, True); dx = r.choice(CANCERS_FR if lang == "fr" else CANCERS_EN)
    nam = fmt_nam(r, p.nam, r.choice([0, 1, 1, 3]))
    if lang == "fr":
        b = (f"Bonjour,\n\nDemande de consultation en radio-oncologie :\n{p.surname}, {p.given} — né{'e' if p.sex=='F' else ''} le {fr_date(p.dob)}\n"
             f"NAM : {nam}\nDx : {dx}\nMotif : RT adjuvante à discuter. Rapport de patho à suivre.\n\nCordialement")
        s = "Demande de consultation radio-oncologie"
    else:
        b = (f"Hello,\n\nReferral to radiation oncology:\n{p.surname}, {p.given}  DOB {p.dob}\nRAMQ: {nam}\nDx: {dx}\n"
             f"Reason: adjuvant RT to be discussed. Path report to follow.\n\nRegards")
        s = "Referral - Rad Onc"
    return dict(subject=s, body=b, types=["patient_name", "ramq_nam", "date_of_birth", "diagnosis"], note="radiation oncology referral with health number and diagnosis")


def p_sim_booking(c, lang):
    r = c.rng; p = rand_patient(r); d = c.when()
    if lang == "fr":
        b = (f"Allo,\n\nTDM de planification (simu) pour {p.given} {p.surname}, dossier {p.mrn}, le {d.strftime('%d/%m à %Hh%M')}. "
             f"Vessie pleine svp. Tél. maison {p.phone} (préfère qu'on appelle après 16h).\n")
        s = "Simu TDM"
    else:
        b = (f"Hi,\n\nCT sim for {p.given} {p.surname}, chart {p.mrn}, on {d.strftime('%b %d at %H:%M')}. Full bladder please. "
             f"Home phone {p.phone}.\n")
        s = "CT simulation booking"
    return dict(subject=s, body=b, types=["patient_name", "mrn", "patient_contact"], note="radiotherapy simulation booking, named patient with phone")


def p_tumour_board(c, lang):
    r = c.rng
    rows = [["Dossier", "Nom", "Âge", "Site", "Question"] if lang == "fr" else ["MRN", "Name", "Age", "Site", "Question"]]
    for _ in range(r.randrange(3, 7)):
        p = rand_patient(r)
        rows.append([p.mrn, f"{p.surname}, {p.given}", p.age, r.choice(CANCERS_FR if lang == "fr" else CANCERS_EN),
                     r.choice(["RT vs chx?", "2e ligne?", "essai clinique?", "révision patho", "restaging"])])
    x = make_xlsx("CTD", rows)
    if lang == "fr":
        b = "Bonjour à tous,\n\nCi-joint la liste des cas pour le comité des tumeurs de jeudi 7h30 (salle 2-114 + Teams).\n\nMerci"
        s = "Comité des tumeurs - liste des cas"
    else:
        b = "Hi all,\n\nAttached is the case list for Thursday's tumour board, 7:30, room 2-114 / Teams.\n\nThanks"
        s = "Tumour board case list"
    return dict(subject=s, body=b, types=["patient_name", "mrn", "diagnosis"], note="tumour board case list spreadsheet with named patients",
                atts=[("liste_CTD.xlsx" if lang == "fr" else "tumour_board.xlsx", "application",
                       "vnd.openxmlformats-officedocument.spreadsheetml.sheet", x)])


def p_transfusion_req(c, lang):
    r = c.rng; p = rand_patient(r); grp = r.choice(["O+", "A-", "B+", "AB+", "O-", "A+"]); hb = r.randrange(62, 79)
    if lang == "fr":
        b = (f"Banque de sang,\n\nDemande 2 CGR irradiés pour {p.surname.upper()}, {p.given} #{p.mrn}, groupe {grp}, Hb {hb}. "
             f"Transfusion à la clinique de jour demain 8h. Échantillon pour épreuve de compatibilité parti à 10h40.\n")
        s = "Demande CGR irradiés"
    else:
        b = (f"Blood bank,\n\nRequesting 2 units irradiated RBC for {p.surname.upper()}, {p.given} #{p.mrn}, {grp}, Hb {hb}. "
             f"Transfusing in day unit tomorrow 8am. Crossmatch sample sent 10:40.\n")
        s = "Irradiated RBC request"
    return dict(subject=s, body=b, types=["patient_name", "mrn", "lab_result"], note="transfusion request for named patient with Hb")


def p_transf_reaction(c, lang):
    r = c.rng; p = rand_patient(r, c.nams, r.random() < 0.5)
    ident = f"NAM {fmt_nam(r, p.nam)}" if p.nam else f"dossier {p.mrn}"
    if lang == "fr":
        b = (f"Déclaration d'incident transfusionnel\n\nPatient : {p.given} {p.surname} ({ident})\nProduit : plaquettes, "
             f"début 13h05\nRéaction : frissons, T 38,9, urticaire. Transfusion arrêtée à 13h25, Benadryl 25 mg IV.\n"
             f"Hémovigilance avisée.")
        s = "Réaction transfusionnelle - déclaration"
    else:
        b = (f"Transfusion incident report\n\nPatient: {p.given} {p.surname} ({ident.replace('dossier','MRN')})\nProduct: platelets, "
             f"start 13:05\nReaction: rigors, T 38.9, hives. Stopped 13:25, diphenhydramine 25 mg IV.\nHaemovigilance notified.")
        s = "Transfusion reaction report"
    t = ["patient_name", "diagnosis", "medication"] + (["ramq_nam"] if p.nam else ["mrn"])
    return dict(subject=s, body=b, types=t, note="transfusion reaction report naming patient")


def p_critical_value(c, lang):
    r = c.rng; p = rand_patient(r)
    k = r.choice([("K", "6,8 mmol/L"), ("plaquettes", "9 x10^9/L"), ("INR", "6,2"), ("Ca corrigé", "3,41 mmol/L")])
    if lang == "fr":
        b = (f"Valeur critique appelée à 14h12 à l'inf. de garde.\n{p.surname} {p.given}, dos. {p.mrn}\n{k[0]} : {k[1]}\n"
             f"Lu et confirmé. SVP aviser md traitant.")
        s = f"VALEUR CRITIQUE - {p.surname}"
    else:
        b = (f"Critical value called 14:12 to charge nurse.\n{p.surname} {p.given}, MRN {p.mrn}\n{k[0].replace('plaquettes','PLT')}: "
             f"{k[1].replace(',','.')}\nRead back confirmed. Please notify MRP.")
        s = f"CRITICAL VALUE - {p.surname}"
    return dict(subject=s, body=b, types=["patient_name", "mrn", "lab_result"], note="critical lab value for named patient")


def p_palliative_consult(c, lang):
    r = c.rng; p = rand_patient(r); dx = r.choice(CANCERS_FR if lang == "fr" else CANCERS_EN)
    if lang == "fr":
        b = (f"Bonjour l'équipe de soins palliatifs,\n\nConsultation pour {il(p,'fr')} {p.given} {p.surname}, {p.age} ans, {dx}. "
             f"Douleur mal contrôlée sous hydromorphone 4 mg q4h. Vit seul{'e' if p.sex=='F' else ''}, fille à Montréal, "
             f"souhaite mourir à domicile. PPS 40 %.\n\nMerci de {'la' if p.sex=='F' else 'le'} voir cette semaine.")
        s = "Consult soins palliatifs"
    else:
        b = (f"Hi palliative team,\n\nConsult for {il(p,'en')} {p.given} {p.surname}, {p.age}, {dx}. Pain poorly controlled on "
             f"hydromorphone 4 mg q4h. Lives alone, daughter in Montreal, wishes to die at home. PPS 40%.\n\nThanks")
        s = "Palliative care consult"
    return dict(subject=s, body=b, types=["patient_name", "diagnosis", "medication", "social_information"], note="palliative consult with diagnosis and home situation")


def p_home_care(c, lang):
    r = c.rng; p = rand_patient(r, c.nams, r.random() < 0.4)
    extra = f"\nNAM : {fmt_nam(r, p.nam)}" if p.nam else f"\nDossier : {p.mrn}"
    if lang == "fr":
        b = (f"Bonjour,\n\nDemande SAD - soins palliatifs à domicile\n{p.surname}, {p.given} ({fr_date(p.dob)}){extra}\n"
             f"Adresse : {p.addr}\nTél. : {p.phone}\nBesoins : pompe SC, pansement, évaluation ergo (lit électrique).\n")
        s = "Demande SAD - soins palliatifs"
    else:
        b = (f"Hello,\n\nHome care request - palliative\n{p.surname}, {p.given} (DOB {p.dob}){extra.replace('Dossier','MRN')}\n"
             f"Address: {p.addr}\nPhone: {p.phone}\nNeeds: SC pump, dressing, OT assessment (hospital bed).\n")
        s = "Home care referral - palliative"
    t = ["patient_name", "date_of_birth", "patient_contact"] + (["ramq_nam"] if p.nam else ["mrn"])
    return dict(subject=s, body=b, types=t, note="home care request with patient address", to=c.ext("soins.domicile", "clsc-magog.example"))


def p_pharm_verif(c, lang):
    r = c.rng; p = rand_patient(r); reg = r.choice(REGIMENS); cl = r.randrange(28, 45)
    if lang == "fr":
        b = (f"Dr,\n\nÀ la validation de l'ordonnance {reg} de {p.surname} ({p.mrn}) : ClCr estimée {cl} mL/min. "
             f"Suggère réduction de dose à 75 % selon le protocole. Pouvez-vous confirmer avant 11h? La préparation est en attente.\n")
        s = "Validation ordonnance - ajustement dose"
    else:
        b = (f"Dr,\n\nVerifying the {reg} order for {p.surname} ({p.mrn}): est. CrCl {cl} mL/min. Suggest 75% dose per protocol. "
             f"Can you confirm before 11? Compounding on hold.\n")
        s = "Order verification - dose adjustment"
    return dict(subject=s, body=b, types=["patient_name", "mrn", "medication", "lab_result"], note="oncology pharmacy dose query for named patient")


def p_med_rec(c, lang):
    r = c.rng; p = rand_patient(r, c.nams, True)
    meds = r.sample(["apixaban 5 mg BID", "metformine 500 mg BID", "ondansétron 8 mg PRN", "dexaméthasone 4 mg die",
                     "pantoprazole 40 mg die", "allopurinol 300 mg die", "acyclovir 400 mg BID"], 4)
    if lang == "fr":
        b = (f"Bonjour,\n\nBilan comparatif des médicaments pour {p.given} {p.surname}, {fr_date(p.dob)}, NAM {fmt_nam(r, p.nam)}.\n"
             + "\n".join("- " + m for m in meds) + "\n\nPouvez-vous nous faxer le profil pharmacologique des 3 derniers mois?\n")
        s = "BCM - profil pharmaco"
    else:
        b = (f"Hello,\n\nMed reconciliation for {p.given} {p.surname}, DOB {p.dob}, health card {fmt_nam(r, p.nam)}.\n"
             + "\n".join("- " + m for m in meds) + "\n\nCould you fax the last 3 months of dispensing?\n")
        s = "Med rec request"
    return dict(subject=s, body=b, types=["patient_name", "date_of_birth", "ramq_nam", "medication"], note="med reconciliation to community pharmacy",
                to=c.ext("labo", "pharmacie-desforges.example"))


def p_navigator(c, lang):
    r = c.rng; p = rand_patient(r)
    if lang == "fr":
        b = (f"Salut,\n\nJ'ai parlé avec {p.given} {p.surname} ce matin. Très anxieu{'se' if p.sex=='F' else 'x'} depuis l'annonce "
             f"du dx, a perdu son emploi, difficulté à payer le stationnement pour les RT. Je te {'la' if p.sex=='F' else 'le'} réfère pour aide financière. "
             f"Dossier {p.mrn}.\n\nIPO")
        s = "Référence t.s."
    else:
        b = (f"Hi,\n\nSpoke with {p.given} {p.surname} this morning, very anxious since diagnosis, lost job, can't afford parking "
             f"for daily RT. Referring for financial aid. Chart {p.mrn}.\n\nNurse navigator")
        s = "SW referral"
    return dict(subject=s, body=b, types=["patient_name", "mrn", "social_information"], note="nurse navigator referral with financial situation")


def p_trial_screen(c, lang):
    r = c.rng; p = rand_patient(r, c.nams, r.random() < 0.5)
    if lang == "fr":
        b = (f"Daniel,\n\n{'Candidate potentielle' if p.sex=='F' else 'Candidat potentiel'} pour l'étude ONC-{r.randrange(100,999)} : {p.surname} {p.given}, "
             f"né{'e' if p.sex=='F' else ''} {fr_date(p.dob)}, {r.choice(CANCERS_FR)}, ECOG 1. Créat OK. Peux-tu vérifier les critères "
             f"d'exclusion avant la clinique de mardi?\n")
        s = "Screening étude"
    else:
        b = (f"Daniel,\n\nPotential candidate for study ONC-{r.randrange(100,999)}: {p.surname} {p.given}, DOB {p.dob}, "
             f"{r.choice(CANCERS_EN)}, ECOG 1. Creat fine. Can you check exclusions before Tuesday clinic?\n")
        s = "Trial screening"
    return dict(subject=s, body=b, types=["patient_name", "date_of_birth", "diagnosis"], note="trial pre-screening naming patient")


def p_trial_sae(c, lang):
    r = c.rng; p = rand_patient(r)
    ini = p.given[0] + p.surname[0]
    if lang == "fr":
        b = (f"Bonjour,\n\nEIG à déclarer - sujet {r.randrange(10,99)}-{r.randrange(100,999)} ({ini}), dossier CHUS-Ex {p.mrn}, "
             f"né{'e' if p.sex=='F' else ''} le {fr_date(p.dob)}.\nNeutropénie fébrile grade 4, hospitalisé{'e' if p.sex=='F' else ''} le "
             f"{c.when().strftime('%d/%m')}. Causalité : probable.\n")
        s = "EIG - déclaration 24h"
    else:
        b = (f"Hello,\n\nSAE report - subject {r.randrange(10,99)}-{r.randrange(100,999)} ({ini}), CHUS-Ex chart {p.mrn}, DOB {p.dob}.\n"
             f"Grade 4 febrile neutropenia, admitted {c.when().strftime('%b %d')}. Causality: probable.\n")
        s = "SAE - 24h report"
    return dict(subject=s, body=b, types=["mrn", "date_of_birth", "diagnosis"], note="serious adverse event report with chart number and DOB",
                to=c.ext("safety", "onco-cro.example"))


def p_transport(c, lang):
    r = c.rng; p = rand_patient(r); d = c.when()
    if lang == "fr":
        b = (f"Bonjour,\n\nTransport adapté SVP pour {il(p,'fr')} {p.surname} {p.given}\nAdresse : {p.addr}\nTél : {p.phone}\n"
             f"RDV radiothérapie du lundi au vendredi à {d.strftime('%Hh%M')} pour 5 semaines, à partir du {d.strftime('%d/%m')}. "
             f"Fauteuil roulant.\n")
        s = "Transport adapté - RT quotidienne"
    else:
        b = (f"Hello,\n\nPlease arrange transport for {il(p,'en')} {p.surname} {p.given}\nAddress: {p.addr}\nPhone: {p.phone}\n"
             f"Daily radiotherapy Mon-Fri at {d.strftime('%H:%M')} x5 weeks starting {d.strftime('%b %d')}. Wheelchair.\n")
        s = "Transport request - daily RT"
    return dict(subject=s, body=b, types=["patient_name", "patient_contact"], note="transport request with patient home address",
                to=c.ext("reservations", "transport-adapte-estrie.example"))


def p_signout(c, lang):
    r = c.rng; lines = []
    for i in range(r.randrange(4, 8)):
        p = rand_patient(r)
        ch = r.choice(["NF en cours, pip-tazo", "post-greffe J+12", "hypercalcémie, zolédronate", "douleur, PCA",
                       "LMA induction J8", "transfu plaq si <10", "niveau de soins C", "attente place USP"])
        lines.append(f"{r.randrange(401,432)}  {p.surname[:10]:<10} {p.given[0]}.  {p.mrn}  {ch}")
    if lang == "fr":
        b = "Relève 7e hémato-onco - nuit\n\n" + "\n".join(lines) + "\n\nRien d'autre. Bonne nuit"
        s = "Relève 7e"
    else:
        b = "Sign-out 7th floor heme-onc - night\n\n" + "\n".join(lines) + "\n\nThat's all. Good night"
        s = "Signout 7N"
    return dict(subject=s, body=b, types=["patient_name", "mrn", "diagnosis", "medication"], note="ward handover list with names and charts")


def p_discharge_pdf(c, lang):
    r = c.rng; p = rand_patient(r, c.nams, True); dx = r.choice(CANCERS_FR if lang == "fr" else CANCERS_EN)
    pdf = make_pdf("Resume de sejour / Discharge summary", [
        f"Patient: {p.surname}, {p.given}", f"DOB: {p.dob}   RAMQ: {p.nam}   MRN: {p.mrn}", f"Dx: {dx}",
        "Admission: neutropenie febrile. Hemocultures negatives.", "Sortie: amoxicilline-clavulanate x 7 j, suivi clinique 1 sem."])
    if lang == "fr":
        b = "Bonjour Dr,\n\nVoici le résumé de séjour de votre patient(e). Suivi prévu à notre clinique dans une semaine.\n"
        s = "Résumé de séjour"
    else:
        b = "Dear Dr,\n\nPlease find attached the discharge summary for your patient. Follow-up in clinic in one week.\n"
        s = "Discharge summary"
    return dict(subject=s, body=b, types=["patient_name", "ramq_nam", "date_of_birth", "mrn", "diagnosis", "medication"],
                note="discharge summary in attached PDF", atts=[("resume_%s.pdf" % p.surname.lower(), "application", "pdf", pdf)],
                to=c.ext("dr.lavallee"))


def p_insurance_sin(c, lang):
    r = c.rng; p = rand_patient(r); sin = gen_sin(r)
    sf = r.choice([sin, f"{sin[:3]} {sin[3:6]} {sin[6:]}", f"{sin[:3]}-{sin[3:6]}-{sin[6:]}"])
    if lang == "fr":
        b = (f"Bonjour,\n\nFormulaire d'invalidité pour {p.given} {p.surname}, NAS {sf}. Diagnostic : {r.choice(CANCERS_FR)}, "
             f"chimiothérapie jusqu'en mars. Arrêt de travail prévu 6 mois. Formulaire signé ci-joint.\n")
        s = "Formulaire assurance invalidité"
    else:
        b = (f"Hello,\n\nDisability form for {p.given} {p.surname}, SIN {sf}. Dx: {r.choice(CANCERS_EN)}, chemo until March. "
             f"Off work est. 6 months. Signed form attached.\n")
        s = "Disability insurance form"
    doc = make_docx("Attestation médicale", [f"Nom: {p.surname}, {p.given}", f"NAS/SIN: {sf}", "Incapacité totale temporaire."])
    return dict(subject=s, body=b, types=["patient_name", "ca_sin", "diagnosis"], note="insurance disability form with SIN",
                atts=[("attestation.docx", "application", "vnd.openxmlformats-officedocument.wordprocessingml.document", doc)],
                to=c.ext("reclamations", "assurvie-ex.example"))


def p_ontario(c, lang):
    r = c.rng; p = rand_patient(r); ohn = gen_ohn(r)
    f = r.choice([f"{ohn[:4]}-{ohn[4:7]}-{ohn[7:]}", f"{ohn} {r.choice(['AB','KX','PL'])}", f"{ohn[:4]} {ohn[4:7]} {ohn[7:]}"])
    if lang == "en":
        b = (f"Hi,\n\nTransfer of care from Ottawa: {p.given} {p.surname}, DOB {p.dob}, OHIP {f}. {r.choice(CANCERS_EN)}, moved to "
             f"Magog to live with family. Needs to continue maintenance here. Records to follow by fax.\n")
        s = "Transfer of care - Ontario patient"
    else:
        b = (f"Bonjour,\n\nTransfert de suivi d'Ottawa : {p.given} {p.surname}, né{'e' if p.sex=='F' else ''} le {fr_date(p.dob)}, carte Santé Ontario {f}. "
             f"{r.choice(CANCERS_FR)}. Déménagé{'e' if p.sex=='F' else ''} à Magog chez sa famille. Dossier à suivre par fax.\n")
        s = "Transfert patient(e) de l'Ontario"
    return dict(subject=s, body=b, types=["patient_name", "date_of_birth", "ca_health_number", "diagnosis"], note="transfer with Ontario health number",
                to=c.ext("referrals", "chu-ottawa-ex.example") if lang == "en" else c.ext("dr.pham", "gmf-lennoxville.example"))


def p_belgian(c, lang):
    r = c.rng; p = rand_patient(r); n = gen_niss(r, p.dob)
    f = r.choice([n, f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}"])
    b = (f"Chère consœur,\n\nNous suivons {il(p,'fr')} {p.surname} {p.given} (NISS {f}), résidant temporairement à Sherbrooke, "
         f"pour un {r.choice(['myélome multiple', 'lymphome folliculaire', 'cancer du sein'])}. Merci de nous transmettre "
         f"le dernier compte rendu de votre service à Liège.\n\nConfraternellement")
    return dict(subject="Demande de compte rendu - patient(e) belge", body=b, types=["patient_name", "be_niss", "diagnosis"],
                note="Belgian national number with diagnosis", to="secretariat.hemato@chr-liege-ex.example")


def p_french(c, lang):
    r = c.rng; p = rand_patient(r); n = gen_nir(r, p.sex, p.dob)
    f = r.choice([n, f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:]}"])
    b = (f"Bonjour,\n\nPatient{'e' if p.sex=='F' else ''} français{'e' if p.sex=='F' else ''} en séjour : {p.surname} {p.given}, "
         f"n° de sécu {f}. Traité{'e' if p.sex=='F' else ''} ici pour {r.choice(CANCERS_FR)}. Merci de confirmer la prise en charge "
         f"CPAM pour la facturation.\n")
    return dict(subject="Prise en charge - patient(e) assuré(e) CPAM", body=b, types=["patient_name", "fr_nir", "diagnosis"],
                note="French NIR with diagnosis, billing", to="international@cpam-ex.example")


def p_ics_family(c, lang):
    r = c.rng; p = rand_patient(r); st = datetime.datetime(2026, 11, r.randrange(3, 28), r.choice([9, 10, 13, 14]), 0)
    if lang == "fr":
        summ = f"Rencontre familiale - {p.surname} {p.given} ({p.mrn})"
        desc = "Discussion niveau de soins et transfert en maison de soins palliatifs."
        b = "Bonjour,\n\nInvitation à la rencontre familiale. Merci de confirmer.\n"
        s = "Invitation : rencontre familiale"
    else:
        summ = f"Family meeting - {p.surname} {p.given} ({p.mrn})"
        desc = "Goals of care and transfer to hospice."
        b = "Hi,\n\nMeeting invitation attached. Please confirm.\n"
        s = "Invitation: family meeting"
    ics = make_ics(f"fm-{r.randrange(10**8)}@{DOM}", summ, desc, st, 60, "Salle famille 7e", "palliatif@" + DOM)
    return dict(subject=s, body=b, types=["patient_name", "mrn", "diagnosis"], note="calendar invitation naming patient and goals of care",
                atts=[("invite.ics", "text", "calendar", ics)])


def p_vcard(c, lang):
    r = c.rng; p = rand_patient(r)
    v = make_vcf(f"{p.given} {p.surname}", p.surname, p.given, p.phone, None, adr=p.addr,
                 note=f"Suivi IPO - {r.choice(CANCERS_FR)} - dossier {p.mrn}")
    if lang == "fr":
        b = "Salut,\n\nJe te transfère les coordonnées %s dont je t'ai parlé, tu prends le relais pendant mes vacances.\n" % ("de la patiente" if p.sex == "F" else "du patient")
        s = "Coordonnées - suivi pendant vacances"
    else:
        b = "Hi,\n\nContact card of the patient I mentioned, you're covering while I'm away.\n"
        s = "Contact - coverage"
    return dict(subject=s, body=b, types=["patient_name", "patient_contact", "mrn", "diagnosis"], note="vCard of a patient with chart and dx",
                atts=[("contact.vcf", "text", "vcard", v)])


def p_zip_csv(c, lang):
    r = c.rng; rows = [["mrn", "nom", "ddn", "date_rdv", "traitement"]]
    for _ in range(r.randrange(5, 10)):
        p = rand_patient(r)
        rows.append([p.mrn, f"{p.surname} {p.given}", p.dob, c.when().strftime("%Y-%m-%d"), r.choice(REGIMENS)])
    z = make_zip([("rdv_clinique_jour.csv", make_csv(rows))])
    if lang == "fr":
        b = "Bonjour,\n\nExtraction des RDV de la semaine prochaine (zippé, trop gros sinon).\n"
        s = "Extraction RDV semaine prochaine"
    else:
        b = "Hi,\n\nNext week's appointments extract, zipped.\n"
        s = "Appointments extract"
    return dict(subject=s, body=b, types=["patient_name", "mrn", "date_of_birth", "medication"], note="zipped CSV of appointments with names and charts",
                atts=[("export.zip", "application", "zip", z)])


def p_subject_only(c, lang):
    r = c.rng; p = rand_patient(r)
    if lang == "fr":
        s = f"{p.surname} {p.given} - rechute {r.choice(['LMA', 'myélome', 'lymphome'])}, voir svp"
        b = r.choice(["Voir objet. Merci", "Peux-tu %s voir demain?" % ("la" if p.sex == "F" else "le"), "Urgent svp"])
    else:
        s = f"{p.surname}, {p.given} - {r.choice(['AML relapse', 'myeloma progression', 'new brain mets'])}"
        b = r.choice(["See subject, can you see today?", "FYI", "Pls call me"])
    return dict(subject=s, body=b, types=["patient_name", "diagnosis"], note="patient name and diagnosis in subject line")


def p_disguised(c, lang):
    r = c.rng; p = rand_patient(r, c.nams, True); nam = fmt_nam(r, p.nam, r.choice([1, 2, 3, 4, 5]))
    if lang == "fr":
        b = (f"Je l'écris de même pour pas que le courriel bloque : {nam}\n{p.surname} — bilan d'extension à céduler "
             f"(TEP) pour {r.choice(CANCERS_FR)}.\n")
        s = "le numéro demandé"
    else:
        b = (f"Writing it like this so it doesn't get blocked: {nam}\n{p.surname} - staging PET to book for {r.choice(CANCERS_EN)}.\n")
        s = "the number you asked"
    return dict(subject=s, body=b, types=["ramq_nam", "patient_name", "diagnosis"], note="health number deliberately spaced/disguised")


def p_social(c, lang):
    r = c.rng; p = rand_patient(r)
    soc = r.choice([("perd son logement à la fin du mois", "is losing housing at month end"),
                    ("suivi DPJ pour ses enfants", "youth protection involved with kids"),
                    ("conjoint violent, ne pas divulguer l'adresse", "violent partner, do not disclose address"),
                    ("prestations d'aide sociale coupées", "welfare benefits cut off")])
    if lang == "fr":
        b = (f"Bonjour,\n\n{il(p,'fr')} {p.surname} ({p.mrn}), en traitement pour {r.choice(CANCERS_FR)}, {soc[0]}. "
             f"Pouvez-vous l'accompagner dans les démarches? Je l'ai vu{'e' if p.sex=='F' else ''} ce matin en clinique.\n")
        s = "Situation sociale - besoin d'accompagnement"
    else:
        b = (f"Hi,\n\n{il(p,'en')} {p.surname} ({p.mrn}), on treatment for {r.choice(CANCERS_EN)}, {soc[1]}. "
             f"Could you help with next steps? Saw {'her' if p.sex=='F' else 'him'} in clinic this morning.\n")
        s = "Social situation - support needed"
    return dict(subject=s, body=b, types=["patient_name", "mrn", "diagnosis", "social_information"], note="social work message about patient situation",
                to=c.ext("intervention", "clsc-magog.example"))


def p_reply_thread(c, lang):
    r = c.rng; p = rand_patient(r); st = c.staff()
    if lang == "fr":
        q = (f"Bonjour, la biopsie médullaire de {p.given} {p.surname} (dossier {p.mrn}) montre 60 % de plasmocytes. "
             f"On commence VRd la semaine prochaine?")
        b = r.choice(["Oui, go. Je signe les ordonnances demain.", "D'accord, cédule-%s svp." % ("la" if p.sex == "F" else "le"), "Ok pour moi."])
        s = "RE: résultat BMO"
    else:
        q = f"Hi, bone marrow on {p.given} {p.surname} (MRN {p.mrn}) shows 60% plasma cells. Start VRd next week?"
        b = r.choice(["Yes, go ahead. I'll sign orders tomorrow.", "Agreed, please book.", "OK with me."])
        s = "RE: BM biopsy result"
    return dict(subject=s, body=b, types=["patient_name", "mrn", "lab_result", "diagnosis"], note="short reply above quoted result for named patient",
                quote=dict(frm=c.addr_of(st), subject=s[4:], body=q))


def p_fwd_attached(c, lang):
    r = c.rng; p = rand_patient(r, c.nams, True); st = c.staff()
    inner = (f"Bonjour,\nPour {p.surname} {p.given} ({fmt_nam(r, p.nam)}), le TEP montre une progression hépatique. "
             f"On présente au comité jeudi.\n" if lang == "fr" else
             f"Hi,\nFor {p.surname} {p.given} ({fmt_nam(r, p.nam)}), PET shows liver progression. Presenting at board Thursday.\n")
    b = "Voir message ci-joint, pour ton info." if lang == "fr" else "See attached thread FYI."
    return dict(subject=("TR: " if lang == "fr" else "Fwd: ") + "TEP", body=b, types=["patient_name", "ramq_nam", "diagnosis"],
                note="forwarded message attached (.eml) with health number", fwd_att=dict(frm=c.addr_of(st), subject="TEP", body=inner))


def p_fwd_inline(c, lang):
    r = c.rng; p = rand_patient(r); st = c.staff()
    inner = (f"Rx chimio orale pour {p.given} {p.surname}, DDN {fr_date(p.dob)} : capécitabine 1500 mg BID J1-14. "
             f"Carte RAMQ à jour? Assurance privée?" if lang == "fr" else
             f"Oral chemo Rx for {p.given} {p.surname}, DOB {p.dob}: capecitabine 1500 mg BID D1-14. Private insurance on file?")
    b = "Peux-tu t'en occuper?" if lang == "fr" else "Can you handle this?"
    return dict(subject=("TR: " if lang == "fr" else "Fw: ") + "Rx chimio orale", body=b,
                types=["patient_name", "date_of_birth", "medication"], note="inline forward of oral chemo prescription",
                fwd=dict(frm=c.addr_of(st), subject="Rx chimio orale", body=inner))


def p_bmbx_booking(c, lang):
    r = c.rng; p = rand_patient(r)
    if lang == "fr":
        b = (f"Bonjour Mélanie,\n\nBMO à céduler pour {p.surname.upper()} {p.given}, {p.mrn}, sous Eliquis — cesser 48h avant. "
             f"{'Elle' if p.sex=='F' else 'Il'} demande un RDV en après-midi (travaille le matin).\n")
        s = "BMO à céduler"
    else:
        b = (f"Hi Mélanie,\n\nBM biopsy to book for {p.surname.upper()} {p.given}, {p.mrn}, on apixaban - hold 48h. "
             f"Asks for an afternoon slot.\n")
        s = "BMBx booking"
    return dict(subject=s, body=b, types=["patient_name", "mrn", "medication"], note="bone marrow biopsy booking for named patient")


def p_pathology(c, lang):
    r = c.rng; p = rand_patient(r)
    if lang == "fr":
        b = (f"Rapport préliminaire S26-{r.randrange(10000,99999)}\nPatient : {p.surname}, {p.given}  Dossier : {p.mrn}\n"
             f"Ganglion cervical : lymphome de Hodgkin classique, sclérose nodulaire. IHC CD30+, CD15+. Rapport final à suivre.")
        s = "Rapport prélim. patho"
    else:
        b = (f"Preliminary report S26-{r.randrange(10000,99999)}\nPatient: {p.surname}, {p.given}  MRN: {p.mrn}\n"
             f"Cervical node: classic Hodgkin lymphoma, nodular sclerosis. CD30+, CD15+. Final to follow.")
        s = "Prelim path report"
    return dict(subject=s, body=b, types=["patient_name", "mrn", "diagnosis"], note="preliminary pathology result for named patient")


def p_reschedule(c, lang):
    r = c.rng; p = rand_patient(r)
    if lang == "fr":
        b = (f"Bonjour,\n\n{p.given} {p.surname} a appelé, ne peut pas venir à sa RT du {c.when().strftime('%d/%m')} "
             f"(funérailles de son frère). Peut-on déplacer? Tél. cellulaire {p.phone}.\n")
        s = "Déplacer RDV RT"
    else:
        b = (f"Hi,\n\n{p.given} {p.surname} called, can't make RT on {c.when().strftime('%b %d')} (brother's funeral). "
             f"Can we move it? Cell {p.phone}.\n")
        s = "Reschedule RT"
    return dict(subject=s, body=b, types=["patient_name", "patient_contact"], note="rescheduling request with patient phone")


def p_audit_case(c, lang):
    r = c.rng; p = rand_patient(r); reg = r.choice(REGIMENS)
    if lang == "fr":
        b = (f"Rapport d'incident AH-223\nErreur de dose : {reg} administré à 120 % de la dose prescrite.\nPatient : {p.surname} "
             f"{p.given}, dossier {p.mrn}. Aucun effet clinique à ce jour. Divulgation faite à la famille le "
             f"{c.when().strftime('%d/%m')}.")
        s = "Incident médicament - suivi"
    else:
        b = (f"Incident report\nDose error: {reg} given at 120% of prescribed dose.\nPatient: {p.surname} {p.given}, MRN {p.mrn}. "
             f"No harm so far. Disclosure to family done.")
        s = "Medication incident - follow-up"
    return dict(subject=s, body=b, types=["patient_name", "mrn", "medication"], note="medication incident naming the patient")


def p_same_surname(c, lang):
    r = c.rng; st = r.choice([s for s in STAFF if "MD" in s[2]]); p = rand_patient(r)
    p.surname = st[1]
    if lang == "fr":
        b = (f"Bonjour,\n\nAucun lien de parenté avec Dr {st[1]} — {il(p,'fr')} {p.given} {st[1]}, dossier {p.mrn}, "
             f"est suivi{'e' if p.sex=='F' else ''} pour {r.choice(CANCERS_FR)}. Merci de ne pas lui assigner Dr {st[1]} comme md traitant.\n")
        s = f"Homonyme - {st[1]}"
    else:
        b = (f"Hi,\n\nNo relation to Dr {st[1]} - {il(p,'en')} {p.given} {st[1]}, MRN {p.mrn}, is followed for "
             f"{r.choice(CANCERS_EN)}. Please don't assign Dr {st[1]} as MRP.\n")
        s = f"Same surname - {st[1]}"
    return dict(subject=s, body=b, types=["patient_name", "mrn", "diagnosis"], note="patient sharing a physician's surname")


def p_mrn_only(c, lang):
    r = c.rng; m = mrn(r)
    if lang == "fr":
        b = r.choice([f"Peux-tu déverrouiller le dossier {m}? J'ai des documents à numériser depuis ce matin.",
                      f"Doublon de dossier : {m} et {mrn(r)} semblent être la même personne, à fusionner svp."])
        s = "Dossier verrouillé" if "verr" in b else "Fusion de dossiers"
    else:
        b = r.choice([f"Can you unlock chart {m}? Trying to scan documents since this morning.",
                      f"Duplicate charts: {m} and {mrn(r)} look like the same person, please merge."])
        s = "Chart locked" if "unlock" in b else "Chart merge"
    return dict(subject=s, body=b, types=["mrn"], note="chart number alone in a records request", to="archives@" + DOM)


def p_split(c, lang):
    r = c.rng; p = rand_patient(r)
    if lang == "fr":
        s = f"{p.surname}, {p.given} ({p.mrn})"
        b = f"Résultat du TEP reçu : réponse métabolique complète après 4 cycles. On arrête la chimio? Je l'appelle demain."
    else:
        s = f"{p.surname}, {p.given} ({p.mrn})"
        b = "PET back: complete metabolic response after 4 cycles. Stop chemo? I'll call tomorrow."
    return dict(subject=s, body=b, types=["patient_name", "mrn", "lab_result"], note="name in subject, result in body")


def p_html_table(c, lang):
    r = c.rng; rows = []
    for _ in range(r.randrange(3, 6)):
        p = rand_patient(r)
        rows.append(("%02d:%02d" % (r.randrange(8, 16), r.choice([0, 15, 30, 45])), f"{p.surname.upper()}, {p.given}", p.mrn, r.choice(REGIMENS),
                     r.choice(["fauteuil 3", "lit 2", "fauteuil 7", "chair 5"])))
    rows.sort()
    head = ("Heure", "Patient", "Dossier", "Protocole", "Place") if lang == "fr" else ("Time", "Patient", "MRN", "Regimen", "Spot")
    intro = "Horaire des traitements de demain :" if lang == "fr" else "Tomorrow's treatment schedule:"
    text = intro + "\n\n" + "\n".join("\t".join(x) for x in [head] + rows)
    h = ("<html><body><p>" + html.escape(intro) + "</p><table border=\"1\" cellpadding=\"3\"><tr>"
         + "".join("<th>%s</th>" % html.escape(x) for x in head) + "</tr>\n"
         + "".join("<tr>" + "".join("<td>%s</td>" % html.escape(x) for x in row) + "</tr>\n" for row in rows)
         + "</table></body></html>\n")
    return dict(subject="Horaire clinique de jour - demain" if lang == "fr" else "Day unit schedule - tomorrow", body=text,
                html=h, force_mode=r.choice(["html", "alt"]), nosig=True, types=["patient_name", "mrn", "medication"],
                note="HTML table of treatment schedule with names")


def p_physics_qa(c, lang):
    r = c.rng; p = rand_patient(r)
    if lang == "fr":
        b = (f"QA du plan VMAT échoué (gamma 91 %) pour {p.surname} {p.given[0]}. — ID {p.mrn}, prostate 70 Gy/28. "
             "Replanification requise, début de traitement reporté à jeudi.")
        s = "QA plan échoué"
    else:
        b = (f"VMAT plan QA failed (gamma 91%) for {p.surname} {p.given[0]}. - ID {p.mrn}, prostate 70 Gy/28. Replan needed, "
             "start moved to Thursday.")
        s = "Plan QA failed"
    return dict(subject=s, body=b, types=["patient_name", "mrn", "diagnosis"], note="physics QA message naming patient", by="Nantel")


def n_asset_lookalike(c, lang):
    r = c.rng; lines = []
    for _ in range(r.randrange(4, 7)):
        code = r.choice(["POMP", "INFU", "MONI", "FAUT"]) + "%02d%02d%04d" % (r.randrange(10, 27), r.randrange(1, 13), r.randrange(10 ** 4))
        lines.append(f"{code}  {r.choice(['pompe IP-700','moniteur signes vitaux','fauteuil de traitement','pompe PCA'])}  {r.choice(['OK','à calibrer','hors service'])}")
    b = (("Inventaire équipement clinique de jour (étiquettes GBM) :\n\n" if lang == "fr" else "Day unit equipment inventory (biomed tags):\n\n")
         + "\n".join(lines))
    return dict(subject="Inventaire GBM" if lang == "fr" else "Biomed inventory", body=b, types=[], note="equipment asset tags")


def n_bn_supplier(c, lang):
    r = c.rng; bn = gen_sin(r)
    if lang == "fr":
        b = (f"Bonjour,\n\nVoici nos informations pour l'ouverture de compte fournisseur : Traiteur Belle-Estrie inc., NE {bn}, "
             f"TPS {bn} RT0001. Adresse : 88, rue Factory, Sherbrooke. Tél. 819-555-0177.\n")
        s = "Ouverture de compte fournisseur"
    else:
        b = f"Hello,\n\nSupplier setup: Eastern Linen Services Ltd., BN {bn} RT0001, 88 Factory St, Sherbrooke. Tel 819-555-0177.\n"
        s = "Vendor setup"
    return dict(subject=s, body=b, types=[], note="supplier registration with business number", frm="admin@medisupply.example",
                to="approvisionnement@" + DOM)


def n_accrual(c, lang):
    r = c.rng
    if lang == "fr":
        b = (f"Recrutement des études — octobre : {r.randrange(8,25)} participants inscrits, {r.randrange(2,9)} en sélection, "
             f"{r.randrange(0,4)} retraits. Merci à toutes les cliniques!")
        s = "Recrutement études - octobre"
    else:
        b = f"Trial accrual October: {r.randrange(8,25)} enrolled, {r.randrange(2,9)} in screening. Thanks all!"
        s = "Trial accrual - October"
    return dict(subject=s, body=b, types=[], note="trial accrual aggregate")


def n_survey(c, lang):
    r = c.rng
    if lang == "fr":
        b = (f"Sondage de satisfaction, clinique de jour : {r.randrange(85,97)} % très satisfaits (n={r.randrange(120,300)}). "
             "Commentaires fréquents : temps d'attente à la pharmacie, stationnement.")
        s = "Résultats sondage satisfaction"
    else:
        b = f"Patient experience survey: {r.randrange(85,97)}% very satisfied (n={r.randrange(120,300)}). Top comment: pharmacy wait."
        s = "Survey results"
    return dict(subject=s, body=b, types=[], note="aggregate survey results")


def n_siret_fr(c, lang):
    r = c.rng; s9 = "".join(str(r.randrange(10)) for _ in range(8)); siren = s9 + luhn.calc_check_digit(s9)
    b = (f"Madame, Monsieur,\n\nSuite à votre demande, voici notre devis pour 2 hottes de sécurité biologique classe II. "
         f"SIREN {siren}, TVA intracommunautaire FR{r.randrange(10,99)}{siren}. Délai : 10 semaines.\n\nCordialement,\nService export")
    return dict(subject="Devis - hottes de sécurité biologique", body=b, types=[], note="French supplier quote with company number",
                frm="export@labequip-lyon.example", to="pharmacie.onco@" + DOM)


def p_peds(c, lang):
    r = c.rng; p = rand_patient(r, c.nams, True, child=True); nam = fmt_nam(r, p.nam, r.choice([0, 1, 1]))
    parent = r.choice(GIVEN_F + GIVEN_M)
    if lang == "fr":
        b = (f"Bonjour,\n\n{p.given} {p.surname} ({fr_date(p.dob)}), NAM {nam}, LAL en phase de maintenance. "
             f"Hb 71 ce matin, transfusion CGR à prévoir en hémato-onco pédiatrique demain. "
             f"Parent à joindre : {parent}, {p.phone}.\n")
        s = "Hémato-onco péd - transfusion demain"
    else:
        b = (f"Hi,\n\n{p.given} {p.surname} (DOB {p.dob}), RAMQ {nam}, ALL on maintenance. Hb 71 today, RBC transfusion "
             f"needed tomorrow in peds heme-onc. Parent contact: {parent}, {p.phone}.\n")
        s = "Peds heme-onc - transfusion tomorrow"
    return dict(subject=s, body=b, types=["patient_name", "date_of_birth", "ramq_nam", "diagnosis", "lab_result", "patient_contact"],
                note="paediatric patient with health number and result")


def p_fertility(c, lang):
    r = c.rng; p = rand_patient(r)
    if lang == "fr":
        b = (f"Bonjour,\n\nRéférence urgente en préservation de la fertilité : {p.given} {p.surname}, {p.age} ans, "
             f"{r.choice(['lymphome de Hodgkin', 'cancer du sein', 'sarcome'])}, chimio prévue dans 10 jours. "
             f"Tél. : {p.phone}.\n")
        s = "Préservation fertilité - urgent"
    else:
        b = (f"Hi,\n\nUrgent fertility preservation referral: {p.given} {p.surname}, {p.age}, "
             f"{r.choice(['Hodgkin lymphoma', 'breast cancer', 'sarcoma'])}, chemo starts in 10 days. Phone {p.phone}.\n")
        s = "Fertility preservation - urgent"
    return dict(subject=s, body=b, types=["patient_name", "diagnosis", "patient_contact"], note="fertility preservation referral",
                to=c.ext("fertilite", "clinique-fertilite-ex.example"))


def n_camp(c, lang):
    if lang == "fr":
        b = ("Le camp d'été pour enfants atteints de cancer recrute des moniteurs et des infirmières bénévoles. "
             "Une semaine en juillet au lac Memphrémagog. Info : fondation.")
        s = "Camp d'été - bénévoles recherchés"
    else:
        b = "Summer camp for kids with cancer is recruiting counsellors and volunteer nurses. One week in July. Contact the Foundation."
        s = "Summer camp - volunteers needed"
    return dict(subject=s, body=b, types=[], note="camp volunteer recruitment")


def n_room(c, lang):
    r = c.rng
    if lang == "fr":
        b = f"Salut, est-ce que la salle 2-114 est libre jeudi 12h pour le club de lecture des résidents? Sinon la 3-020. Merci!"
        s = "Réservation salle"
    else:
        b = "Hi, is room 2-114 free Thursday noon for residents' journal club? Otherwise 3-020. Thanks!"
        s = "Room booking"
    return dict(subject=s, body=b, types=[], note="meeting room booking")


POS = [("chemo_booking", p_chemo_booking), ("chemo_hold", p_chemo_hold), ("radonc_referral", p_radonc_referral),
       ("sim_booking", p_sim_booking), ("tumour_board_list", p_tumour_board), ("transfusion_request", p_transfusion_req),
       ("transfusion_reaction", p_transf_reaction), ("critical_value", p_critical_value),
       ("palliative_consult", p_palliative_consult), ("home_care", p_home_care), ("pharmacy_verif", p_pharm_verif),
       ("med_rec", p_med_rec), ("navigator_referral", p_navigator), ("trial_screening", p_trial_screen),
       ("trial_sae", p_trial_sae), ("transport", p_transport), ("signout_list", p_signout),
       ("discharge_pdf", p_discharge_pdf), ("insurance_sin", p_insurance_sin), ("ontario_transfer", p_ontario),
       ("belgian_niss", p_belgian), ("french_nir", p_french), ("family_meeting_ics", p_ics_family),
       ("patient_vcard", p_vcard), ("appointments_zip", p_zip_csv), ("subject_only", p_subject_only),
       ("disguised_nam", p_disguised), ("social_work", p_social), ("reply_result", p_reply_thread),
       ("forward_eml", p_fwd_attached), ("forward_inline", p_fwd_inline), ("bmbx_booking", p_bmbx_booking),
       ("pathology_prelim", p_pathology), ("reschedule", p_reschedule), ("med_incident", p_audit_case),
       ("same_surname", p_same_surname), ("chart_number_only", p_mrn_only), ("subject_body_split", p_split),
       ("html_schedule", p_html_table), ("physics_qa", p_physics_qa),
       ("peds_transfusion", p_peds), ("fertility_referral", p_fertility)]
FR_ONLY = {"belgian_niss", "french_nir", "supplier_quote_fr"}
EN_ONLY = set()

# ---------------------------------------------------------------- negative categories

def n_staff_schedule(c, lang):
    r = c.rng
    rows = []
    for _ in range(r.randrange(5, 9)):
        st = r.choice(STAFF)
        rows.append(f"{r.choice(['lun','mar','mer','jeu','ven'])}  {st[1]:<14} {st[0][0]}.  {r.choice(['J 7h-15h','S 15h-23h','N 23h-7h','formation','congé'])}  poste {r.randrange(21000,21999)}")
    if lang == "fr":
        b = "Horaire de la clinique de jour, semaine prochaine :\n\n" + "\n".join(rows) + "\n\nÉchanges à faire approuver par l'ASI."
        s = "Horaire clinique de jour - semaine 48"
    else:
        b = "Day unit nursing schedule next week:\n\n" + "\n".join(rows) + "\n\nShift swaps need ASI approval."
        s = "Day unit schedule - week 48"
    return dict(subject=s, body=b, types=[], note="staff nursing schedule")


def n_sick_leave(c, lang):
    r = c.rng; st = r.choice(STAFF)
    if lang == "fr":
        b = (f"Bonjour,\n\n{st[0]} {st[1]} sera en congé de maladie du {c.when().strftime('%d/%m')} pour environ 3 semaines. "
             f"Merci de rediriger ses dossiers vers l'équipe. Matricule {r.randrange(100000,999999)}.\n")
        s = "Absence - réaffectation"
    else:
        b = (f"Hello,\n\n{st[0]} {st[1]} will be on sick leave from {c.when().strftime('%b %d')} for about 3 weeks. "
             f"Please redirect their files to the team. Employee # {r.randrange(100000,999999)}.\n")
        s = "Staff absence - coverage"
    return dict(subject=s, body=b, types=[], note="staff sick leave notice (HR)", by="Bédard")


def n_training(c, lang):
    r = c.rng; st = r.choice(STAFF)
    if lang == "fr":
        b = (f"Formation obligatoire : manipulation sécuritaire des médicaments dangereux (cytotoxiques).\n"
             f"Date : {c.when().strftime('%d/%m')} 13h30-15h, salle 1-220. Formatrice : {st[0]} {st[1]}.\nInscription via l'intranet.")
        s = "Formation - médicaments dangereux"
    else:
        b = (f"Mandatory training: safe handling of hazardous drugs.\nDate: {c.when().strftime('%b %d')} 13:30-15:00, room 1-220. "
             f"Trainer: {st[0]} {st[1]}.\nRegister on the intranet.")
        s = "Training - hazardous drugs"
    return dict(subject=s, body=b, types=[], note="staff training announcement")


def n_newsletter(c, lang):
    r = c.rng
    if lang == "fr":
        b = ("INFO-ONCO — bulletin de novembre\n\n1. Nouveau protocole de prévention des nausées (NEPA) disponible.\n"
             "2. La clinique de jour a reçu 4 nouveaux fauteuils.\n3. Rappel : vaccination antigrippale des patients "
             "sous chimiothérapie — les données montrent une réduction des hospitalisations.\n4. Bravo à l'équipe de la "
             "banque de sang pour l'agrément!\n\nPour vous désabonner, répondez « STOP ».")
        s = "INFO-ONCO - novembre"
    else:
        b = ("ONCO NEWS - November\n\n1. New CINV prevention protocol available.\n2. Day unit received 4 new chairs.\n"
             "3. Reminder: flu vaccination for patients on chemo reduces admissions.\n4. Congrats to the blood bank on accreditation!\n")
        s = "Onco News - November"
    return dict(subject=s, body=b, types=[], note="departmental newsletter")


def n_drug_shortage(c, lang):
    r = c.rng; lot = f"{r.choice('ABCKMX')}{r.randrange(100000,999999)}"
    if lang == "fr":
        b = (f"Avis de rupture : carboplatine 450 mg/45 mL, lot {lot}, DIN 0{r.randrange(2000000,2999999)}.\n"
             f"Stock estimé : 3 semaines. Substitution par le format 150 mg. Aucun changement aux protocoles.\n\nPharmacie oncologique")
        s = "Rupture d'approvisionnement - carboplatine"
    else:
        b = (f"Shortage notice: carboplatin 450 mg/45 mL, lot {lot}, DIN 0{r.randrange(2000000,2999999)}.\n"
             f"Est. supply 3 weeks. Substitute 150 mg vials. No protocol change.\n\nOncology pharmacy")
        s = "Drug shortage - carboplatin"
    return dict(subject=s, body=b, types=[], note="drug shortage bulletin with lot and DIN")


def n_invoice(c, lang):
    r = c.rng; num = f"F-{r.randrange(2026000,2026999)}"
    pdf = make_pdf(f"Facture {num}", ["MediSupply Estrie inc. (fictif)", "Client: CHUS-Ex - Pharmacie oncologique",
                                      f"Tubulures pompe ambulatoire x {r.randrange(50,400)}  {r.randrange(1000,9000)},00 $",
                                      f"TPS 123456789 RT0001   TVQ 1234567890 TQ0001", "Net 30 jours"])
    b = (f"Bonjour,\n\nVeuillez trouver ci-joint la facture {num}. Paiement net 30 jours.\n\nComptes recevables" if lang == "fr"
         else f"Hello,\n\nPlease find invoice {num} attached. Net 30.\n\nAccounts receivable")
    return dict(subject=("Facture " if lang == "fr" else "Invoice ") + num, body=b, types=[], note="supplier invoice PDF",
                atts=[(f"{num}.pdf", "application", "pdf", pdf)], frm="facturation@medisupply.example",
                to="comptes.payables@" + DOM)


def n_po(c, lang):
    r = c.rng; po = f"BC-{r.randrange(40000,49999)}"
    rows = [["Article", "Code", "Qté", "Prix"], ["Gants nitrile chimio", f"GN-{r.randrange(100,999)}", 40, 12.5],
            ["Blouses imperméables", f"BL-{r.randrange(100,999)}", 20, 31.0], ["Sacs cytotoxiques", f"SC-{r.randrange(100,999)}", 10, 8.75]]
    x = make_xlsx("BC", rows)
    b = (f"Bonjour,\n\nBon de commande {po} ci-joint pour la clinique de jour. Livraison quai B.\n" if lang == "fr"
         else f"Hi,\n\nPurchase order {po} attached for the day unit. Deliver to dock B.\n")
    return dict(subject=("Bon de commande " if lang == "fr" else "PO ") + po, body=b, types=[], note="purchase order spreadsheet",
                atts=[(f"{po}.xlsx", "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet", x)])


def n_conference(c, lang):
    r = c.rng; sp = r.sample(STAFF, 3)
    if lang == "fr":
        b = ("Journée scientifique en hémato-oncologie de l'Estrie — programme\n\n"
             f"8h30  {sp[0][0]} {sp[0][1]} : Myélome multiple, quoi de neuf en 2026\n"
             f"10h00 {sp[1][0]} {sp[1][1]} : Leucémie aiguë chez l'adulte âgé\n"
             f"13h30 {sp[2][0]} {sp[2][1]} : Soins palliatifs précoces en cancer du poumon\n\nInscription : 75 $ (gratuit résidents).")
        s = "Programme - Journée scientifique hémato-onco"
    else:
        b = ("Eastern Townships Heme-Onc Day - programme\n\n"
             f"8:30  {sp[0][0]} {sp[0][1]}: Multiple myeloma update\n10:00 {sp[1][0]} {sp[1][1]}: AML in older adults\n"
             f"13:30 {sp[2][0]} {sp[2][1]}: Early palliative care in lung cancer\n\nRegistration $75.")
        s = "Programme - Heme-Onc Day"
    return dict(subject=s, body=b, types=[], note="conference programme with speakers and topics")


def n_board_notice(c, lang):
    r = c.rng
    if lang == "fr":
        b = ("Rappel : les cas pour le comité des tumeurs digestives doivent être soumis au secrétariat avant mardi midi via le "
             "formulaire intranet. Pas de liste par courriel svp (confidentialité).\n\nMerci")
        s = "Comité des tumeurs - date limite"
    else:
        b = ("Reminder: GI tumour board cases must be submitted by Tuesday noon via the intranet form. Do not e-mail "
             "patient lists please.\n\nThanks")
        s = "Tumour board - submission deadline"
    return dict(subject=s, body=b, types=[], note="tumour board submission reminder, no cases")


def n_job(c, lang):
    r = c.rng
    if lang == "fr":
        b = (f"Affichage interne #{r.randrange(2026100,2026999)}\nInfirmier(ère) clinicien(ne) — clinique de jour d'oncologie\n"
             "Temps complet, jour. Exigences : BAC en sciences infirmières, certification CSIO un atout.\nDate limite : 30 novembre.")
        s = "Affichage de poste - clinique de jour"
    else:
        b = (f"Job posting #{r.randrange(2026100,2026999)}\nClinical research coordinator - oncology trials office\n"
             "Full time. GCP certification required. Bilingual.\nApply by Nov 30.")
        s = "Job posting - research coordinator"
    return dict(subject=s, body=b, types=[], note="job posting", by="Bédard")


def n_it(c, lang):
    r = c.rng
    if lang == "fr":
        b = (f"Avis TI : maintenance du NAS {r.choice(['NAS-ONCO-02','NAS-RADIO-01'])} samedi de 22h à 2h. Les lecteurs partagés "
             f"R: et S: seront inaccessibles. Billet {r.randrange(300000,399999)}.\n\nCentre de services TI")
        s = "Maintenance NAS - samedi"
    else:
        b = (f"IT notice: ARIA/record-and-verify server patching Saturday 22:00-02:00. Shared drives unavailable. "
             f"Ticket {r.randrange(300000,399999)}.\n\nIT Service Desk")
        s = "IT maintenance - Saturday"
    return dict(subject=s, body=b, types=[], note="IT maintenance notice", by="Fecteau", to="liste-oncologie@" + DOM)


def n_parking(c, lang):
    if lang == "fr":
        b = ("Le stationnement P3 sera fermé pour déneigement mardi de 5h à 9h. Les vignettes employés sont acceptées au P1.\n"
             "Rappel : les places près de l'entrée du Centre de cancérologie sont réservées aux patients en traitement.")
        s = "Fermeture stationnement P3"
    else:
        b = "Lot P3 closed for snow removal Tuesday 5-9 am. Staff permits accepted in P1."
        s = "Parking P3 closure"
    return dict(subject=s, body=b, types=[], note="parking notice")


def n_cafeteria(c, lang):
    if lang == "fr":
        b = "Menu de la semaine à la cafétéria : lundi pâté chinois, mardi soupe aux pois, mercredi poulet au beurre... Le comptoir ferme à 19h."
        s = "Menu cafétéria"
    else:
        b = "Cafeteria this week: Mon shepherd's pie, Tue pea soup, Wed butter chicken. Counter closes at 7 pm."
        s = "Cafeteria menu"
    return dict(subject=s, body=b, types=[], note="cafeteria menu")


def n_stats(c, lang):
    r = c.rng
    a, b_, d = r.randrange(380, 520), r.randrange(40, 90), r.randrange(60, 140)
    if lang == "fr":
        b = (f"Tableau de bord octobre\n- Traitements clinique de jour : {a}\n- Nouveaux patients hémato : {b_}\n"
             f"- Transfusions CGR : {d}\n- Délai moyen consult radio-onco : {r.randrange(9,25)} jours\n- {r.randrange(3,9)} cas de neutropénie fébrile\n")
        s = "Tableau de bord - octobre"
    else:
        b = (f"October dashboard\n- Day unit treatments: {a}\n- New heme patients: {b_}\n- RBC transfusions: {d}\n"
             f"- Mean wait rad-onc consult: {r.randrange(9,25)} days\n")
        s = "Dashboard - October"
    return dict(subject=s, body=b, types=[], note="aggregate statistics")


def n_teaching(c, lang):
    r = c.rng; age = r.randrange(45, 80)
    if lang == "fr":
        b = (f"Cas clinique pour la tournée de jeudi (résidents R1) :\nUne femme de {age} ans se présente avec fatigue, "
             "ecchymoses et pancytopénie. Frottis : blastes 30 %. Questions : 1) diagnostic différentiel 2) bilan initial "
             "3) urgences à exclure.\n")
        s = "Cas clinique - tournée résidents"
    else:
        b = (f"Teaching case for Thursday rounds:\nA {age}-year-old man presents with back pain, hypercalcemia and renal "
             "failure. SPEP shows an M-spike. Discuss workup and initial management.\n")
        s = "Teaching case - rounds"
    return dict(subject=s, body=b, types=[], note="anonymised teaching case")


def n_blank_form(c, lang):
    doc = make_docx("Demande de transfusion - formulaire", ["Nom du patient : ____________", "N° de dossier : ____________",
                                                            "Groupe sanguin : ____", "Produit demandé : ☐ CGR ☐ Plaquettes ☐ Plasma",
                                                            "Signature du prescripteur : ____________"])
    b = ("Voici la nouvelle version du formulaire de demande de transfusion (v3.2). Merci de détruire les anciennes copies.\n"
         if lang == "fr" else "New version of the transfusion request form (v3.2) attached. Please discard old copies.\n")
    return dict(subject="Formulaire transfusion v3.2" if lang == "fr" else "Transfusion form v3.2", body=b, types=[],
                note="blank form template", atts=[("formulaire_transfusion_v3.2.docx", "application",
                                                   "vnd.openxmlformats-officedocument.wordprocessingml.document", doc)])


def n_protocol_amend(c, lang):
    r = c.rng
    b = (f"Hello,\n\nProtocol ONC-{r.randrange(100,999)} amendment 4 approved by the REB on {c.when().strftime('%b %d')}. "
         "Changes: updated exclusion criteria (eGFR threshold), new ICF version 5.0. Please re-consent active participants at next visit.\n"
         if lang == "en" else
         f"Bonjour,\n\nL'amendement 4 du protocole ONC-{r.randrange(100,999)} a été approuvé par le CÉR. Nouveau FIC version 5.0. "
         "Reconsentement des participants actifs à la prochaine visite.\n")
    return dict(subject="Amendment approved" if lang == "en" else "Amendement approuvé", body=b, types=[], note="protocol amendment notice")


def n_blood_inventory(c, lang):
    r = c.rng
    if lang == "fr":
        b = (f"Inventaire banque de sang 7h :\nO- : {r.randrange(4,14)} CGR\nO+ : {r.randrange(20,60)}\nA+ : {r.randrange(15,50)}\n"
             f"Plaquettes : {r.randrange(3,10)} (lot {r.randrange(10**6,10**7)})\nNiveau O- sous le seuil — commande urgente placée.")
        s = "Inventaire banque de sang"
    else:
        b = (f"Blood bank inventory 07:00:\nO neg: {r.randrange(4,14)} RBC\nO pos: {r.randrange(20,60)}\nPlatelets: {r.randrange(3,10)}\n"
             "O neg below threshold, urgent order placed.")
        s = "Blood bank inventory"
    return dict(subject=s, body=b, types=[], note="blood product inventory counts")


def n_public_health(c, lang):
    if lang == "fr":
        b = ("Bulletin de santé publique — Estrie\nHausse des cas d'influenza A dans la région (semaine 46 : 212 cas confirmés). "
             "Recommandation : oseltamivir prophylactique pour les patients immunosupprimés exposés, selon jugement clinique.")
        s = "Bulletin santé publique - influenza"
    else:
        b = ("Public health bulletin: influenza A rising in the region (212 confirmed cases week 46). Consider oseltamivir "
             "prophylaxis for exposed immunocompromised patients.")
        s = "Public health bulletin - influenza"
    return dict(subject=s, body=b, types=[], note="public health bulletin", frm="vigie@santepublique-estrie.example",
                to="liste-oncologie@" + DOM)


def n_minutes(c, lang):
    r = c.rng; sp = r.sample(STAFF, 4)
    names = ", ".join(f"{x[0]} {x[1]}" for x in sp)
    if lang == "fr":
        b = (f"Compte rendu — comité de pharmacothérapie en oncologie\nPrésents : {names}\n1. Ajout du biosimilaire "
             "trastuzumab au formulaire : adopté.\n2. Délais de préparation à la pharmacie : cible 90 min.\n3. Varia.")
        s = "CR comité pharmacothérapie"
    else:
        b = (f"Minutes - oncology P&T committee\nPresent: {names}\n1. Trastuzumab biosimilar added to formulary.\n"
             "2. Compounding turnaround target 90 min.\n3. Other.")
        s = "Minutes - P&T"
    return dict(subject=s, body=b, types=[], note="committee minutes (staff only)")


def n_vendor(c, lang):
    r = c.rng; sn = "".join(str(r.randrange(10)) for _ in range(9))
    sn = sn[:8] + luhn.calc_check_digit(sn[:8])
    b = (f"Dear customer,\n\nField safety notice: infusion pump model IP-700, serial numbers {sn} to {int(sn)+40}. "
         "Firmware 4.2.1 must be installed. Our technician will visit on site.\n\nRegards, Customer Care" if lang == "en" else
         f"Cher client,\n\nAvis de sécurité : pompes IP-700, numéros de série {sn} à {int(sn)+40}. Mise à jour du micrologiciel "
         "4.2.1 requise. Un technicien passera sur place.\n\nService à la clientèle")
    return dict(subject="Field safety notice IP-700" if lang == "en" else "Avis de sécurité IP-700", body=b, types=[],
                note="vendor safety notice with serial numbers", frm="support@medisupply.example", to="genie.biomedical@" + DOM)


def n_physician_disease(c, lang):
    r = c.rng; st = r.choice([s for s in STAFF if "MD" in s[2]])
    if lang == "fr":
        b = (f"Bienvenue à Dr {st[0]} {st[1]}, qui se joint à l'équipe et prendra en charge la clinique de myélome et "
             "d'amylose le mardi. Ses références : par le guichet d'hémato.")
        s = "Nouveau médecin - clinique myélome"
    else:
        b = (f"Please welcome Dr {st[0]} {st[1]}, joining us to run the Tuesday myeloma and amyloidosis clinic. Referrals via the heme intake.")
        s = "New physician - myeloma clinic"
    return dict(subject=s, body=b, types=[], note="physician named with the disease they treat")


def n_volunteer(c, lang):
    if lang == "fr":
        b = ("Les bénévoles en soins palliatifs recherchent des personnes pour les quarts de fin de semaine. Séance "
             "d'information le 20 novembre, 18h. Aucune expérience requise.")
        s = "Bénévolat soins palliatifs"
    else:
        b = "The palliative care volunteer program needs weekend volunteers. Info session Nov 20, 6 pm."
        s = "Palliative volunteers"
    return dict(subject=s, body=b, types=[], note="volunteer program notice")


def n_fundraising(c, lang):
    r = c.rng
    if lang == "fr":
        b = (f"La Fondation remercie les {r.randrange(300,900)} marcheurs du Relais pour l'espoir : {r.randrange(80,200)} 000 $ amassés "
             "pour l'achat d'un nouvel accélérateur linéaire. Merci aux équipes de radio-oncologie!")
        s = "Merci - Relais pour l'espoir"
    else:
        b = f"The Foundation thanks our {r.randrange(300,900)} walkers: ${r.randrange(80,200)},000 raised toward a new linac."
        s = "Thank you - Walk for Hope"
    return dict(subject=s, body=b, types=[], note="foundation fundraising thanks", frm="info@fondation-chus-ex.example")


def n_quality(c, lang):
    r = c.rng
    if lang == "fr":
        b = (f"Audit double vérification chimio (oct.) : {r.randrange(92,99)} % de conformité sur {r.randrange(150,300)} "
             "administrations. 3 écarts mineurs (signature manquante). Aucun préjudice.")
        s = "Résultats audit double vérification"
    else:
        b = f"Chemo independent double-check audit (Oct): {r.randrange(92,99)}% compliance over {r.randrange(150,300)} administrations."
        s = "Double-check audit results"
    return dict(subject=s, body=b, types=[], note="quality audit aggregate")


def n_oncall(c, lang):
    r = c.rng; docs = [s for s in STAFF if "MD" in s[2]]
    lines = [f"{d:02d}/12  {r.choice(docs)[1]}" for d in range(1, 8)]
    b = (("Garde hémato-onco décembre (semaine 1) :\n" if lang == "fr" else "Heme-onc call schedule, Dec week 1:\n")
         + "\n".join(lines) + ("\n\nPagette centrale : 819-555-0100" if lang == "fr" else "\n\nPaging: 819-555-0100"))
    return dict(subject="Garde décembre" if lang == "fr" else "December call schedule", body=b, types=[], note="physician on-call roster")


def n_payroll(c, lang):
    r = c.rng; emp = str(r.randrange(10000000, 99999999)); emp = emp + luhn.calc_check_digit(emp)
    if lang == "fr":
        b = (f"Bonjour,\n\nMa paie du 20 novembre n'inclut pas la prime de soir. Matricule {emp}, unité 7e hémato. "
             "Pouvez-vous vérifier?\n\nMerci")
        s = "Prime de soir manquante"
    else:
        b = f"Hi,\n\nMy Nov 20 pay is missing the evening premium. Employee number {emp}, 7th floor heme. Thanks"
        s = "Missing shift premium"
    return dict(subject=s, body=b, types=[], note="staff payroll issue with employee number", to="paie@" + DOM)


def n_directory(c, lang):
    r = c.rng
    b = (("Mise à jour du bottin :\n" if lang == "fr" else "Directory update:\n") +
         f"Clinique de jour : 819-555-0{r.randrange(110,199)}\nBanque de sang : 819-555-0{r.randrange(200,299)}\n"
         f"Radio-oncologie (accueil) : 819-555-0{r.randrange(300,399)}\nBureau des essais cliniques : 819-555-0{r.randrange(400,499)}\n"
         f"Télécopieur pharmacie : 819-555-0{r.randrange(500,599)}")
    return dict(subject="Bottin téléphonique" if lang == "fr" else "Phone directory", body=b, types=[], note="clinic phone directory")


def n_staff_ics(c, lang):
    r = c.rng; st = datetime.datetime(2026, 11, r.randrange(3, 28), 12, 0)
    ics = make_ics(f"mtg-{r.randrange(10**8)}@{DOM}", "Rencontre d'équipe - navigation" if lang == "fr" else "Navigation team meeting",
                   "Ordre du jour : charge de travail, nouveaux outils, vacances des fêtes.", st, 45, "Teams", "v.st-onge@" + DOM)
    b = "Invitation ci-jointe.\n" if lang == "fr" else "Invite attached.\n"
    return dict(subject="Invitation : rencontre d'équipe" if lang == "fr" else "Invitation: team meeting", body=b, types=[],
                note="staff meeting invitation", atts=[("invite.ics", "text", "calendar", ics)])


def n_staff_vcard(c, lang):
    st = c.rng.choice(STAFF)
    v = make_vcf(f"{st[0]} {st[1]}", st[1], st[0], "819-555-0142", "x@" + DOM, org="CHUS-Ex - Centre de cancérologie")
    b = "Voici mes coordonnées professionnelles.\n" if lang == "fr" else "My work contact card attached.\n"
    return dict(subject="Coordonnées" if lang == "fr" else "Contact info", body=b, types=[], note="staff business vCard",
                atts=[("carte.vcf", "text", "vcard", v)])


def n_lookalike_surname(c, lang):
    r = c.rng; p = r.choice(c.nams)
    if lang == "fr":
        b = (f"Bonjour,\n\nDr {p.surname} (radio-oncologie) sera absent le {c.when().strftime('%d/%m')}; ses cliniques sont "
             "couvertes par l'équipe. Réunion de service reportée.")
        s = f"Absence Dr {p.surname}"
    else:
        b = f"Hi,\n\nDr {p.surname} is away on {c.when().strftime('%b %d')}; clinics covered. Department meeting moved."
        s = f"Dr {p.surname} away"
    return dict(subject=s, body=b, types=[], note="physician absence notice (surname only, staff)")


def n_reply_admin(c, lang):
    st = c.staff()
    if lang == "fr":
        q = "Est-ce que quelqu'un a la clé de l'armoire des fournitures au 2e? La serrure est bloquée."
        b = "Oui, je l'ai. Je passe te la porter à 13h."
        s = "RE: clé armoire"
    else:
        q = "Does anyone have the supply cabinet key on 2nd? Lock is jammed."
        b = "I have it, will drop it off at 1."
        s = "RE: cabinet key"
    return dict(subject=s, body=b, types=[], note="reply on an administrative thread", quote=dict(frm=c.addr_of(st), subject=s[4:], body=q))


def n_fwd_admin(c, lang):
    st = c.staff()
    inner = ("Bonjour, les demandes de vacances des fêtes doivent être remises avant le 15 novembre. Merci." if lang == "fr"
             else "Holiday vacation requests are due by Nov 15. Thanks.")
    return dict(subject=("TR: " if lang == "fr" else "Fwd: ") + ("Vacances des fêtes" if lang == "fr" else "Holiday vacation"),
                body="FYI" if lang == "en" else "Pour info", types=[], note="forwarded HR reminder",
                fwd=dict(frm=c.addr_of(st), subject="Vacances", body=inner))


def n_fwd_att_admin(c, lang):
    st = c.staff()
    inner = ("Le nouveau photocopieur du 3e est installé. Code d'accès par département." if lang == "fr"
             else "The new 3rd floor copier is installed. Access codes by department.")
    return dict(subject="TR: photocopieur" if lang == "fr" else "Fwd: copier", body="Voir ci-joint." if lang == "fr" else "See below.",
                types=[], note="forwarded facilities message as attachment", fwd_att=dict(frm=c.addr_of(st), subject="Copieur", body=inner))


def n_guideline(c, lang):
    if lang == "fr":
        b = ("Rappel de l'algorithme neutropénie fébrile : antibiothérapie dans les 60 minutes, hémocultures x2, "
             "pipéracilline-tazobactam 4,5 g IV q6h si pas d'allergie. Affiche disponible sur l'intranet.")
        s = "Algorithme neutropénie fébrile"
    else:
        b = "Reminder: febrile neutropenia pathway - antibiotics within 60 min, blood cultures x2, pip-tazo 4.5 g IV q6h."
        s = "Febrile neutropenia pathway"
    return dict(subject=s, body=b, types=[], note="clinical guideline reminder, no patient")


def n_recruitment_poster(c, lang):
    if lang == "fr":
        b = ("Le bureau des essais cliniques recrute pour l'étude ONC-512 (cancer du sein HER2+ métastatique). Critères sur "
             "l'intranet. Référez les patients potentiels via le formulaire, pas par courriel.")
        s = "Étude en recrutement - ONC-512"
    else:
        b = "Trials office now recruiting for ONC-512 (metastatic HER2+ breast). Refer via the form, not by e-mail."
        s = "Now recruiting - ONC-512"
    return dict(subject=s, body=b, types=[], note="trial recruitment notice without patients")


def n_hr_roster_lookalike(c, lang):
    r = c.rng; lines = []
    for _ in range(r.randrange(4, 7)):
        st = r.choice(STAFF)
        lines.append(f"{st[1]:<14} {st[0][0]}.  {r.randrange(1000000,9999999)}  {r.choice(['RCR à renouveler','SIMDUT OK','vaccin grippe fait','masque N95 à refaire'])}")
    b = (("Suivi des formations obligatoires (matricule) :\n\n" if lang == "fr" else "Mandatory training tracker (employee #):\n\n")
         + "\n".join(lines))
    return dict(subject="Suivi formations" if lang == "fr" else "Training tracker", body=b, types=[], note="staff training roster with employee numbers")


NEG = [("staff_schedule", n_staff_schedule), ("sick_leave", n_sick_leave), ("training", n_training),
       ("newsletter", n_newsletter), ("drug_shortage", n_drug_shortage), ("invoice", n_invoice), ("purchase_order", n_po),
       ("conference", n_conference), ("board_notice", n_board_notice), ("job_posting", n_job), ("it_notice", n_it),
       ("parking", n_parking), ("cafeteria", n_cafeteria), ("statistics", n_stats), ("teaching_case", n_teaching),
       ("blank_form", n_blank_form), ("protocol_amendment", n_protocol_amend), ("blood_inventory", n_blood_inventory),
       ("public_health", n_public_health), ("minutes", n_minutes), ("vendor_notice", n_vendor),
       ("physician_disease", n_physician_disease), ("volunteer", n_volunteer), ("fundraising", n_fundraising),
       ("quality_audit", n_quality), ("oncall", n_oncall), ("payroll", n_payroll), ("directory", n_directory),
       ("staff_meeting_ics", n_staff_ics), ("staff_vcard", n_staff_vcard), ("physician_absence", n_lookalike_surname),
       ("reply_admin", n_reply_admin), ("forward_admin", n_fwd_admin), ("forward_eml_admin", n_fwd_att_admin),
       ("guideline", n_guideline), ("trial_recruiting", n_recruitment_poster), ("training_roster", n_hr_roster_lookalike),
       ("asset_inventory", n_asset_lookalike), ("supplier_setup", n_bn_supplier), ("trial_accrual", n_accrual),
       ("survey_results", n_survey), ("supplier_quote_fr", n_siret_fr), ("camp_volunteers", n_camp),
       ("room_booking", n_room)]


QUESTIONS = {"fr": ["Bonjour, as-tu des nouvelles pour ça? Merci", "Peux-tu me revenir là-dessus aujourd'hui svp?",
                    "Bonjour, où en est-on avec ce dossier?", "Petit rappel, merci!"],
             "en": ["Hi, any update on this? Thanks", "Can you get back to me today?", "Following up on this, thanks.",
                    "Gentle reminder!"]}
TOPS = {"fr": ["Pour suivi svp.", "FYI", "Voir plus bas.", "Peux-tu t'en occuper? Merci", "À traiter svp"],
        "en": ["FYI", "Please action.", "See below.", "Can you take care of this?", "For your records."]}


def wrap_thread(c, spec, lang):
    """Randomly turn a plain new message into a reply or a forward (label unchanged: content is kept)."""
    r = c.rng
    x = r.random()
    if spec.get("quote") or spec.get("fwd") or spec.get("fwd_att") or spec.get("html") or spec.get("frm"):
        return
    if x < 0.12:
        spec["quote"] = dict(frm=c.addr_of(c.staff()) if r.random() < 0.5 else c.ext(), subject=spec["subject"],
                             body=r.choice(QUESTIONS[lang]))
        spec["subject"] = ("RE: " if r.random() < 0.7 else "Re: ") + spec["subject"]
    elif x < 0.20:
        spec["fwd"] = dict(frm=c.addr_of(c.staff()), subject=spec["subject"], body=spec["body"])
        spec["body"] = r.choice(TOPS[lang])
        spec["subject"] = ("TR: " if lang == "fr" else "FW: ") + spec["subject"]
    elif x < 0.25 and not spec.get("atts"):
        spec["fwd_att"] = dict(frm=c.addr_of(c.staff()), subject=spec["subject"], body=spec["body"])
        spec["body"] = r.choice(TOPS[lang])
        spec["subject"] = ("TR: " if lang == "fr" else "Fwd: ") + spec["subject"]


NURSE = ["Tremblay", "Poirier-Landry", "Lamoureux"]
MDS = ["Roussel", "Auclair", "Benali"]
ADMIN = ["Drouin", "Bisson"]
RESEARCH = ["Vézina", "Klein"]
ROLES = {
    "chemo_booking": NURSE + ADMIN + MDS, "chemo_hold": NURSE, "radonc_referral": MDS + ADMIN, "sim_booking": ADMIN + ["Auclair"],
    "tumour_board_list": ADMIN + MDS, "transfusion_request": NURSE + MDS, "transfusion_reaction": ["McKenzie"] + NURSE,
    "critical_value": ["McKenzie", "Rousseau"], "palliative_consult": MDS + NURSE, "home_care": ["Benali", "Lefebvre"] + NURSE,
    "pharmacy_verif": ["Gendron"], "med_rec": ["Gendron"] + NURSE, "navigator_referral": ["Tremblay", "Lamoureux"],
    "trial_screening": MDS + RESEARCH, "trial_sae": RESEARCH, "transport": ADMIN + NURSE, "signout_list": NURSE + MDS,
    "discharge_pdf": MDS + ADMIN, "insurance_sin": MDS + ADMIN, "ontario_transfer": MDS + ADMIN, "belgian_niss": ["Roussel", "Benali"],
    "french_nir": ADMIN, "family_meeting_ics": ["Benali", "Lefebvre"], "patient_vcard": ["Tremblay", "Lamoureux"],
    "appointments_zip": ADMIN, "subject_only": MDS + NURSE, "disguised_nam": ADMIN + NURSE + RESEARCH, "social_work": ["Lefebvre"] + NURSE,
    "reply_result": MDS, "forward_eml": MDS + NURSE, "forward_inline": NURSE + ["Gendron"], "bmbx_booking": MDS + NURSE,
    "pathology_prelim": ["Rousseau"], "reschedule": ADMIN, "med_incident": ["St-Onge", "Gendron"], "same_surname": ADMIN + ["St-Onge"],
    "chart_number_only": ADMIN, "subject_body_split": MDS + NURSE, "html_schedule": NURSE + ADMIN, "physics_qa": ["Nantel"],
    "peds_transfusion": ["Lamoureux", "Roussel"], "fertility_referral": MDS + NURSE,
    "staff_schedule": ["Poirier-Landry", "St-Onge"], "training": ["St-Onge", "Bédard"], "newsletter": ["St-Onge"],
    "drug_shortage": ["Gendron"], "purchase_order": ADMIN + ["St-Onge"], "conference": ADMIN, "board_notice": ADMIN,
    "statistics": ["St-Onge"], "teaching_case": MDS, "blank_form": ["McKenzie"], "protocol_amendment": RESEARCH,
    "blood_inventory": ["McKenzie"], "minutes": ADMIN, "physician_disease": ["St-Onge"], "quality_audit": ["St-Onge", "Gendron"],
    "oncall": ADMIN, "directory": ADMIN + ["Fecteau"], "staff_meeting_ics": ["St-Onge"], "physician_absence": ADMIN,
    "guideline": ["Gendron"] + MDS, "trial_recruiting": RESEARCH, "training_roster": ["Bédard", "St-Onge"],
    "asset_inventory": ["Poirier-Landry"], "trial_accrual": RESEARCH, "survey_results": ["St-Onge"], "room_booking": ADMIN + RESEARCH,
}

# ---------------------------------------------------------------- message assembly
def to_html(text, cs="utf-8"):
    paras = text.split("\n\n")
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\"></head>" % cs + "<body style=\"font-family:Calibri,Arial\">"
            + "".join("<p>" + html.escape(p).replace("\n", "<br>\n") + "</p>\n" for p in paras) + "</body></html>\n")


def enc_ok(text, cs):
    try:
        text.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def simple_msg(frm, to, subject, body, date, mid):
    m = EmailMessage()
    m["From"] = frm; m["To"] = to; m["Subject"] = subject
    m["Date"] = format_datetime(date); m["Message-ID"] = mid
    m.set_content(body, charset="utf-8", cte="quoted-printable")
    return m


def assemble(c, spec, lang, idx, kind):
    r = c.rng
    if spec.get("by"):
        st = [x for x in STAFF if x[1] == spec["by"]][0]
    elif kind == "p":
        st = r.choice([x for x in STAFF if x[1] not in ("Fecteau", "Bédard", "Nantel")])
    else:
        st = c.staff()
    frm = spec.get("frm") or c.addr_of(st)
    if kind == "p":
        to = spec.get("to") or (c.ext() if r.random() < 0.55 else c.addr_of(c.staff()))
    else:
        lists = ["liste-oncologie@", "tous-cancerologie@", "equipe-hemato@", "clinique-jour@", "radio-onco@"]
        to = spec.get("to") or (r.choice(lists) + DOM if r.random() < 0.5 else
                                c.addr_of(c.staff()) if r.random() < 0.6 else c.ext())
    date = c.when().replace(tzinfo=datetime.timezone(datetime.timedelta(hours=-5)))
    mid = "<%s.%d.%s@%s>" % (date.strftime("%Y%m%d%H%M"), idx, "%06x" % r.randrange(16 ** 6), DOM)
    body = spec["body"]
    if not spec.get("nosig") and not spec.get("frm"):
        body = body.rstrip("\n") + "\n" + c.sig(st, lang)
    q = spec.get("quote")
    if q:
        qd = date - datetime.timedelta(hours=r.randrange(1, 30))
        hdr = ("Le %s, %s a écrit :" % (qd.strftime("%d/%m/%Y %H:%M"), q["frm"]) if lang == "fr"
               else "On %s, %s wrote:" % (qd.strftime("%a, %b %d, %Y at %H:%M"), q["frm"]))
        body += "\n\n" + hdr + "\n" + "\n".join("> " + l for l in q["body"].splitlines()) + "\n"
    f = spec.get("fwd")
    if f:
        fd = date - datetime.timedelta(hours=r.randrange(1, 50))
        if lang == "fr":
            body += ("\n\n---------- Message transféré ----------\nDe : %s\nDate : %s\nObjet : %s\nÀ : %s\n\n%s\n"
                     % (f["frm"], fd.strftime("%d/%m/%Y %H:%M"), f["subject"], c.addr_of(st), f["body"]))
        else:
            body += ("\n\n-----Original Message-----\nFrom: %s\nSent: %s\nSubject: %s\nTo: %s\n\n%s\n"
                     % (f["frm"], fd.strftime("%A, %B %d, %Y %I:%M %p"), f["subject"], c.addr_of(st), f["body"]))
    atts = list(spec.get("atts") or [])
    fa = spec.get("fwd_att")
    inner = None
    if fa:
        inner = simple_msg(fa["frm"], c.addr_of(st), fa["subject"], fa["body"],
                           date - datetime.timedelta(days=1), "<fw%d.%06x@%s>" % (idx, r.randrange(16 ** 6), DOM))

    cs = r.choice(["utf-8", "utf-8", "iso-8859-1", "windows-1252"])
    if not enc_ok(body, cs) or not enc_ok(spec.get("html") or "", cs):
        cs = "utf-8"
    cte = r.choice(["quoted-printable", "base64", "8bit", "quoted-printable"])
    if spec.get("force_mode"):
        mode = spec["force_mode"]
    elif atts or inner:
        mode = r.choice(["mixed", "mixed", "mixed_alt"])
    else:
        mode = r.choice(["plain", "plain", "plain", "html", "alt", "alt"])
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if r.random() < 0.3:
        m["Cc"] = c.addr_of(c.staff())
    m["Subject"] = spec["subject"]
    m["Date"] = format_datetime(date)
    m["Message-ID"] = mid
    if q:
        m["In-Reply-To"] = "<orig.%d@%s>" % (idx, DOM)
        m["References"] = "<orig.%d@%s>" % (idx, DOM)
    if r.random() < 0.3:
        m["X-Mailer"] = r.choice(["Microsoft Outlook 16.0", "Zimbra 10.0", "Thunderbird 128.3"])
    hb = spec.get("html") or to_html(body, cs)
    if mode == "html":
        m.set_content(hb, subtype="html", charset=cs, cte=cte)
    else:
        m.set_content(body, charset=cs, cte=cte)
        if mode in ("alt", "mixed_alt"):
            m.add_alternative(hb, subtype="html", charset=cs, cte=r.choice(["quoted-printable", "base64"]))
    for fn, mt, sub, data in atts:
        if mt == "text":
            m.add_attachment(data.decode("utf-8"), subtype=sub, charset="utf-8", cte="quoted-printable", filename=fn)
        else:
            m.add_attachment(data, maintype=mt, subtype=sub, filename=fn)
    if inner is not None:
        m.add_attachment(inner)
    k = 0
    for part in m.walk():
        if part.get_content_maintype() == "multipart":
            k += 1
            part.set_boundary("=_%s_%d_%08x" % (kind, k, r.randrange(16 ** 8)))
    crlf = r.random() < 0.5
    return m.as_bytes(policy=policy.default.clone(linesep="\r\n" if crlf else "\n")), mode, cs, cte, crlf


# ---------------------------------------------------------------- check
def check_file(data):
    m = message_from_bytes(data, policy=policy.default)
    probs = list(m.defects)
    for part in m.walk():
        probs += list(part.defects)
        if part.is_multipart():
            continue
        try:
            part.get_content()
        except Exception as e:  # pragma: no cover
            probs.append(repr(e))
    return probs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--out", default=HERE)
    ap.add_argument("--pos", type=int, default=120)
    ap.add_argument("--neg", type=int, default=180)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    c = Ctx(rng)
    out = a.out
    for sub in ("positive", "negative"):
        d = os.path.join(out, sub)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    labels = {}
    stats = {"cat": {}, "lang": {}, "mode": {}, "cs": {}, "cte": {}, "eol": {}, "thread": {}, "attachment": {}}

    def plan(cats, n, fr_only, en_only):
        seq = []
        while len(seq) < n:
            order = list(cats)
            rng.shuffle(order)
            seq.extend(order)
        return seq[:n]

    jobs = [("p", x) for x in plan(POS, a.pos, FR_ONLY, EN_ONLY)] + [("n", x) for x in plan(NEG, a.neg, set(), set())]
    counters = {"p": 0, "n": 0}
    for kind, (cat, fn) in jobs:
        counters[kind] += 1
        i = counters[kind]
        if cat in FR_ONLY or cat.endswith("_fr"):
            lang = "fr"
        elif cat.endswith("_en"):
            lang = "en"
        else:
            lang = "fr" if rng.random() < 0.6 else "en"
        spec = fn(c, lang)
        lang = spec.get("lang", lang)
        if not spec.get("by") and cat in ROLES:
            spec["by"] = rng.choice(ROLES[cat])
        wrap_thread(c, spec, lang)
        data, mode, cs, cte, crlf = assemble(c, spec, lang, i, kind)
        probs = check_file(data)
        if probs:
            raise SystemExit("defects in %s %s: %s" % (kind, cat, probs))
        rel = "%s/%s%03d_%s.eml" % ("positive" if kind == "p" else "negative", kind, i, cat)
        with open(os.path.join(out, rel), "wb") as fh:
            fh.write(data)
        types = spec["types"]
        if kind == "p":
            assert types, cat
        else:
            assert not types, cat
        labels[rel] = {"confidential": kind == "p", "types": sorted(set(types)), "lang": lang, "note": spec["note"]}
        key = ("P:" if kind == "p" else "N:") + cat
        stats["cat"][key] = stats["cat"].get(key, 0) + 1
        for k, v in (("lang", lang), ("mode", mode), ("cs", cs), ("cte", cte), ("eol", "CRLF" if crlf else "LF")):
            stats[k][v] = stats[k].get(v, 0) + 1
        th = "reply_quoted" if spec.get("quote") else "forward_inline" if spec.get("fwd") else "forward_as_attachment" if spec.get("fwd_att") else "new"
        stats["thread"][th] = stats["thread"].get(th, 0) + 1
        for a_ in spec.get("atts") or []:
            ext_ = a_[0].rsplit(".", 1)[-1]
            stats["attachment"][ext_] = stats["attachment"].get(ext_, 0) + 1
        if kind == "p":
            stats.setdefault("lang_p", {}); stats["lang_p"][lang] = stats["lang_p"].get(lang, 0) + 1
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    # self-check
    files = sorted("%s/%s" % (s, f) for s in ("positive", "negative") for f in os.listdir(os.path.join(out, s)))
    assert files == sorted(labels), "labels do not cover files exactly"
    h = hashlib.sha256()
    for f in files + ["labels.json"]:
        with open(os.path.join(out, f), "rb") as fh:
            b = fh.read()
        if f.endswith(".eml"):
            assert not check_file(b), f
        h.update(f.encode() + b"\0" + b + b"\0")
    npos = sum(1 for f in files if f.startswith("positive/"))
    print("positives:", npos, "negatives:", len(files) - npos)
    print("categories: P=%d N=%d" % (len({k for k in stats["cat"] if k.startswith("P:")}),
                                     len({k for k in stats["cat"] if k.startswith("N:")})))
    for k in ("cat", "lang", "lang_p", "mode", "cs", "cte", "eol", "thread", "attachment"):
        print(k, json.dumps(dict(sorted(stats.get(k, {}).items())), ensure_ascii=False))
    print("sha256:", h.hexdigest())


if __name__ == "__main__":
    main()
