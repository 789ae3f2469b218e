"""Recognise a file's format by its content, then by its declared type, then by its name.

Content wins: a PDF named ``photo.jpg`` and sent as ``image/jpeg`` is a PDF. The declared
type and the file name only decide between text formats, which have no magic bytes.
"""

from __future__ import annotations

import io
import re
import zipfile
from typing import Final

from sentinelle.classifiers.extractors._common import looks_textual, utf16_without_bom

PDF: Final = "pdf"
DOCX: Final = "docx"
PPTX: Final = "pptx"
XLSX: Final = "xlsx"
ODF: Final = "odf"
ZIP: Final = "zip"
DICOM: Final = "dicom"
IMAGE: Final = "image"
OLE: Final = "ole"  # legacy Office or encrypted OOXML
OPENPGP: Final = "openpgp"
OTHER_ARCHIVE: Final = "other_archive"  # gzip, 7z, rar, bzip2, xz: not unpacked
MEDIA: Final = "media"  # audio/video: nothing textual to inspect
HTML: Final = "html"
HL7: Final = "hl7"
HPRIM: Final = "hprim"  # French and Belgian lab and radiology results
FHIR_JSON: Final = "fhir_json"
JSON: Final = "json"
FHIR_XML: Final = "fhir_xml"
RTF: Final = "rtf"
CALENDAR: Final = "calendar"  # iCalendar (.ics)
VCARD: Final = "vcard"
CSV: Final = "csv"  # delimited text, whatever its extension
MESSAGE: Final = "message"  # an e-mail message as a file (.eml, or mail headers at the start)
TEXT: Final = "text"  # plain, XML and other text
BINARY: Final = "binary"  # unknown binary

SANDBOXED: frozenset[str] = frozenset({PDF, DOCX, PPTX, XLSX, ODF, DICOM})

_IMAGE_MAGIC: tuple[bytes, ...] = (
    b"\x89PNG\r\n\x1a\n",
    b"\xff\xd8\xff",
    b"GIF87a",
    b"GIF89a",
    b"II*\x00",
    b"MM\x00*",
    b"BM",
    b"\x00\x00\x01\x00",  # .ico
)
_ARCHIVE_MAGIC: tuple[bytes, ...] = (
    b"\x1f\x8b",
    b"7z\xbc\xaf\x27\x1c",
    b"Rar!\x1a\x07",
    b"BZh",
    b"\xfd7zXZ\x00",
    b"\x28\xb5\x2f\xfd",  # zstd
)
_MEDIA_MAGIC: tuple[bytes, ...] = (b"ID3", b"OggS", b"fLaC", b"\x1aE\xdf\xa3")
_ARMOR = re.compile(rb"^\s*-----BEGIN PGP (?:MESSAGE|SIGNATURE|PUBLIC KEY BLOCK)-----", re.S)
_FHIR_JSON = re.compile(rb'^\s*\{.{0,4096}?"resourceType"\s*:', re.S)
_FHIR_XML = re.compile(rb'^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<\w+[^>]*xmlns\s*=\s*"http://hl7\.org/fhir"', re.S)
_HTML = re.compile(rb"^\s*(?:<!doctype\s+html|<html|<head|<body|<meta|<div|<p[\s>]|<table)", re.I)
_OOXML_MAIN = (("word/document.xml", DOCX), ("xl/workbook.xml", XLSX), ("ppt/presentation.xml", PPTX))
# HPRIM Santé / ASTM E1394: "H|" and its delimiters. HPRIM Médecins: an end or lab-section marker
# on a line of its own (its header is twelve bare lines).
_HPRIM_RECORDS = re.compile(rb"^H\|[^\w\s|]{3,4}\|")
_HPRIM_MARKER = re.compile(rb"(?m)^\*{3,}[ \t]*(?:FIN|FINFICHIER|LAB)[ \t]*\*{3,}[ \t]*\r?$", re.I)
_HPRIM_EXT = (".hpr", ".hprim", ".hpm")
_TEXT_EXT = re.compile(r"\.(?:txt|csv|tsv|log|md|xml|ini|cfg|ya?ml|hl7|json|vcf|ics)$", re.I)


# The packet versions each packet an encrypted message starts with may have (RFC 4880 §5.1, 5.3, 5.13;
# RFC 9580): 1 PKESK, 3 SKESK, 18 SEIPD, 20 AEAD-encrypted data.
_FIRST_PACKET_VERSIONS: dict[int, tuple[int, ...]] = {1: (3, 6), 3: (4, 5, 6), 18: (1, 2), 20: (1,)}


def _is_openpgp_binary(head: bytes) -> bool:
    """An OpenPGP packet stream starting with a PKESK/SKESK/encrypted-data packet (RFC 4880 §4.2) of a
    version that packet has. The tag alone is one byte: UTF-8 text starting with "é", "É" or "À" (0xC3,
    a new-format tag 3) has it; the version byte after the length is a control character no text has."""
    if not head or not head[0] & 0x80:
        return False
    first = head[0]
    if first & 0x40:  # new format: the length is one octet (<192 or partial), two (192-223) or five (255)
        tag = first & 0x3F
        length = head[1] if len(head) > 1 else 0
        offset = 3 if 192 <= length < 224 else 6 if length == 255 else 2
    else:  # old format: the length type says how many octets follow
        tag = (first >> 2) & 0x0F
        offset = 1 + (1, 2, 4, 0)[first & 0x03]
    versions = _FIRST_PACKET_VERSIONS.get(tag)
    return versions is not None and len(head) > offset and head[offset] in versions


