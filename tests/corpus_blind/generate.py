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
    if charset == "us-ascii" and not body.isascii():  # the mail client would have upgraded the charset
        charset, cte = "utf-8", ("8bit" if cte == "7bit" else cte)
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
        crlf = rng.random() < 0.3
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
    root = multipart("mixed", text(body),
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
                         "Numérisation urgente", text(body, cte="8bit"))


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
# NEGATIVES: nobody identifiable is a patient
# ============================================================================================


@negative("fr-infolettre-diabete-statistiques", "fr",
          "infolettre HTML sur le diabète : statistiques agrégées, médicaments, aucun patient identifiable")
def _() -> bytes:
    html = """<html><body style="font-family:Arial">
<h2>Infolettre du Centre du diabète – Automne 2026</h2>
<p>Cette année, notre clinique a suivi <b>1 284 patients</b> diabétiques, dont 42 patients diabétiques de
type 1 sous pompe à insuline. L'HbA1c médiane est passée de 7,9 % à 7,4 %.</p>
<h3>Nouveautés</h3>
<ul>
<li>Le sémaglutide (Ozempic) est de nouveau disponible après la pénurie du printemps.</li>
<li>Les iSGLT2 (empagliflozine, dapagliflozine) sont maintenant recommandés dès le diagnostic d'IRC
chez le DB2 avec RAC &gt; 3 mg/mmol.</li>
<li>Nouvelle classe de groupe : « Vivre avec le DB2 », les mardis à 13 h 30.</li>
</ul>
<p>Merci à toute l'équipe, et particulièrement à Mme Lucie Tremblay, nutritionniste, qui prend sa retraite
après 31 ans.</p>
<p style="font-size:small">Pour vous désabonner, répondez « désabonner ».</p>
</body></html>"""
    root = multipart("alternative",
                     text("Infolettre du Centre du diabète – Automne 2026. Version texte : voir la version HTML.\n"),
                     text(html, subtype="html", cte="quoted-printable"))
    return email_message(f"Centre du diabète <centre.diabete@{CHUM}>", "liste-partenaires@example.org",
                         "Infolettre - Centre du diabète - automne 2026", root)


@negative("fr-programme-congres-nephrologie-pdf", "fr",
          "programme de congrès : conférenciers Dr/Dre et sujets de maladies (IRC, HTA, dialyse)")
def _() -> bytes:
    doc = pdf("Journée québécoise de néphrologie – 20 novembre 2026", [
        "08:30  Accueil et mot de bienvenue – Dre Nathalie Gagnon, présidente",
        "09:00  IRC et iSGLT2 : où en sommes-nous en 2026? – Dr Marc-André Gosselin, CHUM",
        "09:45  HTA résistante : approche pratique – Dre Sophie Bélanger, CIUSSS de l'Estrie",
        "10:30  Pause et visite des exposants",
        "11:00  Hyperkaliémie chronique : patiromer vs SZC – Dr Kevin O'Neil, Hôpital d'Ottawa",
        "11:45  Dialyse péritonéale à domicile chez la personne âgée – Mme Julie Caron, inf. M. Sc.",
        "12:30  Dîner",
        "13:30  Cas cliniques interactifs (anonymisés) – Dr Pierre Bouchard et Dre Émilie Roy",
        "15:00  Greffe rénale de donneur vivant : résultats québécois 2015-2025 – Dr Luc Fortin",
        "Inscription : 175 $ (médecins), 90 $ (infirmières, pharmaciens). Crédits : 5,5 h section 1.",
    ])
    root = multipart("mixed",
                     text("Bonjour,\n\nVous trouverez ci-joint le programme final de la Journée québécoise de "
                          "néphrologie. Au plaisir de vous y voir!\n\nLe comité organisateur\n"),
                     binary(doc, PDF, "Programme_JQN_2026.pdf"))
    return email_message(f"Comité JQN <jqn2026@{CHUM}>", "membres@societe-nephrologie-exemple.ca",
                         "Programme final - Journée québécoise de néphrologie", root, crlf=True)


@negative("en-grand-rounds-ics", "en",
          "grand rounds invitation (.ics): speaker and disease topic, no patient")
def _() -> bytes:
    ics = """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E0080000000070A1
DTSTAMP:20260925T150000Z
DTSTART;TZID=Eastern Standard Time:20261007T080000
DTEND;TZID=Eastern Standard Time:20261007T090000
SUMMARY:Medical Grand Rounds - Dr. Sarah Levine - HFpEF in 2026: SGLT2i and beyond
DESCRIPTION:Speaker: Sarah Levine\\, MD\\, FRCPC (Cardiology). Objectives: review the evidence for
  SGLT2 inhibitors in heart failure with preserved ejection fraction\\; discuss finerenone\\; case-based
  discussion (de-identified). Moderator: Jean Tremblay\\, M.D.\\, FRCPC.
LOCATION:Amphitheatre B / Zoom
ORGANIZER;CN=CME Office:mailto:cme@chum.ssss.gouv.qc.ca
END:VEVENT
END:VCALENDAR
"""
    root = multipart("alternative",
                     text("Medical Grand Rounds - Dr. Sarah Levine - HFpEF in 2026: SGLT2i and beyond\n"
                          "Wednesday Oct 7, 8:00-9:00, Amphitheatre B or Zoom.\n", cte="7bit", charset="us-ascii"),
                     calendar(ics))
    return email_message(f"CME Office <cme@{CHUM}>", "affiliates@example.org", "Medical Grand Rounds - Oct 7", root)


@negative("fr-proces-verbal-comite-pharmacologie-docx", "fr",
          "procès-verbal du comité de pharmacologie : membres nommés (Mme/M./Dre), décisions sur des médicaments")
def _() -> bytes:
    doc = docx("Comité de pharmacologie – procès-verbal de la réunion du 16 septembre 2026", [
        "Présents : Dre Isabelle Ferland (présidente), M. Jean-Philippe Côté, pharm., Mme Nathalie Roy, inf., M. Sc., "
        "Dr Hugo Lachance, Mme Caroline Vachon (secrétaire).",
        "Absente : Dre Louise Caron.",
        "1. Adoption de l'ordre du jour : proposée par M. Côté, appuyée par Dre Ferland.",
        "2. Ajout au formulaire : finérénone 10 mg et 20 mg pour l'IRC associée au DB2 (critères d'utilisation "
        "à rédiger par M. Côté).",
        "3. Retrait : ranitidine (retirée du marché).",
        "4. Ordonnance collective d'ajustement de la warfarine : révisée, INR cible 2-3 sauf valve mécanique mitrale "
        "(2,5-3,5). Entrée en vigueur le 1er novembre.",
        "5. Statistiques : 18 événements indésirables liés aux anticoagulants au 2e trimestre (14 au 1er).",
        "Prochaine réunion : 21 octobre 2026, 12 h, salle 3.104.",
    ], author="Caroline Vachon")
    root = multipart("mixed", text("Bonjour à tous,\n\nVoici le PV de la dernière rencontre pour approbation.\n\n"
                                   "Caroline Vachon\nSecrétaire du comité\n"),
                     binary(doc, DOCX, "PV_comite_pharmaco_2026-09-16.docx"))
    return email_message(f"Caroline Vachon <caroline.vachon@{SSSS}>", ["jp.cote@pharmacie-conseil.example.ca",
                         "Dre Louise Caron <lcaron@example.org>"], "PV comité de pharmacologie - 16 sept.", root)


@negative("fr-horaire-vacances-personnel-xlsx", "fr", "horaire de vacances du personnel infirmier (XLSX)")
def _() -> bytes:
    sheet: list[list[object]] = [
        ["Employé", "Matricule", "Titre", "Début", "Fin", "Remplacement"],
        ["Tremblay, Julie", "1045523", "Infirmière clinicienne", "2026-12-21", "2027-01-03", "Liste de rappel"],
        ["Côté, Marc", "1102876", "Infirmier auxiliaire", "2026-12-24", "2026-12-31", "Gagnon, Manon"],
        ["Bouchard, Sylvie", "0998812", "Préposée aux bénéficiaires", "2026-12-26", "2027-01-08", "Équipe volante"],
        ["Nguyen, Thi", "1210044", "Infirmière", "2027-01-02", "2027-01-16", "Liste de rappel"],
    ]
    root = multipart("mixed", text("Bonjour,\n\nVoici l'horaire des vacances des Fêtes approuvé pour l'unité 5B. "
                                   "SVP vérifier vos dates.\n\nAssistante infirmière-chef\n"),
                     binary(xlsx({"Vacances Fêtes": sheet}), XLSX, "vacances_fetes_5B.xlsx"))
    return email_message(f"AIC 5B <aic.5b@{CHUM}>", "julie.tremblay.inf@gmail.com", "Vacances des Fêtes 5B", root)


@negative("fr-paie-matricule-employe", "fr", "problème de paie : matricule d'employé à 7 chiffres, numéro de dossier RH")
def _() -> bytes:
    body = """Bonjour M. Girard,

Suite à votre appel, votre dossier a été vérifié : la prime de soir n'a pas été appliquée sur la paie
du 24 septembre (matricule 1087734, période 19). Le correctif sera fait à la paie du 8 octobre.
Numéro de dossier RH : 2026-04471.

N'hésitez pas si vous avez d'autres questions.

Service de la paie – Direction des ressources humaines
"""
    return email_message(f"Service de la paie <paie@{LAV}>", "marc.girard.1979@videotron.example.ca",
                         "Votre demande - prime de soir", text(body))


@negative("fr-offre-emploi-infirmiere-clinicienne", "fr", "offre d'emploi : infirmière clinicienne en hémodialyse")
def _() -> bytes:
    body = """OFFRE D'EMPLOI – Infirmière clinicienne / infirmier clinicien
Unité d'hémodialyse – Hôpital de la Cité-de-la-Santé (Laval)
Poste permanent temps complet, 36,25 h/sem., jour (rotation 1 fin de semaine sur 3)

Vous aimez la néphrologie et la relation à long terme avec les patients? Vous prendrez en charge
des patients atteints d'IRC terminale en hémodialyse, évaluerez les accès vasculaires (FAV, cathéters)
et ajusterez les traitements selon les ordonnances collectives (anémie, bilan phosphocalcique).

Exigences : BAC en sciences infirmières, membre de l'OIIQ; expérience en soins critiques un atout.
Salaire : 31,85 $ à 55,75 $ l'heure selon l'expérience + primes.
Affichage no 2026-LAV-0932, jusqu'au 16 octobre.

Pour postuler : emplois.cisss-lav.example.ca
"""
    return email_message(f"Recrutement CISSS de Laval <recrutement@{LAV}>", "offres@ordre-infirmieres-exemple.ca",
                         "Affichage 2026-LAV-0932 - infirmière clinicienne hémodialyse", text(body), crlf=True)


@negative("fr-facture-fournisseur-tps-tvq", "fr",
          "facture d'un fournisseur : numéros de TPS/TVQ (NE valide Luhn), numéro de commande à 7 chiffres")
def _() -> bytes:
    business = _luhn_complete(str(rng.randrange(7, 9)) + "".join(str(rng.randrange(10)) for _ in range(7)))
    body = f"""Bonjour,

Veuillez trouver ci-dessous le détail de la facture F-2026-18832.

Client : CHUM – Approvisionnement, 1051 rue Sanguinet, Montréal
Votre bon de commande : 4470219
Date de livraison : 2026-09-29

  Qté  Article                                   Prix unit.   Total
  40   Gants nitrile M, boîte de 200 (NIT-200M)      14,95     598,00
  12   Pansements Aquacel Ag 10x10 (boîte de 10)     89,50   1 074,00
   6   Tubulures pompe à perfusion (boîte de 20)    142,00     852,00
                                             Sous-total    2 524,00
                                   TPS {business} RT0001      126,20
                                   TVQ 1219846533 TQ0001      251,77
                                             Total         2 901,97

Conditions : net 30 jours. Merci de votre confiance!
Distributions Médicales Laurentides inc.
"""
    return email_message(f"Approvisionnement CHUM <approvisionnement@{CHUM}>",
                         "comptes.payables@dml-medical.example.ca",
                         "TR: Facture F-2026-18832 - BC 4470219", text(body, cte="quoted-printable"))


@negative("fr-rappel-lots-vaccins", "fr", "liste de numéros de lot de vaccins à retirer des frigos")
def _() -> bytes:
    body = """Bonjour,

Suite à un bris de chaîne de froid chez le distributeur, les lots suivants doivent être mis en
quarantaine (NE PAS UTILISER) et retournés :

Produit            Lot        Exp.       Qté
Shingrix           AB7F2K41   2027-03    30
Prevnar 20         GX4412     2027-01    25
Boostrix           AC37B584AB 2026-12    40
Fluzone HD 26-27   UT8231DA   2027-06    120

Numéro de suivi du retour : RET-0093318. Aucune dose de ces lots n'a été administrée selon nos registres.

Pharmacie – approvisionnement vaccins
"""
    return email_message(f"Vaccins pharmacie <vaccins.pharmacie@{LAV}>", "cliniques-vaccination@example.org",
                         "Quarantaine lots de vaccins", text(body, cte="8bit"))


@negative("en-imei-phone-inventory", "en", "list of IMEI numbers of unit phones sent to the carrier (Luhn-valid 15 digits)")
def _() -> bytes:
    lines = []
    for unit in ("5W", "5E", "6W", "6E", "ICU-A", "ICU-B"):
        imei = _luhn_complete("35" + "".join(str(rng.randrange(10)) for _ in range(12)))
        lines.append(f"{unit:6} Spectralink 9640  IMEI {imei}  ext. 4{rng.randrange(100, 999)}")
    body = ("Hello,\n\nPlease activate the following replacement handsets on our corporate plan (account "
            "88-4410-2291):\n\n" + "\n".join(lines) + "\n\nThanks,\nTelecom services\n")
    return email_message(f"Telecom services <telecom@{SSSS}>", "enterprise.support@carrier-example.com",
                         "Handset activation - 6 units", text(body, cte="7bit", charset="us-ascii"), crlf=True)


@negative("fr-formulaire-reference-vierge-docx", "fr",
          "formulaire de référence vierge : champs Nom, NAM, DDN, diagnostic à remplir")
