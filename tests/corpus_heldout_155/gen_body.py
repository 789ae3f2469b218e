"""Patients, the per-message Draft (which records labels), and body rendering."""
import datetime
import html

from gen_common import (DOM, ORG_EN, ORG_FR, SERVICES, STREETS, TOWNS, PAT_GIVEN_F, PAT_GIVEN_M,
                        PAT_SURNAMES, fdate, fmt_mrn, fmt_nam, fmt_niss, fmt_nir, fmt_ohip, fmt_sin,
                        gen_mrn, gen_niss, gen_nir, gen_ohip, gen_sin)


# ---------------------------------------------------------------- patients
class Patient:
    def __init__(self, rng, surname, given, sex, dob, nam=None):
        self.surname, self.given, self.sex, self.dob, self.nam = surname, given, sex, dob, nam
        self.mrn = gen_mrn(rng)
        town, fsa = rng.pick(TOWNS)
        self.street = f"{rng.randrange(12, 2990)}, {rng.pick(STREETS)}"
        if rng.chance(0.3):
            self.street += f", app. {rng.randrange(1, 40)}"
        self.town = town
        self.postal = f"{fsa} {rng.randrange(1, 9)}{rng.pick('ABCEGHJKLMNPRSTVXY')}{rng.randrange(0, 9)}"
        self.phone = rng.phone()
        self.sin = None
        self.ohip = None
        self.niss = None
        self.nir = None
        self._rng = rng

    def add_sin(self):
        self.sin = self.sin or gen_sin(self._rng)
        return self

    def add_ohip(self):
        self.ohip = self.ohip or gen_ohip(self._rng)
        return self

    def add_niss(self):
        self.niss = self.niss or gen_niss(self._rng, self.dob, self.sex)
        return self

    def add_nir(self):
        self.nir = self.nir or gen_nir(self._rng, self.dob, self.sex)
        return self

    def title(self, lang):
        if lang == 'fr':
            return 'Mme' if self.sex == 'F' else 'M.'
        return self._rng.pick(['Mrs.', 'Ms.']) if self.sex == 'F' else 'Mr.'

    def pron(self, lang):
        if lang == 'fr':
            return 'elle' if self.sex == 'F' else 'il'
        return 'she' if self.sex == 'F' else 'he'

    def name(self, lang, style):
        g, s = self.given, self.surname
        return {
            'full': f"{g} {s}",
            'title_full': f"{self.title(lang)} {g} {s}",
            'title_sur': f"{self.title(lang)} {s}",
            'upper_comma': f"{s.upper()}, {g}",
            'sur_comma': f"{s}, {g}",
            'lower': f"{g.lower()} {s.lower()}",
            'lower_sur_first': f"{s.lower()} {g.lower()}",
            'init_sur': f"{g[0]}. {s}",
            'sur_init': f"{s} {g[0]}.",
            'upper_sur': f"{s.upper()} {g}",
            'title_init_sur': f"{self.title(lang)} {g[0]}. {s}",
            'upper_all': f"{s.upper()}, {g.upper()}",
        }[style]


class PatientPool:
    """NAM holders (geriatric ages only) and invented patients without a NAM."""

    def __init__(self, rng, nam_rows, ref_date):
        self.rng = rng
        self.holders = [r for r in nam_rows if r['dob'].year <= 1966]
        # names of holders that appear twice in the list are not used, to avoid ambiguity
        seen = {}
        for r in nam_rows:
            seen[(r['surname'], r['given'])] = seen.get((r['surname'], r['given']), 0) + 1
        self.holders = [r for r in self.holders if seen[(r['surname'], r['given'])] == 1]
        rng.shuffle(self.holders)
        self.hi = 0
        self.used_names = {(r['surname'], r['given']) for r in nam_rows}
        self.ref = ref_date

    def holder(self):
        r = self.holders[self.hi % len(self.holders)]
        self.hi += 1
        return Patient(self.rng, r['surname'], r['given'], r['sex'], r['dob'], r['nam'])

    def invented(self, min_age=66, max_age=97):
        rng = self.rng
        while True:
            sex = rng.pick('FM')
            given = rng.pick(PAT_GIVEN_F if sex == 'F' else PAT_GIVEN_M)
            sur = rng.pick(PAT_SURNAMES)
            if (sur, given) not in self.used_names:
                break
        self.used_names.add((sur, given))
        year = self.ref.year - rng.randrange(min_age, max_age + 1)
        dob = datetime.date(year, rng.randrange(1, 13), rng.randrange(1, 29))
        return Patient(rng, sur, given, sex, dob)


