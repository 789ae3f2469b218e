# ruff: noqa: E501  -- message texts keep the long lines real mail has
"""Write the blind evaluation corpus: positive/*.eml, negative/*.eml and labels.json.

The messages were written by someone given only the definition of "confidential", the finding
type names and the kinds of mail hospitals send -- never the recognizers -- so that the corpus
measures the classifier instead of mirroring it.  Everything is invented.  The run is seeded and
byte-for-byte deterministic (dates, Message-IDs, boundaries, PDF/DOCX/XLSX internals).

    /work/main/.venv/bin/python tests/corpus_blind/generate.py
"""

from __future__ import annotations

import base64
import io
import json
import quopri
import random
import re
import sys
import textwrap
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import encode_rfc2231, format_datetime, formataddr
from pathlib import Path

SEED = 4122026
HERE = Path(__file__).resolve().parent
FIXED_ZIP_TIME = (2026, 11, 2, 9, 0, 0)
FIXED_DOC_TIME = datetime(2026, 11, 2, 9, 0, 0)
EASTERN = timezone(timedelta(hours=-5))

rng = random.Random(SEED)


# --------------------------------------------------------------------------------------------
# MIME building: a tiny serializer of our own so that boundaries, encodings and line ends are
# exactly what we choose (Python's generator picks random boundaries).
# --------------------------------------------------------------------------------------------


@dataclass
class Part:
    headers: list[tuple[str, str]]
    body: bytes = b""
    children: list[Part] = field(default_factory=list)
    boundary: str = ""
    preamble: str = ""


def _boundary() -> str:
    style = rng.randrange(4)
    if style == 0:
        return f"----=_Part_{rng.randrange(10**5)}_{rng.randrange(10**9)}.{1790000000000 + rng.randrange(10**9)}"
    if style == 1:
        return f"_000_YQBPR01MB{rng.getrandbits(40):010X}prod_"
    if style == 2:
        return f"Apple-Mail={rng.getrandbits(128):032X}"
    return f"=_{rng.getrandbits(64):016x}"


def _encode_text(raw: bytes, cte: str) -> bytes:
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    return raw


def flowed(text: str, width: int = 72) -> str:
    """Wrap each long line RFC 3676 style: soft breaks end with a space."""
    out: list[str] = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">"):
            out.append(line.rstrip(" "))
            continue
        pieces = textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)
        out.extend(p + " " for p in pieces[:-1])
        out.append(pieces[-1])
    return "\n".join(out)


def text(
    body: str,
    subtype: str = "plain",
    charset: str = "utf-8",
    cte: str = "quoted-printable",
    *,
    is_flowed: bool = False,
    filename: str = "",
    extra_params: str = "",
) -> Part:
    body = body.replace("\r\n", "\n")
    if is_flowed:
        body = flowed(body)
    if not body.endswith("\n"):
        body += "\n"
    if charset.lower() in ("iso-8859-1", "latin-1"):
        body = body.replace("–", "-").replace("’", "'")  # what a Latin-1 mail client would have typed
    raw = body.encode(charset)
    if cte == "7bit":
        raw.decode("ascii")
    ctype = f'text/{subtype}; charset="{charset}"'
    if is_flowed:
        ctype += "; format=flowed; delsp=no"
    ctype += extra_params
    headers = [("Content-Type", ctype), ("Content-Transfer-Encoding", cte)]
    if filename:
        headers[0] = ("Content-Type", ctype + f"; {_filename_param('name', filename)}")
        headers.append(("Content-Disposition", f"attachment; {_filename_param('filename', filename)}"))
    return Part(headers, _encode_text(raw, cte))


def _filename_param(param: str, filename: str) -> str:
    if filename.isascii():
        return f'{param}="{filename}"'
    return f"{param}*={encode_rfc2231(filename, 'utf-8')}"


def binary(data: bytes, ctype: str, filename: str, inline: bool = False) -> Part:
    disposition = "inline" if inline else "attachment"
    return Part(
        [
            ("Content-Type", f"{ctype}; {_filename_param('name', filename)}"),
            ("Content-Transfer-Encoding", "base64"),
            ("Content-Disposition", f"{disposition}; {_filename_param('filename', filename)}"),
        ],
        base64.encodebytes(data),
    )


def calendar(ics: str, method: str = "REQUEST", filename: str = "") -> Part:
    raw = ics.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")
    ctype = f'text/calendar; charset="utf-8"; method={method}'
    headers = [("Content-Type", ctype), ("Content-Transfer-Encoding", "base64")]
    if filename:
        headers[0] = ("Content-Type", ctype + f'; name="{filename}"')
        headers.append(("Content-Disposition", f'attachment; filename="{filename}"'))
    return Part(headers, base64.encodebytes(raw))


def multipart(subtype: str, *children: Part, preamble: str = "") -> Part:
    boundary = _boundary()
    return Part(
        [("Content-Type", f'multipart/{subtype};\n\tboundary="{boundary}"')],
        children=list(children),
        boundary=boundary,
        preamble=preamble,
    )


def attached_message(raw: bytes, filename: str = "") -> Part:
    headers = [("Content-Type", "message/rfc822")]
    if filename:
        headers.append(("Content-Disposition", f'attachment; filename="{filename}"'))
    return Part(headers, raw.replace(b"\r\n", b"\n"))


def _render(part: Part) -> bytes:
    out = bytearray()
    for name, value in part.headers:
        out += f"{name}: {value}\n".encode("ascii")
    out += b"\n"
    if part.children:
        if part.preamble:
            out += part.preamble.encode("ascii") + b"\n"
        for child in part.children:
            out += b"--" + part.boundary.encode("ascii") + b"\n"
            rendered = _render(child)
            out += rendered if rendered.endswith(b"\n") else rendered + b"\n"
        out += b"--" + part.boundary.encode("ascii") + b"--\n"
    else:
        out += part.body if part.body.endswith(b"\n") else part.body + b"\n"
    return bytes(out)


def _header_text(value: str, charset: str = "utf-8") -> str:
    if value.isascii():
        return value
    return Header(value, charset, header_name="Subject").encode(linesep="\n")


def _address(entry: str) -> str:
    """'Name <addr>' or bare address -> RFC 5322 text with RFC 2047 display names."""
    match = re.fullmatch(r"\s*(.*?)\s*<([^>]+)>\s*", entry)
    if not match:
        return entry
    name, addr = match.groups()
    if name.isascii():
        if re.search(r"[,.()@:;]", name):
            return f'"{name}" <{addr}>'
        return f"{name} <{addr}>"
    return formataddr((name, addr), charset="utf-8")


_clock = [datetime(2026, 9, 14, 7, 12, 0, tzinfo=EASTERN)]
MAILERS = [
    "Microsoft Outlook 16.0",
    "Mozilla Thunderbird",
    "Apple Mail (2.3774.300.61.1.2)",
    "Zimbra 10.0.8_GA_4712 (ZimbraWebClient - FF128)",
    "",
    "",
]


def email_message(
    sender: str,
    to: list[str] | str,
    subject: str,
    root: Part,
    *,
    cc: list[str] | None = None,
    crlf: bool | None = None,
    extra: list[tuple[str, str]] | None = None,
    subject_charset: str = "utf-8",
) -> bytes:
    """A complete RFC 5322 message; Date and Message-ID come from the seeded clock."""
    _clock[0] += timedelta(minutes=rng.randrange(40, 900))
    when = _clock[0]
    domain = re.sub(r".*@", "", re.sub(r".*<|>.*", "", sender))
    recipients = [to] if isinstance(to, str) else to
    headers = [
        ("From", _address(sender)),
        ("To", ",\n ".join(_address(r) for r in recipients)),
    ]
    if cc:
        headers.append(("Cc", ",\n ".join(_address(r) for r in cc)))
    headers += [
        ("Subject", _header_text(subject, subject_charset)),
        ("Date", format_datetime(when)),
        ("Message-ID", f"<{rng.getrandbits(64):016x}.{rng.getrandbits(24):06x}@{domain}>"),
    ]
    headers += extra or []
    mailer = rng.choice(MAILERS)
    if mailer:
        headers.append(("X-Mailer", mailer))
    headers.append(("MIME-Version", "1.0"))
    raw = _render(Part(headers + root.headers, root.body, root.children, root.boundary, root.preamble))
    if crlf is None:
        crlf = rng.random() < 0.5
    if crlf:
        raw = raw.replace(b"\n", b"\r\n")
    return raw


# --------------------------------------------------------------------------------------------
# Attachments: PDF, DOCX, XLSX, CSV, vCard -- all with fixed internal timestamps.
# --------------------------------------------------------------------------------------------


def _normalize_zip(data: bytes) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = re.sub(
                    rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms)",
                    rb"\g<1>2026-11-02T09:00:00Z\g<3>",
                    content,
                )
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            target.writestr(fixed, content)
    return out.getvalue()


def pdf(title: str, lines: list[str], author: str = "") -> bytes:
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=letter, invariant=1)
    page.setTitle(title)
    page.setAuthor(author)
    page.setCreator("Sentinelle blind corpus")
    y = 740.0
    page.setFont("Helvetica-Bold", 13)
    page.drawString(60, y, title)
    y -= 26
    page.setFont("Helvetica", 10)
    for line in lines:
        for piece in textwrap.wrap(line, 95) or [""]:
            if y < 60:
                page.showPage()
                page.setFont("Helvetica", 10)
                y = 740.0
            page.drawString(60, y, piece)
            y -= 14
    page.showPage()
    page.save()
    return buffer.getvalue()


def docx(title: str, paragraphs: list[str], table: list[list[str]] | None = None, author: str = "") -> bytes:
    from docx import Document

    document = Document()
    props = document.core_properties
    props.author = author
    props.title = title
    props.created = FIXED_DOC_TIME
    props.modified = FIXED_DOC_TIME
    props.last_modified_by = author
    props.revision = 1
    document.add_heading(title, level=1)
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    if table:
        grid = document.add_table(rows=0, cols=len(table[0]))
        for row in table:
            cells = grid.add_row().cells
            for cell, value in zip(cells, row, strict=True):
                cell.text = value
    buffer = io.BytesIO()
    document.save(buffer)
    return _normalize_zip(buffer.getvalue())


def xlsx(sheets: dict[str, list[list[object]]], author: str = "") -> bytes:
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    workbook.properties.creator = author
    workbook.properties.created = FIXED_DOC_TIME
    workbook.properties.modified = FIXED_DOC_TIME
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return _normalize_zip(buffer.getvalue())


def csv_bytes(rows: list[list[str]], sep: str = ";", encoding: str = "utf-8-sig", crlf: bool = True) -> bytes:
    end = "\r\n" if crlf else "\n"
    return end.join(sep.join(row) for row in rows).encode(encoding) + end.encode()


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PDF = "application/pdf"