def _() -> bytes:
    doc = docx("Formulaire de demande de consultation – Gériatrie", [
        "Nom de l'usager : ______________________   Prénom : __________________",
        "NAM : ____ ____ ____   Date de naissance : AAAA-MM-JJ   No de dossier : ___________",
        "Raison de la demande : ☐ chutes  ☐ troubles cognitifs  ☐ polypharmacie  ☐ perte d'autonomie",
        "Diagnostics actifs : ____________________________________________",
        "Médication actuelle (joindre la liste) : __________________________",
        "Médecin référent : __________________   No de permis : ________",
        "Retourner par télécopieur au 514 555-0190.",
    ], author="Gériatrie")
    root = multipart("mixed",
                     text("Bonjour,\n\nVoici la nouvelle version du formulaire de demande de consultation en "
                          "gériatrie, à utiliser à partir du 1er novembre.\n\nSecrétariat de gériatrie\n"),
                     binary(doc, DOCX, "Formulaire_consult_geriatrie_v2026.docx"))
    return email_message(f"Gériatrie <geriatrie@{CHUM}>", "medecins-referents@example.org",
                         "Nouveau formulaire de consultation en gériatrie", root)


@negative("fr-statistiques-agregees-urgence", "fr", "statistiques agrégées de l'urgence : nombres de patients, DMS, diagnostics")
def _() -> bytes:
    body = """Bonjour à tous,

Voici le tableau de bord de l'urgence pour septembre 2026 :

- 6 842 visites (+4 % vs sept. 2025), dont 1 911 sur civière
- DMS sur civière : 18,4 h (cible 12 h); 312 patients de 75 ans et plus ont séjourné > 24 h
- Principaux diagnostics à l'admission : pneumonie (142), ICC (97), MPOC exacerbée (88), IRA (61), AVC (44)
- 42 patients diabétiques admis pour acidocétose ou hypoglycémie sévère
- Taux de départ sans être vu : 7,9 %

Merci pour vos efforts soutenus.

Direction des services professionnels
"""
    return email_message(f"DSP <dsp@{LAV}>", "medecins-urgence@example.org", "Tableau de bord urgence - septembre",
                         text(body, cte="quoted-printable"), crlf=True)


@negative("fr-cas-anonymise-club-lecture", "fr",
          "cas clinique anonymisé (âge, sexe, valeurs) pour un club de lecture, aucun nom")
def _() -> bytes:
    body = """Bonjour les résidents,

Pour le club de lecture de jeudi, voici le cas (anonymisé) qui accompagne l'article :

Homme de 67 ans, DB2, HTA, tabagisme actif. Consulte pour DRS de 3 h. ECG : sous-décalage ST en
V4-V6. Troponine hs 412 puis 1 380 ng/L. Cr 212 µmol/L (base inconnue), K 5,9, Hb 118.
NSTEMI avec IRA probable. Questions :
1. Coronarographie précoce malgré la fonction rénale?
2. Quelle anticoagulation (héparine vs fondaparinux)?
3. Place des iSGLT2 au congé?

Article : « Invasive vs conservative strategy in NSTEMI with CKD », NEJM 2026.

Bonne lecture,
Jean Tremblay, M.D., FRCPC
Responsable de l'enseignement, médecine interne
"""
    return email_message(f"Jean Tremblay <jean.tremblay.md@{CHUM}>", "residents-mi@example.org",
                         "Club de lecture jeudi - cas NSTEMI + IRC", text(body, cte="8bit"))


@negative("fr-bulletin-penurie-furosemide", "fr", "bulletin de pénurie de médicaments : furosémide, alternatives")
def _() -> bytes:
    body = """BULLETIN PÉNURIE – 2026-10-02

Furosémide 40 mg comprimés (DIN 02247371) : rupture d'approvisionnement prévue jusqu'en décembre.
Conduite :
- Utiliser les comprimés de 20 mg (2 co) tant que les stocks le permettent.
- Pour les patients stables en ICC, le bumétanide 1 mg est une alternative (1 mg équivaut à environ 40 mg de furosémide).
- Ne pas convertir les patients en IRC avancée sans avis du néphrologue.

Aussi en pénurie : amoxicilline suspension 250 mg/5 mL (pédiatrie) – voir le guide de substitution.

Département de pharmacie
"""
    return email_message(f"Pharmacie <departement.pharmacie@{SSSS}>", "pharmaciens-communautaires@example.org",
                         "Bulletin pénurie - furosémide 40 mg", text(body, charset="windows-1252", cte="quoted-printable"))


@negative("fr-avis-ti-nas-maintenance", "fr", "avis TI : maintenance du NAS (stockage réseau), adresses IP, billet")
def _() -> bytes:
    body = """AVIS DE MAINTENANCE – Services TI

Le NAS départemental (NAS-RADIO-02, 10.42.18.7) sera hors service le samedi 10 octobre de 22 h à 2 h
pour une mise à jour du micrologiciel. Les partages \\\\nas-radio-02\\protocoles et \\\\nas-radio-02\\gestion
seront inaccessibles. Le PACS n'est PAS touché.

Billet de changement : CHG0049812. Numéro de série de l'appareil : 2145SX04471.
Pour toute question : poste 44357.

Centre de services TI
"""
    return email_message(f"Centre de services TI <servicesti@{SSSS}>", "partenaire.ti@fournisseur-stockage.example.com",
                         "Maintenance NAS-RADIO-02 samedi", text(body))


@negative("fr-naissance-bebe-collegue", "fr", "annonce de la naissance du bébé d'une collègue (née le..., poids)")
def _() -> bytes:
    body = """Bonne nouvelle pour toute l'équipe!

Notre collègue Julie Desrosiers a accouché de sa petite Léa, née le 3 octobre à 6 h 40, 3,2 kg
(7 lb 1 oz). Maman et bébé se portent à merveille et rentrent à la maison demain.

On fait une collecte pour un cadeau : enveloppe au poste des infirmières jusqu'à vendredi.

Karine
"""
    return email_message(f"Karine Lemieux <karine.lemieux@{CHUM}>", "karine.lemieux.perso@gmail.com",
                         "Bébé de Julie!!", text(body, cte="8bit"))


@negative("fr-horaire-garde-cardiologie", "fr",
          "horaire de garde des cardiologues, signatures « M.D., FRCPC »")
def _() -> bytes:
    body = """Bonjour,

Horaire de garde de cardiologie – octobre 2026

Sem. du 5 oct.   Dr Hugo Lachance (hémodynamie) / Dre Anna Kowalski (clinique)
Sem. du 12 oct.  Dre Sophie Bélanger / Dr Marc Gendron
Sem. du 19 oct.  Dr Jean Tremblay / Dre Anna Kowalski
Sem. du 26 oct.  Dr Hugo Lachance / Dr Pierre Caron

Les échanges doivent être signalés à la téléphoniste (poste 0) ET à moi.

Merci,
Jean Tremblay, M.D., FRCPC
Chef du service de cardiologie
"""
    return email_message(f"Jean Tremblay <jean.tremblay.md@{CHUM}>", ["standard@example.org", "hugo.lachance@gmail.com"],
                         "Garde cardio octobre", text(body, cte="quoted-printable"), crlf=True)


@negative("fr-reponse-automatique-absence", "fr", "réponse automatique d'absence du bureau")
def _() -> bytes:
    body = """Bonjour,

Je suis absente du bureau jusqu'au 19 octobre inclusivement, avec un accès limité à mes courriels.
Pour toute urgence clinique, veuillez communiquer avec l'infirmière de liaison au 514 555-0155.
Pour les demandes de rendez-vous, écrivez à rdv.neuro@chum.ssss.gouv.qc.ca.

Merci,
Nathalie Roy, inf., M. Sc.
Infirmière praticienne spécialisée – Neurologie

I am out of the office until October 19 with limited access to e-mail.
"""
    return email_message(f"Nathalie Roy <nathalie.roy@{CHUM}>", "info@fournisseur-exemple.ca",
                         "Réponse automatique : Soumission pompes", text(body),
                         extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])


@negative("fr-approbation-comite-ethique", "fr", "approbation du comité d'éthique de la recherche (numéro de projet)")
def _() -> bytes:
    body = """Madame, Monsieur,

Le Comité d'éthique de la recherche a approuvé le projet suivant :

Titre : Effet d'un programme de marche supervisée sur la fonction physique des personnes âgées
hospitalisées pour insuffisance cardiaque – essai randomisé pilote
Numéro du projet : MP-02-2026-11834
Chercheuse principale : Dre Émilie Rousseau
Nombre de participants prévu : 60
Approbation valide du 2026-10-01 au 2027-09-30.

Le formulaire de consentement version 3 du 2026-09-18 est approuvé.

Bureau du CER
"""
    return email_message(f"Bureau du CER <cer@{CHUM}>", "erousseau@universite-exemple.ca",
                         "Approbation CER - MP-02-2026-11834", text(body, cte="quoted-printable"))


@negative("en-parking-notice", "en", "parking garage closure notice for staff")
def _() -> bytes:
    body = """Dear staff and physicians,

Parking garage P2 (level 3 and 4) will be closed from October 13 to 16 for resurfacing.
Permit holders may use the P4 lot on Rue Saint-Denis; the shuttle will run every 15 minutes
between 6:00 and 20:00. Permit numbers remain valid; no action needed.

Questions: parking office, ext. 33120.

Logistics - Parking services
"""
    return email_message(f"Parking services <parking@{CHUM}>", "staff-list@example.org", "P2 garage closure Oct 13-16",
                         text(body, cte="7bit", charset="us-ascii"))


@negative("en-resident-rotation-schedule-xlsx", "en", "residents' rotation schedule (XLSX), staff names only")
def _() -> bytes:
    sheet: list[list[object]] = [
        ["Resident", "PGY", "Block 4 (Oct 5-Nov 1)", "Block 5 (Nov 2-29)", "Call nights"],
        ["Alexandre Demers", 3, "CTU-A", "Nephrology", 6],
        ["Priya Raman", 4, "ICU", "ICU", 7],
        ["Olivia Chen", 1, "CTU-B", "Emergency", 5],
        ["Samuel Okafor", 2, "Cardiology", "CTU-A", 6],
    ]
    root = multipart("mixed", text("Hi all, attached is the final schedule for blocks 4-5.\n\nProgram office\n",
                                   cte="7bit", charset="us-ascii"),
                     binary(xlsx({"Blocks 4-5": sheet}), XLSX, "rotations_blocks_4-5.xlsx"))
    return email_message(f"IM Program <im.program@{CHUM}>", "residents@example.org", "Rotation schedule blocks 4-5", root)


@negative("fr-rh-retour-progressif-employee", "fr", "courriel RH au sujet d'une employée (retour progressif), sans patient")
def _() -> bytes:
    body = """Bonjour Mme Lavallée,

Je vous confirme le plan de retour progressif de Mme Lucie Gagné (matricule 1092245) sur votre unité :
- semaines 1-2 : 3 jours/semaine, quarts de jour seulement
- semaines 3-4 : 4 jours/semaine
- retour à temps plein prévu le 16 novembre
Les restrictions fonctionnelles vous seront transmises par le bureau de santé. Aucune information
médicale ne doit figurer au dossier de gestion.

Conseillère en gestion de la présence au travail
Direction des ressources humaines
"""
    return email_message(f"Présence au travail <presence.travail@{LAV}>", "manon.lavallee@gmail.com",
                         "Retour progressif - Mme Gagné", text(body, cte="8bit"))


@negative("fr-mise-a-jour-formulaire-anticoagulants", "fr", "mise à jour du guide d'anticoagulation : doses, INR cibles, aucun patient")
def _() -> bytes:
    body = """Bonjour,

Principales modifications du guide d'anticoagulation (version octobre 2026) :
- Apixaban : 2,5 mg BID si au moins 2 critères parmi âge ≥ 80 ans, poids ≤ 60 kg, Cr ≥ 133 µmol/L.
- Rivaroxaban : 15 mg die si ClCr 15-49 mL/min.
- Warfarine : INR cible 2,0-3,0 ; 2,5-3,5 pour valve mécanique mitrale. Si INR 3,4 sans saignement,
  omettre une dose et réduire la dose hebdomadaire de 10-15 %.
- Anti-Xa : dosage disponible 24/7 à partir du 15 octobre.

Le guide complet est sur l'intranet (Pharmacie > Guides).

Comité de pharmacologie
"""
    return email_message(f"Comité de pharmacologie <pharmaco@{SSSS}>", "gmf-partenaires@example.org",
                         "Guide d'anticoagulation - version octobre 2026", text(body, cte="quoted-printable"))


@negative("fr-avis-labo-valeurs-reference", "fr", "avis du laboratoire : nouvelles valeurs de référence (K, Cr, Hb, TSH)")
def _() -> bytes:
    body = """AVIS AUX PRESCRIPTEURS – Laboratoire de biochimie

À compter du 19 octobre 2026, à la suite du changement d'analyseur, les intervalles de référence
suivants sont modifiés :

Potassium        3,5 – 5,0 mmol/L   (inchangé; valeur critique > 6,0)
Créatinine       F 45 – 90 / H 60 – 110 µmol/L
Hémoglobine      F 120 – 160 / H 135 – 175 g/L
TSH              0,40 – 4,50 mUI/L
Troponine T hs   < 14 ng/L (99e percentile)

Les résultats antérieurs ne sont pas recalculés.

Dre Louise Caron, biochimiste clinique
"""
    return email_message(f"Laboratoire biochimie <labo.biochimie@{SSSS}>", "prescripteurs-externes@example.org",
                         "Nouveaux intervalles de référence - 19 octobre", text(body), crlf=True)


@negative("fr-collecte-sang-hema-quebec", "fr", "collecte de sang pour le personnel")
def _() -> bytes:
    body = """Collecte de sang au CHUM!

Mardi 20 octobre, de 10 h à 19 h, Atrium du pavillon A.
Objectif : 150 donneurs. Le groupe O négatif est particulièrement recherché.
Prenez rendez-vous en ligne ou présentez-vous sur place avec une pièce d'identité.
Conditions : avoir 18 ans ou plus, peser au moins 50 kg, être en bonne santé.

Comité social du personnel
"""
    return email_message(f"Comité social <comite.social@{CHUM}>", "employes-chum@example.org",
                         "Collecte de sang - 20 octobre", text(body, cte="8bit"))