def _zip_kind(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, RuntimeError, NotImplementedError):
        return ZIP  # the archive extractor reports it as corrupt
    if "[Content_Types].xml" in names:
        for main, kind in _OOXML_MAIN:
            if main in names:
                return kind
    if "mimetype" in names and "content.xml" in names:
        return ODF
    return ZIP


def sniff(data: bytes, content_type: str = "", filename: str = "") -> str:
    """Return the format name of ``data`` (one of this module's constants)."""
    head = data[:1024]
    # PDF readers accept junk before the header; require the trailer too in that case so a text
    # body that merely mentions "%PDF-" is not sent to the PDF parser.
    if head.lstrip().startswith(b"%PDF-") or (b"%PDF-" in head and b"%%EOF" in data[-2048:]):
        return PDF
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")):
        return _zip_kind(data)
    if len(data) >= 132 and data[128:132] == b"DICM":
        return DICOM
    if head.startswith(_IMAGE_MAGIC) or (head[:4] == b"RIFF" and head[8:12] == b"WEBP"):
        return IMAGE
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        return IMAGE if brand in (b"heic", b"heix", b"mif1", b"avif") else MEDIA
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return OLE
    if head.startswith(_ARCHIVE_MAGIC):
        return OTHER_ARCHIVE
    if head.startswith(_MEDIA_MAGIC) or (head[:4] == b"RIFF" and head[8:12] in (b"WAVE", b"AVI ")):
        return MEDIA
    if _ARMOR.match(head) or _is_openpgp_binary(head):
        return OPENPGP
    return _sniff_text(data, head, content_type.lower(), filename.lower())


_CSV_TYPES = frozenset({"text/csv", "text/tab-separated-values", "application/csv", "text/x-csv",
                        "text/comma-separated-values"})
_CSV_EXT = (".csv", ".tsv", ".tab")
_VCARD_TYPES = frozenset({"text/vcard", "text/x-vcard", "text/directory"})
_FIELD = re.compile(rb"^([!-9;-~]+):")
_MAIL_FIELDS = frozenset({b"from", b"to", b"date", b"subject", b"message-id", b"mime-version", b"received",
                          b"return-path"})


def _utf8_probe(data: bytes) -> bytes:
    """The first 4 KB as UTF-8 when they are UTF-16 (with or without a byte-order mark), else as is."""
    head = data[:4096]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head.decode("utf-16", "replace").encode("utf-8")
    utf16 = utf16_without_bom(head)
    return head.decode(utf16, "replace").encode("utf-8") if utf16 else head


def _is_mail(probe: bytes) -> bool:
    """A header block (fields, folded lines, then an empty line or the probe's end) naming at
    least two of the fields every message has: an e-mail saved as a file, whatever its name."""
    fields: set[bytes] = set()
    for line in probe.splitlines()[:60]:
        if not line.strip():
            break
        if line[:1] in (b" ", b"\t"):
            continue
        match = _FIELD.match(line)
        if match is None:
            return False
        fields.add(match.group(1).lower())
    return len(fields & _MAIL_FIELDS) >= 2


def _tabular(probe: bytes, complete: bool) -> bool:
    """Lines with the same number (at least one) of one delimiter: at least two lines for a semicolon,
    tab or pipe, three for a comma (prose has commas too). The last line of a cut probe is left out."""
    lines = [line for line in probe.splitlines() if line.strip()]
    if not complete:
        lines = lines[:-1]
    lines = lines[:20]
    for sep, least in ((b";", 2), (b"\t", 2), (b"|", 2), (b",", 3)):
        counts = {line.count(sep) for line in lines}
        if len(lines) >= least and len(counts) == 1 and min(counts) >= 1:
            return True
    return False


def _sniff_text(data: bytes, head: bytes, ctype: str, name: str) -> str:
    probe = _utf8_probe(data)
    upper = probe.lstrip(b"\xef\xbb\xbf \t\r\n")[:16].upper()
    if upper.startswith(b"BEGIN:VCALENDAR") or ctype == "text/calendar" or name.endswith(".ics"):
        return CALENDAR
    if upper.startswith(b"BEGIN:VCARD") or ctype in _VCARD_TYPES or name.endswith((".vcf", ".vcard")):
        return VCARD
    if ctype in _CSV_TYPES or name.endswith(_CSV_EXT):
        return CSV
    if name and (name.endswith(".eml") or ctype in ("message/rfc822", "message/global")
                 or _is_mail(probe)):
        return MESSAGE
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"MSH|") or stripped.startswith(b"FHS|") or stripped.startswith(b"BHS|"):
        return HL7
    if _HPRIM_RECORDS.match(stripped) or (
        name and (name.endswith(_HPRIM_EXT) or (b"****" in data and _HPRIM_MARKER.search(data)))
    ):
        return HPRIM
    if stripped.startswith(b"{\\rtf"):
        return RTF
    if stripped.startswith(b"{"):
        return FHIR_JSON if _FHIR_JSON.match(stripped) else (JSON if "json" in ctype else TEXT)
    if stripped.startswith(b"<"):
        if _FHIR_XML.match(stripped):
            return FHIR_XML
        if ctype == "text/html" or _HTML.match(stripped) or name.endswith((".htm", ".html")):
            return HTML
        return TEXT
    if ctype == "text/html":
        return HTML
    textual = ctype.startswith("text/") or _TEXT_EXT.search(name) is not None or looks_textual(data)
    if not textual:
        return BINARY
    # A named file (an attachment, an archive member) that is delimited text is a table, whatever its
    # extension; an inline body never is (prose with a list in it must keep its shape).
    if name and _tabular(probe, len(data) <= 4096):
        return CSV
    return TEXT