# --------------------------------------------------------------------------------------------
# Identifiers computed by their published check rules.  RAMQ NAMs are never computed here: the
# ones used come from a list of synthetic NAMs validated by the project lead.
# --------------------------------------------------------------------------------------------


def _luhn_complete(prefix: str) -> str:
    from stdnum import luhn

    return prefix + luhn.calc_check_digit(prefix)


def new_sin() -> str:
    return _luhn_complete(str(rng.randrange(1, 8)) + "".join(str(rng.randrange(10)) for _ in range(7)))


def new_ontario_hcn() -> str:
    return _luhn_complete(str(rng.randrange(1, 10)) + "".join(str(rng.randrange(10)) for _ in range(8)))


def new_bc_phn() -> str:
    from stdnum.ca import bc_phn

    while True:
        body = "9" + "".join(str(rng.randrange(10)) for _ in range(8))
        try:
            number = body + bc_phn.calc_check_digit(body)
        except Exception:  # some prefixes have no valid check digit
            continue
        if bc_phn.is_valid(number):
            return number


def new_niss(year: int, month: int, day: int, male: bool) -> str:
    serial = rng.randrange(1, 499) * 2 - (1 if male else 0)
    base = f"{year % 100:02d}{month:02d}{day:02d}{serial:03d}"
    number = int(("2" if year >= 2000 else "") + base)
    return base + f"{97 - number % 97:02d}"


def new_nir(male: bool, year: int, month: int, department: str) -> str:
    base = f"{1 if male else 2}{year % 100:02d}{month:02d}{department}{rng.randrange(1, 990):03d}{rng.randrange(1, 999):03d}"
    return base + f"{97 - int(base) % 97:02d}"


# Every identifier written into a message, by type, so that --check can validate it.
WRITTEN_IDS: dict[str, list[tuple[str, str]]] = {}


def note_id(kind: str, value: str) -> str:
    WRITTEN_IDS.setdefault(_current[0], []).append((kind, value))
    return value


_current = [""]

# --------------------------------------------------------------------------------------------
# The messages.
# --------------------------------------------------------------------------------------------


@dataclass
class Entry:
    path: str
    lang: str
    types: list[str]
    note: str
    build: Callable[[], bytes]


ENTRIES: list[Entry] = []


def positive(name: str, lang: str, types: list[str], note: str) -> Callable[[Callable[[], bytes]], Callable[[], bytes]]:
    def register(build: Callable[[], bytes]) -> Callable[[], bytes]:
        ENTRIES.append(Entry(f"positive/{name}.eml", lang, types, note, build))
        return build

    return register


def negative(name: str, lang: str, note: str) -> Callable[[Callable[[], bytes]], Callable[[], bytes]]:
    def register(build: Callable[[], bytes]) -> Callable[[], bytes]:
        ENTRIES.append(Entry(f"negative/{name}.eml", lang, [], note, build))
        return build

    return register


# Synthetic patients whose NAM comes from the lead's validated list (surname, given name initial,
# birth date and sex match the NAM).  Given names were chosen to start with the listed initial.
NAM = {
    "caron": "CARL37602340",  # Lucille Caron, 1937-10-23, F
    "simard_s": "SIMS61541457",  # Suzanne Simard, 1961-04-14, F
    "brown": "BROJ72021120",  # James Brown, 1972-02-11, M
    "fortin": "FORE61560692",  # Estelle Fortin, 1961-06-06, F
    "bouchard_s": "BOUS65101945",  # Serge Bouchard, 1965-10-19, M
    "gagnon_c": "GAGC81561056",  # Catherine Gagnon, 1981-06-10, F
    "morin_p": "MORP95600191",  # Pascale Morin, 1995-10-01, F
    "leblanc_g": "LEBG45601162",  # Georgette Leblanc, 1945-10-11, F
    "simard_m": "SIMM68532154",  # Martine Simard, 1968-03-21, F
    "savard_l": "SAVL15100327",  # Léo Savard, 2015-10-03, M
    "cloutier_g": "CLOG10610620",  # Gabrielle Cloutier, 2010-11-06, F
    "thibault_m": "THIM19092335",  # Mathis Thibault, 2019-09-23, M
    "girard": "GIRN18012277",  # Nathan Girard, 2018-01-22, M
    "lessard_s": "LESS19531117",  # Sarah Lessard, 2019-03-11, F
    "cloutier_m": "CLOM15072881",  # Malik Cloutier, 2015-07-28, M
    "belanger": "BELJ76520558",  # Josée Bélanger, 1976-02-05, F
    "fournier_a": "FOUA41072762",  # Armand Fournier, 1941-07-27, M
    "paquette_j": "PAQJ82530350",  # Julie Paquette, 1982-03-03, F
    "ouellet_s": "OUES67520217",  # Sylvie Ouellet, 1967-02-02, F
    "lapointe_a": "LAPA43121277",  # Albert Lapointe, 1943-12-12, M
    "taylor_d": "TAYD67540632",  # Diane Taylor, 1967-04-06, F
    "macdonald": "MACS79050243",  # Scott MacDonald, 1979-05-02, M
    "bouchard_g": "BOUG59611164",  # Geneviève Bouchard, 1959-11-11, F
    "pelletier_n": "PELN03052875",  # Nicolas Pelletier, 2003-05-28, M
    "gauthier_jf": "GAUJ76021662",  # Jean-François Gauthier, 1976-02-16, M
    "martel": "MARD05082733",  # David Martel, 2005-08-27, M
    "wilson": "WILS58530495",  # Sofia Wilson, 1958-03-04, F
}


def nam(key: str, style: str = "space") -> str:
    """The NAM written the way people write it: spaced, dashed, compact, lower case..."""
    value = note_id("ramq_nam", NAM[key])
    if style == "space":
        return f"{value[:4]} {value[4:8]} {value[8:]}"
    if style == "dash":
        return f"{value[:4]}-{value[4:8]}-{value[8:]}"
    if style == "space2":
        return f"{value[:4]} {value[4:6]} {value[6:8]} {value[8:10]} {value[10:]}"
    if style == "lower":
        return value.lower()
    return value


def spaced(number: str, groups: tuple[int, ...], sep: str = " ") -> str:
    out, start = [], 0
    for size in groups:
        out.append(number[start : start + size])
        start += size
    return sep.join(out)


CHUM = "chum.ssss.gouv.qc.ca"
LAV = "cisss-lav.ssss.gouv.qc.ca"
SSSS = "ssss.gouv.qc.ca"

# ============================================================================================
# POSITIVES
# ============================================================================================


@positive("fr-signout-liste-garde-7nord", "fr", ["patient_name", "diagnosis", "lab_result", "medication"],
          "liste de garde (sign-out) d'une unité de médecine envoyée à l'adresse Gmail d'un résident")
def _() -> bytes:
    body = """Salut Alex,

Voici la liste pour la garde de ce soir (7e Nord, méd. interne). Rien de majeur normalement.

701 – CARON, Lucille – 89 a, chute + # col fémur D op J2, delirium hypoactif. Hb 78 ce matin -> 1 culot si < 75. Haldol 0,5 PRN.
703 – NADEAU, Gilles – ICC décompensée, Lasix 80 IV BID. K 3,1 -> KCl 20 mEq PO x2 fait. Cr 142 (base 118).
705-2 – TREMBLAY, Réjean – NSTEMI J1, héparine IV, trop 1420 -> 2210. Coro demain AM, NPO minuit.
708 – BOUCHER, Jeannine – pneumonie LID, ceftriaxone + azithro J3. Afébrile. Congé probable si sat > 92 % AA.
712 – PAQUETTE, Ginette – IRA sur IRC (Cr 212, base 150), K 5,9 -> Kayexalate, refaire lytes 22 h.
714 – FOURNIER, Armand – FA rapide, diltiazem IV puis PO. INR 3,4, Coumadin suspendu. NIM C.

À surveiller : 712 (K) et 705-2 (DRS).
Bonne garde!
Sophie

--
Sophie Bergeron, R3 médecine interne
CHUM – Pavillon D, 7e Nord
"""
    return email_message(f"Sophie Bergeron <sophie.bergeron.med@{CHUM}>", "alex.demers.md@gmail.com",
                         "liste garde 7N ce soir", text(body, cte="quoted-printable"), crlf=True)


@positive("en-icu-handover-list", "en", ["patient_name", "diagnosis", "lab_result", "medication"],
          "ICU night handover list, bed - SURNAME, Given - problem - labs")
def _() -> bytes:
    body = """Handover ICU pod B - nights 19:00

Bed 4 - MURPHY, Kevin - 54M septic shock 2/2 LLL pneumonia. Norepi 0.12, vaso 0.03. Lactate 4.1 -> 2.8.
  Pip-tazo + vanco. Cx pending. Plan: wean pressors, repeat lactate 02:00.
Bed 5 - NGUYEN, Thi Lan - 71F post-op AAA repair POD1. Hb 81, plt 96. Extubated 14:00. Keep MAP > 65.
Bed 7 - STEWART, Ronald - 62M DKA, insulin gtt 6 u/h, gap closing (AG 18 -> 12). K 3.4 - replace.
Bed 9 - O'BRIEN, Margaret - 80F COPD exacerbation on BiPAP 14/6, pH 7.29 pCO2 68. DNR/DNI, family aware.

Cheers,
Priya
--
Priya Raman, MD, PGY-4 Critical Care
"""
    return email_message(f"Priya Raman <priya.raman@{CHUM}>", "Daniel Okafor <d.okafor@example.org>",
                         "ICU pod B handover", text(body, cte="7bit", charset="us-ascii"), crlf=False)


@positive("fr-demande-consultation-cardiologie-nam", "fr",
          ["ramq_nam", "patient_name", "date_of_birth", "diagnosis"],
          "demande de consultation en cardiologie à une clinique externe, NAM espacé")
def _() -> bytes:
    body = f"""Bonjour,

Je vous réfère la patiente suivante pour évaluation en cardiologie (priorité B).

Patiente : Suzanne Simard
DDN : 1961-04-14
NAM : {nam("simard_s")} (exp. 2028-04)
Tél. : 514 555-0143

Raison : dyspnée NYHA II-III progressive depuis 3 mois, souffle systolique 3/6 au foyer aortique.
Écho de débrouillage à l'urgence : sténose aortique probablement modérée à sévère, FEVG conservée.
ATCD : HTA, DB2, dyslipidémie. Rx : ramipril 10 mg die, metformine 1 g BID, rosuvastatine 20 mg.

Merci de votre collaboration,

Isabelle Ferland, M.D.
Médecine familiale – GMF-U Maisonneuve
Tél. 514 555-0100 poste 2231
"""
    return email_message(f"Dre Isabelle Ferland <isabelle.ferland@{SSSS}>",
                         "Secrétariat cardiologie <rdv@cardio-clinique-exemple.ca>",
                         "Demande de consultation - cardiologie - priorité B", text(body), crlf=True)


