#!/usr/bin/env python3
"""Seeded, deterministic generator of a synthetic outbound-mail corpus (health network).
Written blind. Usage: python generate.py [--out DIR] [--seed 7373]"""
import argparse, hashlib, html, io, json, os, random, re, sys, zipfile, datetime
import email, email.policy, email.utils
from email.message import EmailMessage
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir
from stdnum import luhn

# The synthetic NAMs every blind writer was given, shared by the blind corpora in tests/blind_nams.txt.
NAMS_TXT = "\n".join(line for line in open(os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir,
                   "blind_nams.txt"), encoding="utf-8").read().splitlines() if line.strip() and not line.startswith("#"))

NAMS = []
for line in NAMS_TXT.splitlines():
    s, g, d, x, n = line.split()
    NAMS.append(dict(sur=s, giv=g, dob=d, sex=x, nam=n))
ELDERLY = [p for p in NAMS if int(p['dob'][:4]) < 1952]

SUR = ["Tremblay", "Lavoie", "Bergeron", "Côté", "Pelletier", "Gosselin", "Dubé", "Hébert", "Lemieux", "Poulin",
       "Vachon", "Beaulieu", "Fontaine", "Desjardins", "Leclerc", "Rioux", "Ménard", "Asselin", "Landry", "Mercier", "Gagné", "Ouimet"]
GIV_F = ["Huguette", "Thérèse", "Rita", "Colette", "Pierrette", "Jeannine", "Lise", "Monique", "Margaret", "Doris"]
GIV_M = ["Gérard", "Roland", "Marcel", "Fernand", "Réjean", "Armand", "Léo", "Yvon", "Harold", "Walter"]
ON_SUR = ["Kowalski", "O'Neill", "Patel", "Henderson", "Fraser", "Nguyen", "MacLeod", "Singh", "Robertson", "DiCarlo"]
BE_SUR = ["Peeters", "Janssens", "Dupont", "Lambert", "Maes", "Dubois", "Claes", "Willems", "Renard", "Goossens"]
FR_SUR = ["Martin", "Bernard", "Petit", "Durand", "Moreau", "Laurent", "Garnier", "Faure", "Rousseau", "Blanc"]
STAFF = [("Dre", "Isabelle", "Gagné", "M.D., gériatre"), ("Dr", "Philippe", "Ouimet", "M.D., médecine familiale"),
         ("", "Julie", "Paradis", "inf. clinicienne, B.Sc.inf."), ("", "Karine", "St-Onge", "pharmacienne, Pharm.D."),
         ("", "Martin", "Boisvert", "T.S., travailleur social"), ("Dre", "Nadia", "Haddad", "M.D., soins palliatifs"),
         ("", "Stéphanie", "Roux", "agente administrative"), ("", "Éric", "Lachance", "chef de service, CHSLD"),
         ("Dr", "Samuel", "Cloutier", "M.D., hématologue"), ("", "Mélanie", "Giroux", "ergothérapeute, erg."),
         ("", "Sophie", "Bouchard", "conseillère RH"), ("Dr", "Andrew", "Whitfield", "MD, FRCPC, Geriatrics"),
         ("", "Laura", "Chen", "RN, Home Care Coordinator"), ("", "Kevin", "Murphy", "RPh, Clinical Pharmacist"),
         ("", "Rachel", "Adams", "MSW, Social Worker"), ("", "Daniel", "Okafor", "IT Service Desk"),
         ("", "Heather", "Lockwood", "Nurse Manager, LTC"), ("", "Brian", "Kowal", "HR Advisor")]
STAFF_POOLS = {("clin", False): [0, 1, 2, 3, 4, 5, 6, 7, 9], ("clin", True): [11, 12, 13, 14],
               ("adm", False): [6, 7, 10], ("adm", True): [16, 17]}
INT_DOM = ["chu-exemple.example", "cisss-rivenord.example", "chsld-saintjude.example", "clsc-riviere.example"]
EXT = ["pharmacie.desrosiers@pharma-quartier.example", "accueil@gmf-des-erables.example",
       "soins.domicile@clsc-hautesterres.example", "transport.adapte@ville-exemple.example",
       "admissions@lakeshore-ltc.example", "referrals@ontario-homecare.example",
       "secretariat@mr-les-tilleuls.example", "cadre.sante@ehpad-glycines.example",
       "info@fournisseur-medical.example", "tous.employes@chu-exemple.example",
       "liste-infirmieres@cisss-rivenord.example", "famille.courriel@courriel-perso.example",
       "clinique@pharmacie-lemoyne.example", "coordination@recherche-geriatrie.example"]
LEGAL_FR = ("AVIS DE CONFIDENTIALITÉ : Ce message peut contenir des renseignements confidentiels. "
            "Si vous l'avez reçu par erreur, veuillez le détruire et en aviser l'expéditeur.")
LEGAL_EN = ("CONFIDENTIALITY NOTICE: This e-mail may contain privileged information. If you received it in error, "
            "please delete it and notify the sender.")
MOIS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
FW = str.maketrans("0123456789", "０１２３４５６７８９")


class G:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.base = datetime.datetime(2026, 3, 2, 7, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=-5)))
        self.nam_pool = []

    def c(self, seq):
        return self.r.choice(seq)

    def i(self, a, b):
        return self.r.randint(a, b)

    # --- people -------------------------------------------------------
    def qc_nam_patient(self, elderly=False):
        if not self.nam_pool:
            self.nam_pool = list(NAMS)
            self.r.shuffle(self.nam_pool)
        if elderly:
            p = self.c(ELDERLY)
        else:
            p = self.nam_pool.pop()
        return dict(p)

    def qc_patient(self):
        sex = self.c("FM")
        return dict(sur=self.c(SUR), giv=self.c(GIV_F if sex == "F" else GIV_M), sex=sex,
                    dob="%d-%02d-%02d" % (self.i(1926, 1950), self.i(1, 12), self.i(1, 28)))

    def staff(self, en=None, kind="clin"):
        if en is None:
            en = self.c([False, True])
        return STAFF[self.c(STAFF_POOLS[(kind, en)])]

    def mrn(self):
        k = self.i(0, 4)
        if k == 0: return "%07d" % self.i(1000000, 9999999)
        if k == 1: return "%08d" % self.i(10000000, 99999999)
        if k == 2: return "H%06d" % self.i(100000, 999999)
        if k == 3: return "CHU-%07d" % self.i(1000000, 9999999)
        return "D%d-%05d" % (self.i(1, 9), self.i(10000, 99999))

    def sin(self):
        while True:
            base = str(self.c([1, 2, 3, 4, 5, 6, 7])) + "".join(str(self.i(0, 9)) for _ in range(7))
            v = base + luhn.calc_check_digit(base)
            if ca_sin.is_valid(v): return v

    def on_hn(self):
        while True:
            base = str(self.i(1, 9)) + "".join(str(self.i(0, 9)) for _ in range(8))
            v = base + luhn.calc_check_digit(base)
            if luhn.is_valid(v): return v

    def niss(self, dob):
        y, m, d = dob.split("-")
        body = y[2:] + m + d + "%03d" % self.i(1, 997)
        num = int(("2" + body) if int(y) >= 2000 else body)
        v = body + "%02d" % (97 - num % 97)
        assert be_nn.is_valid(v), v
        return v

    def nir(self, sex, dob):
        y, m, d = dob.split("-")
        b = ("1" if sex == "M" else "2") + y[2:] + m + "%02d" % self.i(1, 95) + "%03d" % self.i(1, 990) + "%03d" % self.i(1, 999)
        v = b + "%02d" % (97 - int(b) % 97)
        assert fr_nir.is_valid(v), v
        return v

    def fmt_nam(self, n, style=None):
        s = self.i(0, 6) if style is None else style
        if s == 0: return n
        if s == 1: return "%s %s %s" % (n[:4], n[4:8], n[8:])
        if s == 2: return "%s-%s-%s" % (n[:4], n[4:8], n[8:])
        if s == 3: return n.lower()
        if s == 4: return "%s %s %s" % (n[:4], n[4:8].translate(FW), n[8:].translate(FW))
        if s == 5: return " ".join(n)
        return "%s.%s.%s" % (n[:4], n[4:8], n[8:])

    def fmt_dob(self, dob, lang):
        y, m, d = dob.split("-")
        k = self.i(0, 2)
        if k == 0: return dob
        if k == 1: return "%s/%s/%s" % (d, m, y) if lang == "fr" else "%s/%s/%s" % (m, d, y)
        return "%d %s %s" % (int(d), MOIS[int(m) - 1], y) if lang == "fr" else "%s %d, %s" % (MON[int(m) - 1], int(d), y)

    def age(self, dob):
        y, m, d = map(int, dob.split("-"))
        return 2026 - y - (1 if (m, d) > (3, 15) else 0)

    def date(self, k):
        return self.base + datetime.timedelta(days=k // 3 % 40, minutes=(k * 37) % 600 + self.i(0, 59))

    def phone(self):
        return "%d-555-%04d" % (self.c([514, 450, 418, 819, 613, 416]), self.i(100, 9999))

    def addr_qc(self):
        return "%d, rue %s, %s (Québec) %s" % (self.i(10, 9999), self.c(["des Érables", "Principale", "Saint-Denis", "du Parc", "Notre-Dame", "Laurier"]),
                                              self.c(["Saint-Jérôme", "Laval", "Rimouski", "Sherbrooke", "Gatineau"]),
                                              "%s%d%s %d%s%d" % (self.c("GHJ"), self.i(1, 9), self.c("ABCEHK"), self.i(1, 9), self.c("ABCEHK"), self.i(1, 9)))


# ---------------------------------------------------------------- helpers
def sig(g, st, lang, dom=None):
    dom = dom or g.c(INT_DOM)
    t, gv, sn, cred = st
    name = ("%s %s %s" % (t, gv, sn)).strip()
    inst = {"fr": g.c(["CHSLD Saint-Jude, CISSS de la Rivière-du-Nord", "CHU Exemple – Direction SAPA",
                       "CLSC de la Rivière – Soutien à domicile", "Unité de soins palliatifs, CHU Exemple"]),
            "en": g.c(["CHU Exemple – Geriatric Day Hospital", "Lakeshore Community Care", "CISSS Rive-Nord – Home Care Program"])}[lang]
    s = "\n-- \n%s\n%s\n%s\nTél. : %s poste %d" % (name, cred, inst, g.phone(), g.i(2000, 7999)) if lang == "fr" else \
        "\n-- \n%s\n%s\n%s\nTel: %s ext. %d" % (name, cred, inst, g.phone(), g.i(2000, 7999))
    if g.i(0, 2) == 0:
        s += "\n\n" + (LEGAL_FR if lang == "fr" else LEGAL_EN)
    return s


def addr_of(g, st, dom=None):
    t, gv, sn, cred = st
    dom = dom or g.c(INT_DOM)
    loc = (gv + "." + sn).lower()
    for a, b in (("é", "e"), ("è", "e"), ("ë", "e"), ("ô", "o"), ("'", ""), (" ", ""), ("-", "")):
        loc = loc.replace(a, b)
    disp = ("%s %s" % (gv, sn))
    return '"%s" <%s@%s>' % (disp, loc, dom)


def quote(g, text, who, when, lang):
    head = ("Le %s, %s a écrit :" % (when, who)) if lang == "fr" else ("On %s, %s wrote:" % (when, who))
    return head + "\n" + "\n".join("> " + l if l else ">" for l in text.splitlines())


def fwd(text, frm, subj, when, lang):
    if lang == "fr":
        return "-------- Message transféré --------\nDe : %s\nDate : %s\nObjet : %s\n\n%s" % (frm, when, subj, text)
    return "---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\n\n%s" % (frm, when, subj, text)


def civ(p, lang):
    if lang == "fr":
        return "Mme" if p["sex"] == "F" else "M."
    return "Mrs." if p["sex"] == "F" else "Mr."


def il(p, lang):  # pronoun
    return ("elle" if p["sex"] == "F" else "il") if lang == "fr" else ("she" if p["sex"] == "F" else "he")


def e_(p):  # French feminine agreement
    return "e" if p["sex"] == "F" else ""


def pname(g, p, lang):
    k = g.i(0, 5)
    if k == 0: return "%s %s" % (p["giv"], p["sur"])
    if k == 1: return "%s, %s" % (p["sur"].upper(), p["giv"])
    if k == 2: return "%s %s %s" % (civ(p, lang), p["giv"], p["sur"])
    if k == 3: return "%s %s" % (civ(p, lang), p["sur"])
    if k == 4: return "%s %s" % (p["sur"], p["giv"])
    return "%s, %s." % (p["sur"], p["giv"][0])


DX_FR = ["démence type Alzheimer modérée", "MPOC stade GOLD 3", "insuffisance cardiaque FEVG 30 %", "AVC sylvien gauche ancien",
         "diabète type 2 mal contrôlé", "néo pulmonaire métastatique", "fracture de hanche droite opérée", "delirium hypoactif",
         "IRC stade 4", "maladie de Parkinson", "plaie de pression sacrée stade 3", "dépression majeure"]
DX_EN = ["moderate Alzheimer dementia", "COPD GOLD 3", "CHF with EF 30%", "old left MCA stroke", "poorly controlled T2DM",
         "metastatic lung ca", "R hip fracture s/p ORIF", "hypoactive delirium", "CKD stage 4", "Parkinson disease",
         "stage 3 sacral pressure injury", "major depression"]
MEDS = ["apixaban 2,5 mg BID", "métoprolol 25 mg BID", "furosémide 40 mg DIE", "donépézil 10 mg HS", "quétiapine 12,5 mg HS PRN",
        "hydromorphone 0,5 mg SC q4h PRN", "lévothyroxine 75 mcg DIE", "metformine 500 mg BID", "lorazépam 0,5 mg SL PRN",
        "pantoprazole 40 mg DIE", "mirtazapine 15 mg HS", "insuline glargine 14 u HS"]


def dx(g, lang):
    j = g.i(0, len(DX_FR) - 1)
    return DX_FR[j] if lang == "fr" else DX_EN[j]


def meds(g, n, lang):
    m = g.r.sample(MEDS, n)
    return [x if lang == "fr" else x.replace(",", ".").replace("DIE", "daily").replace("HS", "qhs") for x in m]


# ---------------------------------------------------------------- attachments
FIXED_ZT = (2026, 3, 1, 9, 0, 0)


def norm_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for n in sorted(src.namelist()):
            b = src.read(n)
            if n.startswith("docProps/"):
                b = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z", b"2026-03-01T09:00:00Z", b)
            zi = zipfile.ZipInfo(n, FIXED_ZT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, b)
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
    for l in lines:
        for chunk in [l[i:i + 95] for i in range(0, max(len(l), 1), 95)]:
            c.drawString(60, y, chunk)
            y -= 14
            if y < 60:
                c.showPage(); c.setFont("Helvetica", 10); y = 740
    c.save()
    return buf.getvalue()


def make_docx(title, paras, table=None):
    import docx
    d = docx.Document()
    d.core_properties.author = "CHU Exemple"
    d.core_properties.created = datetime.datetime(2026, 3, 1, 9, 0)
    d.core_properties.modified = datetime.datetime(2026, 3, 1, 9, 0)
    d.core_properties.last_modified_by = "CHU Exemple"
    d.add_heading(title, 1)
    for p in paras:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        for row in table:
            cells = t.add_row().cells
            for k, v in enumerate(row):
                cells[k].text = str(v)
    b = io.BytesIO(); d.save(b)
    return norm_zip(b.getvalue())


def make_xlsx(sheet, rows):
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active; ws.title = sheet
    for r in rows:
        ws.append(list(r))
    wb.properties.creator = "CHU Exemple"
    wb.properties.created = datetime.datetime(2026, 3, 1, 9, 0)
    wb.properties.modified = datetime.datetime(2026, 3, 1, 9, 0)
    b = io.BytesIO(); wb.save(b)
    return norm_zip(b.getvalue())


def make_csv(rows, sep=";"):
    return ("\r\n".join(sep.join(str(x) for x in r) for r in rows) + "\r\n").encode("utf-8")


def make_zip(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for n, b in files:
            zi = zipfile.ZipInfo(n, FIXED_ZT); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, b)
    return out.getvalue()


def make_ics(uid, summary, start, dur_min, location, desc, organizer):
    st = start.astimezone(datetime.timezone.utc)
    en = st + datetime.timedelta(minutes=dur_min)
    f = "%Y%m%dT%H%M%SZ"
    def esc(s): return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//CHU Exemple//Agenda//FR", "METHOD:REQUEST", "BEGIN:VEVENT",
             "UID:%s" % uid, "DTSTAMP:20260301T090000Z", "DTSTART:%s" % st.strftime(f), "DTEND:%s" % en.strftime(f),
             "SUMMARY:%s" % esc(summary), "LOCATION:%s" % esc(location), "DESCRIPTION:%s" % esc(desc),
             "ORGANIZER:mailto:%s" % organizer, "END:VEVENT", "END:VCALENDAR"]
    out = []
    for l in lines:
        while len(l.encode()) > 73:
            cut = 73
            while len(l[:cut].encode()) > 73: cut -= 1
            out.append(l[:cut]); l = " " + l[cut:]
        out.append(l)
    return ("\r\n".join(out) + "\r\n").encode("utf-8")


