#!/usr/bin/env python3
"""Seeded, deterministic generator of a synthetic outbound-mail corpus (health network, QC/ON)."""
import argparse, csv, hashlib, io, json, os, random, re, sys, zipfile, datetime
from email import policy, message_from_bytes
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from stdnum.ca import sin as SIN
from stdnum.be import nn as NN
from stdnum.fr import nir as NIR
from stdnum import luhn

SEED = 8585
HERE = os.path.dirname(os.path.abspath(__file__))
# The synthetic NAMs every blind writer was given, shared by the blind corpora in tests/blind_nams.txt.
NAMS_FILE = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, 'blind_nams.txt')

# ---------------------------------------------------------------- pools
NAMS = []
for ln in open(NAMS_FILE, encoding="utf-8"):
    if ln.startswith("#") or not ln.strip():
        continue
    s, g, d, x, n = ln.split()
    NAMS.append(dict(sur=s, giv=g, dob=d, sex=x, nam=n))

STAFF_FR = ["Isabelle Tremblay", "Mathieu Bergeron", "Chantal Côté", "Julie Ménard", "Éric Gosselin",
            "Sophie Lavoie", "François Dubé", "Karine Lemieux", "Nicolas Hébert", "Annie Desjardins",
            "Patrick Vézina", "Marie-Ève Charest", "Stéphane Labbé", "Valérie Poulin", "Louis-Philippe Roy"]
STAFF_EN = ["Jennifer Walsh", "Michael O'Brien", "Priya Raman", "David Kowalski", "Sarah Mitchell",
            "Kevin Chen", "Laura Fitzgerald", "Ahmed Haddad", "Rachel Stein", "Tom Grant",
            "Emily Nguyen", "Brian McKay", "Olivia Patel", "Daniel Rossi", "Heather Campbell"]
PAT_EN = [("Kowalczyk", "Anna", "F"), ("Singh", "Harpreet", "M"), ("Doyle", "Patrick", "M"),
          ("Ferreira", "Lucia", "F"), ("Baker", "Gordon", "M"), ("Okafor", "Grace", "F"),
          ("Lindqvist", "Erik", "M"), ("Moreau", "Janet", "F"), ("Hughes", "Walter", "M"),
          ("Zhang", "Wei", "M"), ("Abbott", "Carol", "F"), ("Reid", "Margaret", "F")]
PAT_BE = [("Vandenberghe", "Luc", "M"), ("Dupont", "Martine", "F"), ("Peeters", "Jan", "M"),
          ("Lambert", "Anne-Sophie", "F"), ("Wouters", "Hélène", "F")]
PAT_FR = [("Lefèvre", "Jacques", "M"), ("Girard", "Camille", "F"), ("Mercier", "Olivier", "M"),
          ("Rousseau", "Brigitte", "F"), ("Faure", "Thierry", "M")]
CLIN_FR = ["Clinique médicale du Plateau", "GMF des Deux-Rives", "CLSC Saint-Laurent-Nord",
           "Polyclinique de la Chaudière", "GMF-U Villeray-Est"]
CLIN_EN = ["Riverside Family Health Team", "Ottawa East Medical Clinic", "Westmount Community Clinic",
           "Kingston Lakeshore FHT", "Cornwall Valley Medical"]
UNITS = ["4B", "5 Nord", "6 Sud", "7A", "URG", "SI", "3C", "Gériatrie 2"]
DOM_IN = ["chu-exemple.example", "cisss-riveraine.example", "hopital-montclair.example"]
DOM_ON = ["ottawa-health.example", "lakeshore-hosp.example"]
DOM_OUT = ["gmf-deuxrives.example", "clinique-plateau.example", "riversidefht.example", "pharmaciecentre.example",
           "assureur-vie.example", "sunmed-insurance.example", "transport-adapte.example", "cliniquesante.example",
           "soinsdomicile.example", "lab-biomed.example", "univ-recherche.example", "vendor-meditech.example",
           "gmail.example", "videotron.example", "chu-liege.example", "aphp-nord.example"]
DX_FR = ["insuffisance cardiaque décompensée", "MPOC exacerbée", "pneumonie communautaire", "FA rapide",
         "diabète type 2 mal contrôlé", "IRC stade 4", "cellulite jambe G", "fracture hanche D",
         "dépression majeure", "AVC ischémique sylvien G", "néo pulmonaire (adénocarcinome)", "pyélonéphrite"]
DX_EN = ["CHF exacerbation", "COPD exacerbation", "community-acquired pneumonia", "rapid AF",
         "poorly controlled T2DM", "CKD stage 4", "left leg cellulitis", "R hip fracture",
         "major depressive disorder", "L MCA ischemic stroke", "NSCLC (adenocarcinoma)", "pyelonephritis"]
MEDS = ["apixaban 5 mg BID", "metformine 1000 mg BID", "furosémide 40 mg DIE", "warfarine 3 mg",
        "insuline glargine 22 U HS", "hydromorphone 1 mg q4h PRN", "sertraline 100 mg", "ramipril 10 mg",
        "prednisone 40 mg x5j", "méthadone 60 mg DIE", "lithium 300 mg TID", "pip-tazo 4,5 g IV q8h"]
LABS = [("K+", "6.4", "mmol/L"), ("Hb", "62", "g/L"), ("INR", "5.8", ""), ("Na+", "118", "mmol/L"),
        ("Troponine hs", "812", "ng/L"), ("Créatinine", "412", "µmol/L"), ("Glucose", "1.9", "mmol/L"),
        ("Lactate", "5.1", "mmol/L"), ("Plaquettes", "18", "x10^9/L")]
DISCLAIMER_FR = ("AVIS DE CONFIDENTIALITÉ : Ce courriel peut contenir des renseignements confidentiels. "
                 "Si vous l'avez reçu par erreur, veuillez en aviser l'expéditeur et le détruire.")
DISCLAIMER_EN = ("CONFIDENTIALITY NOTICE: This e-mail may contain privileged information. If you received it "
                 "in error, please notify the sender and delete it.")


class G:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.nam_i = 0

    # ---------------------------------------------------------- identifiers
    def nam_person(self):
        p = NAMS[self.nam_i % len(NAMS)]
        self.nam_i += 1
        return p

    def sin(self):
        while True:
            b = str(self.r.choice([1, 2, 3, 4, 5, 6, 7, 9])) + "".join(str(self.r.randint(0, 9)) for _ in range(7))
            v = b + luhn.calc_check_digit(b)
            if SIN.is_valid(v):
                return v

    def ohn(self):
        b = str(self.r.randint(1, 9)) + "".join(str(self.r.randint(0, 9)) for _ in range(8))
        v = b + luhn.calc_check_digit(b)
        assert luhn.is_valid(v)
        return v

    def niss(self, dob, sex):
        y, m, d = dob.split("-")
        seq = self.r.randrange(1, 997)
        if (seq % 2 == 1) != (sex == "M"):
            seq += 1
        base = y[2:] + m + d + "%03d" % seq
        n = int(("2" + base) if int(y) >= 2000 else base)
        v = base + "%02d" % (97 - n % 97)
        assert NN.is_valid(v), v
        return v

    def nir(self, dob, sex):
        y, m, _ = dob.split("-")
        dep = self.r.choice(["75", "59", "69", "13", "33", "93"])
        base = ("1" if sex == "M" else "2") + y[2:] + m + dep + "%03d%03d" % (self.r.randint(1, 999), self.r.randint(1, 999))
        v = base + "%02d" % (97 - int(base) % 97)
        assert NIR.is_valid(v), v
        return v

    def mrn(self):
        k = self.r.randrange(5)
        if k == 0: return "%07d" % self.r.randint(1000000, 9999999)
        if k == 1: return "%08d" % self.r.randint(10000000, 99999999)
        if k == 2: return "M%07d" % self.r.randint(0, 9999999)
        if k == 3: return "H-%06d" % self.r.randint(0, 999999)
        return "%02d-%05d" % (self.r.randint(10, 99), self.r.randint(0, 99999))

    def dob(self, lo=1930, hi=2015):
        return "%d-%02d-%02d" % (self.r.randint(lo, hi), self.r.randint(1, 12), self.r.randint(1, 28))

    def pick(self, seq):
        return self.r.choice(seq)


FW = str.maketrans("0123456789", "０１２３４５６７８９")


def fmt_nam(g, n, style=None):
    s = style if style is not None else g.r.randrange(5)
    if s == 0: return n
    if s == 1: return "%s %s %s" % (n[:4], n[4:8], n[8:])
    if s == 2: return "%s-%s-%s" % (n[:4], n[4:8], n[8:])
    if s == 3: return n.lower()
    if s == 4: return "%s.%s.%s" % (n[:4], n[4:8], n[8:])
    if s == 5: return n[:4] + n[4:].translate(FW)
    return " ".join(n)


def fmt_digits(g, v, groups, style=None):
    s = style if style is not None else g.r.randrange(4)
    parts, i = [], 0
    for k in groups:
        parts.append(v[i:i + k]); i += k
    if s == 0: return v
    if s == 1: return " ".join(parts)
    if s == 2: return "-".join(parts)
    return ".".join(parts)


def fr_date(d):
    y, m, dd = d.split("-")
    return "%s/%s/%s" % (dd, m, y)


def hon(lang, sex):
    if lang == "fr":
        return "Mme" if sex == "F" else "M."
    return "Ms." if sex == "F" else "Mr."


def born(sex):
    return "née" if sex == "F" else "né"


def pron(sex):
    return ("she", "her") if sex == "F" else ("he", "his")