# ---------------------------------------------------------------- draft
NAME_STYLES = ['full', 'title_full', 'title_sur', 'upper_comma', 'sur_comma', 'lower', 'init_sur',
               'sur_init', 'upper_sur', 'title_init_sur', 'lower_sur_first', 'upper_all']


class Draft:
    """One message being written.  Helpers that print patient data record labels."""

    def __init__(self, rng, lang, when, positive):
        self.rng, self.lang, self.when, self.positive = rng, lang, when, positive
        self.types = set()
        self.checks = []          # (kind, value) verified after writing
        self.subject = ''
        self.blocks = []
        self.attachments = []
        self.note = ''
        self.category = ''
        self.sender = None        # (display, address)
        self.to = []
        self.cc = []
        self.hints = {}
        self.reply = False

    # labels -------------------------------------------------------------
    def t(self, *types):
        for x in types:
            self.types.add(x)

    def name(self, p, style=None):
        style = style or self.rng.pick(NAME_STYLES)
        self.t('patient_name')
        self.checks.append(('name', p.surname))
        return p.name(self.lang, style)

    def dob(self, p, style=None):
        self.t('date_of_birth')
        style = style or self.rng.pick(['iso', 'slash', 'long', 'dots', 'short'])
        return fdate(p.dob, self.lang, style)

    def sex(self, p):
        if self.lang == 'fr':
            return self.rng.pick([f"Sexe : {p.sex}", f"sexe {p.sex}", f"Sexe: {'féminin' if p.sex == 'F' else 'masculin'}"])
        return self.rng.pick([f"Sex: {p.sex}", f"Sex: {'female' if p.sex == 'F' else 'male'}", f"sex {p.sex}"])

    def nam(self, p, style=None, fw_ok=True):
        assert p.nam
        styles = ['plain', 'space', 'space', 'dot', 'dash', 'slash', 'lower', 'odd']
        if fw_ok:
            styles += ['fw', 'fwspace']
        style = style or self.rng.pick(styles)
        self.t('ramq_nam')
        self.checks.append(('nam', p.nam))
        return fmt_nam(p.nam, style)

    def idline(self, p, fw_ok=True, with_mrn=None):
        """Name, birth date, sex and NAM together (the way NAMs are always shown)."""
        L = self.lang
        nm = self.name(p, self.rng.pick(['upper_comma', 'sur_comma', 'full', 'upper_sur', 'upper_all']))
        parts = [nm, (f"DDN {self.dob(p)}" if L == 'fr' else f"DOB {self.dob(p)}"), self.sex(p),
                 f"NAM {self.nam(p, fw_ok=fw_ok)}" if L == 'fr' else f"RAMQ {self.nam(p, fw_ok=fw_ok)}"]
        if with_mrn or (with_mrn is None and self.rng.chance(0.4)):
            parts.append(("dossier " if L == 'fr' else "chart ") + self.mrn(p, fw_ok=fw_ok))
        return ' - '.join(parts) if self.rng.chance(0.5) else ', '.join(parts)

    def idkv(self, p, fw_ok=True, mrn=True):
        L = self.lang
        kv = [("Nom" if L == 'fr' else "Name", self.name(p, self.rng.pick(['upper_comma', 'sur_comma', 'upper_all', 'full']))),
              ("Date de naissance" if L == 'fr' else "Date of birth", self.dob(p)),
              ("Sexe" if L == 'fr' else "Sex", p.sex)]
        self.checks.append(('sexkv', p.sex))
        kv.append(("NAM" if L == 'fr' else "RAMQ no.", self.nam(p, fw_ok=fw_ok)))
        if mrn:
            kv.append(("No de dossier" if L == 'fr' else "Chart no.", self.mrn(p, fw_ok=fw_ok)))
        return kv

    def mrn(self, p, style=None, fw_ok=True):
        styles = ['plain', 'h', 'hdash', 'space', 'dash', 'slash'] + (['fw'] if fw_ok else [])
        self.t('mrn')
        self.checks.append(('mrn', p.mrn))
        return fmt_mrn(p.mrn, style or self.rng.pick(styles))

    def sin(self, p, style=None, fw_ok=True):
        p.add_sin()
        self.t('ca_sin')
        self.checks.append(('sin', p.sin))
        return fmt_sin(p.sin, style or self.rng.pick(['space', 'dash', 'plain', 'dot'] + (['fw'] if fw_ok else [])))

    def ohip(self, p, style=None):
        p.add_ohip()
        self.t('ca_health_number')
        self.checks.append(('ohip', p.ohip[0]))
        return fmt_ohip(p.ohip[0], p.ohip[1], style or self.rng.pick(['space', 'dash', 'plain', 'plainvc', 'slash']))

    def niss(self, p, style=None, fw_ok=True):
        p.add_niss()
        self.t('be_niss')
        self.checks.append(('niss', p.niss))
        return fmt_niss(p.niss, style or self.rng.pick(['dots', 'plain', 'space'] + (['fw'] if fw_ok else [])))

    def nir(self, p, style=None):
        p.add_nir()
        self.t('fr_nir')
        self.checks.append(('nir', p.nir))
        return fmt_nir(p.nir, style or self.rng.pick(['space', 'plain', 'key', 'dots']))

    def addr(self, p, oneline=True):
        self.t('patient_contact')
        if oneline:
            return f"{p.street}, {p.town} {p.postal}"
        return f"{p.street}\n{p.town} (Québec)  {p.postal}"

    def phone(self, p):
        self.t('patient_contact')
        return p.phone