def make_vcf(fn, sur, giv, tel, adr, note):
    return ("BEGIN:VCARD\r\nVERSION:3.0\r\nN:%s;%s;;;\r\nFN:%s\r\nTEL;TYPE=HOME:%s\r\nADR;TYPE=HOME:;;%s;;;;\r\nNOTE:%s\r\nEND:VCARD\r\n"
            % (sur, giv, fn, tel, adr.replace(",", "\\,"), note.replace(",", "\\,"))).encode("utf-8")


def M(cat, lang, subj, body, types, note, frm, to, **kw):
    d = dict(cat=cat, lang=lang, subj=subj, body=body, types=sorted(set(types)), note=note, frm=frm, to=to)
    d.update(kw)
    return d

# ================================================================ POSITIVES


def p_referral(g, lang):
    p = g.qc_nam_patient(); st = g.staff(lang == "en"); fr = lang == "fr"
    n = g.fmt_nam(p["nam"]); d = dx(g, lang)
    if g.i(0, 2) == 0:
        if fr:
            subj = "Réf. clinique mémoire – %s %s" % (p["sur"], p["giv"])
            body = ("Bonjour,\n\nSVP évaluer mon patient%s pour trouble neurocognitif.\nNAM %s / DDN %s\n"
                    "MoCA 17/30 (était 24 il y a 1 an). Errance la nuit, conduit encore l'auto (!). Tx : %s.\nConjoint%s épuisé%s.\n\nMerci\n") % (
                e_(p), n, g.fmt_dob(p["dob"], lang), ", ".join(meds(g, 2, lang)), "" if p["sex"] == "F" else "e", "" if p["sex"] == "F" else "e")
        else:
            subj = "Memory clinic referral - %s, %s" % (p["sur"], p["giv"])
            body = ("Hello,\n\nPls assess for neurocognitive disorder.\nRAMQ %s / DOB %s\nMoCA 17/30 (24 a year ago). Wandering at night, still driving (!). Meds: %s.\n"
                    "Spouse exhausted.\n\nThanks\n") % (n, g.fmt_dob(p["dob"], lang), ", ".join(meds(g, 2, lang)))
        return M("referral", lang, subj, body + sig(g, st, lang), ["ramq_nam", "patient_name", "date_of_birth", "diagnosis", "medication"],
                 "memory-clinic referral naming a patient with NAM, DOB, cognitive scores", addr_of(g, st), g.c(EXT[:3]))
    if fr:
        subj = g.c(["Demande de consultation gériatrie", "Référence – clinique mémoire", "Consult gériatrie SVP"])
        body = ("Bonjour,\n\nJe vous réfère %s, %d ans (DDN %s, NAM %s), pour évaluation en gériatrie.\n"
                "Dx connus : %s. Perte d'autonomie progressive depuis 6 mois, 2 chutes en janvier. "
                "Vit seul%s, fille impliquée.\n\nMerci de %s convoquer rapidement si possible.\n" %
                (pname(g, p, lang), g.age(p["dob"]), g.fmt_dob(p["dob"], lang), n, d, e_(p), "la" if p["sex"] == "F" else "le"))
    else:
        subj = g.c(["Geriatric consult request", "Referral - memory clinic", "New referral: falls / cognition"])
        body = ("Hi,\n\nReferring %s, %d y.o. (DOB %s, RAMQ %s) for geriatric assessment.\n"
                "Known: %s. Progressive functional decline x 6 mo, 2 falls in Jan. Lives alone, son involved.\n\n"
                "Thanks for booking at your earliest.\n" % (pname(g, p, lang), g.age(p["dob"]), g.fmt_dob(p["dob"], lang), n, d))
    return M("referral", lang, subj, body + sig(g, st, lang), ["ramq_nam", "patient_name", "date_of_birth", "diagnosis"],
             "referral naming a patient with NAM, DOB and diagnoses", addr_of(g, st), g.c(EXT[:3]))


def p_signout(g, lang):
    fr = lang == "fr"; st = g.staff(not fr)
    rows = []
    types = ["patient_name", "diagnosis"]
    for k in range(g.i(4, 7)):
        p = g.qc_patient(); ch = g.i(101, 340)
        ident = ""
        if g.i(0, 2) == 0:
            ident = " #" + g.mrn(); types.append("mrn")
        rows.append("%s %d – %s%s : %s; %s" % ("Ch." if fr else "Rm", ch, pname(g, p, lang), ident, dx(g, lang),
                    g.c(["surveiller TA", "chute cette nuit, RX hanche demandée", "refuse repas", "famille au chevet",
                         "Hb 78 à recontrôler", "agitée vers 2h, haldol 0,5 mg donné", "pansement sacrum q2j"] if fr else
                        ["watch BP", "fell overnight, hip xray ordered", "refusing meals", "family at bedside",
                         "Hb 78 recheck am", "agitated 0200, haldol 0.5 given", "sacral dressing q2d"])))
    unit = g.c(["2e étage Est", "unité prothétique", "3 Nord", "USP"])
    if fr:
        subj = g.c(["Relève soir → nuit %s" % unit, "Liste de relève CHSLD", "handover %s" % unit])
        body = "Salut la gang,\nvoici la relève pour ce soir :\n\n" + "\n".join(rows) + "\n\nBonne nuit, appelez-moi au besoin.\n"
    else:
        subj = g.c(["Evening sign-out %s" % unit, "Handover list", "sign out - LTC floor 2"])
        body = "Team,\nsign-out for tonight:\n\n" + "\n".join(rows) + "\n\nPage me if needed.\n"
    return M("signout_list", lang, subj, body + sig(g, st, lang), types, "unit sign-out listing residents by room with problems",
             addr_of(g, st), g.c(["liste-infirmieres@cisss-rivenord.example", "nuit.chsld@chsld-saintjude.example"]))


def p_pharm(g, lang):
    fr = lang == "fr"; st = g.staff(not fr)
    p = g.qc_nam_patient() if g.i(0, 1) else g.qc_patient()
    ml = meds(g, g.i(3, 6), lang)
    ids = ""
    types = ["patient_name", "medication"]
    if "nam" in p:
        ids = (" NAM %s" if fr else " RAMQ %s") % g.fmt_nam(p["nam"]); types.append("ramq_nam")
    else:
        ids = (" DDN %s" if fr else " DOB %s") % g.fmt_dob(p["dob"], lang); types.append("date_of_birth")
    if fr:
        subj = g.c(["Conciliation médicamenteuse – %s" % p["sur"], "Profil pharmaco à valider", "RE: renouvellement dispill"])
        body = ("Bonjour,\n\nPour %s%s, admis%s hier à l'unité, pouvez-vous nous confirmer le profil actif ?\n\n"
                + "\n".join("- " + m for m in ml) + "\n\nLe dispill de la semaine contient-il encore le %s ? "
                "La famille dit qu'il a été cessé en février.\n\nMerci\n") % (pname(g, p, lang), ids, e_(p), ml[0].split()[0])
    else:
        subj = g.c(["Med rec - %s" % p["sur"], "Blister pack question", "Please confirm active meds"])
        body = ("Hello,\n\nFor %s%s admitted yesterday, could you confirm the active profile?\n\n" + "\n".join("- " + m for m in ml) +
                "\n\nIs the %s still in the weekly blister? Family says it was stopped in Feb.\n\nThanks\n") % (pname(g, p, lang), ids, ml[0].split()[0])
    return M("pharmacy_medrec", lang, subj, body + sig(g, st, lang), types, "med reconciliation with community pharmacy for a named patient",
             addr_of(g, st), g.c(["pharmacie.desrosiers@pharma-quartier.example", "clinique@pharmacie-lemoyne.example"]))