def sig(g, lang, name=None, dom=None):
    if lang == "fr":
        name = name or g.pick(STAFF_FR)
        title = g.pick(["inf. clin.", "agente administrative", "M.D., FRCPC", "pharmacienne", "T.S.",
                        "coordonnateur", "secrétaire médicale", "inf. aux.", "M.D.", "chef de service"])
        return "\n--\n%s, %s\n%s\nCentre hospitalier universitaire Exemple\n1200, boul. des Érables, Québec (Québec) G1X 0A5\nTél. : 418 555-%04d poste %d" % (
            name, title, g.pick(["Médecine interne", "Bureau des admissions", "Pharmacie", "Service social",
                                "Centrale de rendez-vous", "Ressources humaines", "Informatique", "Soins à domicile"]),
            g.r.randint(1000, 9999), g.r.randint(2000, 7999))
    name = name or g.pick(STAFF_EN)
    title = g.pick(["RN", "MD, FRCPC", "Unit Clerk", "RPh", "MSW, RSW", "Coordinator", "NP", "Manager"])
    return "\n--\n%s, %s\n%s\nLakeshore Regional Health\n450 Harbour Rd, Kingston ON K7L 0B1\nT 613-555-%04d ext. %d" % (
        name, title, g.pick(["General Internal Medicine", "Patient Registration", "Pharmacy", "Social Work",
                             "Central Booking", "Human Resources", "IT Service Desk", "Home and Community Care"]),
        g.r.randint(1000, 9999), g.r.randint(2000, 7999))


def quote(text):
    return "\n".join("> " + l if l else ">" for l in text.split("\n"))

# ---------------------------------------------------------------- attachments


FIXED_DT = (2026, 3, 1, 8, 0, 0)


def normalize_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zo:
        for info in sorted(zin.infolist(), key=lambda i: i.filename):
            b = zin.read(info.filename)
            if info.filename.endswith("core.xml"):
                b = re.sub(rb">\d{4}-\d\d-\d\dT[0-9:.]+Z?<", b">2026-03-01T08:00:00Z<", b)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zo.writestr(zi, b)
    return out.getvalue()


def make_pdf(title, lines):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(title)
    y = 740
    c.setFont("Helvetica-Bold", 13); c.drawString(60, y, title); y -= 28
    c.setFont("Helvetica", 10)
    for l in lines:
        c.drawString(60, y, l); y -= 15
        if y < 60:
            c.showPage(); c.setFont("Helvetica", 10); y = 740
    c.save()
    return buf.getvalue()


def make_docx(title, paras, table=None):
    import docx
    d = docx.Document()
    d.core_properties.created = datetime.datetime(2026, 3, 1, 8, 0, 0)
    d.core_properties.modified = datetime.datetime(2026, 3, 1, 8, 0, 0)
    d.core_properties.author = "CHU Exemple"
    d.add_heading(title, 1)
    for p in paras:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        for row in table:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = str(v)
    b = io.BytesIO(); d.save(b)
    return normalize_zip(b.getvalue())


def make_xlsx(sheet, rows):
    import openpyxl
    wb = openpyxl.Workbook()
    wb.properties.created = datetime.datetime(2026, 3, 1, 8, 0, 0)
    wb.properties.modified = datetime.datetime(2026, 3, 1, 8, 0, 0)
    wb.properties.creator = "CHU Exemple"
    ws = wb.active; ws.title = sheet
    for r in rows:
        ws.append(list(r))
    b = io.BytesIO(); wb.save(b)
    return normalize_zip(b.getvalue())


def make_csv(rows, sep=","):
    b = io.StringIO()
    w = csv.writer(b, delimiter=sep, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return b.getvalue()


def make_ics(summary, desc, start, loc):
    s = start.strftime("%Y%m%dT%H%M%S")
    e = (start + datetime.timedelta(minutes=45)).strftime("%Y%m%dT%H%M%S")
    uid = hashlib.sha1((summary + s).encode()).hexdigest()[:16]
    desc = desc.replace("\n", "\\n").replace(",", "\\,")
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//CHU Exemple//Agenda//FR\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:%s@chu-exemple.example\r\nDTSTAMP:20260301T080000Z\r\nDTSTART;TZID=America/Toronto:%s\r\n"
            "DTEND;TZID=America/Toronto:%s\r\nSUMMARY:%s\r\nLOCATION:%s\r\nDESCRIPTION:%s\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n") % (
        uid, s, e, summary.replace(",", "\\,"), loc.replace(",", "\\,"), desc)


def make_vcf(fn, org, tel, adr, note=""):
    n = fn.split(" ", 1)
    v = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:%s\r\nN:%s;%s;;;\r\n" % (fn, n[-1], n[0])
    if org: v += "ORG:%s\r\n" % org
    v += "TEL;TYPE=HOME,VOICE:%s\r\nADR;TYPE=HOME:;;%s\r\n" % (tel, adr)
    if note: v += "NOTE:%s\r\n" % note.replace(",", "\\,")
    return v + "END:VCARD\r\n"


def make_zip(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=FIXED_DT); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return out.getvalue()

# ---------------------------------------------------------------- helpers for patients


def patient(g, lang, kind=None):
    """Return dict with name, sex, dob and one identifier (kind: nam, ohn, sin, niss, nir, mrn)."""
    kind = kind or ("nam" if lang == "fr" else g.pick(["nam", "ohn", "ohn", "mrn"]))
    if kind == "nam":
        p = g.nam_person()
        return dict(sur=p["sur"], giv=p["giv"], sex=p["sex"], dob=p["dob"], id=p["nam"], kind="nam")
    pool = {"niss": PAT_BE, "nir": PAT_FR}.get(kind, PAT_EN if lang == "en" else PAT_EN + PAT_FR)
    s, gv, x = g.pick(pool)
    d = g.dob()
    v = {"ohn": g.ohn, "sin": g.sin, "mrn": g.mrn}.get(kind)
    if kind == "niss": v = g.niss(d, x)
    elif kind == "nir": v = g.nir(d, x)
    else: v = v()
    return dict(sur=s, giv=gv, sex=x, dob=d, id=v, kind=kind)


TYPEOF = {"nam": "ramq_nam", "ohn": "ca_health_number", "sin": "ca_sin", "niss": "be_niss", "nir": "fr_nir", "mrn": "mrn"}


def idstr(g, p, style=None):
    k = p["kind"]
    if k == "nam": return fmt_nam(g, p["id"], style)
    if k == "ohn": return fmt_digits(g, p["id"], (4, 3, 3), style)
    if k == "sin": return fmt_digits(g, p["id"], (3, 3, 3), style)
    if k == "niss": return fmt_digits(g, p["id"], (2, 2, 2, 3, 2), style)
    if k == "nir": return fmt_digits(g, p["id"], (1, 2, 2, 2, 3, 3, 2), 1 if style is None else style)
    return p["id"]


def idlabel(lang, p):
    k = p["kind"]
    if lang == "fr":
        return {"nam": g_choice(["NAM", "RAMQ", "no RAMQ", "Carte soleil"]), "niss": "NISS", "nir": "NIR",
                "mrn": g_choice(["dossier", "no dossier", "MRN", "# dossier"]), "ohn": "carte santé ON",
                "sin": "NAS"}[k]
    return {"nam": g_choice(["RAMQ", "Medicare #", "RAMQ #"]), "ohn": g_choice(["OHIP", "HCN", "OHIP #", "Health card"]),
            "mrn": g_choice(["MRN", "Chart #", "Chart"]), "sin": "SIN", "niss": "NISS", "nir": "NIR"}[k]


_GC = [None]


def g_choice(seq):
    return _GC[0].pick(seq)


def fullname(g, p, lang):
    s = g.r.randrange(4)
    if s == 0: return "%s %s" % (p["giv"], p["sur"])
    if s == 1: return "%s, %s" % (p["sur"].upper(), p["giv"])
    if s == 2: return "%s %s %s" % (hon(lang, p["sex"]), p["giv"], p["sur"])
    return "%s %s" % (p["sur"], p["giv"])


def addr(g, lang):
    if lang == "fr":
        return "%d, rue %s, %s (Québec) %s" % (g.r.randint(10, 9999), g.pick(["des Lilas", "Saint-Jean", "Principale", "de la Montagne", "Cartier"]),
                                                 g.pick(["Lévis", "Québec", "Montmagny", "Laval", "Sherbrooke"]), g.pick(["G6V 2K3", "G1R 4P1", "G5V 1B8", "H7N 3C2"]))
    return "%d %s, %s ON %s" % (g.r.randint(10, 9999), g.pick(["Maple Ave", "King St W", "Bayview Dr", "Elm Cres", "Princess St"]),
                                g.pick(["Kingston", "Ottawa", "Cornwall", "Brockville"]), g.pick(["K7L 2V4", "K1N 5T2", "K6H 1A9"]))


def phone(g, area=None):
    return "%s-555-%04d" % (area or g.pick(["418", "581", "514", "819", "613", "343"]), g.r.randint(100, 9999))


def out_addr(g):
    return "%s@%s" % (g.pick(["secretariat", "accueil", "info", "rv", "referrals", "dr.lamarre", "j.osei", "triage", "admin",
                              "m.beaulieu", "intake", "reception"]), g.pick(DOM_OUT))


def in_addr(g, lang):
    n = g.pick(STAFF_FR if lang == "fr" else STAFF_EN)
    import unicodedata
    a = unicodedata.normalize("NFKD", n).encode("ascii", "ignore").decode().lower().replace(" ", ".").replace("'", "")
    dom = g.pick(DOM_IN) if lang == "fr" else g.pick(DOM_ON + DOM_IN[:1])
    return n, "%s@%s" % (a, dom)

