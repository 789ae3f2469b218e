#!/usr/bin/env python3
"""Blind held-out corpus #51 for the hospital DLP filter.

Flavour: mail written by non-clinical hospital staff who still handle patients
(unit clerks, admissions / bed booking, switchboard, patient transport and
porters, interpreters, volunteers, spiritual care, security), French-Canadian
and English about evenly.

Writes positive/pNNN_<category>.eml (120), negative/nNNN_<category>.eml (180)
and labels.json next to this file (or under --out DIR), deterministically from
the seed, then parses everything back and prints counts and a sha256 digest.

Standard library + python-stdnum + reportlab + python-docx + openpyxl.
"""
import argparse
import base64
import datetime as dt
import hashlib
import html as htmlmod
import io
import json
import os
import quopri
import random
import re
import sys
import unicodedata
import urllib.parse
import zipfile
import email
import email.policy
from email.header import Header
from email.utils import formataddr, format_datetime

from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SEED = 5151
N_POS = 120
N_NEG = 180
FIXED_ZIP_DT = (2024, 3, 1, 9, 0, 0)
FIXED_ISO = "2024-03-01T09:00:00Z"
ALLOWED_TYPES = ["ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn",
                 "date_of_birth", "patient_name", "diagnosis", "medication", "lab_result",
                 "patient_contact", "social_information"]

# --------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def slug(s):
    s = strip_accents(s).lower()
    return re.sub(r"[^a-z0-9]+", "", s)


FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def fmt_date(d, lang, rng, style=None):
    styles = ["iso", "dmy", "long", "short"] if lang == "fr" else ["iso", "mdy", "long", "dmy"]
    style = style or rng.choice(styles)
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "dmy":
        return d.strftime("%d/%m/%Y")
    if style == "dmyd":
        return d.strftime("%d-%m-%Y")
    if style == "mdy":
        return d.strftime("%m/%d/%Y")
    if style == "short":
        return d.strftime("%y-%m-%d")
    if lang == "fr":
        return "%d %s %d" % (d.day, FR_MONTHS[d.month - 1], d.year)
    return "%s %d, %d" % (EN_MONTHS[d.month - 1], d.day, d.year)


def day_label(d, lang):
    if lang == "fr":
        return "%s %d %s" % (FR_DAYS[d.weekday()], d.day, FR_MONTHS[d.month - 1])
    return "%s, %s %d" % (EN_DAYS[d.weekday()], EN_MONTHS[d.month - 1], d.day)


def hm(h, m, lang):
    return ("%dh%02d" % (h, m)) if lang == "fr" else ("%d:%02d" % (h, m))


# --------------------------------------------------------------------------
# identifiers (all validated with python-stdnum)
# --------------------------------------------------------------------------


def gen_sin(rng):
    while True:
        first = rng.choice("1234567")
        body = first + "".join(rng.choice("0123456789") for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def fmt_sin(num, rng):
    return rng.choice(["%s %s %s", "%s-%s-%s", "%s%s%s"]) % (num[:3], num[3:6], num[6:])


def gen_hcn(rng):
    """Ontario health number: 10 digits, Luhn check digit; optional version code."""
    while True:
        body = rng.choice("123456789") + "".join(rng.choice("0123456789") for _ in range(8))
        num = body + luhn.calc_check_digit(body)
        if luhn.is_valid(num):
            return num


def fmt_hcn(num, rng, vc=True):
    s = rng.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (num[:4], num[4:7], num[7:])
    if vc and rng.random() < 0.6:
        s += rng.choice([" ", "-", " "]) + rng.choice("ABCEGHJKLMNPRSTVWXY") + rng.choice("ABCEGHJKLMNPRSTVWXY")
    return s


def gen_niss(rng, dob, sex):
    while True:
        cnt = rng.randint(1, 997)
        if (cnt % 2 == 1) != (sex == "M"):
            continue
        base = dob.strftime("%y%m%d") + "%03d" % cnt
        n = int(("2" + base) if dob.year >= 2000 else base)
        num = base + "%02d" % (97 - n % 97)
        if be_nn.is_valid(num):
            return num


def fmt_niss(num, rng):
    return rng.choice([be_nn.format(num), num, "%s %s %s %s %s %s" % (num[:2], num[2:4], num[4:6], num[6:9], num[9:], "")]).strip()


def gen_nir(rng, dob, sex):
    while True:
        dept = "%02d" % rng.choice([13, 31, 33, 35, 44, 59, 69, 75, 75, 92, 93, 67, 21])
        base = ("1" if sex == "M" else "2") + dob.strftime("%y%m") + dept + "%03d" % rng.randint(1, 990) + "%03d" % rng.randint(1, 999)
        num = base + fr_nir.calc_check_digits(base)
        if fr_nir.is_valid(num):
            return num


def fmt_nir(num, rng):
    return rng.choice([fr_nir.format(num), num, num[:13] + " " + num[13:]])


def gen_mrn(rng):
    return "%07d" % rng.randint(100000, 9999999)


def fmt_mrn(m, rng, lang):
    style = rng.randrange(6)
    if style == 0:
        return ("MRN " if lang == "en" else "dossier ") + m
    if style == 1:
        return ("chart #" if lang == "en" else "no dossier ") + m
    if style == 2:
        return ("MRN: H" if lang == "en" else "# dos. H") + m
    if style == 3:
        return ("Chart: " if lang == "en" else "Dossier : ") + m[:2] + "-" + m[2:4] + "-" + m[4:]
    if style == 4:
        return ("hosp. no. " if lang == "en" else "n° de dossier ") + m
    return ("MRN#" if lang == "en" else "DOSSIER#") + m


def fmt_nam(nam, rng):
    style = rng.randrange(7)
    if style in (0, 1):
        return nam
    if style == 2:
        return "%s %s %s" % (nam[:4], nam[4:8], nam[8:])
    if style == 3:
        return "%s-%s-%s" % (nam[:4], nam[4:8], nam[8:])
    if style == 4:
        return nam[:4].lower() + " " + nam[4:]
    if style == 5:
        return "%s %s" % (nam[:4], nam[4:])
    return "%s %s %s %s" % (nam[:4], nam[4:6], nam[6:8], nam[8:])


def luhn_number(rng, length):
    body = rng.choice("123456789") + "".join(rng.choice("0123456789") for _ in range(length - 2))
    return body + luhn.calc_check_digit(body)


# --------------------------------------------------------------------------
# people and places (all invented)
# --------------------------------------------------------------------------

STAFF_FR = [("Josée", "Bérubé"), ("Martin", "Gagnon"), ("Nathalie", "Drouin"), ("Stéphane", "Lévesque"),
            ("Karine", "Ouellet"), ("Sylvain", "Côté"), ("Chantal", "Thibodeau"), ("Éric", "Dufresne"),
            ("Mélanie", "Boucher"), ("François", "Gauthier"), ("Isabelle", "Rioux"), ("Patrick", "Fortin"),
            ("Geneviève", "Paradis"), ("Luc", "Bélanger"), ("Annie", "Morin"), ("Marc-André", "Caron"),
            ("Sonia", "Bergeron"), ("Réjean", "Poulin"), ("Manon", "Vachon"), ("Hugo", "Desjardins"),
            ("Lucie", "Turcotte"), ("Denis", "Lafrenière"), ("Francine", "St-Onge"), ("Yves", "Beaulieu"),
            ("Maryse", "Cloutier-Roy"), ("Jean-Guy", "Allard"), ("Véronique", "Nadon"), ("Kevin", "Labrecque")]
STAFF_EN = [("Karen", "MacLeod"), ("Dave", "Sullivan"), ("Priya", "Raman"), ("Tom", "O'Brien"),
            ("Linda", "Fraser"), ("Kevin", "Walsh"), ("Jennifer", "Kowalski"), ("Mike", "Henderson"),
            ("Samantha", "Chu"), ("Rob", "McKenzie"), ("Angela", "Rossi"), ("Derek", "Campbell"),
            ("Nicole", "Greenberg"), ("Paul", "Whitfield"), ("Fatima", "Haddad"), ("Brian", "Doyle"),
            ("Sharon", "Blackwood"), ("Gary", "Petrov"), ("Tanya", "Singh"), ("Wendy", "Abernathy"),
            ("Omar", "Nassar"), ("Heather", "Lindqvist"), ("Chris", "Mayhew"), ("Joanne", "Pritchard")]
DOCS_FR = [("Dre", "Hélène Nadeau", "oncologie", "cancer du sein"), ("Dr", "Alain Vézina", "cardiologie", "insuffisance cardiaque"),
           ("Dre", "Sophie Lalonde", "néphrologie", "insuffisance rénale chronique"),
           ("Dr", "Benoît Marchand", "pneumologie", "MPOC et asthme sévère"),
           ("Dre", "Amélie Trudel", "psychiatrie", "troubles anxieux et psychoses"),
           ("Dr", "Jacques Boivin", "gériatrie", "troubles cognitifs et démence"),
           ("Dre", "Nadia Benali", "endocrinologie", "diabète de type 1"),
           ("Dr", "Mathieu Ringuette", "orthopédie", "fractures de la hanche")]
DOCS_EN = [("Dr.", "Rachel Stein", "oncology", "lung cancer"), ("Dr.", "Andrew Patel", "cardiology", "atrial fibrillation"),
           ("Dr.", "Grace Okafor", "nephrology", "chronic kidney disease"),
           ("Dr.", "Ian Mercer", "respirology", "COPD"),
           ("Dr.", "Laura Vance", "psychiatry", "first-episode psychosis"),
           ("Dr.", "Victor Huang", "geriatrics", "dementia and falls"),
           ("Dr.", "Emily Carter", "endocrinology", "type 1 diabetes"),
           ("Dr.", "Sean Gallagher", "orthopaedics", "hip fractures")]

PAT_GIVEN_FR_M = ["Gilles", "Réal", "Normand", "Jean-Pierre", "Marcel", "Claude", "Gaétan", "Rosaire", "Mathis", "Olivier", "Ghislain", "Roger"]
PAT_GIVEN_FR_F = ["Thérèse", "Huguette", "Ginette", "Louise", "Pierrette", "Rollande", "Émilie", "Noémie", "Carole", "Solange", "Jacinthe", "Yolande"]
PAT_GIVEN_EN_M = ["Harold", "Walter", "George", "Dennis", "Raymond", "Liam", "Ethan", "Frank", "Stanley", "Curtis"]
PAT_GIVEN_EN_F = ["Dorothy", "Margaret", "Evelyn", "Brenda", "Shirley", "Chloe", "Hannah", "Joyce", "Doreen", "Patricia"]
PAT_SUR_FR = ["Bouchard", "Tremblay", "Gingras", "Lachance", "Desrosiers", "Beauchemin", "Larouche", "Plamondon",
              "Thériault", "Boisvert", "Vaillancourt", "Champagne", "Dionne", "Laplante", "Séguin", "Pelchat"]
PAT_SUR_EN = ["Harrington", "McAllister", "Dunn", "Kaminski", "Fitzgerald", "Reilly", "Pearson", "Morrison",
              "Baxter", "Nowak", "Gallant", "Hughes", "Sinclair", "Duchesne", "Clarke", "Whelan"]
FOREIGN_FR = [("Durand", "Aurélien", "M"), ("Lefèvre", "Camille", "F"), ("Moreau", "Bastien", "M"), ("Girard", "Océane", "F"),
              ("Fabre", "Régis", "M"), ("Mercier", "Justine", "F")]
FOREIGN_BE = [("Peeters", "Wouter", "M"), ("Janssens", "Lies", "F"), ("Dubois", "Arnaud", "M"), ("Lambert", "Sophie", "F"),
              ("Claes", "Pieter", "M"), ("Wouters", "Elise", "F")]
ALLO_NAMES = [("Ramírez", "Lucía", "F", "espagnol", "Spanish"), ("Haddad", "Youssef", "M", "arabe", "Arabic"),
              ("Nguyen", "Thi Hoa", "F", "vietnamien", "Vietnamese"), ("Tesfaye", "Abeba", "F", "tigrigna", "Tigrinya"),
              ("Mendoza", "Carlos", "M", "espagnol", "Spanish"), ("Wang", "Jian", "M", "mandarin", "Mandarin"),
              ("Rahimi", "Farida", "F", "dari", "Dari"), ("Kovalenko", "Olena", "F", "ukrainien", "Ukrainian"),
              ("Joseph", "Wilner", "M", "créole haïtien", "Haitian Creole"), ("Silva", "Ana Paula", "F", "portugais", "Portuguese"),
              ("Ahmadi", "Reza", "M", "farsi", "Farsi"), ("Kaur", "Harpreet", "F", "pendjabi", "Punjabi")]

STREETS_FR = ["rue des Épinettes", "boulevard Lacasse", "rang Saint-Joseph", "avenue du Parc-Beaulieu", "rue Principale",
              "chemin du Lac-Vert", "rue de la Fabrique", "montée des Pionniers", "rue Notre-Dame Ouest", "rue des Hirondelles"]
TOWNS_FR = [("Val-Moreau", "J0K"), ("Sainte-Anne-des-Pins", "J5T"), ("Lac-Bouleau", "J0T"), ("Saint-Ours-des-Prés", "J0G"),
            ("Beaulac", "G0R"), ("Pointe-aux-Cèdres", "J7V")]
STREETS_EN = ["Maple Crescent", "Lakeshore Road", "Birch Street", "Elmwood Avenue", "Cedar Lane", "Hillcrest Drive",
              "King Street East", "Orchard Court", "Riverside Drive", "Willow Bend"]
TOWNS_EN = [("Harbourview", "H9X"), ("Kirkfield Heights", "H9R"), ("Baie-Sainte-Claire", "H9W"), ("Rideau Falls", "K7A"),
            ("Westbrook", "H4V")]

FR_HOSP = [("Hôpital Saint-Rémi-des-Érables", "hsre.example"),
           ("CIUSSS de la Vallée-Moreau – Hôpital de Val-Moreau", "ciusss-valleemoreau.example"),
           ("Centre hospitalier du Boisjoli", "chboisjoli.example")]
EN_HOSP = [("Lakeshore Mercy Hospital", "lakeshoremercy.example"),
           ("Westbrook General Hospital", "westbrookgeneral.example"),
           ("St. Columba Health Centre", "stcolumba-hc.example")]
ON_HOSP = ("Rideau Falls General Hospital", "rfgh.example")

UNITS_FR = ["4e Nord", "5e Sud – médecine", "6e Est – chirurgie", "7e – gériatrie", "3e Ouest – cardiologie", "UCDG",
            "unité de soins palliatifs", "2e – psychiatrie", "urgence – civières"]
UNITS_EN = ["4 West", "5 North Medicine", "6 East Surgery", "7B Geriatrics", "3 West Cardiology", "Palliative Care Unit",
            "2 South Mental Health", "ED Stretchers"]

DISCLAIMER_FR = ("AVIS DE CONFIDENTIALITÉ : Ce courriel et les pièces jointes peuvent contenir des renseignements "
                 "confidentiels destinés uniquement au destinataire. Si vous l'avez reçu par erreur, veuillez "
                 "le détruire et en aviser l'expéditeur.")
DISCLAIMER_EN = ("CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain confidential information "
                 "intended only for the addressee. If you received it in error, please delete it and notify the sender.")


class Person:
    def __init__(self, surname, given, dob, sex, nam=None, lang="fr"):
        self.surname, self.given, self.dob, self.sex, self.nam, self.lang = surname, given, dob, sex, nam, lang

    @property
    def full(self):
        return "%s %s" % (self.given, self.surname)

    def title(self, lang, rng=None):
        if lang == "fr":
            opts = ["M.", "Monsieur"] if self.sex == "M" else ["Mme", "Madame"]
        else:
            opts = ["Mr.", "Mr"] if self.sex == "M" else ["Mrs.", "Ms.", "Ms"]
        return opts[0] if rng is None else rng.choice(opts)

    def name(self, lang, rng, style=None):
        """A realistic rendering of the patient's name."""
        styles = ["full", "title_full", "title_sur_given", "sur_comma", "upper_comma", "sur_given"]
        style = style or rng.choice(styles)
        if style == "full":
            return self.full
        if style == "title_full":
            return "%s %s" % (self.title(lang, rng), self.full)
        if style == "title_sur":
            return "%s %s" % (self.title(lang, rng), self.surname)
        if style == "title_sur_given":
            return "%s %s %s" % (self.title(lang, rng), self.given, self.surname)
        if style == "sur_comma":
            return "%s, %s" % (self.surname, self.given)
        if style == "upper_comma":
            return "%s, %s" % (self.surname.upper(), self.given)
        return "%s %s" % (self.surname, self.given)

    def age(self, today):
        return today.year - self.dob.year - ((today.month, today.day) < (self.dob.month, self.dob.day))


def load_blind_nams():
    path = os.path.join(HERE, os.pardir, "blind_nams.txt")
    people = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            sur, given, dob, sex, nam = line.split()
            people.append(Person(sur, given, dt.date.fromisoformat(dob), sex, nam))
    return people


class Staff:
    def __init__(self, first, last, domain, role=""):
        self.first, self.last, self.domain, self.role = first, last, domain, role

    @property
    def full(self):
        return "%s %s" % (self.first, self.last)

    @property
    def addr(self):
        return "%s.%s@%s" % (slug(self.first), slug(self.last), self.domain)


# --------------------------------------------------------------------------
# body model
# --------------------------------------------------------------------------


class Table:
    def __init__(self, header, rows, caption=None):
        self.header, self.rows, self.caption = header, rows, caption


class Quote:
    """Reply quoting an earlier message."""

    def __init__(self, who, when, segs, lang, to=None, subject=None):
        self.who, self.when, self.segs, self.lang, self.to, self.subject = who, when, segs, lang, to, subject


class Fwd:
    """Inline forward."""

    def __init__(self, who, when, segs, lang, to=None, subject=None):
        self.who, self.when, self.segs, self.lang, self.to, self.subject = who, when, segs, lang, to, subject


class Att:
    def __init__(self, filename, ctype, data, charset=None, inline=False):
        self.filename, self.ctype, self.data, self.charset, self.inline = filename, ctype, data, charset, inline


class Mail:
    def __init__(self, lang, frm, to, subject, body, atts=None, cc=None, form=None, date=None,
                 reply=False, headers=None):
        self.lang, self.frm, self.to, self.subject, self.body = lang, frm, to, subject, body
        self.atts = atts or []
        self.cc = cc or []
        self.form = form          # None (random), "plain", "html", "alt"
        self.date = date
        self.reply = reply
        self.headers = headers or []


def render_text(segs, style, lang):
    out = []
    for s in segs:
        if isinstance(s, str):
            if s.strip():
                out.append(s)
        elif isinstance(s, Table):
            out.append(table_text(s, style))
        elif isinstance(s, Quote):
            inner = render_text(s.segs, style, lang)
            if style["quote"] == "gt":
                head = ("Le %s, %s a écrit :" if s.lang == "fr" else "On %s, %s wrote:") % (s.when, s.who)
                out.append(head + "\n" + "\n".join(("> " + l) if l else ">" for l in inner.split("\n")))
            else:
                if s.lang == "fr":
                    h = ["-----Message d'origine-----", "De : " + s.who, "Envoyé : " + s.when]
                    if s.to:
                        h.append("À : " + s.to)
                    if s.subject:
                        h.append("Objet : " + s.subject)
                else:
                    h = ["-----Original Message-----", "From: " + s.who, "Sent: " + s.when]
                    if s.to:
                        h.append("To: " + s.to)
                    if s.subject:
                        h.append("Subject: " + s.subject)
                out.append("\n".join(h) + "\n\n" + inner)
        elif isinstance(s, Fwd):
            inner = render_text(s.segs, style, lang)
            if s.lang == "fr":
                h = ["---------- Message transféré ---------", "De : " + s.who, "Date : " + s.when]
                if s.subject:
                    h.append("Objet : " + s.subject)
                if s.to:
                    h.append("À : " + s.to)
            else:
                h = ["---------- Forwarded message ---------", "From: " + s.who, "Date: " + s.when]
                if s.subject:
                    h.append("Subject: " + s.subject)
                if s.to:
                    h.append("To: " + s.to)
            out.append("\n".join(h) + "\n\n" + inner)
    return "\n\n".join(out)


def table_text(t, style):
    rows = [t.header] + t.rows if t.header else list(t.rows)
    rows = [[str(c) for c in r] for r in rows]
    st = style["table"]
    lines = []
    if t.caption:
        lines.append(t.caption)
    if st == "pipe":
        for i, r in enumerate(rows):
            lines.append("| " + " | ".join(r) + " |")
            if i == 0 and t.header:
                lines.append("|" + "|".join("-" * (len(c) + 2) for c in r) + "|")
    elif st == "tab":
        for r in rows:
            lines.append("\t".join(r))
    elif st == "aligned":
        w = [max(len(r[i]) for r in rows if i < len(r)) for i in range(max(len(r) for r in rows))]
        for i, r in enumerate(rows):
            lines.append("  ".join(c.ljust(w[j]) for j, c in enumerate(r)).rstrip())
            if i == 0 and t.header:
                lines.append("  ".join("-" * x for x in w))
    elif st == "semi":
        for r in rows:
            lines.append(" ; ".join(r))
    else:  # dash list
        body = t.rows
        for r in body:
            lines.append("- " + " / ".join(str(c) for c in r if str(c)))
    return "\n".join(lines)


def para_html(s):
    parts = [p for p in s.split("\n\n")]
    out = []
    for p in parts:
        out.append("<p>" + "<br>\n".join(htmlmod.escape(l, quote=False) for l in p.split("\n")) + "</p>")
    return "\n".join(out)


def render_html_segs(segs, lang):
    out = []
    for s in segs:
        if isinstance(s, str):
            if s.strip():
                out.append(para_html(s))
        elif isinstance(s, Table):
            h = []
            if s.caption:
                h.append("<p><b>%s</b></p>" % htmlmod.escape(s.caption, quote=False))
            h.append('<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse;font-size:10pt">')
            if s.header:
                h.append("<tr>" + "".join("<th>%s</th>" % htmlmod.escape(str(c), quote=False) for c in s.header) + "</tr>")
            for r in s.rows:
                h.append("<tr>" + "".join("<td>%s</td>" % htmlmod.escape(str(c), quote=False) for c in r) + "</tr>")
            h.append("</table>")
            out.append("\n".join(h))
        elif isinstance(s, Quote):
            inner = render_html_segs(s.segs, lang)
            if s.lang == "fr":
                head = "<b>De :</b> %s<br>\n<b>Envoyé :</b> %s" % (htmlmod.escape(s.who), htmlmod.escape(s.when))
                if s.subject:
                    head += "<br>\n<b>Objet :</b> " + htmlmod.escape(s.subject)
            else:
                head = "<b>From:</b> %s<br>\n<b>Sent:</b> %s" % (htmlmod.escape(s.who), htmlmod.escape(s.when))
                if s.subject:
                    head += "<br>\n<b>Subject:</b> " + htmlmod.escape(s.subject)
            out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0 0 0"><p>%s</p></div>\n'
                       '<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">\n%s\n</blockquote>' % (head, inner))
        elif isinstance(s, Fwd):
            inner = render_html_segs(s.segs, lang)
            lab = ("---------- Message transféré ---------", "De", "Date", "Objet") if s.lang == "fr" else \
                ("---------- Forwarded message ---------", "From", "Date", "Subject")
            head = "%s<br>\n%s : %s<br>\n%s : %s" % (lab[0], lab[1], htmlmod.escape(s.who), lab[2], htmlmod.escape(s.when))
            if s.subject:
                head += "<br>\n%s : %s" % (lab[3], htmlmod.escape(s.subject))
            out.append('<div class="gmail_quote">%s<br><br>\n%s</div>' % (head, inner))
    return "\n".join(out)