def p_homecare(g, lang):
    fr = lang == "fr"; st = g.staff(not fr)
    p = g.qc_patient(); a = g.addr_qc(); t = g.phone()
    if fr:
        subj = g.c(["Demande SAD – soins de plaie", "Nouvelle demande soutien à domicile", "Congé jeudi – suivi inf. à domicile"])
        body = ("Bonjour,\n\nDemande de suivi infirmier à domicile dès le congé :\n\nUsager : %s\nAdresse : %s\nTél. : %s\n"
                "Motif : %s; pansement q2j, INR hebdo (warfarine).\nConjoint%s proche aidant%s, épuisement signalé.\n\nMerci\n") % (
            pname(g, p, lang), a, t, dx(g, lang), "e" if p["sex"] == "M" else "", "e" if p["sex"] == "M" else "")
    else:
        subj = g.c(["Home care referral - wound care", "New home care request", "Discharge Thursday - home nursing"])
        body = ("Hi,\n\nHome nursing follow-up on discharge please:\n\nClient: %s\nAddress: %s\nPhone: %s\nReason: %s; dressing q2d, weekly INR (warfarin).\n"
                "Spouse is caregiver, reports burnout.\n\nThanks\n") % (pname(g, p, lang), a, t, dx(g, lang))
    return M("homecare_request", lang, subj, body + sig(g, st, lang), ["patient_name", "patient_contact", "diagnosis", "medication"],
             "home-care request with patient's address, phone and condition", addr_of(g, st), g.c(["soins.domicile@clsc-hautesterres.example", "referrals@ontario-homecare.example"]))


def p_transport(g, lang):
    fr = lang == "fr"; st = g.staff(not fr); p = g.qc_patient()
    if fr:
        subj = "Transport %s – %s" % (g.c(["dialyse", "RV oncologie", "retour CHSLD"]), p["sur"])
        body = ("Bonjour,\n\nSVP prévoir transport adapté (fauteuil roulant) pour %s, %s, tél. %s.\n"
                "RV le %d mars 9h30 au CHU, pavillon B. Accompagnateur : fils. Oxygène 2 L.\n\nMerci\n") % (pname(g, p, lang), g.addr_qc(), g.phone(), g.i(3, 28))
    else:
        subj = "Transport request - %s" % p["sur"]
        body = ("Hello,\n\nPlease book wheelchair transport for %s, %s, home phone %s.\nAppt March %d 9:30 at CHU, pavilion B (dialysis). On O2 2 L.\n\nThanks\n") % (
            pname(g, p, lang), g.addr_qc(), g.phone(), g.i(3, 28))
    return M("transport", lang, subj, body + sig(g, st, lang), ["patient_name", "patient_contact"], "transport booking with patient's home address and phone",
             addr_of(g, st), "transport.adapte@ville-exemple.example")


def p_palliative(g, lang):
    fr = lang == "fr"; st = g.staff(not fr); p = g.qc_nam_patient(elderly=True)
    if fr:
        subj = g.c(["Rencontre famille – USP", "Niveau de soins – %s" % p["sur"], "Fin de vie, ch. %d" % g.i(1, 20)])
        body = ("Bonjour Dre Haddad,\n\n%s (%s) se détériore : somnolence, apport PO minime, râles. "
                "Niveau de soins révisé à D avec la fille ce matin. Pompe hydromorphone SC débutée. "
                "La famille souhaite être appelée jour et nuit.\nPronostic estimé : jours.\n\n") % (pname(g, p, lang), g.fmt_nam(p["nam"]))
    else:
        subj = g.c(["Family meeting - palliative", "Goals of care - %s" % p["sur"], "End of life, room %d" % g.i(1, 20)])
        body = ("Dr Haddad,\n\n%s (RAMQ %s) is declining: drowsy, minimal PO, secretions. Level of care changed to D with daughter this am. "
                "SC hydromorphone pump started. Family wants calls day or night. Prognosis: days.\n\n") % (pname(g, p, lang), g.fmt_nam(p["nam"]))
    return M("palliative", lang, subj, body + sig(g, st, lang), ["patient_name", "ramq_nam", "diagnosis", "medication"],
             "palliative update about a named patient with NAM", addr_of(g, st), addr_of(g, STAFF[5]))


def p_caregiver(g, lang):
    fr = lang == "fr"; st = STAFF[g.c([2, 7] if fr else [12, 16])]; p = g.qc_patient()
    carer = "%s %s" % (g.c(["Chantal", "Nicole", "Robert", "Linda", "Steve"]), p["sur"])
    when = g.date(g.i(0, 99)).strftime("%Y-%m-%d %H:%M")
    if fr:
        orig = ("Bonjour,\nJe suis la fille de %s, résident%s à la chambre %d. Depuis le changement de médication %s est très confus%s "
                "et ne mange presque plus. On m'a dit qu'%s avait une infection urinaire ? Personne ne m'a rappelée.\n"
                "Pouvez-vous m'appeler au %s ?\n%s") % (pname(g, p, lang), e_(p), g.i(101, 330), il(p, lang), e_(p), il(p, lang), g.phone(), carer)
        rep = ("Bonjour Mme %s,\n\nMerci de votre message. Effectivement, la culture urinaire est positive et un antibiotique "
               "(nitrofurantoïne) a été débuté hier. Je vous appelle cet après-midi pour faire le point.\n") % p["sur"]
        subj = "RE: %s – chambre – inquiétude" % ("ma mère" if p["sex"] == "F" else "mon père")
    else:
        orig = ("Hello,\nI'm the daughter of %s in room %d. Since the medication change %s is very confused and barely eating. "
                "Someone said a urinary infection? Nobody called me back. Please call %s.\n%s") % (pname(g, p, lang), g.i(101, 330), il(p, lang), g.phone(), carer)
        rep = "Dear Ms %s,\n\nThank you for writing. The urine culture came back positive and nitrofurantoin was started yesterday. I will call you this afternoon.\n" % p["sur"]
        subj = "RE: concerned about my parent"
    body = rep + sig(g, st, lang) + "\n\n" + quote(g, orig, '"%s" <famille.courriel@courriel-perso.example>' % carer, when, lang)
    return M("caregiver_reply", lang, subj, body, ["patient_name", "diagnosis", "medication"],
             "reply to a family caregiver discussing a named resident's infection and treatment", addr_of(g, st), '"%s" <famille.courriel@courriel-perso.example>' % carer)


def p_lab(g, lang):
    fr = lang == "fr"; st = g.staff(not fr); p = g.qc_patient(); m = g.mrn()
    val = g.c([("K+", "6,8 mmol/L"), ("Na+", "118 mmol/L"), ("Hb", "61 g/L"), ("INR", "7,9"), ("glucose", "1,9 mmol/L"), ("troponine HS", "412 ng/L")])
    v = val[1] if fr else val[1].replace(",", ".")
    if g.i(0, 3) == 0:  # identifier only, no name
        if fr:
            subj = "Valeur critique – dossier %s" % m
            body = "Bonjour,\nDossier %s, prélèvement de 06h10 : %s %s (valeur critique). Résident%s de l'unité %s. Svp aviser le MD traitant.\n" % (
                m, val[0], v, e_(p), g.c(["2E", "3O", "prothétique"]))
        else:
            subj = "Critical value - chart %s" % m
            body = "Hi,\nChart %s, 06:10 draw: %s %s (critical). Resident on unit %s. Please notify attending.\n" % (m, val[0], v, g.c(["2E", "3W", "secure unit"]))
        return M("lab_critical", lang, subj, body + sig(g, st, lang), ["mrn", "lab_result"], "critical lab value tied to a chart number only",
                 addr_of(g, st), g.c(["accueil@gmf-des-erables.example", "nuit.chsld@chsld-saintjude.example"]))
    if fr:
        subj = g.c(["VALEUR CRITIQUE – dossier %s" % m, "Valeur critique labo", "URGENT résultat"])
        body = "Valeur critique communiquée par téléphone à 14h12 :\n\n%s – dossier %s\n%s : %s\n\nMD de garde avisé : Dr Ouimet.\n" % (pname(g, p, lang), m, val[0], v)
    else:
        subj = g.c(["CRITICAL VALUE - MRN %s" % m, "Critical lab result", "URGENT lab"])
        body = "Critical value phoned at 14:12:\n\n%s - MRN %s\n%s: %s\n\nOn-call MD notified: Dr Ouimet.\n" % (pname(g, p, lang), m, val[0], v)
    return M("lab_critical", lang, subj, body + sig(g, st, lang), ["patient_name", "mrn", "lab_result"], "critical lab value with patient name and chart number",
             addr_of(g, st), g.c(["accueil@gmf-des-erables.example", "nuit.chsld@chsld-saintjude.example"]))


def p_discharge(g, lang):
    fr = lang == "fr"; st = g.staff(not fr); p = g.qc_nam_patient(); m = g.mrn()
    ml = meds(g, 4, lang)
    if fr:
        lines = ["Nom : %s %s   DDN : %s   NAM : %s   Dossier : %s" % (p["sur"].upper(), p["giv"], p["dob"], p["nam"], m),
                 "Admission : 2026-02-14   Congé : 2026-02-27", "Diagnostic principal : %s" % dx(g, lang), "Médication au congé :"] + ["  - " + x for x in ml] + \
                ["Suivi : GMF des Érables dans 2 semaines; SAD pour plaie."]
        subj = "Résumé de départ"; body = "Bonjour,\n\nCi-joint le résumé de départ de votre patient%s. Bonne journée.\n" % e_(p)
        fn = "resume_depart_%s.pdf" % p["sur"].lower()
    else:
        lines = ["Name: %s, %s   DOB: %s   RAMQ: %s   MRN: %s" % (p["sur"].upper(), p["giv"], p["dob"], p["nam"], m),
                 "Admitted: 2026-02-14   Discharged: 2026-02-27", "Main diagnosis: %s" % dx(g, lang), "Discharge meds:"] + ["  - " + x for x in ml] + ["F/u family MD 2 wks; home care for wound."]
        subj = "Discharge summary"; body = "Hello,\n\nPlease find attached the discharge summary for your patient.\n"
        fn = "discharge_summary_%s.pdf" % m.replace("-", "")
    pdf = make_pdf("Résumé de départ / Discharge summary", lines)
    return M("discharge_pdf", lang, subj, body + sig(g, st, lang), ["patient_name", "ramq_nam", "mrn", "date_of_birth", "diagnosis", "medication"],
             "body generic; attached PDF discharge summary with patient identifiers", addr_of(g, st), "accueil@gmf-des-erables.example",
             atts=[(fn, "application", "pdf", pdf)])