# ---------------------------------------------------------------- signatures, quoting
def signature(rng, staff, lang, disclaimer=None):
    svc = SERVICES[staff.service]
    role = staff.role(lang)
    lines = [staff.titled(lang), role[0].upper() + role[1:],
             svc[lang], f"{svc['site']} - {ORG_FR if lang == 'fr' else ORG_EN}", svc['addr'], svc['city']]
    ext = rng.randrange(2000, 7999)
    if lang == 'fr':
        lines.append(f"Tél. : {svc['tel']}, poste {ext}" + (f"  |  Téléc. : {svc['fax']}" if rng.chance(0.6) else ''))
    else:
        lines.append(f"Tel: {svc['tel']} ext. {ext}" + (f"  |  Fax: {svc['fax']}" if rng.chance(0.6) else ''))
    if rng.chance(0.35):
        lines = lines[:3] + lines[-1:]
    if disclaimer is None:
        disclaimer = rng.chance(0.45)
    if disclaimer:
        if lang == 'fr':
            lines += ["", "AVIS DE CONFIDENTIALITÉ : ce courriel peut contenir des renseignements confidentiels. "
                          "Si vous l'avez reçu par erreur, veuillez le détruire et en aviser l'expéditeur."]
        else:
            lines += ["", "CONFIDENTIALITY NOTICE: this e-mail may contain confidential information. If you "
                          "received it in error, please delete it and notify the sender."]
    return ('sig', lines)


def quote_intro(rng, lang, who, when):
    if lang == 'fr':
        return rng.pick([
            f"Le {fdate(when.date(), 'fr')} à {when:%H:%M}, {who} a écrit :",
            f"De : {who}\nEnvoyé : {fdate(when.date(), 'fr')} {when:%H:%M}\nObjet : voir plus bas",
        ])
    return rng.pick([
        f"On {fdate(when.date(), 'en')} at {when:%H:%M}, {who} wrote:",
        f"From: {who}\nSent: {fdate(when.date(), 'en')} {when:%I:%M %p}",
    ])


# ---------------------------------------------------------------- rendering
def _wrap(text, width=76):
    out = []
    for line in text.split('\n'):
        while len(line) > width:
            cut = line.rfind(' ', 0, width)
            if cut <= 0:
                cut = width
            out.append(line[:cut])
            line = line[cut:].lstrip(' ')
        out.append(line)
    return out


