# ruff: noqa: E501  (mail bodies keep their natural, unwrapped paragraphs)
"""Generate the held-out evaluation corpus (measurement only, never tuning).

Run: /work/main/.venv/bin/python tests/corpus_heldout/generate.py
Deterministic: seeded choices, fixed dates, Message-IDs, MIME boundaries and
archive timestamps, so two runs give identical bytes. Everything is invented.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import random
import re
import shutil
import zipfile
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage
from pathlib import Path

from stdnum import luhn

SEED = 20261204
HERE = Path(__file__).resolve().parent
BASE_DATE = dt.datetime(2026, 11, 2, 8, 14, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
FIXED_ZIP_TIME = (2026, 11, 1, 9, 0, 0)

rng = random.Random(SEED)


# ---------------------------------------------------------------- identifiers
def sin(first8: str) -> str:
    return first8 + luhn.calc_check_digit(first8)


def ontario_hn(first9: str) -> str:
    return first9 + luhn.calc_check_digit(first9)


def bc_phn(first9: str) -> str:
    weights = (2, 4, 8, 5, 10, 9, 7, 3)
    total = sum(int(d) * w % 11 for d, w in zip(first9[1:9], weights, strict=True))
    check = 11 - total % 11
    if check >= 10:
        raise ValueError(f"no PHN check digit for {first9}")
    return first9 + str(check)


def niss(yy: int, mm: int, dd: int, seq: int, born_2000s: bool = False) -> str:
    body = f"{yy:02d}{mm:02d}{dd:02d}{seq:03d}"
    number = int(body) + (2_000_000_000 if born_2000s else 0)
    check = 97 - number % 97
    return f"{body[0:2]}.{body[2:4]}.{body[4:6]}-{body[6:9]}.{check:02d}"


def nir(first13: str) -> str:
    check = 97 - int(first13) % 97
    return f"{first13}{check:02d}"


def spaced_nir(value: str) -> str:
    return f"{value[0]} {value[1:3]} {value[3:5]} {value[5:7]} {value[7:10]} {value[10:13]} {value[13:15]}"


# ------------------------------------------------------------------ documents
def normalise_zip(data: bytes) -> bytes:
    """Rewrite an OOXML package with fixed member timestamps (python-docx and
    openpyxl stamp the current time)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o600 << 16
            member = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                # openpyxl stamps the save time into "modified" whatever the workbook says
                member = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2026-11-01T09:00:00Z", member)
            target.writestr(fixed, member)
    return out.getvalue()


def make_pdf(title: str, lines: list[str]) -> bytes:
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=letter, invariant=1)
    pdf.setTitle(title)
    pdf.setFont("Helvetica-Bold", 13)
    y = 740
    pdf.drawString(60, y, title)
    pdf.setFont("Helvetica", 10)
    for line in lines:
        y -= 16
        if y < 60:
            pdf.showPage()
            pdf.setFont("Helvetica", 10)
            y = 740
        pdf.drawString(60, y, line)
    pdf.save()
    return buffer.getvalue()


def make_docx(title: str, paragraphs: list[str], table: list[list[str]] | None = None) -> bytes:
    import docx

    document = docx.Document()
    stamp = dt.datetime(2026, 11, 1, 9, 0, 0)
    document.core_properties.created = stamp
    document.core_properties.modified = stamp
    document.core_properties.author = "Sentinelle corpus"
    document.core_properties.last_modified_by = "Sentinelle corpus"
    document.core_properties.revision = 1
    document.add_heading(title, level=1)
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, cell in enumerate(row):
                grid.cell(r, c).text = cell
    buffer = io.BytesIO()
    document.save(buffer)
    return normalise_zip(buffer.getvalue())


def make_xlsx(sheet: str, rows: list[list[object]]) -> bytes:
    import openpyxl

    workbook = openpyxl.Workbook()
    stamp = dt.datetime(2026, 11, 1, 9, 0, 0)
    workbook.properties.created = stamp
    workbook.properties.modified = stamp
    workbook.properties.creator = "Sentinelle corpus"
    worksheet = workbook.active
    assert worksheet is not None
    worksheet.title = sheet
    for row in rows:
        worksheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return normalise_zip(buffer.getvalue())


def make_csv(rows: list[list[str]], sep: str = ";") -> str:
    return "\r\n".join(sep.join(row) for row in rows) + "\r\n"


def make_ics(uid: str, summary: str, start: str, end: str, location: str, description: str) -> str:
    description = description.replace("\n", "\\n").replace(",", "\\,")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Sentinelle corpus//heldout//FR",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20261101T120000Z",
        f"DTSTART;TZID=America/Montreal:{start}",
        f"DTEND;TZID=America/Montreal:{end}",
        f"SUMMARY:{summary}",
        f"LOCATION:{location}",
        f"DESCRIPTION:{description}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\r\n".join(lines) + "\r\n"


def make_forwarded(sender: str, to: str, subject: str, date: str, body: str) -> bytes:
    inner = EmailMessage()
    inner["From"] = sender
    inner["To"] = to
    inner["Subject"] = subject
    inner["Date"] = date
    inner["Message-ID"] = f"<{hashlib.sha256(subject.encode()).hexdigest()[:16]}@forwarded.invalid>"
    inner.set_content(body, charset="utf-8", cte="quoted-printable")
    return inner.as_bytes(policy=policy.default)


# ------------------------------------------------------------------- messages
@dataclass
class Attachment:
    filename: str
    content: bytes | str
    mime: str  # "maintype/subtype"


@dataclass
class Mail:
    folder: str  # "positive" | "negative"
    slug: str
    lang: str
    types: list[str]
    note: str
    sender: str
    to: str
    subject: str
    body: str
    html: str | None = None
    attachments: list[Attachment] = field(default_factory=list)
    cte: str | None = None
    charset: str = "utf-8"
    cc: str | None = None


MAILS: list[Mail] = []


def add(
    folder: str,
    slug: str,
    lang: str,
    types: list[str],
    note: str,
    sender: str,
    to: str,
    subject: str,
    body: str,
    **extra: object,
) -> None:
    if folder == "negative" and types:
        raise ValueError(f"negative {slug} lists types")
    if folder == "positive" and not types:
        raise ValueError(f"positive {slug} lists no types")
    MAILS.append(Mail(folder, slug, lang, types, note, sender, to, subject, body, **extra))  # type: ignore[arg-type]


def html_to_text(html: str) -> str:
    text = re.sub(r"<br\s*/?>|</p>|</tr>|</li>|</h\d>", "\n", html)
    text = re.sub(r"</td>", " ", text)
    text = re.sub(r"<[^>]+>", "", text)
    text = text.replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
    return re.sub(r"\n{3,}", "\n\n", "\n".join(line.strip() for line in text.splitlines())).strip() + "\n"