def p_vaccin(g, lang):
    fr = lang == "fr"; st = g.staff(not fr)
    rows = [["Chambre", "Nom", "Prénom", "DDN", "NAM", "Vaccin influenza", "Allergie"] if fr else ["Room", "Last", "First", "DOB", "RAMQ", "Flu shot", "Allergy"]]
    for k in range(g.i(5, 9)):
        p = g.qc_nam_patient()
        rows.append([g.i(101, 330), p["sur"], p["giv"], p["dob"], p["nam"], g.c(["oui", "refus", "non – famille à joindre"] if fr else ["yes", "refused", "no - call family"]), g.c(["", "pénicilline", "oeufs", ""])])
    use_csv = g.i(0, 2) == 0
    if use_csv:
        att = ("liste_vaccination.csv" if fr else "flu_list.csv", "text", "csv", make_csv(rows))
    else:
        att = ("vaccination_grippe_2e.xlsx" if fr else "flu_vaccination.xlsx", "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet", make_xlsx("Liste", rows))
    subj = "Liste vaccination influenza – résidents" if fr else "Flu vaccination list - residents"
    body = ("Bonjour,\nVoici la liste à jour pour la clinique de jeudi. Merci de compléter la colonne consentement.\n" if fr else
            "Hi,\nUpdated list for Thursday's clinic attached. Please complete consent column.\n")
    return M("vaccination_list", lang, subj, body + sig(g, st, lang), ["patient_name", "ramq_nam", "date_of_birth"],
             "attached spreadsheet of residents with NAM and DOB", addr_of(g, st), "liste-infirmieres@cisss-rivenord.example", atts=[att])


def p_ics(g, lang):
    fr = lang == "fr"; st = g.staff(not fr); p = g.qc_patient()
    start = g.date(g.i(0, 99)) + datetime.timedelta(days=3)
    if fr:
        summ = "Rencontre interdisciplinaire – %s (ch. %d)" % (pname(g, p, lang), g.i(101, 330))
        desc = "Objet : niveau de soins et hébergement. Dx : %s. Présents : famille, T.S., MD." % dx(g, lang)
        subj = "Invitation : rencontre interdisciplinaire"; body = "Bonjour, invitation ci-jointe. Merci de confirmer.\n"
    else:
        summ = "Family meeting - %s" % pname(g, p, lang)
        desc = "Goals of care / placement. Dx: %s. Attendees: family, SW, MD." % dx(g, lang)
        subj = "Invitation: family meeting"; body = "Hi, invite attached, please accept.\n"
    ics = make_ics("%d@chu-exemple.example" % g.i(10**8, 10**9), summ, start, 60, "Salle 3.14", desc, "julie.paradis@chu-exemple.example")
    return M("ics_meeting", lang, subj, body + sig(g, st, lang), ["patient_name", "diagnosis"], "calendar invitation naming a patient and diagnosis",
             addr_of(g, st), addr_of(g, STAFF[4]), atts=[("invite.ics", "text", "calendar", ics)])


def p_subject_only(g, lang):
    fr = lang == "fr"; st = g.staff(not fr); p = g.qc_patient()
    if fr:
        subj = g.c(["RE: %s ch. %d – chute cette nuit" % (pname(g, p, lang), g.i(101, 330)), "%s – résultat biopsie positif" % pname(g, p, lang),
                    "TR: %s %s – retour en CHSLD après fracture hanche" % (p["sur"], p["giv"])])
        body = g.c(["vu, merci. on en reparle demain.\n", "Ok reçu.\n", "Je m'en occupe.\n"])
    else:
        subj = g.c(["RE: %s rm %d - fell last night" % (pname(g, p, lang), g.i(101, 330)), "%s - biopsy positive" % pname(g, p, lang),
                    "FW: %s %s back to LTC after hip fx" % (p["giv"], p["sur"])])
        body = g.c(["seen, thx. will discuss tmrw.\n", "ok got it\n", "on it.\n"])
    return M("subject_only", lang, subj, body + sig(g, st, lang), ["patient_name", "diagnosis"], "patient name and clinical event only in the Subject",
             addr_of(g, st), addr_of(g, g.staff()))


def p_disguised(g, lang):
    fr = lang == "fr"; st = g.staff(not fr); p = g.qc_nam_patient()
    n = p["nam"]
    k = g.i(0, 3)
    if k == 0: shown = " ".join(n)
    elif k == 1: shown = "%s %s\n%s" % (n[:4], n[4:8], n[8:])
    elif k == 2: shown = n[:4] + " " + n[4:].translate(FW)
    else: shown = "%s / %s / %s" % (n[:4].lower(), n[4:8], n[8:])
    if fr:
        subj = g.c(["demande RV", "pour le dossier", "suivi"])
        body = ("Salut,\nje l'écris espacé pour pas que le courriel bloque 😉\nNAM : %s\nc'est pour %s %s, RV en %s à replacer (%s).\nMerci!\n") % (
            shown, p["giv"], p["sur"][0] + ".", g.c(["neuro", "cardio", "psychogériatrie"]), dx(g, lang))
    else:
        subj = g.c(["booking", "for the file", "follow-up"])
        body = ("Hi,\nwriting it spaced out so the mail doesn't get blocked ;)\nHC#: %s\nit's for %s %s, %s appt to rebook (%s).\nThx\n") % (
            shown, p["giv"], p["sur"][0] + ".", g.c(["neuro", "cardio", "psychogeriatrics"]), dx(g, lang))
    return M("disguised_id", lang, subj, body + sig(g, st, lang), ["ramq_nam", "diagnosis"], "NAM deliberately spaced/split with a clinical reason",
             addr_of(g, st), g.c(EXT[:3]))


def p_ontario(g, lang):
    st = g.staff(True); sex = g.c("FM")
    p = dict(sur=g.c(ON_SUR), giv=g.c(["Margaret", "Doris", "Eleanor"] if sex == "F" else ["Walter", "Harold", "Frank"]), sex=sex,
             dob="%d-%02d-%02d" % (g.i(1928, 1948), g.i(1, 12), g.i(1, 28)))
    hn = g.on_hn(); vc = g.c(["", " AB", "-KT", " ZX"])
    shown = g.c(["%s-%s-%s" % (hn[:4], hn[4:7], hn[7:]), hn, "%s %s %s" % (hn[:4], hn[4:7], hn[7:])]) + vc
    subj = g.c(["LTC bed offer - %s" % p["sur"], "Application for long-term care", "Transfer to Lakeshore LTC"])
    body = ("Good afternoon,\n\nRe: %s, DOB %s, OHIP %s\n\nAccepted for the bed at Lakeshore LTC, 3rd floor secure unit. Dx %s; "
            "requires 2-person transfer, mechanical lift. POA is the son. Please send the MAR and latest CCAC assessment.\n\nRegards,\n") % (
        pname(g, p, "en"), g.fmt_dob(p["dob"], "en"), shown, dx(g, "en"))
    return M("ontario_ltc", "en", subj, body + sig(g, st, "en"), ["ca_health_number", "patient_name", "date_of_birth", "diagnosis"],
             "Ontario LTC transfer with health number, DOB and diagnosis", addr_of(g, st), "admissions@lakeshore-ltc.example")


def p_belgium(g, lang):
    st = g.staff(False); sex = g.c("FM")
    p = dict(sur=g.c(BE_SUR), giv=g.c(["Josiane", "Ghislaine", "Marie-Claire"] if sex == "F" else ["Albert", "Jean-Pierre", "Marcel"]), sex=sex,
             dob="%d-%02d-%02d" % (g.i(1930, 1950), g.i(1, 12), g.i(1, 28)))
    nn = g.niss(p["dob"])
    shown = g.c(["%s.%s.%s-%s.%s" % (nn[:2], nn[2:4], nn[4:6], nn[6:9], nn[9:]), nn, "%s %s %s" % (nn[:6], nn[6:9], nn[9:])])
    subj = g.c(["Admission maison de repos – %s" % p["sur"], "Demande kiné à domicile", "Transfert MRS Les Tilleuls"])
    body = ("Madame, Monsieur,\n\nConcerne : %s, né%s le %s, NISS %s.\n\nSuite à son hospitalisation pour %s, nous sollicitons une admission en MRS. "
            "%s est sous %s. Mutualité : en ordre. %s ne peut plus assurer le maintien à domicile.\n\nBien à vous,\n") % (
        pname(g, p, "fr"), e_(p), g.fmt_dob(p["dob"], "fr"), shown, dx(g, "fr"), il(p, "fr").capitalize(), meds(g, 1, "fr")[0], "L'époux" if p["sex"] == "F" else "L'épouse")
    return M("belgium_mrs", "fr", subj, body + sig(g, st, "fr"), ["be_niss", "patient_name", "date_of_birth", "diagnosis", "medication"],
             "Belgian nursing-home admission with NISS", addr_of(g, st), "secretariat@mr-les-tilleuls.example")


def p_france(g, lang):
    st = g.staff(False); sex = g.c("FM")
    p = dict(sur=g.c(FR_SUR), giv=g.c(["Simone", "Yvette", "Odette"] if sex == "F" else ["Raymond", "Lucien", "René"]), sex=sex,
             dob="%d-%02d-%02d" % (g.i(1930, 1950), g.i(1, 12), g.i(1, 28)))
    nr = g.nir(sex, p["dob"])
    shown = g.c(["%s %s %s %s %s %s %s" % (nr[0], nr[1:3], nr[3:5], nr[5:7], nr[7:10], nr[10:13], nr[13:]), nr])
    subj = g.c(["Entrée EHPAD – dossier %s" % p["sur"], "HAD : demande de prise en charge", "Dossier de liaison – %s" % p["sur"]])
    body = ("Bonjour,\n\nJe vous transmets les éléments pour %s, n° de sécurité sociale %s.\nPathologies : %s. Traitement : %s. "
            "GIR 2. Sous mesure de curatelle renforcée (UDAF).\n\nCordialement,\n") % (pname(g, p, "fr"), shown, dx(g, "fr"), ", ".join(meds(g, 2, "fr")))
    return M("france_ehpad", "fr", subj, body + sig(g, st, "fr"), ["fr_nir", "patient_name", "diagnosis", "medication", "social_information"],
             "French EHPAD/HAD liaison with NIR", addr_of(g, st), "cadre.sante@ehpad-glycines.example")


def p_sin(g, lang):
    fr = lang == "fr"; st = g.staff(not fr); p = g.qc_patient(); s = g.sin()
    shown = g.c(["%s %s %s" % (s[:3], s[3:6], s[6:]), s, "%s-%s-%s" % (s[:3], s[3:6], s[6:])])
    if fr:
        subj = g.c(["Contribution adulte hébergé – dossier", "Formulaire RAMQ hébergement", "Exonération – calcul de contribution"])
        body = ("Bonjour,\n\nPour le calcul de la contribution de %s, hébergé%s au CHSLD depuis le 3 février : NAS %s. "
                "Revenu : SV + SRG seulement, aucun actif. Curatelle publique en cours d'ouverture.\n\nMerci\n") % (pname(g, p, lang), e_(p), shown)
    else:
        subj = g.c(["LTC contribution - SIN needed", "Income support form", "Reduced contribution request"])
        body = ("Hello,\n\nFor %s's LTC contribution calculation (admitted Feb 3): SIN %s. Income is OAS + GIS only, no assets. "
                "Public curator file being opened.\n\nThanks\n") % (pname(g, p, lang), shown)
    return M("sin_billing", lang, subj, body + sig(g, st, lang), ["ca_sin", "patient_name", "social_information"],
             "billing / contribution with resident's SIN and income situation", addr_of(g, st), g.c(["facturation@cisss-rivenord.example", "info@curateur-exemple.example"]))


def p_social(g, lang):
    fr = lang == "fr"; st = STAFF[4] if fr else STAFF[14]; p = g.qc_patient(); m = g.mrn()
    if fr:
        subj = g.c(["Situation sociale – dossier %s" % m, "Signalement – maltraitance présumée", "Hébergement temporaire urgent"])
        body = ("Bonjour,\n\nConcernant %s (dossier %s) : soupçon de maltraitance financière par le neveu qui gère ses comptes. "
                "Logement insalubre constaté par l'inf. SAD, pas de nourriture. Demande d'hébergement temporaire et ouverture d'un dossier au Curateur.\n\n") % (pname(g, p, lang), m)
    else:
        subj = g.c(["Social situation - MRN %s" % m, "Suspected elder abuse", "Urgent respite placement"])
        body = ("Hello,\n\nRe %s (MRN %s): suspected financial abuse by nephew managing accounts. Unsanitary housing reported by home-care nurse, no food at home. "
                "Requesting respite bed and referral to Public Curator.\n\n") % (pname(g, p, lang), m)
    return M("social_work", lang, subj, body + sig(g, st, lang), ["patient_name", "mrn", "social_information"],
             "social worker note on elder abuse and housing for a named patient", addr_of(g, st), g.c(["intake@services-sociaux.example", "soins.domicile@clsc-hautesterres.example"]))