@positive("fr-consultation-nephro-irc", "fr", ["patient_name", "diagnosis", "lab_result"],
          "consultation en néphrologie, nom + IRC + créatinine, sans identifiant")
def _() -> bytes:
    body = """Bonjour Dr Gosselin,

Pourrais-tu voir en externe M. Réjean Vachon ? 77 ans, IRC stade 4 d'origine probablement
diabétique (DB2 depuis 20 ans), DFGe passé de 31 à 22 mL/min en 8 mois. Cr 212, urée 18,4,
K 5,4, Hb 96, RAC 84 mg/mmol. Pas encore de discussion sur la modalité de suppléance.

Il est suivi chez nous au GMF, prochain bilan dans 1 mois. Sa fille l'accompagne d'habitude.

Merci!
Geneviève
--
Geneviève Paradis, IPSPL
GMF des Mille-Îles
"""
    return email_message(f"Geneviève Paradis <genevieve.paradis@{LAV}>",
                         "Dr Marc-André Gosselin <ma.gosselin@nephro-laval.example.org>",
                         "Réf néphro - M. Vachon", text(body, cte="8bit", is_flowed=True), crlf=False)


@positive("en-colonoscopy-booking-nam-dashed", "en", ["ramq_nam", "patient_name", "date_of_birth", "diagnosis"],
          "endoscopy booking request, RAMQ written with dashes")
def _() -> bytes:
    body = f"""Hi Karen,

Could you please book the following for colonoscopy, semi-urgent (within 60 days):

Name: BROWN, James
DOB: 11-Feb-1972
RAMQ: {nam("brown", "dash")}
Indication: iron deficiency anemia (Hb 102, ferritin 6), FIT positive x1.
Anticoagulation: none. Allergies: NKDA.

He prefers morning appointments; cell 438-555-0177.

Thanks,
Dr. Michael Chen
Family Medicine, CLSC Côte-des-Neiges
"""
    return email_message(f"Michael Chen <michael.chen@{SSSS}>", "Karen Doyle <booking@endoscopy-westisland.example.com>",
                         "Colonoscopy booking - Brown", text(body, cte="quoted-printable"), crlf=True)


@positive("fr-suivi-inr-pharmacie-communautaire", "fr", ["patient_name", "date_of_birth", "lab_result", "medication"],
          "ajustement de warfarine transmis à une pharmacie communautaire")
def _() -> bytes:
    body = """Bonjour,

Pour votre patiente Poirier Monique (DDN 22/01/47) :
INR ce matin 3,4 (cible 2-3).
Nouvelle posologie Coumadin : 2 mg die sauf 3 mg lundi et vendredi. Prochain INR le 29/09.
SVP ajuster le pilulier.

Clinique d'anticoagulation – Hôpital de la Cité-de-la-Santé
Nathalie Roy, inf., M. Sc.
"""
    return email_message(f"Clinique anticoagulation <anticoag.csss@{LAV}>",
                         "Pharmacie Beaulieu et Ménard <labo@pharmacie-bm.example.ca>",
                         "INR - ajustement dose", text(body, charset="iso-8859-1", cte="quoted-printable"))


@positive("fr-resume-de-depart-pdf", "fr", ["patient_name", "ramq_nam", "mrn", "diagnosis", "medication"],
          "courriel court, le résumé de départ (PDF) porte le nom, le NAM, le dossier et les diagnostics")
def _() -> bytes:
    doc = pdf("Résumé de départ – Médecine interne", [
        "Nom : BOUCHARD, Serge        Sexe : M        DDN : 1965-10-19",
        f"NAM : {nam('bouchard_s', 'compact')}        No de dossier : 2047731",
        "Admission : 2026-09-02   Départ : 2026-09-11   Médecin traitant : Dr J. Tremblay",
        "",
        "Diagnostic principal : pneumonie acquise en communauté lobe inférieur droit.",
        "Diagnostics secondaires : MPOC GOLD 3 avec exacerbation; HTA; FA paroxystique.",
        "Évolution : amélioration sous ceftriaxone puis amoxicilline-clavulanate. Sevrage O2 J6.",
        "Médication au départ : amoxicilline-clavulanate 875 mg BID x 2 jours; tiotropium 2,5 mcg 2 inh die;",
        "budésonide-formotérol 200/6 2 inh BID; apixaban 5 mg BID; métoprolol 25 mg BID.",
        "Suivi : médecin de famille dans 2 semaines; radiographie pulmonaire de contrôle dans 6 semaines.",
    ], author="Archives médicales")
    root = multipart("mixed",
                     text("Bonjour,\n\nVeuillez trouver ci-joint le résumé de départ demandé.\n\n"
                          "Service des archives médicales\nCHUM\n"),
                     binary(doc, PDF, "resume_depart_2047731.pdf"))
    return email_message(f"Archives médicales <archives.med@{CHUM}>", "secretariat@gmf-rosemont.example.ca",
                         "Résumé de départ", root)


@positive("en-discharge-summary-docx", "en", ["patient_name", "mrn", "date_of_birth", "diagnosis", "medication"],
          "discharge summary in a DOCX attachment to the family physician")
def _() -> bytes:
    doc = docx("Discharge Summary - Cardiology", [
        "Patient: Scott MacDonald    DOB: 02/05/1979    MRN: 3318204",
        "Admitted: 2026-09-08    Discharged: 2026-09-12    Attending: Dr. A. Kowalski",
        "Diagnosis: NSTEMI. Coronary angiography: 90% proximal LAD stenosis, treated with one DES.",
        "Comorbidities: type 2 diabetes, dyslipidemia, active smoker (30 pack-years).",
        "LVEF 45% on echo. Peak troponin 3,840 ng/L. LDL 3.9 mmol/L, HbA1c 8.1%.",
        "Discharge medications: ASA 81 mg daily; ticagrelor 90 mg BID x 12 months; atorvastatin 80 mg;",
        "bisoprolol 2.5 mg daily; ramipril 2.5 mg daily; empagliflozin 10 mg daily; nicotine patch 21 mg.",
        "Follow-up: cardiac rehab referral sent; cardiology clinic in 6 weeks.",
    ], author="Anna Kowalski")
    body = ("Dear Dr. Ahmed,\n\nPlease find attached the discharge summary for your patient, who was discharged "
            "from our coronary unit yesterday.\n\nBest regards,\n\nAnna Kowalski, MD, FRCPC\nCardiology\n")
    root = multipart("mixed", text(body, cte="7bit", charset="us-ascii"),
                     binary(doc, DOCX, "Discharge_Summary_MacDonald.docx"))
    return email_message(f"Anna Kowalski <anna.kowalski@{CHUM}>", "Dr. Farah Ahmed <f.ahmed@westmount-fmg.example.org>",
                         "Discharge summary", root)


@positive("fr-ordonnance-pharmacie-nam", "fr", ["ramq_nam", "patient_name", "medication"],
          "ordonnance transmise par courriel à la pharmacie")
def _() -> bytes:
    body = f"""ORDONNANCE

Patient : FORTIN, Estelle
NAM : {nam("fortin", "space2")}
Adresse : 3360, rue Masson, Montréal

1) Metformine 500 mg – 1 co PO BID aux repas – 3 mois, renouv. x 3
2) Atorvastatine 20 mg – 1 co PO HS – 3 mois, renouv. x 3
3) Bandelettes FreeStyle Lite – 100 – glycémie die

Prescripteur : Dre Hélène Gagné, lic. 1-04522
Signé électroniquement le 15-09-26
"""
    return email_message(f"Dre Hélène Gagné <helene.gagne@{SSSS}>", "Pharmacie Jean Coutu Masson <rx.masson@pharma-exemple.ca>",
                         "Ordonnance - FORTIN Estelle", text(body, cte="base64"), crlf=True)


@positive("fr-transport-hemodialyse-adresse", "fr", ["patient_name", "date_of_birth", "diagnosis"],
          "demande de transport adapté pour hémodialyse avec adresse et téléphone du patient")
def _() -> bytes:
    body = """Bonjour,

Demande de transport pour un nouvel usager en hémodialyse, à partir du lundi 5 octobre.

Usager : Bouchard, Laurent (DDN 24-01-1940)
Adresse : 1482, rue des Érables, app. 3, Laval (Québec) H7N 2K4
Téléphone : 450 555-0182 (conjointe : Mme Rita Bouchard)
Destination : Unité d'hémodialyse, Hôpital de la Cité-de-la-Santé, porte 4
Horaire : lundi-mercredi-vendredi, arrivée 6 h 45, retour vers 11 h 30
Particularités : fauteuil roulant, O2 2 L/min, IRC terminale, amputation BK gauche.

Merci de confirmer par retour de courriel.

Line Tessier, agente administrative
Néphrologie – CISSS de Laval
"""
    return email_message(f"Line Tessier <line.tessier@{LAV}>", "Répartition <repartition@transport-adapte-laval.example.ca>",
                         "Transport hémodialyse – nouvel usager", text(body, charset="windows-1252", cte="quoted-printable"))


@positive("fr-soins-domicile-clsc-ulcere", "fr", ["patient_name", "diagnosis", "medication"],
          "coordination de soins à domicile (SAD) avec une agence externe")
def _() -> bytes:
    body = """Allô Mélissa,

Nouvelle demande pour votre équipe, secteur Ahuntsic :

Mme Jeannine Boucher, 85 ans, vit seule au 10455 av. Christophe-Colomb.
- Ulcère veineux jambe G (5 x 3 cm), pansement Aquacel Ag + compression 2 couches, q 3 jours.
- DB2 sous insuline (Lantus 18 u HS), glycémies instables, hypos la nuit la semaine passée.
- Début d'atteinte cognitive; la fille (Carole, 514 555-0199) passe le soir.

Première visite souhaitée jeudi. Merci!

Mathieu Dion, inf. clinicien
Soutien à domicile – CLSC Ahuntsic
"""
    return email_message(f"Mathieu Dion <mathieu.dion@{SSSS}>", "Mélissa Roy <coordination@soins-chez-soi.example.ca>",
                         "SAD - nouvelle demande pansements", text(body, cte="8bit"))


@positive("en-disability-claim-sin", "en", ["ca_sin", "patient_name", "diagnosis"],
          "disability insurer claim, SIN of the patient written with spaces")
def _() -> bytes:
    sin = note_id("ca_sin", new_sin())
    body = f"""Hello,

Further to your request dated September 10, please find below the information for the
short-term disability claim.

Claimant: Dominique Boucher
SIN: {spaced(sin, (3, 3, 3))}
Policy / certificate: GRP-448120 / 0093
Diagnosis: L4-L5 disc herniation with left S1 radiculopathy, confirmed on MRI 2026-08-28.
Treatment: physiotherapy 2x/week, pregabalin 75 mg BID, surgical opinion pending.
Expected return to work: not before 2026-11-15.

Regards,
Olivier Gendron, MD
Physiatry, Institut de réadaptation
"""
    return email_message(f"Olivier Gendron <olivier.gendron@{SSSS}>", "claims@assurance-collective.example.com",
                         "STD claim GRP-448120 - attending physician info", text(body, cte="8bit"))