def render_plain(blocks, lang='fr', wrap=True):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.extend(_wrap(b) if wrap else b.split('\n'))
            out.append('')
            continue
        kind = b[0]
        if kind == 'kv':
            sep = ' : ' if lang == 'fr' else ': '
            for k, v in b[1]:
                out.append(f"{k}{sep}{v}")
            out.append('')
        elif kind == 'list':
            for it in b[1]:
                out.extend(_wrap('- ' + it))
            out.append('')
        elif kind == 'table':
            head, rows = b[1], b[2]
            allrows = [head] + rows
            w = [max(len(str(r[i])) for r in allrows) for i in range(len(head))]
            if sum(w) + 3 * len(w) > 110:
                out.append(' | '.join(head))
                for r in rows:
                    out.append(' | '.join(str(x) for x in r))
            else:
                out.append('  '.join(str(h).ljust(w[i]) for i, h in enumerate(head)).rstrip())
                out.append('  '.join('-' * w[i] for i in range(len(head))))
                for r in rows:
                    out.append('  '.join(str(x).ljust(w[i]) for i, x in enumerate(r)).rstrip())
            out.append('')
        elif kind == 'quote':
            intro, inner = b[1], b[2]
            out.extend(intro.split('\n'))
            for ln in render_plain(inner, lang).split('\n'):
                out.append('>' + (' ' + ln if ln else ''))
            out.append('')
        elif kind == 'fwd':
            out.append('---------- Message transféré ----------' if lang == 'fr' else
                       '---------- Forwarded message ---------')
            out.extend(b[1])
            out.append('')
            out.extend(render_plain(b[2], lang).split('\n'))
        elif kind == 'sig':
            out.append('--')
            out.extend(l for ln in b[1] for l in (_wrap(ln) if ln else ['']))
            out.append('')
        elif kind == 'pre':
            out.extend(b[1].split('\n'))
            out.append('')
    while out and out[-1] == '':
        out.pop()
    return '\n'.join(out) + '\n'


def _h(s):
    return html.escape(str(s), quote=False)


def render_html(blocks, lang='fr', style=0):
    fonts = ['Calibri, Arial, sans-serif', 'Segoe UI, Helvetica, sans-serif', 'Arial, sans-serif']
    out = ['<html>', '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>',
           f'<body style="font-family: {fonts[style % 3]}; font-size: 11pt;">']
    out += _html_blocks(blocks, lang)
    out += ['</body>', '</html>']
    return '\n'.join(out) + '\n'


def _html_blocks(blocks, lang):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append('<p>' + '<br>\n'.join(_h(x) for x in b.split('\n')) + '</p>')
            continue
        kind = b[0]
        if kind == 'kv':
            out.append('<table cellpadding="2" style="border-collapse:collapse">')
            for k, v in b[1]:
                out.append(f'<tr><td><b>{_h(k)}</b></td><td>{_h(v)}</td></tr>')
            out.append('</table>')
        elif kind == 'list':
            out.append('<ul>')
            out += [f'<li>{_h(it)}</li>' for it in b[1]]
            out.append('</ul>')
        elif kind == 'table':
            out.append('<table border="1" cellpadding="3" style="border-collapse:collapse">')
            out.append('<tr>' + ''.join(f'<th>{_h(h)}</th>' for h in b[1]) + '</tr>')
            for r in b[2]:
                out.append('<tr>' + ''.join(f'<td>{_h(x)}</td>' for x in r) + '</tr>')
            out.append('</table>')
        elif kind == 'quote':
            out.append('<div>' + '<br>\n'.join(_h(x) for x in b[1].split('\n')) + '</div>')
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">')
            out += _html_blocks(b[2], lang)
            out.append('</blockquote>')
        elif kind == 'fwd':
            out.append('<div>' + _h('---------- Message transféré ----------' if lang == 'fr' else
                                   '---------- Forwarded message ---------') + '<br>')
            out.append('<br>\n'.join(_h(x) for x in b[1]) + '</div>')
            out += _html_blocks(b[2], lang)
        elif kind == 'sig':
            out.append('<p style="color:#555;font-size:9pt">' + '<br>\n'.join(_h(x) for x in b[1]) + '</p>')
        elif kind == 'pre':
            out.append('<pre>' + _h(b[1]) + '</pre>')
    return out
