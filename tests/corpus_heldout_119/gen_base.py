"""Context object and small helpers shared by the positive and negative builders."""
import gen_common as C

TYPE_ORDER = ["ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn", "date_of_birth",
              "patient_name", "diagnosis", "medication", "lab_result", "patient_contact", "social_information"]


class Types:
    def __init__(self, *init):
        self._s = []
        for t in init:
            self.add(t)

    def add(self, *ts):
        for t in ts:
            assert t in TYPE_ORDER, t
            if t not in self._s:
                self._s.append(t)
        return self

    def __contains__(self, t):
        return t in self._s

    def list(self):
        return [t for t in TYPE_ORDER if t in self._s]


class Ctx:
    def __init__(self, rng):
        self.rng = rng
        self.n = 0

    def msgid(self, domain=C.CLINIC_DOMAIN):
        self.n += 1
        h = "".join(self.rng.choice("0123456789ABCDEF") for _ in range(16))
        return f"{h}.{self.n:04d}@{domain}"

    def patient(self, nam_prob=0.5, adult=True):
        """(patient, has_nam) — a NAM holder (whose NAM may be shown) or an invented person."""
        if self.rng.random() < nam_prob:
            return C.pick_holder(self.rng, adult=adult), True
        if adult is False:
            return C.invent_patient(self.rng, 6, 17), False
        return C.invent_patient(self.rng), False

    def staff(self, *keys):
        return C.STAFF[self.rng.choice(keys)] if keys else C.STAFF[self.rng.choice(C.STAFF_KEYS)]

    def pair(self, st):
        return (st.full, st.email)


def id_line(rng, p, lang, types, show_nam=False, show_dob=True, mrn=None, name=None, sep=None):
    """A one-line patient identification in one of several shapes; updates types."""
    nm = name or p.name_variant(rng, lang)
    types.add("patient_name")
    parts = [nm]
    if show_dob:
        types.add("date_of_birth")
        d = C.date_fr(p.dob, rng.randint(0, 3)) if lang == "fr" else C.date_en(p.dob, rng.randint(0, 3))
        parts.append(rng.choice([f"DDN {d}", f"né{'e' if p.sex == 'F' else ''} le {d}", f"({d})"]) if lang == "fr"
                     else rng.choice([f"DOB {d}", f"born {d}", f"({d})", f"D.O.B.: {d}"]))
    if show_nam:
        types.add("ramq_nam")
        n = C.fmt_nam(p.nam, C.nam_style(rng))
        parts.append(rng.choice([f"NAM {n}", f"RAMQ {n}", f"no RAMQ : {n}", f"NAM: {n}", f"carte soleil {n}"]) if lang == "fr"
                     else rng.choice([f"RAMQ {n}", f"RAMQ no. {n}", f"health card (RAMQ) {n}", f"NAM {n}"]))
    if mrn:
        types.add("mrn")
        parts.append(rng.choice([f"dossier {mrn}", f"no dossier {mrn}", f"MRN {mrn}", f"# {mrn}"]) if lang == "fr"
                     else rng.choice([f"MRN {mrn}", f"chart {mrn}", f"chart # {mrn}", f"file {mrn}"]))
    sep = sep or rng.choice([", ", " – ", " / ", " | ", ", "])
    return sep.join(parts)


def fdate(rng, d, lang):
    return C.date_fr(d, rng.choice([0, 1, 2])) if lang == "fr" else C.date_en(d, rng.choice([0, 1, 2]))


def quote(text, style=">"):
    out = []
    for line in text.split("\n"):
        out.append(style + (" " + line if line else ""))
    return "\n".join(out)


def reply_header(rng, lang, who, when):
    from email.utils import format_datetime
    if lang == "fr":
        return rng.choice([
            f"Le {C.day_fr(when)} {when.year} à {when.strftime('%H:%M')}, {who[0]} <{who[1]}> a écrit :",
            f"-----Message d'origine-----\nDe : {who[0]} <{who[1]}>\nEnvoyé : {C.day_fr(when)} {when.year} {when.strftime('%H:%M')}",
        ])
    return rng.choice([
        f"On {C.day_en(when)}, {when.year} at {when.strftime('%I:%M %p')}, {who[0]} <{who[1]}> wrote:",
        f"-----Original Message-----\nFrom: {who[0]} <{who[1]}>\nSent: {format_datetime(when)}",
    ])


def fwd_block(rng, lang, frm, to, when, subject, body):
    from email.utils import format_datetime
    if lang == "fr":
        head = rng.choice(["---------- Message transféré ---------", "-------- Message original --------",
                           "De : " + frm[0]])
        if head.startswith("De : "):
            lines = [f"De : {frm[0]} <{frm[1]}>", f"Envoyé : {format_datetime(when)}",
                     f"À : {to[0]} <{to[1]}>", f"Objet : {subject}"]
        else:
            lines = [head, f"De : {frm[0]} <{frm[1]}>", f"Date : {format_datetime(when)}",
                     f"Objet : {subject}", f"À : {to[0]} <{to[1]}>"]
    else:
        lines = ["---------- Forwarded message ---------", f"From: {frm[0]} <{frm[1]}>",
                 f"Date: {format_datetime(when)}", f"Subject: {subject}", f"To: {to[0]} <{to[1]}>"]
    return "\n".join(lines) + "\n\n" + body


def html_table(rows, rng, border=True):
    b = ' border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt"' if border else ""
    out = [f"<table{b}>"]
    for i, r in enumerate(rows):
        tag = "th" if i == 0 else "td"
        out.append("<tr>" + "".join(f"<{tag}>{_esc(c)}</{tag}>" for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def _esc(s):
    import html
    return html.escape(str(s), quote=False)


def text_table(rows, sep=" | "):
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    out = []
    for i, r in enumerate(rows):
        out.append(sep.join(str(c).ljust(widths[j]) for j, c in enumerate(r)).rstrip())
        if i == 0:
            out.append("-" * min(100, sum(widths) + len(sep) * (len(widths) - 1)))
    return "\n".join(out)


def html_page(inner_parts, rng):
    font = rng.choice(["Calibri, sans-serif", "Arial, sans-serif", "Verdana, sans-serif", "Aptos, sans-serif"])
    return ("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n</head>\n"
            f"<body style=\"font-family:{font};font-size:11pt\">\n" + "\n".join(inner_parts) + "\n</body>\n</html>")


def p_html(text):
    return "<p>" + "<br>\n".join(_esc(x) for x in text.split("\n")) + "</p>"