@positive("fr-ics-rencontre-famille-patiente", "fr", ["patient_name", "diagnosis"],
          "invitation .ics : rencontre familiale, le nom de la patiente et son diagnostic dans le titre")
def _() -> bytes:
    ics = """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000B0C7
DTSTAMP:20260916T133000Z
DTSTART;TZID=America/Toronto:20260918T140000
DTEND;TZID=America/Toronto:20260918T150000
SUMMARY:Rencontre famille - Mme Thérèse Côté (ch. 512) - démence avancée\\, niveau de soins
DESCRIPTION:Présents : Dre Lemieux\\, Karine (TS)\\, fils et fille de Mme Côté.\\nDysphagie sévère\\
 , perte de 8 kg. Discuter alimentation par sonde vs soins de confort.
LOCATION:Salle des familles 5e
ORGANIZER;CN=Karine Lemieux:mailto:karine.lemieux@chum.ssss.gouv.qc.ca
ATTENDEE;CN=Luc Côté;RSVP=TRUE:mailto:luc.cote1961@videotron.example.ca
END:VEVENT
END:VCALENDAR
"""
    root = multipart("alternative",
                     text("Rencontre famille - Mme Thérèse Côté (ch. 512) - démence avancée, niveau de soins\n"
                          "Jeudi 18 septembre, 14 h, salle des familles 5e.\n"),
                     calendar(ics))
    return email_message(f"Karine Lemieux <karine.lemieux@{CHUM}>", "Luc Côté <luc.cote1961@videotron.example.ca>",
                         "Rencontre famille - Mme Thérèse Côté (ch. 512)", root)


@positive("fr-vcard-patiente-nam", "fr", ["patient_name", "ramq_nam", "date_of_birth", "diagnosis"],
          "fiche vCard d'une patiente (NAM dans NOTE, BDAY) envoyée à une clinique de colposcopie")
def _() -> bytes:
    vcf = f"""BEGIN:VCARD
VERSION:3.0
N:Gagnon;Catherine;;;
FN:Catherine Gagnon
BDAY:1981-06-10
TEL;TYPE=CELL:+1-514-555-0126
ADR;TYPE=HOME:;;2210 rue Beaubien Est;Montréal;QC;H2G 1M9;Canada
NOTE:NAM {nam("gagnon_c", "compact")} - suivi colpo ASC-H
END:VCARD
"""
    body = ("Bonjour,\n\nCi-joint les coordonnées de la patiente pour la prise de rendez-vous en colposcopie "
            "(cytologie ASC-H du 2 septembre, VPH 16 positif). Elle préfère être appelée sur son cellulaire.\n\n"
            "Merci,\nJulie Lapierre, secrétaire médicale\nGMF Petite-Patrie\n")
    root = multipart("mixed", text(body), text(vcf, subtype="vcard", cte="quoted-printable", filename="Catherine Gagnon.vcf"))
    return email_message(f"Julie Lapierre <julie.lapierre@{SSSS}>", "colposcopie@clinique-exemple.ca",
                         "RDV colpo", root, crlf=True)


@positive("fr-csv-cp1252-rattrapage-vaccinal-nam", "fr", ["ramq_nam", "patient_name", "date_of_birth"],
          "CSV (windows-1252, point-virgule, CRLF) d'enfants à rappeler pour la vaccination, avec NAM")
def _() -> bytes:
    rows = [
        ["Nom", "Prénom", "DDN", "NAM", "Vaccin manquant", "Tél."],
        ["Savard", "Léo", "2015-10-03", nam("savard_l", "compact"), "dcaT-VPI (4-6 ans)", "450 555-0110"],
        ["Cloutier", "Gabrielle", "2010-11-06", nam("cloutier_g", "compact"), "VPH dose 2", "450 555-0131"],
        ["Thibault", "Mathis", "2019-09-23", nam("thibault_m", "compact"), "RRO-Var dose 2", "450 555-0164"],
        ["Girard", "Nathan", "2018-01-22", nam("girard", "compact"), "dcaT-VPI", "450 555-0187"],
        ["Lessard", "Sarah", "2019-03-11", nam("lessard_s", "compact"), "Men-C-C", "450 555-0118"],
        ["Cloutier", "Malik", "2015-07-28", nam("cloutier_m", "compact"), "dcaT-VPI (4-6 ans)", "450 555-0131"],
    ]
    body = ("Bonjour Chantal,\n\nComme convenu, la liste des enfants de notre clientèle qui ont un retard "
            "vaccinal. Pouvez-vous les relancer pour la clinique du samedi?\n\nMerci\nStéphanie\n")
    root = multipart("mixed", text(body, charset="iso-8859-1"),
                     binary(csv_bytes(rows, encoding="cp1252"), "text/csv", "rattrapage_vaccinal_sept.csv"))
    return email_message(f"Stéphanie Hébert <stephanie.hebert@{LAV}>", "Chantal Pilon <cpilon@pharmacie-vaccins.example.ca>",
                         "liste rattrapage vaccinal", root, crlf=True)


@positive("fr-csv-bom-liste-attente-chirurgie-dossiers", "fr", ["mrn", "patient_name", "diagnosis"],
          "CSV UTF-8 avec BOM : liste d'attente en chirurgie avec numéros de dossier")
def _() -> bytes:
    rows = [
        ["No dossier", "Nom", "Prénom", "Diagnostic", "Intervention prévue", "Priorité", "Date inscription"],
        ["1184420", "Lavoie", "Denis", "Hernie inguinale D", "Cure hernie inguinale", "D", "12/03/26"],
        ["0973315", "Desjardins", "France", "Lithiase vésiculaire symptomatique", "Cholécystectomie lap.", "C", "02/05/26"],
        ["1320877", "St-Pierre", "Yvon", "Néo côlon sigmoïde", "Sigmoïdectomie", "A", "28/08/26"],
        ["1052209", "Beaulieu", "Nicole", "Éventration post-op", "Cure éventration", "D", "19/01/26"],
        ["1266031", "Hébert", "Claude", "Cholécystite récidivante", "Cholécystectomie lap.", "B", "07/07/26"],
    ]
    body = ("Bonjour,\n\nVoici l'extraction de la liste d'attente demandée pour le transfert de patients "
            "vers la clinique privée associée (entente CMS).\n\nFrédéric Morin\nAgent de planification, bloc opératoire\n")
    root = multipart("mixed", text(body, cte="7bit", charset="us-ascii") if body.isascii() else text(body),
                     binary(csv_bytes(rows, sep=",", encoding="utf-8-sig", crlf=False), "text/csv",
                            "liste_attente_CMS.csv"))
    return email_message(f"Frédéric Morin <frederic.morin@{CHUM}>", "planification@cms-rockland.example.ca",
                         "Extraction liste d'attente - entente CMS", root)


@positive("en-xlsx-dialysis-roster", "en", ["patient_name", "mrn", "diagnosis", "lab_result"],
          "XLSX hemodialysis roster with MRNs and monthly labs sent to a satellite unit")
def _() -> bytes:
    sheet: list[list[object]] = [
        ["MRN", "Patient", "Access", "Etiology", "Hb (g/L)", "K (mmol/L)", "PO4", "Kt/V", "Shift"],
        ["2291057", "Wilson, Sofia", "L RC AVF", "Diabetic nephropathy", 104, 5.2, 1.9, 1.31, "MWF AM"],
        ["1873346", "Patel, Ravi", "R IJ tunneled CVC", "IgA nephropathy", 92, 6.1, 2.4, 1.12, "MWF AM"],
        ["3012284", "Campbell, Heather", "L BC AVF", "Hypertensive nephrosclerosis", 111, 4.8, 1.6, 1.44, "TTS PM"],
        ["2745510", "Nguyen, Van Minh", "R RC AVF", "ADPKD", 98, 5.7, 2.1, 1.27, "TTS PM"],
        ["1958873", "Leclerc, Jean-Guy", "L BB AVF", "Diabetic nephropathy", 87, 5.9, 2.6, 1.05, "MWF PM"],
    ]
    body = ("Hi Tom,\n\nAttached is the September roster with monthly bloods for the patients transferring to "
            "your satellite unit on Oct 1. Two of them (Patel, Leclerc) still have K above 5.5 despite diet "
            "teaching, FYI.\n\nCheers,\nLinda\n\nLinda Marsh, RN\nHemodialysis Unit\n")
    root = multipart("mixed", text(body, cte="7bit", charset="us-ascii"),
                     binary(xlsx({"Sept 2026": sheet}, author="L. Marsh"), XLSX, "HD_roster_Sept2026.xlsx"))
    return email_message(f"Linda Marsh <linda.marsh@{SSSS}>", "Tom Bradley <tbradley@satellite-dialysis.example.org>",
                         "Satellite transfer roster + Sept bloods", root, crlf=True)


@positive("fr-transfert-resultat-pathologie", "fr", ["patient_name", "diagnosis"],
          "courriel transféré (Fwd) contenant un résultat de pathologie")
def _() -> bytes:
    body = """Pour info, à mettre au dossier de la clinique du sein. Peux-tu lui donner un RDV cette semaine?

Marie

---------- Message transféré ---------
De : Laboratoire de pathologie <patho.resultats@chum.ssss.gouv.qc.ca>
Date : mar. 22 sept. 2026 à 10:14
Objet : Résultat S26-18842
À : Marie Ouimet <marie.ouimet@chum.ssss.gouv.qc.ca>

Patiente : BOUCHARD, Geneviève
Prélèvement : biopsie au trocart, sein G, QSE, 2 carottes
Diagnostic : carcinome canalaire infiltrant, grade histologique 2 (Nottingham 6/9).
RE 95 %, RP 60 %, HER2 1+ (négatif), Ki-67 20 %.
Pathologiste : Dre Louise Caron
"""
    return email_message(f"Marie Ouimet <marie.ouimet@{CHUM}>", "Secrétariat clinique du sein <rdv@clinique-sein.example.ca>",
                         "Fwd: Résultat S26-18842", text(body, cte="quoted-printable"), crlf=False)


@positive("fr-reponse-citee-chute-fracture", "fr", ["patient_name", "diagnosis"],
          "réponse qui cite le message précédent (>), l'information patient est dans la citation")