def p_fwd_eml(g, lang):
    fr = lang == "fr"; st = g.staff(not fr)
    inner = g.c([p_lab, p_pharm, p_referral, p_transport])(g, lang)
    im = EmailMessage(policy=email.policy.default)
    im["From"] = inner["frm"]; im["To"] = inner["to"]; im["Subject"] = inner["subj"]
    im["Date"] = email.utils.format_datetime(g.date(g.i(0, 99)))
    im["Message-ID"] = "<%d.inner@chu-exemple.example>" % g.i(10**9, 10**10)
    im.set_content(inner["body"], charset="utf-8", cte="quoted-printable")
    subj = ("TR: " if fr else "Fwd: ") + inner["subj"]
    body = g.c(["Voir message ci-joint, peux-tu t'en occuper?\n", "Pour suivi. Merci\n"] if fr else ["See attached, can you handle?\n", "FYI please follow up\n"])
    return M("fwd_as_attachment", lang, subj, body + sig(g, st, lang), inner["types"],
             "forward-as-attachment: the attached .eml carries the patient data (%s)" % inner["cat"], addr_of(g, st), addr_of(g, g.staff()),
             atts=[("message.eml", "message", "rfc822", im)])


def p_research(g, lang):
    fr = lang == "fr"; st = g.staff(not fr); p = g.qc_nam_patient(elderly=True)
    pid = "GER-%03d" % g.i(1, 150)
    if fr:
        subj = "Étude PREVCHUTE – participant %s" % pid
        body = ("Bonjour,\n\nLe participant %s (%s %s, NAM %s) a chuté le 22 février avec fracture du poignet – EIG à déclarer au CER dans les 7 jours. "
                "MMSE 21/30 à la visite 3.\n\nMerci\n") % (pid, p["giv"], p["sur"], g.fmt_nam(p["nam"]))
    else:
        subj = "FALLPREV study - participant %s SAE" % pid
        body = ("Hi,\n\nParticipant %s (%s %s, RAMQ %s) fell Feb 22 with wrist fracture - SAE to report to REB within 7 days. MMSE 21/30 at visit 3.\n\nThanks\n") % (
            pid, p["giv"], p["sur"], g.fmt_nam(p["nam"]))
    return M("research", lang, subj, body + sig(g, st, lang), ["patient_name", "ramq_nam", "diagnosis"], "research SAE linking participant code to name and NAM",
             addr_of(g, st), "coordination@recherche-geriatrie.example")


def p_incident(g, lang):
    fr = lang == "fr"; st = g.staff(not fr); p = g.qc_patient()
    if fr:
        subj = "Rapport AH-223 – chute résident%s ch. %d" % (e_(p), g.i(101, 330))
        body = ("Bonjour,\n\nDéclaration AH-223 complétée : %s, %d ans, trouvé%s au sol à 03h40, ecchymose frontale. Sous anticoagulant (apixaban) — "
                "transféré%s à l'urgence pour TDM cérébral. Famille avisée à 04h15.\n\n") % (pname(g, p, lang), g.age(p["dob"]), e_(p), e_(p))
    else:
        subj = "Incident report - resident fall rm %d" % g.i(101, 330)
        body = ("Hi,\n\nIncident report filed: %s, %d y.o., found on floor 03:40, frontal bruise. On apixaban - sent to ED for head CT. Family notified 04:15.\n\n") % (
            pname(g, p, lang), g.age(p["dob"]))
    return M("incident_report", lang, subj, body + sig(g, st, lang), ["patient_name", "diagnosis", "medication"], "incident report on a named resident's fall",
             addr_of(g, st), "gestion.risques@chu-exemple.example")


def p_zip(g, lang):
    fr = lang == "fr"; st = g.staff(not fr)
    rows = [["Nom", "Dossier", "Dx", "Remarque"] if fr else ["Name", "MRN", "Dx", "Note"]]
    for k in range(5):
        p = g.qc_patient(); rows.append([pname(g, p, lang), g.mrn(), dx(g, lang), g.c(["", "DNR", "isolement C. diff", "famille difficile"])])
    dx_ = make_docx("Liste de suivi" if fr else "Follow-up list", ["Confidentiel"], rows)
    z = make_zip([("suivi/liste_suivi.docx", dx_), ("suivi/lisezmoi.txt", b"Liste interne\r\n")])
    subj = "Documents pour la rencontre" if fr else "Docs for meeting"
    body = "Ci-joint le zip, mot de passe par texto.\n" if fr else "Zip attached, password by text.\n"
    return M("zip_docx", lang, subj, body + sig(g, st, lang), ["patient_name", "mrn", "diagnosis"], "ZIP containing a DOCX list of patients with chart numbers and diagnoses",
             addr_of(g, st), addr_of(g, g.staff()), atts=[("suivi.zip", "application", "zip", z)])


def p_vcard(g, lang):
    fr = lang == "fr"; st = g.staff(not fr); p = g.qc_patient(); a = g.addr_qc(); t = g.phone()
    note = ("Usager SAD – %s – clé chez voisine" % dx(g, lang)) if fr else ("Home care client - %s - key with neighbour" % dx(g, lang))
    v = make_vcf("%s %s" % (p["giv"], p["sur"]), p["sur"], p["giv"], t, a, note)
    subj = "Coordonnées nouvel usager" if fr else "New client contact card"
    body = "Pour ta tournée de demain, carte ci-jointe.\n" if fr else "For tomorrow's route, card attached.\n"
    return M("vcard_homecare", lang, subj, body + sig(g, st, lang), ["patient_name", "patient_contact", "diagnosis"], "vCard of a home-care client with address, phone and diagnosis",
             addr_of(g, st), addr_of(g, g.staff()), atts=[("%s.vcf" % p["sur"].lower(), "text", "vcard", v)])

# ================================================================ NEGATIVES
NURSES = [("Julie", "Tremblay"), ("Marc-André", "Côté"), ("Nathalie", "Roy"), ("Sarah", "Gagnon"), ("Kim", "Nguyen"), ("Pascale", "Bouchard"),
          ("Alexandre", "Lavoie"), ("Émilie", "Fortin"), ("Jessica", "Morin"), ("Olivier", "Simard")]


def n_hr_schedule(g, lang):
    fr = lang == "fr"; st = g.staff(not fr, "adm")
    rows = []
    g.r.shuffle(NURSES)
    for k in range(g.i(5, 8)):
        gv, sn = NURSES[k]
        rows.append("%s %s – %s" % (gv, sn, g.c(["J 7h-15h", "S 15h-23h", "N 23h-7h", "congé", "formation PDSB", "vacances"] if fr else ["D 7-15", "E 15-23", "N 23-7", "off", "training", "vacation"])))
    if fr:
        subj = g.c(["Horaire semaine du %d mars" % g.i(2, 30), "Remplacements – fin de semaine", "Horaire période 12"])
        body = "Bonjour à tous,\n\nVoici les ajustements d'horaire :\n\n" + "\n".join(rows) + "\n\nMerci de confirmer vos disponibilités au poste.\n"
    else:
        subj = g.c(["Schedule week of Mar %d" % g.i(2, 30), "Weekend replacements", "Period 12 schedule"])
        body = "Hi all,\n\nSchedule changes:\n\n" + "\n".join(rows) + "\n\nPlease confirm availability at the desk.\n"
    return M("hr_schedule", lang, subj, body + sig(g, st, lang), [], "staff schedule", addr_of(g, st), "liste-infirmieres@cisss-rivenord.example")


def n_staff_roster(g, lang):
    fr = lang == "fr"; st = g.staff(not fr, "adm")
    rows = []
    g.r.shuffle(NURSES)
    for k in range(g.i(4, 7)):
        gv, sn = NURSES[k]
        rows.append("%s %d – %s, %s : %s" % ("Poste" if fr else "Station", g.i(1, 6), sn.upper(), gv,
                    g.c(["inf. aux. responsable ch. 201-220", "PAB ch. 221-240", "orientation nouvelle employée", "ASI de nuit", "float 3e"] if fr else
                        ["LPN lead rooms 201-220", "PSW rooms 221-240", "orienting new hire", "night charge", "float 3rd"])))
    if fr:
        subj = "Répartition des postes – nuit %s" % g.c(["2e Est", "unité prothétique", "3 Nord"])
        body = "Répartition du personnel pour cette nuit :\n\n" + "\n".join(rows) + "\n\nTemps supplémentaire offert : 1 PAB, voir avec l'ASI.\n"
    else:
        subj = "Staff assignment - nights"
        body = "Staff assignments tonight:\n\n" + "\n".join(rows) + "\n\nOT available: 1 PSW, see charge nurse.\n"
    return M("staff_assignment", lang, subj, body + sig(g, st, lang), [], "staff assignment roster with room ranges, no patients", addr_of(g, st), "nuit.chsld@chsld-saintjude.example")


def n_newsletter(g, lang):
    fr = lang == "fr"; st = g.staff(not fr)
    topic = g.c([("delirium", "le délirium chez la personne âgée", "delirium in older adults"), ("chutes", "la prévention des chutes en CHSLD", "fall prevention in LTC"),
                 ("antipsychotiques", "la déprescription des antipsychotiques", "deprescribing antipsychotics"), ("C. difficile", "le C. difficile", "C. difficile")])
    if fr:
        subj = "Infolettre SAPA – %s" % topic[1]
        body = ("INFOLETTRE – Soutien à l'autonomie des personnes âgées\n\nDans ce numéro : %s.\n\n"
                "Saviez-vous que jusqu'à 50 %% des personnes âgées hospitalisées présentent un épisode de délirium ? "
                "Les mesures non pharmacologiques (lunettes, appareils auditifs, mobilisation précoce) réduisent l'incidence d'environ un tiers.\n\n"
                "Outil du mois : la grille CAM. Capsule vidéo disponible sur l'intranet.\n\nPour vous désabonner, répondez « retrait ».\n") % topic[1]
    else:
        subj = "Seniors Care Newsletter - %s" % topic[2]
        body = ("NEWSLETTER - Seniors' Care Program\n\nIn this issue: %s.\n\nUp to 50%% of hospitalized older adults develop delirium. "
                "Non-drug measures (glasses, hearing aids, early mobility) cut incidence by about a third.\n\nTool of the month: CAM. Video on the intranet.\n\nReply 'unsubscribe' to stop.\n") % topic[2]
    return M("newsletter", lang, subj, body, [], "clinical newsletter, no patients", addr_of(g, st), "tous.employes@chu-exemple.example", html_pref=True)


def n_invoice(g, lang):
    fr = lang == "fr"; s = g.sin(); po = "%s %s %s" % (s[:3], s[3:6], s[6:])
    items = [("Culottes d'incontinence M (caisse 80)", 74.90), ("Gants nitrile M (boîte 100)", 9.85), ("Matelas thérapeutique", 1450.00), ("Lève-personne – courroie", 212.40)]
    it = g.r.sample(items, 3); tot = sum(x[1] * q for x, q in zip(it, (g.i(1, 20), 1, 2)))
    lines = "\n".join("%-40s %8.2f $" % (x[0], x[1]) for x in it)
    if fr:
        subj = "Facture %d – bon de commande %s" % (g.i(100000, 999999), po)
        body = "Bonjour,\n\nVeuillez trouver ci-jointe la facture pour le bon de commande n° %s.\n\n%s\n\nTotal avant taxes : %.2f $\nTPS 5 %% / TVQ 9,975 %%\nPaiement net 30 jours.\n" % (po, lines, tot)
    else:
        subj = "Invoice %d - PO %s" % (g.i(100000, 999999), po)
        body = "Hello,\n\nInvoice attached for purchase order %s.\n\n%s\n\nSubtotal: $%.2f\nNet 30.\n" % (po, lines, tot)
    pdf = make_pdf("FACTURE / INVOICE", ["Fournisseur Médical Exemple inc.", "Bon de commande / PO: %s" % po] + [x[0] for x in it] + ["Total: %.2f" % tot])
    return M("invoice", lang, subj, body + "\nComptes recevables – Fournisseur Médical Exemple\n", [], "supplier invoice; PO number passes a SIN checksum",
             "comptes@fournisseur-medical.example", "approvisionnement@chu-exemple.example", atts=[("facture.pdf", "application", "pdf", pdf)])


