"""Synthetic attachments and messages for the extraction tests (no real people, no files on disk)."""

from __future__ import annotations

import io
import struct
import time
import zipfile
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

from sentinelle.classifiers import Classifier, ClassifierConfig, Scoring
from sentinelle.classifiers.config import Limits
from sentinelle.classifiers.extract import Extraction, extract
from sentinelle.classifiers.extractors._common import Budget, Output, Piece
from sentinelle.classifiers.parse import parse_message

PATIENT = "Tremblayfictif"  # a distinctive synthetic surname
GIVEN = "Zoubida"
NAM = "TREZ80010111"  # valid by the INSPQ rule for a 1980 birth


def run(raw: bytes, limits: Limits | None = None) -> Extraction:
    """Parse and extract ``raw`` as the proxy does."""
    return extract(parse_message(raw), limits or Limits())


def texts(result: Extraction) -> dict[str, str]:
    """Each segment's text by location."""
    return {s.location: s.text for s in result.segments}


def confidential(raw: bytes) -> bool:
    """The patterns-only classifier's verdict on ``raw`` (no NER: fast and deterministic)."""
    return Classifier(ClassifierConfig(scoring=Scoring(ner=False)), None).inspect(parse_message(raw)).confidential


def docx(text: str) -> bytes:
    import docx as python_docx

    document = python_docx.Document()
    document.add_paragraph(text)
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Nom"
    table.cell(0, 1).text = PATIENT
    document.sections[0].header.paragraphs[0].text = "Entete confidentiel"
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def xlsx(rows: list[list[object]]) -> bytes:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Patients"
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def odt(text: str) -> bytes:
    from odf.opendocument import OpenDocumentText
    from odf.text import P

    document = OpenDocumentText()
    document.text.addElement(P(text=text))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def ods(rows: list[list[str]]) -> bytes:
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    document = OpenDocumentSpreadsheet()
    table = Table(name="Feuille1")
    for row in rows:
        table_row = TableRow()
        for value in row:
            cell = TableCell()
            cell.addElement(P(text=value))
            table_row.addElement(cell)
        table.addElement(table_row)
    document.spreadsheet.addElement(table)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def pptx(text: str) -> bytes:
    """A minimal PPTX (python-pptx is not installed): content types, presentation and one slide."""
    slide = (
        '<p:sld xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><p:cSld><p:spTree><p:sp><p:txBody>'
        f"<a:p><a:r><a:t>{text}</a:t></a:r></a:p></p:txBody></p:sp></p:spTree></p:cSld></p:sld>"
    )
    return zip_of(
        {"[Content_Types].xml": b"<Types/>", "ppt/presentation.xml": b"<p/>", "ppt/slides/slide1.xml": slide.encode()}
    )


def pdf(text: str) -> bytes:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out)
    y = 800
    for line in text.splitlines():
        page.drawString(72, y, line)
        y -= 14
    page.save()
    return out.getvalue()


def pdf_without_text() -> bytes:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.rect(100, 100, 200, 200, fill=1)
    page.save()
    return out.getvalue()


def encrypted_pdf(text: str, user_password: str = "secret") -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(pdf(text))).pages:
        writer.add_page(page)
    writer.encrypt(user_password=user_password, owner_password="owner-pw", algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def dicom(name: str, patient_id: str, birth_date: str) -> bytes:
    from pydicom.dataset import Dataset, FileMetaDataset
    from pydicom.uid import ExplicitVRLittleEndian, SecondaryCaptureImageStorage, generate_uid

    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = SecondaryCaptureImageStorage
    meta.MediaStorageSOPInstanceUID = generate_uid()
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    dataset = Dataset()
    dataset.file_meta = meta
    dataset.PatientName = name
    dataset.PatientID = patient_id
    dataset.PatientBirthDate = birth_date
    dataset.StudyDescription = "IRM genou fictive"
    dataset.SOPClassUID = SecondaryCaptureImageStorage
    dataset.SOPInstanceUID = meta.MediaStorageSOPInstanceUID
    dataset.Rows = 2
    dataset.Columns = 2
    dataset.BitsAllocated = 8
    dataset.PixelData = b"\x00" * 4
    out = io.BytesIO()
    dataset.save_as(out, enforce_file_format=True)
    return out.getvalue()


def zip_of(members: dict[str, bytes | str], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return out.getvalue()


def encrypted_zip(name: str, content: bytes) -> bytes:
    """A ZIP whose member carries the "encrypted" flag bit (general purpose bit 0), in both headers."""
    data = bytearray(zip_of({name: content}, zipfile.ZIP_STORED))
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        position = data.find(signature)
        flags = struct.unpack_from("<H", data, position + offset)[0]
        struct.pack_into("<H", data, position + offset, flags | 0x1)
    return bytes(data)


def zip_bomb(expanded_mb: int = 200) -> bytes:
    """One member of zeros: ratio ~1000:1; the central directory tells the truth."""
    out = io.BytesIO()
    chunk = b"\x00" * (1 << 20)
    with (
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive,
        archive.open("zeros.txt", "w", force_zip64=True) as f,
    ):
        for _ in range(expanded_mb):
            f.write(chunk)
    return out.getvalue()


def png(width: int, height: int, padding: int = 0) -> bytes:
    header = (
        b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    )
    return header + b"\x00" * (4 + padding)


def message(*parts: Message, subject: str = "Suivi", multipart: str = "mixed") -> bytes:
    root = MIMEMultipart(multipart)
    root["From"] = "Dre Exemple <medecin@clinique.example>"
    root["To"] = "Partenaire <partenaire@externe.example>"
    root["Subject"] = subject
    for part in parts:
        root.attach(part)
    return root.as_bytes()


def attachment(data: bytes, filename: str, ctype: str = "application/octet-stream") -> Message:
    maintype, subtype = ctype.split("/")
    part: Message
    if maintype == "application":
        part = MIMEApplication(data, subtype)
    else:
        part = MIMEBase(maintype, subtype)
        part.set_payload(data)
        from email import encoders

        encoders.encode_base64(part)
    part.add_header("Content-Disposition", "attachment", filename=filename)
    return part


def text_part(body: str, subtype: str = "plain", charset: str = "utf-8") -> MIMEText:
    return MIMEText(body, subtype, charset)


# Sandbox targets used by the tests ("tests.extract_fixtures:<name>").
def hang(data: bytes, budget: Budget) -> Output:
    while True:
        time.sleep(1)


def spin(data: bytes, budget: Budget) -> Output:
    while True:
        pass


def hog(data: bytes, budget: Budget) -> Output:
    blocks = []
    while True:
        blocks.append(bytearray(64 << 20))


def echo(data: bytes, budget: Budget) -> Output:
    return Output(pieces=(Piece(data.decode()),))


def oom_score(data: bytes, budget: Budget) -> Output:
    with open("/proc/self/oom_score_adj", encoding="ascii") as adj:
        return Output(pieces=(Piece(adj.read().strip()),))