def render_html(segs, lang, charset):
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n</head>\n'
            '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n%s\n</body>\n</html>\n'
            % (charset, render_html_segs(segs, lang)))


# --------------------------------------------------------------------------
# MIME serialisation (hand made so that charset, transfer encoding and line
# endings can be chosen per message)
# --------------------------------------------------------------------------


def can_encode(s, cs):
    try:
        s.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def encode_body(data, cte, nl):
    """data: bytes with \n line endings (or binary when cte is base64)."""
    nlb = nl.encode()
    if cte == "base64":
        enc = base64.encodebytes(data)
        return enc.replace(b"\n", nlb)
    if cte == "quoted-printable":
        enc = quopri.encodestring(data)
        return enc.replace(b"\n", nlb)
    return data.replace(b"\n", nlb)


def text_leaf(text, subtype, cs, cte, nl, extra=None):
    text = text.replace("\r\n", "\n")
    if not text.endswith("\n"):
        text += "\n"
    raw = text.encode(cs)
    if cte in ("7bit", "8bit"):
        cte = "7bit" if all(b < 128 for b in raw) else "8bit"
    if cte == "base64":
        raw = raw.replace(b"\n", nl.encode())
    hdrs = [("Content-Type", 'text/%s; charset="%s"' % (subtype, cs)), ("Content-Transfer-Encoding", cte)]
    if extra:
        hdrs.extend(extra)
    return hdrs, encode_body(raw, cte, nl)


def ser_headers(hdrs, nl):
    return "".join("%s: %s%s" % (k, v, nl) for k, v in hdrs)


def multipart(subtype, parts, boundary, nl, preamble=True):
    out = []
    if preamble:
        out.append(("This is a multi-part message in MIME format." + nl).encode())
    for h, b in parts:
        out.append(("--%s%s" % (boundary, nl)).encode())
        out.append(ser_headers(h, nl).encode())
        out.append(nl.encode())
        out.append(b)
        if not b.endswith(nl.encode()):
            out.append(nl.encode())
    out.append(("--%s--%s" % (boundary, nl)).encode())
    return [("Content-Type", 'multipart/%s;%s boundary="%s"' % (subtype, nl + "\t", boundary))], b"".join(out)


def disp_filename(fn, rng):
    try:
        fn.encode("ascii")
        return 'filename="%s"' % fn, 'name="%s"' % fn
    except UnicodeEncodeError:
        q = urllib.parse.quote(fn, safe="")
        return "filename*=utf-8''%s" % q, "name*=utf-8''%s" % q


def enc_header(value, cs, nl):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        if not can_encode(value, cs):
            cs = "utf-8"
        return Header(value, cs).encode(linesep=nl + " ", maxlinelen=76).replace(nl + " " + " ", nl + " ")


def enc_addr(name, addr, cs):
    if not can_encode(name, cs):
        cs = "utf-8"
    return formataddr((name, addr), charset=cs)


class Renderer:
    def __init__(self, rng):
        self.rng = rng
        self.nb = 0

    def boundary(self):
        self.nb += 1
        r = self.rng
        style = r.randrange(4)
        h = "%032x" % r.getrandbits(128)
        if style == 0:
            return "----=_NextPart_%03d_%s.%s" % (self.nb, h[:4].upper(), h[4:12].upper())
        if style == 1:
            return "_%03d_%s_" % (self.nb, h[:24])
        if style == 2:
            return "00000000000%s" % h[:17]
        return "b%d_%s" % (self.nb, h[:28])

    def choose_style(self, mail):
        r = self.rng
        st = {}
        st["nl"] = r.choice(["\r\n", "\n"])
        if mail.lang == "fr":
            cs = r.choice(["utf-8", "utf-8", "iso-8859-1", "windows-1252"])
        else:
            cs = r.choice(["utf-8", "utf-8", "us-ascii", "windows-1252", "iso-8859-1"])
        st["cs"] = cs
        st["cte"] = r.choice(["quoted-printable", "quoted-printable", "base64", "8bit"])
        st["table"] = r.choice(["pipe", "tab", "aligned", "semi", "dash"])
        st["quote"] = r.choice(["gt", "outlook"])
        st["form"] = mail.form or r.choice(["plain", "plain", "alt", "alt", "html"])
        return st

    def render(self, mail, st=None, nested=False):
        r = self.rng
        st = st or self.choose_style(mail)
        nl = st["nl"]
        text = render_text(mail.body, st, mail.lang)
        cs = st["cs"]
        if not can_encode(text, cs) or not can_encode(mail.subject, cs if cs != "us-ascii" else "ascii"):
            cs = "utf-8"
        if cs == "us-ascii" and not can_encode(text, "ascii"):
            cs = "utf-8"
        cte = st["cte"]
        if nested and cte == "8bit":
            cte = "quoted-printable"
        form = st["form"]
        parts = []
        if form == "plain":
            body_h, body_b = text_leaf(text, "plain", cs, cte, nl)
        elif form == "html":
            body_h, body_b = text_leaf(render_html(mail.body, mail.lang, cs), "html", cs, cte, nl)
        else:
            p1 = text_leaf(text, "plain", cs, cte, nl)
            p2 = text_leaf(render_html(mail.body, mail.lang, cs), "html", cs,
                           r.choice([cte, "quoted-printable", "base64"]) if not nested else cte, nl)
            body_h, body_b = multipart("alternative", [p1, p2], self.boundary(), nl, preamble=False)
        if mail.atts:
            parts = [(body_h, body_b)]
            for a in mail.atts:
                parts.append(self.att_part(a, st, nested))
            body_h, body_b = multipart("mixed", parts, self.boundary(), nl)
        hcs = cs if cs != "us-ascii" else "utf-8"
        hdrs = []
        hdrs.append(("From", enc_addr(mail.frm.full if isinstance(mail.frm, Staff) else mail.frm[0],
                                      mail.frm.addr if isinstance(mail.frm, Staff) else mail.frm[1], hcs)))
        hdrs.append(("To", ", ".join(enc_addr(*p, hcs) for p in mail.to)))
        if mail.cc:
            hdrs.append(("Cc", ", ".join(enc_addr(*p, hcs) for p in mail.cc)))
        hdrs.append(("Subject", enc_header(mail.subject, hcs, nl)))
        hdrs.append(("Date", format_datetime(mail.date)))
        dom = (mail.frm.addr if isinstance(mail.frm, Staff) else mail.frm[1]).split("@")[1]
        hdrs.append(("Message-ID", "<%016X.%s@%s>" % (r.getrandbits(64), "%06d" % r.randrange(10 ** 6), dom)))
        for k, v in mail.headers:
            hdrs.append((k, v))
        if not nested and r.random() < 0.4:
            hdrs.append(("X-Mailer", r.choice(["Microsoft Outlook 16.0", "Microsoft Outlook 15.0",
                                               "Zimbra 8.8.15_GA", "Apple Mail (2.3774)", "Mozilla Thunderbird 115.6"])))
        if r.random() < 0.5:
            hdrs.append(("Content-Language", "fr-CA" if mail.lang == "fr" else "en-CA"))
        hdrs.append(("MIME-Version", "1.0"))
        hdrs.extend(body_h)
        return ser_headers(hdrs, nl).encode() + nl.encode() + body_b

    def att_part(self, a, st, nested):
        nl = st["nl"]
        r = self.rng
        fnp, namep = disp_filename(a.filename, r)
        disp = "inline" if a.inline else "attachment"
        if a.ctype == "message/rfc822":
            sub = self.render(a.data, dict(st, form=r.choice(["plain", "alt", "html"]), cte=r.choice(["quoted-printable", "base64"])), nested=True)
            sub = sub.replace(b"\r\n", b"\n").replace(b"\n", nl.encode())
            h = [("Content-Type", 'message/rfc822; %s' % namep), ("Content-Disposition", "%s; %s" % (disp, fnp))]
            return h, sub
        if a.ctype.startswith("text/"):
            cs = a.charset or "utf-8"
            cte = r.choice(["base64", "quoted-printable"])
            extra_ct = ""
            if a.ctype == "text/calendar":
                extra_ct = "; method=REQUEST"
            data = a.data.replace("\r\n", "\n")
            raw = data.encode(cs)
            if a.ctype in ("text/calendar", "text/vcard"):
                raw = raw.replace(b"\n", b"\r\n") if cte == "base64" else raw
            h = [("Content-Type", '%s; charset="%s"%s; %s' % (a.ctype, cs, extra_ct, namep)),
                 ("Content-Transfer-Encoding", cte),
                 ("Content-Disposition", "%s; %s" % (disp, fnp))]
            return h, encode_body(raw, cte, nl)
        h = [("Content-Type", "%s; %s" % (a.ctype, namep)), ("Content-Transfer-Encoding", "base64"),
             ("Content-Disposition", "%s; %s" % (disp, fnp))]
        return h, encode_body(a.data, "base64", nl)


# --------------------------------------------------------------------------
# attachments (deterministic)
# --------------------------------------------------------------------------


def normalize_ooxml(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            b = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                s = b.decode("utf-8")
                s = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>%s\g<2>" % FIXED_ISO, s)
                s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>%s\g<2>" % FIXED_ISO, s)
                b = s.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, b)
    return out.getvalue()


def make_zip(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, b in files:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, b)
    return out.getvalue()


def make_pdf(title, lines, table=None, author="", footer=""):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(title)
    c.setAuthor(author or "")
    c.setCreator("Formulaires / Forms")
    w, h = letter
    y = h - 60

    def newpage():
        nonlocal y
        if footer:
            c.setFont("Helvetica", 7)
            c.drawString(50, 30, footer)
        c.showPage()
        y = h - 60

    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, y, title)
    y -= 26
    c.setFont("Helvetica", 10)
    for ln in lines:
        if y < 60:
            newpage()
            c.setFont("Helvetica", 10)
        c.drawString(50, y, ln)
        y -= 15
    if table:
        header, rows = table
        ncol = len(header)
        colw = (w - 100) / ncol
        y -= 8
        c.setFont("Helvetica-Bold", 8)
        for i, cell in enumerate(header):
            c.drawString(50 + i * colw, y, str(cell)[:int(colw / 4.4)])
        y -= 13
        c.setFont("Helvetica", 8)
        for row in rows:
            if y < 60:
                newpage()
                c.setFont("Helvetica", 8)
            for i, cell in enumerate(row):
                c.drawString(50 + i * colw, y, str(cell)[:int(colw / 4.2)])
            y -= 12
    if footer:
        c.setFont("Helvetica", 7)
        c.drawString(50, 30, footer)
    c.showPage()
    c.save()
    return buf.getvalue()


def make_docx(title, paras, table=None, author="python-docx"):
    import docx
    d = docx.Document()
    d.core_properties.author = author
    d.core_properties.title = title
    d.core_properties.created = dt.datetime(2024, 3, 1, 9, 0, 0)
    d.core_properties.modified = dt.datetime(2024, 3, 1, 9, 0, 0)
    d.core_properties.last_modified_by = author
    d.add_heading(title, level=1)
    for p in paras:
        d.add_paragraph(p)
    if table:
        header, rows = table
        t = d.add_table(rows=1 + len(rows), cols=len(header))
        t.style = "Table Grid"
        for i, c in enumerate(header):
            t.rows[0].cells[i].text = str(c)
        for ri, row in enumerate(rows):
            for i, c in enumerate(row):
                t.rows[ri + 1].cells[i].text = str(c)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_ooxml(buf.getvalue())


def make_xlsx(sheets, author="Utilisateur"):
    import openpyxl
    wb = openpyxl.Workbook()
    wb.properties.creator = author
    wb.properties.created = dt.datetime(2024, 3, 1, 9, 0, 0)
    first = True
    for name, header, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name[:31]
        if header:
            ws.append(list(header))
        for r in rows:
            ws.append(list(r))
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_ooxml(buf.getvalue())


def make_csv(header, rows, delim=","):
    out = io.StringIO()
    import csv
    w = csv.writer(out, delimiter=delim, lineterminator="\n")
    if header:
        w.writerow(header)
    for r in rows:
        w.writerow(r)
    return out.getvalue()


def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def make_ics(uid, start, minutes, summary, location, description, organizer, attendees):
    end = start + dt.timedelta(minutes=minutes)
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Exemple//Agenda 1.0//FR", "VERSION:2.0", "METHOD:REQUEST",
             "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:20240301T090000Z",
             "DTSTART;TZID=America/Montreal:" + start.strftime("%Y%m%dT%H%M%S"),
             "DTEND;TZID=America/Montreal:" + end.strftime("%Y%m%dT%H%M%S"),
             "SUMMARY:" + ics_escape(summary), "LOCATION:" + ics_escape(location),
             "DESCRIPTION:" + ics_escape(description),
             "ORGANIZER;CN=%s:mailto:%s" % (organizer[0], organizer[1])]
    for n, a in attendees:
        lines.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT:mailto:%s" % (n, a))
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines) + "\n"