def n_committee(g, lang):
    fr = lang == "fr"; st = g.staff(not fr, "adm")
    if fr:
        subj = g.c(["Convocation – Comité milieu de vie", "Ordre du jour – CII", "Comité des usagers – rencontre du %d mars" % g.i(2, 30)])
        body = ("Bonjour,\n\nVous êtes convoqué(e) à la prochaine rencontre, le %d mars à 13h30, salle Laurentide (et Teams).\n\nOrdre du jour :\n"
                "1. Adoption du PV\n2. Suivi du plan d'amélioration (repas, bruit nocturne)\n3. Statistiques des chutes – T3\n4. Varia\n\nMerci de confirmer.\n") % g.i(2, 30)
    else:
        subj = g.c(["Notice - Residents' Committee", "Agenda - Quality committee", "Council meeting Mar %d" % g.i(2, 30)])
        body = "Hello,\n\nNext meeting Mar %d at 1:30 pm, Laurentide room (and Teams).\n\nAgenda:\n1. Minutes\n2. Improvement plan follow-up\n3. Q3 fall statistics\n4. Other\n\nPlease confirm.\n" % g.i(2, 30)
    return M("committee_notice", lang, subj, body + sig(g, st, lang), [], "committee meeting notice", addr_of(g, st), "comite.milieudevie@chsld-saintjude.example")


def n_ics(g, lang):
    fr = lang == "fr"; st = g.staff(not fr, "adm")
    start = g.date(g.i(0, 99)) + datetime.timedelta(days=5)
    summ = g.c(["Caucus SAPA", "Formation Omnicell", "Comité pharmaco"]) if fr else g.c(["Huddle", "Omnicell training", "P&T committee"])
    ics = make_ics("%d@chu-exemple.example" % g.i(10**8, 10**9), summ, start, 30, "Teams", "Lien Teams à venir" if fr else "Teams link to follow", "roux.stephanie@chu-exemple.example")
    return M("ics_admin", lang, ("Invitation : " if fr else "Invitation: ") + summ, ("Bonjour, invitation ci-jointe.\n" if fr else "Hi, invite attached.\n") + sig(g, st, lang), [],
             "meeting invitation, no patient", addr_of(g, st), addr_of(g, g.staff()), atts=[("invite.ics", "text", "calendar", ics)])


def n_it(g, lang):
    fr = lang == "fr"
    nas = "NAS-%s-%02d" % (g.c(["QC", "SJ", "RN"]), g.i(1, 20))
    if fr:
        subj = g.c(["Maintenance planifiée – %s" % nas, "Panne courriel – résolue", "Migration Windows 11 – étage 3", "Rappel : hameçonnage"])
        body = ("Bonjour,\n\nUne maintenance du serveur de stockage %s (NAS) aura lieu dimanche de 22h à 2h. Les lecteurs partagés P: et S: seront inaccessibles. "
                "Billet n° INC%07d. Pour toute question : poste 4357.\n\nCentre de services TI\n") % (nas, g.i(0, 9999999))
    else:
        subj = g.c(["Planned maintenance - %s" % nas, "Email outage - resolved", "Windows 11 rollout", "Reminder: phishing"])
        body = "Hello,\n\nStorage server %s (NAS) maintenance Sunday 22:00-02:00. Shared drives P: and S: unavailable. Ticket INC%07d. Questions: ext. 4357.\n\nIT Service Desk\n" % (nas, g.i(0, 9999999))
    return M("it_notice", lang, subj, body, [], "IT maintenance notice (NAS = storage)", '"Centre de services TI" <servicedesk@chu-exemple.example>', "tous.employes@chu-exemple.example", html_pref=g.i(0, 1) == 1)


def n_facilities(g, lang):
    fr = lang == "fr"
    if fr:
        subj = g.c(["Stationnement P2 fermé", "Cafétéria – menu de la semaine", "Travaux : ascenseur B", "Coupure d'eau chaude aile C"])
        body = g.c(["Le stationnement P2 sera fermé du %d au %d mars pour le déneigement. Les vignettes seront acceptées au P4.\n",
                    "Menu : lundi pâté chinois, mardi soupe aux pois, mercredi poulet au beurre. Le café est à 1,25 $.\n",
                    "L'ascenseur B sera hors service du %d au %d mars. Merci d'utiliser l'ascenseur C pour les civières.\n",
                    "Coupure d'eau chaude le %d mars de 9h à %dh, aile C. Les bains seront reportés.\n"]).replace("%d", str(g.i(2, 12)), 1).replace("%d", str(g.i(13, 20)))
        body = "Bonjour,\n\n" + body + "\nService des installations matérielles\n"
    else:
        subj = g.c(["P2 parking closed", "Cafeteria menu", "Elevator B work", "Hot water shut-off wing C"])
        body = "Hello,\n\n" + g.c(["P2 parking closed for snow removal this week; permits accepted at P4.\n", "Menu: Mon shepherd's pie, Tue pea soup. Coffee $1.25.\n",
                                     "Elevator B out of service; use C for stretchers.\n", "Hot water shut-off wing C Thursday 9-12.\n"]) + "\nFacilities Management\n"
    return M("facilities", lang, subj, body, [], "facilities notice", '"Installations" <installations@chu-exemple.example>', "tous.employes@chu-exemple.example")


def n_public_health(g, lang):
    fr = lang == "fr"; a = g.i(4, 30); b = g.i(1, 9)
    reg = g.c(["qc", "qc", "be", "fr"]) if fr else "qc"
    if reg == "be":
        subj = "Surveillance grippe – maisons de repos (semaine %d)" % g.i(1, 12)
        body = ("Madame, Monsieur,\n\nCette semaine, %d maisons de repos et de soins de la province ont déclaré un foyer de grippe (%d résidents touchés au total). "
                "Nous rappelons l'importance de la vaccination du personnel et de la notification des foyers à la cellule de surveillance dans les 24 heures.\n\n"
                "Cellule de surveillance des maladies infectieuses\n") % (b, a * 4)
        return M("public_health", lang, subj, body, [], "Belgian surveillance bulletin with aggregates", '"Surveillance" <surveillance@sante-wallonie-exemple.example>', "secretariat@mr-les-tilleuls.example")
    if reg == "fr":
        subj = "Point épidémiologique – EHPAD du département"
        body = ("Bonjour,\n\nPoint hebdomadaire : %d épisodes de cas groupés d'IRA signalés en EHPAD (%d résidents, %d hospitalisations). "
                "Merci de poursuivre le signalement via le portail et de renforcer les précautions complémentaires gouttelettes.\n\nCellule régionale de veille sanitaire\n") % (b, a * 2, b)
        return M("public_health", lang, subj, body, [], "French public-health bulletin with aggregates", '"Veille sanitaire" <veille@ars-exemple.example>', "cadre.sante@ehpad-glycines.example")
    if fr:
        subj = g.c(["Bulletin de santé publique – influenza semaine %d" % g.i(1, 12), "Éclosion COVID-19 – mise à jour", "Vigie VRS"])
        body = ("Bulletin de la Direction de santé publique\n\nSemaine %d : %d cas d'influenza A confirmés en CHSLD dans la région, dont %d éclosions actives. "
                "%d cas à l'unité 4B du CHSLD Saint-Jude; %d hospitalisations. Rappel : antiviraux prophylactiques pour tous les résidents de l'unité touchée, "
                "port du masque, cohortage du personnel.\n\nTaux de vaccination des résidents : %d %%.\n") % (g.i(1, 12), a * 3, b, a, b, g.i(70, 92))
    else:
        subj = g.c(["Public health bulletin - influenza", "COVID-19 outbreak update", "RSV surveillance"])
        body = ("Public Health Bulletin\n\nWeek %d: %d confirmed influenza A cases in regional LTC homes, %d active outbreaks. %d cases on unit 4B; %d hospitalized. "
                "Reminder: prophylactic antivirals for all residents on affected unit, masking, staff cohorting.\n\nResident vaccination rate: %d%%.\n") % (g.i(1, 12), a * 3, b, a, b, g.i(70, 92))
    return M("public_health", lang, subj, body, [], "public-health bulletin with aggregates only", '"Santé publique" <dsp@sante-publique-region.example>', "tous.employes@chu-exemple.example", html_pref=True)


def n_conference(g, lang):
    fr = lang == "fr"
    talks = [("Dre Isabelle Gagné", "Démence à corps de Lewy : pièges diagnostiques", "Lewy body dementia: diagnostic pitfalls"),
             ("Dr Samuel Cloutier", "Myélome multiple chez l'aîné fragile", "Multiple myeloma in the frail elderly"),
             ("Karine St-Onge, pharm.", "Déprescription en CHSLD", "Deprescribing in LTC"),
             ("Dre Nadia Haddad", "Sédation palliative continue", "Continuous palliative sedation"),
             ("Martin Boisvert, T.S.", "Proches aidants et épuisement", "Caregiver burnout")]
    t = g.r.sample(talks, 4)
    if fr:
        subj = "Programme – Journée de gériatrie et soins palliatifs %d" % 2026
        body = "JOURNÉE SCIENTIFIQUE\n%d avril 2026, Centre des congrès\n\n" % g.i(2, 28) + "\n".join("%s  %s — %s" % (h, x[0], x[1]) for h, x in zip(["8h30", "9h30", "10h45", "13h15"], t)) + \
            "\n\nInscription : 150 $ (gratuit pour résidents). 6 heures de formation accréditées.\n"
    else:
        subj = "Program - Geriatrics & Palliative Care Day 2026"
        body = "SCIENTIFIC DAY\nApril %d 2026, Convention Centre\n\n" % g.i(2, 28) + "\n".join("%s  %s - %s" % (h, x[0], x[2]) for h, x in zip(["8:30", "9:30", "10:45", "13:15"], t)) + \
            "\n\nRegistration $150 (free for residents). 6 accredited hours.\n"
    return M("conference_programme", lang, subj, body, [], "conference programme, speakers and topics", '"Formation continue" <dpc@chu-exemple.example>', "liste-medecins@chu-exemple.example", html_pref=g.i(0, 1) == 1)


def n_job(g, lang):
    fr = lang == "fr"
    if fr:
        subj = g.c(["Affichage de poste – infirmière auxiliaire CHSLD", "Offre d'emploi : préposé(e) aux bénéficiaires", "Poste : pharmacien(ne) communautaire – liaison"])
        body = "AFFICHAGE INTERNE n° %d\n\nTitre : %s\nStatut : temps complet permanent, quart de soir\nSalaire : %d,%02d $ à %d,%02d $/h\nExigences : DEP, membre de l'OIIAQ\nDate limite : %d mars\n" % (
            g.i(1000, 9999), subj.split(":")[-1].strip(), g.i(25, 30), g.i(0, 99), g.i(31, 38), g.i(0, 99), g.i(10, 30))
    else:
        subj = g.c(["Job posting - RPN Long-term care", "Now hiring: PSW", "Opening: home care nurse"])
        body = "POSTING #%d\n\nTitle: %s\nFull-time, evenings\nRate: $%d-%d/h\nApply by March %d.\n" % (g.i(1000, 9999), subj.split(":")[-1].strip(), g.i(25, 30), g.i(31, 45), g.i(10, 30))
    return M("job_posting", lang, subj, body, [], "job posting", '"Ressources humaines" <rh@cisss-rivenord.example>', "tous.employes@chu-exemple.example", html_pref=g.i(0, 1) == 1)