def _() -> bytes:
    body = """Merci Annie! Je t'envoie la fiche d'admission et la liste de médicaments lundi matin.

Josée

Le 2026-09-24 à 09:41, Annie Larocque a écrit :
> Oui, on aurait un lit lundi à l'étage 3. Tu m'envoies la fiche?
>
> Le 2026-09-23 à 16:02, Josée Paré a écrit :
>> Bonjour Annie,
>>
>> Est-ce que vous auriez un lit en URFI pour Mme Thérèse Côté, 84 ans?
>> Chute à domicile le 12/09, fracture du poignet D (plâtre) et fracture
>> de l'astragale, MEC interdite pour 6 sem. Vit seule au 2e sans ascenseur.
>> Elle fait aussi de l'HTA et une légère IRC.
>>
>> Merci!
>> Josée Paré, TS
>> Liaison – Hôpital Notre-Dame
"""
    return email_message(f"Josée Paré <josee.pare@{CHUM}>",
                         "Annie Larocque <alarocque@centre-readaptation.example.ca>",
                         "RE: Lit URFI?", text(body, cte="8bit", is_flowed=True),
                         extra=[("In-Reply-To", "<3f1c0a9e55.ab12@centre-readaptation.example.ca>")])


@positive("fr-html-tableau-patients-orphelins", "fr", ["patient_name", "date_of_birth", "ramq_nam", "diagnosis"],
          "corps HTML avec tableau de patients inscrits au GAP attribués à une clinique")
def _() -> bytes:
    rows = [
        ("Bélanger", "Josée", "05/02/1976", nam("belanger"), "Néo sein en rémission, suivi annuel"),
        ("Paquette", "Julie", "03/03/1982", nam("paquette_j"), "DB1, pompe à insuline"),
        ("Vachon", "Paul", "17/06/1950", "—", "MPOC, O2 à domicile"),
        ("Ouellet", "Sylvie", "02/02/1967", nam("ouellet_s"), "Dépression majeure, sertraline"),
    ]
    tr = "\n".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td><td>{e}</td></tr>" for a, b, c, d, e in rows)
    html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,sans-serif">
<p>Bonjour Dr Fontaine,</p>
<p>Voici les 4 patients du Guichet d'accès (GAP) attribués à votre groupe cette semaine :</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>Nom</th><th>Prénom</th><th>DDN</th><th>NAM</th><th>Problème principal</th></tr>
{tr}
</table>
<p>Merci de confirmer la prise en charge d'ici vendredi.</p>
<p>Guichet d'accès à un médecin de famille<br>CISSS de Laval</p>
</body></html>"""
    plain = "Voir la version HTML de ce message pour le tableau des patients attribués.\n"
    root = multipart("alternative", text(plain), text(html, subtype="html", cte="quoted-printable"))
    return email_message(f"GAP Laval <gap.laval@{LAV}>", "Dr Yves Fontaine <yfontaine@gmf-vimont.example.ca>",
                         "GAP - attributions semaine 39", root, crlf=True)


@positive("fr-mutualite-belge-niss-appendicite", "fr", ["be_niss", "patient_name", "diagnosis"],
          "hospitalisation d'une touriste belge : courriel à sa mutualité avec le NISS")
def _() -> bytes:
    niss = note_id("be_niss", new_niss(1985, 7, 30, male=False))
    body = f"""Madame, Monsieur,

Nous vous informons de l'hospitalisation de votre affiliée :

Nom : PEETERS Anne-Sophie
Numéro de registre national : {niss[:2]}.{niss[2:4]}.{niss[4:6]}-{niss[6:9]}.{niss[9:]}
Adresse en Belgique : Rue de la Station 41, 4020 Liège
Admission : 19/09/2026 via l'urgence
Motif : appendicite aiguë perforée, appendicectomie par laparoscopie le 19/09/2026.
Séjour prévu : 4 à 5 jours, antibiothérapie IV (pipéracilline-tazobactam).

Nous vous saurions gré de nous transmettre la prise en charge des frais (garantie de paiement).

Bureau des patients internationaux
CHUM, Montréal (Québec)
"""
    return email_message(f"Patients internationaux <international.patients@{CHUM}>",
                         "Service assistance <assistance@mutualite-exemple.be>",
                         "Garantie de paiement - PEETERS Anne-Sophie", text(body, charset="iso-8859-1", cte="quoted-printable"))


@positive("fr-assistance-voyage-nir-fracture", "fr", ["fr_nir", "patient_name", "diagnosis"],
          "touriste française : rapport médical à l'assisteur avec le NIR")
def _() -> bytes:
    nir = note_id("fr_nir", new_nir(True, 1978, 5, "75"))
    body = f"""Bonjour,

Suite à votre appel, voici les informations pour votre dossier d'assistance n° AV-2026-118734.

Assuré : M. Julien MOREAU, né le 14/05/1978
N° de sécurité sociale : {nir[0]} {nir[1:3]} {nir[3:5]} {nir[5:7]} {nir[7:10]} {nir[10:13]} {nir[13:]}
Diagnostic : fracture bimalléolaire cheville G (ski nautique, 20/09), ostéosynthèse le 21/09.
Appui interdit 6 semaines, HBPM (énoxaparine 40 mg/j) pendant l'immobilisation.
Apte au rapatriement en classe affaires avec jambe surélevée à partir du 25/09.

Dr Sébastien Arsenault, orthopédiste
Hôpital du Sacré-Cœur
"""
    return email_message(f"Sébastien Arsenault <sebastien.arsenault@{SSSS}>", "medical@assistance-voyage.example.fr",
                         "Dossier AV-2026-118734 - rapport médical", text(body, cte="quoted-printable"), crlf=True)


@positive("en-ontario-transfer-ohip", "en", ["ca_health_number", "patient_name", "date_of_birth", "diagnosis"],
          "transfer note to an Ottawa hospital, Ontario health card with version code")
def _() -> bytes:
    hcn = note_id("ca_health_number", new_ontario_hcn())
    body = f"""Hi,

Transfer accepted by Dr. Lam (Gyn on call) at 03:40. Details for your bed manager:

Patient: Emily Campbell
DOB: 12/03/1988
OHIP: {hcn[:4]}-{hcn[4:7]}-{hcn[7:]}-KT
Dx: ruptured ectopic pregnancy (R), s/p laparoscopic salpingectomy here 2026-09-24.
Stable, Hb 94 post 2 u PRBC. Wishes to recover closer to home (Kanata).
Transport: land ambulance ETA 10:00.

Thanks
Charge nurse, 6th floor surgery - Hôpital de Gatineau
"""
    return email_message(f"Charge nurse 6S <inf.chef.6s@{SSSS}>", "bedflow@ottawa-general.example.org",
                         "Transfer - Campbell - OHIP patient", text(body, cte="quoted-printable"))


@positive("en-bc-phn-stemi-tourist", "en", ["ca_health_number", "patient_name", "diagnosis"],
          "BC resident treated in Montreal: note to BC cardiologist with the PHN")
def _() -> bytes:
    phn = note_id("ca_health_number", new_bc_phn())
    body = f"""Dr. Sidhu,

Your patient Ryan Stewart (PHN {phn[:4]} {phn[4:7]} {phn[7:]}) was admitted here on Sept 25 with
an inferior STEMI while visiting family. Primary PCI to RCA, one DES. EF 50%.
Discharged on ASA, prasugrel 10 mg, rosuvastatin 40 mg, metoprolol 25 mg BID.
He flies back to Kelowna Oct 4 and will call your office for follow-up.

Regards,
Hugo Lachance, MD
Interventional Cardiology
"""
    return email_message(f"Hugo Lachance <hugo.lachance@{CHUM}>", "Dr. Amrit Sidhu <office@okanagan-heart.example.ca>",
                         "Your patient - STEMI while in Montreal", text(body, cte="7bit", charset="us-ascii", is_flowed=True))


@positive("fr-sujet-nom-patiente-biopsie", "fr", ["patient_name", "diagnosis"],
          "le nom de la patiente est dans l'objet, le diagnostic dans le corps")
def _() -> bytes:
    body = """Oui reçu. Adénocarcinome gastrique peu différencié, type diffus. On la présente au comité
des tumeurs digestives jeudi et j'appelle la patiente demain.

Vincent
"""
    return email_message(f"Vincent Poulin <vincent.poulin@{CHUM}>", "Dr Caroline Nadeau <c.nadeau@gastro-clinique.example.ca>",
                         "RE: Gagnon Manon - résultat biopsie gastrique", text(body, cte="8bit"))


@positive("fr-numerisation-consentement-dossier", "fr", ["mrn"],
          "seul le numéro de dossier (avec le mot dossier) : demande au sous-traitant de numérisation")
def _() -> bytes:
    body = """Bonjour,

Svp numériser en priorité le consentement opératoire signé hier et le verser au dossier 2384756
(il a été placé dans la boîte bleue du 4e, enveloppe interne).

Merci
Archives – HMR
"""
    return email_message(f"archives.hmr@{SSSS}", "numerisation@docuscan-exemple.ca",
                         "Numérisation urgente", text(body, cte="7bit", charset="us-ascii") if body.isascii() else text(body))


@positive("fr-admissibilite-nam-seul", "fr", ["ramq_nam"],
          "seul le NAM, dans une demande de vérification d'admissibilité")
def _() -> bytes:
    body = f"""Bonjour,

Pouvez-vous vérifier l'admissibilité pour {nam("bouchard_s")} ? La carte est expirée
depuis août et le patient dit avoir fait le renouvellement.

Merci
Admission – Hôpital Jean-Talon
"""
    return email_message(f"admission.hjt@{SSSS}", "verification@facturation-medicale.example.ca",
                         "Vérif admissibilité", text(body))


@positive("fr-cnesst-nas-travailleur", "fr", ["ca_sin", "patient_name", "diagnosis"],
          "rapport CNESST : NAS du travailleur accidenté (patient), sans espaces")
def _() -> bytes:
    sin = note_id("ca_sin", new_sin())
    body = f"""Bonjour Mme Dugas,

Suite à votre demande, voici les renseignements manquants au formulaire Attestation médicale :

Travailleur : Lessard, Mathieu
NAS : {sin}
Date de l'événement : 08/09/26
Diagnostic : entorse lombaire avec contracture paravertébrale, pas de déficit neurologique.
Traitement : physiothérapie, naproxène 500 mg BID x 10 j. Travaux légers à partir du 29/09.

Dre Mélanie Caouette
Clinique de médecine du travail
"""
    return email_message(f"Mélanie Caouette <melanie.caouette@{SSSS}>", "Agente CNESST <m.dugas@cnesst-exemple.ca>",
                         "Dossier lésion 8 sept - renseignements", text(body, cte="base64"))


@positive("fr-saaq-rapport-tcc", "fr", ["ramq_nam", "patient_name", "date_of_birth", "diagnosis"],
          "rapport médical pour la SAAQ après un accident de la route")
def _() -> bytes:
    body = f"""Bonjour,

Rapport médical – accident du 13 septembre 2026 (dossier SAAQ 26-4410982)