def make_vcf(fn, given, family, tels, adr=None, note=None, org=None, email_=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", "N:%s;%s;;;" % (family, given), "FN:" + fn]
    if org:
        lines.append("ORG:" + org)
    for kind, t in tels:
        lines.append("TEL;TYPE=%s:%s" % (kind, t))
    if email_:
        lines.append("EMAIL;TYPE=INTERNET:" + email_)
    if adr:
        lines.append("ADR;TYPE=HOME:;;%s;%s;QC;%s;Canada" % adr)
    if note:
        lines.append("NOTE:" + ics_escape(note))
    lines.append("END:VCARD")
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------
# vocabulary pools (en, fr)
# --------------------------------------------------------------------------

DX = [("pneumonia", "pneumonie"), ("COPD exacerbation", "MPOC exacerbée"), ("CHF exacerbation", "IC décompensée"),
      ("R hip fracture post-op", "fx hanche D opérée"), ("ischemic stroke", "AVC ischémique"),
      ("L leg cellulitis", "cellulite jambe G"), ("urosepsis", "sepsis urinaire"), ("delirium on dementia", "delirium sur démence"),
      ("C. diff colitis", "colite à C. difficile"), ("DKA", "acidocétose diabétique"), ("lung cancer - comfort care", "néo pulmonaire – soins de confort"),
      ("acute kidney injury", "insuffisance rénale aiguë"), ("fall with mild TBI", "chute – TCC léger"), ("acute pancreatitis", "pancréatite aiguë"),
      ("upper GI bleed", "hémorragie digestive haute"), ("NSTEMI", "infarctus NSTEMI"), ("COVID-19 pneumonia", "pneumonie COVID-19")]
DX_PSY = [("major depression, suicidal ideation", "dépression majeure avec idées suicidaires"),
          ("acute psychosis", "psychose aiguë"), ("bipolar disorder, manic episode", "trouble bipolaire – épisode maniaque"),
          ("overdose (intentional)", "intoxication volontaire (surdose)"), ("alcohol withdrawal", "sevrage alcoolique"),
          ("schizophrenia, decompensated", "schizophrénie décompensée")]
MEDS = [("apixaban 5 mg BID", "apixaban (Eliquis) 5 mg BID"), ("metformin 500 mg BID", "metformine 500 mg BID"),
        ("furosemide 40 mg daily", "furosémide (Lasix) 40 mg DIE"), ("hydromorphone 1 mg SC q4h PRN", "hydromorphone 1 mg SC q4h PRN"),
        ("insulin glargine 22 units HS", "insuline glargine 22 unités HS"), ("warfarin 3 mg", "warfarine (Coumadin) 3 mg"),
        ("quetiapine 25 mg HS", "quétiapine 25 mg HS"), ("lorazepam 0.5 mg PRN", "lorazépam (Ativan) 0,5 mg PRN"),
        ("salbutamol inhaler", "pompe de salbutamol (Ventolin)"), ("pantoprazole 40 mg", "pantoprazole 40 mg"),
        ("levothyroxine 100 mcg", "lévothyroxine (Synthroid) 100 mcg"), ("methadone 60 mg", "méthadone 60 mg"),
        ("clopidogrel 75 mg", "clopidogrel (Plavix) 75 mg"), ("prednisone 40 mg taper", "prednisone 40 mg en sevrage")]
LABS = [("K+ 6.4 mmol/L", "K+ 6,4 mmol/L"), ("INR 4.8", "INR 4,8"), ("Hb 68 g/L", "Hb 68 g/L"),
        ("troponin 1450 ng/L", "troponine 1450 ng/L"), ("glucose 2.1 mmol/L", "glycémie 2,1 mmol/L"),
        ("sodium 118 mmol/L", "Na 118 mmol/L"), ("blood cultures positive for gram-positive cocci", "hémocultures positives – cocci gram +"),
        ("lactate 5.2", "lactate 5,2"), ("creatinine 412 umol/L", "créatinine 412 µmol/L"), ("platelets 18", "plaquettes 18")]
SOCIAL = [("lives alone, no family nearby", "vit seul(e), pas de famille à proximité"),
          ("awaiting LTC placement", "en attente d'hébergement CHSLD"),
          ("Public Curator involved", "sous curatelle publique"),
          ("no fixed address - SW aware", "sans domicile fixe – TS avisée"),
          ("caregiver burnout, daughter exhausted", "proche aidante épuisée (fille)"),
          ("son not allowed to visit (court order)", "fils interdit de visite (ordonnance)"),
          ("recently widowed", "veuf/veuve depuis peu"),
          ("refugee claimant, IFHP coverage", "demandeur d'asile – PFSI"),
          ("financial difficulties, no phone at home", "difficultés financières, pas de téléphone"),
          ("Jehovah's Witness - refuses blood products", "Témoin de Jéhovah – refuse les produits sanguins")]
CLIN_NOTES = [("contact precautions", "isolement contact"), ("NPO after midnight", "NPO à minuit"),
              ("d/c planned tomorrow", "congé prévu demain"), ("on O2 2L", "O2 2 L"), ("falls risk", "risque de chute"),
              ("droplet precautions", "isolement gouttelettes"), ("telemetry", "télémétrie")]
RELIGION = [("Catholic", "catholique"), ("Anglican", "anglicane"), ("Muslim", "musulmane"), ("Jewish", "juive"),
            ("Greek Orthodox", "orthodoxe grecque"), ("Pentecostal", "pentecôtiste"), ("Buddhist", "bouddhiste")]
PROCS = [("total knee replacement", "PTG (prothèse totale du genou)"), ("laparoscopic cholecystectomy", "cholécystectomie par laparoscopie"),
         ("cataract surgery R eye", "chirurgie de cataracte OD"), ("colonoscopy with polypectomy", "coloscopie avec polypectomie"),
         ("TURP", "RTUP (résection de la prostate)"), ("lumpectomy (breast cancer)", "tumorectomie (cancer du sein)"),
         ("hysterectomy", "hystérectomie"), ("inguinal hernia repair", "cure de hernie inguinale"),
         ("total hip replacement", "PTH (prothèse totale de la hanche)")]


class Ctx:
    """Per-message context: rng, language, institution, people."""

    def __init__(self, rng, lang, pool, idx):
        self.rng, self.lang, self.pool, self.idx = rng, lang, pool, idx
        self.types = set()
        self.note = ""
        self.hosp, self.domain = rng.choice(FR_HOSP if lang == "fr" else EN_HOSP)
        if lang == "en" and rng.random() < 0.25:
            self.hosp, self.domain = rng.choice(FR_HOSP)
        self.used_staff = set()
        start = dt.date(2024, 1, 8)
        self.today = start + dt.timedelta(days=rng.randrange(320))
        while self.today.weekday() > 5:
            self.today += dt.timedelta(days=1)
        self.area = rng.choice(["514", "450", "819", "438"]) if lang == "fr" else rng.choice(["514", "438", "450", "613"])

    # language helpers
    def t(self, en, fr):
        return en if self.lang == "en" else fr

    def p(self, pair):
        return pair[0] if self.lang == "en" else pair[1]

    def choice(self, seq):
        return self.rng.choice(seq)

    def add(self, *types):
        for t in types:
            assert t in ALLOWED_TYPES, t
            self.types.add(t)

    # people
    def staff(self, lang=None, role=""):
        lang = lang or self.lang
        pool = STAFF_FR if lang == "fr" else STAFF_EN
        if self.lang == "en" and self.rng.random() < 0.2:
            pool = STAFF_FR
        while True:
            f, l = self.rng.choice(pool)
            if (f, l) not in self.used_staff:
                self.used_staff.add((f, l))
                return Staff(f, l, self.domain, role)

    def ext_staff(self, domain, lang=None):
        s = self.staff(lang)
        s.domain = domain
        return s

    def pat_q(self):
        return self.pool.next_blind()

    def pat_inv(self, lang=None):
        lang = lang or self.lang
        r = self.rng
        sex = r.choice("MF")
        if lang == "fr":
            given = r.choice(PAT_GIVEN_FR_M if sex == "M" else PAT_GIVEN_FR_F)
            sur = r.choice(PAT_SUR_FR)
        else:
            given = r.choice(PAT_GIVEN_EN_M if sex == "M" else PAT_GIVEN_EN_F)
            sur = r.choice(PAT_SUR_EN)
        dob = dt.date(r.randint(1928, 2004), r.randint(1, 12), r.randint(1, 28))
        return Person(sur, given, dob, sex, None, lang)

    def pat_any(self):
        return self.pat_q() if self.rng.random() < 0.55 else self.pat_inv()

    def relative(self, p):
        r = self.rng
        kind = r.choice([("daughter", "fille", "F"), ("son", "fils", "M"), ("wife", "conjointe", "F"),
                         ("husband", "conjoint", "M"), ("sister", "sœur", "F"), ("niece", "nièce", "F")])
        given = r.choice((PAT_GIVEN_FR_F if kind[2] == "F" else PAT_GIVEN_FR_M) if self.lang == "fr" else
                         (PAT_GIVEN_EN_F if kind[2] == "F" else PAT_GIVEN_EN_M))
        sur = p.surname if kind[0] in ("son", "daughter", "wife") and r.random() < 0.6 else r.choice(PAT_SUR_FR + PAT_SUR_EN)
        self.last_rel_sex = kind[2]
        return ("%s %s" % (given, sur)), self.p(kind[:2])

    def g(self, p, masc, fem):
        return fem if p.sex == "F" else masc

    def phone(self, area=None):
        area = area or (self.area if self.rng.random() < 0.7 else self.rng.choice(["514", "450", "819", "613", "438"]))
        n = "555-01%02d" % self.rng.randrange(100)
        return self.rng.choice(["%s %s", "(%s) %s", "%s-%s", "%s.%s"]) % (area, n) if "." not in area else "%s %s" % (area, n)

    def cell(self):
        return self.phone() + self.t(" (cell)", " (cell.)")

    def address(self):
        r = self.rng
        if self.lang == "fr" or r.random() < 0.3:
            st = r.choice(STREETS_FR)
            town, fsa = r.choice(TOWNS_FR)
            no = "%d, %s" % (r.randint(12, 4800), st)
        else:
            st = r.choice(STREETS_EN)
            town, fsa = r.choice(TOWNS_EN)
            no = "%d %s" % (r.randint(12, 4800), st)
        if r.random() < 0.3:
            no = (self.t("apt ", "app. ") + str(r.randint(1, 12))) + ", " + no if r.random() < 0.5 else no + self.t(", unit ", ", app. ") + str(r.randint(1, 30))
        postal = "%s %d%s%d" % (fsa, r.randint(0, 9), r.choice("ABCEGHJKLMNPRSTVWXYZ"), r.randint(0, 9))
        return no, town, postal

    def addr_str(self):
        a = self.address()
        return "%s, %s %s" % a if self.rng.random() < 0.5 else "%s, %s (Québec) %s" % a

    def ext(self):
        return self.t("ext. ", "poste ") + str(self.rng.randint(2000, 7999))

    def when(self, hour=None):
        r = self.rng
        h = hour if hour is not None else r.randint(6, 21)
        d = dt.datetime(self.today.year, self.today.month, self.today.day, h, r.randint(0, 59), r.randint(0, 59))
        off = -4 if dt.date(2024, 3, 10) <= self.today < dt.date(2024, 11, 3) else -5
        return d.replace(tzinfo=dt.timezone(dt.timedelta(hours=off)))

    def stamp(self, d):
        if self.lang == "fr":
            return "%s %d %s %d %s" % (FR_DAYS[d.weekday()], d.day, FR_MONTHS[d.month - 1], d.year, d.strftime("%H:%M")) if self.rng.random() < 0.3 \
                else "%d %s %d à %s" % (d.day, FR_MONTHS[d.month - 1], d.year, d.strftime("%H:%M"))
        return d.strftime("%A, %B ") + str(d.day) + d.strftime(", %Y %I:%M %p")

    def date(self, d, style=None):
        return fmt_date(d, self.lang, self.rng, style)

    def future(self, lo=1, hi=10):
        d = self.today + dt.timedelta(days=self.rng.randint(lo, hi))
        while d.weekday() > 4:
            d += dt.timedelta(days=1)
        return d

    def who(self, s):
        return "%s <%s>" % (s.full, s.addr) if self.rng.random() < 0.6 else s.full

    def greet(self, name=None):
        r = self.rng
        if self.lang == "fr":
            g = r.choice(["Bonjour", "Bonjour", "Salut", "Allo", "Bonsoir", ""])
        else:
            g = r.choice(["Hi", "Hello", "Hi there", "Good morning", "Hey", ""])
        if not g:
            return ""
        if name and r.random() < 0.7:
            return "%s %s," % (g, name)
        return g + ("," if r.random() < 0.6 else " !" if self.lang == "fr" else "!")

    def sig(self, s, role, dept=None, short=None):
        r = self.rng
        short = r.random() < 0.3 if short is None else short
        if short:
            return r.choice(["Merci\n%s" % s.first, "%s\n%s" % (s.first, role), "Merci!\n%s %s." % (s.first, s.last[0]),
                             "%s %s\n%s, %s" % (s.first, s.last, role, self.ext())]) if self.lang == "fr" else \
                r.choice(["Thanks\n%s" % s.first, "%s\n%s" % (s.first, role), "Thx, %s" % s.first,
                          "%s %s\n%s, %s" % (s.first, s.last, role, self.ext())])
        lines = [r.choice(["Merci,", "Bonne journée,", "Cordialement,", "Merci beaucoup"]) if self.lang == "fr"
                 else r.choice(["Thanks,", "Regards,", "Thank you,", "Best,"]), "", s.full, role]
        if dept:
            lines.append(dept)
        lines.append(self.hosp)
        lines.append(self.t("Tel. ", "Tél. : ") + self.phone() + " " + self.ext())
        if r.random() < 0.3:
            lines.append(self.t("Fax ", "Téléc. : ") + self.phone())
        if r.random() < 0.35:
            lines.append("")
            lines.append(DISCLAIMER_FR if self.lang == "fr" else DISCLAIMER_EN)
            if r.random() < 0.4:
                lines.append(DISCLAIMER_EN if self.lang == "fr" else DISCLAIMER_FR)
        return "\n".join(lines)

    def to(self, *staff):
        return [(s.full, s.addr) for s in staff]

    def group(self, en, fr, local):
        return (self.t(en, fr), "%s@%s" % (local, self.domain))

    def typo(self, s, p=0.15):
        """Occasionally introduce a typo in free text (never used on identifiers)."""
        r = self.rng
        if r.random() > p:
            return s
        words = s.split(" ")
        cand = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha()]
        if not cand:
            return s
        i = r.choice(cand)
        w = words[i]
        j = r.randrange(1, len(w) - 2)
        if r.random() < 0.5:
            w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
        else:
            w = w[:j] + w[j + 1:]
        words[i] = w
        return " ".join(words)


class Pool:
    def __init__(self, seed):
        self.blind = load_blind_nams()
        self.rng = random.Random("%s-pool" % seed)
        self.order = list(range(len(self.blind)))
        self.rng.shuffle(self.order)
        self.i = 0

    def next_blind(self):
        p = self.blind[self.order[self.i % len(self.order)]]
        self.i += 1
        return p


def dob_str(c, p, style=None):
    return c.date(p.dob, style)


# ==========================================================================
# POSITIVE templates: each returns a Mail and records finding types in c
# ==========================================================================

def p_clerk_census(c):
    r = c.rng
    clerk = c.staff()
    unit = c.choice(UNITS_FR if c.lang == "fr" else UNITS_EN)
    dest = c.staff()
    n = r.randint(5, 9)
    rows = []
    with_mrn = r.random() < 0.6
    for i in range(n):
        p = c.pat_any()
        room = "%d%02d-%s" % (r.randint(3, 7), r.randint(1, 30), r.choice("ABCD")) if r.random() < 0.5 else str(r.randint(301, 760))
        dx = c.p(r.choice(DX))
        note = ""
        if r.random() < 0.35:
            note = c.p(r.choice(SOCIAL))
            c.add("social_information")
        elif r.random() < 0.6:
            note = c.p(r.choice(CLIN_NOTES))
        row = [room, p.name(c.lang, r, r.choice(["upper_comma", "sur_comma", "sur_given"]))]
        if with_mrn:
            row.append(gen_mrn(r))
        row += [dx, note]
        rows.append(row)
    hdr = [c.t("Room", "Chambre"), c.t("Patient", "Nom")] + (["MRN" if c.lang == "en" else "Dossier"] if with_mrn else []) + \
        [c.t("Dx", "Diagnostic"), c.t("Notes", "Remarques")]
    c.add("patient_name", "diagnosis")
    if with_mrn:
        c.add("mrn")
    subj = c.choice([c.t("Census %s - %s" % (unit, c.date(c.today)), "Recensement %s – %s" % (unit, c.date(c.today))),
                     c.t("patient list for tonight", "liste patients pour la nuit"),
                     c.t("updated list %s" % unit, "liste à jour %s" % unit)])
    atts = []
    intro = c.t("Here is the census for %s as of %s. %d patients, 2 pending admissions from ER." % (unit, hm(r.randint(14, 22), 0, "en"), n),
                "Voici le recensement du %s en date de %s. %d patients, 2 admissions en attente de l'urgence." % (unit, hm(r.randint(14, 22), 0, "fr"), n))
    body = [c.greet(dest.first), c.typo(intro)]
    mode = r.random()
    if mode < 0.35:
        fn = c.t("census_%s.xlsx", "recensement_%s.xlsx") % c.today.strftime("%Y%m%d")
        atts.append(Att(fn, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        make_xlsx([(c.t("Census", "Recensement"), hdr, rows)], author=clerk.full)))
        body.append(c.t("List is in the attached file (I also flagged the isolations).", "La liste est dans le fichier joint (j'ai aussi indiqué les isolements)."))
        c.note = "census in XLSX attachment"
    elif mode < 0.5:
        data = make_csv(hdr, rows, ";" if c.lang == "fr" else ",")
        atts.append(Att(c.t("census.csv", "recensement.csv"), "text/csv", data, charset=c.choice(["utf-8", "windows-1252"])))
        body.append(c.t("CSV attached.", "CSV en pièce jointe."))
        c.note = "census in CSV attachment"
    else:
        body.append(Table(hdr, rows))
        c.note = "census table in body"
    body.append(c.sig(clerk, c.t("Unit Clerk", "Agente administrative"), unit))
    return Mail(c.lang, clerk, c.to(dest) + ([c.group("Bed Management", "Gestion des lits", "gestiondeslits")] if r.random() < 0.5 else []),
                subj, body, atts)


def p_clerk_phone_msg(c):
    r = c.rng
    clerk = c.staff()
    nurse = c.staff()
    p = c.pat_any()
    rel, relkind = c.relative(p)
    med = c.p(r.choice(MEDS))
    ph = c.phone()
    room = str(r.randint(301, 760))
    c.add("patient_name", "medication", "patient_contact")
    t = hm(r.randint(8, 20), r.choice([5, 10, 20, 35, 40, 50]), c.lang)
    if r.random() < 0.5:
        lines = [c.t("PHONE MESSAGE", "MESSAGE TÉLÉPHONIQUE"),
                 c.t("For: ", "Pour : ") + nurse.full,
                 c.t("Time: ", "Heure : ") + t,
                 c.t("Caller: ", "De : ") + "%s (%s)" % (rel, relkind),
                 c.t("Re: ", "Concernant : ") + "%s, %s %s" % (p.name(c.lang, r, "title_full"), c.t("rm", "ch."), room),
                 c.t("Message: ", "Message : ") + c.typo(c.t(
                     "wants to know if %s %s was given this morning, says the home dose is different. Please call back." % (c.g(p, "his", "her"), med),
                     "veut savoir si on a donné son %s ce matin, dit que la dose à la maison est différente. SVP rappeler." % med)),
                 c.t("Call back: ", "Rappeler au : ") + ph]
        body = ["\n".join(lines), c.sig(clerk, c.t("Unit clerk", "Commis d'unité"), short=True)]
        c.note = "phone message form in body"
    else:
        txt = c.t("%s's %s called at %s, asking about %s (rm %s). Family is bringing in the %s from home and wants to talk to the nurse before. Number: %s"
                  % (p.name(c.lang, r, "title_sur_given"), relkind, t, p.given, room, med, ph),
                  "%s de %s a appelé à %s pour %s (ch. %s). La famille va apporter le %s de la maison et veut parler à l'infirmière avant. Tél : %s"
                  % (relkind.capitalize(), p.name(c.lang, r, "title_sur_given"), t, p.given, room, med, ph))
        body = [c.greet(nurse.first), c.typo(txt, 0.3), c.sig(clerk, c.t("Unit clerk", "Agent administratif"), short=True)]
        c.note = "free text phone message"
    if r.random() < 0.3:
        dx = c.p(r.choice(DX))
        body.insert(-1, c.t("FYI she mentioned the %s admission last month." % dx, "Pour info elle a parlé de l'hospitalisation pour %s le mois passé." % dx))
        c.add("diagnosis")
    subj = c.choice([c.t("msg for you - %s" % p.surname, "message pour toi – %s" % p.surname), c.t("Phone message", "Message tél."),
                     c.t("call back family rm %s" % room, "rappeler famille ch. %s" % room)])
    return Mail(c.lang, clerk, c.to(nurse), subj, body, form=c.choice([None, "html"]))


def p_clerk_chart_request(c):
    r = c.rng
    clerk = c.staff()
    arch = c.group("Medical Records", "Archives médicales", "archives")
    clinic = c.choice([("diabetes clinic", "clinique de diabète", ("type 2 diabetes", "diabète type 2")),
                       ("heart failure clinic", "clinique d'insuffisance cardiaque", ("CHF", "IC")),
                       ("memory clinic", "clinique de mémoire", ("mild cognitive impairment", "trouble neurocognitif léger")),
                       ("post-op ortho follow-up", "suivi post-op orthopédie", ("hip fracture", "fracture de hanche")),
                       ("HIV clinic", "clinique VIH", ("HIV", "VIH")),
                       ("anticoagulation clinic", "clinique d'anticoagulothérapie", ("atrial fibrillation", "fibrillation auriculaire"))])
    d = c.future(1, 4)
    rows = []
    with_nam = r.random() < 0.45
    for i in range(r.randint(3, 7)):
        p = c.pat_q() if with_nam else c.pat_any()
        rows.append([p.name(c.lang, r, r.choice(["sur_comma", "upper_comma", "full"])), dob_str(c, p), gen_mrn(r)] +
                    ([fmt_nam(p.nam, r)] if with_nam else []) + [hm(r.randint(8, 15), r.choice([0, 15, 30, 45]), c.lang)])
    c.add("patient_name", "date_of_birth", "mrn", "diagnosis")
    if with_nam:
        c.add("ramq_nam")
    hdr = [c.t("Name", "Nom"), c.t("DOB", "DDN"), c.t("MRN", "Dossier")] + (["NAM"] if with_nam else []) + [c.t("Appt", "RV")]
    ask = c.t("Could you pull the following charts for the %s on %s (%s patients, referral reason: %s)?"
              % (clinic[0], c.date(d), len(rows), clinic[2][0]),
              "Pouvez-vous sortir les dossiers suivants pour la %s du %s (%d patients, motif : %s)?"
              % (clinic[1], c.date(d), len(rows), clinic[2][1]))
    req = [c.greet(), ask, Table(hdr, rows), c.sig(clerk, c.t("Clinic clerk", "Agente administrative – cliniques externes"))]
    subj = c.t("Chart pull - %s %s" % (clinic[0], c.date(d, "iso")), "Sortie de dossiers – %s %s" % (clinic[1], c.date(d, "iso")))
    if r.random() < 0.5:
        a = c.staff()
        bad = rows[r.randrange(len(rows))]
        ans = c.t("Done except %s - chart is at scanning, should be back tomorrow a.m." % bad[0],
                  "C'est fait sauf %s – le dossier est à la numérisation, retour demain matin." % bad[0])
        body = [c.greet(clerk.first), ans, c.sig(a, c.t("Health Records Technician", "Technicienne en archives"), short=True),
                Quote(c.who(clerk), c.stamp(c.when()), req, c.lang, subject=subj)]
        c.note = "reply from records quoting the chart list"
        return Mail(c.lang, a, c.to(clerk), ("RE: " if c.lang == "en" else r.choice(["RE: ", "RÉP : "])) + subj, body)
    c.note = "chart pull list"
    return Mail(c.lang, clerk, [arch], subj, req)


def p_admit_bed_request(c):
    r = c.rng
    p = c.pat_q()
    er = c.staff()
    bb = c.staff()
    dx = c.p(r.choice(DX))
    iso = c.p(r.choice(CLIN_NOTES[:1] + CLIN_NOTES[5:6] + [("none", "aucun")]))
    md = c.choice(DOCS_FR if c.lang == "fr" else DOCS_EN)
    c.add("patient_name", "ramq_nam", "date_of_birth", "diagnosis")
    fields = [(c.t("Name", "Nom"), p.name(c.lang, r, r.choice(["upper_comma", "sur_comma", "full"]))),
              ("NAM" if c.lang == "fr" else c.t("RAMQ", "NAM"), fmt_nam(p.nam, r)),
              (c.t("DOB", "Date de naissance"), dob_str(c, p)),
              (c.t("Sex", "Sexe"), p.sex),
              (c.t("Admitting dx", "Dx d'admission"), dx),
              (c.t("Isolation", "Isolement"), iso),
              (c.t("Attending", "Médecin traitant"), "%s %s" % (md[0], md[1])),
              (c.t("Bed type", "Type de lit"), c.choice([c.t("medicine", "médecine"), c.t("telemetry", "télémétrie"), c.t("surgery", "chirurgie")]))]
    if r.random() < 0.5:
        lab = c.p(r.choice(LABS))
        fields.append((c.t("Relevant labs", "Labos pertinents"), lab))
        c.add("lab_result")
    form = "\n".join("%s : %s" % kv if c.lang == "fr" else "%s: %s" % kv for kv in fields)
    inner = [c.greet(), c.t("New bed request from ER, stretcher %d:" % r.randint(1, 40), "Nouvelle demande de lit de l'urgence, civière %d :" % r.randint(1, 40)),
             form, c.sig(er, c.t("ER Clerk", "Agente administrative – urgence"), short=True)]
    subj = c.t("Bed request - %s" % p.surname, "Demande de lit – %s" % p.surname.upper()) if r.random() < 0.6 else c.t("bed request stretcher", "demande de lit civière")
    mode = r.random()
    if mode < 0.4:
        coord = c.staff()
        body = [c.greet(coord.first), c.t("See below, can we put %s on 5 North? Isolation room needed." % c.g(p, "him", "her"), "Voir plus bas, on peut %s monter au 5e? Chambre d'isolement requise." % c.g(p, "le", "la")),
                c.sig(bb, c.t("Bed Booking", "Gestion des lits – admission"), short=True),
                Fwd(c.who(er), c.stamp(c.when()), inner, c.lang, subject=subj)]
        c.note = "inline forward of ER bed request"
        return Mail(c.lang, bb, c.to(coord), ("FW: " if c.lang == "en" else r.choice(["TR: ", "Fwd: "])) + subj, body)
    if mode < 0.7:
        pdf = make_pdf(c.t("Bed request", "Demande d'admission / de lit"), ["%s: %s" % kv for kv in fields], author=er.full,
                       footer=c.hosp)
        fn = c.t("bed_request_%s.pdf", "demande_lit_%s.pdf") % strip_accents(p.surname).lower()
        body = [c.greet(bb.first), c.t("Bed request attached.", "Demande en pièce jointe."), c.sig(er, c.t("ER Clerk", "Agente administrative – urgence"), short=True)]
        c.note = "bed request as PDF attachment, name in file name"
        return Mail(c.lang, er, c.to(bb), subj, body, [Att(fn, "application/pdf", pdf)])
    c.note = "bed request in body"
    inner[0] = c.greet(bb.first)
    return Mail(c.lang, er, c.to(bb), subj, inner)