def n_teaching(g, lang):
    fr = lang == "fr"; st = g.staff(not fr)
    age = g.i(72, 94)
    if fr:
        subj = "Cas clinique – club de lecture de %s" % g.c(["mardi", "jeudi"])
        body = ("Bonjour les résidents,\n\nCas pour mardi : une femme de %d ans, hébergée en CHSLD, présente depuis 48 h une confusion fluctuante, "
                "une rétention urinaire et une constipation. Elle reçoit oxybutynine, quétiapine et hydromorphone. Na 131, créat 142.\n\n"
                "Questions : 1) Diagnostic différentiel? 2) Quelle médication cesser en premier? 3) Outils de dépistage?\n") % age
    else:
        subj = "Teaching case - journal club"
        body = ("Residents,\n\nCase for Tuesday: a %d-year-old man in LTC with 48 h of fluctuating confusion, urinary retention and constipation, on oxybutynin, "
                "quetiapine and hydromorphone. Na 131, creat 142.\n\nQ1) Differential? Q2) Which drug to stop first? Q3) Screening tools?\n") % age
    return M("teaching_case", lang, subj, body + sig(g, st, lang), [], "anonymised teaching case", addr_of(g, st), "residents-geriatrie@chu-exemple.example")


def n_blank_form(g, lang):
    fr = lang == "fr"; st = g.staff(not fr)
    if fr:
        doc = make_docx("Demande de services – soutien à domicile", ["Nom de l'usager : ____________________", "NAM : ____ ____ ____", "Date de naissance : ____/____/______",
                                                                      "Adresse : ______________________________", "Motif de la demande : ____________________"])
        subj = "Nouveau formulaire de demande SAD (gabarit)"; body = "Bonjour,\n\nVoici le nouveau gabarit à utiliser à partir du 1er avril. Merci de détruire les anciennes versions.\n"
        fn = "gabarit_demande_SAD_v3.docx"
    else:
        doc = make_docx("Home Care Referral Form", ["Client name: ____________", "Health card #: ____________", "DOB: __/__/____", "Address: ____________", "Reason: ____________"])
        subj = "New home care referral form (template)"; body = "Hi,\n\nNew template to use from April 1. Please discard old versions.\n"
        fn = "homecare_referral_template_v3.docx"
    return M("blank_form", lang, subj, body + sig(g, st, lang), [], "blank form template attached", addr_of(g, st), "liste-infirmieres@cisss-rivenord.example",
             atts=[(fn, "application", "vnd.openxmlformats-officedocument.wordprocessingml.document", doc)])


def n_vendor(g, lang):
    fr = lang == "fr"
    imei = "35%012d" % g.i(0, 10**12 - 1); imei = imei + luhn.calc_check_digit(imei)
    sn = "SN%d%s%05d" % (g.i(10, 99), g.c(["AX", "KQ", "TT"]), g.i(0, 99999))
    if fr:
        subj = g.c(["Confirmation d'expédition – pompes", "Remplacement tablette soins à domicile", "Catalogue printemps"])
        body = "Bonjour,\n\nVotre commande a été expédiée.\nArticle : pompe volumétrique PV-300, n° de série %s\nTablette de remplacement IMEI %s\nLot 24%05d, exp. 2028-06\n\nService à la clientèle\n" % (sn, imei, g.i(0, 99999))
    else:
        subj = g.c(["Shipping confirmation - pumps", "Replacement tablet", "Spring catalogue"])
        body = "Hello,\n\nYour order shipped.\nItem: PV-300 infusion pump, serial %s\nReplacement tablet IMEI %s\nLot 24%05d, exp 2028-06\n\nCustomer service\n" % (sn, imei, g.i(0, 99999))
    return M("vendor", lang, subj, body, [], "vendor mail with serial/IMEI/lot numbers", "service@fournisseur-medical.example", "biomedical@chu-exemple.example")


def n_staff_sick(g, lang):
    fr = lang == "fr"; st = g.staff(not fr, "adm"); gv, sn = g.c(NURSES)
    if fr:
        subj = "Absence – %s %s" % (gv, sn)
        body = "Bonjour,\n\n%s %s (matricule %d) sera en arrêt maladie jusqu'au %d mars (grippe). Merci de prévoir le remplacement sur le quart de jour.\n" % (gv, sn, g.i(100000, 999999), g.i(5, 20))
    else:
        subj = "Absence - %s %s" % (gv, sn)
        body = "Hi,\n\n%s %s (employee #%d) is on sick leave until March %d (flu). Please arrange day-shift coverage.\n" % (gv, sn, g.i(100000, 999999), g.i(5, 20))
    return M("staff_sick_leave", lang, subj, body + sig(g, st, lang), [], "staff sick-leave notice", addr_of(g, st), "gestionnaire.3e@chsld-saintjude.example")


def n_stats(g, lang):
    fr = lang == "fr"; st = g.staff(not fr, "adm")
    rows = [["Unité", "Résidents", "Chutes", "Plaies st.2+", "Contentions", "Antipsychotiques %"] if fr else ["Unit", "Residents", "Falls", "PI st.2+", "Restraints", "Antipsychotics %"]]
    for u in ["2E", "2O", "3E", "3O", "Prothétique"]:
        rows.append([u, g.i(28, 40), g.i(0, 12), g.i(0, 5), g.i(0, 3), g.i(10, 35)])
    x = make_xlsx("T3", rows)
    subj = "Indicateurs qualité T3" if fr else "Q3 quality indicators"
    body = "Bonjour,\nCi-joint les indicateurs agrégés du trimestre.\n" if fr else "Hi,\nAggregated quarterly indicators attached.\n"
    return M("stats_report", lang, subj, body + sig(g, st, lang), [], "aggregate quality statistics spreadsheet", addr_of(g, st), "direction.sapa@cisss-rivenord.example",
             atts=[("indicateurs_T3.xlsx", "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet", x)])


def n_shortage(g, lang):
    fr = lang == "fr"; st = STAFF[3] if fr else STAFF[13]
    d = g.c(["quétiapine 25 mg", "furosémide injectable", "amoxicilline suspension", "nitroglycérine timbre"])
    if fr:
        subj = "Rupture d'approvisionnement – %s" % d
        body = "Bonjour,\n\nRupture prévue de %s jusqu'à la fin avril. Alternative proposée au formulaire; les prescriptions actives seront converties par la pharmacie. Aucune action requise des unités.\n" % d
    else:
        subj = "Drug shortage - %s" % d
        body = "Hello,\n\nShortage of %s expected until end of April. Formulary alternative proposed; pharmacy will convert active orders. No action for units.\n" % d
    return M("drug_shortage", lang, subj, body + sig(g, st, lang), [], "drug shortage notice, no patients", addr_of(g, st), "tous.employes@chu-exemple.example")


def n_training(g, lang):
    fr = lang == "fr"; st = g.staff(not fr, "adm")
    if fr:
        subj = g.c(["Formation PDSB obligatoire", "RCR – recertification", "Formation approche Carpe Diem"])
        body = "Bonjour,\n\nSessions les %d et %d mars, 8h30-12h, salle 1.02. Inscription dans LMS avant le %d. Les heures sont rémunérées.\n" % (g.i(2, 10), g.i(11, 20), g.i(1, 9))
    else:
        subj = g.c(["Mandatory safe lifting training", "CPR recertification", "Gentle persuasive approaches training"])
        body = "Hello,\n\nSessions on March %d and %d, 8:30-12, room 1.02. Register in LMS by the %d. Paid hours.\n" % (g.i(2, 10), g.i(11, 20), g.i(1, 9))
    return M("training", lang, subj, body + sig(g, st, lang), [], "staff training notice", addr_of(g, st), "liste-infirmieres@cisss-rivenord.example")


def n_caregiver_support(g, lang):
    fr = lang == "fr"; st = STAFF[4] if fr else STAFF[14]
    if fr:
        subj = g.c(["Groupe de soutien pour proches aidants", "Café-rencontre des proches aidants", "RE: info groupe de soutien"])
        body = ("Bonjour,\n\nLe groupe de soutien pour proches aidants de personnes atteintes de la maladie d'Alzheimer reprend le %d mars, 19h, au CLSC. "
                "Gratuit, répit offert sur place. Inscription : 450-555-0142.\n") % g.i(2, 28)
    else:
        subj = g.c(["Caregiver support group", "Caregivers' coffee meeting", "RE: support group info"])
        body = "Hello,\n\nThe support group for caregivers of people living with dementia resumes March %d, 7 pm, at the CLSC. Free, respite on site. Register: 514-555-0142.\n" % g.i(2, 28)
    return M("caregiver_support", lang, subj, body + sig(g, st, lang), [], "caregiver support group announcement", addr_of(g, st), "famille.courriel@courriel-perso.example")


def n_physician(g, lang):
    fr = lang == "fr"; st = g.staff(not fr)
    if fr:
        subj = "Nouvelle clinique de myélome – Dr Cloutier"
        body = ("Bonjour,\n\nÀ compter du 1er avril, le Dr Samuel Cloutier, hématologue, prendra en charge la clinique de myélome et d'amylose le mercredi AM. "
                "La Dre Gagné poursuit la clinique de démence à corps de Lewy. Les références passent par le CRDS.\n")
    else:
        subj = "New myeloma clinic - Dr Cloutier"
        body = "Hello,\n\nFrom April 1, Dr Samuel Cloutier, hematologist, takes over the myeloma and amyloidosis clinic on Wednesday AM. Dr Gagné continues the Lewy body dementia clinic. Referrals via central intake.\n"
    return M("physician_clinic", lang, subj, body + sig(g, st, lang), [], "physician named next to the diseases they treat", addr_of(g, st), "accueil@gmf-des-erables.example")


def n_recall(g, lang):
    fr = lang == "fr"; st = STAFF[3] if fr else STAFF[13]
    lot = "%d%s%04d" % (g.i(10, 99), g.c("ABKX"), g.i(0, 9999))
    if fr:
        subj = "Rappel de lot – seringues préremplies"; body = "Bonjour,\n\nRappel volontaire du lot %s (exp. 2027-09). Retirer des chariots et retourner à la pharmacie. Aucun incident signalé.\n" % lot
    else:
        subj = "Lot recall - prefilled syringes"; body = "Hello,\n\nVoluntary recall of lot %s (exp 2027-09). Remove from carts and return to pharmacy. No incidents reported.\n" % lot
    return M("lot_recall", lang, subj, body + sig(g, st, lang), [], "product recall with lot number", addr_of(g, st), "tous.employes@chu-exemple.example")


def n_admin_thread(g, lang):
    fr = lang == "fr"; st = g.staff(not fr, "adm"); st2 = g.staff(not fr, "adm")
    when = g.date(g.i(0, 99)).strftime("%Y-%m-%d %H:%M")
    if fr:
        orig = "Bonjour, est-ce que la salle 3.14 est libre jeudi 13h pour la rencontre du comité? Il faudrait le projecteur.\nMerci"
        rep = "Oui c'est réservé à ton nom, le projecteur est dans l'armoire (clé au poste).\n"
        subj = "RE: réservation salle 3.14"
    else:
        orig = "Hi, is room 3.14 free Thursday 1 pm for the committee? Need the projector.\nThanks"
        rep = "Yes, booked under your name; projector in the cabinet (key at desk).\n"
        subj = "RE: room 3.14 booking"
    return M("admin_reply", lang, subj, rep + sig(g, st, lang) + "\n\n" + quote(g, orig, addr_of(g, st2), when, lang), [], "room booking reply thread", addr_of(g, st), addr_of(g, st2))


def p_quoted_only(g, lang):
    fr = lang == "fr"
    inner = g.c([p_referral, p_pharm, p_homecare])(g, lang)
    st = g.staff(not fr)
    when = g.date(g.i(0, 99)).strftime("%Y-%m-%d %H:%M")
    top = g.c(["Ok je m'en occupe.", "Reçu, on la/le voit mardi.", "Bien reçu, merci. Je transmets à l'équipe."] if fr else
              ["Ok, on it.", "Got it, booked for Tuesday.", "Received, thanks. Passing it to the team."])
    body = top + "\n" + sig(g, st, lang) + "\n\n" + quote(g, inner["body"], inner["frm"], when, lang)
    return M("reply_quoted", lang, "RE: " + inner["subj"], body, inner["types"], "short reply; patient data only in the quoted original",
             addr_of(g, st), inner["frm"])