Victime : MORIN, Pascale
Née le 1er octobre 1995 – NAM {nam("morin_p", "lower")}
Lésions : traumatisme craniocérébral léger (GCS 14 à l'arrivée, TDM normale),
fracture du tiers moyen de la clavicule G traitée orthopédiquement.
Céphalées post-commotionnelles persistantes, retour au travail non envisagé avant 4 semaines.

Dre Ariane Bisson, urgentologue
"""
    return email_message(f"Ariane Bisson <ariane.bisson@{CHUM}>", "indemnisation@saaq-exemple.ca",
                         "Rapport médical dossier 26-4410982", text(body), crlf=True)


@positive("fr-renouvellement-metformine-hba1c", "fr", ["patient_name", "medication", "lab_result"],
          "réponse à une demande de renouvellement de la pharmacie, avec HbA1c")
def _() -> bytes:
    body = """Renouvellement autorisé pour Guy Gagnon :
- metformine 850 mg BID, 6 mois
- gliclazide MR 60 mg die, 6 mois
Sa dernière HbA1c est à 7,8 % (août), créat 96. À revoir au bureau avant Noël.

Dr François Lemay
"""
    return email_message(f"François Lemay <francois.lemay@{SSSS}>", "Pharmacie Proxim <renouvellements@proxim-exemple.ca>",
                         "Re: Demande de renouvellement #88412", text(body, cte="quoted-printable", charset="iso-8859-1"))


@positive("fr-rdv-irm-date-naissance", "fr", ["patient_name", "date_of_birth", "medication"],
          "demande de rendez-vous en IRM, date de naissance écrite en toutes lettres")
def _() -> bytes:
    body = """Bonjour,

Merci de prévoir un RDV d'IRM lombaire pour M. Denis Cloutier, né le 9 octobre 1941.
Il est très claustrophobe : prévoir lorazépam 1 mg SL 30 min avant (prescrit, il l'apportera)
et un accompagnateur pour le retour. Pacemaker : non. Prothèse : PTH G 2015.

Cordialement,
Sylvie Marchand, secrétaire
Clinique de la douleur
"""
    return email_message(f"Sylvie Marchand <sylvie.marchand@{SSSS}>", "rdv-irm@imagerie-exemple.ca",
                         "RDV IRM - M. Cloutier", text(body, cte="8bit"))


@positive("fr-perinatalite-ictere-nouveau-ne", "fr", ["patient_name", "date_of_birth", "diagnosis", "lab_result"],
          "congé d'un nouveau-né (patient) avec ictère : suivi par le CLSC")
def _() -> bytes:
    body = """Bonjour l'équipe périnatalité,

Congé ce matin de bébé Émile Vachon, né le 28 octobre 2026 à 04 h 12 (38 4/7 sem., 3 210 g),
fils de Mme Audrey Vachon. Ictère néonatal : bilirubine 310 µmol/L à 48 h, photothérapie 24 h,
contrôle à 236 au congé. Allaitement exclusif, perte de poids 7 %.

Merci de faire la visite à domicile dans les 24-48 h avec bilirubine transcutanée et pesée.
Adresse : 88, rue Principale, Sainte-Dorothée. Tél. 450 555-0148.

Nadia Khalil, inf.
Unité mère-enfant
"""
    return email_message(f"Nadia Khalil <nadia.khalil@{LAV}>", "perinatalite@clsc-exemple.ca",
                         "Congé bébé Vachon - ictère", text(body), crlf=True)


@positive("fr-psychiatrie-lithium-tab", "fr", ["patient_name", "date_of_birth", "diagnosis", "medication", "lab_result"],
          "note de transfert en psychiatrie vers un GMF avec lithémie")
def _() -> bytes:
    body = """Bonjour Dre Morneau,

Je vous transfère le suivi de M. Louis Roy (DDN 10/01/2002), suivi ici depuis 2023 pour
un trouble bipolaire de type I, stable depuis 14 mois.

Rx : lithium 900 mg HS, quétiapine 100 mg HS.
Dernière lithémie 1,1 mmol/L (12h post-dose), TSH 3,2, créat 78.
Plan : lithémie + TSH + créat q 3 mois. Signes de rechute à surveiller : insomnie, dépenses.

Charles-Étienne Dubé, psychiatre
Clinique des troubles de l'humeur
"""
    return email_message(f"Charles-Étienne Dubé <ce.dube@{SSSS}>", "Dre Claire Morneau <cmorneau@gmf-exemple.ca>",
                         "Transfert de suivi", text(body, cte="quoted-printable"))


@positive("en-ed-letter-asthma-dob", "en", ["patient_name", "date_of_birth", "diagnosis", "medication"],
          "ED visit note to the family doctor, DOB in day/month/year")
def _() -> bytes:
    body = """Dear Dr. Walsh,

Re: Jonathan Gauthier, DOB 16/04/1998

Seen in our ED last night for an asthma exacerbation after a viral URTI. Peak flow 55% predicted
on arrival, 80% after 3 salbutamol/ipratropium nebs and dexamethasone.
Discharged on prednisone 50 mg daily x 5 days and started on budesonide-formoterol 200/6, 1 puff BID
and PRN (SMART). Please review within 1-2 weeks.

Kind regards,
Emergency Department, Lakeshore General
"""
    return email_message(f"ED Lakeshore <ed.letters@{SSSS}>", "Dr. Siobhan Walsh <swalsh@pointe-claire-clinic.example.com>",
                         "ED visit - your patient", text(body, cte="7bit", charset="us-ascii"), crlf=True)


@positive("fr-resultats-tsh-corps-base64", "fr", ["patient_name", "lab_result"],
          "résultats de laboratoire dans un corps encodé en base64")
def _() -> bytes:
    body = """Bonjour,

Résultats reçus pour Mme Linda Pelletier (prélevée le 21/09) :
TSH 8,9 mUI/L (N 0,35-5,0) – T4 libre 9 pmol/L (N 9-19)
Anti-TPO 412 UI/mL
Le Dr Leclerc souhaite la revoir pour discuter d'un traitement. Pouvez-vous lui téléphoner?

Merci
Carole
"""
    return email_message(f"Carole Audet <carole.audet@{SSSS}>", "Réception GMF <reception@gmf-boisbriand.example.ca>",
                         "résultats à communiquer", text(body, cte="base64"))


@positive("fr-consultation-orl-iso8859-qp", "fr", ["patient_name", "diagnosis", "medication", "ramq_nam"],
          "consultation ORL urgente, ISO-8859-1 quoted-printable")
def _() -> bytes:
    body = f"""Bonjour,

Demande de consultation ORL URGENTE (< 72 h) :
M. Albert Lapointe, 82 ans, NAM {nam("lapointe_a")}
Surdité brusque oreille droite depuis 2 jours, acouphène, pas de vertige.
Audiogramme fait ce matin : perte neurosensorielle 60 dB OD.
Débuté prednisone 60 mg die aujourd'hui. ATCD : DB2, glycémies à surveiller.

Dre Julie Tanguay, omnipraticienne
"""
    return email_message(f"Julie Tanguay <julie.tanguay@{SSSS}>", "orl.urgent@clinique-orl-exemple.ca",
                         "Consultation ORL urgente - surdité brusque",
                         text(body, charset="iso-8859-1", cte="quoted-printable"), subject_charset="iso-8859-1")


@positive("fr-rfc822-joint-rdv-nam", "fr", ["ramq_nam", "patient_name", "diagnosis"],
          "message d'origine joint en message/rfc822 ; NAM et diagnostic dans le message joint")
def _() -> bytes:
    inner = email_message(
        f"Secrétariat urologie <uro.secretariat@{SSSS}>", f"Paul-André Roy <pa.roy@{SSSS}>",
        "Annulation RDV cystoscopie",
        text(f"Bonjour Dr Roy,\n\nMme Diane Taylor ({nam('taylor_d')}) annule sa "
             "cystoscopie de contrôle du 6 octobre (suivi néo vessie pTa bas grade).\nElle demande un "
             "report en novembre.\n\nSecrétariat urologie\n"),
        crlf=False)
    outer = multipart("mixed",
                      text("Salut Nancy, peux-tu la replacer dans ta liste de novembre à la clinique externe? "
                           "Voir le message joint.\nMerci, P.-A.\n"),
                      attached_message(inner, "Annulation RDV cystoscopie.eml"))
    return email_message(f"Paul-André Roy <pa.roy@{SSSS}>", "Nancy Bédard <nbedard@uro-clinique.example.ca>",
                         "TR: Annulation RDV cystoscopie", outer)


@positive("fr-nam-coupe-fin-de-ligne", "fr", ["ramq_nam", "patient_name", "diagnosis"],
          "NAM coupé par un retour à la ligne du client de courriel")
def _() -> bytes:
    value = nam("leblanc_g", "compact")
    body = (f"Bonjour, la patiente Georgette Leblanc (NAM {value[:4]} {value[4:8]}\n{value[8:]}) est attendue en "
            "clinique de plaies mardi\npour son ulcère du pied diabétique. Elle aura sa culture de plaie faite "
            "sur place.\nMerci, Martine\n")
    return email_message(f"Martine Giroux <martine.giroux@{LAV}>", "plaies@podiatrie-exemple.ca",
                         "ulcère pied - RDV mardi", text(body, cte="8bit"))


@positive("fr-ics-comite-tumeurs-liste-cas", "fr", ["patient_name", "mrn", "diagnosis"],
          "invitation au comité des tumeurs, la description liste les cas avec dossiers")
def _() -> bytes:
    ics = """BEGIN:VCALENDAR
PRODID:-//Zimbra//ZCS 10//FR
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:7e61a2d0-3a1f-4f8b-9d0e-1b2c3d4e5f60
DTSTAMP:20260929T120000Z
DTSTART;TZID=America/Montreal:20261001T120000
DTEND;TZID=America/Montreal:20261001T133000
SUMMARY:Comité des tumeurs digestives - 1er octobre
DESCRIPTION:Cas présentés :\\n1. BOUCHARD Rita\\, dossier 1048812 - adénocarc
 inome tête du pancréas\\, bilan de résécabilité\\n2. GAGNON Manon\\, dossier
  2290341 - adénocarcinome gastrique diffus\\n3. LECLERC Jean-Guy\\, dossier 1
 958873 - hépatocarcinome sur cirrhose OH\\, Child A\\nTéléconférence pour les
  partenaires externes.
LOCATION:Teams / salle 4.120
ORGANIZER;CN=Coordination oncologie:mailto:onco.coord@chum.ssss.gouv.qc.ca
ATTENDEE;CN=Dr Caroline Nadeau;RSVP=TRUE:mailto:c.nadeau@gastro-clinique.example.ca
END:VEVENT
END:VCALENDAR
"""
    root = multipart("mixed",
                     text("Vous êtes invités au comité des tumeurs digestives de jeudi. Les cas sont dans l'invitation.\n"),
                     calendar(ics, filename="invite.ics"))
    return email_message(f"Coordination oncologie <onco.coord@{CHUM}>",
                         "Dr Caroline Nadeau <c.nadeau@gastro-clinique.example.ca>",
                         "Invitation : Comité des tumeurs digestives - 1er octobre", root)


@positive("fr-programme-operatoire-pdf", "fr", ["patient_name", "mrn", "diagnosis"],
          "programme opératoire du lendemain (PDF) envoyé à un anesthésiste dépanneur externe")
def _() -> bytes:
    doc = pdf("Programme opératoire – Salle 3 – jeudi 8 octobre 2026", [
        "07:45  SIMARD, Étienne      dossier 2210934  68 a  Cholécystectomie lap.  – lithiase vésiculaire",
        "09:30  DESJARDINS, France   dossier 0973315  57 a  Cholécystectomie lap.  – cholécystite chronique",
        "11:15  ST-PIERRE, Yvon      dossier 1320877  72 a  Sigmoïdectomie        – néo côlon sigmoïde T3",
        "14:00  LAVOIE, Denis        dossier 1184420  49 a  Cure hernie inguinale D – hernie inguinale",
        "",
        "Chirurgien : Dr P. Gauthier   Anesthésie : à confirmer (dépannage)",
        "ASA : Simard III (MPOC, FA sous apixaban – arrêt 48 h), St-Pierre II.",
    ])
    root = multipart("mixed", text("Bonjour Dr Laliberté,\n\nVoici le programme de votre journée de dépannage jeudi.\n"
                                   "Merci encore!\n\nCoordination du bloc\n"), binary(doc, PDF, "prog_op_salle3_0810.pdf"))
    return email_message(f"Coordination bloc <bloc.coord@{SSSS}>", "Dr Rémi Laliberté <remi.laliberte@anesthesie-exemple.ca>",
                         "Programme salle 3 - jeudi", root, crlf=True)


@positive("en-immunization-record-child", "en", ["patient_name", "date_of_birth"],
          "child's immunization record sent to a daycare at the parent's request")
def _() -> bytes:
    body = """Hello,

At the request of the child's mother, here is the immunization record of Nathan Girard
(born January 22, 2018) for your daycare file:

- DTaP-IPV-Hib: 2, 4, 6, 18 months
- Pneu-C-13: 2, 4, 12 months
- MMR-Var: 12 and 18 months
- Men-C-C: 12 months
- Hep B: 2 doses (school program pending)

He is up to date for his age.

Vaccination clinic - CLSC Chomedey
"""
    return email_message(f"Vaccination Chomedey <vaccination.chomedey@{LAV}>", "direction@garderie-soleil.example.ca",
                         "Immunization record - Nathan Girard", text(body, cte="7bit", charset="us-ascii"))


@positive("fr-valeur-critique-potassium", "fr", ["patient_name", "lab_result", "mrn"],
          "appel de valeur critique du laboratoire à un médecin joint sur son adresse personnelle")
def _() -> bytes:
    body = """VALEUR CRITIQUE – à communiquer au médecin traitant

MORIN, Noëlla – dossier 0873321 – ch. 412
K+ 6,8 mmol/L (prélevé 05:40) – hémolyse : non
Créatinine 388 µmol/L (hier 301)

Appel fait au poste 4 à 06:05, inf. Brigitte L. Le Dr Castonguay est de garde mais ne répond pas
au téléavertisseur, donc envoi à son adresse courriel.

Laboratoire de biochimie
"""
    return email_message(f"Biochimie LIS <biochimie.alertes@{SSSS}>", "pierre.castonguay@outlook.com",
                         "VALEUR CRITIQUE - K 6,8 - ch. 412", text(body, cte="quoted-printable"))


@positive("fr-eclosion-liste-lineaire-influenza", "fr", ["patient_name", "date_of_birth", "diagnosis", "lab_result"],
          "liste linéaire d'éclosion d'influenza en CHSLD transmise à la santé publique (XLSX)")
def _() -> bytes:
    sheet: list[list[object]] = [
        ["Nom", "Prénom", "DDN", "Chambre", "Début symptômes", "TAAN", "Complication"],
        ["Boucher", "Jeannine", "1941-10-17", "104", "2026-10-02", "Influenza A positif", "aucune"],
        ["Paquette", "Ginette", "1947-10-16", "108", "2026-10-03", "Influenza A positif", "pneumonie"],
        ["Lapointe", "Albert", "1943-12-12", "112", "2026-10-03", "Influenza A positif", "aucune"],
        ["Thibault", "Simone", "1942-11-26", "115", "2026-10-04", "en attente", "aucune"],
        ["Fournier", "Armand", "1941-07-27", "117", "2026-10-04", "Influenza A positif", "transfert CH"],
    ]
    body = ("Bonjour,\n\nCi-joint la liste linéaire à jour de l'éclosion d'influenza au 1er étage du CHSLD "
            "Sainte-Rose (5 résidents, 4 confirmés). Oseltamivir débuté chez tous les résidents de l'unité.\n\n"
            "Équipe PCI – CISSS de Laval\n")
    root = multipart("mixed", text(body), binary(xlsx({"Résidents": sheet}), XLSX, "liste_lineaire_eclosion_1er.xlsx"))
    return email_message(f"PCI Laval <pci@{LAV}>", "maladies.infectieuses@sante-publique-exemple.ca",
                         "Éclosion influenza CHSLD Ste-Rose - liste linéaire", root)


@positive("fr-avis-coroner-deces", "fr", ["patient_name", "mrn", "diagnosis"],
          "avis de décès au coroner")
def _() -> bytes:
    body = """Bonjour,

Avis de décès à déclarer au coroner (décès à la suite d'une chute) :

Nom : NADEAU, Gaétan – 74 ans
No de dossier : 1192384
Décès constaté le 05/10/2026 à 23 h 50 à l'unité 6B.
Circonstances : chute non témoignée dans la salle de bain le 03/10, hématome sous-dural aigu
à la TDM, patient sous apixaban pour FA. Orientation vers soins de confort après discussion avec
la famille (non neurochirurgical).

Dr Alain Rochon, médecin traitant
"""
    return email_message(f"Alain Rochon <alain.rochon@{SSSS}>", "avis@coroner-exemple.gouv.qc.ca",
                         "Avis de décès - chute - dossier 1192384", text(body, cte="base64"), crlf=True)


@positive("en-reply-chart-number-copd", "en", ["mrn", "patient_name", "diagnosis"],
          "reply quoting the clinic's question, with a chart number")
def _() -> bytes:
    body = """Hi Beth,

Yes, she was seen here. PFTs from August are in her chart (#4471029): FEV1 38% predicted,
consistent with severe COPD. I'll fax them this afternoon.

Rob

On Mon, Oct 5, 2026 at 9:12 AM Beth Harrington <bharrington@respirology-west.example.com> wrote:
> Hi Rob, do you have the latest PFTs for Margaret O'Brien? Our pulmonologist
> is seeing her Thursday for her home oxygen renewal.
> Thanks, Beth
"""
    return email_message(f"Robert Klein <robert.klein@{SSSS}>", "Beth Harrington <bharrington@respirology-west.example.com>",
                         "Re: PFTs", text(body, cte="7bit", charset="us-ascii"),
                         extra=[("In-Reply-To", "<CAF1x9k2=QpL@respirology-west.example.com>"),
                                ("References", "<CAF1x9k2=QpL@respirology-west.example.com>")])


@positive("en-insurer-attending-statement-pdf", "en", ["patient_name", "date_of_birth", "diagnosis"],
          "attending physician statement to a life insurer, in a PDF")
def _() -> bytes:
    doc = pdf("Attending Physician Statement", [
        "Insured / patient: Sofia Wilson            Date of birth: March 4, 1958",
        "Policy number: L-7734120-Q",
        "Diagnosis: major depressive disorder, recurrent, moderate (F33.1); generalized anxiety disorder.",
        "First consulted for this condition: 2025-11-03. Last visit: 2026-09-29.",
        "Current treatment: escitalopram 20 mg daily, CBT weekly.",
        "Restrictions: unable to perform own occupation at this time. Re-assessment in 8 weeks.",
        "Physician: Dr. Catherine Fraser, MD, CCFP",
    ])
    root = multipart("mixed",
                     text("Please find attached the completed Attending Physician Statement.\n\nDr. C. Fraser\n",
                          cte="7bit", charset="us-ascii"),
                     binary(doc, PDF, "APS_completed.pdf"))
    return email_message(f"Catherine Fraser <catherine.fraser@{SSSS}>", "lifeclaims@insurer-example.com",
                         "Completed APS - policy L-7734120-Q", root)


@positive("fr-reference-physio-ptg-nam", "fr", ["ramq_nam", "patient_name", "diagnosis"],
          "référence en physiothérapie externe après prothèse totale du genou")
def _() -> bytes:
    body = f"""Bonjour,

Référence en physiothérapie externe (priorité élevée) :
Martine Simard – {nam("simard_m", "dash")}
PTG genou D le 2026-10-14 (arthrose tricompartimentale), MEC selon tolérance.
Flexion 85° au congé, extension -5°. Objectifs : flexion 110°, marche sans aide technique.

Physiothérapie – unité d'orthopédie
"""
    return email_message(f"Physio ortho <physio.ortho@{SSSS}>", "accueil@physio-ahuntsic.example.ca",
                         "Référence physio - PTG", text(body, cte="quoted-printable"), crlf=True)


@positive("fr-alerte-allergie-penicilline", "fr", ["patient_name", "diagnosis", "medication"],
          "alerte d'allergie grave transmise à la pharmacie communautaire")
def _() -> bytes:
    body = """Bonjour,

Mise à jour importante au profil de votre cliente Simone Thibault (Laval) :
réaction anaphylactique à la pénicilline (amoxicilline) le 02/10/26 – adrénaline IM x2 à l'urgence.
Allergie confirmée, à inscrire au dossier. Éviter aussi céfalexine par prudence.
EpiPen 0,3 mg prescrit.

Pharmacienne – Urgence Cité-de-la-Santé
"""
    return email_message(f"Pharmacie urgence <pharm.urg@{LAV}>", "pharmacien@pharmacie-laval-ouest.example.ca",
                         "Allergie - Mme Thibault", text(body, cte="8bit"))


@positive("en-interpreter-request-lymphoma", "en", ["patient_name", "diagnosis"],
          "interpreter booking naming the patient and a new cancer diagnosis")
def _() -> bytes:
    body = """Hello,

We need a Punjabi interpreter (in person if possible) for:

Patient: Harpreet Singh Sandhu
Date: Tuesday Oct 13, 10:30, Hematology clinic, 4th floor
Purpose: disclosure of new diagnosis of diffuse large B-cell lymphoma and discussion of R-CHOP.
Expected length: 90 minutes. Family (son) will attend.

Thank you,
Hematology clinic
"""
    return email_message(f"Hematology clinic <hemato.clinic@{CHUM}>", "bookings@interpretation-services.example.org",
                         "Interpreter request - Oct 13", text(body, cte="7bit", charset="us-ascii"))


@positive("fr-doublon-dossiers-ddn", "fr", ["patient_name", "date_of_birth", "mrn"],
          "fusion de deux dossiers en double d'un même usager")
def _() -> bytes:
    body = """Bonjour,

Nous avons un doublon à fusionner dans l'index patient :
NADEAU Gilles, né le 1933-06-03
- no de dossier 1029384 (créé 2019)
- no de dossier 1102938 (créé à l'urgence le 2026-10-02, nom saisi « NADAUD »)
Même adresse et même téléphone. Pouvez-vous faire la fusion dans le DSQ/index de votre côté?

Archives – Hôpital Santa Cabrini
"""
    return email_message(f"Archives Santa Cabrini <archives.hsc@{SSSS}>", "soutien@index-patient-fournisseur.example.com",
                         "Doublon index patient", text(body))


@positive("fr-signalement-social-violence", "fr", ["patient_name", "date_of_birth", "diagnosis"],
          "information sociale : patiente enceinte, violence conjugale, référence maison d'hébergement")
def _() -> bytes:
    body = """Bonjour Mme Leduc,

Comme discuté au téléphone, je vous réfère Mme Marie-Ève Ouellet (27/08/93), enceinte de 28 semaines,
suivie ici en obstétrique. Elle nous a confié vivre de la violence conjugale (physique et
financière) et souhaite quitter le domicile cette semaine avec sa fille de 3 ans.
Grossesse sans particularité sauf anémie (Hb 98) et un diabète gestationnel sous diète.

Elle ne doit PAS être contactée sur son cellulaire; passer par moi au 514 555-0137.

Valérie Gingras, T.S.
Service social – Obstétrique
"""
    return email_message(f"Valérie Gingras <valerie.gingras@{CHUM}>", "Mme Leduc <intervention@maison-hebergement.example.org>",
                         "Référence - confidentiel", text(body, cte="quoted-printable"), crlf=True)


@positive("fr-message-telephonique-xarelto", "fr", ["patient_name", "medication"],
          "message téléphonique d'un patient relayé au médecin sur son adresse Hotmail")
def _() -> bytes:
    body = """Dr, message de M. Daniel Leblanc (450 555-0172) :
douleur au mollet G depuis 2 jours, un peu enflé. Il prend Xarelto 20 mg depuis son embolie
de mars et se demande s'il doit aller à l'urgence ou attendre son RDV du 20.
Je lui ai dit que vous le rappelleriez avant 16 h.
– Réception
"""
    return email_message(f"Réception GMF <reception.gmf@{SSSS}>", "dr.bernier.clinique@hotmail.com",
                         "Message tél. - Leblanc", text(body, cte="8bit"))


@positive("en-subject-name-hba1c", "en", ["patient_name", "lab_result"],
          "lab result in the body, patient's name in the subject only")
def _() -> bytes:
    body = """Her HbA1c came back at 9.2% (was 7.4% in March), fasting glucose 11.8, LDL 3.6.
Can you squeeze her in next week to adjust treatment?

Thanks, Anita
"""
    return email_message(f"Anita Desai <anita.desai@{SSSS}>", "Front desk <frontdesk@diabetes-centre.example.com>",
                         "PATEL, Anjali - labs", text(body, cte="7bit", charset="us-ascii"))


@positive("fr-html-lettre-orthopedie-nam", "fr", ["ramq_nam", "patient_name", "date_of_birth", "diagnosis"],
          "lettre de référence en HTML (Outlook) avec NAM dans un tableau")
def _() -> bytes:
    html = f"""<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="FR-CA"><div class="WordSection1">
<p class="MsoNormal">Bonjour,<o:p></o:p></p>
<p class="MsoNormal">Je vous réfère ce jeune patient pour une évaluation en orthopédie :<o:p></o:p></p>
<table class="MsoTableGrid" border="1">
<tr><td><b>Nom</b></td><td>Pelletier, Nicolas</td></tr>
<tr><td><b>Date de naissance</b></td><td>28 mai 2003</td></tr>
<tr><td><b>NAM</b></td><td>{nam("pelletier_n", "space")}</td></tr>
<tr><td><b>Motif</b></td><td>Déchirure du LCA genou G (IRM 2026-09-30), instabilité au pivot, joueur de soccer</td></tr>
</table>
<p class="MsoNormal">Merci,<o:p></o:p></p>
<p class="MsoNormal">Dr Kevin Beauchemin<br>Médecine du sport<o:p></o:p></p>
</div></body></html>"""
    root = multipart("alternative",
                     text("Bonjour,\n\nJe vous réfère ce jeune patient pour une évaluation en orthopédie :\n"
                          f"Nom : Pelletier, Nicolas\nDate de naissance : 28 mai 2003\nNAM : {nam('pelletier_n')}\n"
                          "Motif : déchirure du LCA genou G\n\nMerci,\nDr Kevin Beauchemin\n"),
                     text(html, subtype="html", cte="quoted-printable"))
    return email_message(f"Kevin Beauchemin <kevin.beauchemin@{SSSS}>", "references@ortho-sport-exemple.ca",
                         "Référence ortho - LCA", root)


@positive("en-med-rec-docx", "en", ["patient_name", "mrn", "medication"],
          "best possible medication history (DOCX) to the community pharmacist")
def _() -> bytes:
    doc = docx("Best Possible Medication History", [
        "Patient: Samuel Smith     MRN 2650019     Unit 5 West",
        "Sources: patient interview, community pharmacy profile, DSQ.",
    ], table=[
        ["Medication", "Dose", "Frequency", "Comment"],
        ["Levetiracetam", "750 mg", "BID", "taking as prescribed"],
        ["Lamotrigine", "100 mg", "BID", "missed doses last week"],
        ["Sertraline", "50 mg", "daily", "started by GP in August"],
        ["Melatonin", "3 mg", "HS", "OTC"],
    ], author="Pharmacy 5W")
    root = multipart("mixed",
                     text("Hi,\n\nAttached is the BPMH done on admission; could you confirm the lamotrigine fill "
                          "dates?\n\nThanks,\nPharmacy 5 West\n", cte="7bit", charset="us-ascii"),
                     binary(doc, DOCX, "BPMH.docx"))
    return email_message(f"Pharmacy 5W <pharmacy.5w@{CHUM}>", "rx@familypharmacy-example.ca",
                         "BPMH - please confirm fill dates", root, crlf=True)


@positive("fr-pediatrie-tdah-nam-enfant", "fr", ["ramq_nam", "patient_name", "diagnosis", "medication"],
          "plan pour l'infirmière scolaire : enfant, NAM, TDAH, méthylphénidate")
def _() -> bytes:
    body = f"""Bonjour Mme Allard,

À la demande des parents, voici les informations pour l'administration de la médication à l'école :
Léo Savard, 11 ans (6e année, groupe 602), NAM {nam("savard_l", "space2")}
Diagnostic : TDAH type combiné.
Médication : méthylphénidate (Biphentin) 20 mg le matin à la maison; PAS de dose à l'école.
Effets à surveiller : perte d'appétit au dîner, maux de tête.

Dre Émilie Rousseau, pédiatre
"""
    return email_message(f"Émilie Rousseau <emilie.rousseau@{LAV}>", "infirmiere@ecole-primaire-exemple.qc.ca",
                         "Léo Savard - plan médication", text(body))


@positive("fr-facturation-nam-compact-liste", "fr", ["ramq_nam", "patient_name"],
          "liste de NAM compacts pour corriger des demandes de paiement refusées")
def _() -> bytes:
    body = f"""Bonjour Sylvain,

Les 4 demandes de paiement suivantes ont été refusées (code 093, NAM invalide à la saisie). Voici les
bons NAM à resoumettre :

BELANGER JOSEE      {nam("belanger", "compact")}   visite 2026-09-15
FORTIN ESTELLE      {nam("fortin", "compact")}   visite 2026-09-16
GAUTHIER JEAN-FRANCOIS {nam("gauthier_jf", "compact")} visite 2026-09-16
MARTEL DAVID        {nam("martel", "compact")}   visite 2026-09-18

Merci
Agente de facturation – GMF Rosemont
"""
    return email_message(f"Facturation GMF <facturation.gmf@{SSSS}>", "sylvain@agence-facturation.example.ca",
                         "Refus 093 à resoumettre", text(body, cte="quoted-printable"))


# ============================================================================================
# Writing and checking
# ============================================================================================


def _validate_identifier(kind: str, value: str) -> bool:
    from stdnum import luhn
    from stdnum.be import nn
    from stdnum.ca import bc_phn, sin
    from stdnum.fr import nir

    if kind == "ramq_nam":
        return value in NAM.values()
    if kind == "ca_sin":
        return sin.is_valid(value)
    if kind == "be_niss":
        return nn.is_valid(value)
    if kind == "fr_nir":
        return nir.is_valid(value)
    if kind == "ca_health_number":
        return bc_phn.is_valid(value) if value.startswith("9") else (len(value) == 10 and luhn.is_valid(value))
    return False


def check(labels: dict[str, dict[str, object]]) -> list[str]:
    """Every file parses without defects; every written identifier validates and is labelled."""
    import email
    from email import policy

    problems: list[str] = []
    for path, label in labels.items():
        message = email.message_from_bytes((HERE / path).read_bytes(), policy=policy.default)
        for header in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
            if message[header] is None:
                problems.append(f"{path}: no {header}")
        for part in message.walk():
            if part.defects:
                problems.append(f"{path}: {part.get_content_type()} defects {part.defects}")
            if part.get_content_maintype() == "text":
                part.get_content()
        types = label["types"]
        assert isinstance(types, list)
        for kind, value in WRITTEN_IDS.get(path, []):
            if not _validate_identifier(kind, value):
                problems.append(f"{path}: {kind} {value} does not validate")
            if label["confidential"] and kind not in types:
                problems.append(f"{path}: {kind} written but not labelled")
    return problems


def main() -> int:
    labels: dict[str, dict[str, object]] = {}
    for folder in ("positive", "negative"):
        (HERE / folder).mkdir(exist_ok=True)
        for old in (HERE / folder).glob("*.eml"):
            old.unlink()
    for entry in ENTRIES:
        if entry.path in labels:
            raise SystemExit(f"duplicate message name {entry.path}")
        _current[0] = entry.path
        (HERE / entry.path).write_bytes(entry.build())
        labels[entry.path] = {
            "confidential": entry.path.startswith("positive/"),
            "types": sorted(entry.types),
            "lang": entry.lang,
            "note": entry.note,
        }
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False, sort_keys=True) + "\n",
                                      encoding="utf-8")
    problems = check(labels)
    for problem in problems:
        print(problem, file=sys.stderr)
    positives = sum(1 for label in labels.values() if label["confidential"])
    print(f"{len(labels)} messages: {positives} positive, {len(labels) - positives} negative")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