# ---------------------------------------------------------------- POSITIVE templates
def P_referral(g, lang):
    p = patient(g, lang); fr = lang == "fr"
    dx = g.r.randrange(len(DX_FR)); nm = fullname(g, p, lang)
    if fr:
        s = g.pick(["Référence en cardiologie", "Demande de consultation - %s" % p["sur"], "réf. pneumo svp", "Consultation urgente"])
        b = ("Bonjour,\n\nMerci de voir en consultation %s, %s le %s (%s : %s), pour %s.\n"
             "Suivi au GMF depuis 2019. Médication actuelle : %s.\nPriorité : %s.\n\nMerci!\n") % (
            nm, born(p["sex"]), fr_date(p["dob"]), idlabel(lang, p), idstr(g, p), DX_FR[dx], g.pick(MEDS), g.pick(["P2 (< 10 j)", "P3", "urgent"]))
    else:
        s = g.pick(["Referral - cardiology", "New referral: %s" % p["sur"], "consult request GIM", "Referral"])
        b = ("Hi,\n\nPlease see %s (DOB %s, %s %s) for %s. Currently on %s.\nPrevious echo attached to chart.\n"
             "Urgency: %s\n\nThanks,\n") % (nm, p["dob"], idlabel(lang, p), idstr(g, p), DX_EN[dx], g.pick(MEDS), g.pick(["semi-urgent", "routine", "urgent"]))
    return dict(cat="referral", subj=s, body=b, types=["patient_name", TYPEOF[p["kind"]], "date_of_birth", "diagnosis", "medication"],
                note="referral naming a patient with identifier, DOB, diagnosis and medication")


def P_signout(g, lang):
    fr = lang == "fr"; rows = []; types = {"patient_name", "diagnosis"}
    for i in range(g.r.randint(3, 6)):
        p = patient(g, lang, g.pick(["nam", "mrn", "mrn"]) if fr else g.pick(["mrn", "ohn"]))
        dx = g.r.randrange(len(DX_FR))
        rows.append("%s. Ch %d%s - %s %s (%s) - %s - %s" % (
            i + 1, g.r.randint(401, 699), g.pick("ABCD"), p["sur"].upper() if g.r.random() < .5 else p["sur"], p["giv"][0] + ".", idstr(g, p),
            DX_FR[dx] if fr else DX_EN[dx],
            g.pick(["f/u K+ AM", "NPO minuit", "réévaluer ATB" if fr else "reassess abx", "DNR", "famille appelle ce soir" if fr else "family to call",
                    "surv. glycémies" if fr else "watch sugars", "hémocultures pending" if fr else "BCx pending"])))
        types.add(TYPEOF[p["kind"]])
    s = g.pick(["Liste de relève %s - nuit" % g.pick(UNITS), "signout", "Passation équipe B", "Relève 19h"]) if fr else g.pick(
        ["Sign-out GIM team %d" % g.r.randint(1, 4), "handover tonight", "Signout list", "night float list"])
    b = ("Salut,\nVoici la liste pour ce soir :\n\n" if fr else "Hey,\nList for tonight below:\n\n") + "\n".join(rows) + "\n"
    return dict(cat="signout_list", subj=s, body=b, types=sorted(types), note="handover list of several inpatients with identifiers and diagnoses")


def P_booking(g, lang):
    p = patient(g, lang); fr = lang == "fr"; nm = fullname(g, p, lang)
    exam = g.pick(["coloscopie", "IRM lombaire", "échographie abdominale", "TDM thorax", "ÉPR"]) if fr else g.pick(
        ["colonoscopy", "MRI L-spine", "abdo ultrasound", "CT chest", "PFTs"])
    tel = phone(g)
    if fr:
        s = g.pick(["RV à déplacer", "Demande de rendez-vous", "Re: report %s" % exam, "Prise de RDV"])
        b = ("Bonjour,\nLe RV de %s (%s %s) pour %s du %d mars doit être reporté. %s joignable au %s. "
             "Préfère les avant-midis.\nMerci de confirmer.\n") % (nm, idlabel(lang, p), idstr(g, p), exam, g.r.randint(2, 28),
                                                             "Patiente" if p["sex"] == "F" else "Patient", tel)
    else:
        s = g.pick(["Rebook request", "Appointment change", "Booking: %s" % exam, "Re: reschedule"])
        b = ("Hi team,\nCan we move %s's %s (%s %s) to next week? Pt can be reached at %s (home). Mornings only.\n") % (
            nm, exam, idlabel(lang, p), idstr(g, p), tel)
    return dict(cat="booking", subj=s, body=b, types=["patient_name", TYPEOF[p["kind"]], "patient_contact"],
                note="booking change for a named patient with identifier and phone")


def P_critical(g, lang):
    p = patient(g, lang); fr = lang == "fr"; l = g.pick(LABS)
    if fr:
        s = g.pick(["VALEUR CRITIQUE", "Valeur critique - %s" % l[0], "URGENT résultat labo"])
        b = "Valeur critique à communiquer au médecin traitant :\nPatient : %s\n%s : %s\nDDN : %s\n%s = %s %s (prélevé %02d:%02d)\nAppelé au GMF, pas de réponse.\n" % (
            fullname(g, p, lang), idlabel(lang, p), idstr(g, p), fr_date(p["dob"]), l[0], l[1], l[2], g.r.randint(0, 23), g.r.randint(0, 59))
    else:
        s = g.pick(["CRITICAL VALUE", "Critical lab - %s" % l[0], "urgent result"])
        b = "Critical result for ordering MD:\n%s, DOB %s, %s %s\n%s %s %s\nPlease acknowledge.\n" % (
            fullname(g, p, lang), p["dob"], idlabel(lang, p), idstr(g, p), l[0], l[1], l[2])
    return dict(cat="critical_value", subj=s, body=b, types=["patient_name", TYPEOF[p["kind"]], "date_of_birth", "lab_result"],
                note="critical lab value with patient name, identifier, DOB")


def P_discharge(g, lang):
    p = patient(g, lang); fr = lang == "fr"; dx = g.r.randrange(len(DX_FR))
    meds = [g.pick(MEDS) for _ in range(3)]
    if fr:
        title = "Résumé de départ"
        lines = ["Patient : %s %s" % (p["giv"], p["sur"]), "%s : %s   DDN : %s" % (idlabel(lang, p), idstr(g, p), fr_date(p["dob"])),
                 "Dx principal : %s" % DX_FR[dx], "Médication au congé : " + "; ".join(meds), "Suivi : GMF dans 7 jours"]
        s = g.pick(["Résumé de départ", "Sommaire d'hospitalisation", "congé - suivi"]); b = "Bonjour,\nCi-joint le résumé de départ de votre patient(e).\nCordialement,\n"
    else:
        title = "Discharge Summary"
        lines = ["Patient: %s, %s" % (p["sur"], p["giv"]), "%s: %s   DOB: %s" % (idlabel(lang, p), idstr(g, p), p["dob"]),
                 "Most responsible dx: %s" % DX_EN[dx], "Discharge meds: " + "; ".join(meds), "Follow-up with FP in 1 week"]
        s = g.pick(["Discharge summary", "D/C summary attached", "Discharge summary for your patient"]); b = "Hello,\nPlease find attached the discharge summary.\nRegards,\n"
    fmt = g.pick(["pdf", "docx", "pdf"])
    att = (make_pdf(title, lines), "application", "pdf", "resume_%s.pdf" % g.r.randint(100, 999)) if fmt == "pdf" else \
        (make_docx(title, lines), "application", "vnd.openxmlformats-officedocument.wordprocessingml.document", "discharge_%d.docx" % g.r.randint(100, 999))
    return dict(cat="discharge_summary", subj=s, body=b, atts=[att], types=["patient_name", TYPEOF[p["kind"]], "date_of_birth", "diagnosis", "medication"],
                note="discharge summary in %s attachment; body is generic" % fmt)


def P_medrec(g, lang):
    p = patient(g, lang); fr = lang == "fr"; meds = "\n".join("- " + g.pick(MEDS) for _ in range(g.r.randint(3, 5)))
    if fr:
        s = g.pick(["Bilan comparatif des médicaments", "BCM - %s" % p["sur"], "Liste de médicaments - pharmacie communautaire"])
        b = "Bonjour,\nPourriez-vous nous faxer/confirmer le profil de %s (%s %s, %s %s) ?\nNotre liste à l'admission :\n%s\nMerci,\n" % (
            fullname(g, p, lang), idlabel(lang, p), idstr(g, p), born(p["sex"]), fr_date(p["dob"]), meds)
    else:
        s = g.pick(["Med rec", "Best possible medication history", "Med list request - %s" % p["sur"]])
        b = "Hi,\nCould you confirm the dispensing profile for %s (%s %s, DOB %s)?\nOur admission list:\n%s\nThanks,\n" % (
            fullname(g, p, lang), idlabel(lang, p), idstr(g, p), p["dob"], meds)
    return dict(cat="med_reconciliation", subj=s, body=b, types=["patient_name", TYPEOF[p["kind"]], "date_of_birth", "medication"],
                note="pharmacy medication reconciliation for a named patient")


def P_homecare(g, lang):
    p = patient(g, lang); fr = lang == "fr"; a = addr(g, lang); t = phone(g)
    if fr:
        s = g.pick(["Transport adapté - retour domicile", "Demande SAD", "Transport demain 9h", "Soins à domicile - nouvelle demande"])
        b = "Bonjour,\nDemande de %s pour %s (%s).\nAdresse : %s\nTél. domicile : %s\nMobilité : %s.\n" % (
            g.pick(["transport en civière", "transport adapté", "visites inf. 3x/sem (pansement)"]), fullname(g, p, lang), idstr(g, p), a, t,
            g.pick(["fauteuil roulant", "marchette", "autonome", "O2 2L"]))
        types = ["patient_name", "patient_contact", TYPEOF[p["kind"]]]
    else:
        s = g.pick(["Transport booking", "Home care referral", "Stretcher transfer tomorrow", "HCCSS referral"])
        b = "Hello,\nPlease arrange %s for %s.\nHome address: %s\nPhone: %s\nNotes: %s\n" % (
            g.pick(["stretcher transport", "wheelchair van", "nursing visits 3x/wk for wound care"]), fullname(g, p, lang), a, t,
            g.pick(["on home O2", "lives alone", "needs 2-person assist", "dialysis MWF"]))
        types = ["patient_name", "patient_contact"]
    return dict(cat="homecare_transport", subj=s, body=b, types=types, note="transport/home-care request with patient's home address and phone")