@negative("fr-depliant-insuffisance-cardiaque-pdf", "fr",
          "dépliant d'enseignement générique sur l'insuffisance cardiaque (PDF) envoyé à un imprimeur")
def _() -> bytes:
    doc = pdf("Vivre avec l'insuffisance cardiaque", [
        "L'insuffisance cardiaque (IC) signifie que votre cœur pompe moins bien le sang.",
        "Pesez-vous chaque matin. Si vous prenez plus de 2 kg en 3 jours, appelez la clinique d'IC.",
        "Limitez le sel à 2 000 mg par jour et les liquides à 1,5 à 2 L si on vous l'a demandé.",
        "Vos médicaments peuvent inclure : furosémide (Lasix), bisoprolol, sacubitril-valsartan (Entresto),",
        "spironolactone, dapagliflozine. Ne les cessez jamais sans en parler à votre équipe.",
        "Clinique d'insuffisance cardiaque : 514 555-0166, du lundi au vendredi, 8 h à 16 h.",
    ])
    root = multipart("mixed", text("Bonjour,\n\nVoici le fichier final du dépliant pour impression (5 000 exemplaires, "
                                   "recto verso, pliage en 3). Bon de commande à suivre.\n\nService des communications\n"),
                     binary(doc, PDF, "depliant_IC_final.pdf"))
    return email_message(f"Communications <communications@{CHUM}>", "production@imprimerie-exemple.ca",
                         "Dépliant IC - fichier final", root)


@negative("fr-indicateurs-qualite-csv", "fr", "indicateurs de qualité agrégés par unité (CSV cp1252 ; point-virgule)")
def _() -> bytes:
    rows = [
        ["Unité", "Jours-présence", "Chutes", "Plaies de pression (stade 2+)", "Infections C. difficile", "Taux / 1000 j-p"],
        ["5B Médecine", "2 811", "9", "3", "2", "0,71"],
        ["6A Chirurgie", "2 402", "4", "1", "1", "0,42"],
        ["7N Médecine", "2 977", "12", "4", "3", "1,01"],
        ["USI", "640", "0", "2", "0", "0,00"],
    ]
    root = multipart("mixed", text("Bonjour,\n\nVoici les indicateurs du 2e trimestre pour le rapport au comité "
                                   "de vigilance.\n\nDirection de la qualité\n", charset="iso-8859-1"),
                     binary(csv_bytes(rows, encoding="cp1252"), "text/csv", "indicateurs_T2_2026.csv"))
    return email_message(f"Direction qualité <qualite@{LAV}>", "consultant@qualite-sante-exemple.ca",
                         "Indicateurs T2", root, crlf=True)


@negative("en-supplier-catalogue-quote", "en", "supplier quote with catalogue numbers and prices")
def _() -> bytes:
    body = """Hi Frank,

As requested, pricing for FY2027 (valid until March 31, 2027):

Cat. No.      Description                                   UoM     Price
BD-305180     Syringe 10 mL Luer-Lok                        100     21.40
BD-382534     Insyte IV catheter 20G x 1.16"                 50     68.90
MED-DYND7050  Dressing foam bordered 10 x 10 cm              10     32.75
3M-1626W      Tegaderm transparent film 10 x 12 cm         50     41.10

Contract number: CT-2027-00412. Account: 5501238.
Free shipping on orders over $1,500.

Regards,
Jessica Morin, Account Manager
"""
    return email_message(f"Frank Dufour <frank.dufour@{SSSS}>", "jmorin@medsupply-example.com",
                         "FW: FY2027 pricing", text(body, cte="7bit", charset="us-ascii"))


@negative("fr-inventaire-pompes-numeros-serie", "fr", "inventaire de pompes volumétriques : numéros de série, pas de patient")
def _() -> bytes:
    rows = [f"{unit:<8} Alaris 8015   S/N {rng.randrange(10**7, 10**8)}   entretien préventif {date}"
            for unit, date in (("5B", "2026-10-12"), ("5B", "2026-10-12"), ("6A", "2026-10-13"),
                               ("USI", "2026-10-14"), ("USI", "2026-10-14"), ("Urgence", "2026-10-15"))]
    body = ("Bonjour,\n\nVoici les pompes à rappeler pour l'entretien préventif annuel (avis du fabricant "
            "FSN-2026-017) :\n\n" + "\n".join(rows) + "\n\nGénie biomédical\n")
    return email_message(f"Génie biomédical <genie.biomedical@{SSSS}>", "service@bd-exemple.com",
                         "Entretien préventif pompes - octobre", text(body, cte="quoted-printable"))


@negative("en-conference-registration-confirmation", "en", "conference registration confirmation for a staff member")
def _() -> bytes:
    body = """Dear Dr. Kowalski,

Thank you for registering for the Canadian Cardiovascular Congress 2026.

Registration ID: CCC26-0448172
Category: Physician member
Amount paid: CAD 895.00 (GST/HST 123456782 RT0001 included)
Sessions booked: Heart Failure Update; Atrial Fibrillation Masterclass; Women's Heart Health.

Please bring this confirmation and photo ID to the registration desk.

CCC Registration Services
"""
    return email_message(f"Anna Kowalski <anna.kowalski@{CHUM}>", "anna.kowalski.home@gmail.com",
                         "Fwd: CCC 2026 registration confirmation", text(body, cte="7bit", charset="us-ascii"))


@negative("fr-vcard-collegue-anniversaire", "fr", "vCard d'une collègue (avec BDAY) envoyée à un partenaire")
def _() -> bytes:
    vcf = """BEGIN:VCARD
VERSION:3.0
N:Bérubé;Marie-Josée;;;
FN:Marie-Josée Bérubé
ORG:CISSS de Laval;Direction des soins infirmiers
TITLE:Conseillère en soins infirmiers
TEL;TYPE=WORK:+1-450-555-0102;ext=4471
EMAIL;TYPE=WORK:marie-josee.berube@cisss-lav.ssss.gouv.qc.ca
BDAY:1980-05-12
END:VCARD
"""
    root = multipart("mixed", text("Bonjour, je vous transmets les coordonnées de Marie-Josée pour le projet de "
                                   "formation. Bonne journée!\nLine\n"),
                     text(vcf, subtype="x-vcard", cte="quoted-printable", filename="Marie-Josée Bérubé.vcf"))
    return email_message(f"Line Tessier <line.tessier@{LAV}>", "formation@college-exemple.qc.ca",
                         "Coordonnées - projet de formation", root)


@negative("fr-invitation-comite-ics", "fr", "invitation .ics à un comité, membres du personnel seulement")
def _() -> bytes:
    ics = """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E008000000003C12
DTSTAMP:20261001T140000Z
DTSTART;TZID=America/Toronto:20261020T120000
DTEND;TZID=America/Toronto:20261020T130000
SUMMARY:Comité de prévention des chutes - rencontre mensuelle
DESCRIPTION:Ordre du jour : 1. Bilan des chutes T2 (taux agrégés)\\n2. Alarmes de lit\\n3. Formation PAB\\n
 Membres : Mme Nathalie Roy\\, M. Marc Côté\\, Dre Émilie Rousseau\\, Mme Sylvie Bouchard.
LOCATION:Salle 2.210
ORGANIZER;CN=Nathalie Roy:mailto:nathalie.roy@chum.ssss.gouv.qc.ca
ATTENDEE;CN=Sylvie Bouchard;RSVP=TRUE:mailto:sbouchard@example.org
END:VEVENT
END:VCALENDAR
"""
    root = multipart("alternative", text("Comité de prévention des chutes - mardi 20 octobre, 12 h, salle 2.210.\n"),
                     calendar(ics))
    return email_message(f"Nathalie Roy <nathalie.roy@{CHUM}>", "Sylvie Bouchard <sbouchard@example.org>",
                         "Invitation : Comité de prévention des chutes", root, crlf=True)


@negative("en-forwarded-journal-newsletter", "en", "forwarded journal newsletter on atrial fibrillation and CKD")
def _() -> bytes:
    body = """FYI - worth a read for the AF clinic.

-------- Forwarded Message --------
Subject: This week in Cardiology Today
From: Cardiology Today <newsletter@cardiology-today.example.com>

* Apixaban vs warfarin in dialysis patients with AF: a meta-analysis of 12,480 patients.
* Dr. Rajesh Mehta on when to stop antiplatelet therapy after PCI.
* Case report (de-identified): a 54-year-old woman with tachycardia-induced cardiomyopathy.
* Podcast: "HFrEF quadruple therapy in the elderly" with Dr. Maria Lopez.

Unsubscribe | Manage preferences
"""
    return email_message(f"Hugo Lachance <hugo.lachance@{CHUM}>", "af.clinic.team@example.org",
                         "Fwd: This week in Cardiology Today", text(body, cte="7bit", charset="us-ascii"))


@negative("fr-fil-planification-reunion-medecins", "fr",
          "fil de réponses entre médecins pour fixer une réunion, « patients » au sens général")
def _() -> bytes:
    body = """Mardi 13 h me convient aussi. On pourra discuter du nouveau corridor de service pour les patients
en IRC stade 4 et de la liste d'attente (environ 120 patients en attente d'une première visite).

Marc-André

Le lun. 5 oct. 2026, à 08:47, Isabelle Ferland a écrit :
> Bonjour à tous,
> Est-ce que mardi 13 h ou jeudi 12 h vous irait pour notre rencontre GMF-néphro?
> Isabelle
"""
    return email_message(f"Isabelle Ferland <isabelle.ferland@{SSSS}>", "Dr Marc-André Gosselin <ma.gosselin@nephro-laval.example.org>",
                         "RE: Rencontre GMF-néphro", text(body, cte="8bit", is_flowed=True))


@negative("fr-courriel-personnel-souper", "fr", "courriel personnel : souper entre amis")
def _() -> bytes:
    body = """Salut Marie!

Finalement on fait le souper samedi chez nous vers 18 h. Apporte ton vin, on s'occupe du reste.
Philippe sera là aussi, il revient de Québec. Les enfants peuvent venir, on a mis le film.

Bisous,
Caro
"""
    return email_message(f"Caroline Vachon <caroline.vachon@{SSSS}>", "marie.b.lapierre@hotmail.com",
                         "Souper samedi!", text(body, cte="8bit"), crlf=True)


@negative("fr-remboursement-frais-deplacement", "fr", "demande de remboursement de frais de déplacement d'une employée")
def _() -> bytes:
    body = """Bonjour,

Ci-dessous ma demande de remboursement pour la formation à Québec (28-29 septembre) :
- Kilométrage : 512 km x 0,575 $ = 294,40 $
- Hébergement : 2 nuits, Hôtel Le Concorde, 318,60 $ (facture 88301)
- Repas : 3 x 24,80 $ = 74,40 $
Total : 687,40 $. Centre de coûts 7110-4420. Matricule 1063318.

Merci!
Sophie Bergeron
"""
    return email_message(f"Sophie Bergeron <sophie.bergeron.med@{CHUM}>", "comptabilite@cabinet-comptable.example.ca",
                         "Remboursement frais - formation Québec", text(body, cte="quoted-printable"))


@negative("fr-liste-cliniques-telephones-codes-postaux", "fr", "liste de cliniques partenaires avec adresses, codes postaux et téléphones")
def _() -> bytes:
    body = """Bonjour,

Voici la liste à jour des cliniques sans rendez-vous du secteur pour l'affiche de l'urgence :

Clinique médicale Vimont        2045, boul. des Laurentides, Laval H7M 2R1    450 555-0111
GMF Sainte-Rose                 255, boul. Curé-Labelle, Laval H7L 3A2       450 555-0122
Polyclinique Chomedey           3500, boul. Notre-Dame, Laval H7V 4C4         450 555-0133
Clinique Duvernay               3100, boul. de la Concorde E., Laval H7E 2B8  450 555-0144

Heures : 8 h à 20 h en semaine, 9 h à 16 h la fin de semaine.

Urgence – Hôpital de la Cité-de-la-Santé
"""
    return email_message(f"Urgence CSL <urgence.admin@{LAV}>", "graphiste@communications-exemple.ca",
                         "Liste des cliniques pour l'affiche", text(body))


@negative("fr-formation-format-nam-exemple", "fr",
          "capsule de formation sur la saisie du NAM : format expliqué avec un exemple fictif (ABCD 1234 5678)")
def _() -> bytes:
    body = """Rappel – Saisie du numéro d'assurance maladie (NAM) à l'admission

Le NAM compte 12 caractères : 4 lettres suivies de 8 chiffres, par exemple ABCD 1234 5678.
- Les 3 premières lettres viennent du nom de famille, la 4e du prénom.
- Les chiffres comprennent l'année, le mois (+50 pour les femmes) et le jour de naissance.
- Vérifiez toujours la date d'expiration de la carte; une carte expirée doit être signalée.
- Ne jamais inscrire le NAM dans l'objet d'un courriel.

Merci de diffuser à vos équipes d'accueil.
Service de l'admission
"""
    return email_message(f"Service de l'admission <admission@{SSSS}>", "agences-placement@example.org",
                         "Capsule formation - saisie du NAM", text(body, cte="quoted-printable"), crlf=True)


@negative("en-mm-rounds-anonymised-case", "en", "M&M rounds announcement with an anonymised case (age, sex, labs, no name)")
def _() -> bytes:
    body = """Morbidity & Mortality Rounds - Thursday Oct 15, 12:00, Room 4.120

Case: a 72-year-old man with ischemic cardiomyopathy (EF 25%) and CKD stage 3b admitted for CHF
exacerbation. Started on spironolactone; K rose from 4.8 to 6.9 mmol/L over 48 h with Cr 212.
Cardiac arrest (PEA) on day 3, ROSC after 8 minutes.

Discussion points: potassium monitoring after MRA initiation, order set defaults, communication
between pharmacy and the medical team.

All identifying details have been removed. Please do not bring printed charts.
Presenter: Dr. Olivia Chen, PGY-1; Faculty: Jean Tremblay, M.D., FRCPC
"""
    return email_message(f"Quality & Patient Safety <qps@{CHUM}>", "im-faculty@example.org", "M&M rounds Oct 15",
                         text(body, cte="7bit", charset="us-ascii"))