def p_admit_preadmission(c):
    r = c.rng
    clerk = c.staff()
    dest = c.staff()
    wk = c.future(3, 12)
    rows = []
    for i in range(r.randint(4, 8)):
        p = c.pat_q()
        rows.append([p.surname.upper(), p.given, fmt_nam(p.nam, r) if r.random() < 0.8 else p.nam, p.dob.isoformat(),
                     c.phone(), c.p(r.choice(PROCS)), (wk + dt.timedelta(days=r.randint(0, 4))).isoformat()])
    c.add("patient_name", "ramq_nam", "date_of_birth", "patient_contact", "diagnosis")
    hdr = [c.t("Last name", "Nom"), c.t("First name", "Prénom"), "NAM", c.t("DOB", "DDN"), c.t("Phone", "Téléphone"),
           c.t("Procedure", "Chirurgie"), c.t("Date", "Date")]
    kind = r.random()
    body = [c.greet(dest.first), c.typo(c.t("Pre-admission list for the week of %s. Please confirm the pre-op appointments with each patient by phone." % c.date(wk),
                                             "Liste des pré-admissions pour la semaine du %s. Merci de confirmer les RV pré-op avec chaque patient par téléphone." % c.date(wk)))]
    if kind < 0.4:
        att = Att(c.t("preadmissions_%s.xlsx", "preadmissions_%s.xlsx") % wk.strftime("%Y%m%d"),
                  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", make_xlsx([("Pré-admission" if c.lang == "fr" else "Pre-admission", hdr, rows)], author=clerk.full))
        c.note = "list in XLSX"
    elif kind < 0.7:
        data = make_csv(hdr, rows, ";" if c.lang == "fr" else ",")
        att = Att("preadm_%s.csv" % wk.strftime("%Y%m%d"), "text/csv", data, charset="windows-1252" if c.lang == "fr" else "utf-8")
        c.note = "list in CSV"
    else:
        data = make_csv(hdr, rows, ";")
        z = make_zip([("preadmission/liste_%s.csv" % wk.strftime("%Y%m%d"), data.encode("utf-8")),
                      ("preadmission/LISEZMOI.txt", "Liste interne – ne pas diffuser.\n".encode("utf-8"))])
        att = Att("preadmission_%s.zip" % wk.strftime("%Y%m%d"), "application/zip", z)
        c.note = "list in CSV inside ZIP"
    body.append(c.sig(clerk, c.t("Admitting - Surgical pre-admission", "Admission – préadmission chirurgicale")))
    subj = c.t("Pre-admission list wk of %s" % wk.isoformat(), "Liste préadmission sem. du %s" % wk.isoformat())
    return Mail(c.lang, clerk, c.to(dest), subj, body, [att])


def p_admit_ontario_transfer(c):
    r = c.rng
    p = c.pat_inv("en" if r.random() < 0.6 else "fr")
    hcn = gen_hcn(r)
    oh = c.ext_staff(ON_HOSP[1], "en")
    bb = c.staff()
    dx = c.p(r.choice(DX))
    c.add("patient_name", "ca_health_number", "date_of_birth", "diagnosis")
    fam = ""
    if r.random() < 0.5:
        rel, kind = c.relative(p)
        fam = c.t("Next of kin: %s (%s) %s" % (rel, kind, c.phone("613")), "Proche : %s (%s) %s" % (rel, kind, c.phone("613")))
        c.add("patient_contact")
    lines = [c.t("Patient: ", "Patient : ") + p.name(c.lang, r, "upper_comma"),
             c.t("Ontario health card: ", "Carte santé Ontario : ") + fmt_hcn(hcn, r),
             c.t("DOB: ", "DDN : ") + dob_str(c, p),
             c.t("Dx: ", "Dx : ") + dx,
             c.t("Currently at ", "Actuellement à ") + ON_HOSP[0] + ", " + c.choice(["ICU", "4B", "step-down"])]
    if fam:
        lines.append(fam)
    body = [c.greet(), c.t("We have a repatriation request from %s - patient lives on your side of the river and the family wants them closer to home. Details:" % ON_HOSP[0],
                           "Nous avons une demande de rapatriement de %s. Détails :" % ON_HOSP[0]),
            "\n".join(lines),
            c.t("Can you check bed availability for %s and let their patient flow office know?" % day_label(c.future(1, 3), "en"),
                "Peux-tu vérifier la disponibilité d'un lit pour %s et aviser leur bureau de flux patients?" % day_label(c.future(1, 3), "fr")),
            "%s\n%s\n%s\nTel. %s ext. %d" % (oh.full, c.t("Patient Flow Coordinator", "Coordonnatrice – flux patients"), ON_HOSP[0], c.phone("613"), r.randint(2000, 7999))]
    c.note = "interprovincial transfer with Ontario health number"
    subj = c.t("Transfer request - %s" % p.surname, "Demande de transfert interhospitalier – %s" % p.surname)
    return Mail(c.lang, oh, c.to(bb), subj, body)


def p_admit_foreign(c):
    r = c.rng
    clerk = c.staff()
    bill = c.group("Billing - non-residents", "Facturation – non-résidents", "facturation")
    if (c.idx // len(POSITIVES)) % 2 == 0:
        sur, given, sex = c.choice(FOREIGN_FR)
        p = Person(sur, given, dt.date(r.randint(1950, 2002), r.randint(1, 12), r.randint(1, 28)), sex)
        ident = fmt_nir(gen_nir(r, p.dob, sex), r)
        idlab = c.t("French social security no. (NIR)", "NIR (sécurité sociale France)")
        c.add("fr_nir")
        ins = c.choice(["Mutuelle Génér-Assur (fictive)", "AssurVoyage Europe SA"])
    else:
        sur, given, sex = c.choice(FOREIGN_BE)
        p = Person(sur, given, dt.date(r.randint(1950, 2002), r.randint(1, 12), r.randint(1, 28)), sex)
        ident = fmt_niss(gen_niss(r, p.dob, sex), r)
        idlab = c.t("Belgian national number (NISS)", "NISS (registre national belge)")
        c.add("be_niss")
        ins = c.choice(["Mutualité Exemple", "EuroVoyage Assistance"])
    dx = c.p(r.choice(DX[:8] + [("ankle fracture (ski)", "fracture de la cheville (ski)"), ("appendicitis", "appendicite")]))
    hotel = c.t("Staying at Auberge du Lac-Vert, room %d, tel. %s" % (r.randint(1, 40), c.phone()),
                "Hébergé à l'Auberge du Lac-Vert, chambre %d, tél. %s" % (r.randint(1, 40), c.phone()))
    c.add("patient_name", "date_of_birth", "diagnosis", "patient_contact")
    lines = [c.t("Name: ", "Nom : ") + p.name(c.lang, r, r.choice(["upper_comma", "full"])),
             c.t("DOB: ", "Né(e) le : ") + dob_str(c, p), idlab + " : " + ident,
             c.t("Travel insurer: ", "Assureur voyage : ") + ins + c.t(", policy ", ", police ") + "PV-%06d" % r.randint(0, 999999),
             c.t("Reason: ", "Motif : ") + dx, hotel]
    body = [c.greet(), c.t("Non-resident admission last night, no RAMQ. Info for the deposit / invoice:",
                           "Admission d'un non-résident cette nuit, pas de RAMQ. Infos pour le dépôt / la facture :"),
            "\n".join(lines), c.sig(clerk, c.t("Admitting clerk (nights)", "Commis à l'admission (nuit)"))]
    if r.random() < 0.4:
        pdf = make_pdf(c.t("Non-resident registration", "Inscription – non-résident"), lines, author=clerk.full)
        body = body[:2] + [c.t("Registration sheet attached.", "Feuille d'inscription jointe.")] + body[3:]
        c.note = "non-resident admission, registration sheet PDF"
        return Mail(c.lang, clerk, [bill], c.t("Non-resident admission", "Admission non-résident"), body,
                    [Att("inscription_%s.pdf" % slug(p.surname), "application/pdf", pdf)])
    c.note = "non-resident admission with foreign ID in body"
    return Mail(c.lang, clerk, [bill], c.t("Non-resident %s - deposit" % p.surname, "Non-résident %s – dépôt" % p.surname), body)


def p_admit_cnesst(c):
    r = c.rng
    clerk = c.staff()
    dest = c.staff()
    p = c.pat_any()
    s = gen_sin(r)
    inj = c.choice([("crush injury R hand, 2 fingers amputated", "écrasement main D, amputation 2 doigts"),
                    ("fall from ladder, L wrist fracture", "chute d'échelle, fracture poignet G"),
                    ("chemical burn both forearms", "brûlure chimique aux deux avant-bras"),
                    ("lumbar disc herniation lifting", "hernie discale lombaire en soulevant une charge")])
    emp = c.choice(["Scierie Boisfranc inc.", "Entrepôts Nordet ltée", "Construction Lamarre & fils", "Abattoir Val-Moreau"])
    c.add("patient_name", "ca_sin", "date_of_birth", "diagnosis")
    fields = [(c.t("Worker", "Travailleur"), p.name(c.lang, r, r.choice(["upper_comma", "full"]))),
              (c.t("SIN", "NAS"), fmt_sin(s, r)), (c.t("DOB", "Date de naissance"), dob_str(c, p)),
              (c.t("Employer", "Employeur"), emp), (c.t("Date of event", "Date de l'événement"), c.date(c.today - dt.timedelta(days=r.randint(0, 5)))),
              (c.t("Injury", "Lésion"), c.p(inj))]
    body = [c.greet(dest.first), c.t("CNESST case, here's what we have for the claim form (form 'Attestation médicale' to follow from the MD):",
                                     "Dossier CNESST, voici ce qu'on a pour la réclamation (l'attestation médicale suivra du médecin) :")]
    if r.random() < 0.5:
        doc = make_docx(c.t("Work injury - admission info", "Lésion professionnelle – renseignements d'admission"),
                        ["%s : %s" % kv for kv in fields], author=clerk.full)
        atts = [Att(c.t("CNESST_%s.docx", "CNESST_%s.docx") % slug(p.surname), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", doc)]
        body.append(c.t("See attached Word doc.", "Voir le document Word joint."))
        c.note = "CNESST info with SIN in DOCX"
    else:
        atts = []
        body.append("\n".join("%s : %s" % kv for kv in fields))
        c.note = "CNESST info with SIN in body"
    body.append(c.sig(clerk, c.t("Admitting", "Admission")))
    return Mail(c.lang, clerk, c.to(dest), c.t("CNESST claim - new admission", "Réclamation CNESST – nouvelle admission"), body, atts)


def p_switchboard_callback(c):
    r = c.rng
    op = c.staff()
    dest = c.choice([c.group("Unit clerks 5 North", "Commis 5e Nord", "commis5nord"), c.group("Nursing coordinator", "Coordination soins infirmiers", "coordo.si")])
    rows = []
    for i in range(r.randint(3, 6)):
        p = c.pat_any()
        rel, kind = c.relative(p)
        why = c.choice([("asking how the surgery went", "veut des nouvelles de la chirurgie"),
                        ("wants to know if transferred to palliative", "demande si transféré(e) en soins palliatifs"),
                        ("asks about dialysis schedule", "demande l'horaire de dialyse"),
                        ("calling from Florida, can't reach the room", "appelle de Floride, ne rejoint pas la chambre"),
                        ("needs letter for employer re hospitalization", "a besoin d'une lettre pour l'employeur"),
                        ("worried, patient confused on the phone last night", "inquiet(e), patient(e) confus(e) au tél. hier soir")])
        if "Florida" not in why[0] and "employer" not in why[0]:
            c.add("diagnosis")
        rows.append([hm(r.randint(7, 21), r.randint(0, 59), c.lang), "%s (%s)" % (rel, kind), p.name(c.lang, r, r.choice(["title_sur", "title_full", "sur_comma"])),
                     c.p(why), c.phone()])
    c.add("patient_name", "patient_contact")
    hdr = [c.t("Time", "Heure"), c.t("Caller", "Appelant"), c.t("For patient", "Pour patient(e)"), c.t("Reason", "Motif"), c.t("Call back", "Rappel")]
    body = [c.greet(), c.typo(c.t("Calls we couldn't transfer (unit line busy):", "Appels qu'on n'a pas pu transférer (ligne de l'unité occupée) :")),
            Table(hdr, rows), c.sig(op, c.t("Switchboard operator", "Téléphoniste – standard"), short=True)]
    c.note = "switchboard log of family calls"
    return Mail(c.lang, op, [dest], c.t("Missed calls - family", "Appels manqués – familles"), body, form=c.choice([None, "html", "alt"]))


def p_switchboard_privacy(c):
    r = c.rng
    sup = c.staff()
    p = c.pat_any()
    other = "%s %s" % (c.choice(PAT_GIVEN_FR_M + PAT_GIVEN_EN_M), c.choice(PAT_SUR_FR + PAT_SUR_EN))
    dx = c.p(r.choice(DX_PSY))
    c.add("patient_name", "social_information", "diagnosis")
    mrn_s = ""
    if r.random() < 0.5:
        mrn_s = " (" + fmt_mrn(gen_mrn(r), r, c.lang) + ")"
        c.add("mrn")
    txt = c.t("Effective now, %s%s, admitted to 2 South for %s, is a NO-INFORMATION patient. Do not confirm presence to anyone. "
              "%s ex-partner %s has been calling the main line - if he calls, say we have no such patient and log the call for security."
              % (p.name(c.lang, r, "full"), mrn_s, dx, c.g(p, "His", "Her"), other),
              "À partir de maintenant, %s%s, %s en psychiatrie pour %s, est %s. Ne confirmez sa présence à personne. "
              "Son ex-conjoint %s appelle au standard – s'il rappelle, dire qu'on n'a pas ce patient et noter l'appel pour la sécurité."
              % (p.name(c.lang, r, "full"), mrn_s, c.g(p, "hospitalisé", "hospitalisée"), dx, c.g(p, "un patient CONFIDENTIEL", "une patiente CONFIDENTIELLE"), other))
    body = [c.t("Hi all,", "Bonjour à tous,"), c.typo(txt, 0.2), c.sig(sup, c.t("Switchboard Supervisor", "Chef d'équipe – téléphonie"))]
    c.note = "no-information patient notice to switchboard"
    subj = c.choice([c.t("CONFIDENTIAL patient - do not disclose", "Patient confidentiel – ne pas divulguer"),
                     c.t("No-info flag %s" % p.surname, "Consigne confidentialité %s" % p.surname)])
    return Mail(c.lang, sup, [c.group("Switchboard team", "Équipe standard", "standard")], subj, body, headers=[("Importance", "high")])


def p_transport_schedule(c):
    r = c.rng
    disp = c.staff()
    comp = ("Transport adapté Boréal", "transboreal.example")
    ext = Staff("Répartition", "Boréal", comp[1])
    d = c.future(1, 2)
    rows = []
    with_nam = r.random() < 0.35
    for i in range(r.randint(4, 8)):
        p = c.pat_q() if with_nam else c.pat_any()
        dest = c.choice([("hemodialysis (ESRD)", "hémodialyse (IRC terminale)"), ("radiation oncology - breast ca", "radio-oncologie – cancer du sein"),
                         ("chemo day unit", "clinique de chimiothérapie"), ("wound clinic - diabetic foot", "clinique de plaies – pied diabétique"),
                         ("cardiology follow-up post MI", "suivi cardio post-infarctus")])
        mob = c.choice([("wheelchair", "fauteuil roulant"), ("stretcher", "civière"), ("walker", "marchette"), ("O2 3L + wheelchair", "O2 3 L + fauteuil")])
        rows.append([hm(r.randint(6, 13), r.choice([0, 15, 30, 45]), c.lang), p.name(c.lang, r, r.choice(["upper_comma", "title_full", "sur_given"])),
                     c.addr_str(), c.phone(), c.p(dest), c.p(mob)] + ([fmt_nam(p.nam, r)] if with_nam else []))
    c.add("patient_name", "patient_contact", "diagnosis")
    hdr = [c.t("Pick-up", "Heure"), c.t("Patient", "Usager"), c.t("Address", "Adresse"), c.t("Phone", "Tél."), c.t("Destination", "Destination"), c.t("Mobility", "Mobilité")]
    if with_nam:
        hdr.append("NAM")
        c.add("ramq_nam")
    body = [c.greet(), c.t("Runs for %s. Please confirm by 3 pm." % day_label(d, "en"), "Transports du %s. Merci de confirmer avant 15 h." % day_label(d, "fr"))]
    if r.random() < 0.4:
        pdf = make_pdf(c.t("Patient transport - %s" % d.isoformat(), "Transport des usagers – %s" % d.isoformat()), [], table=(hdr, rows), author=disp.full)
        atts = [Att("transport_%s.pdf" % d.strftime("%Y%m%d"), "application/pdf", pdf)]
        c.note = "transport roster in PDF"
    else:
        atts = []
        body.append(Table(hdr, rows))
        c.note = "transport roster in body"
    body.append(c.sig(disp, c.t("Patient Transport Dispatch", "Répartition – transport des usagers")))
    if r.random() < 0.5:
        disp, ext = ext, disp
        body[-1] = "Répartition Transport adapté Boréal\n" + c.phone()
    return Mail(c.lang, disp, [(ext.full, ext.addr)], c.t("Transports %s" % d.isoformat(), "Transports %s" % d.isoformat()), body, atts)


def p_porter_request(c):
    r = c.rng
    clerk = c.staff()
    disp = c.group("Porter dispatch", "Répartition brancarderie", "brancarderie")
    reqs = []
    for i in range(r.randint(1, 3)):
        p = c.pat_any()
        iso = c.p(r.choice([("MRSA", "SARM"), ("C. diff", "C. difficile"), ("VRE", "ERV"), ("TB rule-out, airborne", "TB à exclure, aérienne"), ("COVID +", "COVID +")]))
        dest = c.choice(["CT", "IRM / MRI", c.t("nuclear med", "médecine nucléaire"), c.t("endoscopy", "endoscopie"), c.t("dialysis", "dialyse")])
        line = c.t("%s rm %d -> %s at %s, stretcher, %s precautions" % (p.name("en", r, r.choice(["title_sur_given", "full"])), r.randint(301, 760), dest, hm(r.randint(8, 17), r.choice([0, 30]), "en"), iso),
                   "%s ch. %d -> %s à %s, civière, précautions %s" % (p.name("fr", r, r.choice(["title_sur_given", "full"])), r.randint(301, 760), dest, hm(r.randint(8, 17), r.choice([0, 30]), "fr"), iso))
        if r.random() < 0.4:
            line += c.t(", on heparin drip", ", sous perfusion d'héparine")
            c.add("medication")
        if r.random() < 0.3:
            line += " – " + fmt_mrn(gen_mrn(r), r, c.lang)
            c.add("mrn")
        reqs.append(line)
    c.add("patient_name", "diagnosis")
    body = [c.typo("\n".join(reqs), 0.3), c.t("Portable O2 needed for the first one. Thx", "Besoin d'O2 portatif pour le premier. Merci")]
    c.note = "quick porter request note"
    return Mail(c.lang, clerk, [disp], c.choice([c.t("porter req", "demande brancardier"), c.t("stretcher needed", "besoin civière"), "transport"]), body,
                form=c.choice(["plain", "plain", None]))


def p_interpreter_booking(c):
    r = c.rng
    clerk = c.staff()
    coord = c.staff()
    sur, given, sex, lfr, len_ = c.choice(ALLO_NAMES)
    p = Person(sur, given, dt.date(r.randint(1950, 2000), r.randint(1, 12), r.randint(1, 28)), sex)
    m = gen_mrn(r)
    why = c.choice([("breaking bad news - biopsy result (pancreatic cancer)", "annonce de diagnostic – résultat de biopsie (cancer du pancréas)"),
                    ("consent for C-section", "consentement pour césarienne"), ("psychiatric assessment after suicide attempt", "évaluation psychiatrique après tentative de suicide"),
                    ("diabetes teaching - new insulin", "enseignement diabète – nouvelle insuline"), ("prenatal visit, HIV positive mother", "suivi prénatal, mère VIH+")])
    d = c.future(1, 6)
    start = dt.datetime(d.year, d.month, d.day, r.randint(8, 15), r.choice([0, 30]))
    c.add("patient_name", "mrn", "diagnosis", "social_information")
    lang_s = c.t(len_, lfr)
    status = c.p(c.choice([("refugee claimant, arrived 3 months ago", "demandeur d'asile arrivé il y a 3 mois"),
                            ("speaks no French or English, husband usually translates but patient prefers a professional", "ne parle ni français ni anglais, le conjoint traduit d'habitude mais la patiente préfère un interprète"),
                            ("sponsored refugee, lives with cousin", "réfugié(e) parrainé(e), vit chez un cousin")]))
    desc = c.t("Patient: %s, MRN %s\nLanguage: %s\nContext: %s\nNotes: %s" % (p.full, m, lang_s, c.p(why), status),
               "Usager : %s, dossier %s\nLangue : %s\nContexte : %s\nNotes : %s" % (p.full, m, lang_s, c.p(why), status))
    ics = make_ics("%s-%d@%s" % (m, r.randint(100, 999), c.domain), start, 60,
                   c.t("Interpreter %s - %s" % (len_, p.surname), "Interprète %s – %s" % (lfr, p.surname)),
                   c.choice(["Clinique externe B-214", "Bureau 3.112", "Salle de consultation 5"]), desc,
                   (clerk.full, clerk.addr), [(coord.full, coord.addr)])
    body = [c.greet(coord.first), c.t("Please book a %s interpreter:" % len_, "Pouvez-vous réserver un interprète %s :" % lfr)]
    if r.random() < 0.5:
        body.append(desc)
        c.note = "interpreter booking in body + ICS"
    else:
        body.append(c.t("details in the invite.", "détails dans l'invitation."))
        c.note = "interpreter booking, details only in ICS"
    body.append(c.sig(clerk, c.t("Clinic clerk", "Agente administrative")))
    return Mail(c.lang, clerk, c.to(coord), c.t("Interpreter request %s" % start.strftime("%Y-%m-%d %H:%M"), "Demande d'interprète %s" % start.strftime("%Y-%m-%d %H:%M")),
                body, [Att("invite.ics", "text/calendar", ics)])


def p_interpreter_report(c):
    r = c.rng
    it = c.staff()
    coord = c.staff()
    sur, given, sex, lfr, len_ = c.choice(ALLO_NAMES)
    p = Person(sur, given, dt.date(r.randint(1950, 2000), r.randint(1, 12), r.randint(1, 28)), sex)
    dx = c.p(c.choice(DX + DX_PSY))
    c.add("patient_name", "diagnosis", "social_information")
    soc = c.p(c.choice(SOCIAL[6:9] + [("husband controlling, answered for her the whole time", "conjoint très contrôlant, répondait à sa place"),
                                      ("undocumented, afraid of the bill", "sans statut, a peur de la facture")]))
    txt = c.t("Session with %s (%s), %d min, unit %s. Topic: %s. Family dynamics: %s. Patient asked me afterwards to come back for the discharge teaching."
              % (p.name("en", r, r.choice(["full", "title_full"])), len_, r.choice([30, 45, 60, 90]), c.choice(UNITS_EN), dx, soc),
              "Séance avec %s (%s), %d min, unité %s. Sujet : %s. Contexte familial : %s. %s m'a demandé de revenir pour l'enseignement au congé."
              % (p.name("fr", r, r.choice(["full", "title_full"])), lfr, r.choice([30, 45, 60, 90]), c.choice(UNITS_FR), dx, soc, c.g(p, "L'usager", "L'usagère")))
    body = [c.greet(coord.first), c.typo(txt, 0.3)]
    if r.random() < 0.4:
        med = c.p(c.choice(MEDS))
        body.append(c.t("Also explained new meds: %s." % med, "J'ai aussi expliqué la nouvelle médication : %s." % med))
        c.add("medication")
    body.append(c.sig(it, c.t("Staff interpreter", "Interprète"), short=True))
    c.note = "interpreter post-session report"
    return Mail(c.lang, it, c.to(coord), c.t("session report %s" % c.date(c.today, "iso"), "rapport de séance %s" % c.date(c.today, "iso")), body)


def p_volunteer_visit_list(c):
    r = c.rng
    coord = c.staff()
    rows = []
    for i in range(r.randint(4, 7)):
        p = c.pat_any()
        note = c.p(c.choice(SOCIAL[:2] + SOCIAL[6:7] + [("no visitors since admission", "aucune visite depuis l'admission"),
                                                        ("loves hockey, hard of hearing", "aime le hockey, malentendant")]))
        if "hockey" not in note:
            c.add("social_information")
        dx = c.p(c.choice([("mild dementia", "démence légère"), ("post-stroke aphasia", "aphasie post-AVC"), ("depressed mood", "humeur dépressive"),
                           ("palliative - lung ca", "palliatif – néo poumon"), ("long stay after hip fx", "long séjour post-fx hanche")]))
        rows.append([str(r.randint(301, 760)), p.name(c.lang, r, r.choice(["title_sur", "title_full", "full"])), dx, note])
    c.add("patient_name", "diagnosis")
    body = [c.t("Hello friendly visitors!", "Bonjour chers bénévoles!"),
            c.t("Here are this week's visit priorities. Please wash hands and check with the nurse before entering.",
                "Voici les priorités de visite de la semaine. Lavage des mains et vérifier avec l'infirmière avant d'entrer."),
            Table([c.t("Room", "Ch."), c.t("Patient", "Usager"), c.t("Condition", "Condition"), c.t("Notes", "Notes")], rows),
            c.sig(coord, c.t("Volunteer Coordinator", "Coordonnatrice des bénévoles"))]
    c.note = "friendly visitor list with social notes"
    return Mail(c.lang, coord, [c.group("Friendly visitors", "Bénévoles – visites d'amitié", "benevoles.visites")],
                c.t("Visits this week", "Visites de la semaine"), body)


def p_volunteer_vigil(c):
    r = c.rng
    nurse = c.staff()
    coord = c.staff()
    p = c.pat_any()
    dx = c.p(c.choice([("end-stage COPD", "MPOC terminale"), ("metastatic colon cancer", "cancer du côlon métastatique"),
                       ("end-stage heart failure", "insuffisance cardiaque terminale"), ("advanced ALS", "SLA avancée")]))
    soc = c.p(c.choice([("only family is a nephew in Alberta", "seule famille : un neveu en Alberta"), ("estranged from children", "brouillé(e) avec ses enfants"),
                        ("wife died last year, no one else", "conjoint(e) décédé(e) l'an passé, personne d'autre")]))
    c.add("patient_name", "diagnosis", "social_information")
    dx, soc = dx[0].upper() + dx[1:], soc[0].upper() + soc[1:]
    txt = c.t("Can we get a vigil volunteer for %s in palliative room %d tonight and tomorrow? %s, likely hours to days. %s. Likes soft music (Ginette Reno lol)."
              % (p.name("en", r, r.choice(["title_full", "full", "title_sur"])), r.randint(1, 12), dx, soc),
              "Est-ce qu'on peut avoir un bénévole d'accompagnement pour %s, chambre %d aux soins palliatifs, ce soir et demain? %s, probablement quelques heures à quelques jours. %s. Aime la musique douce (Ginette Reno)."
              % (p.name("fr", r, r.choice(["title_full", "full", "title_sur"])), r.randint(1, 12), dx, soc))
    rel = c.p(c.choice(RELIGION))
    if r.random() < 0.5:
        txt += c.t(" Religion: %s, chaplain already informed." % rel, " Religion : %s, l'intervenant en soins spirituels est avisé." % rel)
    inner = [c.greet(coord.first), c.typo(txt, 0.2), c.sig(nurse, c.t("Assistant head nurse, Palliative", "ASI – soins palliatifs"), short=True)]
    if r.random() < 0.5:
        vol = c.staff()
        body = [c.greet(vol.first), c.t("Would you be available? See below.", "Serais-tu disponible? Voir ci-dessous."),
                c.sig(coord, c.t("Volunteer services", "Service des bénévoles"), short=True), Fwd(c.who(nurse), c.stamp(c.when()), inner, c.lang)]
        c.note = "vigil request forwarded to volunteer"
        return Mail(c.lang, coord, c.to(vol), c.t("Fwd: vigil tonight", "TR: accompagnement ce soir"), body)
    c.note = "vigil volunteer request"
    return Mail(c.lang, nurse, c.to(coord), c.t("Vigil volunteer needed", "Bénévole accompagnement fin de vie"), inner)


def p_chaplain_referral(c):
    r = c.rng
    clerk = c.staff()
    ch = c.group("Spiritual care", "Soins spirituels", "soins.spirituels")
    p = c.pat_any()
    relreq = c.choice([(("Catholic", "catholique"), [("anointing of the sick", "sacrement des malades"), ("communion on Sunday", "la communion dimanche")]),
                       (("Muslim", "musulmane"), [("visit from an imam before surgery", "visite d'un imam avant la chirurgie")]),
                       (("Jewish", "juive"), [("a rabbi - family asks for Shabbat arrangements", "un rabbin – la famille demande des arrangements pour le shabbat")]),
                       (("Pentecostal", "pentecôtiste"), [("someone to pray with, anxious about the amputation", "quelqu'un pour prier avec " + c.g(p, "lui", "elle") + ", " + c.g(p, "anxieux", "anxieuse") + " pour l'amputation")]),
                       (("Anglican", "anglicane"), [("a minister to visit, no local parish", "la visite d'un pasteur, pas de paroisse ici")]),
                       (("Greek Orthodox", "orthodoxe grecque"), [("a priest for confession before surgery", "un prêtre pour la confession avant la chirurgie")])])
    rel = c.p(relreq[0])
    req = c.p(c.choice(relreq[1]))
    dx = c.p(c.choice(DX + [("R below-knee amputation scheduled", "amputation sous le genou D prévue")]))
    c.add("patient_name", "social_information", "diagnosis")
    fields = [c.t("REFERRAL - SPIRITUAL CARE", "DEMANDE DE CONSULTATION – SOINS SPIRITUELS"),
              c.t("Patient: ", "Usager : ") + p.name(c.lang, r, r.choice(["upper_comma", "title_full"])),
              c.t("Room: ", "Chambre : ") + c.t("%d, %s", "%d, %s") % (r.randint(1, 40), c.choice(UNITS_FR if c.lang == "fr" else UNITS_EN)),
              c.t("Faith tradition: ", "Tradition religieuse : ") + rel,
              c.t("Request: ", "Demande : ") + req,
              c.t("Clinical context: ", "Contexte clinique : ") + dx,
              c.t("Urgency: ", "Urgence : ") + c.choice([c.t("today", "aujourd'hui"), c.t("within 48h", "d'ici 48 h"), c.t("ASAP - declining", "dès que possible – se détériore")])]
    if r.random() < 0.4:
        fields.insert(2, c.t("DOB: ", "DDN : ") + dob_str(c, p))
        c.add("date_of_birth")
    body = [c.greet(), "\n".join(fields), c.sig(clerk, c.t("Unit clerk", "Agente administrative"), short=True)]
    c.note = "spiritual care referral"
    return Mail(c.lang, clerk, [ch], c.t("Spiritual care referral", "Demande soins spirituels") + (" - " + p.surname if r.random() < 0.5 else ""), body,
                form=c.choice([None, "html"]))


def p_chaplain_bereavement(c):
    r = c.rng
    chap = c.staff()
    dest = c.choice([c.group("Bereavement follow-up", "Suivi de deuil", "suivi.deuil"), ("Paroisse Saint-Ambroise", "secretariat@paroisse-stambroise.example")])
    p = c.pat_any()
    rel, kind = c.relative(p)
    dod = c.today - dt.timedelta(days=r.randint(1, 6))
    cause = c.p(c.choice([("metastatic cancer", "cancer métastatique"), ("after a long illness (ALS)", "après une longue maladie (SLA)"),
                          ("cardiac arrest in ICU", "arrêt cardiaque aux soins intensifs"), ("complications of dementia", "complications de la démence")]))
    c.add("patient_name", "patient_contact", "social_information", "diagnosis")
    rs = c.last_rel_sex
    txt = c.t("%s died on %s - %s. The %s, %s, would like a call about the funeral mass and our bereavement group. Address: %s. Phone: %s. %s is alone now and struggling."
              % (p.name("en", r, r.choice(["title_full", "full"])), c.date(dod), cause, kind, rel, c.addr_str(), c.phone(), "She" if rs == "F" else "He"),
              "%s est %s le %s (%s). %s %s, %s, aimerait un appel pour les funérailles et notre groupe de deuil. Adresse : %s. Tél. : %s. %s maintenant et trouve ça difficile."
              % (p.name("fr", r, r.choice(["title_full", "full"])), c.g(p, "décédé", "décédée"), c.date(dod), cause, "La" if rs == "F" else "Le", kind, rel,
                 c.addr_str(), c.phone(), "Elle est seule" if rs == "F" else "Il est seul"))
    body = [c.greet(), c.typo(txt, 0.2), c.sig(chap, c.t("Spiritual Care Practitioner", "Intervenant en soins spirituels"))]
    c.note = "bereavement follow-up with family contact"
    if r.random() < 0.4:
        vcf = make_vcf(rel, rel.split()[0], rel.split()[-1], [("HOME", c.phone())], adr=c.address(),
                       note=c.t("Family of the late %s" % p.full, "Famille de feu %s" % p.full))
        c.note += " + vCard"
        return Mail(c.lang, chap, [dest], c.t("Bereavement follow-up", "Suivi de deuil"), body, [Att(slug(rel) + ".vcf", "text/vcard", vcf)])
    return Mail(c.lang, chap, [dest], c.t("Bereavement follow-up - %s family" % p.surname, "Suivi de deuil – famille %s" % p.surname), body)


def p_security_watch(c):
    r = c.rng
    sup = c.staff()
    rows = []
    for i in range(r.randint(2, 5)):
        p = c.pat_any()
        reason = c.p(c.choice([("Form 1 (Mental Health Act) - suicide risk", "P-38 – garde préventive, risque suicidaire"),
                               ("dementia, exit-seeking, wanders", "démence, errance, cherche la sortie"),
                               ("alcohol withdrawal, aggressive last night", "sevrage alcoolique, agressif hier soir"),
                               ("court-ordered psychiatric assessment", "évaluation psychiatrique ordonnée par la cour"),
                               ("psychosis, threatened staff", "psychose, menaces envers le personnel")]))
        desc = c.p(c.choice([("tall, grey beard, blue gown", "grand, barbe grise, jaquette bleue"), ("wears red hoodie", "porte un coton ouaté rouge"),
                             ("walks with cane", "marche avec une canne"), ("young, tattoo on neck", "jeune, tatouage au cou")]))
        rows.append([p.name(c.lang, r, r.choice(["upper_comma", "full"])), "%d%02d" % (r.randint(2, 7), r.randint(1, 30)), reason, desc])
        if "P-38" in reason or "Form 1" in reason or "cour" in reason:
            c.add("social_information")
    c.add("patient_name", "diagnosis")
    body = [c.t("Team,", "Équipe,"), c.t("Patients under constant observation / elopement risk for the %s shift:" % c.choice(["day", "evening", "night"]),
                                       "Usagers sous surveillance constante / risque de fugue pour le quart de %s :" % c.choice(["jour", "soir", "nuit"])),
            Table([c.t("Patient", "Usager"), c.t("Room", "Ch."), c.t("Reason", "Motif"), c.t("Description", "Signalement")], rows),
            c.t("Code yellow procedure if anyone leaves the unit.", "Procédure code jaune si quelqu'un quitte l'unité."),
            c.sig(sup, c.t("Security Supervisor", "Superviseur – sécurité"))]
    c.note = "security observation list"
    atts = []
    if r.random() < 0.3:
        inner = Mail(c.lang, sup, [c.group("Security", "Sécurité", "securite")], c.t("Watch list", "Liste de surveillance"), body[1:4])
        outer_body = [c.greet(), c.t("Forwarding last night's list, still valid.", "Je transfère la liste d'hier soir, toujours valide."), c.sig(sup, c.t("Security", "Sécurité"), short=True)]
        c.note += " as attached .eml"
        return Mail(c.lang, sup, [c.group("Security", "Sécurité", "securite")], c.t("FW: Watch list", "TR: Liste de surveillance"),
                    outer_body, [Att("liste_surveillance.eml" if c.lang == "fr" else "watch_list.eml", "message/rfc822", inner)])
    return Mail(c.lang, sup, [c.group("Security", "Sécurité", "securite")], c.t("Watch list - %s" % c.date(c.today, "iso"), "Surveillance – %s" % c.date(c.today, "iso")), body, atts)


def p_security_valuables(c):
    r = c.rng
    agent = c.staff()
    dest = c.group("Security office", "Bureau de sécurité", "securite")
    p = c.pat_any()
    m = gen_mrn(r)
    items = c.choice([[("wallet", "portefeuille"), ("cash $240", "argent 240 $"), ("gold ring", "bague en or"), ("Samsung phone", "cellulaire Samsung")],
                      [("watch", "montre"), ("keys", "clés"), ("cash $35.50", "argent 35,50 $"), ("bank card", "carte bancaire")],
                      [("backpack", "sac à dos"), ("knife (confiscated)", "couteau (confisqué)"), ("cash $12", "argent 12 $"), ("pills in bag - given to pharmacy", "comprimés en sac – remis à la pharmacie")]])
    reason = c.p(c.choice([("intoxicated on arrival", "intoxiqué(e) à l'arrivée"), ("admitted to psych ER", "admis(e) à l'urgence psychiatrique"),
                           ("unconscious - overdose", "inconscient(e) – surdose")]))
    c.add("patient_name", "mrn", "date_of_birth", "diagnosis")
    nam_l = []
    if p.nam and r.random() < 0.4:
        nam_l = [c.t("RAMQ: ", "NAM : ") + fmt_nam(p.nam, r)]
        c.add("ramq_nam")
    lines = [c.t("Patient: ", "Usager : ") + p.full, c.t("MRN: ", "Dossier : ") + m] + nam_l + [c.t("DOB: ", "DDN : ") + dob_str(c, p),
             c.t("Context: ", "Contexte : ") + reason, c.t("Items:", "Effets :")] + ["  - " + c.p(i) for i in items] + \
            [c.t("Envelope #", "Enveloppe no ") + "S-%05d" % r.randint(1, 99999), c.t("Witness: ", "Témoin : ") + c.staff().full]
    pdf = make_pdf(c.t("Patient valuables inventory", "Inventaire des biens de valeur de l'usager"), lines, author=agent.full, footer=c.hosp)
    fn = c.choice(["inventaire_%s_%s.pdf" % (slug(p.surname), m), "valuables_%s.pdf" % m, "biens_%s.pdf" % slug(p.surname)])
    body = [c.greet(), c.t("Valuables deposited in the safe tonight, form attached.", "Biens déposés au coffre cette nuit, formulaire joint."),
            c.sig(agent, c.t("Security Officer", "Agent de sécurité"), short=True)]
    c.note = "valuables inventory PDF"
    return Mail(c.lang, agent, [dest], c.t("valuables - ER", "biens de valeur – urgence"), body, [Att(fn, "application/pdf", pdf)])


def p_security_restriction(c):
    r = c.rng
    sw = c.staff()
    sec = c.group("Security", "Sécurité", "securite")
    child = r.random() < 0.5
    if child:
        p = c.pat_inv()
        p.dob = dt.date(r.randint(2012, 2022), r.randint(1, 12), r.randint(1, 28))
        fa = "%s %s" % (c.choice(PAT_GIVEN_FR_M + PAT_GIVEN_EN_M), p.surname)
        txt = c.t("%s (DOB %s), pediatrics rm %d, is under a DPJ (youth protection) emergency placement order. The father, %s, is NOT allowed on the unit. Only the mother and the DPJ worker may visit. Call 911 if he shows up."
                  % (p.full, dob_str(c, p), r.randint(1, 20), fa),
                  "%s (%s le %s), pédiatrie ch. %d, fait l'objet d'une mesure d'urgence de la DPJ. Le père, %s, n'est PAS autorisé sur l'unité. Seules la mère et l'intervenante DPJ peuvent visiter. Appeler le 911 s'il se présente."
                  % (p.full, c.g(p, "né", "née"), dob_str(c, p), r.randint(1, 20), fa))
        c.add("patient_name", "date_of_birth", "social_information")
    else:
        p = c.pat_any()
        ex = "%s %s" % (c.choice(PAT_GIVEN_FR_M + PAT_GIVEN_EN_M), c.choice(PAT_SUR_FR + PAT_SUR_EN))
        txt = c.t("%s, rm %d, has a restraining order against %s (ex-spouse, history of domestic violence). No visits, no phone calls transferred. Photo of him at the security desk."
                  % (p.name("en", r, r.choice(["title_full", "full"])), r.randint(301, 760), ex),
                  "%s, ch. %d, a un engagement de ne pas troubler l'ordre public contre %s (ex-conjoint, violence conjugale). Aucune visite, aucun appel transféré. Photo au poste de sécurité."
                  % (p.name("fr", r, r.choice(["title_full", "full"])), r.randint(301, 760), ex))
        c.add("patient_name", "social_information")
    body = [c.greet(), c.typo(txt, 0.2), c.sig(sw, c.t("Social worker", "Travailleuse sociale"), short=r.random() < 0.5)]
    c.note = "visitor restriction"
    return Mail(c.lang, sw, [sec], c.t("Visitor restriction", "Restriction de visite"), body, cc=[c.group("Switchboard", "Standard", "standard")],
                headers=[("Importance", "high")] if r.random() < 0.5 else [])


def p_clerk_discharge_pharmacy(c):
    r = c.rng
    clerk = c.staff()
    ph = ("Pharmacie Lemire & Dion", "labo@pharmalemire.example") if c.lang == "fr" else ("Harbourview Pharmacy", "rx@harbourviewrx.example")
    p = c.pat_any()
    meds = r.sample(MEDS, r.randint(2, 4))
    c.add("patient_name", "date_of_birth", "medication")
    lines = [c.t("Patient: ", "Patient : ") + p.name(c.lang, r, r.choice(["upper_comma", "full", "title_full"])), c.t("DOB: ", "DDN : ") + dob_str(c, p)]
    if r.random() < 0.5:
        lines.append(c.t("Phone: ", "Tél. : ") + c.phone())
        c.add("patient_contact")
    if p.nam and r.random() < 0.5:
        lines.append(c.t("RAMQ #: ", "NAM : ") + fmt_nam(p.nam, r))
        c.add("ramq_nam")
    lines.append(c.t("Discharge meds:", "Médicaments au congé :"))
    lines += ["- " + c.p(m) for m in meds]
    if r.random() < 0.5:
        lines.append(c.t("Dx: ", "Dx : ") + c.p(c.choice(DX)))
        c.add("diagnosis")
    body = [c.greet(), c.t("As requested by Dr. on the floor, discharge prescription below (original faxed too).",
                           "Tel que demandé par le médecin, voici l'ordonnance de départ (original aussi télécopié)."),
            "\n".join(lines), c.sig(clerk, c.t("Unit Clerk", "Agente administrative"))]
    c.note = "discharge meds to community pharmacy"
    return Mail(c.lang, clerk, [ph], c.t("Discharge Rx", "Ordonnance de départ") + (" " + p.surname if r.random() < 0.5 else ""), body)


def p_homecare_vcard(c):
    r = c.rng
    clerk = c.staff()
    clsc = ("CLSC des Trois-Pignons – SAD", "sad@clsc-troispignons.example") if c.lang == "fr" else ("Home Care - West Island", "intake@homecare-wi.example")
    p = c.pat_any()
    a = c.address()
    tel = c.phone()
    dx = c.p(c.choice(DX))
    soc = c.p(c.choice(SOCIAL[:1] + SOCIAL[4:5] + SOCIAL[8:9]))
    c.add("patient_name", "patient_contact", "diagnosis", "social_information")
    note = "%s; %s" % (dx, soc)
    if p.nam and r.random() < 0.5:
        note = "NAM %s; " % fmt_nam(p.nam, r) + note
        c.add("ramq_nam")
    vcf = make_vcf(p.full, p.given, p.surname, [("HOME", tel)], adr=a, note=note)
    body = [c.greet(), c.t("Discharge home tomorrow, home care referral faxed this morning. Contact card attached for the nurse visit. Dx %s - %s." % (dx, soc),
                           "Congé à domicile demain, la référence SAD a été télécopiée ce matin. Fiche contact jointe pour la visite de l'infirmière. Dx %s – %s." % (dx, soc)),
            c.sig(clerk, c.t("Discharge planning clerk", "Agente – planification des congés"))]
    c.note = "vCard with patient address, body with dx"
    return Mail(c.lang, clerk, [clsc], c.t("Home care - new discharge", "SAD – nouveau congé"), body,
                [Att("%s.vcf" % slug(p.full), "text/vcard", vcf)])


def p_lab_call_relay(c):
    r = c.rng
    clerk = c.staff()
    nurse = c.staff()
    p = c.pat_any()
    m = gen_mrn(r)
    lab = c.p(c.choice(LABS))
    c.add("patient_name", "mrn", "lab_result")
    t = hm(r.randint(0, 23), r.randint(0, 59), c.lang)
    txt = c.t("Lab called at %s with a critical value for %s (%s): %s. Tech name: %s. I told them you were in a room, they'll page the resident too."
              % (t, p.name("en", r, r.choice(["full", "title_sur_given", "upper_comma"])), fmt_mrn(m, r, "en"), lab, c.choice(["Kim", "Ahmed", "Julie"])),
              "Le labo a appelé à %s avec une valeur critique pour %s (%s) : %s. Technologiste : %s. Je leur ai dit que tu étais dans une chambre, ils vont aussi téléavertir le résident."
              % (t, p.name("fr", r, r.choice(["full", "title_sur_given", "upper_comma"])), fmt_mrn(m, r, "fr"), lab, c.choice(["Julie", "Ahmed", "Mireille"])))
    req = [c.greet(nurse.first), c.typo(txt, 0.25), c.sig(clerk, c.t("Unit clerk", "Commis"), short=True)]
    subj = c.choice([c.t("CRITICAL lab value", "VALEUR CRITIQUE labo"), c.t("lab called", "labo a appelé"), c.t("critical - rm %d" % r.randint(301, 760), "critique – ch. %d" % r.randint(301, 760))])
    if r.random() < 0.5:
        body = [c.t("Got it, resident aware, repeat drawn.", "Reçu, résident avisé, contrôle prélevé."), nurse.first,
                Quote(c.who(clerk), c.stamp(c.when()), req, c.lang)]
        c.note = "reply quoting the critical value"
        return Mail(c.lang, nurse, c.to(clerk), "RE: " + subj, body)
    c.note = "critical lab value relay"
    return Mail(c.lang, clerk, c.to(nurse), subj, req, headers=[("Importance", "high")])


POSITIVES = [p_clerk_census, p_clerk_phone_msg, p_clerk_chart_request, p_admit_bed_request, p_admit_preadmission,
             p_admit_ontario_transfer, p_admit_foreign, p_admit_cnesst, p_switchboard_callback, p_switchboard_privacy,
             p_transport_schedule, p_porter_request, p_interpreter_booking, p_interpreter_report, p_volunteer_visit_list,
             p_volunteer_vigil, p_chaplain_referral, p_chaplain_bereavement, p_security_watch, p_security_valuables,
             p_security_restriction, p_clerk_discharge_pharmacy, p_homecare_vcard, p_lab_call_relay]


# ==========================================================================
# NEGATIVE templates: ordinary work mail of the same staff, no patient data
# ==========================================================================

def n_roster_clerks(c):
    r = c.rng
    chef = c.staff()
    rows = []
    days = [c.today + dt.timedelta(days=i) for i in range(7)]
    for i in range(r.randint(5, 9)):
        s = c.staff()
        rows.append(["%s, %s" % (s.last.upper(), s.first), "%06d" % r.randint(100000, 999999)] + [c.choice(["J", "S", "N", "-", "-", "J", "S"]) if c.lang == "fr" else c.choice(["D", "E", "N", "-", "-", "D"]) for _ in days])
    hdr = [c.t("Name", "Nom"), c.t("Emp. #", "Matricule")] + [d.strftime("%d/%m") for d in days]
    unit = c.choice(UNITS_FR if c.lang == "fr" else UNITS_EN)
    body = [c.greet(), c.t("Clerk schedule for %s, week of %s. Swaps must be approved by me before Thursday noon." % (unit, c.date(days[0])),
                           "Horaire des agentes administratives – %s, semaine du %s. Les échanges doivent être approuvés avant jeudi midi." % (unit, c.date(days[0])))]
    atts = []
    if r.random() < 0.5:
        atts.append(Att(c.t("schedule_%s.xlsx", "horaire_%s.xlsx") % days[0].strftime("%Y%m%d"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        make_xlsx([(c.t("Schedule", "Horaire"), hdr, rows)], author=chef.full)))
    else:
        body.append(Table(hdr, rows))
    body.append(c.t("Reminder: census must be printed at 06:00 and 22:00 for the bed meeting.", "Rappel : imprimer le recensement à 6 h et 22 h pour la réunion des lits."))
    body.append(c.sig(chef, c.t("Clerical supervisor", "Chef de service – soutien administratif")))
    return Mail(c.lang, chef, [c.group("Unit clerks", "Agentes administratives", "agents.unites")], c.t("Clerk schedule", "Horaire agentes adm.") + " " + days[0].isoformat(), body, atts)


def n_roster_porters(c):
    r = c.rng
    disp = c.staff()
    rows = []
    zones = [c.t("ER", "Urgence"), c.t("OR", "Bloc opératoire"), c.t("Imaging", "Imagerie"), c.t("Floors 4-7", "Étages 4-7"), c.t("Dialysis/Onco", "Dialyse/Onco"), c.t("Morgue runs", "Morgue")]
    for z in zones:
        s = c.staff()
        rows.append([z, s.full, c.t("pager ", "téléavertisseur ") + "%04d" % r.randint(1000, 9999), c.choice(["07:00-15:00", "15:00-23:00", "23:00-07:00"])])
    body = [c.greet(), c.t("Porter assignments for tomorrow. Reminder: gown + gloves for every contact-precaution room, and wipe the stretcher after each isolation transport.",
                           "Affectations des préposés pour demain. Rappel : blouse + gants pour toute chambre en isolement contact, et désinfecter la civière après chaque transport en isolement."),
            Table([c.t("Zone", "Secteur"), c.t("Porter", "Préposé"), c.t("Pager", "Téléav."), c.t("Shift", "Quart")], rows),
            c.t("Avg response time last week: %d min (target 15)." % r.randint(11, 24), "Délai moyen la semaine dernière : %d min (cible 15)." % r.randint(11, 24)),
            c.sig(disp, c.t("Porter dispatch lead", "Chef d'équipe – brancarderie"))]
    return Mail(c.lang, disp, [c.group("Porters", "Préposés brancarderie", "brancarderie")], c.t("Porter assignments", "Affectations brancarderie"), body)


def n_switchboard_codes(c):
    r = c.rng
    sup = c.staff()
    codes = [("Code blue", "Code bleu", "cardiac arrest - adult", "arrêt cardiorespiratoire – adulte"),
             ("Code pink", "Code rose", "cardiac arrest - pediatric/neonatal", "arrêt cardiorespiratoire – pédiatrique/néonatal"),
             ("Code white", "Code blanc", "violent person", "personne violente"),
             ("Code yellow", "Code jaune", "missing patient", "usager disparu"),
             ("Code orange", "Code orange", "mass casualty", "sinistre externe / afflux massif"),
             ("Code red", "Code rouge", "fire", "incendie"),
             ("Code brown", "Code brun", "chemical spill", "déversement de matières dangereuses")]
    rows = [[c.t(a, b), c.t(d, e), c.t("dial ", "composer ") + str(r.choice([2222, 3333, 4444]))] for a, b, d, e in codes]
    body = [c.t("Hello everyone,", "Bonjour à tous,"),
            c.t("Updated overhead-page scripts, effective %s. Announce three times, bilingual, unit and room number only - never the patient's name." % c.date(c.future(2, 9)),
                "Mise à jour des messages d'urgence, en vigueur le %s. Annoncer trois fois, en français puis en anglais, unité et numéro de local seulement – jamais le nom de l'usager." % c.date(c.future(2, 9))),
            Table([c.t("Code", "Code"), c.t("Meaning", "Signification"), c.t("Line", "Ligne")], rows),
            c.sig(sup, c.t("Switchboard Supervisor", "Chef d'équipe – téléphonie"))]
    atts = []
    if r.random() < 0.5:
        atts.append(Att(c.t("emergency_codes.pdf", "codes_urgence.pdf"), "application/pdf",
                        make_pdf(c.t("Emergency codes", "Codes d'urgence"), [" - ".join(x) for x in rows], author=sup.full, footer=c.hosp)))
    return Mail(c.lang, sup, [c.group("Switchboard", "Standard", "standard")], c.t("Emergency code scripts - update", "Codes d'urgence – mise à jour"), body, atts)


def n_switchboard_directory(c):
    r = c.rng
    op = c.staff()
    docs = DOCS_FR if c.lang == "fr" else DOCS_EN
    rows = []
    for ttl, name, spec, dis in docs:
        rows.append([spec, "%s %s" % (ttl, name), c.phone(), c.ext()])
    rows += [[c.t("Admitting", "Admission"), "-", c.phone(), c.ext()], [c.t("Bed management", "Gestion des lits"), "-", c.phone(), c.ext()],
             [c.t("Patient transport", "Transport des usagers"), "-", c.phone(), c.ext()]]
    hdr = [c.t("Service", "Service"), c.t("On call / contact", "Garde / contact"), c.t("Direct line", "Ligne directe"), c.t("Extension", "Poste")]
    data = make_csv(hdr, rows, ";" if c.lang == "fr" else ",")
    body = [c.greet(), c.t("New directory of clinic lines and on-call contacts. Please replace the laminated sheet at each console.",
                           "Nouveau bottin des lignes de cliniques et contacts de garde. Remplacez la feuille plastifiée à chaque console."),
            c.sig(op, c.t("Switchboard", "Téléphonie"))]
    return Mail(c.lang, op, [c.group("Switchboard", "Standard", "standard")], c.t("Directory update", "Bottin – mise à jour"), body,
                [Att(c.t("directory.csv", "bottin.csv"), "text/csv", data, charset=c.choice(["utf-8", "windows-1252"]))])


def n_keys_badges(c):
    r = c.rng
    mgr = c.staff()
    sec = c.group("Security - access cards", "Sécurité – cartes d'accès", "acces")
    rows = []
    for i in range(r.randint(2, 5)):
        s = c.staff()
        b = luhn_number(r, 9)
        rows.append([s.full, c.choice([c.t("porter", "préposé"), c.t("unit clerk", "agente adm."), c.t("interpreter", "interprète"), c.t("volunteer", "bénévole")]),
                     "%06d" % r.randint(100000, 999999), "%s %s %s" % (b[:3], b[3:6], b[6:]), c.choice(["B-2, B-3, 4N", "urgence, imagerie", "ER, OR corridor", "pharmacie (lecture)"])])
    body = [c.greet(), c.t("Please activate / update the following badges. Old cards were returned to the security desk.",
                           "Merci d'activer / modifier les cartes suivantes. Les anciennes cartes ont été remises au poste de sécurité."),
            Table([c.t("Employee", "Employé(e)"), c.t("Title", "Titre"), c.t("Emp. #", "Matricule"), c.t("Card #", "No carte"), c.t("Zones", "Zones")], rows)]
    if r.random() < 0.5:
        body.append(c.t("Also: key #%d for the linen room on 5 North is missing, please re-key." % r.randint(100, 999),
                        "Aussi : la clé no %d de la lingerie du 5e Nord est perdue, il faut changer le barillet." % r.randint(100, 999)))
    body.append(c.sig(mgr, c.t("Manager", "Gestionnaire")))
    return Mail(c.lang, mgr, [sec], c.t("Badge activation", "Activation cartes d'accès"), body)


def n_lost_found(c):
    r = c.rng
    ag = c.staff()
    items = c.choice([[("black leather wallet, no ID inside", "portefeuille en cuir noir, aucune pièce d'identité"), ("Toyota key fob", "clé Toyota")],
                      [("hearing aid (left), found in cafeteria", "appareil auditif (gauche), trouvé à la cafétéria"), ("reading glasses, red frame", "lunettes de lecture, monture rouge")],
                      [("staff badge - %s" % c.staff().full, "carte d'employé – %s" % c.staff().full), ("umbrella", "parapluie"), ("iPhone, cracked screen", "iPhone, écran fissuré")],
                      [("child's stuffed rabbit, pediatric ER waiting room", "lapin en peluche, salle d'attente urgence pédiatrique"), ("winter coat size L", "manteau d'hiver taille L")]])
    rows = [["LF-%04d" % r.randint(1, 9999), c.p(i), c.choice(["P2", c.t("main lobby", "hall principal"), c.t("chapel", "chapelle"), c.t("ER waiting room", "salle d'attente urgence")]), c.date(c.today - dt.timedelta(days=r.randint(0, 20)), "iso")] for i in items]
    body = [c.greet(), c.t("Lost & found log for the week. Items over 30 days go to the volunteers' thrift table.",
                           "Registre des objets trouvés de la semaine. Les objets de plus de 30 jours iront à la table des bénévoles."),
            Table(["#", c.t("Item", "Objet"), c.t("Where", "Endroit"), c.t("Date", "Date")], rows),
            c.sig(ag, c.t("Security Officer", "Agent de sécurité"), short=True)]
    return Mail(c.lang, ag, [c.group("Reception desks", "Accueil", "accueil")], c.t("Lost and found", "Objets trouvés"), body)


def n_parking(c):
    r = c.rng
    pk = c.staff()
    body = [c.t("Hello,", "Bonjour,"),
            c.t("Lot P3 will be closed %s from 22:00 to 06:00 for snow removal. Night staff: use P1 levels 2-3. Permits %d-%d remain valid." % (day_label(c.future(1, 5), "en"), r.randint(1000, 1999), r.randint(2000, 2999)),
                "Le stationnement P3 sera fermé %s de 22 h à 6 h pour le déneigement. Personnel de nuit : utilisez P1 niveaux 2-3. Les vignettes %d à %d demeurent valides." % (day_label(c.future(1, 5), "fr"), r.randint(1000, 1999), r.randint(2000, 2999)))]
    if r.random() < 0.6:
        rows = []
        for i in range(r.randint(3, 6)):
            s = c.staff()
            rows.append([s.full, "%s%d%s %d%s%s" % (c.choice("ABCGKLV"), r.randint(0, 9), c.choice("ABCDEFGH"), r.randint(1, 9), c.choice("ABCDEFGH"), c.choice("ABCDEFGH")),
                         "P-%05d" % r.randint(1, 99999), c.choice([c.t("renewed", "renouvelée"), c.t("unpaid - payroll deduction pending", "impayée – retenue à la source en attente")])])
        body.append(Table([c.t("Employee", "Employé(e)"), c.t("Plate", "Plaque"), c.t("Permit", "Vignette"), c.t("Status", "Statut")], rows))
    body.append(c.t("Monthly fee goes to $%d.50 on April 1 (union was consulted)." % r.randint(48, 72), "Le tarif mensuel passe à %d,50 $ le 1er avril (le syndicat a été consulté)." % r.randint(48, 72)))
    body.append(c.sig(pk, c.t("Parking services", "Services de stationnement")))
    return Mail(c.lang, pk, [c.group("All staff", "Tout le personnel", "tous")], c.t("Parking - P3 closure", "Stationnement – fermeture P3"), body)


def n_supplies(c):
    r = c.rng
    s = c.staff()
    rows = []
    items = [("transport wheelchair 18in", "fauteuil roulant de transport 18 po"), ("bariatric stretcher", "civière bariatrique"),
             ("portable O2 cylinder D", "bonbonne O2 portative format D"), ("IV pole 4-hook", "tige à soluté 4 crochets"),
             ("isolation gowns (case of 50)", "blouses d'isolement (caisse de 50)"), ("N95 masks 1870+", "masques N95 1870+")]
    for it in r.sample(items, r.randint(3, 5)):
        tag = c.choice(["%s %s %s" % (c.choice(["FRTL", "CIVB", "BONB", "TIGE"]), "%04d" % r.randint(0, 9999), "%04d" % r.randint(0, 9999)),
                        luhn_number(r, 10), "LOT %s%d%s%d" % (c.choice("ABCK"), r.randint(10, 99), c.choice("XYZ"), r.randint(100, 999))])
        rows.append([c.p(it), str(r.randint(1, 20)), tag, "%.2f $" % (r.randint(20, 4000) + 0.99) if c.lang == "fr" else "$%.2f" % (r.randint(20, 4000) + 0.99)])
    po = "PO-%d-%05d" % (c.today.year, r.randint(1, 99999))
    body = [c.greet(), c.t("Order for porter services / transport pool, %s. Asset tags listed for items being replaced." % po,
                           "Commande pour la brancarderie / transport, %s. Numéros d'actif indiqués pour les items remplacés." % po),
            Table([c.t("Item", "Article"), c.t("Qty", "Qté"), c.t("Asset / lot", "Actif / lot"), c.t("Price", "Prix")], rows),
            c.sig(s, c.t("Logistics clerk", "Commis – approvisionnement"))]
    return Mail(c.lang, s, [c.group("Purchasing", "Approvisionnement", "achats")], c.t("Order %s" % po, "Commande %s" % po), body)


def n_training_interpreters(c):
    r = c.rng
    coord = c.staff()
    d = c.future(5, 20)
    case = c.t("Case 2 (fictional): Mrs. A., 72, Spanish-speaking, is told her biopsy shows cancer. Her son insists on translating and asks you not to say 'cancer'. What do you do?",
               "Cas 2 (fictif) : Mme A., 72 ans, hispanophone, apprend que sa biopsie montre un cancer. Son fils insiste pour traduire et vous demande de ne pas dire « cancer ». Que faites-vous?")
    body = [c.t("Hello interpreters,", "Bonjour à tous les interprètes,"),
            c.t("Our next practice session is %s at 13:00, room B-114. We will work on sight translation of consent forms and the two scenarios below." % day_label(d, "en"),
                "Notre prochain atelier aura lieu %s à 13 h, salle B-114. Nous travaillerons la traduction à vue des consentements et les deux mises en situation ci-dessous." % day_label(d, "fr")),
            c.t("Case 1 (fictional): a man in his 40s with newly diagnosed type 1 diabetes needs insulin teaching through an interpreter.",
                "Cas 1 (fictif) : un homme dans la quarantaine, diabète de type 1 récemment diagnostiqué, a besoin d'enseignement sur l'insuline avec interprète."),
            case, c.sig(coord, c.t("Interpreter services coordinator", "Coordonnatrice – service d'interprétation"))]
    atts = []
    if r.random() < 0.5:
        z = make_zip([("atelier/glossaire_oncologie.txt", "biopsie = biopsy\nmétastase = metastasis\nchimiothérapie = chemotherapy\n".encode("utf-8")),
                      ("atelier/consentement_vierge.txt", "Je soussigné(e) ______________ consens à ______________\n".encode("utf-8"))])
        atts.append(Att("atelier_interpretes.zip", "application/zip", z))
    return Mail(c.lang, coord, [c.group("Interpreters", "Interprètes", "interpretes")], c.t("Practice session - consent & bad news", "Atelier – consentement et annonce"), body, atts)


def n_training_omega(c):
    r = c.rng
    fm = c.staff()
    d = c.future(7, 30)
    rows = [[c.staff().full, c.choice([c.t("Security", "Sécurité"), c.t("Admitting", "Admission"), c.t("Porters", "Brancarderie"), c.t("Switchboard", "Standard")]), c.choice(["OK", c.t("waitlist", "liste d'attente")])] for _ in range(r.randint(4, 8))]
    body = [c.greet(), c.t("Registrations for the two-day violence prevention (Omega) course, %s-%s. Mandatory for security and ER admitting staff." % (d.isoformat(), (d + dt.timedelta(days=1)).isoformat()),
                           "Inscriptions à la formation Oméga (prévention de la violence) de deux jours, %s et %s. Obligatoire pour la sécurité et l'admission à l'urgence." % (d.isoformat(), (d + dt.timedelta(days=1)).isoformat())),
            Table([c.t("Name", "Nom"), c.t("Dept", "Service"), c.t("Status", "Statut")], rows),
            c.t("Wear comfortable clothes; module 3 includes physical techniques.", "Tenue confortable; le module 3 comprend des techniques physiques."),
            c.sig(fm, c.t("Training coordinator", "Conseillère en formation"))]
    ics = make_ics("omega-%s@%s" % (d.strftime("%Y%m%d"), c.domain), dt.datetime(d.year, d.month, d.day, 8, 30), 450, c.t("Omega training", "Formation Oméga"),
                   c.t("Training room A", "Salle de formation A"), c.t("Day 1 of 2", "Jour 1 de 2"), (fm.full, fm.addr), [])
    return Mail(c.lang, fm, [c.group("Managers", "Gestionnaires", "gestionnaires")], c.t("Omega training - registrations", "Formation Oméga – inscriptions"), body,
                [Att("omega.ics", "text/calendar", ics)] if r.random() < 0.6 else [])


def n_union_notice(c):
    r = c.rng
    u = c.staff()
    dom = "scfp-local%d.example" % r.randint(1000, 9999)
    u.domain = dom
    body = [c.t("Dear members,", "Chers membres,"),
            c.t("General assembly on %s at 19:00, cafeteria B. Agenda: 1) collective agreement update 2) grievances on mandatory overtime (%d filed this year) 3) election of the porters' delegate."
                % (day_label(c.future(5, 20), "en"), r.randint(8, 40)),
                "Assemblée générale %s à 19 h, cafétéria B. Ordre du jour : 1) suivi de la convention collective 2) griefs sur le temps supplémentaire obligatoire (%d déposés cette année) 3) élection du délégué des préposés."
                % (day_label(c.future(5, 20), "fr"), r.randint(8, 40))),
            c.t("Quorum: 50 members. Bring your union card (member # on the back).", "Quorum : 50 membres. Apportez votre carte syndicale (no de membre au verso)."),
            c.t("In solidarity,", "Solidairement,") + "\n" + u.full + "\n" + c.t("President, local ", "Présidente, section locale ") + dom.split("local")[1].split(".")[0]]
    return Mail(c.lang, u, [c.group("Members", "Membres", "membres")], c.t("General assembly", "Assemblée générale"), body, form=c.choice(["html", "alt"]))


def n_hr_notice(c):
    r = c.rng
    hr = c.staff()
    kind = r.randrange(3)
    if kind == 0:
        txt = c.t("Summer vacation selection opens %s. Seniority lists are posted in each department. Selection is by seniority within each job title (porters, clerks, switchboard)."
                  % c.date(c.future(2, 10)),
                  "La sélection des vacances d'été débute le %s. Les listes d'ancienneté sont affichées dans chaque service. Choix par ancienneté dans chaque titre d'emploi (préposés, agentes administratives, téléphonistes)." % c.date(c.future(2, 10)))
        subj = c.t("Vacation selection", "Choix de vacances")
    elif kind == 1:
        txt = c.t("Reminder: update your SIN and direct-deposit info in the employee portal before Dec 15 so your T4 and RL-1 are correct. HR will never ask for your SIN by e-mail.",
                  "Rappel : mettez à jour votre NAS et vos informations de dépôt direct dans le portail employé avant le 15 décembre pour que vos T4 et Relevé 1 soient exacts. Les RH ne vous demanderont jamais votre NAS par courriel.")
        subj = c.t("T4 / RL-1 - update your info", "T4 / Relevé 1 – mise à jour")
    else:
        rows = [["%06d" % r.randint(100000, 999999), c.staff().full, "%d h" % r.randint(2, 16)] for _ in range(r.randint(3, 6))]
        txt = c.t("Payroll error on the %s pay for overtime at time and a half. The employees below will receive the adjustment on the next pay:" % c.date(c.today - dt.timedelta(days=7)),
                  "Erreur de paie sur la paie du %s pour le temps supplémentaire à taux et demi. Les employés ci-dessous recevront l'ajustement sur la prochaine paie :" % c.date(c.today - dt.timedelta(days=7)))
        subj = c.t("Pay adjustment", "Ajustement de paie")
        return Mail(c.lang, hr, [c.group("Managers", "Gestionnaires", "gestionnaires")], subj,
                    [c.greet(), txt, Table([c.t("Emp #", "Matricule"), c.t("Name", "Nom"), c.t("Hours", "Heures")], rows), c.sig(hr, c.t("Payroll", "Service de la paie"))])
    return Mail(c.lang, hr, [c.group("All staff", "Tout le personnel", "tous")], subj, [c.greet(), txt, c.sig(hr, c.t("Human Resources", "Ressources humaines"))])


def n_event_volunteers(c):
    r = c.rng
    coord = c.staff()
    d = c.future(10, 40)
    body = [c.t("Hi committee,", "Bonjour le comité,"),
            c.t("Volunteer appreciation dinner: %s, 17:30, Salle Desjardins. %d volunteers confirmed (total %d hours given this year!). Menu: salmon or vegetarian lasagna; gluten-free dessert available."
                % (day_label(d, "en"), r.randint(60, 140), r.randint(15000, 40000)),
                "Souper reconnaissance des bénévoles : %s, 17 h 30, salle Desjardins. %d bénévoles confirmés (total de %d heures données cette année!). Menu : saumon ou lasagne végé; dessert sans gluten disponible."
                % (day_label(d, "fr"), r.randint(60, 140), r.randint(15000, 40000))),
            c.t("To do: pins for 5/10/25 years, door prizes, the hospital foundation will cover the wine.", "À faire : épinglettes 5/10/25 ans, prix de présence, la Fondation paie le vin."),
            c.sig(coord, c.t("Volunteer Coordinator", "Coordonnatrice des bénévoles"))]
    atts = []
    if r.random() < 0.5:
        doc = make_docx(c.t("Appreciation dinner - tasks", "Souper reconnaissance – tâches"), [c.t("Decoration: Nicole", "Décoration : Lucie"), c.t("Music: Derek", "Musique : Réjean")],
                        table=([c.t("Years", "Années"), c.t("Volunteers", "Bénévoles")], [["5", str(r.randint(10, 30))], ["10", str(r.randint(5, 15))], ["25", str(r.randint(1, 5))]]), author=coord.full)
        atts.append(Att(c.t("dinner_tasks.docx", "souper_taches.docx"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", doc))
    return Mail(c.lang, coord, [c.group("Volunteer committee", "Comité des bénévoles", "comite.benevoles")], c.t("Appreciation dinner", "Souper reconnaissance"), body, atts)


def n_chaplain_memorial(c):
    r = c.rng
    ch = c.staff()
    d = c.future(10, 30)
    body = [c.greet(), c.t("Our annual interfaith memorial service is %s at 14:00 in the chapel. Invitations went to %d bereaved families (patients who died in our care this year). Readings in French, English and Arabic."
                           % (day_label(d, "en"), r.randint(90, 260)),
                           "La célébration commémorative interreligieuse annuelle aura lieu %s à 14 h à la chapelle. Les invitations ont été envoyées à %d familles endeuillées (usagers décédés chez nous cette année). Lectures en français, anglais et arabe."
                           % (day_label(d, "fr"), r.randint(90, 260))),
            c.t("Volunteers needed for welcome table and coffee. Candles ordered (PO %d)." % r.randint(400000, 499999),
                "Besoin de bénévoles pour l'accueil et le café. Lampions commandés (BC %d)." % r.randint(400000, 499999)),
            c.sig(ch, c.t("Spiritual Care Practitioner", "Intervenante en soins spirituels"))]
    return Mail(c.lang, ch, [c.group("Spiritual care & volunteers", "Soins spirituels et bénévoles", "soins.spirituels")], c.t("Memorial service", "Célébration commémorative"), body)


def n_chaplain_oncall(c):
    r = c.rng
    ch = c.staff()
    rows = []
    for i in range(7):
        d = c.today + dt.timedelta(days=i)
        rows.append([d.isoformat(), c.staff().full, c.p(c.choice(RELIGION)), "%04d" % r.randint(1000, 9999)])
    body = [c.greet(), c.t("On-call spiritual care roster. Switchboard: page the on-call person for any end-of-life request after 17:00; Catholic sacraments through the parish line.",
                           "Horaire de garde – soins spirituels. Standard : téléavertir la personne de garde pour toute demande de fin de vie après 17 h; sacrements catholiques via la ligne de la paroisse."),
            Table([c.t("Date", "Date"), c.t("On call", "De garde"), c.t("Tradition", "Tradition"), c.t("Pager", "Téléav.")], rows),
            c.sig(ch, c.t("Spiritual care", "Soins spirituels"))]
    return Mail(c.lang, ch, [c.group("Switchboard", "Standard", "standard")], c.t("Spiritual care on-call", "Garde soins spirituels"), body)


def n_security_incident(c):
    r = c.rng
    ag = c.staff()
    victim = c.staff()
    inc = "SEC-%d-%04d" % (c.today.year, r.randint(1, 9999))
    body = [c.greet(), c.t("Incident %s: staff vehicle broken into on P2 level 1 between 23:00 and 07:00. Owner: %s (porter, nights). Window smashed, GPS stolen. Police report filed, file %d. No injuries."
                           % (inc, victim.full, r.randint(10000000, 99999999)),
                           "Événement %s : véhicule d'un employé vandalisé au P2 niveau 1 entre 23 h et 7 h. Propriétaire : %s (préposé, nuit). Vitre brisée, GPS volé. Plainte policière déposée, dossier %d. Aucun blessé."
                           % (inc, victim.full, r.randint(10000000, 99999999))),
            c.t("Camera 14 was down (ticket open). Increased patrols in P2 this week.", "La caméra 14 était hors service (billet ouvert). Rondes accrues au P2 cette semaine."),
            c.sig(ag, c.t("Security Supervisor", "Superviseur – sécurité"))]
    return Mail(c.lang, ag, [c.group("Facilities & Security", "Installations et sécurité", "securite")], c.t("Incident report %s" % inc, "Rapport d'événement %s" % inc), body)


def n_security_drill(c):
    r = c.rng
    ag = c.staff()
    rows = [[c.choice(["Code blanc", "Code white"]) if True else "", c.choice(UNITS_FR if c.lang == "fr" else UNITS_EN), "%d:%02d" % (r.randint(1, 5), r.randint(0, 59)), str(r.randint(3, 9))] for _ in range(r.randint(3, 5))]
    body = [c.greet(), c.t("Results of last week's drills. Average team arrival time was under 4 minutes; two drills had only 3 responders instead of 5.",
                           "Résultats des exercices de la semaine dernière. Délai moyen d'arrivée de l'équipe sous 4 minutes; deux exercices n'ont eu que 3 intervenants au lieu de 5."),
            Table([c.t("Drill", "Exercice"), c.t("Location", "Lieu"), c.t("Arrival", "Arrivée"), c.t("Responders", "Intervenants")], rows),
            c.t("Scenario was a simulated agitated visitor (actor from the volunteer pool).", "Le scénario : visiteur agité simulé (acteur bénévole)."),
            c.sig(ag, c.t("Emergency preparedness", "Mesures d'urgence"))]
    atts = []
    if r.random() < 0.5:
        atts.append(Att(c.t("drill_results.xlsx", "resultats_exercices.xlsx"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        make_xlsx([("Exercices", [c.t("Drill", "Exercice"), c.t("Location", "Lieu"), c.t("Arrival", "Arrivée"), "N"], rows)], author=ag.full)))
    return Mail(c.lang, ag, [c.group("Emergency measures committee", "Comité mesures d'urgence", "mesures.urgence")], c.t("Code white drills - results", "Exercices code blanc – résultats"), body, atts)


def n_bed_stats(c):
    r = c.rng
    bb = c.staff()
    rows = []
    for u in (UNITS_FR if c.lang == "fr" else UNITS_EN)[:6]:
        cap = r.randint(20, 36)
        occ = r.randint(cap - 4, cap + 2)
        rows.append([u, str(cap), str(occ), "%d %%" % round(100 * occ / cap), str(r.randint(0, 4)), str(r.randint(0, 3))])
    body = [c.greet(), c.t("Bed status 07:00. ER: %d admitted patients waiting for a bed, %d on stretchers > 24 h. %d isolation rooms in use (C. diff: %d, influenza: %d)."
                           % (r.randint(5, 25), r.randint(0, 9), r.randint(6, 20), r.randint(0, 5), r.randint(0, 6)),
                           "État des lits 7 h. Urgence : %d patients admis en attente de lit, %d sur civière depuis plus de 24 h. %d chambres d'isolement utilisées (C. difficile : %d, influenza : %d)."
                           % (r.randint(5, 25), r.randint(0, 9), r.randint(6, 20), r.randint(0, 5), r.randint(0, 6))),
            Table([c.t("Unit", "Unité"), c.t("Beds", "Lits"), c.t("Occupied", "Occupés"), "%", c.t("Planned d/c", "Congés prévus"), c.t("ALC", "NSA")], rows),
            c.sig(bb, c.t("Bed management", "Gestion des lits"), short=True)]
    return Mail(c.lang, bb, [c.group("Bed meeting", "Réunion des lits", "reunion.lits")], c.t("Bed status %s" % c.today.isoformat(), "État des lits %s" % c.today.isoformat()), body,
                form=c.choice([None, "html"]))


def n_transport_invoice(c):
    r = c.rng
    vend = Staff("Facturation", "Boréal", "transboreal.example")
    acc = c.staff()
    inv = "F%d-%05d" % (c.today.year, r.randint(1, 99999))
    rows = [[c.t("Wheelchair runs", "Transports fauteuil"), str(r.randint(100, 400)), "38,00 $" if c.lang == "fr" else "$38.00"],
            [c.t("Stretcher runs", "Transports civière"), str(r.randint(20, 120)), "71,50 $" if c.lang == "fr" else "$71.50"],
            [c.t("Wait time (15 min)", "Attente (15 min)"), str(r.randint(10, 90)), "9,25 $" if c.lang == "fr" else "$9.25"]]
    pdf = make_pdf(c.t("Invoice ", "Facture ") + inv, ["Transport adapté Boréal inc.", c.t("Period: ", "Période : ") + c.today.strftime("%Y-%m"),
                                                        "TPS 123456789 RT0001 / TVQ 1234567890 TQ0001", c.t("PO: ", "Bon de commande : ") + "PO-%d-%05d" % (c.today.year, r.randint(1, 99999))],
                   table=([c.t("Service", "Service"), c.t("Qty", "Qté"), c.t("Unit", "Unitaire")], rows), author="Boréal")
    body = [c.greet(), c.t("Please find our invoice %s for last month's patient transports (summary by service; detailed log available on the portal)." % inv,
                           "Veuillez trouver notre facture %s pour les transports d'usagers du mois dernier (sommaire par service; le détail est sur le portail)." % inv),
            "Transport adapté Boréal inc.\n" + c.phone()]
    return Mail(c.lang, vend, c.to(acc), c.t("Invoice ", "Facture ") + inv, body, [Att("facture_%s.pdf" % inv, "application/pdf", pdf)])


def n_interpreter_stats(c):
    r = c.rng
    coord = c.staff()
    langs = r.sample(ALLO_NAMES, 6)
    rows = [[c.t(x[4], x[3]), str(r.randint(5, 120)), str(r.randint(2, 60)), "%d %%" % r.randint(0, 20)] for x in langs]
    body = [c.greet(), c.t("Monthly interpreter statistics: %d requests, %d by phone/video, %d in person. Unfilled rate is rising for Tigrinya and Dari."
                           % (r.randint(250, 500), r.randint(100, 200), r.randint(80, 200)),
                           "Statistiques mensuelles d'interprétation : %d demandes, %d par téléphone/vidéo, %d en personne. Le taux de demandes non comblées augmente pour le tigrigna et le dari."
                           % (r.randint(250, 500), r.randint(100, 200), r.randint(80, 200))),
            Table([c.t("Language", "Langue"), c.t("Requests", "Demandes"), c.t("Hours", "Heures"), c.t("Unfilled", "Non comblées")], rows),
            c.sig(coord, c.t("Interpreter services", "Service d'interprétation"))]
    return Mail(c.lang, coord, [c.group("Clinical support directorate", "Direction des services multidisciplinaires", "dsm")], c.t("Interpreter stats", "Statistiques interprétation") + " " + c.today.strftime("%Y-%m"), body)


def n_it_facilities(c):
    r = c.rng
    s = c.staff()
    tk = "INC%07d" % r.randint(1, 9999999)
    kind = r.randrange(3)
    if kind == 0:
        txt = c.t("The fax at the admitting desk (asset %s) is jamming again and the scan-to-email sends blank pages. Ticket %s. In the meantime we're using the ER fax." % (luhn_number(r, 10), tk),
                  "Le télécopieur de l'admission (actif %s) bloque encore et la numérisation vers courriel envoie des pages blanches. Billet %s. En attendant on utilise le fax de l'urgence." % (luhn_number(r, 10), tk))
        subj = c.t("Admitting fax down", "Fax admission en panne")
    elif kind == 1:
        txt = c.t("Elevator 3 (service) out of order until Thursday. Porters: use elevators 5-6 for stretchers; morgue runs via the B2 corridor. Work order %d." % r.randint(100000, 999999),
                  "Ascenseur 3 (service) hors d'usage jusqu'à jeudi. Préposés : utiliser les ascenseurs 5-6 pour les civières; transports vers la morgue par le corridor B2. Bon de travail %d." % r.randint(100000, 999999))
        subj = c.t("Elevator 3 out of service", "Ascenseur 3 hors service")
    else:
        txt = c.t("Switchboard consoles will be updated Sunday 02:00-04:00. Overhead paging and code lines stay up; call forwarding to pagers may be delayed. Change %s." % tk.replace("INC", "CHG"),
                  "Mise à jour des consoles du standard dimanche de 2 h à 4 h. Les appels généraux et lignes de codes restent fonctionnels; le renvoi vers téléavertisseurs pourrait être retardé. Changement %s." % tk.replace("INC", "CHG"))
        subj = c.t("Switchboard maintenance", "Maintenance standard")
    it = c.staff()
    inner = [c.greet(), txt, c.sig(s, c.t("Admitting", "Admission"), short=True)]
    if r.random() < 0.5:
        body = [c.t("Noted, technician booked for tomorrow 9:00.", "Pris en note, technicien prévu demain 9 h."), it.first + c.t(" - IT service desk", " – centre de services TI"),
                Quote(c.who(s), c.stamp(c.when()), inner, c.lang, subject=subj)]
        return Mail(c.lang, it, c.to(s), "RE: " + subj, body)
    return Mail(c.lang, s, [c.group("IT service desk", "Centre de services TI", "servicedesk")], subj, inner)


def n_newsletter(c):
    r = c.rng
    com = c.staff()
    docs = r.sample(DOCS_FR if c.lang == "fr" else DOCS_EN, 3)
    items = [c.t("Welcome to %s %s, who joins %s and will run the %s clinic." % (docs[0][0], docs[0][1], docs[0][2], docs[0][3]),
                 "Bienvenue à %s %s, qui se joint au service de %s et dirigera la clinique de %s." % (docs[0][0], docs[0][1], docs[0][2], docs[0][3])),
             c.t("%s %s presented our results on %s at the provincial congress." % (docs[1][0], docs[1][1], docs[1][3]),
                 "%s %s a présenté nos résultats sur %s au congrès provincial." % (docs[1][0], docs[1][1], docs[1][3])),
             c.t("Hats off to the porters: %d transports last month, 96%% on time!" % r.randint(4000, 9000),
                 "Bravo aux préposés : %d transports le mois dernier, 96 %% à l'heure!" % r.randint(4000, 9000)),
             c.t("Lunch & learn: '%s' with %s %s, Thursday noon, amphitheatre." % (docs[2][3], docs[2][0], docs[2][1]),
                 "Midi-conférence : « %s » avec %s %s, jeudi midi, amphithéâtre." % (docs[2][3], docs[2][0], docs[2][1])),
             c.t("National Volunteer Week: %d volunteers, %d hours." % (r.randint(150, 400), r.randint(20000, 50000)),
                 "Semaine de l'action bénévole : %d bénévoles, %d heures." % (r.randint(150, 400), r.randint(20000, 50000)))]
    body = [c.t("THE LAKESHORE LINK - staff newsletter", "L'ÉCHO DES ÉRABLES – bulletin du personnel"), "\n\n".join("* " + i for i in items),
            c.t("Unsubscribe: reply STOP", "Désabonnement : répondre STOP")]
    return Mail(c.lang, com, [c.group("All staff", "Tout le personnel", "tous")], c.t("Staff newsletter", "Bulletin du personnel") + " – " + c.today.strftime("%B %Y"), body, form="html")


def n_job_posting(c):
    r = c.rng
    hr = c.staff()
    job = c.choice([("Unit clerk (medical terminology required)", "Agent(e) administratif(ve) classe 3 – unités de soins (terminologie médicale requise)"),
                    ("Patient porter - nights", "Préposé(e) au transport des usagers – nuit"),
                    ("Switchboard operator, bilingual", "Téléphoniste bilingue"),
                    ("Staff interpreter - Spanish/French", "Interprète salarié(e) – espagnol/français"),
                    ("Security officer (BSP licence)", "Agent(e) de sécurité (permis BSP)")])
    body = [c.t("Internal posting #%d" % r.randint(2024000, 2024999), "Affichage interne no %d" % r.randint(2024000, 2024999)),
            c.p(job), c.t("Requirements: DEP/DEC or equivalent, knowledge of medical terminology, typing 40 wpm, bilingual an asset. Salary per the collective agreement, $%d.%02d-$%d.%02d/h."
                          % (r.randint(22, 25), r.randint(0, 99), r.randint(26, 30), r.randint(0, 99)),
                          "Exigences : DEP/DEC ou équivalent, connaissance de la terminologie médicale, dactylo 40 mots/min, bilinguisme un atout. Salaire selon la convention, %d,%02d $ à %d,%02d $/h."
                          % (r.randint(22, 25), r.randint(0, 99), r.randint(26, 30), r.randint(0, 99))),
            c.t("Apply on the intranet before %s." % c.date(c.future(7, 20)), "Postulez sur l'intranet avant le %s." % c.date(c.future(7, 20))),
            c.sig(hr, c.t("Talent acquisition", "Acquisition de talents"))]
    return Mail(c.lang, hr, [c.group("All staff", "Tout le personnel", "tous")], c.t("Job posting", "Affichage de poste") + ": " + c.p(job)[:40], body)


def n_committee_notice(c):
    r = c.rng
    sec = c.staff()
    d = c.future(5, 20)
    agenda = [c.t("1. Adoption of agenda", "1. Adoption de l'ordre du jour"), c.t("2. Complaints report Q%d (aggregate)" % r.randint(1, 4), "2. Rapport des plaintes T%d (agrégé)" % r.randint(1, 4)),
              c.t("3. Wayfinding signage - main lobby", "3. Signalisation – hall principal"), c.t("4. Interpreter access in ER", "4. Accès à l'interprétation à l'urgence"),
              c.t("5. Other business", "5. Varia")]
    ics = make_ics("cx-%s@%s" % (d.strftime("%Y%m%d"), c.domain), dt.datetime(d.year, d.month, d.day, 12, 0), 60,
                   c.t("Patient experience committee", "Comité expérience usager"), "Salle du conseil / Teams", "\n".join(agenda), (sec.full, sec.addr), [])
    body = [c.greet(), c.t("Next meeting of the patient experience committee:", "Prochaine réunion du comité expérience usager :"), "\n".join(agenda),
            c.sig(sec, c.t("Committee secretary", "Secrétaire du comité"))]
    return Mail(c.lang, sec, [c.group("Patient experience committee", "Comité expérience usager", "comite.experience")], c.t("Committee meeting %s" % d.isoformat(), "Réunion du comité %s" % d.isoformat()),
                body, [Att("reunion.ics", "text/calendar", ics)])


def n_blank_form(c):
    r = c.rng
    s = c.staff()
    title = c.choice([("Patient transport request", "Demande de transport de l'usager"), ("Interpreter request form", "Formulaire de demande d'interprète"),
                      ("Spiritual care referral", "Demande de consultation – soins spirituels"), ("Valuables inventory", "Inventaire des biens de valeur")])
    fields = [c.t("Patient name: ____________________", "Nom de l'usager : ____________________"),
              c.t("RAMQ / health card no.: ________________", "NAM : ________________"),
              c.t("Date of birth (YYYY-MM-DD): __________", "Date de naissance (AAAA-MM-JJ) : __________"),
              c.t("MRN: __________", "No de dossier : __________"),
              c.t("Diagnosis / reason: ______________________", "Diagnostic / motif : ______________________"),
              c.t("Isolation: [ ] none [ ] contact [ ] droplet [ ] airborne", "Isolement : [ ] aucun [ ] contact [ ] gouttelettes [ ] aérien"),
              c.t("Requested by: __________ ext. ____", "Demandé par : __________ poste ____")]
    if r.random() < 0.5:
        att = Att(slug(c.p(title))[:24] + "_v3.pdf", "application/pdf", make_pdf(c.p(title) + " (v3)", fields, author=s.full, footer="F-%d rev. 2024-02" % r.randint(100, 999)))
    else:
        att = Att(slug(c.p(title))[:24] + "_v3.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", make_docx(c.p(title), fields, author=s.full))
    body = [c.greet(), c.t("New version of the %s form attached - please recycle the old printed copies. The NAM/health card field is now mandatory." % c.p(title).lower(),
                           "Nouvelle version du formulaire « %s » en pièce jointe – merci de recycler les anciennes copies. Le champ NAM est maintenant obligatoire." % c.p(title)),
            c.sig(s, c.t("Forms committee", "Comité des formulaires"))]
    return Mail(c.lang, s, [c.group("Unit clerks", "Agentes administratives", "agents.unites")], c.t("New form: ", "Nouveau formulaire : ") + c.p(title), body, [att])


def n_volunteer_schedule(c):
    r = c.rng
    coord = c.staff()
    rows = []
    for i in range(r.randint(5, 9)):
        s = c.staff()
        rows.append([s.full, c.choice([c.t("Info desk", "Accueil"), c.t("Gift shop", "Boutique"), c.t("Palliative care", "Soins palliatifs"), c.t("ER wayfinding", "Orientation urgence"), c.t("Pet therapy", "Zoothérapie")]),
                     c.choice(["lun/mon AM", "mar/tue PM", "mer/wed AM", "jeu/thu PM", "ven/fri AM"]), c.cell()])
    body = [c.t("Hi all,", "Bonjour tout le monde,"), c.t("Volunteer schedule for next month. If you can't make your shift, text me or the replacement directly.",
                                                            "Horaire des bénévoles du mois prochain. Si vous ne pouvez pas être présent, texto-moi ou contactez directement votre remplaçant."),
            Table([c.t("Volunteer", "Bénévole"), c.t("Post", "Poste"), c.t("Shift", "Quart"), c.t("Cell", "Cellulaire")], rows),
            c.t("Reminder: flu shots for volunteers at the staff clinic, free.", "Rappel : vaccin antigrippal pour les bénévoles à la clinique des employés, gratuit."),
            c.sig(coord, c.t("Volunteer Coordinator", "Coordonnatrice des bénévoles"))]
    return Mail(c.lang, coord, [c.group("Volunteers", "Bénévoles", "benevoles")], c.t("Volunteer schedule", "Horaire des bénévoles"), body)


def n_staff_health(c):
    r = c.rng
    mgr = c.staff()
    emp = c.staff()
    kind = r.randrange(2)
    if kind == 0:
        txt = c.t("Occupational health confirms %s (porter, emp. %06d) can start a gradual return to work on %s after the shoulder surgery: 4 h/day, no lifting over 10 kg, no stretcher transfers for 3 weeks."
                  % (emp.full, r.randint(100000, 999999), c.date(c.future(3, 10))),
                  "La santé au travail confirme que %s (préposé, matricule %06d) peut commencer un retour progressif le %s après sa chirurgie à l'épaule : 4 h/jour, aucune charge de plus de 10 kg, pas de transferts civière pendant 3 semaines."
                  % (emp.full, r.randint(100000, 999999), c.date(c.future(3, 10))))
        subj = c.t("Gradual return - %s" % emp.last, "Retour progressif – %s" % emp.last)
    else:
        txt = c.t("Staff flu and COVID vaccination clinic: Tuesday and Thursday 07:00-09:00 and 15:00-16:00, room 1.204. Bring your employee card. %d%% of our department is vaccinated so far." % r.randint(30, 70),
                  "Clinique de vaccination grippe et COVID pour le personnel : mardi et jeudi de 7 h à 9 h et de 15 h à 16 h, local 1.204. Apportez votre carte d'employé. %d %% de notre service est vacciné jusqu'ici." % r.randint(30, 70))
        subj = c.t("Staff vaccination clinic", "Vaccination du personnel")
    body = [c.greet(), txt, c.sig(mgr, c.t("Manager, support services", "Chef – services de soutien"))]
    return Mail(c.lang, mgr, [c.group("Support services", "Services de soutien", "soutien")] if kind else c.to(c.staff()), subj, body)


def n_clinic_change(c):
    r = c.rng
    s = c.staff()
    doc = c.choice(DOCS_FR if c.lang == "fr" else DOCS_EN)
    body = [c.greet(), c.t("As of %s, %s %s's %s clinic (%s) moves to the 3rd floor, wing C, room C-318. New scheduling line: %s. Please update the switchboard script and signage."
                           % (c.date(c.future(5, 25)), doc[0], doc[1], doc[2], doc[3], c.phone()),
                           "À compter du %s, la clinique de %s de %s %s (%s) déménage au 3e étage, aile C, local C-318. Nouvelle ligne de rendez-vous : %s. Merci de mettre à jour le script du standard et l'affichage."
                           % (c.date(c.future(5, 25)), doc[2], doc[0], doc[1], doc[3], c.phone())),
            c.t("Porters: wheelchair drop-off will be at the C elevators.", "Préposés : le débarcadère des fauteuils sera aux ascenseurs C."),
            c.sig(s, c.t("Outpatient clinics", "Cliniques externes"))]
    m = Mail(c.lang, s, [c.group("Switchboard", "Standard", "standard")], c.t("Clinic move", "Déménagement de clinique"), body)
    if r.random() < 0.4:
        fw = c.staff()
        return Mail(c.lang, fw, [c.group("Porters", "Brancarderie", "brancarderie")], c.t("FW: Clinic move", "TR: Déménagement de clinique"),
                    [c.t("FYI", "Pour info"), fw.first, Fwd(c.who(s), c.stamp(c.when()), body, c.lang, subject=m.subject)])
    return m


def n_pharmacy_recall(c):
    r = c.rng
    s = c.staff()
    drug = c.choice([("heparin 5,000 units/mL vials", "fioles d'héparine 5 000 unités/mL"), ("hydromorphone 2 mg/mL ampoules", "ampoules d'hydromorphone 2 mg/mL"),
                     ("insulin pen needles 4 mm", "aiguilles pour stylo à insuline 4 mm"), ("salbutamol MDI 100 mcg", "salbutamol aérosol 100 mcg")])
    lots = ["%s%d%s" % (c.choice(["A", "B", "K", "T"]), r.randint(10000, 99999), c.choice(["", "X", "-02"])) for _ in range(3)]
    body = [c.greet(), c.t("Manufacturer recall of %s, lots %s. Unit clerks: please check the med room stock and send the affected boxes to pharmacy by porter (sealed bag, label 'RAPPEL/RECALL'). No patient action needed."
                           % (drug[0], ", ".join(lots)),
                           "Rappel du fabricant : %s, lots %s. Agentes administratives : vérifiez le stock de la pharmacie d'unité et retournez les boîtes touchées à la pharmacie par un préposé (sac scellé, étiquette « RAPPEL »). Aucune action requise auprès des usagers."
                           % (drug[1], ", ".join(lots))),
            c.sig(s, c.t("Pharmacy technician", "Assistante technique en pharmacie"))]
    return Mail(c.lang, s, [c.group("Unit clerks", "Agentes administratives", "agents.unites")], c.t("RECALL - ", "RAPPEL – ") + c.p(drug), body, headers=[("Importance", "high")])


def n_social_event(c):
    r = c.rng
    s = c.staff()
    hero = c.staff()
    d = c.future(5, 30)
    body = [c.t("Hi everyone!", "Salut tout le monde!"),
            c.t("%s is retiring after %d years as a porter (and %d km walked in the tunnels, by their own count). Party on %s at 15:30 in the B2 lounge. We're collecting for a gift - $10 in the envelope at the dispatch desk."
                % (hero.full, r.randint(18, 35), r.randint(20000, 60000), day_label(d, "en")),
                "%s prend sa retraite après %d ans comme préposé(e) (et %d km marchés dans les tunnels, selon ses calculs). Petite fête %s à 15 h 30 au salon B2. On ramasse pour un cadeau – 10 $ dans l'enveloppe à la répartition."
                % (hero.full, r.randint(18, 35), r.randint(20000, 60000), day_label(d, "fr"))),
            c.t("Potluck: sign up below. Chips, salads, desserts. Nut-free please (the switchboard has a colleague with allergies).",
                "Potluck : inscrivez-vous. Chips, salades, desserts. Sans noix SVP (une collègue du standard est allergique)."),
            s.first]
    if r.random() < 0.5:
        rr = c.staff()
        ans = [c.t("I'll bring my famous pouding chômeur", "J'apporte mon fameux pouding chômeur!"), rr.first, Quote(c.who(s), c.stamp(c.when()), body, c.lang)]
        return Mail(c.lang, rr, c.to(s), c.t("RE: Retirement party", "RE: Fête de retraite"), ans)
    return Mail(c.lang, s, [c.group("Porters & switchboard", "Brancarderie et standard", "brancarderie")], c.t("Retirement party", "Fête de retraite") + " " + hero.first, body, form=c.choice(["html", None]))


NEGATIVES = [n_roster_clerks, n_roster_porters, n_switchboard_codes, n_switchboard_directory, n_keys_badges, n_lost_found,
             n_parking, n_supplies, n_training_interpreters, n_training_omega, n_union_notice, n_hr_notice, n_event_volunteers,
             n_chaplain_memorial, n_chaplain_oncall, n_security_incident, n_security_drill, n_bed_stats, n_transport_invoice,
             n_interpreter_stats, n_it_facilities, n_newsletter, n_job_posting, n_committee_notice, n_blank_form,
             n_volunteer_schedule, n_staff_health, n_clinic_change, n_pharmacy_recall, n_social_event]


# ==========================================================================
# driver
# ==========================================================================

def sender_tuple(frm):
    return (frm.full, frm.addr) if isinstance(frm, Staff) else frm


def maybe_wrap(c, m, p=0.14):
    """Sometimes the message is forwarded again, inline or as an attached .eml."""
    r = c.rng
    if r.random() > p or m.reply:
        return m
    fw = c.staff()
    dest = c.staff()
    name, addr = sender_tuple(m.frm)
    who = "%s <%s>" % (name, addr)
    prefix = "FW: " if c.lang == "en" else r.choice(["TR: ", "Fwd: "])
    if r.random() < 0.5:
        body = [c.greet(dest.first), c.t("FYI, see below.", "Pour info, voir ci-dessous."), fw.first,
                Fwd(who, c.stamp(c.when()), m.body, m.lang, subject=m.subject)]
        out = Mail(c.lang, fw, c.to(dest), prefix + m.subject, body, m.atts)
        out.wrapped = "inline forward"
        return out
    body = [c.greet(dest.first), c.t("Forwarding the message below (attached).", "Je te transfère le message ci-joint."),
            c.sig(fw, c.t("Admin support", "Soutien administratif"), short=True)]
    m.date = c.when()
    out = Mail(c.lang, fw, c.to(dest), prefix + m.subject, body, [Att(c.t("forwarded_message.eml", "message_transfere.eml"), "message/rfc822", m)])
    out.wrapped = "attached .eml"
    return out


def assign_dates(c, m):
    if m.date is None:
        m.date = c.when()
    for a in m.atts:
        if a.ctype == "message/rfc822":
            if a.data.date is None or a.data.date > m.date:
                a.data.date = m.date - dt.timedelta(minutes=c.rng.randint(5, 600))
            assign_dates(c, a.data)


def build(seed, out):
    pool = Pool(seed)
    labels = {}
    files = {}
    for kind, tpls, n, prefix in (("positive", POSITIVES, N_POS, "p"), ("negative", NEGATIVES, N_NEG, "n")):
        for i in range(n):
            tpl = tpls[i % len(tpls)]
            lang = "fr" if (i + i // len(tpls)) % 2 == 0 else "en"
            rng = random.Random("%s-%s-%d" % (seed, kind, i))
            c = Ctx(rng, lang, pool, i)
            m = tpl(c)
            m = maybe_wrap(c, m)
            assign_dates(c, m)
            data = Renderer(rng).render(m)
            cat = tpl.__name__[2:]
            rel = "%s/%s%03d_%s.eml" % (kind, prefix, i + 1, cat)
            files[rel] = data
            note = c.note if kind == "positive" else cat.replace("_", " ")
            if getattr(m, "wrapped", None):
                note += "; wrapped in " + m.wrapped
            labels[rel] = {"confidential": kind == "positive", "types": sorted(c.types) if kind == "positive" else [],
                           "lang": lang, "note": note}
            if kind == "negative":
                assert not c.types, rel
    for sub in ("positive", "negative"):
        d = os.path.join(out, sub)
        os.makedirs(d, exist_ok=True)
        for fn in os.listdir(d):
            if fn.endswith(".eml"):
                os.remove(os.path.join(d, fn))
    for rel, data in files.items():
        with open(os.path.join(out, rel), "wb") as fh:
            fh.write(data)
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(json.dumps(labels, indent=1, ensure_ascii=False, sort_keys=True) + "\n")
    return labels


OOXML = ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
         "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/zip")


def all_text(msg):
    """Decoded text of every text-like part (for the NAM leak check on negatives)."""
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        if part.get_content_maintype() == "text":
            out.append(part.get_content())
        else:
            b = part.get_payload(decode=True) or b""
            if part.get_content_type() in OOXML:
                z = zipfile.ZipFile(io.BytesIO(b))
                for nm in z.namelist():
                    out.append(z.read(nm).decode("utf-8", "replace"))
        for k in ("Subject",):
            if part.get(k):
                out.append(str(part.get(k)))
        fn = part.get_filename()
        if fn:
            out.append(fn)
    return "\n".join(out)


def self_check(out, labels):
    rels = sorted(os.path.join(sub, fn).replace(os.sep, "/") for sub in ("positive", "negative")
                  for fn in os.listdir(os.path.join(out, sub)) if fn.endswith(".eml"))
    assert rels == sorted(labels), "labels do not cover exactly the files"
    blind = load_blind_nams()
    nams = [p.nam for p in blind]
    counts = {"positive": 0, "negative": 0}
    langs = {}
    for rel in rels:
        raw = open(os.path.join(out, rel), "rb").read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        assert msg["From"] and msg["Date"] and msg["Message-ID"], rel
        str(msg["Subject"]), str(msg["To"])
        nparts = 0
        for part in msg.walk():
            assert not [d for d in part.defects], (rel, part.defects)
            if part.is_multipart():
                continue
            nparts += 1
            ct = part.get_content_type()
            if part.get_content_maintype() == "text":
                s = part.get_content()
                assert isinstance(s, str) and s.strip(), rel
            else:
                b = part.get_payload(decode=True)
                assert b, (rel, ct)
                if ct == "application/pdf":
                    assert b.startswith(b"%PDF"), rel
                elif ct in OOXML:
                    assert zipfile.ZipFile(io.BytesIO(b)).testzip() is None, rel
        assert nparts >= 1
        lab = labels[rel]
        assert lab["lang"] in ("en", "fr")
        assert all(t in ALLOWED_TYPES for t in lab["types"])
        if rel.startswith("positive/"):
            assert lab["confidential"] is True and len(lab["types"]) >= 1, rel
        else:
            assert lab["confidential"] is False and lab["types"] == [], rel
            txt = re.sub(r"[\s\-]", "", all_text(msg)).upper()
            for nm in nams:
                assert nm not in txt, ("NAM in negative", rel)
        counts[rel.split("/")[0]] += 1
        key = "%s_%s" % (rel.split("/")[0], lab["lang"])
        langs[key] = langs.get(key, 0) + 1
    return counts, langs


def digest(out, labels):
    h = hashlib.sha256()
    for rel in sorted(labels) + ["labels.json"]:
        h.update(rel.encode() + b"\0")
        with open(os.path.join(out, rel), "rb") as fh:
            h.update(fh.read())
    return h.hexdigest()


README = """# Held-out corpus 51 (blind)

Flavour: outbound mail written by non-clinical hospital staff who still handle patients - unit clerks,
admitting and bed booking, switchboard, patient transport and porters, interpreters, volunteers,
spiritual care and security - in French-Canadian and English, about evenly.

Positives carry patients' details the way such staff write them: census lists, phone-message slips,
chart-pull lists, bed requests, pre-admission lists, transfer requests, transport runs, porter requests,
interpreter bookings, visitor lists, spiritual-care referrals, watch lists, valuables inventories,
visitor restrictions, discharge prescriptions, home-care contact cards, critical lab value relays.
Negatives are the same people's ordinary work mail: rosters, keys and badges, lost and found, parking,
supplies, training (including anonymised teaching cases), union and HR notices (including an employee's
occupational-health return to work), events, code scripts, directories, aggregate statistics,
invoices, newsletters naming physicians with the diseases they treat, job postings, committee notices
and blank forms. They are hard on purpose: clinical words, staff names, badge numbers that pass Luhn,
asset tags shaped like health numbers, lot and PO numbers.

## Layout
- `generate.py` - the generator (standard library, python-stdnum, reportlab, python-docx, openpyxl)
- `positive/pNNN_<category>.eml` - {npos} confidential messages
- `negative/nNNN_<category>.eml` - {nneg} non-confidential messages
- `labels.json` - `{{"positive/p001_x.eml": {{"confidential": true, "types": [...], "lang": "fr", "note": "..."}}}}`

Languages: {langs}.

## Definition used
Confidential = a reader can identify a patient (name, RAMQ NAM, SIN, Ontario health number, Belgian NISS,
French NIR, chart number/MRN) and learn something personal, medical or social about them, anywhere in the
message: subject, body, quoted reply, inline forward, attachments (PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP,
attached .eml) or file names. A patient's address or phone with their name in a care context counts.
Not confidential: staff information (schedules, HR, an employee's occupational health), physicians with the
diseases they treat, aggregates, newsletters, blank forms, anonymised teaching cases, invoices/POs,
serial/lot/asset/badge numbers, clinic phone numbers and signatures, IT/facilities mail, job postings,
committee notices.

Finding types: ramq_nam, ca_sin, ca_health_number, be_niss, fr_nir, mrn, date_of_birth, patient_name,
diagnosis, medication, lab_result, patient_contact, social_information.

Every NAM comes from `../blind_nams.txt` with that person's name, birth date and sex. SIN, Ontario health
numbers (Luhn), NISS and NIR are generated valid and checked with python-stdnum. All people, institutions,
addresses and domains are invented (`*.example`, 555-01xx phone numbers).

## Transports
Plain text, HTML only, multipart/alternative, multipart/mixed with attachments, message/rfc822 forwards;
utf-8, iso-8859-1, windows-1252 and us-ascii; quoted-printable, base64, 7bit and 8bit; CRLF and LF line
endings; RFC 2047 headers and RFC 2231 file names; replies quoting earlier mail (`>` and Outlook style),
inline forwards, signatures with confidentiality disclaimers, typos, surname-first names.
Office files, ZIPs and PDFs use fixed timestamps so the output is byte-for-byte reproducible.

## Regenerate
Needs Python 3 with python-stdnum, reportlab, python-docx and openpyxl (e.g. the project's .venv).

    python3 generate.py                 # default seed {seed}, writes next to generate.py
    python3 generate.py --out DIR --seed N

The generator parses every file back with `email.policy.default`, decodes every part, checks the labels
and prints the counts and a sha256 digest (over the .eml files and labels.json, sorted by path).

Digest (seed {seed}): `{digest}`
"""


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", default=DEFAULT_SEED)
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args()
    out = args.out
    os.makedirs(out, exist_ok=True)
    labels = build(args.seed, out)
    counts, langs = self_check(out, labels)
    dg = digest(out, labels)
    print("positives: %d  negatives: %d" % (counts["positive"], counts["negative"]))
    print("by language: " + ", ".join("%s=%d" % kv for kv in sorted(langs.items())))
    print("sha256: " + dg)
    lang_s = ", ".join("%s %d" % kv for kv in sorted(langs.items()))
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(README.format(npos=counts["positive"], nneg=counts["negative"], langs=lang_s, seed=args.seed, digest=dg))
    if counts["positive"] != N_POS or counts["negative"] != N_NEG:
        sys.exit("unexpected counts")


if __name__ == "__main__":
    main()