def P_social(g, lang):
    p = patient(g, lang); fr = lang == "fr"
    if fr:
        issue = g.pick(["signalement DPJ en cours pour les enfants", "situation de violence conjugale, hébergée en maison d'aide",
                        "sans domicile fixe depuis 3 mois, demande HLM", "prestataire aide sociale, pas de couverture médicaments",
                        "suivi en dépendance (CRD), rechute alcool"])
        s = g.pick(["Suivi social", "Réf. travail social", "Situation sociale - congé"])
        b = "Bonjour collègue,\nPour %s (%s %s) : %s. Congé prévu jeudi, besoin de coordination.\nMerci,\n" % (fullname(g, p, lang), idlabel(lang, p), idstr(g, p), issue)
    else:
        issue = g.pick(["CAS involvement re: custody of the kids", "fleeing domestic violence, staying at shelter",
                        "no fixed address, on ODSP waitlist", "refugee claimant, IFHP coverage pending", "recently released from custody, on methadone"])
        s = g.pick(["SW follow-up", "Social work referral", "Discharge planning - social"])
        b = "Hi,\nRe %s (%s %s): %s. Discharge likely Thursday.\nCan we connect?\n" % (fullname(g, p, lang), idlabel(lang, p), idstr(g, p), issue)
    return dict(cat="social_work", subj=s, body=b, types=["patient_name", TYPEOF[p["kind"]], "social_information"],
                note="social worker message about a named patient's social situation")


def P_billing(g, lang):
    fr = lang == "fr"
    p = patient(g, lang, g.pick(["sin", "nam"]) if fr else g.pick(["sin", "ohn"]))
    if fr:
        s = g.pick(["Réclamation assurance invalidité", "Formulaire assureur - %s" % p["sur"], "Facturation patient non assuré"])
        b = "Bonjour,\nSuite à votre demande, voici les informations pour la réclamation de %s, %s : %s.\nHospitalisation du %d au %d février pour %s.\nCordialement,\n" % (
            fullname(g, p, lang), idlabel(lang, p), idstr(g, p), g.r.randint(1, 10), g.r.randint(11, 25), g.pick(DX_FR))
    else:
        s = g.pick(["Disability claim form", "Insurer request - %s" % p["sur"], "Uninsured patient invoice"])
        b = "Hello,\nAs requested for the claim of %s (%s %s): admitted Feb %d-%d for %s.\nRegards,\n" % (
            fullname(g, p, lang), idlabel(lang, p), idstr(g, p), g.r.randint(1, 10), g.r.randint(11, 25), g.pick(DX_EN))
    return dict(cat="billing_insurance", subj=s, body=b, types=["patient_name", TYPEOF[p["kind"]], "diagnosis"],
                note="insurance/billing message with patient identifier and diagnosis")


def P_research(g, lang):
    fr = lang == "fr"; rows = [["study_id", "mrn", "nom", "dob", "visit", "hba1c"]]
    types = {"mrn", "patient_name", "date_of_birth", "lab_result"}
    for i in range(g.r.randint(4, 8)):
        p = patient(g, lang, "mrn")
        rows.append(["ST-%03d" % (i + 1), p["id"], "%s %s" % (p["giv"], p["sur"]), p["dob"], "V%d" % g.r.randint(1, 4), "%.1f" % g.r.uniform(5.8, 11)])
    kind = g.pick(["xlsx", "csv"])
    att = (make_xlsx("export", rows), "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet", "extraction_etude.xlsx") if kind == "xlsx" else \
        (make_csv(rows, g.pick([",", ";"])), "text", "csv", "recrutement.csv")
    s = g.pick(["Extraction participants", "Liste recrutement étude DIAB-2"]) if fr else g.pick(["Participant list for monitor", "Study export"])
    b = ("Bonjour,\nVoici l'extraction demandée (non dépersonnalisée, désolé, pas eu le temps).\n" if fr else "Hi,\nAttached is the export for the monitoring visit.\n")
    return dict(cat="research", subj=s, body=b, atts=[att], types=sorted(types), note="research spreadsheet (%s) with named participants, MRN, DOB, results" % kind)


def P_incident(g, lang):
    p = patient(g, lang, g.pick(["mrn", "nam"]) if lang == "fr" else "mrn"); fr = lang == "fr"
    if fr:
        s = g.pick(["Rapport AH-223", "Déclaration incident - chute", "Erreur de médicament %s" % g.pick(UNITS)])
        b = "Bonjour,\nDéclaration : chute de %s (%s %s), ch. %d, %s. Reçu %s au lieu de la dose prescrite. Famille avisée.\n" % (
            fullname(g, p, lang), idlabel(lang, p), idstr(g, p), g.r.randint(400, 700), g.pick(UNITS), g.pick(MEDS))
    else:
        s = g.pick(["Incident report", "Safety event - fall", "Med incident %s" % g.pick(UNITS)])
        b = "FYI, safety report filed: %s (%s %s) fell overnight, given %s in error earlier. No injury, CT head neg.\n" % (
            fullname(g, p, lang), idlabel(lang, p), idstr(g, p), g.pick(MEDS))
    return dict(cat="incident_report", subj=s, body=b, types=["patient_name", TYPEOF[p["kind"]], "medication"],
                note="incident report naming the patient involved")


def P_subject_only(g, lang):
    p = patient(g, lang); fr = lang == "fr"; dx = g.r.randrange(len(DX_FR))
    if fr:
        s = "%s %s - %s" % (p["sur"], idstr(g, p), DX_FR[dx]); b = g.pick(["Voir ci-dessus, svp me rappeler.", "FYI", "Peux-tu regarder ça demain ?", "merci"]) + "\n"
    else:
        s = "%s %s - %s" % (p["sur"], idstr(g, p), DX_EN[dx]); b = g.pick(["See subject. Call me.", "fyi", "can you review tmrw?", "thx"]) + "\n"
    return dict(cat="subject_only", subj=s, body=b, types=["patient_name", TYPEOF[p["kind"]], "diagnosis"],
                note="patient surname, identifier and diagnosis only in the Subject; body is one line")


def P_split(g, lang):
    p = patient(g, lang); fr = lang == "fr"; l = g.pick(LABS)
    s = ("Re: %s %s" % (p["giv"], p["sur"])) if g.r.random() < .5 else p["sur"].upper()
    b = ("Son %s est à %s %s ce matin. On ajuste ?\n" % (l[0], l[1], l[2])) if fr else ("%s %s %s this AM. Adjust dose?\n" % (l[0], l[1], l[2]))
    return dict(cat="split_subject_body", subj=s, body=b, types=["patient_name", "lab_result"], note="name in Subject, lab result in body")


def P_reply(g, lang):
    p = patient(g, lang); fr = lang == "fr"; dx = g.r.randrange(len(DX_FR)); nm, _ = in_addr(g, lang)
    if fr:
        orig = "Bonjour Dr %s,\nJe vous réfère %s (%s %s), %s le %s, pour %s.\nMerci" % (
            nm.split()[-1], fullname(g, p, lang), idlabel(lang, p), idstr(g, p), born(p["sex"]), fr_date(p["dob"]), DX_FR[dx])
        top = g.pick(["Reçu, on la/le voit mardi.", "Ok, mis sur la liste d'attente P3.", "Merci, RV donné pour le 14."])
        s = "RE: Référence"; hdr = "Le %d mars 2026 à 10:%02d, %s a écrit :" % (g.r.randint(1, 28), g.r.randint(0, 59), out_addr(g))
    else:
        orig = "Dr %s,\nReferring %s (%s %s, DOB %s) for %s.\nThanks" % (nm.split()[-1], fullname(g, p, lang), idlabel(lang, p), idstr(g, p), p["dob"], DX_EN[dx])
        top = g.pick(["Got it, booked for Tuesday.", "Thanks, added to waitlist.", "Seen - will call pt."])
        s = "Re: Referral"; hdr = "On Mar %d, 2026, at 10:%02d, %s wrote:" % (g.r.randint(1, 28), g.r.randint(0, 59), out_addr(g))
    b = top + "\n\n" + hdr + "\n" + quote(orig) + "\n"
    return dict(cat="quoted_reply", subj=s, body=b, types=["patient_name", TYPEOF[p["kind"]], "date_of_birth", "diagnosis"],
                note="short reply; patient details only in the quoted original")


def P_inline_fwd(g, lang):
    p = patient(g, lang); fr = lang == "fr"; l = g.pick(LABS)
    if fr:
        inner = "De : Laboratoire Biomed <resultats@lab-biomed.example>\nEnvoyé : 3 mars 2026 07:12\nObjet : Résultats\n\nPatient : %s  %s %s\n%s %s %s" % (
            fullname(g, p, lang), idlabel(lang, p), idstr(g, p), l[0], l[1], l[2])
        b = "Pour ton suivi.\n\n-----Message d'origine-----\n" + inner + "\n"; s = "TR: Résultats"
    else:
        inner = "From: Biomed Lab <results@lab-biomed.example>\nSent: March 3, 2026 7:12 AM\nSubject: Results\n\nPatient: %s  %s %s\n%s %s %s" % (
            fullname(g, p, lang), idlabel(lang, p), idstr(g, p), l[0], l[1], l[2])
        b = "FYI for follow-up.\n\n---------- Forwarded message ---------\n" + inner + "\n"; s = "Fwd: Results"
    return dict(cat="inline_forward", subj=s, body=b, types=["patient_name", TYPEOF[p["kind"]], "lab_result"], note="inline forward of lab results for a patient")