@negative("fr-reconnaissance-benevoles", "fr", "infolettre : prix de reconnaissance de bénévoles et d'employés")
def _() -> bytes:
    body = """INFO-CISSS – Reconnaissance 2026

Félicitations aux lauréats des prix Reconnaissance :
- Mme Ginette Paquette, bénévole à l'accueil depuis 22 ans (plus de 9 000 heures!)
- M. Albert Lapointe, bénévole aux soins palliatifs, pour son écoute auprès des familles
- Mme Julie Tremblay, infirmière clinicienne à l'unité de dialyse, prix Humanisme
- L'équipe de l'UCDG, prix Innovation pour son projet de prévention du délirium

La soirée aura lieu le 12 novembre au Centre Montmorency.

Direction des communications
"""
    return email_message(f"Communications <communications@{LAV}>", "partenaires-communautaires@example.org",
                         "INFO-CISSS - Prix Reconnaissance 2026", text(body, cte="8bit"))


@negative("fr-avis-syndical", "fr", "avis syndical aux membres")
def _() -> bytes:
    body = """AVIS AUX MEMBRES – Assemblée générale

Une assemblée générale spéciale aura lieu le 22 octobre à 19 h (salle Desjardins et Teams) :
1. Ratios infirmière-patients : état des négociations
2. Temps supplémentaire obligatoire : bilan de septembre (1 214 heures)
3. Élections au comité de santé-sécurité

Votre exécutif local
"""
    return email_message(f"Exécutif local <syndicat.local@{SSSS}>", "membres@syndicat-exemple.org",
                         "Assemblée générale spéciale 22 octobre", text(body), crlf=True)


@negative("en-patient-satisfaction-survey-results", "en", "aggregate patient satisfaction survey results")
def _() -> bytes:
    body = """Hi team,

Results of the Q3 patient experience survey (n = 418 respondents, response rate 31%):

- Overall rating 9 or 10/10: 72% (Q2: 69%)
- "Nurses always explained things clearly": 81%
- "Discharge information was clear": 64% - our weakest item again
- Most frequent comment themes: noise at night (54 comments), food (41), wait in ED (38)

No individual comments are shared outside the unit to protect respondents.

Patient Experience Office
"""
    return email_message(f"Patient Experience <patient.experience@{SSSS}>", "board-members@example.org",
                         "Q3 patient experience results", text(body, cte="7bit", charset="us-ascii"))


@negative("fr-bulletin-epidemio-rougeole", "fr", "bulletin épidémiologique : cas de rougeole agrégés, aucun nom")
def _() -> bytes:
    body = """Bulletin de vigie – Rougeole

Au 6 octobre 2026, 3 cas de rougeole confirmés ont été déclarés à Laval (2 enfants non vaccinés de
moins de 5 ans et 1 adulte de 34 ans), tous liés à un voyage. Aucun décès.
Lieux d'exposition publics : urgence pédiatrique de la Cité-de-la-Santé le 28/09 entre 14 h et 22 h.

Recommandations : vérifier le statut vaccinal (RRO-Var) de tous les enfants vus en clinique,
isoler tout cas suspect (fièvre + éruption maculopapuleuse).

Direction de santé publique
"""
    return email_message(f"Santé publique Laval <dsp.vigie@{LAV}>", "medecins-laval@example.org",
                         "Vigie rougeole - 6 octobre", text(body, cte="quoted-printable"))


@negative("fr-recrutement-etude-db2", "fr", "affiche de recrutement pour une étude sur le DB2 (critères, aucun participant)")
def _() -> bytes:
    body = """Bonjour,

Nous recrutons des participants pour l'étude MARCHE-DB2 :
- Adultes de 50 à 75 ans avec un diabète de type 2 depuis au moins 2 ans
- HbA1c entre 7,0 % et 10,0 %, sous metformine seule ou metformine + iDPP4
- Exclusion : insuline, IRC avec DFGe < 30, grossesse

Compensation : 50 $ par visite (6 visites). Approbation CER MP-02-2026-10977.
Pourriez-vous afficher l'affiche ci-jointe dans votre salle d'attente?

Équipe de recherche – Centre du diabète
"""
    return email_message(f"Recherche diabète <recherche.diabete@{CHUM}>", "gmf-rosemont@example.org",
                         "Recrutement étude MARCHE-DB2", text(body, cte="8bit"))


@negative("en-journal-club-article-list", "en", "journal club reading list with DOIs")
def _() -> bytes:
    body = """Journal club - fall 2026 list

Oct 8   Empagliflozin in acute MI (doi:10.1056/NEJMoa2314051) - presenter Samuel Okafor
Oct 22  Finerenone in HFmrEF/HFpEF (doi:10.1056/NEJMoa2407107) - presenter Olivia Chen
Nov 5   Restrictive vs liberal transfusion in MI (doi:10.1056/NEJMoa2307983) - presenter A. Demers
Nov 19  Colchicine after stroke (doi:10.1016/S0140-6736(24)00968-1) - presenter Priya Raman

Pizza provided.
"""
    return email_message(f"Olivia Chen <olivia.chen@{CHUM}>", "im-residents@example.org", "Journal club fall list",
                         text(body, cte="7bit", charset="us-ascii"), crlf=True)


@negative("fr-vaccination-grippe-employes", "fr", "campagne de vaccination antigrippale des employés")
def _() -> bytes:
    body = """Campagne de vaccination antigrippale 2026-2027 – employés, médecins et bénévoles

Le vaccin est offert gratuitement à compter du 19 octobre :
- Cliniques mobiles sur les unités (horaire sur l'intranet)
- Bureau de santé, local B-1120, lundi au vendredi 8 h-15 h
Objectif : 80 % de couverture. L'an dernier nous avons atteint 61 %.

Présentez votre carte d'employé. Aucun rendez-vous nécessaire.

Bureau de santé et sécurité du travail
"""
    return email_message(f"Bureau de santé <bureau.sante@{CHUM}>", "medecins-affilies@example.org",
                         "Vaccination antigrippale des employés", text(body))


@negative("fr-recu-don-organisme", "fr", "reçu de don d'une fondation : numéro d'organisme de bienfaisance")
def _() -> bytes:
    charity = _luhn_complete("1" + "".join(str(rng.randrange(10)) for _ in range(7)))
    body = f"""Merci pour votre générosité!

Reçu officiel aux fins de l'impôt sur le revenu
Donateur : Dre Isabelle Ferland
Montant du don : 250,00 $ – Date du don : 2026-09-30
Numéro du reçu : 2026-044187
Numéro d'enregistrement de l'organisme de bienfaisance : {charity} RR0001

Fondation de l'hôpital – 1560, rue Sherbrooke Est, Montréal
"""
    return email_message(f"Isabelle Ferland <isabelle.ferland@{SSSS}>", "isabelle.ferland.perso@gmail.com",
                         "TR: Votre reçu de don", text(body, cte="quoted-printable"))


@negative("en-vendor-demo-invitation", "en", "vendor demo invitation for a new infusion pump")
def _() -> bytes:
    body = """Hi Frank,

Following up on our call: we'd be happy to demo the new Sigma infusion pump to your nursing and
biomed teams. The pump features a drug library with dose error reduction for high-alert medications
(heparin, insulin, norepinephrine) and wireless EHR integration.

Proposed dates: Oct 20 or Oct 22, 10:00-11:30. Reference: OPP-2026-3381.

Best,
Daniel Watts, Clinical Sales Specialist
"""
    return email_message(f"Frank Dufour <frank.dufour@{SSSS}>", "dwatts@infusion-example.com",
                         "RE: Infusion pump demo", text(body, cte="7bit", charset="us-ascii"))


@negative("fr-personnel-chien-diabetique", "fr", "courriel personnel : le chien d'une employée est diabétique (insuline)")
def _() -> bytes:
    body = """Allô Julie,

Je ne pourrai pas venir au souper vendredi : Max (mon labrador) a reçu un diagnostic de diabète chez
le vétérinaire hier. Glycémie à 24, il faut commencer l'insuline (Caninsulin 10 u BID) et je dois
être à la maison matin et soir pour les injections cette semaine. Pauvre bête!

On se reprend?
Mélanie
"""
    return email_message(f"Mélanie Caouette <melanie.caouette@{SSSS}>", "julie.desrosiers77@gmail.com",
                         "Vendredi :(", text(body, cte="8bit"))


@negative("fr-hommage-medecin-retraite", "fr", "hommage à un médecin retraité décédé (aucune information médicale)")
def _() -> bytes:
    body = """Chers collègues,

C'est avec tristesse que nous apprenons le décès du Dr Roland Gagnon, chirurgien général dans notre
établissement de 1972 à 2010, survenu le 2 octobre à l'âge de 87 ans. Le Dr Gagnon a formé des
générations de résidents et fondé notre programme de chirurgie colorectale.

Les funérailles auront lieu le 10 octobre en l'église Saint-Jean-Baptiste.

Le chef du département de chirurgie
"""
    return email_message(f"Département de chirurgie <chirurgie.direction@{CHUM}>", "anciens-residents@example.org",
                         "Décès du Dr Roland Gagnon", text(body), crlf=True)


@negative("en-it-password-expiry", "en", "IT notice: password expiry, ticket numbers, no patient")
def _() -> bytes:
    body = """Your network password will expire in 5 days.

Please change it from any hospital workstation (Ctrl+Alt+Del > Change a password) or at
https://password.example.org. Passwords must be 14 characters or more.

If you need help, call the service desk at ext. 44357 and mention ticket INC0138842.
Do not reply to this message.
"""
    return email_message(f"Service Desk <no-reply.servicedesk@{SSSS}>", "j.tremblay.md@videotron.example.ca",
                         "Password expiry notice", text(body, cte="7bit", charset="us-ascii"))


@negative("fr-budget-unite-xlsx", "fr", "budget d'une unité de soins (XLSX), centres de coûts")
def _() -> bytes:
    sheet: list[list[object]] = [
        ["Centre de coûts", "Poste", "Budget 2026-27", "Réel P1-P6", "Écart"],
        ["7110-4420", "Salaires infirmières", 2841000, 1466200, -45700],
        ["7110-4420", "Temps supplémentaire", 180000, 141300, -51300],
        ["7110-4430", "Fournitures médicales", 312000, 149800, 6200],
        ["7110-4430", "Médicaments", 428000, 221900, -7900],
    ]
    root = multipart("mixed", text("Bonjour,\n\nVoici le suivi budgétaire de la période 6 pour l'unité 7N.\n\nAnalyste financière\n"),
                     binary(xlsx({"P6": sheet}), XLSX, "suivi_budget_7N_P6.xlsx"))
    return email_message(f"Finances <finances.analyse@{CHUM}>", "consultant@firme-gestion.example.ca",
                         "Suivi budgétaire 7N - P6", root)


@negative("fr-programme-journee-scientifique-geriatrie", "fr",
          "programme HTML d'une journée scientifique : Dre/Dr et sujets (IRA, délirium, chutes)")
def _() -> bytes:
    html = """<html><body>
<h3>Journée scientifique de gériatrie – 5 novembre 2026</h3>
<table>
<tr><td>8 h 30</td><td>Prise en charge de l'IRA chez la personne âgée</td><td>Dre Geneviève Bouchard</td></tr>
<tr><td>9 h 15</td><td>Délirium post-opératoire : prévenir plutôt que guérir</td><td>Dr Louis Simard</td></tr>
<tr><td>10 h 30</td><td>Chutes et anticoagulation : mythes et réalités</td><td>Dre Diane Taylor</td></tr>
<tr><td>11 h 15</td><td>Démence et fin de vie : discuter du niveau de soins</td><td>Mme Sylvie Ouellet, inf. M. Sc.</td></tr>
</table>
<p>Inscription gratuite pour les partenaires du réseau.</p>
</body></html>"""
    root = multipart("alternative", text("Programme : voir la version HTML.\n"), text(html, subtype="html", cte="base64"))
    return email_message(f"Gériatrie <geriatrie@{CHUM}>", "partenaires-geriatrie@example.org",
                         "Programme - Journée scientifique de gériatrie", root)


@negative("fr-procedure-hygiene-mains-docx", "fr", "procédure d'hygiène des mains (DOCX)")
def _() -> bytes:
    doc = docx("Procédure PCI-012 – Hygiène des mains", [
        "Objectif : réduire la transmission des infections nosocomiales (SARM, ERV, C. difficile).",
        "Les 4 moments : avant de toucher l'usager ou son environnement; avant une intervention aseptique; après un "
        "risque de contact avec des liquides biologiques; après avoir touché l'usager ou son environnement.",
        "Pour C. difficile : lavage à l'eau et au savon obligatoire (la solution hydroalcoolique n'élimine pas les spores).",
        "Audits : 20 observations par unité par mois; cible de conformité 80 %.",
    ], author="Équipe PCI")
    root = multipart("mixed", text("Bonjour,\n\nVoici la procédure révisée pour votre résidence.\n\nÉquipe PCI\n"),
                     binary(doc, DOCX, "PCI-012_hygiene_mains.docx"))
    return email_message(f"PCI Laval <pci@{LAV}>", "direction@rpa-exemple.ca", "Procédure hygiène des mains révisée", root,
                         crlf=True)


@negative("en-drug-recall-lots-din", "en", "drug recall notice with DINs and lot numbers")
def _() -> bytes:
    body = """RECALL - Type II

Product: Metformin ER 500 mg tablets, DIN 02428032
Lots: MX24031, MX24032, MX24107 (exp. 2027-05 to 2027-08)
Reason: NDMA impurity above the acceptable intake limit.
Action: quarantine remaining stock; patients should NOT stop their medication before talking to their
pharmacist or physician. Replacement stock available from lot MX25001.

Pharmacy Department - Drug Information
"""
    return email_message(f"Drug Information <drug.info@{SSSS}>", "community-pharmacies@example.org",
                         "Recall - Metformin ER 500 mg lots MX24031/32/107", text(body, cte="7bit", charset="us-ascii"))