def build(index: int, mail: Mail) -> bytes:
    msg = EmailMessage()
    msg["From"] = mail.sender
    msg["To"] = mail.to
    if mail.cc:
        msg["Cc"] = mail.cc
    msg["Subject"] = mail.subject
    when = BASE_DATE + dt.timedelta(days=index // 6, minutes=95 * (index % 6) + rng.randrange(0, 40))
    msg["Date"] = when.strftime("%a, %d %b %Y %H:%M:%S %z")
    domain = mail.sender.rsplit("@", 1)[1].rstrip(">")
    digest = hashlib.sha256(f"{SEED}:{mail.slug}".encode()).hexdigest()[:16]
    msg["Message-ID"] = f"<{digest}.{index:03d}@{domain}>"
    cte = mail.cte or rng.choice(["quoted-printable", "8bit", "base64", "quoted-printable"])
    body = mail.body or (html_to_text(mail.html) if mail.html else "")
    body = body if body.endswith("\n") else body + "\n"
    msg.set_content(body, subtype="plain", charset=mail.charset, cte=cte)
    if mail.html is not None:
        msg.add_alternative(mail.html, subtype="html", charset="utf-8", cte=cte)
    for attachment in mail.attachments:
        maintype, subtype = attachment.mime.split("/")
        if attachment.mime == "message/rfc822":
            assert isinstance(attachment.content, bytes)
            from email import message_from_bytes

            inner = message_from_bytes(attachment.content, _class=EmailMessage, policy=policy.default)
            msg.add_attachment(inner, filename=attachment.filename)
        elif isinstance(attachment.content, str):
            msg.add_attachment(attachment.content, subtype=subtype, filename=attachment.filename)
        else:
            msg.add_attachment(attachment.content, maintype=maintype, subtype=subtype, filename=attachment.filename)
    for number, part in enumerate(msg.walk()):
        if part.get_content_maintype() == "multipart":
            part.set_boundary(f"=_heldout_{digest[:8]}_{index:03d}_{number}")
    crlf = rng.random() < 0.5
    return msg.as_bytes(policy=policy.default.clone(linesep="\r\n" if crlf else "\n"))


def write_all() -> None:
    labels: dict[str, dict[str, object]] = {}
    for folder in ("positive", "negative"):
        shutil.rmtree(HERE / folder, ignore_errors=True)
        (HERE / folder).mkdir()
    seen: set[str] = set()
    for index, mail in enumerate(MAILS):
        name = f"{mail.folder}/{index:03d}_{mail.slug}.eml"
        if mail.slug in seen:
            raise ValueError(f"duplicate slug {mail.slug}")
        seen.add(mail.slug)
        (HERE / name).write_bytes(build(index, mail))
        labels[name] = {"confidential": mail.folder == "positive", "types": mail.types, "lang": mail.lang, "note": mail.note}
    (HERE / "labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")


# ------------------------------------------------------------------ the mail
P, N = "positive", "negative"
A = Attachment

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV = "text/csv"
ICS = "text/calendar"


def be_company(first8: str) -> str:
    check = 97 - int(first8) % 97
    return f"{first8[0:4]}.{first8[4:7]}.{first8[7]}{check:02d}"


SIN_TAYLOR_D = sin("46281573")
SIN_GAUTHIER_J = sin("52739104")
SIN_BROWN_J = sin("13876442")
SIN_PAQUETTE_J = sin("27119638")
ON_HN_MACKENZIE = ontario_hn("624913857")
ON_HN_OKAFOR = ontario_hn("583120946")
BC_PHN_CHEN = bc_phn("937416208")
NISS_DUBOIS = niss(54, 7, 12, 137)
NISS_MERTENS = niss(88, 2, 29, 46)
NISS_JANSSENS_CHILD = niss(19, 5, 3, 212, born_2000s=True)
NIR_LEFEVRE = nir("2710569123045")
NIR_MARCHAND = nir("1850875056213")
# Luhn-valid numbers that identify nobody: catalogue codes and business numbers
CATALOGUE_CODES = [c + luhn.calc_check_digit(c) for c in ("30418827", "71255390", "46029913", "88340127", "52006619")]
GST_BN = sin("71457230")
BE_SUPPLIER_NO = be_company("04127835")
FR_SIRET = "73282932" + "0001" + "4"  # completed below to a Luhn-valid SIRET
FR_SIRET = FR_SIRET[:13] + luhn.calc_check_digit(FR_SIRET[:13])

def _validate_identifiers() -> None:
    from stdnum.be import nn, vat
    from stdnum.ca import bc_phn as stdnum_bc_phn
    from stdnum.ca import sin as stdnum_sin
    from stdnum.fr import nir as stdnum_nir

    for value in (SIN_TAYLOR_D, SIN_GAUTHIER_J, SIN_BROWN_J, SIN_PAQUETTE_J, GST_BN, *CATALOGUE_CODES):
        assert stdnum_sin.is_valid(value) or (value in CATALOGUE_CODES and luhn.is_valid(value)), value
    for value in (ON_HN_MACKENZIE, ON_HN_OKAFOR):
        assert len(value) == 10 and luhn.is_valid(value), value
    assert stdnum_bc_phn.is_valid(BC_PHN_CHEN), BC_PHN_CHEN
    for value in (NISS_DUBOIS, NISS_MERTENS, NISS_JANSSENS_CHILD):
        assert nn.is_valid(value), value
    for value in (NIR_LEFEVRE, NIR_MARCHAND):
        assert stdnum_nir.is_valid(value), value
    assert vat.is_valid(BE_SUPPLIER_NO), BE_SUPPLIER_NO
    assert luhn.is_valid(FR_SIRET), FR_SIRET
    assert luhn.is_valid(FR_RPPS), FR_RPPS
    assert stdnum_sin.is_valid(SIN_LACHANCE_B), SIN_LACHANCE_B
    assert stdnum_sin.is_valid(NB_HST), NB_HST



HOSP = "ssss.gouv.qc.ca"
PHARMA_CHUS = f"Pharmacie CHUS - Fleurimont <pharmacie.fleurimont@ciusss-estrie.{HOSP}>"


def sp_nam(nam: str, sep: str = " ") -> str:
    return sep.join((nam[0:4], nam[4:8], nam[8:12]))


def positives_first() -> None:
    add(P, "pharmacie_renouvellement_warfarine", "fr", ["ramq_nam", "patient_name", "medication", "lab_result"],
        "hospital pharmacy to community pharmacy, fax turned e-mail: NAM spaced, warfarin, INR",
        PHARMA_CHUS, "Pharmacie Dumont & Lévesque <rx@pharmacie-dumont-levesque.ca>",
        "Transfert d'ordonnance au congé - WILSON Sofia",
        f"""Bonjour,

Transfert d'ordonnance au congé (remplace la télécopie habituelle, le télécopieur de l'étage est en panne).

Patiente : WILSON, Sofia     DDN : 1958-03-04
NAM : {sp_nam("WILS58530495")}
Médecin au congé : Dre Hélène Vachon (permis 1-09123)

Rx au congé :
 - Coumadin (warfarine) 5 mg die sauf mardi et samedi 2,5 mg
 - Ramipril 10 mg DIE
 - Atorvastatine 40 mg HS
 - CESSER le naproxène

INR ce matin = 3,4 (cible 2-3). Prochain INR au CLSC le 6 novembre.

Merci,

Anne-Marie Roux, pharm.
Département de pharmacie, CHUS - Hôpital Fleurimont
Tél. 819 346-1110 poste 21457
""")

    add(P, "physio_reference_lca", "fr", ["ramq_nam", "patient_name", "diagnosis"],
        "physiotherapy referral with PDF form; NAM dashed inside the PDF only, name and diagnosis in body",
        f"Clinique d'orthopédie <ortho.hsfa@chudequebec.{HOSP}>", "Physio Rive-Sud <accueil@physiorivesud.ca>",
        "Référence physiothérapie - Annie Taylor",
        """Bonjour,

Veuillez trouver ci-joint la demande de consultation en physiothérapie pour Mme Annie Taylor, 24 ans, vue ce matin en clinique pour une rupture complète du LCA droit (IRM du 2026-10-21). Chirurgie de reconstruction prévue en janvier; elle doit faire de la préadaptation d'ici là.

Elle préfère les rendez-vous en fin de journée.

Merci de confirmer la réception.

Karine Drolet
Agente administrative, clinique d'orthopédie
Hôpital Saint-François d'Assise
""",
        attachments=[A("reference_physio_TaylorA.pdf", make_pdf("Demande de consultation - Physiothérapie", [
            "Nom : TAYLOR, Annie            Sexe : F",
            "Date de naissance : 2002-11-11",
            "NAM : TAYA-0261-1115   exp. 2028-11",
            "Téléphone : 418 555-0187",
            "Diagnostic : rupture LCA droit, entorse LCM grade I",
            "Demande : préadaptation avant ligamentoplastie (DIDT)",
            "Fréquence : 2x/sem x 8 sem",
            "Médecin référent : Dr Mathieu Beaulieu, orthopédiste",
        ]), PDF)])

    add(P, "sante_mentale_reference_crise", "fr", ["patient_name", "date_of_birth", "diagnosis", "medication"],
        "mental-health referral to a community crisis centre, no NAM; name, DOB, diagnosis, medication",
        f"Dre Isabelle Fréchette <isabelle.frechette@cisss-lan.{HOSP}>", "Centre de crise L'Accalmie <intervention@accalmie-crise.org>",
        "Référence - M. Martin Lessard (urgent)",
        """Bonjour à l'équipe de L'Accalmie,

Je vous réfère M. Martin Lessard, né le 1er avril 1983, vu à l'urgence cette nuit pour idées suicidaires sans plan précis, dans un contexte de rupture et de perte d'emploi. Dx : trouble dépressif majeur, épisode actuel sévère, sans caractéristiques psychotiques. Trouble d'usage d'alcool modéré.

Il accepte un hébergement de crise de quelques jours. Sertraline 100 mg amorcée il y a 3 semaines, ajout de quétiapine 25 mg HS prn.

Il a congé de l'urgence dès qu'une place est confirmée. Vous pouvez me joindre au 450 759-8222 poste 4410.

Isabelle Fréchette, M.D., FRCPC
Psychiatrie - Centre hospitalier De Lanaudière
""")

    add(P, "ts_note_soutien_domicile", "fr", ["patient_name", "patient_contact", "diagnosis"],
        "social worker note to a community organisation: name, home address, dementia",
        f"Geneviève Lacasse, t.s. <genevieve.lacasse.cssslp@cisss-laurentides.{HOSP}>",
        "Popote roulante Saint-Jérôme <coordination@popote-stjerome.org>",
        "Nouvelle inscription popote - Mme Caron",
        """Bonjour Louise,

Comme discuté au téléphone, voici les informations pour l'inscription de Mme Lucienne Caron à la popote roulante :

Adresse : 412, rue Labelle, app. 3, Saint-Jérôme (Québec) J7Z 5L9
Téléphone à domicile : 450 555-0166 (laisser sonner longtemps)
Fille (répondante) : Mme Diane Caron, 514 555-0120

Mme Caron, 89 ans, a un trouble neurocognitif majeur (Alzheimer) stade modéré et vit seule. Elle oublie de manger et a perdu 6 kg depuis le printemps. Repas du lundi, mercredi et vendredi; diète sans sel ajouté (ICC).

Merci beaucoup,

Geneviève Lacasse, t.s.
Travailleuse sociale - Soutien à domicile
CLSC Saint-Jérôme
""")

    add(P, "soins_palliatifs_pompe_sc", "fr", ["ramq_nam", "patient_name", "diagnosis", "medication"],
        "palliative-care coordination with a private nursing agency; NAM compact in a table",
        f"Équipe de soins palliatifs à domicile <spad.laval@cisss-lav.{HOSP}>", "Soins Infirmiers Horizon <planification@soins-horizon.ca>",
        "Soins palliatifs - relève de nuit",
        """Bonjour,

Nous demandons une relève infirmière de nuit pour les 7 prochaines nuits (à partir de ce soir) pour l'usager suivant :

Nom            : BOUCHARD Serge
NAM            : BOUS65101945
Dx             : néo du pancréas métastatique (foie, péritoine), PPS 30 %
Niveau de soins: D
Médication     : hydromorphone 2 mg/h SC en perfusion continue (CADD), entredoses 1 mg SC q1h prn
                 midazolam 2,5 mg SC q2h prn agitation, glycopyrrolate 0,4 mg SC q4h prn

La conjointe, Mme Nicole Bouchard, est épuisée. Code de la porte : 4471.

Merci,
Julie Ménard, inf. clin. B. Sc.
Équipe SAD soins palliatifs, CISSS de Laval
""")

    add(P, "obstetrique_transfert_preeclampsie", "fr", ["patient_name", "date_of_birth", "diagnosis", "lab_result"],
        "obstetrics transfer request; name-first, terse labs (PA, protéinurie, plaquettes)",
        f"Salle d'accouchement HRR <naissance.hrr@cisss-ben.{HOSP}>".replace("cisss-ben", "cisss-bsl"),
        "Centre mère-enfant - coordination des transferts <transferts@cme-partenaire.ca>",
        "Transfert in utero - Gagnon Mélanie 32 sem",
        """Bonjour,

Demande de transfert in utero.

Gagnon, Mélanie - DDN 1993-11-09 - G2P1 - 32+3 sem
Prééclampsie sévère : PA 162/104 malgré labétalol 200 mg PO TID et nifédipine XL 30 mg
Protéinurie 3,1 g/24 h, plaq 88, ALT 145, AST 122
Sulfate de magnésium en cours (bolus 4 g, 1 g/h)
Célestone 1re dose reçue à 06 h 10

Le néonatologiste est avisé. Transport par ambulance avec inf. de l'unité.

Dr Olivier Pelchat, obstétricien-gynécologue
Hôpital régional de Rimouski
""")

    add(P, "chsld_nouvelles_famille_chute", "fr", ["patient_name", "diagnosis"],
        "long-term-care nurse writes to a resident's daughter at her webmail: fall, hip fracture",
        f"Infirmière-chef unité 2 <chsld.stjoseph.unite2@cisss-che.{HOSP}>".replace("cisss-che", "cisss-chaudiere-appalaches"),
        "francine.fortin62@gmail.com",
        "Votre mère - nouvelles de cette nuit",
        """Bonjour Mme Fortin,

Comme je vous l'ai dit au téléphone, votre mère, Mme Emma Fortin (chambre 214), a fait une chute vers 3 h cette nuit en se levant seule pour aller à la toilette. La radiographie faite à l'Hôtel-Dieu de Lévis montre une fracture du col fémoral gauche. Elle sera opérée demain matin si son INR le permet.

Elle est confortable avec la médication contre la douleur. Vous pouvez l'appeler à l'unité 3B de l'hôpital.

Nous gardons sa chambre au CHSLD.

Sincères salutations,
Chantale Roberge, inf.
Infirmière-chef, CHSLD Saint-Joseph
""")

    add(P, "ambulance_transfert_nstemi", "fr", ["ramq_nam", "patient_name", "diagnosis", "medication"],
        "interfacility transfer coordination; SURNAME-first, NAM with dashes, NSTEMI",
        f"Centrale de coordination des transferts <cct.ciusss-sljsl@ciusss-saguenay.{HOSP}>".replace("ciusss-saguenay", "cisss-sag"),
        "Dispatch Ambulances Côte-Nord <repartition@ambulances-cotenord.ca>",
        "Transfert interétablissement priorité 2",
        f"""Bonjour,

Transfert demandé :
POIRIER Monique, F, 79 ans, NAM {sp_nam("POIM47512222", "-")}
De : Hôpital de Dolbeau-Mistassini, urgence civière 7
Vers : Hôpital de Chicoutimi, hémodynamie
Motif : NSTEMI, troponine 1840, douleur récidivante sous nitro
Perfusion d'héparine 12 U/kg/h en cours, AAS 80 mg et ticagrelor 180 mg donnés.
O2 2 L LN. Accompagnement infirmier requis (perfusion).

Heure de départ souhaitée : dès que possible.

Stéphane Grenon
Infirmier coordonnateur, CCT
""")

    add(P, "pathologie_rapport_colle", "fr", ["mrn", "patient_name", "diagnosis"],
        "pathology report pasted into a mail to an outside surgeon; chart number 'No dossier'",
        f"Secrétariat de pathologie <pathologie.hmr@ciusss-est.{HOSP}>".replace("ciusss-est", "ciusss-emtl"),
        "Dr Philippe Archambault <p.archambault@cliniqueduseinlaval.ca>",
        "Rapport de pathologie S26-18842",
        """Bonjour Dr Archambault,

Voici le rapport demandé (copie conforme, la version signée suivra par la poste).

-----------------------------------------------------------------
RAPPORT DE PATHOLOGIE CHIRURGICALE                 S26-18842
Nom : SIMARD, SOFIA                No dossier : 0845521
Prélevé le : 2026-10-27            Reçu le : 2026-10-27
Médecin demandeur : Dr P. Archambault

DIAGNOSTIC :
Sein gauche, biopsie au trocart 14G, QSE :
- Carcinome canalaire infiltrant, grade histologique 2 (Nottingham 6/9)
- Carcinome canalaire in situ associé, grade intermédiaire
- RE positif (95 %), RP positif (60 %), HER2 en cours
-----------------------------------------------------------------

Céline Hébert
Secrétaire médicale, Service de pathologie
Hôpital Maisonneuve-Rosemont
""")

    add(P, "imagerie_ct_thorax_en", "en", ["mrn", "patient_name", "diagnosis"],
        "imaging report pasted into English mail to an Ontario pediatrician; MRN",
        f"Medical Imaging - Montreal Children's <imaging.reports@muhc.{HOSP}>",
        "Dr. Rebecca Kowalski <rkowalski@ottawavalleypeds.ca>",
        "CT chest report - your patient Samuel Smith",
        """Dr. Kowalski,

As requested by phone, the final report for your patient:

PATIENT: SMITH, Samuel      MRN: 4418265     DOB: 2006-11-18
EXAM: CT chest without contrast, 2026-11-01 14:22
CLINICAL: sudden pleuritic chest pain, tall thin 19 y/o male, r/o PTX

FINDINGS: Large right pneumothorax with approx. 3.5 cm apex-to-cupola distance. Small apical blebs bilaterally. No mediastinal shift.
IMPRESSION: Right primary spontaneous pneumothorax, large. Apical blebs.

Dictated by: Dr. Anand Mehta, FRCPC (Diagnostic Radiology)

Regards,
Imaging records office
""")

    add(P, "assureur_invalidite_nas", "fr", ["ca_sin", "patient_name", "diagnosis"],
        "insurer disability form (DOCX) with SIN; body names the patient and diagnosis",
        f"Dr Étienne Lavallée <etienne.lavallee.med@cisss-mont.{HOSP}>".replace("cisss-mont", "cisss-mo"),
        "Réclamations invalidité <reclamations.invalidite@assurvie-boreale.ca>",
        "Déclaration du médecin traitant - Diane Taylor",
        """Bonjour,

Ci-joint la déclaration du médecin traitant dûment remplie pour votre assurée, Mme Diane Taylor. Le diagnostic principal est un trouble de l'adaptation avec humeur anxieuse et dépressive, et une hernie discale L5-S1 avec radiculopathie S1 gauche. Arrêt de travail prolongé jusqu'au 2027-01-15.

Étienne Lavallée, M.D.
GMF-U de Saint-Hubert
""",
        attachments=[A("Declaration_medecin_traitant.docx", make_docx("Déclaration du médecin traitant - invalidité", [
            "Section A - Renseignements sur l'assurée",
            "Nom : Taylor    Prénom : Diane    Date de naissance : 1967-04-06",
            f"Numéro d'assurance sociale : {SIN_TAYLOR_D[0:3]} {SIN_TAYLOR_D[3:6]} {SIN_TAYLOR_D[6:9]}",
            "Police collective : GR-44120   Certificat : 0087731",
            "Section B - Diagnostic",
            "Diagnostic principal : hernie discale L5-S1, radiculopathie S1 G (CIM-10 M51.1)",
            "Diagnostic secondaire : trouble de l'adaptation, humeur mixte (F43.23)",
            "Traitement : prégabaline 75 mg BID, duloxétine 60 mg DIE, physiothérapie",
            "Date prévue de retour au travail : 2027-01-15 (retour progressif)",
        ]), DOCX)])

    add(P, "recherche_eig_participante", "fr", ["ramq_nam", "patient_name", "diagnosis"],
        "research coordinator reports a serious adverse event to the sponsor CRO and leaks name + NAM",
        f"Coordination de recherche - cardiologie <recherche.cardio@icm-mhi.{HOSP}>",
        "Safety desk - Borealis CRO <safety.canada@borealis-cro.com>",
        "EIG - étude BRK-2207 - site 014",
        f"""Bonjour,

Déclaration initiale d'événement indésirable grave (EIG), étude BRK-2207, site 014.

Participante 014-0032 (Chantal Gagnon, NAM {sp_nam("GAGC81561056")}) - j'ai mis le nom par erreur dans le système, désolée, pouvez-vous le retirer ?
Événement : hospitalisation pour insuffisance cardiaque décompensée (ICC) le 2026-10-30.
Lien avec le produit à l'étude : possible selon l'investigateur.
Issue : en cours, hospitalisée à l'unité coronarienne.

Formulaire SAE complet à suivre dans les 24 h.

Marie-Pier Lapierre, M. Sc.
Coordonnatrice de recherche clinique
""")

    add(P, "cas_enseignement_nom_fuite", "fr", ["patient_name", "diagnosis"],
        "teaching case meant to be anonymised but the child's name stays in the text",
        f"Dre Nadia Sabourin <nadia.sabourin@chusj.{HOSP}>",
        "Résidents pédiatrie UdeM <residents-pediatrie@listes.umontreal-partenaires.ca>",
        "Cas clinique de la semaine #12",
        """Bonjour à tous,

Cas de la semaine (réponses jeudi à la réunion) :

Garçon de 11 ans, fièvre depuis 6 jours, conjonctivite non purulente bilatérale, lèvres fissurées, adénopathie cervicale unilatérale 2 cm, desquamation périunguéale au jour 10. Liam Savard était pourtant vu en clinique externe deux fois la semaine précédente...

Questions :
1. Quel est votre diagnostic ? (maladie de Kawasaki incomplète vs complète ?)
2. Quels examens demander ?
3. Quand donner les IgIV ?

Nadia Sabourin, M.D., FRCPC
Pédiatre, CHU Sainte-Justine
""")

    add(P, "facturation_liste_patients_xlsx", "fr", ["patient_name", "ramq_nam"],
        "billing agency receives an XLSX of visits with names and NAMs; body is innocuous",
        f"Adjointe administrative GMF <adjointe.gmf.pierrefonds@ciusss-ouest.{HOSP}>".replace("ciusss-ouest", "ciusss-odim"),
        "Facturation Médi-Plus <depot@mediplus-facturation.ca>",
        "Facturation Dr Ng - semaine du 26 octobre",
        """Bonjour,

Voici le fichier de la semaine pour le Dr Ng. Deux visites du 28 sont à refacturer (code de lieu erroné).

Merci,
Sonia
""",
        attachments=[A("facturation_DrNg_2026-10-26.xlsx", make_xlsx("Visites", [
            ["Date", "Nom", "Prénom", "NAM", "Code acte", "Dx (CIM-9)", "Lieu"],
            ["2026-10-26", "LEBLANC", "André", "LEBA60030127", "15804", "250", "52044"],
            ["2026-10-26", "NADEAU", "Gilles", "NADG33060331", "15804", "496", "52044"],
            ["2026-10-27", "CLOUTIER", "Luc", "CLOL60112139", "15800", "401", "52044"],
            ["2026-10-28", "FOURNIER", "Armand", "FOUA41072762", "15815", "428", "51023"],
            ["2026-10-28", "MORIN", "Pascale", "MORP95600191", "8857", "V22", "51023"],
        ]), XLSX)])

    add(P, "rappel_rdv_oncologie", "fr", ["patient_name", "mrn"],
        "appointment reminder sent to a patient: name, oncology clinic, chart number",
        f"Rendez-vous - Centre de cancérologie <rdv.cancerologie@chus.ciusss-estrie.{HOSP}>", "jean.gauthier76@videotron-mail.ca",
        "Rappel de votre rendez-vous du 9 novembre",
        """Bonjour M. Jean Gauthier,

Nous vous rappelons votre rendez-vous :

Clinique : Centre de cancérologie - hémato-oncologie, 3e étage
Date : lundi 9 novembre 2026, 10 h 30
Avec : Dr Yannick Thériault
No de dossier : 7730198
Prise de sang 1 h avant au centre de prélèvements (bilan pré-chimiothérapie, cycle 4).

Pour annuler : 819 346-1110 poste 12780.

Ceci est un message automatique, ne pas répondre.
""",
        html="""<html><body><p>Bonjour M. Jean Gauthier,</p>
<p>Nous vous rappelons votre rendez-vous&nbsp;:</p>
<table><tr><td>Clinique</td><td>Centre de cancérologie - hémato-oncologie, 3e étage</td></tr>
<tr><td>Date</td><td>lundi 9 novembre 2026, 10 h 30</td></tr>
<tr><td>Avec</td><td>Dr Yannick Thériault</td></tr>
<tr><td>No de dossier</td><td>7730198</td></tr></table>
<p>Prise de sang 1 h avant au centre de prélèvements (bilan pré-chimiothérapie, cycle 4).</p>
<p>Pour annuler&nbsp;: 819 346-1110 poste 12780.</p>
<p><small>Ceci est un message automatique, ne pas répondre.</small></p></body></html>""")

    add(P, "ontario_referral_ohip", "en", ["ca_health_number", "patient_name", "diagnosis"],
        "referral to an Ontario partner with OHIP number and version code",
        f"Dr. Sarah Whitfield <sarah.whitfield@cisss-outaouais.{HOSP}>", "Referrals - Kingsway Cardiology <referrals@kingswaycardiology.on.ca>",
        "Referral: Ms. Fiona MacKenzie - new AF",
        f"""Dear colleagues,

Please see Ms. Fiona MacKenzie (DOB 1952-09-14), who lives in Ottawa but was seen at our ER in Gatineau on Oct 30.

Health card: {ON_HN_MACKENZIE[0:4]}-{ON_HN_MACKENZIE[4:7]}-{ON_HN_MACKENZIE[7:10]}-KT
Dx: new-onset atrial fibrillation (FA), CHA2DS2-VASc 4, rate controlled on metoprolol 25 mg BID. Started apixaban 5 mg BID.
Echo pending. TSH normal.

Thank you for seeing her within 4-6 weeks.

Sarah Whitfield, MD CCFP(EM)
Hôpital de Gatineau
""")

    add(P, "nb_discharge_chf_labs", "en", ["patient_name", "diagnosis", "lab_result"],
        "discharge summary to a New Brunswick family physician; terse labs",
        f"Health Records - Hôpital de Campbellton liaison <liaison.nb@cisss-gaspesie.{HOSP}>",
        "Dr. Aaron Doucet <adoucet.office@fundyfamilymed.nb.ca>",
        "Discharge summary - McLeod, Harold",
        """Dr. Doucet,

Discharge summary for your patient who was admitted here while visiting family in Gaspé:

McLEOD, Harold  (M, 81)
Admitted 2026-10-22, discharged 2026-10-31
Dx: acute on chronic CHF (HFrEF, EF 30%), AKI on CKD 3b, hyperkalemia
Labs at admission: K 5.9 · Cr 212 · BNP 2480 · Hb 104
At discharge: K 4.6 · Cr 158
Meds changed: spironolactone STOPPED; furosemide 80 mg BID; bisoprolol 5 mg unchanged
Follow-up: BMP in 1 week, weight daily.

Regards,
Dr. Julien Castonguay, internal medicine
""")

    add(P, "bc_transfer_phn", "en", ["ca_health_number", "patient_name", "diagnosis"],
        "repatriation of a BC resident; PHN spaced",
        f"Bed flow - CHUM <gestion.lits@chum.{HOSP}>", "Patient Transfer Network BC <ptn.intake@bc-transfernet.ca>",
        "Repatriation request - Kevin Chen",
        f"""Hello,

We have a BC resident, Kevin Chen, 44, admitted at CHUM since Oct 25 after a cyclist-vehicle collision (multiple rib fractures, splenic laceration managed non-operatively). Stable for repatriation by commercial flight with escort or by air ambulance per your assessment.

PHN: {BC_PHN_CHEN[0:4]} {BC_PHN_CHEN[4:7]} {BC_PHN_CHEN[7:10]}
Receiving physician proposed: Dr. M. Sandhu, Royal Columbian

Please call the bed-flow desk at 514 890-8000 ext. 14422.

Mélissa Gingras
Gestion des lits, CHUM
""")

    add(P, "belgique_rapatriement_niss", "fr", ["be_niss", "patient_name", "diagnosis"],
        "Belgian partner: repatriation of a Belgian tourist, NISS with dots and dash",
        f"Bureau des patients internationaux <international@chuq.{HOSP}>",
        "Service rapatriement - Mutualité Ardennaise <rapatriement@mutualite-ardennaise.be>",
        "Rapatriement M. Dubois Jean-Luc",
        f"""Madame, Monsieur,

Nous hospitalisons depuis le 28 octobre votre affilié, M. Jean-Luc Dubois (NISS {NISS_DUBOIS}), 72 ans, pour un AVC ischémique sylvien gauche avec aphasie et hémiparésie droite, thrombolysé à l'arrivée.

Son état permet un rapatriement en avion sanitaire à partir du 10 novembre, en position couchée, avec accompagnement infirmier.

Veuillez nous confirmer la prise en charge.

Catherine Boily
Agente de liaison, patients internationaux
CHU de Québec - Université Laval
""")

    add(P, "france_nir_compte_rendu", "fr", ["fr_nir", "patient_name", "diagnosis"],
        "French partner hospital: hospitalisation summary with a spaced NIR",
        f"Archives médicales - Hôtel-Dieu de Québec <archives.hdq@chuq.{HOSP}>",
        "Secrétariat Cardiologie - CH Vallée-de-la-Saône <secretariat.cardio@ch-valleesaone.fr>",
        "Compte rendu d'hospitalisation - Mme LEFÈVRE Martine",
        f"""Madame, Monsieur,

Suite à votre demande, voici le résumé d'hospitalisation de Mme Martine Lefèvre, née le 15/05/1971 à Lyon.
N° de sécurité sociale : {spaced_nir(NIR_LEFEVRE)}

Séjour du 12 au 19 octobre 2026 : syndrome coronarien aigu ST+ inférieur, angioplastie de la coronaire droite avec un stent actif. FEVG 50 %. Sortie sous aspirine, ticagrelor, bisoprolol, ramipril, atorvastatine 80 mg.

Le rapport complet suit par courrier sécurisé.

Cordialement,
Service des archives médicales
""")

    add(P, "labo_resultats_critiques", "fr", ["patient_name", "lab_result"],
        "terse critical lab values forwarded to an outside GP; name + lab results only",
        f"Biochimie - valeurs critiques <biochimie.critique@cisss-ab.{HOSP}>".replace("cisss-ab", "cisss-at"),
        "Clinique médicale des Cèdres <secretariat@cmcedres.ca>",
        "VALEUR CRITIQUE - Pelletier Louise",
        """Bonjour,

Valeurs critiques pour votre patiente, prélevée ce matin à 07:42 au centre de prélèvement de Rouyn :

PELLETIER, Louise
K 6,4 mmol/L (H) · Na 128 · Cr 312 µmol/L (H) · DFGe 14 · Hb 78 g/L (L)

Le laboratoire a tenté de joindre le Dr Morissette par téléphone sans succès (clinique fermée). Merci d'aviser le médecin dès réception et de confirmer par retour de courriel.

Technologiste de garde, biochimie
Hôpital de Rouyn-Noranda
""")


def positives_second() -> None:
    add(P, "soutien_domicile_csv_tournee", "fr", ["patient_name", "date_of_birth", "patient_contact"],
        "home-care route list sent as CSV to a subcontracted agency: names, DOB, addresses",
        f"Coordination SAD - CLSC Lac-Saint-Louis <sad.lsl@ciusss-odim.{HOSP}>", "Répartition - Aide Chez-Soi Ouest <repartition@aidechezsoi-ouest.ca>",
        "Tournée du 5 novembre - bains et AVQ",
        """Bonjour,

Voici la tournée de jeudi pour vos préposées. Deux nouveaux usagers (Boucher et Cloutier).

Merci de confirmer les heures d'arrivée.

Coordination SAD
""",
        attachments=[A("tournee_2026-11-05.csv", make_csv([
            ["nom", "prenom", "ddn", "adresse", "telephone", "service", "remarque"],
            ["BOUCHER", "Jeannine", "1941-10-17", "88 av. Cartier, Pointe-Claire H9S 4R7", "514 555-0131", "bain", "lève-personne"],
            ["CLOUTIER", "David", "1941-10-09", "1520 boul. Saint-Jean app. 604, Pointe-Claire H9R 5K3", "514 555-0178", "AVQ matin", "diabète - glycémie avant déjeuner"],
            ["PAQUETTE", "Ginette", "1947-10-16", "22 rue Maple, Beaconsfield H9W 2E4", "514 555-0109", "bain", ""],
            ["THIBAULT", "Simone", "1942-11-26", "301 ch. du Bord-du-Lac, Dorval H9S 2R2", "514 555-0155", "AVQ soir", "aphasie, utiliser pictogrammes"],
        ]), CSV)])

    add(P, "interprete_ics_psychiatrie", "en", ["patient_name", "diagnosis"],
        "calendar invitation to an outside interpreter; description names patient and reason",
        f"Clinique externe de psychiatrie <psy.externe@jgh.ciusss-codim.{HOSP}>", "Bookings - Interprètes Montréal <bookings@interpretes-mtl.ca>",
        "Interpreter booking (Tigrinya) - Nov 10 09:00",
        """Hello,

Please find attached the booking for a Tigrinya interpreter. The appointment is a first psychiatric assessment; please send someone with mental-health experience if possible.

Thanks,
Outpatient psychiatry clerk
""",
        attachments=[A("booking.ics", make_ics(
            "heldout-ics-psy-001@jgh", "Interpreter - Tigrinya - psychiatric assessment",
            "20261110T090000", "20261110T103000", "Pavilion K, room K-2.14",
            "Patient: Mr. Yonas Haile (42). Reason: PTSD symptoms and insomnia, referred by CLSC Côte-des-Neiges.\nPsychiatrist: Dr. L. Friedman"), ICS)])

    add(P, "telederm_html_melanome", "en", ["patient_name", "diagnosis", "date_of_birth"],
        "HTML teledermatology answer to an outside GP; name, DOB, suspected melanoma",
        f"Télédermatologie <teledermato@chuq.{HOSP}>", "Dr. Paul Henderson <paul.henderson@sherbrookefamilyclinic.ca>",
        "Teledermatology reply - request #TD-88412",
        "",
        html="""<html><body>
<p>Dear Dr. Henderson,</p>
<p>Reply to your teledermatology request for <b>Mr. Stephen MacDonald</b> (DOB 1979-05-02):</p>
<ul><li>Lesion: 9 mm asymmetric pigmented macule, left scapula, irregular border, two colours on dermoscopy</li>
<li>Impression: <b>suspected superficial spreading melanoma</b></li>
<li>Plan: excisional biopsy with 2 mm margins within 2 weeks; we have booked him at our procedure clinic</li></ul>
<p>Regards,<br>Dr. Annie Beauchemin, FRCPC<br>Dermatology, CHU de Québec</p>
</body></html>""",
        cte="base64")

    add(P, "dossier_seul_biopsie", "fr", ["mrn"],
        "request quoting only a chart number with context (no name)",
        f"Dr Karim Benali <karim.benali@cisss-mont.{HOSP}>".replace("cisss-mont", "cisss-mc"),
        "Archives Clinique Privée Santé-Rive <archives@santerive.ca>",
        "Demande de copie - dossier",
        """Bonjour,

Pourriez-vous me transmettre les résultats de la coloscopie et de la biopsie faites chez vous en septembre pour le dossier no 5521907 ? Le patient est maintenant suivi chez nous en gastro.

Merci,
Karim Benali, M.D.
Gastroentérologie, Hôpital Charles-Le Moyne
""")

    add(P, "nam_seul_carte_expiree", "fr", ["ramq_nam"],
        "one-line admin mail with a bare compact NAM; nothing else about the patient",
        f"Admission - Hôpital de Saint-Eustache <admission.hse@cisss-laurentides.{HOSP}>",
        "Clinique Chirurgicale Boréale <rdv@chirurgieboreale.ca>",
        "carte expirée",
        "Bonjour, la carte d'assurance maladie CLOL60112139 est expirée depuis août, merci de demander au patient d'apporter la nouvelle avant la chirurgie du 12. Admission HSE\n")

    add(P, "sante_publique_rougeole_contact", "fr", ["patient_name", "diagnosis", "patient_contact"],
        "public-health case notification to a daycare director: index case name and address",
        f"Direction de santé publique - maladies infectieuses <mi.dsp@cisss-mont.{HOSP}>".replace("cisss-mont", "cisss-montérégie-centre").replace("é", "e"),
        "Service de garde - École des Primevères <servicedegarde@ecoleprimeveres.ca>",
        "Cas de rougeole - mesures à prendre",
        """Madame Roy,

Je vous confirme notre appel de ce matin : un enfant fréquentant votre service de garde, Mathis Thibault (1re année, groupe des Lucioles), a reçu un diagnostic de rougeole confirmé par PCR hier. Il est en isolement à la maison (45, rue des Tilleuls, Saint-Lambert) jusqu'au 9 novembre.

Nous aurons besoin de la liste des enfants et du personnel présents du 26 au 30 octobre avec leur statut vaccinal.

Mélanie Desrosiers, inf. B. Sc.
Conseillère en maladies infectieuses
Direction de santé publique de la Montérégie
""")

    add(P, "pharmacie_ontario_bilan_meds", "en", ["patient_name", "date_of_birth", "medication"],
        "medication reconciliation sent to an Ontario community pharmacy; name, DOB, med list",
        f"Pharmacy - Pontiac Hospital <pharmacie.pontiac@cisss-outaouais.{HOSP}>", "Riverside Pharmacy <rx@riversidepharmacy-pembroke.ca>",
        "Best possible medication history - please verify",
        """Hi,

We admitted one of your regular clients last night. Could you confirm the list below against your profile and reply with any differences?

Name: Okafor, Grace   DOB: 1949-12-03
- apixaban 2.5 mg BID
- metoprolol 25 mg BID
- furosemide 40 mg daily
- insulin glargine 18 units HS
- gabapentin 300 mg TID
- vitamin D 1000 IU daily

Thanks,
Ryan Cormier, pharmacy technician
Hôpital du Pontiac
""")

    add(P, "soins_plaie_domicile", "fr", ["patient_name", "diagnosis", "patient_contact"],
        "wound-care nurse to an outside wound clinic; pressure injury, address for visit",
        f"Sylvie Trudel, inf. <sylvie.trudel@cisss-bsl.{HOSP}>", "Clinique de plaies Kamouraska <info@cliniqueplaies-kamouraska.ca>",
        "Visite conjointe - Mme Fournier",
        """Bonjour Valérie,

Peux-tu venir avec moi chez Mme Michèle Fournier mardi prochain vers 13 h ? Plaie de pression sacrée stade 3, 4 x 3 cm, exsudat modéré, odeur depuis 3 jours, je soupçonne une infection. Elle est paraplégique (lésion médullaire T10) et diabétique.

Adresse : 1208, route 132 Est, Saint-André-de-Kamouraska. Tél. 418 555-0198. La maison jaune après le pont.

Merci !
Sylvie Trudel, inf. clin.
Soins à domicile, CLSC de Saint-Pascal
""")

    add(P, "reponse_citee_morin", "fr", ["patient_name", "diagnosis", "lab_result"],
        "reply whose quoted original carries the patient data; the new text says only 'merci'",
        f"Dre Annick Poulin <annick.poulin@ciusss-mcq.{HOSP}>", "Dr Félix Carrier <felix.carrier@endocrino-trifluvien.ca>",
        "RE: Pascale Morin - diabète gestationnel",
        """Merci Félix, je lui fais le suivi.

Annick

-----Message d'origine-----
De : Dr Félix Carrier
Envoyé : 2 novembre 2026 16:40
À : Dre Annick Poulin
Objet : Pascale Morin - diabète gestationnel

> Annick,
> Ta patiente Pascale Morin (31 ans, G1, 27 sem) a une HGOP 75 g
> anormale : glycémie à jeun 5,6, 1 h 11,2, 2 h 9,4. Donc diabète
> gestationnel. Je la vois à la clinique de diabète de grossesse
> jeudi. HbA1c 5,9 %.
>
> Félix
""")

    add(P, "sujet_seulement_pneumonie", "fr", ["patient_name", "date_of_birth", "diagnosis"],
        "everything is in the subject line; the body is one line",
        f"Dr Raphaël Giguère <raphael.giguere@cisss-lan.{HOSP}>", "Pédiatrie Clinique Joliette-Nord <pediatrie@joliettenord.ca>",
        "Noah Girard (DDN 2018-01-22) - pneumonie lobaire D, revoir 48 h svp",
        "Merci de le revoir jeudi en clinique sans rendez-vous. RG\n")

    add(P, "lettre_consultation_docx_mpoc", "fr", ["patient_name", "ramq_nam", "diagnosis"],
        "pulmonology consultation letter as DOCX (NAM, MPOC, FA); body names the patient",
        f"Secrétariat pneumologie <pneumo.secretariat@ciusss-capnat.{HOSP}>", "Clinique médicale Beauport <medecins@cmbeauport.ca>",
        "Lettre de consultation - Leblanc Daniel",
        "Bonjour,\n\nCi-joint la lettre de consultation du Dr Turcotte concernant M. Daniel Leblanc, vu le 29 octobre.\n\nSecrétariat de pneumologie\nIUCPQ\n",
        attachments=[A("consultation_Leblanc_D.docx", make_docx("Consultation en pneumologie", [
            "Patient : LEBLANC, Daniel     NAM : LEBD 6401 1887     DDN : 1964-01-18",
            "Motif : dyspnée progressive, 3 exacerbations en 12 mois.",
            "Impression : MPOC GOLD 3, groupe E; FA paroxystique connue (anticoagulé).",
            "Spirométrie : VEMS 42 % prédit, VEMS/CVF 0,51 post-BD.",
            "Plan : trithérapie (fluticasone furoate/uméclidinium/vilantérol) 1 inh DIE; réadaptation pulmonaire; vaccin VRS.",
            "Dr Frédéric Turcotte, pneumologue",
        ]), DOCX)])

    add(P, "labo_pdf_en_mrn", "en", ["mrn", "patient_name", "lab_result"],
        "English lab report as PDF with MRN; the body only says 'see attached'",
        f"Lab results - Lakeshore <lab.results@ciusss-odim.{HOSP}>", "Dr. Emily Tran <etran@westislandwalkin.ca>",
        "Results",
        "See attached.\n\n-- \nLakeshore General Hospital laboratory\n",
        attachments=[A("results_4473108.pdf", make_pdf("LABORATORY REPORT - FINAL", [
            "Patient: ROY, Dominic        MRN: 4473108        DOB: 2001-06-19   Sex: M",
            "Collected: 2026-11-02 08:15    Ordering: Dr. E. Tran",
            "CBC: WBC 14.2 H   Hb 131   Plt 412 H",
            "Lipase 1840 U/L  H",
            "ALT 210 H   AST 188 H   ALP 240 H   Bili total 48 H",
            "Comment: pattern compatible with gallstone pancreatitis - clinical correlation.",
        ]), PDF)])

    add(P, "cnesst_formulaire_nas", "fr", ["ca_sin", "patient_name", "diagnosis"],
        "occupational injury follow-up to an employer's health office: SIN dashed, injury",
        f"Ergothérapie - réadaptation au travail <ergo.readaptation@ciusss-capnat.{HOSP}>", "Santé-sécurité - Transports Laurentides inc. <sst@transportslaurentides.ca>",
        "Suivi lésion professionnelle - J. Gauthier",
        f"""Bonjour M. Pelletier,

Rapport d'étape en ergothérapie pour votre employé, M. Jérémie Gauthier (NAS {SIN_GAUTHIER_J[0:3]}-{SIN_GAUTHIER_J[3:6]}-{SIN_GAUTHIER_J[6:9]}, dossier CNESST 512 448 903).

Lésion : entorse lombaire avec irradiation à la fesse droite, événement du 2026-09-14.
Capacités actuelles : soulever 10 kg du sol, conduite 2 h continue. Un retour progressif aux tâches légères est envisageable à partir du 16 novembre.

Émilie Savoie, erg.
""")

    add(P, "belgique_labo_pdf_niss", "fr", ["be_niss", "patient_name", "lab_result"],
        "Belgian lab partner: PDF with NISS and results; body names the patient",
        f"Laboratoire de biologie médicale <labo.export@chum.{HOSP}>", "Laboratoire Clinique Meuse-Sambre <resultats@labo-meusesambre.be>",
        "Résultats envoyés en sous-traitance - Mertens Laura",
        "Chers collègues,\n\nVeuillez trouver les résultats de la patiente Laura Mertens pour votre dossier (sérologies faites chez nous pendant son séjour).\n\nBien à vous,\nLaboratoire du CHUM\n",
        attachments=[A("resultats_Mertens.pdf", make_pdf("Résultats de laboratoire", [
            f"Patiente : MERTENS Laura     NISS : {NISS_MERTENS}",
            "Date de naissance : 29/02/1988",
            "Sérologie VHB : AgHBs positif, anti-HBc IgM négatif",
            "ADN VHB : 4,2 log UI/mL",
            "ALT 64 U/L (H)",
            "Conclusion : hépatite B chronique, à confier au suivi hépatologique",
        ]), PDF)])

    add(P, "france_docx_nir_compte_rendu", "fr", ["fr_nir", "patient_name", "diagnosis"],
        "French partner: operative report DOCX with compact NIR",
        f"Chirurgie orthopédique <ortho.hotel-dieu@chum.{HOSP}>", "Clinique du Parc - Chirurgie <chirurgie@clinique-du-parc-vesoul.fr>",
        "CRO - M. Marchand",
        "Bonjour,\n\nComme convenu, le compte rendu opératoire de M. Thomas Marchand, opéré chez nous pendant son stage.\n\nCordialement\n",
        attachments=[A("CRO_Marchand.docx", make_docx("Compte rendu opératoire", [
            f"Patient : MARCHAND Thomas, né le 12/08/1985 - NIR {NIR_MARCHAND}",
            "Intervention : ostéosynthèse de fracture bimalléolaire cheville gauche (plaque + vis)",
            "Diagnostic : fracture bimalléolaire Weber B",
            "Suites : botte plâtrée 6 semaines, énoxaparine 40 mg SC/j 6 semaines",
        ]), DOCX)])

    add(P, "dpj_signalement_ts", "fr", ["patient_name", "date_of_birth", "diagnosis"],
        "hospital social worker to a school: child protection context with name, DOB and injuries",
        f"Service social - CHU Sainte-Justine <service.social@chusj.{HOSP}>", "Direction École secondaire Saint-Rédempteur <direction.stredempteur@csscotes.ca>",
        "Élève Delphine Lessard - confidentiel",
        """Madame la directrice,

Delphine Lessard (née le 2011-03-18), élève de 3e secondaire à votre école, est hospitalisée chez nous depuis le 31 octobre pour une fracture de l'avant-bras et des ecchymoses multiples d'âges différents. Un signalement a été retenu par la DPJ.

Une intervenante de la DPJ communiquera avec vous. D'ici là, merci de ne donner aucune information à quiconque se présenterait pour la récupérer.

Audrey Morneau, t.s.
Service social, CHU Sainte-Justine
""")

    add(P, "ambulance_domicile_adresse", "fr", ["patient_name", "patient_contact", "diagnosis"],
        "scheduled non-urgent transport from home: name, address, oxygen, reason",
        f"Transport des usagers <transport.usagers@cisss-gaspesie.{HOSP}>", "Ambulances Chaleur-Baie <horaires@ambulances-chaleurbaie.ca>",
        "Transport civière - 6 nov",
        """Bonjour,

Transport civière aller-retour demandé pour le 6 novembre :

Usager : M. Albert Lapointe, 82 ans
Adresse de prise en charge : 57, rue du Quai, Carleton-sur-Mer, G0C 1J0 (entrée arrière, rampe)
Tél. : 418 555-0117 (épouse)
Destination : Hôpital de Maria, hémodialyse 08 h 00
O2 2 L/min, IRC terminale, amputé AK droit.

Merci
Lyne Arsenault, agente de transport
""")

    add(P, "don_organes_coordination", "fr", ["patient_name", "diagnosis", "lab_result"],
        "transplant coordination with blood group, crossmatch and diagnosis",
        f"Coordination greffe rénale <greffe.renale@chum.{HOSP}>", "Laboratoire HLA - Transplant Partenaires <hla@transplant-partenaires.ca>",
        "Receveur potentiel - crossmatch urgent",
        """Bonjour,

Receveur potentiel pour le donneur TQ-2611-07 :
Receveur : Guy Gagnon, 66 ans, groupe O+
Dx : IRC terminale sur néphropathie diabétique, en HD depuis 2022
PRA 12 %, dernier sérum 2026-10-15
Créatinine 845, K 5,2

Merci de faire le crossmatch en priorité ce soir.

Marie-Josée Plante, inf.
Coordonnatrice de transplantation rénale
""")


def negatives_first() -> None:
    add(N, "bulletin_epidemio_influenza", "fr", [], "epidemiology bulletin: weekly aggregate counts by region",
        f"Vigie sanitaire DSPublique <vigie@ciusss-capnat.{HOSP}>", "Liste partenaires vigie <partenaires-vigie@listes.gouv-partenaires.ca>",
        "Bulletin de vigie influenza - semaine CDC 47",
        """Bulletin de vigie - influenza et VRS, semaine 47 (15 au 21 novembre 2026)

- Cas d'influenza A confirmés en laboratoire : 312 (semaine 46 : 241)
- Cas de VRS : 188
- Hospitalisations liées à l'influenza : 41, dont 6 aux soins intensifs
- Décès : 3 (tous âgés de 80 ans et plus)
- Éclosions en CHSLD : 4 (Charlesbourg, Beauport, Sainte-Foy, Portneuf)

Proportion de tests positifs : 14,2 %. La saison est en croissance, la vaccination demeure recommandée pour les 6 mois et plus à risque.

Équipe de vigie sanitaire
Direction de santé publique de la Capitale-Nationale
""")

    add(N, "grandes_conferences_programme", "fr", [], "grand-rounds programme: speakers with credentials next to disease names",
        f"Enseignement médical - HSCM <enseignement.hscm@ciusss-ndim.{HOSP}>", "Médecins affiliés et partenaires <conferences-hscm@listes.partenaires-sante.ca>",
        "Grandes conférences de médecine - programme décembre",
        """Grandes conférences de médecine - Hôpital du Sacré-Cœur-de-Montréal
Mercredis, 8 h à 9 h, amphithéâtre Mailloux et en ligne

2 déc. - Insuffisance cardiaque à fraction d'éjection préservée : quoi de neuf en 2026 ?
         Dre Marie-Ève Tremblay, M.D., FRCPC, cardiologue
9 déc. - L'IRA chez le patient âgé hospitalisé : prévenir plutôt que dialyser
         Dr Vincent Laplante, néphrologue, M. Sc.
16 déc. - MPOC et VRS : la nouvelle vaccination
         Dre Sophie Nguyen, pneumologue, et Mme Caroline Gosselin, inf. prat. spéc.

Activité de développement professionnel reconnue (1 h, section 1).
""")

    add(N, "morbi_mortalite_invitation", "fr", [], "M&M invitation: case summaries without names or identifiers",
        f"Chef de service - médecine d'urgence <chef.urgence@cisss-lav.{HOSP}>", "Urgentologues Laval <urgentologues-laval@listes.medecins-partenaires.ca>",
        "Rencontre de morbidité-mortalité - 18 novembre",
        """Bonjour à tous,

Rencontre M&M le mercredi 18 novembre à 12 h (salle 2-104, lunch fourni).

Cas 1 : homme de 67 ans, douleur épigastrique, ECG initial jugé normal, NSTEMI diagnostiqué au retour 36 h plus tard.
Cas 2 : femme de 84 ans sous anticoagulant, chute, TDM cérébrale non faite, hématome sous-dural au jour 3.

Comme toujours, la discussion est confidentielle et protégée (art. 183 LSSSS). Aucun nom ni numéro de dossier dans les présentations.

Dr Hugo Paradis, chef de service
""")

    add(N, "rappel_lot_heparine", "fr", [], "pharmacy recall notice with lot numbers and expiry dates",
        f"Département de pharmacie - CIUSSS de l'Estrie <pharmacie.rappels@ciusss-estrie.{HOSP}>", "Pharmacies communautaires Estrie <pharmacies-estrie@listes.opq-partenaires.ca>",
        "AVIS DE RAPPEL - Héparine sodique 5 000 U/mL, lots 2K1145 et 2K1146",
        """AVIS DE RAPPEL - niveau hôpital/pharmacie

Produit : Héparine sodique injectable 5 000 unités/mL, fiole 1 mL (DIN 02264307)
Lots : 2K1145 (exp. 2027-03) · 2K1146 (exp. 2027-04)
Motif : particules visibles dans certaines fioles

Action : mettre les fioles en quarantaine et les retourner au grossiste. Aucun effet indésirable signalé à ce jour.

Sébastien Morin, pharm., chef adjoint - approvisionnement
""")

    add(N, "paie_periode_25", "fr", [], "payroll notice to staff with period numbers and amounts",
        f"Service de la paie <paie@cisss-mo.{HOSP}>", "Tous les employés <tous@cisss-mo-partenaires.ca>",
        "Paie du 10 décembre - période 25 - rétroactivité",
        """Bonjour,

La paie du 10 décembre (période 25) inclura la rétroactivité de 2,5 % prévue à la convention collective pour les périodes 1 à 22. Les montants apparaîtront sous le code de gain 0415.

Les relevés de paie seront disponibles dans Logibec à compter du 8 décembre.

Pour toute question : 450 771-3333 poste 31010.

Service de la paie, Direction des ressources financières
""")

    add(N, "ti_migration_messagerie", "fr", [], "IT notice: mailbox migration, ticket numbers, no patients",
        f"Centre de services TI <cst@ciusss-mcq.{HOSP}>", "Utilisateurs externes - médecins GMF <gmf-mcq@listes.partenaires-ti.ca>",
        "[TI] Migration Exchange Online - samedi 14 novembre",
        """Bonjour,

La migration des boîtes aux lettres vers Exchange Online aura lieu le samedi 14 novembre de 6 h à 14 h. Pendant ce temps, l'accès au webmail sera interrompu.

Après la migration, le mot de passe sera inchangé mais l'authentification multifacteur (MFA) deviendra obligatoire.

En cas de problème, ouvrez un billet (ex. INC0048812) au 1 855 555-0100.

Centre de services TI
""")

    add(N, "syndicat_assemblee", "fr", [], "union notice naming union officers",
        f"Exécutif syndical FIQ-SPSSODIM <fiq.spssodim@ciusss-odim.{HOSP}>", "membres.fiq@syndicat-fiq-membres.ca",
        "Assemblée générale spéciale - vote sur l'entente de principe",
        """Chères membres, chers membres,

Une assemblée générale spéciale aura lieu le 25 novembre à 19 h au sous-sol de l'église Saint-Joachim (et en ligne).
Ordre du jour : présentation de l'entente de principe (ratios, temps supplémentaire obligatoire, primes de soir), période de questions, vote secret.

Mme Lise Charbonneau, présidente, et M. Denis Ouimet, vice-président aux relations de travail.

Solidairement,
L'exécutif
""")

    add(N, "naissance_collegue", "fr", [], "staff newborn announcement (a nurse's baby): not a patient in a care context",
        f"Unité 5 Nord - chef <chef.5nord@chuq.{HOSP}>", "equipe5nord-perso@groupes-amicaux.ca",
        "Bienvenue au petit Félix !",
        """Bonjour l'équipe,

Notre collègue Julie Bergeron, inf. auxiliaire, a donné naissance à un beau Félix le 28 novembre, 3,4 kg, 51 cm. Maman et bébé se portent très bien !

On fait une collecte pour un cadeau commun : enveloppe au poste jusqu'au 11 décembre.

Nathalie, chef d'unité
""")

    add(N, "anniversaire_personnel", "fr", [], "staff birthday mail with a birth date of a colleague (staff, not patient)",
        f"Comité social - CLSC Hochelaga <social.clsc-hm@ciusss-est.{HOSP}>".replace("ciusss-est", "ciusss-emtl"), "comite-social-hm@groupes-amicaux.ca",
        "Fête de Réjean - 60 ans !",
        """Bonjour à tous,

Réjean Dufresne (notre pht préféré) aura 60 ans le 7 décembre ! Il est né le 7 décembre 1966, vous pouvez faire le calcul.

Gâteau surprise mardi à 15 h 30 à la salle du personnel. Contribution de 5 $ à Marie-Claude.

Le comité social
""")

    add(N, "catalogue_fournisseur_luhn", "en", [], "vendor catalogue with Luhn-valid 9-digit product codes and a GST business number",
        f"Approvisionnement <appro@cisss-bsl.{HOSP}>", "Orders - Northstar Medical Supply <orders@northstar-medsupply.ca>",
        "Quote request - wound care products",
        f"""Hello,

Please quote the following items from your 2027 catalogue (delivery to Hôpital de Rivière-du-Loup, dock 3):

Item code     Description                                   Qty
{CATALOGUE_CODES[0]}     Foam dressing, silicone border 10x10 cm       400
{CATALOGUE_CODES[1]}     Calcium alginate rope 2 g                     150
{CATALOGUE_CODES[2]}     Negative-pressure canister 300 mL             60
{CATALOGUE_CODES[3]}     Skin barrier wipes, box of 50                 80
{CATALOGUE_CODES[4]}     Transparent film 6x7 cm                       1000

Our GST/HST registration: {GST_BN} RT0001.

Thank you,
Pierre-Luc Morneau, buyer
""")

    add(N, "comite_pharmacologie_ics", "fr", [], "committee meeting invitation with .ics, staff names with titles",
        f"Secrétariat CMDP <cmdp@cisss-lav.{HOSP}>", "Dr Marc Aubin <marc.aubin@clinique-aubin-associes.ca>",
        "Comité de pharmacologie - 3 décembre",
        """Bonjour Dr Aubin,

Vous êtes convoqué au comité de pharmacologie du 3 décembre.
Présents prévus : Mme Josiane Leduc, pharm., présidente; Dr Alain Girouard; Mme Ève Lachance, inf. M. Sc.; M. Samuel Trépanier, conseiller cadre.

Ordre du jour : ajout du tirzépatide au formulaire, protocole d'héparine, pénurie d'amoxicilline.

Secrétariat du CMDP
""",
        attachments=[A("comite_pharmaco.ics", make_ics("heldout-ics-cmdp-003@cisss-lav", "Comité de pharmacologie",
                                                       "20261203T120000", "20261203T133000", "Salle C-210, Hôpital de la Cité-de-la-Santé",
                                                       "Ordre du jour: formulaire, protocole héparine, pénuries"), ICS)])

    add(N, "affichage_poste_inf", "fr", [], "job posting",
        f"Recrutement CISSS de la Gaspésie <recrutement@cisss-gaspesie.{HOSP}>", "offres@emplois-sante-partenaires.ca",
        "Affichage : infirmière clinicienne - soins intensifs - Hôpital de Gaspé",
        """Titre d'emploi : infirmière clinicienne / infirmier clinicien (1911)
Port d'attache : Hôpital de Gaspé, soins intensifs
Statut : temps complet permanent, rotation jour/nuit
Salaire : 30,42 $ à 55,28 $ l'heure, prime d'éloignement
Exigences : B. Sc. inf., membre de l'OIIQ, ACLS un atout

Postuler avant le 15 décembre, concours 2026-INF-0412.
""")

    add(N, "facture_fournisseur_pdf", "fr", [], "supplier invoice PDF with invoice and order numbers, TPS/TVQ",
        f"Comptes fournisseurs <comptes.fournisseurs@ciusss-saguenay.{HOSP}>".replace("ciusss-saguenay", "ciusss-slsj"), "Facturation Biomédical Nordique <facturation@biomednordique.ca>",
        "Facture 2026-11842 - écart de prix",
        """Bonjour,

La facture ci-jointe (bon de commande 4500712234) présente un écart de prix sur la ligne 2. Merci de nous émettre une note de crédit.

Comptes fournisseurs
""",
        attachments=[A("facture_2026-11842.pdf", make_pdf("FACTURE 2026-11842", [
            "Biomédical Nordique inc. - 455, boul. Talbot, Chicoutimi",
            f"TPS : {GST_BN} RT0001    TVQ : 1219944531 TQ0001",
            "Bon de commande : 4500712234",
            "1  Pompe volumétrique - entretien préventif     12 x 145,00 $",
            "2  Capteur SpO2 réutilisable adulte              40 x 62,50 $",
            "Total avant taxes : 4 240,00 $",
        ]), PDF)])

    add(N, "formulaire_vierge_docx", "fr", [], "blank referral form template: field labels, no values",
        f"Guichet d'accès santé mentale <gasm@cisss-laurentides.{HOSP}>", "Cliniques partenaires <cliniques-laurentides@listes.partenaires-sante.ca>",
        "Nouveau formulaire de référence - GASM",
        "Bonjour,\n\nVoici le nouveau formulaire de référence au guichet d'accès en santé mentale adulte, en vigueur le 1er décembre. Merci de détruire les anciennes versions.\n\nGASM Laurentides\n",
        attachments=[A("formulaire_reference_GASM_vierge.docx", make_docx("Demande de service - Guichet d'accès santé mentale adulte", [
            "Nom de l'usager : ______________________   Prénom : ______________",
            "Date de naissance (AAAA-MM-JJ) : ____-__-__",
            "NAM : ____ ____ ____   Expiration : __/__",
            "Adresse : ____________________________________",
            "Motif de la demande : ☐ anxiété ☐ dépression ☐ psychose ☐ autre : ______",
            "Médication actuelle : __________________________",
            "Signature du référent : ________________  No de permis : _______",
        ]), DOCX)])

    add(N, "cas_enseignement_anonyme_en", "en", [], "properly anonymised teaching case: age, sex, findings, diagnosis only",
        f"Dr. Neil Armstrong-Lebel <neil.armstrong-lebel@muhc.{HOSP}>", "Internal medicine residents <im-residents@mcgill-partners.ca>",
        "Morning report case - Thursday",
        """Morning report, Thursday:

A 72-year-old man with COPD (FEV1 38%) and HTN presents with 3 days of increased sputum purulence and dyspnea. On arrival: RR 28, SpO2 84% RA, PA 158/92. VBG pH 7.29, pCO2 68. CXR: hyperinflation, no consolidation.

1. Is BiPAP indicated?
2. Steroid dose and duration?
3. Which antibiotic, if any?

Bring your answers. Neil
""")

    add(N, "recherche_recrutement_agrege", "fr", [], "research recruitment report with aggregate counts only",
        f"Coordination de recherche - cardiologie <recherche.cardio@icm-mhi.{HOSP}>", "Gestion de projet - Borealis CRO <pm.canada@borealis-cro.com>",
        "Rapport mensuel de recrutement - BRK-2207 - site 014",
        """Bonjour,

Rapport de recrutement au 31 octobre, site 014 :
- Présélectionnés : 58
- Consentements signés : 37
- Randomisés : 34 (bras A : 17, bras B : 17)
- Échecs de sélection : 3 (DFGe < 30 : 2; retrait du consentement : 1)
- EIG déclarés depuis le début : 3

Prochaine visite de monitorage : 19 novembre.

Marie-Pier Lapierre, M. Sc.
Coordonnatrice de recherche clinique
""")

    add(N, "horaire_personnel_xlsx", "fr", [], "staff schedule spreadsheet (nurses, shifts)",
        f"Gestionnaire - Urgence HSJ <gestion.urgence.hsj@cisss-bsl.{HOSP}>", "Agence Soins Plus - placement <placement@soinsplus-agence.ca>",
        "Besoins en main-d'œuvre indépendante - semaine du 7 décembre",
        "Bonjour,\n\nVoici les quarts non comblés pour la semaine du 7 décembre. Merci de nous proposer des candidates d'ici vendredi.\n\nKatia\n",
        attachments=[A("quarts_non_combles.xlsx", make_xlsx("Quarts", [
            ["Date", "Quart", "Titre d'emploi", "Remplace", "Motif"],
            ["2026-12-07", "Nuit", "Inf. clinicienne", "Mme Annie Côté, inf.", "vacances"],
            ["2026-12-08", "Soir", "Inf. auxiliaire", "M. Louis-Philippe Gagné, inf. aux.", "formation"],
            ["2026-12-09", "Jour", "Préposé aux bénéficiaires", "poste vacant", ""],
            ["2026-12-11", "Nuit", "Inf. clinicienne", "Mme Rosalie Bérubé, inf.", "congé de maternité"],
        ]), XLSX)])

    add(N, "rh_probation_employe", "fr", [], "HR mail about a staff member's probation: personal but not a patient",
        f"Conseillère RH <rh.conseil@cisss-ab.{HOSP}>".replace("cisss-ab", "cisss-at"), "Me Stéphanie Laroche <slaroche@laroche-avocats-travail.ca>",
        "Dossier d'employé - M. Éric Lavoie - fin de probation",
        """Maître Laroche,

Pour faire suite à notre conversation, voici les éléments concernant M. Éric Lavoie, préposé aux bénéficiaires, matricule 208841 : trois avis écrits pendant la période de probation (retards répétés, non-respect de la procédure d'hygiène des mains). Nous envisageons de mettre fin à l'emploi avant le 15 décembre.

Pouvez-vous valider la lettre avant l'envoi ?

Karine Gélinas, CRHA
Conseillère en gestion des ressources humaines
""")

    add(N, "liste_numeros_serie_csv", "en", [], "biomedical engineering: infusion pump serial numbers and asset tags",
        f"Génie biomédical <genie.biomedical@ciusss-estrie.{HOSP}>", "Service - Medline Infusion Canada <service.ca@infusion-service-partner.ca>",
        "Field safety notice - affected serial numbers at our site",
        "Hello,\n\nAttached are the serial numbers of the pumps at our site covered by your field safety notice FSN-2026-07. Please schedule the firmware update.\n\nGBM Estrie\n",
        attachments=[A("pompes_FSN-2026-07.csv", make_csv([
            ["serial", "asset_tag", "model", "firmware", "location"],
            ["SN7741082295", "GBM-044812", "LVP-3", "4.2.1", "Fleurimont 4e"],
            ["SN7741082311", "GBM-044813", "LVP-3", "4.2.1", "Fleurimont 4e"],
            ["SN7741090456", "GBM-045220", "LVP-3", "4.2.0", "Hôtel-Dieu urgence"],
            ["SN7741090472", "GBM-045221", "LVP-3", "4.2.0", "Hôtel-Dieu urgence"],
        ], sep=","), CSV)])

    add(N, "infolettre_diabete", "fr", [], "public newsletter about diabetes, no patients",
        f"Communications <communications@cisss-mc.{HOSP}>", "abonnes-infolettre@infolettres-sante.ca",
        "Infolettre Santé Montérégie - Novembre, mois du diabète",
        "",
        html="""<html><body><h2>Novembre : mois de la sensibilisation au diabète</h2>
<p>Au Québec, près de 1 adulte sur 10 vit avec un diabète. Le diabète de type 2 représente 90 % des cas.</p>
<p>Saviez-vous qu'une HbA1c de 6,5 % ou plus confirme le diagnostic ? Les personnes de 40 ans et plus devraient être dépistées tous les 3 ans.</p>
<h3>Ateliers gratuits</h3><ul><li>« Bien manger avec le diabète » - CLSC Samuel-de-Champlain, 12 novembre</li>
<li>« Bouger plus » avec Mme Lucie Vaillancourt, kinésiologue - 19 novembre</li></ul>
<p>Pour vous désabonner, cliquez ici.</p></body></html>""")

    add(N, "penurie_amoxicilline_en", "en", [], "drug shortage notice with alternatives",
        f"Pharmacy department - JGH <pharmacy.info@jgh.ciusss-codim.{HOSP}>", "Community prescribers <prescribers-cdn@lists.partner-clinics.ca>",
        "Shortage: amoxicillin 250 mg/5 mL suspension",
        """Dear prescribers,

Amoxicillin 250 mg/5 mL oral suspension is on national shortage until at least January. Alternatives:
- amoxicillin 400 mg/5 mL suspension (adjust volume)
- amoxicillin-clavulanate 400/57 mg per 5 mL for AOM failures
- cefprozil 250 mg/5 mL if non-severe penicillin allergy

Please do not prescribe quantities beyond the expected course.

JGH Pharmacy Department
""")

    add(N, "absence_bureau_en", "en", [], "out-of-office auto-reply with a staff signature",
        f"Dr. Priya Raman <priya.raman@muhc.{HOSP}>", "billing@ontario-locums-partner.ca",
        "Automatic reply: invoice for October locum",
        """I am out of the office until Monday, November 16, with limited access to e-mail.
For urgent clinical matters, please page the nephrologist on call through MUHC locating at 514 934-1934.

Priya Raman, MD, FRCPC
Nephrology, McGill University Health Centre
""")

    add(N, "eclosion_cdiff_agrege", "fr", [], "infection-prevention unit notice: counts and room numbers only",
        f"Prévention et contrôle des infections <pci.hrr@cisss-bsl.{HOSP}>", "Conseillère PCI - CHSLD partenaire <pci@residences-partenaires-bsl.ca>",
        "Éclosion C. difficile - unité 4B",
        """Bonjour,

Nous déclarons une éclosion de C. difficile à l'unité 4B (médecine) : 3 cas nosocomiaux en 10 jours. Transferts vers votre CHSLD suspendus pour les usagers de cette unité jusqu'à nouvel ordre, sauf évaluation conjointe.

Mesures : précautions contact renforcées, nettoyage au chlore 2x/jour, révision de l'antibiothérapie.

Équipe PCI, Hôpital régional de Rimouski
""")

    add(N, "ethique_approbation_projet", "fr", [], "research ethics approval: project number, researchers, no participants",
        f"Comité d'éthique de la recherche <cer@chuq.{HOSP}>", "Pr Antoine Gervais <antoine.gervais@ulaval-recherche.ca>",
        "Approbation finale - projet 2026-7412",
        """Professeur Gervais,

Le comité d'éthique de la recherche a approuvé le projet 2026-7412 « Déprescription des IPP chez les aînés en CHSLD : essai pragmatique par grappes » (version du protocole 3.0, formulaire de consentement v2.1 du 2026-10-20).

Approbation valide jusqu'au 2027-11-05. Tout événement indésirable grave doit être déclaré dans les 15 jours.

Me Hélène Caouette, présidente du CER
""")

    add(N, "belgique_convention_numero_entreprise", "fr", [], "Belgian partner agreement with a mod-97-valid company number",
        f"Affaires juridiques <affaires.juridiques@chum.{HOSP}>", "Service juridique - Clinique universitaire Haute-Senne <juridique@cu-hautesenne.be>",
        "Convention de collaboration - version finale",
        f"""Chère Maître Claes,

Voici nos derniers commentaires sur la convention de collaboration en formation (échange de résidents en gériatrie).

Identification de votre institution : ASBL Clinique universitaire Haute-Senne, numéro d'entreprise {BE_SUPPLIER_NO}, siège rue de la Station 14, 7060 Soignies.

Article 7 (assurances) : nous acceptons votre libellé. Article 9 (protection des données) : aucune donnée de patient ne sera échangée dans le cadre de la convention.

Me François Delisle, avocat
Direction des affaires juridiques, CHUM
""")

    add(N, "france_siret_inscription_congres", "fr", [], "French congress registration invoice with a Luhn-valid SIRET",
        f"Dre Claire Ouimet <claire.ouimet@ciusss-ndim.{HOSP}>", "Inscriptions - Journées de Gériatrie de Lyon <inscriptions@jgl-congres.fr>",
        "Facture inscription JGL 2027",
        f"""Madame, Monsieur,

Pourriez-vous émettre la facture d'inscription aux Journées de gériatrie (tarif médecin étranger, 480 €) au nom du CIUSSS du Nord-de-l'Île-de-Montréal ? Votre facture précédente indiquait SIRET {FR_SIRET} mais pas notre adresse de facturation.

Je présenterai l'atelier « Chutes en CHSLD : ce qui marche ».

Claire Ouimet, M.D., FRCPC, gériatre
""")

    add(N, "ontario_ohip_fee_codes", "en", [], "billing-code schedule update from an Ontario partner: fee codes, no patients",
        f"Facturation médicale hors Québec <facturation.horsqc@cisss-outaouais.{HOSP}>", "OHIP billing contact - Ottawa Hospital partner <billing.partners@ottawa-partner-hosp.ca>",
        "Interprovincial billing - updated fee codes",
        """Hello,

Please confirm that for interprovincial claims from January 1, the following apply:
A007A intermediate assessment - $37.95
A888A ER equivalent - weekend
H102 ER day visit
Also, are reciprocal claims still submitted within 6 months of service?

Thanks,
Nancy Bourque, technicienne en administration
""")

    add(N, "guide_clinique_seuils", "fr", [], "clinical protocol excerpt: thresholds and doses, no patient",
        f"Direction des soins infirmiers <dsi.protocoles@cisss-lan.{HOSP}>", "Infirmières praticiennes GMF <ips-lanaudiere@listes.partenaires-sante.ca>",
        "Ordonnance collective - ajustement de la warfarine (mise à jour)",
        """Bonjour,

Mise à jour de l'ordonnance collective OC-027 :
- INR 2,0 à 3,0 : dose inchangée
- INR 3,1 à 3,5 : diminuer la dose hebdomadaire de 10 %
- INR > 5,0 sans saignement : suspendre 1 à 2 doses, vitamine K 1 mg PO
- K > 5,5 ou Cr > 200 µmol/L : aviser le médecin avant toute modification

En vigueur le 1er décembre. Merci de retirer l'ancienne version des cartables.

Direction des soins infirmiers
""")

    add(N, "commande_no_sept_chiffres", "fr", [], "order number of 7 digits and a courier tracking number, no record context",
        f"Magasin central <magasin.central@ciusss-mcq.{HOSP}>", "Service à la clientèle - Fournitures Médicales Laurentiennes <service@fml-fournitures.ca>",
        "Commande 4471903 - livraison partielle",
        """Bonjour,

Notre commande no 4471903 du 28 octobre a été livrée partiellement (2 palettes sur 3). Le numéro de suivi Purolator est 335518204471. Pouvez-vous vérifier où est la troisième palette ?

Gants nitrile M : 120 caisses reçues sur 180.

Magasin central, Trois-Rivières
""")



def positives_third() -> None:
    add(P, "dialyse_horaire_xlsx", "fr", ["patient_name", "diagnosis"],
        "dialysis chair schedule sent to a transport company: names with diagnoses in a spreadsheet",
        f"Unité d'hémodialyse - Hôpital de Saint-Jérôme <hemodialyse.hrsj@cisss-laurentides.{HOSP}>", "Taxi-Transport Adapté Rivière-du-Nord <horaire@tta-rdn.ca>",
        "Horaire HD à compter du 9 novembre",
        "Bonjour,\n\nVoici le nouvel horaire des usagers en hémodialyse que vous transportez. Deux changements : M. Roy passe au quart du matin, Mme Leblanc nécessite maintenant un fauteuil roulant.\n\nMerci\nUnité d'hémodialyse\n",
        attachments=[A("horaire_HD_2026-11-09.xlsx", make_xlsx("Horaire", [
            ["Usager", "Jours", "Quart", "Mobilité", "Particularités"],
            ["ROY, Louis", "lun-mer-ven", "07:00", "autonome", "IRC terminale, DB1"],
            ["LEBLANC, Gisèle", "lun-mer-ven", "11:30", "fauteuil roulant", "IRC sur HTA, amputation orteils G"],
            ["SIMARD, Laurent", "mar-jeu-sam", "07:00", "canne", "polykystose rénale"],
            ["NADEAU, Gérard", "mar-jeu-sam", "16:00", "marchette", "IRC, ICC, O2 à domicile 2 L"],
        ]), XLSX)])

    add(P, "genetique_brca_en", "en", ["patient_name", "diagnosis"],
        "genetic counsellor to an outside gynecologist: BRCA1 pathogenic variant with name",
        f"Medical Genetics - MUHC <genetics.clinic@muhc.{HOSP}>", "Dr. Olivia Stanton <ostanton@westmountgyn.ca>",
        "Genetic test result - Ms. Claudia Taylor",
        """Dear Dr. Stanton,

Your patient Ms. Claudia Taylor (49) was seen today for results of hereditary breast and ovarian cancer panel testing. A pathogenic variant in BRCA1 (c.68_69delAG) was identified.

We discussed risk-reducing salpingo-oophorectomy and enhanced breast screening (annual MRI + mammography). Cascade testing is offered to her sister and two daughters.

Full letter to follow.

Rachel Goldberg, MS, CGC
Genetic counsellor
""")

    add(P, "tao_methadone_pharmacie", "fr", ["patient_name", "medication"],
        "opioid agonist treatment: hospital informs the community pharmacy of last dose given",
        f"Pharmacie - Hôpital Pierre-Le Gardeur <pharmacie.hplg@cisss-lan.{HOSP}>", "Pharmacie Boisvert et Nguyen <labo@pharmacie-boisvert-nguyen.ca>",
        "TAO - dernière dose reçue en centre hospitalier",
        """Bonjour,

Pour votre cliente Mme Josée Paquette, hospitalisée chez nous du 30 octobre au 3 novembre :
- méthadone 85 mg PO die, dernière dose administrée le 3 novembre à 08 h 45 (observée)
- aucune dose emportée au congé
- ajout de la prégabaline 75 mg BID par l'équipe de médecine

Merci de reprendre la dispensation quotidienne observée dès demain, 4 novembre.

Alexandre Bilodeau, pharm.
""")

    add(P, "nutrition_diabete_hba1c", "fr", ["patient_name", "lab_result", "diagnosis"],
        "dietitian to a private kinesiology clinic: HbA1c, DB2, name",
        f"Nutrition clinique - CLSC de Lévis <nutrition.clsc-levis@cisss-chaudiere-appalaches.{HOSP}>", "Kinésio Plus Lévis <info@kinesioplus-levis.ca>",
        "Programme d'exercice - M. Éric Simard",
        """Bonjour Mathieu,

M. Éric Simard, 68 ans, que je suis pour un diabète de type 2 mal contrôlé (HbA1c 9,2 % le 20 octobre, glycémie à jeun 11,4), commencera votre programme d'exercice supervisé la semaine prochaine. Il est sous insuline depuis un mois; attention aux hypoglycémies, surtout après l'entraînement. Neuropathie périphérique aux deux pieds.

Merci et bonne journée,
Valérie Côté, Dt.P.
Nutritionniste, CLSC de Lévis
""")

    add(P, "echo_abdo_latin1", "fr", ["ramq_nam", "patient_name", "diagnosis"],
        "ultrasound report pasted into an ISO-8859-1 mail; NAM spaced",
        f"Radiologie - Hôpital de Montmagny <radiologie.montmagny@cisss-chaudiere-appalaches.{HOSP}>", "Clinique médicale de L'Islet <secretariat@cm-lislet.ca>",
        "Rapport échographie abdominale",
        f"""Bonjour,

Rapport final.

Patiente : MORIN Nathalie     NAM : {sp_nam("MORN39582071")}
Examen : échographie abdominale complète, 2026-11-02

Constatations : vésicule biliaire distendue, paroi épaissie à 5 mm, multiples calculs dont un enclavé au collet. Signe de Murphy échographique positif. Voies biliaires non dilatées. Foie homogène.
Conclusion : cholécystite aiguë lithiasique.

Dr Bernard Fecteau, radiologiste
""",
        charset="iso-8859-1", cte="quoted-printable")

    add(P, "invalidite_sin_en", "en", ["ca_sin", "patient_name", "diagnosis"],
        "attending physician statement to an insurer in English, SIN spaced",
        f"Dr. Michael Ross <michael.ross@jgh.ciusss-codim.{HOSP}>", "Group Disability Claims <disability.claims@maplecrest-life.ca>",
        "Attending Physician Statement - claimant Jacques Brown",
        f"""Hello,

Re: claimant Jacques Brown, DOB 1972-02-11, SIN {SIN_BROWN_J[0:3]} {SIN_BROWN_J[3:6]} {SIN_BROWN_J[6:9]}, policy 77120-B.

Diagnosis: major depressive disorder, recurrent, moderate; generalized anxiety disorder. Treated with venlafaxine XR 225 mg daily and CBT. He remains totally disabled from his own occupation (air traffic controller) at this time. Next reassessment in 8 weeks.

Michael Ross, MD, FRCPC
Psychiatry, Jewish General Hospital
""")

    add(P, "ohip_reciprocal_claim", "en", ["ca_health_number", "patient_name"],
        "out-of-province claim question with an Ontario health number (compact, version code)",
        f"Facturation hors province <facturation.horsqc@cisss-outaouais.{HOSP}>", "Reciprocal claims desk <reciprocal@ontario-claims-partner.ca>",
        "Rejected reciprocal claim - Daniel Okafor",
        f"""Hello,

Our claim for the ER visit of Daniel Okafor on 2026-09-18 was rejected with code EH1 (eligibility). Health number {ON_HN_OKAFOR}AB. Could you confirm whether the version code changed? He presented his card at registration.

Thanks,
Nancy Bourque
Technicienne en administration, facturation hors Québec
""")

    add(P, "belgique_pediatrie_niss_enfant", "fr", ["be_niss", "patient_name", "diagnosis"],
        "Belgian child's NISS (born in the 2000s) in a pediatric follow-up to a Belgian paediatrician",
        f"Dre Nadia Sabourin <nadia.sabourin@chusj.{HOSP}>", "Dr Pieter Wouters <p.wouters@kinderpraktijk-lier.be>",
        "Suivi de Lotte Janssens",
        f"""Cher confrère,

La petite Lotte Janssens (NISS {NISS_JANSSENS_CHILD.replace('.', '').replace('-', '')}), 7 ans, a été hospitalisée chez nous pendant les vacances familiales pour une acidocétose diabétique inaugurale. Diabète de type 1 confirmé (anticorps anti-GAD positifs).

Elle repart en Belgique le 8 novembre sous insuline glargine 8 U le soir et asparte selon le ratio 1 U / 15 g de glucides. Les parents ont reçu l'enseignement complet.

Confraternellement,
Nadia Sabourin, M.D., FRCPC
CHU Sainte-Justine
""")

    add(P, "nb_transfert_edmundston", "fr", ["ramq_nam", "patient_name", "diagnosis"],
        "transfer to a New Brunswick francophone hospital; NAM dashed, stroke",
        f"Urgence - Hôpital de Rivière-du-Loup <urgence.hrdl@cisss-bsl.{HOSP}>", "Coordination des lits - Hôpital régional d'Edmundston <lits.edmundston@reseau-sante-nb-partenaire.ca>",
        "Transfert - Mme Sarah Ouellet",
        f"""Bonjour,

Suite à notre échange téléphonique avec le Dr Thériault, nous transférons Mme Sarah Ouellet (59 ans, NAM {sp_nam("OUES67520217", "-")}) pour prise en charge en neurologie : AVC ischémique mineur, NIHSS 3, occlusion de M2 gauche; hors fenêtre de thrombectomie selon votre neurologue. Elle habite Dégelis, près de chez vous, et la famille est à Edmundston.

Départ prévu 15 h en ambulance.

Dr Louis-Charles Pelletier, urgentologue
""")

    add(P, "deces_soins_palliatifs_md", "fr", ["patient_name", "diagnosis"],
        "palliative-care home informs the family physician of a death with cause",
        f"Maison de soins palliatifs - coordination médicale <coord.msp@ciusss-mcq.{HOSP}>", "Dre Chantal Rivard <chantal.rivard@gmf-cap.ca>",
        "Décès de votre patiente",
        """Bonjour Dre Rivard,

Nous vous informons du décès de Mme Geneviève Bouchard, survenu paisiblement ce matin à 5 h 20 à la maison de soins palliatifs, entourée de ses enfants. Cause : néoplasie ovarienne métastatique (carcinose péritonéale).

Merci pour votre accompagnement depuis le diagnostic.

Dr Mathieu Lanoue
Médecin, Maison Albatros
""")

    add(P, "transfert_courriel_patient_rfc822", "en", ["patient_name", "diagnosis", "medication"],
        "a nurse forwards (as attached message) a patient's own e-mail to an outside pharmacist",
        f"Anticoagulation clinic <anticoag.clinic@muhc.{HOSP}>", "Lisa Cheng, RPh <lcheng@parkavenuepharmacy.ca>",
        "Fwd: question about my pills",
        "Lisa, see the patient's message below - can you call him about the interaction? Thanks, Heather (RN)\n",
        attachments=[A("question about my pills.eml", make_forwarded(
            "Dylan Martel <dylan.martel05@webmail-perso.ca>", f"anticoag.clinic@muhc.{HOSP}", "question about my pills",
            "Tue, 03 Nov 2026 21:14:00 -0500",
            "Hi, it's Dylan Martel. Since my pulmonary embolism in August I'm on rivaroxaban 20 mg. "
            "My walk-in doctor gave me clarithromycin for a sinus infection today. Is that OK together? "
            "I also still take my Concerta for ADHD.\n\nThanks, Dylan\n"), "message/rfc822")])

    add(P, "ordonnance_en_pharmacie", "en", ["patient_name", "date_of_birth", "medication"],
        "e-prescription confirmation to a community pharmacy; name and DOB with drug",
        f"Dr. Hannah Klein <hannah.klein@ciusss-codim.{HOSP}>", "St-Laurent Pharmacy <prescriptions@stlaurentpharmacy.ca>",
        "Rx for Maude Ouellet",
        """Hello,

Please fill for Maude Ouellet, DOB 27 Aug 1993:
Nitrofurantoin (Macrobid) 100 mg PO BID x 5 days, no refills.
Pregnant 14 weeks - please counsel accordingly.

Hannah Klein, MD CCFP
Licence 1-19442
""")

    add(P, "recherche_liste_rappel_csv", "fr", ["patient_name", "patient_contact"],
        "research recall list (names and phone numbers of participants) sent to a survey firm",
        f"Centre de recherche - équipe diabète <crchus.diabete@ciusss-estrie.{HOSP}>", "Projets - Sondages Voxpop <projets@sondages-voxpop.ca>",
        "Liste de rappel - suivi 12 mois étude DIA-MOVE",
        "Bonjour,\n\nComme prévu au contrat, voici la liste des participants à joindre pour le questionnaire de suivi à 12 mois. Tous ont un diabète de type 2 et ont consenti à être rappelés.\n\nMerci de nous retourner les résultats d'ici le 30.\n\nÉquipe DIA-MOVE\n",
        attachments=[A("rappel_12mois.csv", make_csv([
            ["code", "nom", "prenom", "telephone", "meilleur_moment"],
            ["DM-0104", "Bélanger", "Josée", "819 555-0182", "soir"],
            ["DM-0107", "Lapointe", "Maxime", "819 555-0144", "jour"],
            ["DM-0115", "Savard", "Dany", "819 555-0160", "fin de semaine"],
            ["DM-0122", "Fournier", "Michèle", "819 555-0127", "soir"],
        ]), CSV)])

    add(P, "enseignement_html_dossier_fuite", "fr", ["mrn", "diagnosis"],
        "HTML teaching case with no name but with the real chart number left in the slide notes",
        f"Dr Simon Leclerc <simon.leclerc@chuq.{HOSP}>", "Externes en chirurgie - ULaval <externes-chirurgie@listes.ulaval-partenaires.ca>",
        "Cas pour la séance de jeudi",
        "",
        html="""<html><body><p>Bonjour,</p>
<p>Voici le cas pour jeudi :</p>
<blockquote>Homme de 54 ans, douleur abdominale diffuse depuis 12 h, lactates 6,1, TDM : pneumatose intestinale et gaz portal.
<b>Diagnostic : ischémie mésentérique aiguë</b> sur embolie (FA non anticoagulée).</blockquote>
<p><i>Notes de la diapo 4 (à retirer avant diffusion) : images tirées du dossier 6612087, PACS 2026-10-30.</i></p>
<p>Simon Leclerc, M.D., FRCSC</p></body></html>""",
        cte="quoted-printable")

    add(P, "physio_facture_assureur_commotion", "en", ["patient_name", "diagnosis"],
        "physiotherapy invoice to a private insurer naming the patient and diagnosis",
        f"Physiotherapy outpatient - Hôpital de Gatineau <physio.externe@cisss-outaouais.{HOSP}>", "Health claims - Northern Shield Insurance <claims@northernshield-ins.ca>",
        "Invoice 2026-PT-4418 - Dylan Martel",
        """Hello,

Please find the details for claim processing:

Patient: Dylan Martel
Diagnosis: post-concussion syndrome with cervicogenic headache (hockey injury 2026-09-02)
Sessions: 2026-10-05, 10-12, 10-19, 10-26 (vestibular rehabilitation) - 4 x $95.00
Treating physiotherapist: Marc-Antoine Roy, pht

Regards,
Outpatient physiotherapy
""")

    add(P, "rappel_rdv_sante_mentale_jeunesse", "en", ["patient_name", "diagnosis"],
        "appointment reminder to a young patient: name, youth mental-health clinic, ADHD follow-up",
        f"Youth mental health clinic <ymh.appointments@ciusss-codim.{HOSP}>", "nathan.pelletier03@webmail-perso.ca",
        "Reminder: your appointment on Nov 12",
        """Hi Nathan Pelletier,

This is a reminder of your follow-up appointment for your ADHD medication review at the Youth Mental Health Clinic on Thursday, November 12 at 3:30 pm with Dr. Amira Haddad.

Please bring your pharmacy list.

Youth Mental Health Clinic, 4333 Côte-Sainte-Catherine
""")

    add(P, "pathologie_pdf_mrn_en", "en", ["mrn", "patient_name", "diagnosis"],
        "English pathology PDF; 'MRN#' spelling; body only refers to the case number",
        f"Pathology - St. Mary's <pathology.stmarys@ciusss-codim.{HOSP}>", "Dr. Gregory Walsh <gwalsh@lakeshoresurgical.ca>",
        "Final report SP-26-30911",
        "Dr. Walsh,\n\nAttached is the final report for SP-26-30911 as requested.\n\nPathology secretariat\n",
        attachments=[A("SP-26-30911.pdf", make_pdf("SURGICAL PATHOLOGY REPORT - SP-26-30911", [
            "Name: GAUTHIER, Jean           MRN#: 2209481",
            "Procedure: right hemicolectomy",
            "FINAL DIAGNOSIS:",
            "Adenocarcinoma of the ascending colon, moderately differentiated,",
            "invading through muscularis propria into pericolic fat (pT3).",
            "Lymph nodes: 2 of 19 positive (pN1b). Margins negative. MMR proteins intact.",
        ]), PDF)])

    add(P, "irm_cerebrale_sep", "fr", ["patient_name", "diagnosis"],
        "neurologist's summary of an MRI for a teenager to her outside paediatrician",
        f"Dre Catherine Aubry <catherine.aubry@chusj.{HOSP}>", "Dr Jean-François Pilon <jfpilon@pediatrie-laval-ouest.ca>",
        "Gabrielle Cloutier - IRM et suite",
        """Bonjour Jean-François,

Petit mot concernant Gabrielle Cloutier, 16 ans, que tu nous as référée pour névrite optique droite. L'IRM cérébrale et médullaire montre plusieurs lésions périventriculaires et juxtacorticales, dont une rehaussante. Les bandes oligoclonales sont positives. Le diagnostic de sclérose en plaques pédiatrique est donc posé.

Nous débutons un traitement modificateur de la maladie. Je te tiens au courant.

Catherine Aubry, M.D., FRCPC
Neurologie pédiatrique
""")

    add(P, "sage_femme_ontario_gbs", "en", ["patient_name", "diagnosis", "lab_result"],
        "obstetrics handover to an Ontario midwifery practice: GBS positive, Rh negative",
        f"Birthing unit - Hôpital de Hull <naissances.hull@cisss-outaouais.{HOSP}>", "Ottawa River Midwives <clinical@ottawarivermidwives.ca>",
        "Handover - Hannah Whitmore",
        """Hi,

Handover for your client Hannah Whitmore who presented to us in early labour and was transferred back to your care this morning:
G1P0, 39+2, GBS positive (swab 2026-10-12) - received penicillin G 5 MU at 02:10
Blood group O neg, antibody screen negative - WinRho to be given postpartum if baby Rh+
Hb 112, plt 198

Thanks,
Jessica Morin, RN, birthing unit
""")

    add(P, "chsld_famille_delirium_meds", "fr", ["patient_name", "diagnosis", "medication"],
        "CHSLD physician to a resident's son: delirium, antipsychotic stopped",
        f"Dr Antoine Boivin <antoine.boivin@cisss-lav.{HOSP}>", "pierre.nadeau.ing@courriel-perso.ca",
        "Votre père",
        """Bonjour M. Nadeau,

Comme convenu, un petit résumé pour votre père, M. Gérard Nadeau : l'épisode de délirium de la semaine dernière était probablement causé par une infection urinaire, traitée avec de la céphalexine 500 mg QID x 7 jours. Nous avons cessé l'halopéridol hier; il dort mieux avec la mélatonine 3 mg.

Sa démence vasculaire reste stable. Je le revois vendredi.

Antoine Boivin, M.D.
Médecin traitant, CHSLD Sainte-Dorothée
""")

    add(P, "vaccination_nam_infirmiere_scolaire", "fr", ["ramq_nam", "patient_name"],
        "vaccination record transmitted to a private school nurse: child's name and NAM",
        f"Vaccination - CLSC Pointe-aux-Trembles <vaccination.pat@ciusss-emtl.{HOSP}>", "Infirmerie - Collège Privé Mont-Royal-Est <infirmerie@college-mre.ca>",
        "Carnet de vaccination",
        f"""Bonjour,

À la demande des parents, voici les vaccins reçus par Mathieu Cloutier (NAM {sp_nam("CLOM15072881")}) au CLSC :
- RRO-Var : 2016-07-29 et 2019-08-02
- dcaT-VPI : 2019-08-02
- Hépatite B (2 doses) : 2025-10-14 et 2026-04-20

Vaccination à jour.

Isabelle Ross, inf.
""")

    add(P, "nam_minuscules_eap", "fr", ["ramq_nam", "patient_name", "diagnosis"],
        "psychologist's referral with the NAM in lower case and a burnout diagnosis",
        f"Psychologie - GMF-U Verdun <psychologie.gmfu-verdun@ciusss-coim.{HOSP}>", "Clinique de psychologie Atwater <admin@psy-atwater.ca>",
        "référence",
        """bonjour,

je vous réfère Josée Bélanger (nam belj 7652 0558) pour une psychothérapie TCC : épuisement professionnel et trouble panique. elle a un budget limité, le PAE de son employeur couvre 6 séances.

merci!
Kim Lacroix, psychologue
""")

    add(P, "mrn_plusieurs_graphies", "en", ["mrn", "patient_name"],
        "chart number in several spellings across a request for old records",
        f"Health records - Lachine Hospital <records.lachine@muhc.{HOSP}>", "Records office - Cornwall Community Partner <records@cornwall-community-partner.ca>",
        "Records transfer request",
        """Hello,

We are requesting the complete chart of Mr. Stephen MacDonald for continuity of care (orthopaedic follow-up).
Your chart #: 00993418
Our hospital no.: H-224511 (Lachine)
Previous admission at your site: Feb. 2024

Consent form signed by the patient is attached separately by fax.

Health Records Department, Lachine Hospital
""")



FR_RPPS = "1000347215" + luhn.calc_check_digit("1000347215")
NB_HST = sin("12834567")


def negatives_second() -> None:
    add(N, "garde_medecins_en", "en", [], "on-call roster for physicians with pager and cell numbers",
        f"Medical affairs - Lakeshore <medical.affairs@ciusss-odim.{HOSP}>", "Locum physicians <locums-lakeshore@lists.partner-clinics.ca>",
        "December on-call schedule - internal medicine",
        """Hello all,

December on-call, internal medicine (Lakeshore General):

Dec 1-7    Dr. Arjun Patel, FRCPC          pager 2241   cell 514 555-0175
Dec 8-14   Dr. Marie-Hélène Dion           pager 2238   cell 514 555-0133
Dec 15-21  Dr. Owen McCarthy, MD, MSc      pager 2250   cell 514 555-0191
Dec 22-28  Dr. Sophie Lemay                pager 2241   cell 514 555-0102

Swaps must be approved by Dr. Patel. Holiday coverage bonus applies Dec 24-26.

Medical affairs office
""")

    add(N, "programme_congres_pdf_en", "en", [], "conference programme PDF: speakers and topics (COPD, CHF, AKI)",
        f"Continuing education - CISSS de l'Outaouais <dpc@cisss-outaouais.{HOSP}>", "Ottawa-Gatineau physicians <physicians-og@lists.partner-clinics.ca>",
        "Programme: Outaouais Internal Medicine Day 2027",
        "Dear colleagues,\n\nThe programme of our annual Internal Medicine Day (February 12, 2027) is attached. Registration closes January 15.\n\nContinuing education office\n",
        attachments=[A("programme_IMD2027.pdf", make_pdf("Outaouais Internal Medicine Day - February 12, 2027", [
            "08:30  Welcome - Dr. Sarah Whitfield, MD CCFP(EM)",
            "08:45  COPD exacerbations in 2027: what changed? - Dr. Karen Liu, FRCPC",
            "09:30  Heart failure with improved EF - Dr. Benoît Arsenault, cardiologist",
            "10:30  AKI in the elderly: a case-based approach - Dr. Vincent Laplante, MSc",
            "11:15  Diabetic foot: from the ER to the OR - Mme Diane Charest, inf. stomothérapeute",
            "12:00  Lunch and posters",
        ]), PDF)])

    add(N, "stats_urgence_xlsx", "fr", [], "aggregate ER statistics spreadsheet by month",
        f"Performance et qualité <performance@cisss-mc.{HOSP}>", "Analyste - Firme Conseil Santé Plus <analyse@conseilsanteplus.ca>",
        "Données DMS urgence 2026",
        "Bonjour,\n\nVoici les données agrégées demandées pour le mandat d'optimisation (aucune donnée nominative).\n\nDirection de la performance\n",
        attachments=[A("DMS_urgence_2026.xlsx", make_xlsx("DMS", [
            ["Mois", "Visites", "Civières", "DMS civière (h)", "% > 24 h", "Départs sans PEC"],
            ["2026-07", 5412, 1980, 17.4, 0.12, 402],
            ["2026-08", 5588, 2011, 18.1, 0.14, 455],
            ["2026-09", 5230, 1902, 16.9, 0.11, 371],
            ["2026-10", 5601, 2104, 19.6, 0.17, 488],
        ]), XLSX)])

    add(N, "hameconnage_avertissement_en", "en", [], "IT security warning with an example phishing text",
        f"Cybersecurity - CIUSSS ODIM <securite.ti@ciusss-odim.{HOSP}>", "Affiliated clinics IT contacts <it-contacts@lists.partner-clinics.ca>",
        "[Security] Phishing campaign impersonating RAMQ",
        """Hello,

A phishing campaign is impersonating the RAMQ. The messages say "Your health insurance card expires - update your information" and link to a fake site asking for card number and banking details.

Do not click. Report with the "Report phishing" button. If you entered your password, change it immediately and call the service desk (ticket category SEC-PHISH).

Cybersecurity team
""")

    add(N, "syndicat_apts_en", "en", [], "union bulletin in English naming union reps",
        f"APTS local - West Island <apts.westisland@ciusss-odim.{HOSP}>", "apts-members-wi@union-members-list.ca",
        "Union bulletin - overtime grievance update",
        """Dear members,

The grievance on mandatory overtime for respiratory therapists was heard on November 3. Decision expected in January.

Your local reps: Ms. Danielle Hurtubise (RT), Mr. Kevin O'Brien (social worker), Ms. Yasmina Belkacem (lab technologist).

General meeting: December 9, 12:00, cafeteria annex.

In solidarity,
APTS local executive
""")

    add(N, "personnel_covoiturage", "fr", [], "personal mail between colleagues: carpool and hockey pool",
        f"Mathieu Gendron <mathieu.gendron@ciusss-capnat.{HOSP}>", "seb.morin.hockey@webmail-perso.ca",
        "covoit + pool",
        """Salut Seb,

Je peux te prendre demain à 6 h 15 au coin de Racine et Saint-Vallier, je commence à 7 h à l'Enfant-Jésus. Retour vers 16 h.

Et oublie pas de payer ton 20 $ pour le pool de hockey, t'es dernier avec tes Sabres...

Math
""")

    add(N, "facture_nb_hst", "en", [], "New Brunswick supplier invoice with a Luhn-valid HST number",
        f"Accounts payable - CISSS de la Gaspésie <comptes.payables@cisss-gaspesie.{HOSP}>", "Accounts - Atlantic Linen Services <ar@atlanticlinen-nb.ca>",
        "Invoice AL-88231 - payment schedule",
        f"""Hello,

Invoice AL-88231 (linen services, October, Hôpital de Gaspé and CHSLD de Chandler) will be paid on the December 3 run. Your HST registration {NB_HST} RT0001 is on file.

Please note our PO 4500719911 must appear on all future invoices.

Accounts payable
""")

    add(N, "infolettre_soins_palliatifs_benevole", "fr", [], "newsletter honouring a volunteer; palliative care week; no patient",
        f"Communications - Maison Albatros <communications.albatros@ciusss-mcq.{HOSP}>", "amis-albatros@infolettres-sante.ca",
        "Infolettre de la Maison - automne 2026",
        """Infolettre - automne 2026

Hommage : Mme Ghislaine Roy souligne ses 20 ans de bénévolat à la Maison ! Ghislaine accompagne les familles tous les mardis soir depuis 2006.

Semaine des soins palliatifs : conférence « Parler de la mort avec les enfants » par Mme Sandra Paré, psychologue, le 17 novembre.

Bilan de l'année : 212 personnes accompagnées, durée moyenne de séjour 14 jours.

Merci à nos donateurs !
""")

    add(N, "mm_invitation_en", "en", [], "M&M invitation in English, anonymised cases",
        f"Department of Surgery - JGH <surgery.dept@jgh.ciusss-codim.{HOSP}>", "Surgical staff and affiliates <surgery-affiliates@lists.partner-clinics.ca>",
        "Surgical M&M rounds - November 20",
        """Surgical M&M rounds, Friday November 20, 07:00, Block A auditorium.

Case 1: 61-year-old woman, POD 3 after anterior resection, anastomotic leak with delayed recognition.
Case 2: 45-year-old man, laparoscopic cholecystectomy, common bile duct injury (Strasberg E2).

Presenters: Dr. R. Feldman (PGY-4), Dr. A. Morales (PGY-3). Moderator: Dr. Paul Ivanov, FRCSC.
Protected quality-improvement discussion; no identifiers in slides.
""")

    add(N, "cas_anonyme_labs_fr", "fr", [], "anonymised case with terse labs (K, Hb, Cr, INR, PA) but nobody identifiable",
        f"Dre Sophie Nguyen <sophie.nguyen@ciusss-ndim.{HOSP}>", "Résidents médecine interne UdeM <residents-mi@listes.umontreal-partenaires.ca>",
        "Quiz du vendredi",
        """Quiz du vendredi !

Femme de 58 ans, HTA et DB2, trouvée confuse à domicile.
PA 220/120 · FC 112 · K 5,9 · Hb 78 · Cr 212 · INR 3,4 · glucose 28
ECG : ondes T pointues.

1. Votre priorité dans les 10 premières minutes ?
2. Comment expliquer l'anémie ?
3. Urgence hypertensive ou poussée hypertensive ?

Réponses lundi. Sophie
""")

    add(N, "formulaire_assureur_vierge_pdf", "fr", [], "blank insurer form PDF (labels only)",
        f"Archives médicales - HSCM <archives.hscm@ciusss-ndim.{HOSP}>", "Service clientèle - AssurVie Boréale <service@assurvie-boreale.ca>",
        "Formulaire périmé ?",
        "Bonjour,\n\nNous recevons encore cette version de votre formulaire de déclaration du médecin (2019). Pouvez-vous confirmer si elle est toujours acceptée ? Copie vierge jointe.\n\nArchives médicales\n",
        attachments=[A("formulaire_vierge_2019.pdf", make_pdf("Déclaration du médecin traitant (formulaire AV-112, 2019)", [
            "Nom de l'assuré : ____________________________",
            "Date de naissance : ____ / ____ / ______",
            "Numéro d'assurance sociale : ___ ___ ___",
            "Diagnostic principal : ____________________________",
            "Médication : ____________________________",
            "Signature du médecin : __________________  Date : __________",
        ]), PDF)])

    add(N, "vaccin_grippe_lots", "fr", [], "influenza vaccine distribution to pharmacies: lot numbers and quantities",
        f"Logistique vaccins - DSPublique <logistique.vaccins@cisss-at.{HOSP}>", "Pharmacies vaccinatrices Abitibi <pharmacies-at@listes.opq-partenaires.ca>",
        "Distribution vaccin influenza - livraison 3",
        """Bonjour,

Livraison 3 du vaccin contre l'influenza le 10 novembre :

Produit                     Lot        Exp.        Doses
Flulaval Tetra 0,5 mL       KX7T2      2027-06-30  1 200
Fluzone Haute dose          UT8102AA   2027-06-30    600
Afluria Tetra               P100442877 2027-05-31    400

Chaîne de froid : 2-8 °C, consigner les températures à la réception.

Logistique vaccins, santé publique
""")

    add(N, "deces_collegue", "fr", [], "staff obituary notice (a colleague, not a patient in care)",
        f"Direction générale <direction.generale@cisss-bsl.{HOSP}>", "personnel-retraites-bsl@groupes-amicaux.ca",
        "Décès de notre collègue Pierre Gagnon",
        """Chers collègues,

C'est avec tristesse que nous vous annonçons le décès de M. Pierre Gagnon, technicien en génie biomédical à l'Hôpital de Matane pendant 27 ans, survenu le 1er novembre.

Les funérailles auront lieu le samedi 14 novembre à 11 h en l'église Saint-Jérôme de Matane. La famille accueillera parents et amis dès 9 h.

Nos pensées accompagnent sa conjointe, Mme Linda Dionne, et leurs enfants.

La Direction générale
""")

    add(N, "synopsis_protocole_en", "en", [], "research protocol synopsis: inclusion criteria with lab thresholds",
        f"Research office - CHUM <bureau.recherche@chum.{HOSP}>", "Feasibility - Northlake Research <feasibility@northlake-research.ca>",
        "Feasibility questionnaire - NLK-118",
        """Hello,

Our answers for the NLK-118 feasibility questionnaire:

Inclusion: adults 18-80 with CKD stage 3b-4 (eGFR 15-44), UACR > 300 mg/g, on max tolerated ACEi/ARB.
Exclusion: K > 5.5 mmol/L, HbA1c > 10.5 %, NYHA IV heart failure.
Estimated eligible patients in our nephrology clinic: about 120 per year; realistic recruitment 15-20.

Research office, CHUM
""")

    add(N, "travaux_stationnement", "fr", [], "parking works notice",
        f"Services techniques - Hôpital de Chicoutimi <services.techniques@ciusss-slsj.{HOSP}>", "Fournisseurs et livreurs <livreurs@listes.fournisseurs-partenaires.ca>",
        "Fermeture du stationnement P3 - 9 au 20 novembre",
        """Bonjour,

Le stationnement P3 (rue Saint-Vallier) sera fermé du 9 au 20 novembre pour la réfection du pavage. Les livraisons se feront par le quai C, accès par la rue Price. Hauteur maximale 4,1 m.

Services techniques
""")

    add(N, "belgique_webinaire_programme", "fr", [], "Belgian-Quebec webinar programme with speakers (Pr Dr) and topics",
        f"Réseau francophone de gériatrie <rfg@ciusss-capnat.{HOSP}>", "Secrétariat gériatrie - CHR Haute-Senne <geriatrie@cu-hautesenne.be>",
        "Webinaire Québec-Wallonie : programme définitif",
        """Chers collègues,

Webinaire du 26 novembre, 14 h (heure de Québec) / 20 h (heure de Bruxelles) :

- « Délirium post-opératoire : prévention non pharmacologique » - Pr Dr An Peeters, gériatre
- « Déprescription en CHSLD et en maison de repos » - Dre Claire Ouimet, M.D., FRCPC
- « Chutes et ostéoporose : le rôle de l'infirmière de liaison » - Mme Sophie Vanderlinden, infirmière en chef

Lien de connexion envoyé la veille.
""")

    add(N, "france_rpps_stage", "fr", [], "French doctor's professional RPPS number (Luhn-valid) for an observership",
        f"Affaires médicales - CHU de Québec <affaires.medicales@chuq.{HOSP}>", "Dr Julien Moreau <julien.moreau@ch-valleesaone.fr>",
        "Stage d'observation - documents manquants",
        f"""Cher Dr Moreau,

Pour finaliser votre stage d'observation en cardiologie (janvier-mars 2027), il nous manque :
- attestation d'inscription à l'Ordre des médecins (numéro RPPS {FR_RPPS} : reçu, merci)
- preuve d'assurance responsabilité civile
- copie du passeport

Le CMQ doit recevoir le dossier complet avant le 1er décembre.

Affaires médicales
""")

    add(N, "rh_conge_maladie_employe", "fr", [], "HR about a staff member on sick leave, no medical detail; staff not patient",
        f"Gestionnaire - Pharmacie HRR <gestion.pharmacie.hrr@cisss-bsl.{HOSP}>", "Agence Pharma-Relève <placement@pharmareleve.ca>",
        "Remplacement - technicienne en pharmacie",
        """Bonjour,

Une de nos techniciennes en pharmacie, Mme Audrey Pelletier, est en congé jusqu'au 18 décembre. Nous aurions besoin d'une ressource du lundi au vendredi, 8 h à 16 h, à compter du 16 novembre. Expérience en préparation stérile (USP 797) requise.

Merci,
Benoit Fortier, chef du département de pharmacie
""")

    add(N, "repertoire_cliniques_csv", "fr", [], "directory of partner clinics with addresses and phone numbers (no patients)",
        f"Guichet d'accès première ligne <gamf.laval@cisss-lav.{HOSP}>", "Centre d'appels 811 partenaire <coordination@centre811-partenaire.ca>",
        "Mise à jour - cliniques sans rendez-vous Laval",
        "Bonjour,\n\nVoici la liste à jour des cliniques offrant du sans rendez-vous à Laval, avec heures d'ouverture.\n\nGAP Laval\n",
        attachments=[A("cliniques_laval.csv", make_csv([
            ["clinique", "adresse", "code_postal", "telephone", "heures"],
            ["GMF Chomedey", "3500 boul. Chomedey", "H7V 2X2", "450 555-0100", "8h-20h"],
            ["Clinique médicale Sainte-Rose", "245 boul. Sainte-Rose", "H7L 1M1", "450 555-0111", "9h-17h"],
            ["GMF-U Cité-de-la-Santé", "1755 boul. René-Laennec", "H7M 3L9", "450 555-0122", "8h-16h"],
        ]), CSV)])

    add(N, "modele_lettre_placeholders", "fr", [], "mail-merge letter template with placeholders, no values",
        f"Centre de rendez-vous <centre.rdv@ciusss-capnat.{HOSP}>", "Imprimerie Solutions Postales <production@solutionspostales.ca>",
        "Gabarit lettre de convocation - BAT",
        """Bonjour,

Voici le texte du gabarit pour le bon à tirer. Les champs entre accolades sont remplis par notre système.

« {CIVILITE} {PRENOM} {NOM},
Vous êtes convoqué(e) le {DATE_RDV} à {HEURE_RDV} à la clinique {CLINIQUE}.
Numéro de dossier : {NO_DOSSIER}
Apportez votre carte d'assurance maladie ({NAM}) et la liste de vos médicaments. »

Merci d'envoyer l'épreuve PDF d'ici jeudi.

Centre de rendez-vous
""")

    add(N, "vaccination_personnel_ics", "fr", [], "staff flu-vaccination clinic invitation with .ics",
        f"Santé et sécurité au travail <sst.vaccination@ciusss-estrie.{HOSP}>", "Médecins et résidents affiliés <affilies-estrie@listes.partenaires-sante.ca>",
        "Vaccination antigrippale du personnel - cliniques mobiles",
        "Bonjour,\n\nLa vaccination antigrippale est offerte gratuitement au personnel, aux médecins et aux résidents. Invitation jointe pour la clinique mobile de Fleurimont.\n\nÉquipe SST\n",
        attachments=[A("vaccination_personnel.ics", make_ics("heldout-ics-sst-009@ciusss-estrie", "Clinique de vaccination du personnel",
                                                           "20261112T070000", "20261112T190000", "Hôpital Fleurimont, hall principal",
                                                           "Vaccin influenza pour le personnel. Apportez votre carte d'employé."), ICS)])

    add(N, "commande_stock_unite", "fr", [], "ward-stock order: medication names and quantities, no patient",
        f"Unité 6 Est - assistante <assistante.6est@chum.{HOSP}>", "Service client - Grossiste Pharma Laurentien <commandes@pharmalaurentien.ca>",
        "Commande réserve d'étage - urgent",
        """Bonjour,

Commande pour la réserve de l'unité 6 Est (hors pharmacie interne, entente spéciale) :
- Hydromorphone 2 mg/mL, amp. 1 mL x 20
- Furosémide 10 mg/mL, fiole 4 mL x 30
- Héparine 5 000 U/0,5 mL x 50
- Ondansétron 2 mg/mL x 20

Livraison quai B avant 14 h si possible.

Martine Gaudreault, inf. assistante-infirmière-chef
""")

    add(N, "indicateurs_qualite_en", "en", [], "quality indicators: falls and pressure injuries per 1000 patient-days",
        f"Quality and patient safety - MUHC <quality@muhc.{HOSP}>", "Accreditation Canada surveyor liaison <liaison@accreditation-partner.ca>",
        "Q2 indicators for the accreditation visit",
        """Hello,

Q2 (July-September) indicators, medicine and surgery units combined:
- Falls: 4.1 per 1000 patient-days (target < 4.0); falls with injury: 0.6
- Hospital-acquired pressure injuries stage 2+: 1.8 %
- CLABSI: 0.7 per 1000 line-days
- Medication reconciliation at admission: 91 %

Quality and patient safety office
""")

    add(N, "affichage_poste_inhalotherapeute_en", "en", [], "English job posting for a respiratory therapist",
        f"Recruitment - CISSS de l'Outaouais <recrutement@cisss-outaouais.{HOSP}>", "jobs@healthcare-jobs-partner.ca",
        "Job posting: Respiratory therapist - Pontiac Hospital (Shawville)",
        """Respiratory therapist (job title 2244), full time, Pontiac Hospital, Shawville QC.
Rotating days/evenings, ER and ICU coverage. Bilingual position.
Salary $26.58-$44.76/h plus remote region premium. Member of OPIQ required (or eligible).
Apply by December 18, competition RT-2026-031.
""")

    add(N, "valeurs_reference_labo", "fr", [], "lab reference-range update: analytes and values, no patient",
        f"Laboratoires OPTILAB Montréal-CHUM <optilab.chum@chum.{HOSP}>", "Cliniques et GMF desservis <cliniques-optilab@listes.partenaires-sante.ca>",
        "Changement des valeurs de référence - 1er décembre",
        """Bonjour,

À compter du 1er décembre, changement d'analyseurs en biochimie. Nouvelles valeurs de référence adultes :
- Potassium : 3,5 - 5,1 mmol/L
- Créatinine : H 62 - 106 µmol/L ; F 44 - 80 µmol/L
- Troponine T hs : < 14 ng/L (seuil décisionnel inchangé)
- HbA1c : inchangée

Les résultats antérieurs ne sont pas convertis. Questions : biochimiste de garde.

OPTILAB Montréal-CHUM
""")

    add(N, "rappel_medicament_en_lots", "en", [], "English drug recall with DIN and lot numbers",
        f"Pharmacy - Montreal Children's <pharmacy.mch@muhc.{HOSP}>", "Community pharmacies West Island <pharmacies-wi@lists.partner-clinics.ca>",
        "RECALL: Amoxicillin 250 mg/5 mL - lots 4471A, 4471B",
        """Recall notice (Type II)

Product: Amoxicillin for oral suspension 250 mg/5 mL, 100 mL (DIN 02352745)
Lots: 4471A (exp 2027-01) and 4471B (exp 2027-02)
Reason: under-fill of powder in some bottles, possible sub-therapeutic dose.

Please quarantine stock and contact the distributor. No patient notification is required at this time.

MCH Pharmacy
""")



SIN_LACHANCE_B = sin("31902857")


def extra_mail() -> None:
    add(P, "ts_prestations_nas", "fr", ["ca_sin", "patient_name"],
        "hospital social worker to a federal benefits office: patient's SIN and hospitalisation",
        f"Service social - Hôpital de l'Enfant-Jésus <service.social.hej@ciusss-capnat.{HOSP}>", "Agent - Prestations de maladie <dossiers.maladie@prestations-partenaire.ca>",
        "Demande de prestations de maladie - M. Bruno Lachance",
        f"""Bonjour,

J'accompagne M. Bruno Lachance, hospitalisé à l'Hôpital de l'Enfant-Jésus depuis le 19 octobre, dans sa demande de prestations de maladie. Il n'a pas accès à Internet à l'hôpital.
NAS : {SIN_LACHANCE_B}
Dernier jour travaillé : 2026-10-18. Le certificat médical suivra.

Pouvez-vous lui envoyer le code d'accès par la poste à l'adresse de sa mère ?

Patrice Laliberté, t.s.
""")

    add(P, "psychiatrie_legale_html", "en", ["patient_name", "diagnosis", "medication"],
        "HTML forensic-psychiatry note to a community group home: name, schizophrenia, depot injection",
        f"Forensic outreach team - Douglas <forensic.outreach@douglas.ciusss-odim.{HOSP}>", "Staff - Maison Bellevue Group Home <staff@maisonbellevue-grouphome.ca>",
        "Depot injection schedule - Mr. Roy",
        "",
        html="""<html><body><p>Hello team,</p>
<p>For <b>Mr. Dominic Roy</b>, who moves into Maison Bellevue on Monday:</p>
<table border="1"><tr><th>Diagnosis</th><td>Schizophrenia, in partial remission; cannabis use disorder</td></tr>
<tr><th>Treatment</th><td>paliperidone palmitate 150 mg IM every 4 weeks, next due Nov 23</td></tr>
<tr><th>Conditions</th><td>Review Board order: no alcohol or drugs, curfew 22:00</td></tr></table>
<p>Call us if he misses the injection.</p><p>Carla Mendes, RN, forensic outreach</p></body></html>""",
        cte="quoted-printable")

    add(P, "radio_oncologie_planification", "fr", ["patient_name", "diagnosis", "mrn"],
        "radiation-oncology planning request to a private imaging centre; chart number with 'dossier CHUM'",
        f"Radio-oncologie - planification <radio-onco.planif@chum.{HOSP}>", "Centre d'imagerie Métro-Est <rendezvous@imagerie-metroest.ca>",
        "TEP-TDM de planification - URGENT",
        """Bonjour,

Pouvez-vous offrir une TEP-TDM de planification cette semaine pour Mme Rita Bouchard (dossier CHUM 0762219) ? Carcinome épidermoïde de l'amygdale gauche, p16+, cT2N2. Début de la radiochimiothérapie prévu le 23 novembre.

Merci de nous envoyer les images par le lien sécurisé habituel.

Stéphanie Charron, technologue en radio-oncologie, dosimétriste
""")

    add(P, "audiologie_rapport_en", "en", ["patient_name", "date_of_birth", "diagnosis"],
        "audiology report to a New Brunswick school board: child's name, DOB, hearing loss",
        f"Audiology - Montreal Children's <audiology.mch@muhc.{HOSP}>", "Student services - Anglophone South SD partner <studentservices@asd-south-partner.nb.ca>",
        "Audiology report and FM system recommendation",
        """Hello,

With the parents' consent, here is our summary for Sarah Lessard (DOB 2019-03-11), who is starting Grade 2 at your school in January after the family's move to Saint John:

Bilateral moderate sensorineural hearing loss, stable since 2023; binaural hearing aids.
Recommendation: remote microphone (FM) system in class, preferential seating, captioned videos.

Best regards,
Melissa Grant, M.Sc.A., audiologist
""")

    add(N, "fondation_donateurs", "fr", [], "foundation donor list with names and amounts; donors are not patients",
        f"Fondation de l'Hôpital de Gaspé <fondation.gaspe@cisss-gaspesie.{HOSP}>", "Imprimerie Le Phare <production@imprimerie-lephare.ca>",
        "Liste des donateurs pour le tableau d'honneur",
        """Bonjour,

Voici la liste des donateurs de 1 000 $ et plus à graver sur le tableau d'honneur du hall :

Famille Roger et Denise Côté - 25 000 $
Pêcheries Gaspé-Nord inc. - 10 000 $
M. Claude Lebrun - 5 000 $
Dre Isabelle Huard et M. Yves Huard - 2 500 $
Club Optimiste de Gaspé - 1 000 $

Merci de nous envoyer une épreuve.
Fondation de l'Hôpital de Gaspé
""")

    add(N, "exemple_format_nam_procedure", "fr", [], "procedure with NAM and MRN placeholder formats, no real value",
        f"Admission centrale - CIUSSS MCQ <admission.centrale@ciusss-mcq.{HOSP}>", "Cliniques de la région <cliniques-mcq@listes.partenaires-sante.ca>",
        "Rappel - saisie des demandes d'admission",
        """Bonjour,

Rappel pour les demandes d'admission élective :
- le NAM doit être saisi sans espace, au format 4 lettres + 8 chiffres (ex. XXXX 0000 0000 devient XXXX00000000);
- le numéro de dossier de l'établissement compte 7 chiffres; s'il est inconnu, laissez le champ vide (ne pas inscrire 0000000);
- le motif d'admission doit être rédigé en toutes lettres.

Les demandes incomplètes sont retournées.

Admission centrale
""")

    add(N, "communique_presse_eclosion", "fr", [], "press release about an outbreak with counts, a location and a spokesperson",
        f"Relations médias - CISSS de Lanaudière <medias@cisss-lan.{HOSP}>", "Salle de nouvelles <nouvelles@hebdo-joliette-partenaire.ca>",
        "COMMUNIQUÉ - Éclosion de gastroentérite au CHSLD Saint-Eusèbe",
        """POUR DIFFUSION IMMÉDIATE

Joliette, le 12 novembre 2026 - Le CISSS de Lanaudière confirme une éclosion de gastroentérite à norovirus au CHSLD Saint-Eusèbe. Au total, 14 résidents et 6 employés présentent des symptômes. Les visites sont limitées aux proches aidants jusqu'à nouvel ordre.

Source : M. Patrick Lévesque, conseiller en relations médias, 450 555-0150
""")

    add(N, "horaire_cliniques_vaccin_en", "en", [], "public vaccination clinic hours in English with addresses and phone numbers",
        f"Public health - Eastern Townships <publichealth.et@ciusss-estrie.{HOSP}>", "Townshippers' Association newsletter <newsletter@townshippers-partner.ca>",
        "Flu and COVID vaccine clinics - English-language information",
        """For your newsletter:

Free flu and COVID-19 vaccination for people aged 6 months and over with chronic conditions, pregnant people and people 60+.
- Lennoxville: Uplands Cultural Centre, 9 Speid St., Nov 17 and 24, 9 am-4 pm
- Knowlton: Lions Hall, 115 Lakeside Rd., Nov 19, 10 am-3 pm
Appointments: ClicSanté or 1 877 555-0144.

Public health, CIUSSS de l'Estrie - CHUS
""")


if __name__ == "__main__":
    _validate_identifiers()
    positives_first()
    positives_second()
    positives_third()
    negatives_first()
    negatives_second()
    extra_mail()
    write_all()