def P_fwd_attached(g, lang):
    p = patient(g, lang); fr = lang == "fr"
    inner = EmailMessage()
    inner["From"] = "imagerie@%s" % g.pick(DOM_IN); inner["To"] = out_addr(g)
    inner["Subject"] = "Rapport d'imagerie" if fr else "Imaging report"
    inner["Date"] = "Mon, 02 Mar 2026 09:15:00 -0500"; inner["Message-ID"] = "<inner%d@chu-exemple.example>" % g.r.randint(1, 10 ** 8)
    txt = ("%s (%s %s) - TDM thorax : masse LSD 3,2 cm, suspect néoplasie." if fr else "%s (%s %s) - CT chest: 3.2 cm RUL mass, suspicious for malignancy.") % (
        fullname(g, p, lang), idlabel(lang, p), idstr(g, p))
    inner.set_content(txt + "\n")
    s = ("TR: " if fr else "Fwd: ") + inner["Subject"]
    b = "Voir le courriel joint.\n" if fr else "See attached message.\n"
    return dict(cat="forward_as_attachment", subj=s, body=b, atts=[(inner, "message", "rfc822", None)],
                types=["patient_name", TYPEOF[p["kind"]], "diagnosis"], note="forwarded .eml attachment carries an imaging report on a patient")


def P_ics(g, lang):
    p = patient(g, lang); fr = lang == "fr"; start = datetime.datetime(2026, 3, g.r.randint(2, 27), g.r.randint(8, 15), 0)
    summ = ("RV %s %s - %s" if fr else "Appt %s %s - %s") % (p["giv"], p["sur"], g.pick(["chimio C3", "dialyse", "suivi psy", "ponction"]) if fr else g.pick(["chemo C3", "dialysis", "psych f/u", "paracentesis"]))
    desc = "%s %s" % (idlabel(lang, p), idstr(g, p, 0))
    s = g.pick(["Invitation : suivi", "Rendez-vous"]) if fr else g.pick(["Invitation: follow-up", "Appointment"])
    return dict(cat="calendar_invite", subj=s, body=("Invitation ci-jointe.\n" if fr else "Invite attached.\n"),
                atts=[(make_ics(summ, desc, start, "Clinique externe B-2"), "text", "calendar", "invite.ics")],
                types=["patient_name", TYPEOF[p["kind"]], "diagnosis"], note="ICS invitation whose summary names the patient and treatment")


def P_vcf(g, lang):
    p = patient(g, lang); fr = lang == "fr"
    note = ("Patient(e) SAD - %s" if fr else "Home care client - %s") % (g.pick(DX_FR) if fr else g.pick(DX_EN))
    v = make_vcf("%s %s" % (p["giv"], p["sur"]), "", phone(g), addr(g, lang), note)
    s = g.pick(["Coordonnées patient", "Contact"]) if fr else g.pick(["Patient contact card", "contact info"])
    return dict(cat="vcard", subj=s, body=("Voir fiche jointe pour la visite.\n" if fr else "Card attached for the visit.\n"),
                atts=[(v, "text", "vcard", "%s.vcf" % p["sur"].lower())], types=["patient_name", "patient_contact", "diagnosis"],
                note="vCard of a home-care patient with home phone/address and diagnosis")


def P_zip(g, lang):
    fr = lang == "fr"; files = []
    p = patient(g, lang)
    files.append(("lettre.txt", ("Patient: %s %s\n%s %s\nDx: %s\n" % (p["giv"], p["sur"], idlabel(lang, p), idstr(g, p, 0), g.pick(DX_FR if fr else DX_EN))).encode("utf-8")))
    files.append(("readme.txt", b"Documents numerises\n"))
    s = g.pick(["Documents numérisés", "Dossier zip"]) if fr else g.pick(["Scanned docs", "zip file"])
    return dict(cat="zip_attachment", subj=s, body=("Mot de passe envoyé séparément.\n" if fr else "Password to follow separately.\n"),
                atts=[(make_zip(files), "application", "zip", "documents.zip")], types=["patient_name", TYPEOF[p["kind"]], "diagnosis"],
                note="ZIP containing a letter with patient identifier and diagnosis")


def P_disguised(g, lang):
    p = patient(g, lang, "nam" if lang == "fr" else g.pick(["ohn", "nam"])); fr = lang == "fr"
    style = g.pick([5, 6])
    ident = idstr(g, p, style) if p["kind"] == "nam" else " ".join(p["id"])
    if g.r.random() < .5:
        half = len(ident) // 2; ident = ident[:half] + "\n" + ident[half:]
    if fr:
        b = "Je l'écris comme ça pour que le filtre bloque pas :\n%s\nc'est pour %s %s, %s, le suivi %s.\n" % (ident, p["giv"], p["sur"][0] + ".", g.pick(DX_FR), "demain")
        s = "le numéro"
    else:
        b = "Spacing it out so the filter doesn't catch it:\n%s\nfor %s %s., the %s f/u.\n" % (ident, p["giv"], p["sur"][0], g.pick(DX_EN))
        s = "the number"
    return dict(cat="disguised_identifier", subj=s, body=b, types=[TYPEOF[p["kind"]], "diagnosis"],
                note="identifier deliberately spaced/full-width/split to evade filter, with diagnosis")


def P_belgium_france(g, lang):
    kind = g.pick(["niss", "nir"]); p = patient(g, "fr", kind)
    if kind == "niss":
        s = g.pick(["Transfert patient - CHU Liège", "Demande de dossier médical"])
        b = "Bonjour,\nDans le cadre du rapatriement de %s (NISS %s), %s chez nous pour %s, pourriez-vous nous transmettre le dossier ?\nBien à vous,\n" % (
            fullname(g, p, "fr"), idstr(g, p), "hospitalisée" if p["sex"] == "F" else "hospitalisé", g.pick(DX_FR))
    else:
        s = g.pick(["Patient français - prise en charge", "Facturation CPAM"])
        b = "Madame, Monsieur,\nNous avons pris en charge %s (n° de sécurité sociale %s), %s le %s, pour %s.\nVeuillez agréer...\n" % (
            fullname(g, p, "fr"), idstr(g, p), born(p["sex"]), fr_date(p["dob"]), g.pick(DX_FR))
    return dict(cat="cross_border", subj=s, body=b, types=["patient_name", TYPEOF[kind], "diagnosis"], note="European patient identifier with name and diagnosis", force_lang="fr")


def P_name_only_dx(g, lang):
    # patient named with a sensitive situation, no number; patient shares a physician surname
    fr = lang == "fr"; doc = g.pick(STAFF_FR if fr else STAFF_EN); sur = doc.split()[-1]
    giv = g.pick(["Yvette", "Roger", "Linda", "Paul"]); sex = "F" if giv in ("Yvette", "Linda") else "M"
    if fr:
        s = "Dr %s - patient homonyme" % sur if g.r.random() < .5 else "%s %s ch. %d" % (hon("fr", sex), sur, g.r.randint(400, 600))
        b = "Attention : %s %s (aucun lien avec Dr %s) est %s au %s pour %s, %s. Ne pas confondre les dossiers.\n" % (
            giv, sur, sur, "admise" if sex == "F" else "admis", g.pick(UNITS), g.pick(["sevrage alcool", "tentative de suicide", "psychose"]), g.pick(["ch. 512", "ch. 417"]))
    else:
        s = "Same-surname patient on %s" % g.pick(UNITS)
        b = "Heads up: %s %s (no relation to Dr. %s) was admitted to %s with %s. Please double check labels.\n" % (
            giv, sur, sur, g.pick(UNITS), g.pick(["alcohol withdrawal", "overdose", "first-episode psychosis"]))
    return dict(cat="namesake_patient", subj=s, body=b, types=["patient_name", "diagnosis"], note="patient sharing a physician's surname, admitted with a sensitive diagnosis")


POS = [(P_referral, 10), (P_signout, 8), (P_booking, 9), (P_critical, 6), (P_discharge, 7), (P_medrec, 6), (P_homecare, 7),
       (P_social, 6), (P_billing, 5), (P_research, 4), (P_incident, 4), (P_subject_only, 5), (P_split, 4), (P_reply, 8),
       (P_inline_fwd, 5), (P_fwd_attached, 4), (P_ics, 3), (P_vcf, 3), (P_zip, 3), (P_disguised, 4), (P_belgium_france, 5), (P_name_only_dx, 4)]

# ---------------------------------------------------------------- NEGATIVE templates
def N_schedule(g, lang):
    fr = lang == "fr"; staff = STAFF_FR if fr else STAFF_EN
    rows = ["%s : %s" % (g.pick(["lun", "mar", "mer", "jeu", "ven"] if fr else ["Mon", "Tue", "Wed", "Thu", "Fri"]), ", ".join(g.r.sample(staff, 3))) for _ in range(5)]
    s = g.pick(["Horaire de garde - mars", "Horaire infirmier %s" % g.pick(UNITS), "Modif. horaire fin de semaine"]) if fr else g.pick(["On-call schedule March", "Nursing schedule %s" % g.pick(UNITS), "weekend swap"])
    b = ("Bonjour à tous,\nVoici l'horaire. Les échanges doivent être approuvés par l'ASI.\n\n" if fr else "Hi all,\nSchedule below. Swaps need manager approval.\n\n") + "\n".join(rows) + "\n"
    return dict(cat="staff_schedule", subj=s, body=b, note="staff schedule")


def N_roster_lookalike(g, lang):
    fr = lang == "fr"; staff = STAFF_FR if fr else STAFF_EN; rows = []
    for i, n in enumerate(g.r.sample(staff, 5)):
        rows.append("%d. %s - %s - emp. %06d - %s" % (i + 1, n.split()[-1].upper(), n.split()[0][0] + ".", g.r.randint(100000, 999999),
                                                     g.pick(["formation RCR", "congé maladie", "vacances", "retour progressif", "orientation"] if fr else ["BLS recert", "sick leave", "vacation", "modified duties", "orientation"])))
    s = g.pick(["Liste équipe - relève %s" % g.pick(UNITS), "Présences semaine 10"]) if fr else g.pick(["Team list %s" % g.pick(UNITS), "Staff attendance wk 10"])
    b = ("Liste du personnel pour la semaine :\n\n" if fr else "Staff list for the week:\n\n") + "\n".join(rows) + "\n"
    return dict(cat="staff_roster", subj=s, body=b, note="staff roster with employee numbers and leave reasons (HR, not patients)")