@negative("fr-stock-implants-lots-series", "fr", "inventaire d'implants orthopédiques en consignation : lots et séries")
def _() -> bytes:
    body = """Bonjour,

Inventaire de consignation au 30 septembre (salle 6 ortho) :

Réf.        Description                         Lot          Série        Qté
71331112    Tige fémorale cimentée taille 12    24HK0113     —            2
71336250    Cupule acétabulaire 52 mm           23JD4471     —            3
74022138    Plateau tibial taille 3             24AB7720     2407713218   1
74021103    Composant fémoral genou taille 3    24AB7812     2408114402   1

Écart : 1 plateau tibial taille 4 manquant (série 2407713301) – utilisé le 29/09, bon à régulariser.

Magasin du bloc opératoire
"""
    return email_message(f"Magasin bloc <magasin.bloc@{SSSS}>", "consignation@ortho-fournisseur.example.com",
                         "Inventaire consignation septembre", text(body, cte="quoted-printable"))


@negative("en-on-call-schedule-html", "en", "HTML on-call schedule for hospitalists (staff only)")
def _() -> bytes:
    html = """<html><body><p>Hospitalist on-call, week of Oct 12:</p>
<ul><li>Mon-Tue: Dr. Farah Ahmed (pager 4471)</li><li>Wed-Thu: Dr. Michael Chen (pager 4472)</li>
<li>Fri-Sun: Dr. Robert Klein (pager 4473)</li></ul>
<p>Backup: Dr. Catherine Fraser, cell 514-555-0198.</p></body></html>"""
    root = multipart("alternative", text("Hospitalist on-call week of Oct 12: Ahmed Mon-Tue, Chen Wed-Thu, Klein Fri-Sun.\n",
                                         cte="7bit", charset="us-ascii"),
                     text(html, subtype="html", cte="7bit", charset="us-ascii"))
    return email_message(f"Hospitalist group <hospitalists@{SSSS}>", "answering-service@example.com",
                         "On-call week of Oct 12", root)


@negative("fr-horaire-quart-infirmieres", "fr", "horaire de quarts de l'équipe infirmière (noms du personnel)")
def _() -> bytes:
    body = """Horaire semaine du 12 octobre – Unité 5B

        Lun  Mar  Mer  Jeu  Ven  Sam  Dim
Julie T.  J    J    -    N    N    -    -
Marc C.   S    S    S    -    -    J    J
Manon G.  -    J    J    J    -    -    S
Thi N.    N    N    -    -    J    J    -

J = jour, S = soir, N = nuit. Les demandes d'échange passent par l'AIC.
"""
    return email_message(f"AIC 5B <aic.5b@{CHUM}>", "manon.gagnon.inf@hotmail.com", "Horaire semaine du 12 oct.",
                         text(body, cte="7bit", charset="us-ascii"), crlf=True)


@negative("fr-avis-nomination-chef-service", "fr", "avis de nomination (noms du personnel qui ressemblent à ceux de patients)")
def _() -> bytes:
    body = """AVIS DE NOMINATION

La Direction des soins infirmiers est heureuse d'annoncer la nomination de Mme Estelle Fortin au poste
de chef de service de l'hémodialyse, à compter du 19 octobre 2026. Mme Fortin, infirmière depuis 1984,
était auparavant conseillère clinique en néphrologie. Elle succède à M. Serge Bouchard, qui prend
sa retraite après 35 ans de service.

Joignez-vous à nous pour lui souhaiter la bienvenue!
"""
    return email_message(f"DSI <dsi@{LAV}>", "partenaires@example.org", "Avis de nomination - hémodialyse", text(body))


@negative("fr-commande-materiel-bon-commande", "fr", "bon de commande : numéros à 7 chiffres (commande, fournisseur, dossier d'achat)")
def _() -> bytes:
    body = """Bonjour,

Veuillez procéder à la livraison selon le bon de commande 4500127 :
- Fournisseur no 1002345
- Dossier d'achat 2026-0412 (appel d'offres regroupé)
- 24 fauteuils de prélèvement, modèle FP-300, livraison au quai B avant le 30 octobre

Responsable : Frank Dufour, acheteur, poste 33102.
"""
    return email_message(f"Frank Dufour <frank.dufour@{SSSS}>", "commandes@mobilier-medical.example.ca",
                         "BC 4500127 - fauteuils de prélèvement", text(body, cte="quoted-printable"))


@negative("fr-rapport-annuel-chiffres", "fr", "extrait du rapport annuel : chiffres agrégés d'activité")
def _() -> bytes:
    body = """Bonjour,

Voici les chiffres validés pour le rapport annuel 2025-2026 :
- 31 412 hospitalisations; durée moyenne de séjour 7,2 jours
- 92 118 visites à l'urgence
- 4 802 accouchements
- 1 284 patients suivis au Centre du diabète, dont 42 patients diabétiques de type 1 sous pompe
- 18 622 chirurgies, dont 3 114 arthroplasties de la hanche et du genou
- 612 patients en hémodialyse ou dialyse péritonéale au 31 mars

Direction des communications
"""
    return email_message(f"Communications <communications@{CHUM}>", "graphiste@agence-exemple.ca",
                         "Chiffres rapport annuel", text(body, cte="8bit"), crlf=True)


@negative("en-hl7-interface-spec-placeholders", "en",
          "interface analyst mail: HL7 PID segment layout with placeholder values, no real patient")
def _() -> bytes:
    body = """Hi Raj,

For the new lab interface, our PID segment will follow this layout (placeholder values only):

PID|1||<MRN>^^^CHUM^MR~<RAMQ>^^^RAMQ^JHN||<FAMILY>^<GIVEN>||<YYYYMMDD>|<F|M|X>|||<ADDRESS>

- PID-3.1 repetition 1: 7-digit medical record number, zero-padded
- PID-3.1 repetition 2: health insurance number, 12 characters, no spaces
- PID-7: date of birth, YYYYMMDD

Test messages in the TEST environment use the synthetic patient ZZTEST^INTERFACE only.

Thanks,
Émilie - Integration team
"""
    return email_message(f"Émilie Lavoie <emilie.lavoie@{SSSS}>", "raj.patel@lis-vendor.example.com",
                         "PID layout for lab interface", text(body, cte="quoted-printable"))


@negative("fr-sondage-satisfaction-employes", "fr", "sondage de mobilisation des employés")
def _() -> bytes:
    body = """Votre avis compte!

Le sondage annuel de mobilisation du personnel est en ligne jusqu'au 30 octobre. Il prend 10 minutes
et est entièrement anonyme (firme externe, résultats agrégés par direction, minimum 10 répondants).

Lien : sondage.example.org/mobilisation2026
Code d'accès de votre direction : DSI-2026

Merci de votre participation!
"""
    return email_message(f"Ressources humaines <rh.communications@{LAV}>", "employes-laval@example.org",
                         "Sondage de mobilisation 2026", text(body, charset="iso-8859-1", cte="quoted-printable"))


@negative("en-webinar-diabetes-technology", "en", "webinar invitation: speaker and diabetes topics")
def _() -> bytes:
    body = """You're invited: Diabetes Technology Update (webinar)

Thursday, October 22, 12:00-13:00 ET
Speaker: Dr. Kevin O'Neil, Endocrinologist
Topics: continuous glucose monitoring in type 1 and type 2 diabetes, automated insulin delivery,
managing hypoglycemia in older adults, coverage by RAMQ and private insurers.

1 Mainpro+ credit. Register: events.example.org/dtu
"""
    return email_message(f"CME Office <cme@{CHUM}>", "family-physicians@example.org", "Webinar: Diabetes Technology Update",
                         text(body, cte="7bit", charset="us-ascii"))


@negative("fr-conference-publique-alzheimer", "fr", "conférence grand public sur la maladie d'Alzheimer pour les proches aidants")
def _() -> bytes:
    body = """Conférence grand public – Proches aidants

« Maladie d'Alzheimer : comprendre, accompagner, prendre soin de soi »
Avec Dre Simone Thibault, gériatre, et M. Gilles Nadeau, proche aidant et auteur
Mercredi 28 octobre, 19 h, Bibliothèque Multiculturelle de Laval – entrée libre

Sujets : les premiers signes, le diagnostic, les médicaments (donépézil, mémantine), les ressources
de répit et le soutien à domicile.
"""
    return email_message(f"Communications <communications@{LAV}>", "bibliotheque@ville-exemple.qc.ca",
                         "Conférence Alzheimer 28 octobre", text(body, cte="8bit"), crlf=True)


@negative("fr-ordre-du-jour-cmdp", "fr", "ordre du jour du CMDP : renouvellement de privilèges, dossiers administratifs")
def _() -> bytes:
    body = """CONSEIL DES MÉDECINS, DENTISTES ET PHARMACIENS – Comité exécutif
Ordre du jour – 27 octobre 2026, 17 h 30

1. Adoption de l'ordre du jour et du procès-verbal du 22 septembre
2. Renouvellement des privilèges : Dre Émilie Rousseau (pédiatrie), Dr Hugo Lachance (cardiologie)
3. Nomination : Dr Kevin Beauchemin, membre actif, département de médecine générale
4. Dossier administratif 2026-07 : révision du règlement sur la tenue des dossiers
5. Rapport du comité d'évaluation de l'acte (données agrégées)
6. Varia

Secrétariat du CMDP
"""
    return email_message(f"CMDP <cmdp@{LAV}>", "membres-cmdp-externes@example.org", "CE CMDP - ordre du jour 27 octobre",
                         text(body, cte="quoted-printable"))


@negative("en-out-of-office", "en", "out-of-office auto reply")
def _() -> bytes:
    body = """Thank you for your message. I am away at a conference until October 26 and will have limited
access to e-mail. For urgent matters regarding the cardiac rehab program, please contact
Linda Marsh, RN, at ext. 33481.

Anna Kowalski, MD, FRCPC
"""
    return email_message(f"Anna Kowalski <anna.kowalski@{CHUM}>", "jmorin@medsupply-example.com",
                         "Automatic reply: FY2027 pricing", text(body, cte="7bit", charset="us-ascii"),
                         extra=[("Auto-Submitted", "auto-replied")])


@negative("fr-horaire-navette-prelevements", "fr", "horaire de la navette de prélèvements entre sites (aucun patient)")
def _() -> bytes:
    body = """Bonjour,

Nouvel horaire de la navette de spécimens à partir du 19 octobre :
CLSC Chomedey 8 h 15 – GMF Sainte-Rose 9 h 00 – CLSC Mille-Îles 9 h 40 – arrivée labo 10 h 30
Deuxième tournée : 13 h 15 / 14 h 00 / 14 h 40 / 15 h 30

Les glacières doivent être fermées et les bordereaux de transport remplis (nombre de tubes par
catégorie seulement).

Service de biologie médicale
"""
    return email_message(f"Biologie médicale <biologie.medicale@{LAV}>", "transport@messagerie-exemple.ca",
                         "Horaire navette spécimens", text(body))


@negative("fr-demande-donnees-code-postal", "fr", "demande de données agrégées par code postal (RTA) pour un projet")
def _() -> bytes:
    body = """Bonjour,

Pour notre projet sur l'accès aux soins, serait-il possible d'obtenir le nombre de visites à l'urgence
par RTA (3 premiers caractères du code postal : H7N, H7L, H7V, H7E...) pour 2025, ventilé par
groupe d'âge (0-17, 18-64, 65+)? Aucune donnée nominative n'est requise; les cellules < 5 peuvent
être supprimées.

Merci,
Émilie Rousseau, M.D., Ph. D.
"""
    return email_message(f"Émilie Rousseau <emilie.rousseau@{LAV}>", "chercheur@universite-exemple.ca",
                         "Données par RTA", text(body, cte="8bit"))


@negative("fr-erratum-infolettre", "fr", "erratum d'infolettre (personnel nommé)")
def _() -> bytes:
    body = """ERRATUM

Dans l'infolettre d'hier, nous avons écrit que Mme Sylvie Ouellet prenait sa retraite : il s'agit
plutôt de Mme Sylvie Ouimet, agente administrative à la clinique externe. Toutes nos excuses!

Communications
"""
    return email_message(f"Communications <communications@{CHUM}>", "liste-partenaires@example.org",
                         "Erratum - infolettre", text(body), crlf=True)


@negative("fr-modele-lettre-champs-fusion", "fr", "modèle de lettre avec champs de fusion («NOM_PATIENT», «NAM»), aucun patient réel")
def _() -> bytes:
    body = """Bonjour Patrick,

Voici le modèle de lettre de convocation à intégrer dans le système de rendez-vous. Les champs de
fusion sont entre chevrons :

  Madame, Monsieur «NOM_PATIENT» «PRENOM_PATIENT»,
  Votre rendez-vous en «CLINIQUE» est prévu le «DATE_RDV» à «HEURE_RDV».
  Veuillez apporter votre carte d'assurance maladie («NAM») et la liste de vos médicaments.
  No de dossier : «NO_DOSSIER»

Peux-tu me faire une épreuve avec un patient test (ZZTEST, Patient)?

Merci
Caroline
"""
    return email_message(f"Caroline Vachon <caroline.vachon@{SSSS}>", "patrick@logiciel-rdv.example.com",
                         "Modèle de lettre de convocation", text(body, cte="quoted-printable"), crlf=True)


@negative("en-staff-birthdays-october", "en", "staff birthday list for the month (dates of birth of staff, not patients)")
def _() -> bytes:
    body = """Happy birthday to our October team members!

Oct 3  - Julie Desrosiers (nursing)
Oct 11 - Marc Côté (pharmacy)
Oct 17 - Priya Raman (born 1994 - yes, she's the baby of the ICU!)
Oct 29 - Frank Dufour (procurement)

Cake in the staff lounge on Friday at 14:00.
Social committee
"""
    return email_message(f"Social committee <social.committee@{CHUM}>", "staff-lounge@example.org",
                         "October birthdays", text(body, cte="7bit", charset="us-ascii"))


@negative("fr-statistiques-labo-hyperkaliemie-xlsx", "fr", "statistiques agrégées de laboratoire (nombre de K > 6 par mois), XLSX")
def _() -> bytes:
    sheet: list[list[object]] = [
        ["Mois", "Analyses K", "K > 6,0", "% hémolysés", "Délai médian (min)"],
        ["2026-06", 18220, 141, 3.2, 48],
        ["2026-07", 17604, 129, 2.9, 51],
        ["2026-08", 17988, 152, 3.4, 47],
        ["2026-09", 18811, 166, 3.1, 45],
    ]
    root = multipart("mixed", text("Bonjour,\n\nVoici les statistiques demandées pour l'audit sur l'hyperkaliémie "
                                   "(aucune donnée nominative).\n\nLaboratoire de biochimie\n"),
                     binary(xlsx({"K": sheet}), XLSX, "stats_K_T3.xlsx"))
    return email_message(f"Laboratoire biochimie <labo.biochimie@{SSSS}>", "auditeur@qualite-labo.example.ca",
                         "Statistiques K - audit", root)


