"""Per-message context handed to templates, and the transport chooser."""
import datetime as dt
import hashlib

from gen_mime import Transport, render
from gen_people import Patient, DOM
from gen_util import rng_for

NAME_STYLES = ["full", "title", "title_sur", "CAPS", "CAPS2", "comma", "lower", "init", "sur_init"]
NAM_STYLES = ["plain", "plain", "spaced", "spaced", "dotted", "slashed", "hyphen", "fullwidth", "lower", "gap"]
ID_STYLES = ["plain", "spaced", "hyphen", "dotted", "fullwidth", "slashed"]
DOB_STYLES_FR = ["iso", "dmy", "long", "dmy-", "ymd/", "short"]
DOB_STYLES_EN = ["iso", "long", "short", "dmy", "ymd.", "mdy"]
MAILERS = ["Microsoft Outlook 16.0", "Zimbra 9.0.0_GA (ZimbraWebClient - FF128)", "Mozilla Thunderbird 115.8",
           "Apple Mail (2.3774)", None, None, "Lotus Notes Release 9.0.1", "iPhone Mail (21E236)"]


def _tz(d):
    """Eastern offset without relying on a tz database."""
    y = d.year
    mar = dt.date(y, 3, 1)
    dst_start = mar + dt.timedelta(days=(6 - mar.weekday()) % 7 + 7)
    nov = dt.date(y, 11, 1)
    dst_end = nov + dt.timedelta(days=(6 - nov.weekday()) % 7)
    off = -4 if dst_start <= d < dst_end else -5
    return dt.timezone(dt.timedelta(hours=off))


def send_time(r):
    start = dt.date(2024, 10, 1)
    while True:
        d = start + dt.timedelta(days=r.randint(0, 272))
        if d.weekday() < 5 or r.random() < 0.08:
            break
    t = dt.time(r.choice([7, 8, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 19, 22]), r.randint(0, 59), r.randint(0, 59))
    return dt.datetime.combine(d, t, tzinfo=_tz(d))


class Ctx:
    def __init__(self, kind, idx, lang, pool):
        self.kind, self.idx, self.lang, self.pool = kind, idx, lang, pool
        self.r = rng_for(kind, idx, "content")
        self.now = send_time(rng_for(kind, idx, "date"))
        self.today = self.now.date()

    # --- people
    def holder_patient(self, pred=None, **kw):
        h = self.pool.take(pred)
        return Patient(self.r, self.lang, holder=h, **kw)

    def patient(self, **kw):
        return Patient(self.r, self.lang, **kw)

    def name_style(self, allowed=None):
        return self.r.choice(allowed or NAME_STYLES)

    def nam_style(self):
        return self.r.choice(NAM_STYLES)

    def id_style(self):
        return self.r.choice(ID_STYLES)

    def dob_style(self):
        return self.r.choice(DOB_STYLES_FR if self.lang == "fr" else DOB_STYLES_EN)

    def later(self, lo, hi, weekday=True):
        while True:
            d = self.today + dt.timedelta(days=self.r.randint(lo, hi))
            if not weekday or d.weekday() < 5:
                return d

    def earlier(self, lo, hi):
        while True:
            d = self.today - dt.timedelta(days=self.r.randint(lo, hi))
            if d.weekday() < 5:
                return d

    def hour(self):
        return self.r.choice(["8 h 00", "8 h 30", "9 h 15", "10 h 00", "10 h 45", "13 h 00", "13 h 30",
                              "14 h 15", "15 h 00"]) if self.lang == "fr" else \
            self.r.choice(["8:00", "8:30 a.m.", "9:15", "10:00 a.m.", "10:45", "1:00 p.m.", "1:30 pm", "2:15 p.m.",
                           "3:00 pm"])

    def msgid(self, domain=DOM, salt="m"):
        h = hashlib.sha256(("%s-%s-%d-%s" % (salt, self.kind, self.idx, self.now.isoformat())).encode()).hexdigest()
        return "<%s.%s@%s>" % (h[:16], h[16:24], domain.split("@")[-1])

    def nested(self, mail, offset_days=1):
        """Render an inner message (for message/rfc822 attachments)."""
        r = rng_for(self.kind, self.idx, "nested")
        mail.date = self.now - dt.timedelta(days=offset_days, hours=r.randint(1, 8))
        mail.msgid = self.msgid(mail.frm[1], salt="n")
        tr = choose_transport(r, mail, nested=True)
        mail.transport = tr
        return render(mail, tr, "n%s%d" % (self.kind[0], self.idx))


def choose_transport(r, mail, nested=False, plan=None):
    """Pick body structure, charset, encoding and line ends for a message."""
    plan = plan or {}
    modes = mail.modes or ["plain", "plain", "html", "alt", "alt"]
    body_mode = plan.get("body_mode") or r.choice(modes)
    if body_mode not in modes:
        body_mode = modes[0]
    if mail.lang == "fr":
        charset = plan.get("charset") or r.choice(["utf-8", "utf-8", "iso-8859-1", "windows-1252"])
    else:
        charset = plan.get("charset") or r.choice(["us-ascii", "utf-8", "utf-8", "iso-8859-1", "windows-1252"])
    cte = plan.get("cte") or r.choice(["7bit", "8bit", "8bit", "quoted-printable", "quoted-printable", "base64"])
    html_cte = r.choice(["quoted-printable", "quoted-printable", "base64", cte])
    eol = "lf" if nested else (plan.get("eol") or r.choice(["lf", "lf", "crlf"]))
    hdr_cs = r.choice(["utf-8", "iso-8859-1"])
    return Transport(body_mode, charset, cte, eol, hdr_cs, r.choice(MAILERS), html_cte)