def N_sickleave(g, lang):
    fr = lang == "fr"; n = g.pick(STAFF_FR if fr else STAFF_EN)
    s = g.pick(["Absence", "Remplacement %s" % n.split()[0], "Congé maladie - remplacement"]) if fr else g.pick(["Absence", "Coverage needed", "sick call"])
    b = ("%s est en arrêt de travail (%s) jusqu'au %d. Qui peut couvrir ses quarts ?\n" % (n, g.pick(["grippe", "chirurgie", "maladie"]), g.r.randint(5, 28))) if fr else \
        ("%s is off sick (%s) until the %dth. Can anyone cover?\n" % (n, g.pick(["flu", "surgery", "COVID"]), g.r.randint(5, 28)))
    return dict(cat="hr_staff_leave", subj=s, body=b, note="employee sick leave and coverage (staff, not patient)")


def N_newsletter(g, lang):
    fr = lang == "fr"
    topic = g.pick(["insuffisance cardiaque", "diabète", "vaccination RSV", "antibiogramme 2025", "prévention des chutes"]) if fr else g.pick(["heart failure", "diabetes", "RSV vaccine", "antibiogram 2025", "falls prevention"])
    s = ("Infolettre du CHU - %s" % topic) if fr else ("Lakeshore News - %s" % topic)
    t = ("<h2>%s</h2><p>Nouvelles lignes directrices : le %s touche 1 adulte sur 5. Découvrez nos nouveaux outils.</p>"
         "<p>Dre %s présentera les nouveautés sur l'%s.</p><p><a href='https://intranet.chu-exemple.example/infolettre'>Lire la suite</a></p>") % (
        s, topic, g.pick(STAFF_FR), topic) if fr else ("<h2>%s</h2><p>New guidelines on %s affect 1 in 5 adults.</p><p>Dr. %s will present an update on %s.</p>"
                                                       "<p><a href='https://intranet.lakeshore-hosp.example/news'>Read more</a></p>") % (s, topic, g.pick(STAFF_EN), topic)
    return dict(cat="newsletter", subj=s, body=None, html="<html><body>\n" + t.replace("</p>", "</p>\n") + "\n</body></html>\n", note="newsletter about a disease topic")


def N_invoice(g, lang):
    fr = lang == "fr"; num = "%d" % g.r.randint(10 ** 8, 10 ** 9); amt = g.r.randint(300, 90000)
    s = ("Facture %s" % num) if fr else ("Invoice %s" % num)
    lines = ["%s %s" % ("Facture no" if fr else "Invoice #", num), "%s: %s" % ("Fournisseur" if fr else "Vendor", g.pick(["MedSupra inc.", "Fournitures Boréal", "NorthLab Supply"])),
             "PO 45%06d" % g.r.randint(0, 999999), "%s x %d ... %d,00 $" % (g.pick(["gants nitrile M", "cathéters IV 20G", "syringes 10 mL"]), g.r.randint(10, 500), amt),
             "TPS 12345 6789 RT0001", "Total: %d $" % int(amt * 1.14975)]
    a = (make_pdf("Facture" if fr else "Invoice", lines), "application", "pdf", "facture_%s.pdf" % num) if g.r.random() < .6 else None
    b = ("Bonjour,\nVeuillez trouver notre facture pour la commande PO ci-dessous. Paiement net 30 jours.\n" if fr else "Hello,\nPlease find our invoice for your PO. Net 30.\n")
    if a is None: b += "\n" + "\n".join(lines) + "\n"
    return dict(cat="invoice", subj=s, body=b, atts=[a] if a else [], note="supplier invoice")


def N_conference(g, lang):
    fr = lang == "fr"; talks = []
    for h in (8, 9, 10, 13, 14):
        talks.append("%dh00 - Dr %s : %s" % (h, g.pick(STAFF_FR if fr else STAFF_EN), g.pick(DX_FR if fr else DX_EN)))
    s = ("Programme - Journée scientifique %d" % g.r.randint(10, 30)) if fr else ("Program - Medical Grand Rounds Day")
    b = ("Chers collègues,\nVoici le programme :\n\n" if fr else "Dear colleagues,\nProgram below:\n\n") + "\n".join(talks) + ("\n\nInscription sur l'intranet. 6 crédits FMOQ.\n" if fr else "\n\nRegister on the intranet. 6 Mainpro+ credits.\n")
    att = [(make_docx("Programme" if fr else "Program", talks), "application", "vnd.openxmlformats-officedocument.wordprocessingml.document", "programme.docx")] if g.r.random() < .4 else []
    return dict(cat="conference_program", subj=s, body=b, atts=att, note="conference programme: speakers and disease topics")


def N_committee(g, lang):
    fr = lang == "fr"
    s = g.pick(["Convocation - comité de pharmacologie", "CECMDP - ordre du jour", "Comité qualité - %d mars" % g.r.randint(1, 28)]) if fr else g.pick(["P&T committee agenda", "MAC meeting notice", "Quality committee"])
    b = ("Bonjour,\nLa prochaine rencontre aura lieu le %d à 12h, salle B-%d.\nOrdre du jour :\n1. Adoption du PV\n2. Ajouts au formulaire\n3. Varia\n" % (g.r.randint(1, 28), g.r.randint(100, 400))) if fr else \
        ("Hi,\nNext meeting on the %dth at noon, room B-%d.\nAgenda:\n1. Minutes\n2. Formulary additions\n3. Other business\n" % (g.r.randint(1, 28), g.r.randint(100, 400)))
    ics = make_ics(s, "Teams / salle B", datetime.datetime(2026, 3, g.r.randint(2, 27), 12, 0), "Salle B-210") if g.r.random() < .5 else None
    return dict(cat="committee_notice", subj=s, body=b, atts=[(ics, "text", "calendar", "reunion.ics")] if ics else [], note="committee meeting notice")


def N_job(g, lang):
    fr = lang == "fr"
    s = g.pick(["Affichage de poste - infirmière clinicienne", "Poste: agent(e) administratif(ve) classe 2", "Offre d'emploi - pharmacien(ne)"]) if fr else g.pick(["Job posting - RN ICU", "Now hiring: unit clerk", "Posting #%d" % g.r.randint(1000, 9999)])
    b = ("Poste permanent temps complet, %s. Affichage #%d jusqu'au %d mars. Exigences : permis OIIQ.\nPostulez via le portail RH.\n" % (g.pick(UNITS), g.r.randint(1000, 9999), g.r.randint(5, 28))) if fr else \
        ("Permanent full-time, %s. Posting #%d closes Mar %d. Requirements: CNO registration.\nApply via the HR portal.\n" % (g.pick(UNITS), g.r.randint(1000, 9999), g.r.randint(5, 28)))
    return dict(cat="job_posting", subj=s, body=b, note="job posting")


def N_it(g, lang):
    fr = lang == "fr"
    if fr:
        s = g.pick(["Panne planifiée - NAS du 5e", "Interruption DME ce soir", "Mise à jour Windows", "Ticket #%d résolu" % g.r.randint(10000, 99999)])
        b = "Bonjour,\nLe NAS \\\\nas-%02d sera indisponible de 22h à 2h (migration). Serveur 10.%d.%d.%d. Numéro de série de l'appareil : %s.\nMerci de votre compréhension.\nÉquipe TI\n" % (
            g.r.randint(1, 20), g.r.randint(0, 255), g.r.randint(0, 255), g.r.randint(0, 255), g.sin())
    else:
        s = g.pick(["Planned outage - EHR", "Password expiry reminder", "Ticket #%d closed" % g.r.randint(10000, 99999), "Network maintenance"])
        b = "Hi,\nThe EHR will be down Sunday 01:00-04:00. Use downtime forms. Replacement laptop serial %s, asset tag A-%06d, IMEI %s.\nIT Service Desk\n" % (
            g.ohn(), g.r.randint(0, 999999), "35" + "".join(str(g.r.randint(0, 9)) for _ in range(13)))
    return dict(cat="it_notice", subj=s, body=b, note="IT notice; device numbers and NAS meaning network storage")


def N_facilities(g, lang):
    fr = lang == "fr"
    if fr:
        s = g.pick(["Stationnement - travaux", "Cafétéria fermée vendredi", "Coupure d'eau aile C", "Ascenseur 3 hors service"])
        b = "Avis : %s. Merci de votre patience.\nService des installations matérielles\n" % g.pick(["le stationnement P2 sera fermé du 3 au 7", "la cafétéria sera fermée vendredi midi", "l'eau sera coupée de 8h à 10h", "l'ascenseur 3 est en réparation"])
    else:
        s = g.pick(["Parking lot closure", "Cafeteria menu", "Fire drill Thursday", "Elevator outage"])
        b = "Notice: %s. Thank you.\nFacilities Management\n" % g.pick(["Lot B closed for paving Mar 3-7", "the cafeteria menu this week features chili", "fire drill at 10:00 Thursday", "Elevator 3 out of service"])
    return dict(cat="facilities", subj=s, body=b, note="facilities / parking / cafeteria notice")