@negative("fr-appel-offres-dossier-numero", "fr", "appel d'offres : « dossier » suivi de numéros (non patient)")
def _() -> bytes:
    body = """Bonjour,

Addenda no 2 au dossier d'appel d'offres 2026-118 (lits électriques) :
- La date de clôture est reportée au 3 novembre 2026, 14 h.
- Réponse à la question 14 : les lits doivent supporter 227 kg.
- Le numéro de dossier SEAO est le 1872304; référez-vous-y dans toute correspondance.

Service de l'approvisionnement
"""
    return email_message(f"Approvisionnement <approvisionnement@{LAV}>", "soumissionnaires@example.org",
                         "Addenda 2 - dossier 2026-118", text(body))


@negative("fr-cas-ethique-mme-x", "fr", "consultation d'éthique anonymisée (« Mme X, 82 ans »)")
def _() -> bytes:
    body = """Bonjour,

Pour la rencontre du comité d'éthique clinique de mardi, voici la situation résumée (anonymisée) :
Mme X, 82 ans, démence d'Alzheimer avancée, dysphagie avec pneumonies d'aspiration à répétition.
Sa fille demande une gastrostomie; l'équipe considère que ce ne serait pas dans son intérêt.
Questions : qui décide? Quelle est la place des volontés exprimées antérieurement?

Le nom de l'usagère et l'unité ne seront pas mentionnés en comité.

Karine Lemieux, T.S., coordonnatrice du comité d'éthique clinique
"""
    return email_message(f"Karine Lemieux <karine.lemieux@{CHUM}>", "ethicien@universite-exemple.ca",
                         "Comité d'éthique clinique - mardi", text(body, cte="8bit"))


@negative("en-ecg-of-the-week", "en", "teaching quiz: anonymised ECG case (age, sex, answer)")
def _() -> bytes:
    body = """ECG of the week #37

A 58-year-old woman presents with palpitations for 2 hours. BP 128/76, HR 150, regular.
The ECG shows a narrow-complex tachycardia with sawtooth waves in II, III, aVF.

Answer: atrial flutter with 2:1 block. Consider rate control (metoprolol or diltiazem) and
anticoagulation according to CHA2DS2-VASc; refer for ablation.

Reply with your answers before Friday!
"""
    return email_message(f"Cardiology teaching <cardio.teaching@{CHUM}>", "students@example.org", "ECG of the week #37",
                         text(body, cte="7bit", charset="us-ascii"), crlf=True)


@positive("fr-rapport-medecin-traitant-niss-compact", "fr", ["be_niss", "patient_name", "diagnosis"],
          "lettre au médecin traitant belge, NISS écrit sans séparateurs")
def _() -> bytes:
    niss = note_id("be_niss", new_niss(1958, 7, 30, male=True))
    body = f"""Cher Confrère,

Votre patient M. Luc Janssens (NISS {niss}), en visite au Québec, a été hospitalisé du 2 au 9 octobre
dans notre unité de neurologie pour un AVC ischémique sylvien gauche (aphasie et parésie du membre
supérieur droit, NIHSS 6 à l'arrivée, thrombolyse par ténectéplase). FA paroxystique découverte au
Holter : apixaban 5 mg 2x/j introduit. Retour en Belgique autorisé le 12 octobre.

Bien confraternellement,
Dre Marie-Claude Poulin, neurologue
"""
    return email_message(f"Marie-Claude Poulin <marie-claude.poulin@{CHUM}>", "dr.dewitte@medecin-generaliste.example.be",
                         "Votre patient M. Janssens - hospitalisation à Montréal", text(body, cte="quoted-printable"))


@positive("fr-attestation-soins-nir-pdf", "fr", ["fr_nir", "patient_name", "diagnosis"],
          "attestation de soins (PDF) pour une étudiante française, NIR compact")
def _() -> bytes:
    nir = note_id("fr_nir", new_nir(False, 2003, 2, "69"))
    doc = pdf("Attestation de soins", [
        "Nous attestons que Mme Clémence DURAND, née le 14/02/2003,",
        f"numéro de sécurité sociale {nir},",
        "a été prise en charge à l'urgence le 27/09/2026 pour une pyélonéphrite aiguë droite,",
        "traitée par ciprofloxacine 500 mg 2 fois par jour pendant 7 jours.",
        "Montant facturé : 1 245,00 $ CA (facture 26-77812).",
    ])
    root = multipart("mixed", text("Bonjour,\n\nCi-joint l'attestation demandée pour votre remboursement auprès de "
                                   "la CPAM.\n\nFacturation – patients non-résidents\n"),
                     binary(doc, PDF, "attestation_soins.pdf"))
    return email_message(f"Facturation non-résidents <facturation.nonresidents@{CHUM}>", "clemence.durand03@gmail.com",
                         "Attestation de soins", root, crlf=True)


@positive("en-sin-only-patient-file", "en", ["ca_sin"],
          "only a SIN (with dashes) and the word patient: update request to the billing agency")
def _() -> bytes:
    sin = note_id("ca_sin", new_sin())
    body = f"""Hi,

Please update the patient file for claim WC-2026-33187: the SIN on the form was wrong, the correct
one is {sin[:3]}-{sin[3:6]}-{sin[6:]}.

Thanks,
Billing office
"""
    return email_message(f"Billing office <billing@{SSSS}>", "support@billing-agency.example.com",
                         "Correction - claim WC-2026-33187", text(body, cte="7bit", charset="us-ascii"))


@positive("en-home-visit-ics-patient", "en", ["patient_name", "diagnosis"],
          "home care visit invitation (.ics) with the patient's name and condition in the summary")
def _() -> bytes:
    ics = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:5k2v8q1m3c7a9d0e4f6g@google.com
DTSTAMP:20261006T180000Z
DTSTART:20261008T140000Z
DTEND:20261008T150000Z
SUMMARY:Home visit - Margaret O'Brien - COPD\\, new home O2 setup
DESCRIPTION:4120 Rue Sherbrooke O apt 12. Concentrator delivery at 10:00. Check sats on 2 L.
LOCATION:4120 Rue Sherbrooke O\\, Westmount
ORGANIZER;CN=Home care RT:mailto:rt.homecare@ssss.gouv.qc.ca
ATTENDEE;CN=Vital Air tech;RSVP=TRUE:mailto:dispatch@home-oxygen.example.com
END:VEVENT
END:VCALENDAR
"""
    root = multipart("mixed", text("Invitation: Home visit - Margaret O'Brien - COPD, new home O2 setup\n",
                                   cte="7bit", charset="us-ascii"), calendar(ics, filename="invite.ics"))
    return email_message(f"Home care RT <rt.homecare@{SSSS}>", "dispatch@home-oxygen.example.com",
                         "Invitation: Home visit - Margaret O'Brien - Thu Oct 8", root)


@positive("fr-horaire-hemodialyse-patients", "fr", ["patient_name", "diagnosis"],
          "horaire des chaises d'hémodialyse par patient, envoyé à une unité satellite")
def _() -> bytes:
    body = """Bonjour,

Horaire des chaises pour la semaine du 12 octobre (unité satellite Sainte-Rose) :

Lun-Mer-Ven 6 h 45
  Chaise 1 – Bouchard, Laurent (IRT, amputé BK G, transport adapté)
  Chaise 2 – Leclerc, Jean-Guy (IRT diabétique, K souvent élevé)
  Chaise 3 – Wilson, Sofia (FAV récente, 2e semaine de ponction)
Mar-Jeu-Sam 12 h 30
  Chaise 1 – Patel, Ravi (cathéter jugulaire D, hépatite B+ : chaise isolée)
  Chaise 2 – Nguyen, Van Minh (polykystose rénale)

Bonne semaine,
Assistante infirmière-chef, hémodialyse
"""
    return email_message(f"AIC hémodialyse <aic.hemodialyse@{LAV}>", "satellite.sterose@dialyse-partenaire.example.ca",
                         "Horaire chaises sem. 12 oct.", text(body, cte="quoted-printable"))


@positive("fr-lettre-consultation-neuro-docx", "fr", ["patient_name", "mrn", "date_of_birth", "diagnosis", "medication"],
          "lettre de consultation en neurologie (DOCX)")
def _() -> bytes:
    doc = docx("Consultation – Neurologie", [
        "Patiente : Lise Dufour     Date de naissance : 1972-09-30     No de dossier : 0458812",
        "Médecin référent : Dre Isabelle Ferland, GMF-U Maisonneuve",
        "Motif : deux épisodes de perte de conscience avec mouvements tonico-cloniques en août 2026.",
        "EEG : activité épileptiforme temporale gauche. IRM : sclérose hippocampique gauche.",
        "Impression : épilepsie temporale gauche.",
        "Plan : lévétiracétam 500 mg BID x 2 semaines puis 750 mg BID. Pas de conduite automobile pour 6 mois "
        "(déclaration SAAQ faite). Revoir dans 3 mois.",
        "Dre Marie-Claude Poulin, neurologue",
    ], author="M.-C. Poulin")
    root = multipart("mixed", text("Bonjour Dre Ferland,\n\nVoici ma note de consultation pour votre patiente.\n\n"
                                   "Marie-Claude Poulin\n"), binary(doc, DOCX, "consult_neuro_Dufour.docx"))
    return email_message(f"Marie-Claude Poulin <marie-claude.poulin@{CHUM}>", "isabelle.ferland.gmfu@gmail.com",
                         "Consultation neuro", root)


@positive("en-ohip-compact-lab-request", "en", ["ca_health_number", "patient_name", "lab_result"],
          "lab result forwarded to an Ontario clinic, OHIP number compact, no version code")
def _() -> bytes:
    hcn = note_id("ca_health_number", new_ontario_hcn())
    body = f"""Hello,

Your patient Heather Campbell (OHIP {hcn}) had bloodwork drawn here while on dialysis vacation:
Hb 88 g/L, K 6.2 mmol/L, phosphate 2.4, PTH 88 pmol/L, albumin 31.
Her next session at your unit is Oct 14; please review the potassium.

Hemodialysis unit, Hôpital de la Cité-de-la-Santé
"""
    return email_message(f"Hemodialysis <hemodialyse@{LAV}>", "charge.nurse@kingston-dialysis.example.org",
                         "Vacation dialysis bloodwork", text(body, cte="quoted-printable"), crlf=True)


@positive("fr-resultats-envoyes-gmail-patiente", "fr", ["patient_name", "lab_result", "diagnosis", "medication"],
          "médecin qui écrit directement à la patiente sur son Gmail avec ses résultats")
def _() -> bytes:
    body = """Bonjour Mme Fournier,

Vos résultats sanguins du 2 octobre sont arrivés : hémoglobine 104 g/L, ferritine 8 µg/L.
Il s'agit d'une anémie par manque de fer, probablement liée à vos menstruations abondantes.
Je vous prescris du fer (fumarate ferreux 300 mg, 1 comprimé un jour sur deux), envoyé à votre
pharmacie. Contrôle sanguin dans 8 semaines.

Dre Hélène Gagné
"""
    return email_message(f"Dre Hélène Gagné <helene.gagne@{SSSS}>", "melanie.fournier91@gmail.com",
                         "Vos résultats", text(body, cte="8bit", is_flowed=True))


@positive("fr-nom-et-ddn-dans-nom-de-fichier", "fr", ["patient_name", "date_of_birth", "diagnosis"],
          "corps presque vide ; nom, date de naissance et examen dans le nom du fichier PDF joint et l'objet")
def _() -> bytes:
    doc = pdf("Échocardiographie transthoracique", [
        "FEVG 35 % (Simpson biplan). Hypokinésie inféro-latérale. IM modérée. PAPs 48 mmHg.",
        "Conclusion : cardiomyopathie ischémique avec dysfonction VG modérée à sévère.",
    ])
    root = multipart("mixed", text("Voici.\n\nEnvoyé de mon iPhone\n"),
                     binary(doc, PDF, "Echo_CARON_Lucille_1937-10-23.pdf"))
    return email_message(f"Dr Pierre Caron <pierre.caron@{CHUM}>", "secretariat@cardio-clinique-exemple.ca",
                         "Écho Caron Lucille - cardiomyopathie", root)


@positive("fr-objet-seulement-nstemi", "fr", ["patient_name", "diagnosis"],
          "toute l'information est dans l'objet ; le corps ne dit presque rien")
def _() -> bytes:
    return email_message(f"Hugo Lachance <hugo.lachance@{CHUM}>", "coronarien@hopital-regional.example.ca",
                         "Tremblay Réjean - NSTEMI - transfert pour coro demain?",
                         text("Je t'appelle dans 10 min.\nH.\n", cte="7bit", charset="us-ascii"))


@positive("fr-html-outlook-reponse-citee-resultat", "fr", ["patient_name", "lab_result", "medication"],
          "réponse Outlook en HTML ; le résultat et le nom sont dans le bloc « De : / Envoyé : » cité")
def _() -> bytes:
    html = """<html><body>
