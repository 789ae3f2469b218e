"""The Mail object every template fills in, and its rendering to bytes."""
import datetime

from gen_common import ORG, fold_keep_case, staff_addr
from gen_mime import (Attached, Leaf, Multi, addr, boundary, enc_words, msg_date, msg_id,
                      render_message, text_to_html)

CHARSETS = ["utf-8", "iso-8859-1", "utf-8", "windows-1252", "us-ascii", "utf-8"]
CTES = ["8bit", "quoted-printable", "base64", "quoted-printable", "7bit", "8bit", "base64"]
MODES = ["plain", "alt", "html", "plain", "alt"]


class Mail:
    def __init__(self, seed, key, index, lang, category, rng, date):
        self.seed, self.key, self.index, self.lang, self.category = seed, key, index, lang, category
        self.rng = rng
        self.date = date  # datetime.date
        self.sender = None
        self.to = []
        self.cc = []
        self.subject = ""
        self.body = ""
        self.html = None  # explicit HTML; otherwise derived from body
        self.attachments = []  # Leaf / Attached
        self.mode = MODES[index % len(MODES)]
        self.charset = CHARSETS[(index // 2) % len(CHARSETS)]
        self.cte = CTES[(index * 3 + 1) % len(CTES)]
        self.eol = "\r\n" if (index * 7) % 3 == 0 else "\n"
        self.subject_charset = "utf-8"
        self.extra = []
        self.types = set()
        self.note = ""
        # facts for the checks
        self.names = []      # surnames that must appear
        self.nams = []       # NAM values used
        self.ids = []        # (kind, value)
        self.dobs = []       # datetime.date
        self.hour = 8 + (index * 5) % 9
        self.minute = (index * 13) % 60

    # -- helpers for templates
    def t(self, *types):
        self.types.update(types)

    def patient(self, p, with_dob=False):
        self.names.append(p.surname)
        self.t("patient_name")
        if p.nam:
            self.nams.append(p.nam)
            self.names.append(p.surname)
            self.dobs.append(p.dob)
            self.t("ramq_nam", "date_of_birth")
        if with_dob:
            self.dobs.append(p.dob)
            self.t("date_of_birth")

    def from_staff(self, st):
        self.sender = ("%s %s" % (st[0], st[1]), staff_addr(st))

    def to_staff(self, st):
        from gen_common import STAFF
        if self.sender and staff_addr(st) == self.sender[1]:
            st = STAFF[(STAFF.index(st) + 1) % len(STAFF)]
        self.to.append(("%s %s" % (st[0], st[1]), staff_addr(st)))

    def attach(self, ctype, payload, filename, charset=None, cte=None):
        self.attachments.append(Leaf(ctype, payload, charset=charset, cte=cte, filename=filename))

    def attach_eml(self, raw, filename=None):
        self.attachments.append(Attached(raw, filename))

    # -- rendering
    def headers(self):
        sc = self.subject_charset
        h = [("From", addr(self.sender[0], self.sender[1], sc)),
             ("To", ", ".join(addr(n, a, sc) for n, a in self.to))]
        if self.cc:
            h.append(("Cc", ", ".join(addr(n, a, sc) for n, a in self.cc)))
        h.append(("Subject", enc_words(self.subject, sc)))
        h.append(("Date", msg_date(self.date.year, self.date.month, self.date.day, self.hour, self.minute,
                                   (self.index * 17) % 60)))
        dom = self.sender[1].split("@", 1)[1]
        h.append(("Message-ID", msg_id(self.seed, self.key, dom)))
        h.extend(self.extra)
        return h

    def body_node(self):
        text = self.body
        cs = self.charset
        if cs == "us-ascii":
            text = fold_keep_case(text)
        try:
            text.encode(cs)
            if self.html:
                self.html.encode(cs)
        except UnicodeEncodeError:
            cs = self.charset = "utf-8"
        if self.mode == "plain":
            return Leaf("text/plain", text, charset=cs, cte=self.cte)
        html = self.html or text_to_html(text, charset=cs)
        if cs == "us-ascii" and self.html:
            html = fold_keep_case(html)
        html = html.replace('content="text/html; charset=utf-8"', 'content="text/html; charset=%s"' % cs)
        if self.mode == "html":
            return Leaf("text/html", html, charset=cs, cte=self.cte)
        alt_cte = "quoted-printable" if self.cte in ("8bit", "7bit") else self.cte
        return Multi("alternative", [Leaf("text/plain", text, charset=cs, cte=self.cte),
                                     Leaf("text/html", html, charset=cs, cte=alt_cte)],
                     boundary(self.seed, self.key, 1))

    def render(self):
        root = self.body_node()
        if self.attachments:
            root = Multi("mixed", [root] + self.attachments, boundary(self.seed, self.key, 0),
                         preamble="This is a multi-part message in MIME format.")
        return render_message(self.headers(), root, self.eol)


def inner_message(seed, key, sender, to, subject, date_tuple, body, charset="utf-8", cte="8bit"):
    """A small message to be attached as message/rfc822 (LF line ends)."""
    h = [("From", addr(*sender)), ("To", addr(*to)), ("Subject", enc_words(subject)),
         ("Date", msg_date(*date_tuple)), ("Message-ID", msg_id(seed, key + "/inner", sender[1].split("@")[1]))]
    return render_message(h, Leaf("text/plain", body, charset=charset, cte=cte), "\n")


def clinic_from(lang):
    name = ORG["clinic_fr"] if lang == "fr" else ORG["clinic_en"]
    return ("%s %s" % (name, ORG["short"]), "anticoagulation@" + ORG["dom"])


def pharm_from(lang):
    name = ORG["pharm_fr"] if lang == "fr" else ORG["pharm_en"]
    return ("%s %s" % (name, ORG["short"]), "pharmacie@" + ORG["dom"])


def add_days(d, n):
    return d + datetime.timedelta(days=n)