def N_publichealth(g, lang):
    fr = lang == "fr"; n = g.r.randint(5, 60)
    s = ("Bulletin de santé publique - semaine %d" % g.r.randint(1, 52)) if fr else ("Public Health bulletin wk %d" % g.r.randint(1, 52))
    b = ("%d cas d'influenza A confirmés dans la région, dont %d à l'unité %s. %d patients diabétiques vus en clinique ce mois. Rappel : vaccination du personnel.\n" % (n, g.r.randint(2, 9), g.pick(UNITS), g.r.randint(20, 90))) if fr else \
        ("%d confirmed influenza A cases in the region, %d on unit %s. %d patients with COPD seen in clinic this month. Reminder: staff vaccination.\n" % (n, g.r.randint(2, 9), g.pick(UNITS), g.r.randint(20, 90)))
    return dict(cat="public_health_bulletin", subj=s, body=b, note="aggregate counts only")


def N_stats_xlsx(g, lang):
    fr = lang == "fr"
    rows = [["Unité" if fr else "Unit", "Admissions", "DMS" if fr else "ALOS", "Chutes" if fr else "Falls"]] + [[u, g.r.randint(20, 120), round(g.r.uniform(3, 12), 1), g.r.randint(0, 6)] for u in UNITS[:6]]
    s = ("Tableau de bord qualité - février" if fr else "Quality dashboard - February")
    return dict(cat="quality_aggregate", subj=s, body=("Ci-joint le tableau de bord.\n" if fr else "Dashboard attached.\n"),
                atts=[(make_xlsx("Fev", rows), "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet", "tableau_bord.xlsx")], note="aggregate quality indicators spreadsheet")


def N_teaching(g, lang):
    fr = lang == "fr"; age = g.r.randint(25, 88)
    s = ("Cas clinique de la semaine" if fr else "Case of the week")
    b = ("Un homme de %d ans se présente à l'urgence pour dyspnée progressive, OMI bilatéraux, BNP 1800. Quel est votre diagnostic ? Réponse vendredi.\n" % age) if fr else \
        ("A %d-year-old woman presents with fever, flank pain and CVA tenderness. WBC 18. What next? Answer Friday.\n" % age)
    return dict(cat="teaching_case", subj=s, body=b, note="anonymised teaching case")


def N_vendor(g, lang):
    fr = lang == "fr"; lot = "%d" % g.r.randint(10 ** 9, 10 ** 10 - 1)
    s = ("Avis de rappel - lot %s" % lot) if fr else ("Product recall - lot %s" % lot)
    b = ("Bonjour,\nRappel volontaire des pompes volumétriques, n° de série %s, lot %s. Merci de vérifier vos stocks.\nService client MedSupra 1-800-555-0199\n" % (g.sin(), lot)) if fr else \
        ("Hello,\nVoluntary recall: infusion pumps serial %s, lot %s. Please quarantine affected stock.\nCustomer Service 1-800-555-0199\n" % (g.ohn(), lot))
    return dict(cat="vendor_recall", subj=s, body=b, note="vendor recall with serial/lot numbers that pass checksums")


def N_form(g, lang):
    fr = lang == "fr"
    lines = ["Nom du patient : ____________", "NAM : ____ ____ ____", "Date de naissance : __/__/____", "Diagnostic : ____________"] if fr else \
        ["Patient name: ____________", "Health card #: __________", "DOB: ____/__/__", "Diagnosis: ____________"]
    s = ("Nouveau formulaire de référence (gabarit)" if fr else "New referral form template")
    kind = g.pick(["pdf", "docx"])
    a = (make_pdf("Formulaire" if fr else "Form", lines), "application", "pdf", "gabarit.pdf") if kind == "pdf" else (make_docx("Form", lines), "application", "vnd.openxmlformats-officedocument.wordprocessingml.document", "template.docx")
    return dict(cat="blank_form", subj=s, body=("Voici le gabarit vierge à utiliser dès lundi.\n" if fr else "Please use this blank template from Monday.\n"), atts=[a], note="blank template form")


def N_training(g, lang):
    fr = lang == "fr"
    s = g.pick(["Formation obligatoire - prévention des infections", "Rappel : RCR", "Atelier Omnipraticien"]) if fr else g.pick(["Mandatory training reminder", "ACLS recert", "Lunch & learn"])
    b = ("Rappel : %s le %d mars, 13h, auditorium. Inscription sur l'ENA.\n" % (g.pick(["formation PCI", "RCR", "PDSB"]), g.r.randint(1, 28))) if fr else ("Reminder: %s on Mar %d, 1 PM, auditorium. Sign up on the LMS.\n" % (g.pick(["IPAC training", "ACLS", "WHMIS"]), g.r.randint(1, 28)))
    return dict(cat="training", subj=s, body=b, note="staff training reminder")


def N_doctor_disease(g, lang):
    fr = lang == "fr"; d = g.pick(STAFF_FR if fr else STAFF_EN)
    s = ("Nouvelle clinique de %s" % g.pick(["diabète", "VIH", "sclérose en plaques", "hépatite C"])) if fr else ("New %s clinic" % g.pick(["HIV", "MS", "hep C", "epilepsy"]))
    b = ("Dr(e) %s, spécialiste du VIH et de l'hépatite C, reçoit désormais les références les mardis. Formulaire sur l'intranet. Tél. clinique 418-555-%04d.\n" % (d, g.r.randint(1000, 9999))) if fr else \
        ("Dr. %s, who treats MS and epilepsy, is now accepting referrals on Tuesdays. Clinic line 613-555-%04d.\n" % (d, g.r.randint(1000, 9999)))
    return dict(cat="physician_disease", subj=s, body=b, note="physician named next to the diseases they treat")


def N_admin_reply(g, lang):
    fr = lang == "fr"
    orig = ("Bonjour, pouvez-vous réserver la salle C-112 pour jeudi 14h ? Merci" if fr else "Hi, can you book room C-112 for Thursday 2 PM? Thanks")
    top = g.pick(["C'est fait.", "Réservé, bonne réunion.", "Désolé, déjà prise, la C-114 est libre."]) if fr else g.pick(["Done.", "Booked.", "Taken, C-114 is free."])
    s = ("RE: Réservation de salle" if fr else "Re: room booking")
    hdr = ("Le %d mars 2026, %s a écrit :" if fr else "On Mar %d, 2026, %s wrote:") % (g.r.randint(1, 28), in_addr(g, lang)[1])
    return dict(cat="admin_reply", subj=s, body=top + "\n\n" + hdr + "\n" + quote(orig) + "\n", note="room booking reply with quote")


def N_purchase(g, lang):
    fr = lang == "fr"
    rows = [["Article" if fr else "Item", "Code", "Qté" if fr else "Qty", "Prix" if fr else "Price"]] + [[g.pick(["Gants", "Masques N95", "Seringues", "Pansements", "Tubulures"]), "SKU-%07d" % g.r.randint(0, 9999999), g.r.randint(1, 200), "%.2f" % g.r.uniform(2, 400)] for _ in range(5)]
    s = ("Bon de commande PO-%d" % g.r.randint(100000, 999999)) if fr else ("Purchase order PO-%d" % g.r.randint(100000, 999999))
    return dict(cat="purchase_order", subj=s, body=("Bonjour, ci-joint notre bon de commande.\n" if fr else "Hi, PO attached.\n"), atts=[(make_csv(rows, ";" if fr else ","), "text", "csv", "commande.csv")], note="purchase order CSV")


def N_fwd_newsletter(g, lang):
    fr = lang == "fr"
    inner = EmailMessage(); inner["From"] = "bulletin@inspq-exemple.example"; inner["To"] = "liste@%s" % g.pick(DOM_IN)
    inner["Subject"] = "Bulletin épidémiologique" if fr else "Epi bulletin"; inner["Date"] = "Tue, 03 Mar 2026 06:00:00 -0500"
    inner["Message-ID"] = "<bull%d@inspq-exemple.example>" % g.r.randint(1, 10 ** 8)
    inner.set_content(("Hausse de %d %% des cas de rougeole en Montérégie. Vérifier le statut vaccinal.\n" if fr else "Measles cases up %d%% in the region. Check immunization status.\n") % g.r.randint(5, 80))
    return dict(cat="forward_bulletin", subj=("TR: " if fr else "Fwd: ") + inner["Subject"], body=("À lire.\n" if fr else "FYI.\n"), atts=[(inner, "message", "rfc822", None)], note="forwarded public-health bulletin as attachment")


def N_clinic_contact(g, lang):
    fr = lang == "fr"; n = g.pick(STAFF_FR if fr else STAFF_EN)
    v = make_vcf(n, "CHU Exemple" if fr else "Lakeshore Regional Health", phone(g), "1200 boul. des Érables" if fr else "450 Harbour Rd")
    return dict(cat="staff_vcard", subj=("Mes coordonnées" if fr else "My contact card"), body=("Nouvelle adjointe à la direction, voici ma carte.\n" if fr else "New executive assistant, card attached.\n"),
                atts=[(v, "text", "vcard", "contact.vcf")], note="staff member's vCard")


def N_exec(g, lang):
    fr = lang == "fr"
    s = ("Message de la PDG" if fr else "Message from the CEO")
    b = ("Chers collègues,\nLe ministre de la Santé a annoncé un financement de %d M$ pour notre nouveau bloc opératoire. Merci de votre engagement.\n%s, présidente-directrice générale\n" % (g.r.randint(10, 300), g.pick(STAFF_FR))) if fr else \
        ("Dear colleagues,\nThe Minister of Health announced $%dM in funding for our new surgical wing. Thank you for your work.\n%s, President & CEO\n" % (g.r.randint(10, 300), g.pick(STAFF_EN)))
    return dict(cat="executive_message", subj=s, body=b, note="executive / minister announcement")


def N_pharmacy_info(g, lang):
    fr = lang == "fr"
    s = ("Pénurie : %s" % g.pick(["amoxicilline suspension", "salbutamol", "insuline lispro"])) if fr else ("Drug shortage: %s" % g.pick(["amoxicillin suspension", "salbutamol MDI", "insulin lispro"]))
    b = ("Avis du département de pharmacie : rupture prévue 6 semaines. DIN %08d. Alternatives au formulaire : voir intranet.\n" % g.r.randint(10 ** 6, 10 ** 8)) if fr else ("Pharmacy notice: shortage for ~6 weeks. DIN %08d. See intranet for alternatives.\n" % g.r.randint(10 ** 6, 10 ** 8))
    return dict(cat="pharmacy_notice", subj=s, body=b, note="drug shortage notice (no patient)")