<div>C'est noté, on ajuste à la prochaine visite. Merci!</div>
<div>Sylvain</div>
<hr>
<div><b>De :</b> Biochimie LIS &lt;biochimie.alertes@ssss.gouv.qc.ca&gt;<br>
<b>Envoyé :</b> 7 octobre 2026 11:02<br>
<b>À :</b> Sylvain Groulx<br>
<b>Objet :</b> Résultat anormal</div>
<div>Usager : LEBLANC, Daniel<br>
Digoxine sérique 3,1 nmol/L (thérapeutique 0,6-1,3) – patient sous digoxine 0,25 mg die.<br>
K 3,2 mmol/L.</div>
</body></html>"""
    root = multipart("alternative", text("C'est noté, on ajuste à la prochaine visite. Merci!\nSylvain\n"),
                     text(html, subtype="html", cte="quoted-printable"))
    return email_message(f"Sylvain Groulx <sylvain.groulx@{SSSS}>", "Clinique Lacordaire <info@clinique-lacordaire.example.ca>",
                         "RE: Résultat anormal", root, crlf=True)


@negative("en-forwarded-newsletter-rfc822", "en", "forwarded newsletter attached as message/rfc822 (no patient)")
def _() -> bytes:
    inner = email_message("Heart & Stroke Pro <pro@heartstroke-example.ca>", f"hugo.lachance@{CHUM}",
                          "Stroke best practices: 2026 update",
                          text("The 2026 update of the stroke best practice recommendations is out.\n"
                               "Highlights: tenecteplase preferred over alteplase; extended window thrombectomy up to "
                               "24 h; DOAC start 2-14 days after AF-related ischemic stroke depending on size.\n",
                               cte="7bit", charset="us-ascii"), crlf=False)
    root = multipart("mixed", text("For the stroke unit nurses - please read.\n", cte="7bit", charset="us-ascii"),
                     attached_message(inner, "Stroke best practices 2026 update.eml"))
    return email_message(f"Hugo Lachance <hugo.lachance@{CHUM}>", "stroke-unit-educators@example.org",
                         "Fwd: Stroke best practices: 2026 update", root)


@negative("fr-liste-postes-telephoniques", "fr", "liste des postes téléphoniques des unités (numéros à 5-7 chiffres)")
def _() -> bytes:
    body = """Bonjour,

Voici la liste des postes à jour pour le bottin :
5B Médecine          poste 44120   télécopieur 514 555-0171
6A Chirurgie         poste 44160   télécopieur 514 555-0172
7N Médecine          poste 44170   télécopieur 514 555-0173
USI                  poste 44300   téléavertisseur 1004471
Archives médicales   poste 33010   télécopieur 514 555-0174

Téléphonie
"""
    return email_message(f"Téléphonie <telephonie@{CHUM}>", "bottin@imprimeur-exemple.ca", "Bottin - postes des unités",
                         text(body, cte="8bit"), crlf=True)


@positive("fr-signout-pediatrie-poids", "fr", ["patient_name", "diagnosis", "lab_result", "medication"],
          "liste de passation en pédiatrie : prénom NOM, poids, bilans, envoyée à un externe")
def _() -> bytes:
    body = """Passation péds – nuit du 14 oct.

Ch. 3  Mathis THIBAULT, 7 a, 22 kg – pneumonie LSD, amox HD 90 mg/kg/j J2. Sat 94 % AA.
Ch. 5  Sarah LESSARD, 7 a, 24 kg – acidocétose diabétique inaugurale. pH 7,21 -> 7,30, glyc 14, insuline 0,05 u/kg/h.
       Lytes q 2 h, K 4,1. Ne pas oublier l'enseignement DB1 demain avec la nutritionniste.
Ch. 8  Malik CLOUTIER, 11 a – appendicite perforée op hier, pipé-tazo. Afébrile, GB 14,2.
Ch. 11 Gabrielle CLOUTIER, 15 a – anorexie mentale, FC 42 la nuit, phosphore 0,68 -> suppléments.

Bonne nuit!
Camille (R2 péds)
"""
    return email_message(f"Camille Brault <camille.brault@{CHUM}>", "externe.pedia.2026@gmail.com",
                         "passation péds", text(body, cte="quoted-printable"), crlf=True)


@positive("fr-dossier-6-chiffres-archives", "fr", ["mrn", "patient_name"],
          "demande de copie de dossier : numéro de dossier à 6 chiffres précédé de « # dossier »")
def _() -> bytes:
    body = """Bonjour,

Suite à l'autorisation signée reçue par télécopieur, voici la liste des pièces copiées pour
Mme Denise Roy, # dossier 884512 (les copies partent par messagerie, la plateforme sécurisée
ne fonctionne pas aujourd'hui) :
- notes de l'urgence du 12/08/26
- protocole opératoire du 13/08/26
- résumé de départ

Archives médicales – Hôpital de Verdun
"""
    return email_message(f"Archives Verdun <archives.verdun@{SSSS}>", "dossiers@cabinet-avocats-exemple.ca",
                         "Demande d'accès - Mme Roy", text(body, cte="8bit"))


@positive("en-mrn-8-digits-imaging-request", "en", ["mrn", "patient_name", "diagnosis"],
          "prior imaging request, 8-digit MRN with leading zeros")
def _() -> bytes:
    body = """Hi,

Could you push the prior CT chest (2025-11-04) to our PACS for comparison?

Patient: Patrick Murphy
MRN 00293847 (our site)
Reason: follow-up of a 9 mm RUL pulmonary nodule, now suspicious for adenocarcinoma on PET.

Thanks,
Radiology film library
"""
    return email_message(f"Film library <film.library@{SSSS}>", "pacs.admin@imaging-partner.example.org",
                         "Prior CT request - Murphy", text(body, cte="7bit", charset="us-ascii"))


@positive("fr-rappel-rdv-courriel-patient", "fr", ["patient_name", "diagnosis"],
          "rappel de rendez-vous envoyé à l'adresse personnelle du patient, mentionnant son lymphome")
def _() -> bytes:
    body = """Bonjour M. Denis Savard,

Nous vous rappelons votre rendez-vous en hémato-oncologie le lundi 19 octobre à 9 h 15 (4e étage,
porte 4.300) pour le suivi de votre lymphome folliculaire et votre prochaine perfusion de rituximab.
Présentez-vous au prélèvement à 8 h 15.

Pour annuler : 514 555-0191.
Clinique d'hémato-oncologie
"""
    return email_message(f"Clinique hémato-oncologie <hemato.onco.rdv@{CHUM}>", "denis.savard72@videotron.example.ca",
                         "Rappel de rendez-vous - 19 octobre", text(body, cte="base64"), crlf=True)


@positive("en-transport-request-dialysis-address", "en", ["patient_name", "diagnosis"],
          "English transport request for a dialysis patient with home address and phone")
def _() -> bytes:
    body = """Hello,

Please set up recurring transport:

Client: Doris Campbell, 81
Pick-up: 55 Maple Crescent, Pointe-Claire H9R 3K2 - side door, 2 steps
Phone: 514-555-0163 (daughter Wendy: 514-555-0164)
Destination: Lakeshore General, Hemodialysis, door 3
Days: Tue/Thu/Sat, ready at 11:45, return ~16:30
Notes: end-stage renal disease, walker, hard of hearing - please knock loudly.

Thank you,
Social worker, Nephrology
"""
    return email_message(f"Nephrology SW <nephro.sw@{SSSS}>", "dispatch@westisland-transport.example.ca",
                         "Recurring transport - hemodialysis", text(body, cte="7bit", charset="us-ascii"))


@positive("fr-tableau-tsv-corps-patients-nam", "fr", ["ramq_nam", "patient_name", "date_of_birth"],
          "liste de patients collée d'Excel dans le corps (tabulations), NAM et DDN")
def _() -> bytes:
    rows = [
        ("Nom", "Prénom", "DDN", "NAM", "Clinique"),
        ("WILSON", "Sofia", "1958-03-04", nam("wilson", "compact"), "IRC"),
        ("GAUTHIER", "Jean-François", "1976-02-16", nam("gauthier_jf", "compact"), "MPOC"),
        ("MARTEL", "David", "2005-08-27", nam("martel", "compact"), "Ortho"),
        ("TAYLOR", "Diane", "1967-04-06", nam("taylor_d", "compact"), "Uro"),
    ]
    body = ("Salut, voici les 4 patients à rappeler pour le sondage de satisfaction (ils ont accepté d'être "
            "contactés) :\n\n" + "\n".join("\t".join(r) for r in rows) + "\n\nMerci!\nJosiane\n")
    return email_message(f"Josiane Lévesque <josiane.levesque@{LAV}>", "enquetes@firme-sondage.example.ca",
                         "Liste pour sondage", text(body, cte="quoted-printable"))


@negative("fr-candidature-residence-date-naissance", "fr",
          "dossier de candidature d'un futur résident (né le..., numéro de permis) : personne non patiente")
def _() -> bytes:
    body = """Bonjour Dre Ferland,

Voici le résumé du dossier de candidature de M. Félix Beaudoin pour le programme de médecine
familiale (CaRMS) :
- né le 14 mars 1998 à Rimouski
- MD Université de Sherbrooke 2026, moyenne cumulative 3,8
- stages à option : gériatrie, soins palliatifs, urgence rurale
- lettres de référence : Dr Alain Rochon, Dre Ariane Bisson
Entrevue proposée le 22 janvier, 10 h.

Secrétariat du programme
"""
    return email_message(f"Programme MF <programme.mf@{SSSS}>", "isabelle.ferland.gmfu@gmail.com",
                         "Candidature - F. Beaudoin", text(body, cte="quoted-printable"), crlf=True)


@negative("fr-controle-qualite-labo-lots", "fr",
          "rapport de contrôle de qualité du laboratoire : valeurs K, Na, Cr de matériaux de contrôle, lots")
def _() -> bytes:
    body = """Bonjour,

Rapport CQ hebdomadaire – analyseur cobas pro (numéro de série 2104-11873)

Analyte   Niveau  Lot CQ    Cible   Moyenne  CV %
K         1       45871     3,90    3,92     1,1
K         2       45872     6,20    6,17     0,9
Na        1       45871     128     127,6    0,8
Créat     2       45872     512     518      2,3   <- règle 2-2s déclenchée mardi, recalibré
Hb (CBC)  N       CBC-8841  128     127      1,4

Aucun résultat patient touché (séries relancées après recalibration).

Laboratoire de biochimie
"""
    return email_message(f"Laboratoire biochimie <labo.biochimie@{SSSS}>", "support@roche-exemple.com",
                         "CQ hebdo semaine 41", text(body, cte="8bit"))


@negative("fr-portail-patient-maintenance", "fr", "avis de maintenance du portail patient (aucun patient nommé)")
def _() -> bytes:
    html = """<html><body><p><b>Avis de maintenance – Portail patient</b></p>
<p>Le portail patient (consultation des résultats et des rendez-vous) sera indisponible le dimanche
18 octobre de 0 h à 6 h. Les patients recevront un message à la connexion.</p>
<p>Pour les cliniques partenaires : les demandes de rendez-vous électroniques seront retenues et
traitées lundi matin.</p><p>Direction des ressources informationnelles</p></body></html>"""
    root = multipart("alternative", text("Avis de maintenance du portail patient : dimanche 18 octobre, 0 h à 6 h.\n"),
                     text(html, subtype="html", cte="base64"))
    return email_message(f"DRI <dri.communications@{SSSS}>", "cliniques-partenaires@example.org",
                         "Maintenance portail patient - 18 octobre", root)


@negative("en-license-renewal-staff", "en", "list of staff licence numbers due for renewal (staff, not patients)")
def _() -> bytes:
    body = """Hi,

The following staff licences expire on March 31 and must be renewed before we can confirm
their privileges:

Name              Profession   Licence no.
Linda Marsh       RN           OIIQ 2112847
Robert Klein      MD           CMQ 1-09344
Marc Côté         Pharmacist   OPQ 204418
Frank Dufour      -            n/a (non-clinical)

Medical affairs
"""
    return email_message(f"Medical affairs <medical.affairs@{SSSS}>", "credentialing@consulting-example.com",
                         "Licence renewals - March 31", text(body, cte="quoted-printable"), crlf=True)


@negative("fr-ics-discussion-cas-sans-nom", "fr", "invitation .ics à une discussion de cas : « cas à confirmer », aucun nom")
def _() -> bytes:
    ics = """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E0080000000091F4
DTSTAMP:20261008T130000Z
DTSTART;TZID=America/Toronto:20261015T080000
DTEND;TZID=America/Toronto:20261015T090000
SUMMARY:Discussion de cas interdisciplinaire - SAD secteur Ahuntsic
DESCRIPTION:Cas à confirmer par les intervenants d'ici mardi (pas de noms dans l'invitation\\, svp).\\n
 Thèmes : plaies chroniques\\, épuisement des proches aidants.
LOCATION:Teams
ORGANIZER;CN=Mathieu Dion:mailto:mathieu.dion@ssss.gouv.qc.ca
ATTENDEE;CN=Mélissa Roy;RSVP=TRUE:mailto:coordination@soins-chez-soi.example.ca
END:VEVENT
END:VCALENDAR
"""
    root = multipart("alternative", text("Discussion de cas interdisciplinaire, jeudi 15 octobre, 8 h, Teams.\n"),
                     calendar(ics))
    return email_message(f"Mathieu Dion <mathieu.dion@{SSSS}>", "Mélissa Roy <coordination@soins-chez-soi.example.ca>",
                         "Invitation : Discussion de cas interdisciplinaire", root, crlf=True)


@negative("en-drug-monograph-summary", "en", "drug information summary (dosing in renal failure), no patient")
def _() -> bytes:
    body = """Drug information request #2026-0418 - answer

Question: dosing of gabapentin in CKD.
Answer:
- CrCl > 60 mL/min: 900-3600 mg/day in 3 doses
- CrCl 30-59: 400-1400 mg/day in 2 doses
- CrCl 15-29: 200-700 mg/day once daily
- Hemodialysis: 100-300 mg after each session
Watch for sedation and falls in elderly patients. Reference: product monograph, 2025 revision.

Drug Information Centre
"""
    return email_message(f"Drug Information <drug.info@{SSSS}>", "pharmacist@communitypharmacy-example.ca",
                         "DI request #2026-0418", text(body, cte="7bit", charset="us-ascii"))


@negative("fr-offre-emploi-medecin-gmf", "fr", "annonce de recrutement de médecins pour un GMF (clientèle, statistiques)")
def _() -> bytes:
    body = """Le GMF des Mille-Îles recrute!

Nous cherchons 2 médecins de famille pour prendre en charge environ 1 500 patients orphelins
inscrits au GAP, dont de nombreux patients atteints de maladies chroniques (DB2, MPOC, ICC).
Équipe interdisciplinaire : 3 IPSPL, 2 infirmières cliniciennes, pharmacienne, TS, nutritionniste.
Horaire flexible, sans garde de nuit. Début : janvier 2027.

Contact : Dre Nathalie Gagnon, responsable médicale – 450 555-0109
"""
    return email_message(f"GMF des Mille-Îles <gmf.milleiles@{LAV}>", "petites-annonces@revue-medicale.example.ca",
                         "Annonce - recrutement médecins de famille", text(body, charset="iso-8859-1", cte="quoted-printable"))


@negative("fr-demande-conge-parental-employee", "fr", "demande de congé parental d'une employée (date prévue d'accouchement)")
def _() -> bytes:
    body = """Bonjour,