def p_split(g, lang):
    fr = lang == "fr"; st = g.staff(not fr); p = g.qc_patient()
    if fr:
        subj = g.c(["%s %s" % (p["sur"].upper(), p["giv"]), "Re: %s %s %s" % (civ(p, lang), p["giv"], p["sur"]), "dossier %s, %s" % (p["sur"], p["giv"])])
        body = "Suite à notre appel : %s confirmé. On débute %s. Je revois la famille vendredi.\n" % (dx(g, lang), meds(g, 1, lang)[0])
    else:
        subj = g.c(["%s, %s" % (p["sur"].upper(), p["giv"]), "Re: %s %s %s" % (civ(p, lang), p["giv"], p["sur"]), "file %s %s" % (p["giv"], p["sur"])])
        body = "Further to our call: %s confirmed. Starting %s. Will see family Friday.\n" % (dx(g, lang), meds(g, 1, lang)[0])
    return M("split_subject_body", lang, subj, body + sig(g, st, lang), ["patient_name", "diagnosis", "medication"],
             "patient named in the Subject, diagnosis and treatment in the body", addr_of(g, st), g.c(EXT[:3]))


def n_family_question(g, lang):
    fr = lang == "fr"; st = g.staff(not fr, "adm")
    when = g.date(g.i(0, 99)).strftime("%Y-%m-%d %H:%M")
    if fr:
        orig = "Bonjour,\nQuelles sont les heures de visite au CHSLD pendant les Fêtes et est-ce que le stationnement est gratuit pour les familles?\nMerci\nNicole"
        rep = "Bonjour,\n\nLes visites sont permises de 9h à 21h. Le stationnement P1 est gratuit pour les proches aidants avec la vignette remise à l'accueil.\n"
        subj = "RE: heures de visite"
    else:
        orig = "Hello,\nWhat are the visiting hours during the holidays, and is parking free for families?\nThanks\nNicole"
        rep = "Hello,\n\nVisits are allowed 9 am to 9 pm. P1 parking is free for caregivers with the permit from reception.\n"
        subj = "RE: visiting hours"
    return M("family_question", lang, subj, rep + sig(g, st, lang) + "\n\n" + quote(g, orig, "famille.courriel@courriel-perso.example", when, lang), [],
             "family asks general visiting/parking question; no patient details", addr_of(g, st), "famille.courriel@courriel-perso.example")


def n_volunteer(g, lang):
    fr = lang == "fr"; st = g.staff(not fr, "adm"); sex = g.c("FM")
    nm = "%s %s" % (g.c(GIV_F if sex == "F" else GIV_M), g.c(SUR))
    if fr:
        subj = "Hommage à nos bénévoles"
        body = ("Bonjour à tous,\n\nCette semaine, nous soulignons l'engagement de %s, bénévole aux loisirs du CHSLD depuis 20 ans "
                "(bingo du mardi, chorale). Un gâteau sera servi jeudi à 14h à la salle communautaire.\n") % nm
    else:
        subj = "Volunteer appreciation"
        body = "Hi all,\n\nThis week we celebrate %s, recreation volunteer at the LTC home for 20 years (Tuesday bingo, choir). Cake Thursday 2 pm in the community room.\n" % nm
    return M("volunteer_news", lang, subj, body + sig(g, st, lang), [], "volunteer appreciation; named person is not a patient", addr_of(g, st), "tous.employes@chu-exemple.example", html_pref=True)

# ================================================================ plan & transport
POS_PLAN = [(p_referral, 6, None), (p_signout, 6, None), (p_pharm, 6, None), (p_homecare, 6, None), (p_transport, 5, None),
            (p_palliative, 6, None), (p_caregiver, 6, None), (p_lab, 5, None), (p_discharge, 6, None), (p_vaccin, 5, None),
            (p_ics, 4, None), (p_subject_only, 5, None), (p_disguised, 5, None), (p_ontario, 6, "en"), (p_belgium, 5, "fr"),
            (p_france, 5, "fr"), (p_sin, 5, None), (p_social, 5, None), (p_fwd_eml, 5, None), (p_research, 3, None),
            (p_incident, 4, None), (p_zip, 2, None), (p_vcard, 2, None), (p_quoted_only, 4, None), (p_split, 3, None)]
NEG_PLAN = [(n_hr_schedule, 10), (n_staff_roster, 8), (n_newsletter, 10), (n_invoice, 10), (n_committee, 10), (n_ics, 6), (n_it, 10),
            (n_facilities, 10), (n_public_health, 10), (n_conference, 10), (n_job, 10), (n_teaching, 8), (n_blank_form, 8), (n_vendor, 8),
            (n_staff_sick, 6), (n_stats, 6), (n_shortage, 6), (n_training, 6), (n_caregiver_support, 6), (n_physician, 6), (n_recall, 4),
            (n_admin_thread, 4), (n_family_question, 4), (n_volunteer, 4)]
FR_POS, FR_NEG = 66, 99


def plan(g):
    pos = []
    for f, n, fixed in POS_PLAN:
        pos += [(f, fixed)] * n
    free = [k for k, (f, fx) in enumerate(pos) if fx is None]
    nfr_fixed = sum(1 for f, fx in pos if fx == "fr")
    langs = ["fr"] * (FR_POS - nfr_fixed) + ["en"] * (len(free) - (FR_POS - nfr_fixed))
    g.r.shuffle(langs)
    pos = [(f, fx) for f, fx in pos]
    pl = []
    it = iter(langs)
    for f, fx in pos:
        pl.append((f, fx or next(it)))
    neg = []
    for f, n in NEG_PLAN:
        neg += [f] * n
    nl = ["fr"] * FR_NEG + ["en"] * (len(neg) - FR_NEG)
    g.r.shuffle(nl)
    nplan = list(zip(neg, nl))
    g.r.shuffle(pl); g.r.shuffle(nplan)
    return pl, nplan


def to_html(text):
    out = []
    for l in text.splitlines():
        if l.startswith(">"):
            out.append('<div style="border-left:2px solid #ccc;padding-left:6px;color:#555">%s</div>' % html.escape(l.lstrip("> ")))
        elif l == "":
            out.append("<br>")
        else:
            out.append("<div>%s</div>" % html.escape(l))
    return ('<html><head><meta charset="{cs}"></head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n'
            + "\n".join(out) + "\n</body></html>\n")


def pick_cs(g, texts):
    cs = g.c(["utf-8", "utf-8", "iso-8859-1", "windows-1252"])
    for t in texts:
        try:
            t.encode(cs)
        except UnicodeEncodeError:
            return "utf-8"
    return cs


def build(g, spec, k):
    msg = EmailMessage(policy=email.policy.default)
    subj, body = spec["subj"], spec["body"]
    lang = spec["lang"]; fr = lang == "fr"
    # optional inline forward wrapper
    if g.i(0, 11) == 0 and not spec.get("atts"):
        when = g.date(k + 3).strftime("%d/%m/%Y %H:%M")
        body = (g.c(["Pour info.", "Peux-tu regarder?", "voir plus bas", "À traiter svp"] if fr else ["FYI", "Can you take a look?", "see below", "pls action"]) + "\n\n" + fwd(body, spec["frm"], subj, when, lang))
        subj = ("TR: " if fr else "Fwd: ") + subj
        spec["transport_fwd"] = True
    msg["From"] = spec["frm"]
    msg["To"] = spec["to"]
    if g.i(0, 3) == 0:
        msg["Cc"] = addr_of(g, g.staff())
    msg["Subject"] = subj
    msg["Date"] = email.utils.format_datetime(g.date(k))
    dom = re.search(r"@([\w.-]+)", spec["frm"]).group(1)
    msg["Message-ID"] = "<%s.%d@%s>" % (hashlib.sha1(("%d%s" % (k, subj)).encode()).hexdigest()[:16], k, dom)
    if subj.startswith(("RE:", "Re:")):
        msg["In-Reply-To"] = "<%d@%s>" % (g.i(10**8, 10**9), g.c(["courriel-perso.example", "chu-exemple.example"]))
    msg["X-Mailer"] = g.c(["Microsoft Outlook 16.0", "Mozilla Thunderbird 115.8", "Apple Mail (2.3774)", "Zimbra 10.0"])
    form = g.c(["plain", "plain", "html", "alt"] if not spec.get("html_pref") else ["html", "alt", "alt", "plain"])
    cs = pick_cs(g, [body, to_html(body)])
    cte = g.c(["quoted-printable", "base64", "8bit"])
    if form in ("plain", "alt"):
        msg.set_content(body, charset=cs, cte=cte)
        if form == "alt":
            msg.add_alternative(to_html(body).replace("{cs}", cs), subtype="html", charset=cs, cte=g.c(["quoted-printable", "base64"]))
    else:
        msg.set_content(to_html(body).replace("{cs}", cs), subtype="html", charset=cs, cte=cte)
    for fn, mt, st, data in spec.get("atts", []):
        if mt == "message":
            msg.add_attachment(data, filename=fn)
        elif mt == "text":
            msg.add_attachment(data.decode("utf-8"), subtype=st, charset="utf-8", cte=g.c(["base64", "quoted-printable"]), filename=fn)
        else:
            msg.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    spec["transport"] = "multipart/mixed" if spec.get("atts") else {"plain": "text/plain", "html": "text/html", "alt": "multipart/alternative"}[form]
    spec["charset"], spec["cte"] = cs, cte
    spec["linesep"] = g.c(["\r\n", "\n"])
    for idx, part in enumerate(msg.walk()):
        if part.is_multipart() and part.get_content_maintype() == "multipart":
            part.set_boundary("----=_Part_%d_%d.%s" % (k, idx, hashlib.md5(("%d/%d" % (k, idx)).encode()).hexdigest()[:12]))
    return msg.as_bytes(policy=email.policy.default.clone(linesep=spec["linesep"]))


def check(out, labels):
    files = sorted(os.path.relpath(os.path.join(d, f), out).replace(os.sep, "/")
                   for sub in ("positive", "negative") for d, _, fs in os.walk(os.path.join(out, sub)) for f in fs)
    assert files == sorted(labels), "labels do not cover exactly the files"
    for f in files:
        raw = open(os.path.join(out, f), "rb").read()
        m = email.message_from_bytes(raw, policy=email.policy.default)
        for part in m.walk():
            assert not part.defects, (f, part.defects)
            if not part.is_multipart():
                part.get_content()
        lab = labels[f]
        assert lab["confidential"] == f.startswith("positive/")
        assert (len(lab["types"]) > 0) == lab["confidential"], f
    h = hashlib.sha256()
    for f in files + ["labels.json"]:
        h.update(f.encode() + b"\0" + open(os.path.join(out, f), "rb").read())
    return h.hexdigest()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument("--seed", type=int, default=7373)
    a = ap.parse_args()
    g = G(a.seed)
    pl, nplan = plan(g)
    for sub in ("positive", "negative"):
        d = os.path.join(a.out, sub)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".eml"): os.remove(os.path.join(d, f))
    labels = {}; stats = {}
    k = 0
    for pref, sub, items in (("p", "positive", pl), ("n", "negative", nplan)):
        for j, (f, lang) in enumerate(items, 1):
            spec = f(g, lang)
            raw = build(g, spec, k); k += 1
            name = "%s/%s%03d_%s.eml" % (sub, pref, j, spec["cat"])
            with open(os.path.join(a.out, name), "wb") as fh:
                fh.write(raw)
            labels[name] = {"confidential": sub == "positive", "types": spec["types"], "lang": spec["lang"], "note": spec["note"]}
            for key in ("cat:" + spec["cat"], "lang:" + spec["lang"], "transport:" + spec["transport"], "charset:" + spec["charset"],
                        "cte:" + spec["cte"], "eol:" + ("CRLF" if spec["linesep"] == "\r\n" else "LF"),
                        "inline_fwd:yes" if spec.get("transport_fwd") else "inline_fwd:no"):
                stats[key] = stats.get(key, 0) + 1
            stats[sub] = stats.get(sub, 0) + 1
    with open(os.path.join(a.out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    digest = check(a.out, labels)
    for key in sorted(stats):
        print("%-40s %d" % (key, stats[key]))
    print("sha256", digest)


if __name__ == "__main__":
    main()