def N_census(g, lang):
    fr = lang == "fr"
    rows = ["%s : %d/%d lits occupés, %d en attente d'hébergement" % (u, g.r.randint(15, 30), 30, g.r.randint(0, 6)) for u in UNITS[:5]] if fr else \
        ["%s: %d/%d beds, %d ALC" % (u, g.r.randint(15, 30), 30, g.r.randint(0, 6)) for u in UNITS[:5]]
    s = ("Taux d'occupation 7h" if fr else "Bed census 0700")
    return dict(cat="bed_census", subj=s, body="\n".join(rows) + "\n", note="bed census with counts only (looks like a list)")


NEG = [(N_schedule, 11), (N_roster_lookalike, 8), (N_sickleave, 7), (N_newsletter, 11), (N_invoice, 10), (N_conference, 8), (N_committee, 9),
       (N_job, 8), (N_it, 11), (N_facilities, 11), (N_publichealth, 7), (N_stats_xlsx, 5), (N_teaching, 7), (N_vendor, 7), (N_form, 6),
       (N_training, 8), (N_doctor_disease, 7), (N_admin_reply, 8), (N_purchase, 6), (N_fwd_newsletter, 5), (N_clinic_contact, 4), (N_exec, 5),
       (N_pharmacy_info, 6), (N_census, 5)]

# ---------------------------------------------------------------- transport
import html as _html
from email.headerregistry import Address


def to_html(text):
    out = []
    for para in text.split("\n\n"):
        lines = [_html.escape(l) for l in para.split("\n")]
        if all(l.startswith("&gt;") for l in lines if l):
            out.append("<blockquote style=\"border-left:2px solid #ccc;padding-left:6px\">\n" + "<br>\n".join(l[4:].lstrip() for l in lines) + "\n</blockquote>")
        else:
            out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return "<html><head><meta charset=\"%CS%\"></head><body style=\"font-family:Calibri,Arial\">\n" + "\n".join(out) + "\n</body></html>\n"


def pick_charset(g, texts):
    cs = g.r.choices(["utf-8", "iso-8859-1", "windows-1252"], [55, 25, 20])[0]
    for t in texts:
        try:
            t.encode(cs)
        except UnicodeEncodeError:
            return "utf-8"
    return cs


def build(g, spec, lang, idx):
    fr = lang == "fr"
    frm_name, frm = in_addr(g, lang)
    body = spec.get("body"); html = spec.get("html"); atts = [a for a in spec.get("atts", []) if a]
    if body is not None:
        body = body + sig(g, lang, frm_name)
        if g.r.random() < .45:
            body += "\n\n" + (DISCLAIMER_FR if fr else DISCLAIMER_EN)
        body = body + "\n"
    cs = pick_charset(g, [t for t in (body, html) if t])
    cte = g.r.choices(["quoted-printable", "base64", "8bit"], [45, 30, 25])[0]
    crlf = g.r.random() < .5
    if html is None and body is None:
        raise ValueError
    if html is None:
        if atts:
            mode = g.pick(["plain", "alt"])
        else:
            mode = g.r.choices(["plain", "html", "alt"], [50, 15, 35])[0]
        if mode != "plain":
            html = to_html(body)
        if mode == "html":
            body = None
    else:
        mode = "html"
    if html:
        html = html.replace("%CS%", cs)
    m = EmailMessage()
    m["From"] = Address(frm_name, addr_spec=frm)
    to = [out_addr(g) if g.r.random() < .65 else in_addr(g, lang)[1] for _ in range(g.r.choice([1, 1, 1, 2]))]
    m["To"] = ", ".join(to)
    if g.r.random() < .3:
        m["Cc"] = in_addr(g, lang)[1]
    m["Subject"] = spec["subj"]
    dt = datetime.datetime(2026, g.r.randint(1, 3), g.r.randint(1, 28), g.r.randint(6, 22), g.r.randint(0, 59), g.r.randint(0, 59),
                           tzinfo=datetime.timezone(datetime.timedelta(hours=-5)))
    m["Date"] = format_datetime(dt)
    m["Message-ID"] = "<%016x.%d@%s>" % (g.r.getrandbits(64), idx, frm.split("@")[1])
    if spec["subj"].lower().startswith(("re:", "re :")):
        m["In-Reply-To"] = "<%016x@%s>" % (g.r.getrandbits(64), g.pick(DOM_OUT))
    if g.r.random() < .4:
        m["X-Mailer"] = g.pick(["Microsoft Outlook 16.0", "Apple Mail (2.3774)", "Mozilla Thunderbird 128.3"])
    m["Content-Language"] = "fr-CA" if fr else "en-CA"
    if body is not None:
        m.set_content(body, subtype="plain", charset=cs, cte=cte)
        if html:
            m.add_alternative(html, subtype="html", charset=cs, cte=g.pick(["quoted-printable", "base64"]))
    else:
        m.set_content(html, subtype="html", charset=cs, cte=cte)
    for data, mt, st, fn in atts:
        if mt == "message":
            m.add_attachment(data)
        elif isinstance(data, str):
            m.add_attachment(data, subtype=st, filename=fn, cte=g.pick(["base64", "quoted-printable"]))
        else:
            m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    kind = ("mixed" if atts else {"plain": "text/plain", "html": "html-only", "alt": "alternative"}[mode])
    fwd = [a for a in atts if a[1] == "message"]
    for part in m.walk():
        if part.is_multipart():
            part.set_boundary("=_%s_%032x" % (g.pick(["NextPart", "Part", "b1", "Apple-Mail"]), g.r.getrandbits(128)))
    pol = policy.default.clone(linesep="\r\n" if crlf else "\n")
    raw = m.as_bytes(policy=pol)
    transport = dict(structure=kind, charset=cs, cte=cte, eol="CRLF" if crlf else "LF",
                     attachments=[(a[3] or "message.eml").rsplit(".", 1)[-1] for a in atts], fwd_attached=bool(fwd))
    return raw, transport


def check(raw):
    msg = message_from_bytes(raw, policy=policy.default)
    assert not msg.defects, msg.defects
    for part in msg.walk():
        assert not part.defects, part.defects
        if not part.is_multipart():
            c = part.get_content()
            assert c is not None
            if part.get_content_type() == "message/rfc822":
                for sp in c.walk():
                    assert not sp.defects
                    if not sp.is_multipart():
                        sp.get_content()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args()
    out = args.out
    g = G(SEED); _GC[0] = g
    random.seed(SEED)
    for sub in ("positive", "negative"):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
        for f in os.listdir(os.path.join(out, sub)):
            if f.endswith(".eml"):
                os.remove(os.path.join(out, sub, f))
    plan = []
    for fn, n in POS:
        plan += [("p", fn)] * n
    pp = [x for x in plan]; g.r.shuffle(pp)
    nn = []
    for fn, n in NEG:
        nn += [("n", fn)] * n
    g.r.shuffle(nn)
    labels = {}; stats = {"structure": {}, "charset": {}, "cte": {}, "eol": {}, "att": {}, "lang": {}, "cat": {}, "fwd_attached": 0, "reply": 0, "inline_fwd": 0}
    for seq, pre, folder in ((pp, "p", "positive"), (nn, "n", "negative")):
        for i, (_, fn) in enumerate(seq, 1):
            lang = "fr" if g.r.random() < .55 else "en"
            spec = fn(g, lang)
            lang = spec.get("force_lang", lang)
            raw, tr = build(g, spec, lang, i)
            check(raw)
            name = "%s/%s%03d_%s.eml" % (folder, pre, i, spec["cat"])
            with open(os.path.join(out, name), "wb") as fh:
                fh.write(raw)
            types = sorted(set(spec.get("types", []))) if pre == "p" else []
            labels[name] = {"confidential": pre == "p", "types": types, "lang": lang, "note": spec["note"]}
            for k in ("structure", "charset", "cte", "eol"):
                stats[k][tr[k]] = stats[k].get(tr[k], 0) + 1
            for a in tr["attachments"]:
                stats["att"][a] = stats["att"].get(a, 0) + 1
            stats["lang"][lang] = stats["lang"].get(lang, 0) + 1
            stats["cat"][name.split("_", 1)[1][:-4] + ("+" if pre == "p" else "-")] = stats["cat"].get(name.split("_", 1)[1][:-4] + ("+" if pre == "p" else "-"), 0) + 1
            stats["fwd_attached"] += tr["fwd_attached"]
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    # self-checks
    files = sorted("%s/%s" % (s, f) for s in ("positive", "negative") for f in os.listdir(os.path.join(out, s)) if f.endswith(".eml"))
    assert files == sorted(labels), "labels do not cover exactly the files"
    for k, v in labels.items():
        assert (len(v["types"]) > 0) == v["confidential"], k
        check(open(os.path.join(out, k), "rb").read())
    h = hashlib.sha256()
    for f in files + ["labels.json"]:
        h.update(f.encode() + b"\0" + open(os.path.join(out, f), "rb").read() + b"\0")
    pos = sum(v["confidential"] for v in labels.values())
    print("files:", len(files), "positives:", pos, "negatives:", len(files) - pos)
    for k in ("lang", "structure", "charset", "cte", "eol", "att"):
        print(k, json.dumps(dict(sorted(stats[k].items())), ensure_ascii=False))
    print("fwd_attached", stats["fwd_attached"])
    print("categories", json.dumps(dict(sorted(stats["cat"].items())), ensure_ascii=False))
    print("sha256", h.hexdigest())


if __name__ == "__main__":
    main()