Je vous informe que je prévois prendre mon congé de maternité à partir du 4 janvier 2027 (date
prévue d'accouchement : 25 janvier), suivi d'un congé parental de 52 semaines. Mon retour est donc
prévu vers le 31 janvier 2028. Je joindrai le formulaire RQAP dès que je l'aurai reçu.

Merci,
Camille Brault, R2 pédiatrie
"""
    return email_message(f"Camille Brault <camille.brault@{CHUM}>", "camille.brault.perso@gmail.com",
                         "Congé de maternité", text(body, cte="8bit"))


@positive("en-discharge-summary-plain-chart", "en", ["patient_name", "mrn", "diagnosis", "medication", "lab_result"],
          "long plain-text discharge summary pasted into the body, chart number in the header block")
def _() -> bytes:
    body = """DISCHARGE SUMMARY - GENERAL MEDICINE

Patient: FRASER, Elaine          Chart #: 2716630
Admit: 09/28/26                  Discharge: 10/06/26
Attending: Dr. R. Klein          Dictated by: O. Chen, PGY-1

Most responsible diagnosis: acute decompensated heart failure (HFrEF, EF 30%).
Other: AKI on CKD 3a (Cr peak 188, discharge 131), new AF with RVR, T2DM, gout.

Course: IV furosemide 80 mg BID with 6.2 kg weight loss. AF rate controlled with metoprolol,
anticoagulated with apixaban 5 mg BID. Started sacubitril-valsartan 24/26 mg BID on day 5 after Cr
improved. K 4.6 at discharge. NT-proBNP 9,840 -> 3,120.

Discharge meds: furosemide 40 mg daily, metoprolol 50 mg BID, apixaban 5 mg BID,
sacubitril-valsartan 24/26 mg BID, dapagliflozin 10 mg daily, allopurinol 100 mg daily.
Stopped: glyburide (hypoglycemia risk), naproxen.

Follow-up: HF clinic 2 weeks; labs (lytes, Cr) in 1 week.
"""
    return email_message(f"Robert Klein <robert.klein@{SSSS}>", "Dr. Siobhan Walsh <swalsh@pointe-claire-clinic.example.com>",
                         "Discharge summary - Fraser", text(body, cte="7bit", charset="us-ascii"), crlf=True)


@positive("fr-initiales-ddn-dossier", "fr", ["date_of_birth", "mrn", "diagnosis"],
          "patiente désignée par ses initiales, mais date de naissance + numéro de dossier l'identifient")
def _() -> bytes:
    body = """Bonjour,

Concernant L.C. (née le 23/10/1937, no de dossier 1462208), la demande d'hébergement en CHSLD est
complétée : démence mixte, perte d'autonomie (SMAF -48), chutes à répétition. Profil ISO-SMAF 10.
Pouvez-vous la prioriser au mécanisme d'accès?

Julie Lapierre, T.S.
"""
    return email_message(f"Julie Lapierre <julie.lapierre@{SSSS}>", "mecanisme.acces@chsld-prive-exemple.ca",
                         "Priorisation hébergement", text(body, cte="quoted-printable"))


@positive("fr-genetique-brca-famille", "fr", ["patient_name", "diagnosis", "date_of_birth"],
          "conseil génétique : résultat BRCA d'une patiente et de membres de sa famille nommés")
def _() -> bytes:
    body = """Bonjour Dre Nadeau,

Résultat du test génétique de Mme Catherine Gagnon (DDN 10-06-1981) : variante pathogène BRCA2
c.5946delT (hétérozygote). Sa mère, Mme Rita Bouchard, a eu un cancer de l'ovaire à 58 ans.
Sa sœur Nathalie a été avisée et souhaite un test en cascade. Nous recommandons une IRM mammaire
annuelle et une discussion de salpingo-ovariectomie prophylactique à partir de 40 ans.

Conseillère en génétique – Service de génétique médicale
"""
    return email_message(f"Génétique médicale <genetique@{CHUM}>", "Dr Caroline Nadeau <c.nadeau@gastro-clinique.example.ca>",
                         "Résultat génétique - Mme Gagnon", text(body, cte="base64"))


@positive("en-hiv-clinic-transfer", "en", ["patient_name", "diagnosis", "lab_result", "medication"],
          "HIV clinic transfer of care with viral load and ART")
def _() -> bytes:
    body = """Hi Dr. Okafor,

Transferring the care of Kwame Mensah (moving to Ottawa next month). HIV diagnosed 2019,
on bictegravir/emtricitabine/TAF once daily, excellent adherence.
Last labs 2026-09-15: viral load < 40 copies/mL, CD4 612 (34%), Cr 88, HBsAg negative.
Hep A/B immune, due for Shingrix dose 2 in November.

Please let me know when he has an intake date.
Marie-Hélène Bisson, MD - Immunodeficiency clinic
"""
    return email_message(f"Marie-Hélène Bisson <mh.bisson@{CHUM}>", "Daniel Okafor <d.okafor@example.org>",
                         "Transfer of care", text(body, cte="quoted-printable"), crlf=True)


@positive("en-ohip-spaced-version-code-referral", "en", ["ca_health_number", "patient_name", "diagnosis"],
          "referral to an Ontario specialist, health card spaced 4-3-3 with version code")
def _() -> bytes:
    hcn = note_id("ca_health_number", new_ontario_hcn())
    body = f"""Referral - Rheumatology (Ottawa)

Patient: Nicole Stewart, 46
Health card: {hcn[:4]} {hcn[4:7]} {hcn[7:]} RX
Reason: seropositive rheumatoid arthritis (RF 88, anti-CCP > 300), synovitis of MCPs 2-4 bilaterally,
on methotrexate 20 mg weekly + folic acid, inadequate response. Lives in Gatineau but works in Ottawa
and prefers follow-up there.

Dr. Michael Chen
"""
    return email_message(f"Michael Chen <michael.chen@{SSSS}>", "referrals@ottawa-rheum.example.org",
                         "Referral - rheumatology", text(body, cte="7bit", charset="us-ascii"))


@positive("fr-nam-tirets-transfert-interetablissement", "fr", ["ramq_nam", "patient_name", "diagnosis", "lab_result"],
          "transfert interétablissement, NAM avec tirets et résultats dans un tableau texte")
def _() -> bytes:
    body = f"""TRANSFERT – demande d'accueil en soins intensifs

Usager : CARON Lucille   NAM {nam("caron", "dash")}
Provenance : urgence Hôpital de Saint-Eustache
Dx : choc septique d'origine urinaire, IRA (Cr 245), lactate 5,2
Gaz : pH 7,24 / pCO2 30 / HCO3 13
Norépinéphrine 0,15 mcg/kg/min, pipéracilline-tazobactam débuté 14 h 10.
Niveau de soins : A (discuté avec la fille).

Coordonnateur des transferts – COOLSI
"""
    return email_message(f"Coordination transferts <coolsi.transferts@{SSSS}>", "usi.accueil@hopital-regional.example.ca",
                         "Demande d'accueil USI", text(body, cte="quoted-printable"))


@negative("fr-depot-direct-employe", "fr", "formulaire de dépôt direct d'un employé (transit, institution, compte)")
def _() -> bytes:
    body = """Bonjour,

Voici mes nouvelles informations bancaires pour le dépôt de la paie :
Institution 815 – Transit 30127 – Compte 1048823
Matricule : 1063318

Merci!
Sophie Bergeron, R3 médecine interne
"""
    return email_message(f"Sophie Bergeron <sophie.bergeron.med@{CHUM}>", "paie.residents@federation-exemple.qc.ca",
                         "Changement dépôt direct", text(body, cte="8bit"), crlf=True)


@negative("en-device-incident-report-no-patient", "en", "medical device incident report, serial and lot, no patient identified")
def _() -> bytes:
    body = """Medical device problem report - submitted to the manufacturer

Device: infusion pump, model Sigma Spectrum 8100, S/N 1730044812
Tubing set lot: 24H1187
Event: free-flow of normal saline when the door was opened during a set change on unit 6A.
Outcome: no harm; the patient was not connected at the time (priming).
Internal incident number: AH-223 2026-1188.
The pump has been sequestered in biomed.

Risk management
"""
    return email_message(f"Risk management <gestion.risques@{SSSS}>", "vigilance@infusion-example.com",
                         "Device problem report - S/N 1730044812", text(body, cte="7bit", charset="us-ascii"))


@negative("en-abstract-case-series", "en", "conference abstract describing a de-identified case series")
def _() -> bytes:
    body = """Hi Anna,

Here is the final abstract for the CCC submission - please check the numbers:

Title: Tenecteplase-related angioedema in patients on ACE inhibitors: a single-centre case series
Methods: retrospective review of 412 consecutive thrombolysed stroke patients (2023-2025).
Results: 7 patients (1.7%) developed orolingual angioedema; median age 71 (range 58-84);
6/7 were on an ACE inhibitor. All resolved with antihistamines and steroids; none required intubation.
Conclusion: ACE inhibitor use is a strong risk factor.

Marie-Claude
"""
    return email_message(f"Marie-Claude Poulin <marie-claude.poulin@{CHUM}>", "Anna Kowalski <akowalski.research@gmail.com>",
                         "CCC abstract - final", text(body, cte="7bit", charset="us-ascii"), crlf=True)


@negative("en-courier-tracking", "en", "courier shipping confirmation with tracking numbers (no patient)")
def _() -> bytes:
    body = """Your shipment has been picked up.

Tracking number: 1Z 9A4 7W1 03 4418 2291
Reference: PO 4470219 / biomed repair RMA-88213
From: CHUM Biomedical Engineering, 1051 Sanguinet, Montreal QC H2X 3E4
To: Sigma Repair Depot, 3300 Erin Mills Pkwy, Mississauga ON L5L 1W4
Weight: 6.4 kg. Estimated delivery: Oct 15.
"""
    return email_message(f"Biomedical engineering <genie.biomedical@{SSSS}>", "shipping-notices@courier-example.com",
                         "Shipment picked up - RMA-88213", text(body, cte="7bit", charset="us-ascii"))


@negative("fr-reunion-flux-patients", "fr", "réunion sur le flux des patients : indicateurs, « patients » au sens général")
def _() -> bytes:
    body = """Bonjour à tous,

Rappel : rencontre sur le flux des patients jeudi 9 h.
À l'ordre du jour :
- 38 patients en attente d'hébergement (NSA) occupent des lits de courte durée
- délai moyen entre la décision d'admettre et la montée à l'étage : 14,6 h
- projet pilote de congé avant 11 h sur 5B et 7N
- rôle de l'infirmière de liaison le week-end

Au plaisir,
Direction des soins infirmiers
"""
    return email_message(f"DSI <dsi@{LAV}>", "gestionnaires-reseau@example.org", "Flux des patients - jeudi 9 h",
                         text(body, cte="quoted-printable"))


@negative("fr-infolettre-fondation-temoignage-public", "fr",
          "infolettre de la fondation : remerciements à des donateurs nommés, aucun soin décrit")
def _() -> bytes:
    html = """<html><body>
<h2>Merci à nos donateurs!</h2>
<p>Grâce à la générosité de la famille Bouchard-Lessard et de l'entreprise Béton Laval inc., la Fondation a
amassé 412 000 $ pour l'achat d'un nouvel appareil d'IRM. Le tournoi de golf présidé par M. Denis Savard
a rapporté 86 000 $.</p>
<p>Prochain événement : la Classique hivernale, le 6 février 2027.</p>
<p>Fondation de l'hôpital – organisme de bienfaisance enregistré</p>
</body></html>"""
    root = multipart("alternative", text("Merci à nos donateurs! Voir la version HTML.\n"),
                     text(html, subtype="html", cte="quoted-printable"))
    return email_message(f"Fondation <fondation@{LAV}>", "donateurs@example.org", "Merci à nos donateurs!", root)


def tiny_png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """A valid, plain-coloured PNG (stands in for a photo or a logo)."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    row = b"\x00" + bytes(rgb) * width
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(row * height, 9))
            + chunk(b"IEND", b""))


@positive("fr-photo-plaie-nom-fichier", "fr", ["patient_name", "diagnosis"],
          "photo de plaie jointe (PNG) ; le nom de la patiente et la plaie sont dans le nom du fichier et le texte")
def _() -> bytes:
    root = multipart("mixed",
                     text("Bonjour Dre Pham,\n\nPhoto de ce matin, J14 de traitement. La plaie du talon G de "
                          "Mme Boucher ne progresse pas (stade 3, 2,5 x 2 cm, fond fibrineux). Avis svp sur la "
                          "suite du pansement.\n\nMathieu Dion, inf.\n"),
                     binary(tiny_png(64, 48, (182, 120, 110)), "image/png", "plaie_talon_G_BOUCHER_Jeannine_J14.png"))
    return email_message(f"Mathieu Dion <mathieu.dion@{SSSS}>", "Dre Linh Pham <lpham@clinique-plaies.example.ca>",
                         "Photo plaie talon - avis", root, crlf=True)


@negative("en-signature-logo-png", "en", "ordinary scheduling mail with a logo image in the signature (multipart/related)")
def _() -> bytes:
    html = """<html><body><p>Hi Karen,</p><p>Could we move our Thursday call to 3 pm? The endoscopy block
schedule review can wait until then.</p><p>Thanks,<br>Michael</p>
<p><img src="cid:logo-ciusss@ssss" alt="CIUSSS logo" width="120"><br>
Michael Chen, MD, CCFP<br>Family Medicine, CLSC Côte-des-Neiges</p></body></html>"""
    logo = binary(tiny_png(120, 40, (0, 84, 166)), "image/png", "logo.png", inline=True)
    logo.headers.append(("Content-ID", "<logo-ciusss@ssss>"))
    related = multipart("related", text(html, subtype="html", cte="quoted-printable"), logo)
    root = multipart("alternative", text("Hi Karen,\n\nCould we move our Thursday call to 3 pm?\n\nThanks,\nMichael\n"),
                     related)
    return email_message(f"Michael Chen <michael.chen@{SSSS}>", "Karen Doyle <booking@endoscopy-westisland.example.com>",
                         "Thursday call", root)


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
